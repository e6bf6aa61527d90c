// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

namespace wc::core {

// Looks at an existing file's bytes before SQLite touches it, so an empty file, a file of some
// other kind, or a SQLite file cut short gets a specific message, and nothing is written to it.
class FileProbe
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::FileProbe)

public:
    static Result<void> check(const QString& path);
};

} // namespace wc::core
