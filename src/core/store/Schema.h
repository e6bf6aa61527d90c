// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/Sqlite.h"

#include <functional>
#include <vector>

namespace wc::core::schema {

// PRAGMA application_id of every WalletCase case file: "WCAS" in ASCII.
inline constexpr qint32 ApplicationId = 0x57434153;

// One ordered step of the schema history: it takes a file at version `toVersion - 1` to
// `toVersion`. Steps run inside one transaction together; a failure leaves the file untouched.
struct Migration
{
    int toVersion = 0;
    std::function<Result<void>(sqlite::Database&)> apply;
};

// The schema history this build knows. The last step's version is the current version.
const std::vector<Migration>& migrations();
int currentVersion(const std::vector<Migration>& steps = migrations());

} // namespace wc::core::schema
