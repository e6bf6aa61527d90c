// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDate>
#include <QString>

namespace wc::core {

// Whether the user's words of a promise already name the day `by` ("by December 10", "Dec 10th",
// "10 December", "12/10", "2026-12-10", "12月10日"). Every place that shows a promise with its
// date (letters, the dossier, the contacts table, the timeline) adds ", by <date>" only when the
// words do not say it already: the walk met "A refund decision by December 10, by December 10, 2026".
bool promiseNamesDate(const QString& words, const QDate& by);

} // namespace wc::core
