// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"
#include "store/Sqlite.h"

namespace wc::core::search {

// Rebuilds the search text of one case (title, description, provider, references, letters,
// contact summaries, evidence titles and notes, transaction references and counterparties) in
// both full-text tables. Call inside the transaction that changed the case. A case that no
// longer exists is removed from the index.
Result<void> reindexCase(sqlite::Database& db, qint64 caseId);

// Matching cases, best first. Every whitespace-separated term must match (AND).
Result<QList<SearchHit>> searchCases(sqlite::Database& db, const QString& query, int limit);

} // namespace wc::core::search
