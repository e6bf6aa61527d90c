// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::core {

// An account identifier (phone number, email address, card or wallet number, a name) as shown
// on screen and in letters: enough to recognise it, not enough to misuse it. The full value stays
// in the case file. Values up to ten letters and digits show at most half (their end); mobile
// numbers the usual 3 + 4, longer numbers 4 + 4; separators keep their place.
// Examples: 13812345678 → 138****5678, alice@example.com → a***@example.com,
// 6222021234567890123 → 6222***********0123, ab12 → **12, 张三的账户 → ***账户.
QString maskAccount(const QString& account);

} // namespace wc::core
