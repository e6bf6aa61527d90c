// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/DuplicateDetector.h"
#include "statements/Statement.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace wc::core {

// A parsed statement and its duplicate groups as one JSON object: what `walletcase statement`
// prints (documented in docs/statements.md). Times are ISO 8601 in the statement's zone, with
// the offset, and as UTC milliseconds.
QJsonObject statementToJson(const ParsedStatement& statement,
                            const QList<DuplicateGroup>& duplicates);
// The same as JSON text, handed to `write` in chunks of about 64 KiB as it is made, so a
// 100,000-row statement is never whole in memory; false when `write` failed (it stops there).
bool writeStatementJson(const ParsedStatement& statement, const QList<DuplicateGroup>& duplicates,
                        const std::function<bool(const QByteArray&)>& write);
// All of it as one text (tests, small statements).
QByteArray statementToJsonText(const ParsedStatement& statement,
                               const QList<DuplicateGroup>& duplicates);

} // namespace wc::core
