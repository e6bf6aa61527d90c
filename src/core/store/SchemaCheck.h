// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QStringList>

namespace wc::core {

// Compares a case file's structure with what this build's schema history creates: every table,
// index and trigger present, every column with its declared type, NOT NULL and key, no trigger
// or view the app did not make (one could change data behind the app's back), and both search
// indexes passing FTS5's own integrity check. Each difference is one sentence for the user.
// The expected structure is built by running the migrations on an in-memory database, so the
// check can never drift from the schema.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::SchemaCheck)

public:
    static Result<QStringList> problems(sqlite::Database& db);
};

} // namespace wc::core
