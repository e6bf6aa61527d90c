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

// Matching cases: those with every term in the title first, then the rest, newest first in each.
// Every whitespace-separated term must match (AND); a term in double
// quotes may contain spaces. Terms of 3+ characters match as substrings; 1–2 character terms
// match a Chinese character or character pair, or the start of a Latin word.
Result<QList<SearchHit>> searchCases(sqlite::Database& db, const QString& query, int limit);

// Where each case holds the terms of `query`: the part with the most terms (title first, then
// details, letters, contacts, evidence, transactions; the first such row of a kind) and an
// excerpt around the first of them, with that row's id and name so the hit can be opened.
// FTS5's snippet() is not used: the index holds a case as one body, so it cannot tell a letter
// from a contact, and the short-term table holds gram text ("重 重复 复"), not the words.
Result<QHash<qint64, SearchMatch>> matchesFor(sqlite::Database& db, const QString& query,
                                              const QList<qint64>& caseIds);

// The excerpt of `text` around the first of `terms` (case-insensitive; a 1–2 letter Latin term
// only at the start of a word), at most about `width` characters; empty when none occurs.
SearchMatch excerptFor(const QString& text, const QStringList& terms, int width = 90);

// The statement searchCases runs for `query`, with its parameters written in as literals (empty
// when the query has no searchable term); for benchmarks and diagnostics.
QString searchSqlText(const QString& query, int limit);

// The text stored in the short-term table: each run of CJK characters becomes its single
// characters and overlapping pairs, space-separated ("重复扣款" → "重 重复 复 复扣 扣 扣款 款");
// other text is kept so words stay words.
QString gramText(QStringView text);

} // namespace wc::core::search
