// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/DuplicateDetector.h"
#include "statements/Statement.h"

#include <QByteArray>
#include <QJsonObject>

namespace wc::core {

// A parsed statement and its duplicate groups as one JSON object: what `walletcase statement`
// prints (documented in docs/statements.md). Times are ISO 8601 in the statement's zone, with
// the offset, and as UTC milliseconds.
QJsonObject statementToJson(const ParsedStatement& statement,
                            const QList<DuplicateGroup>& duplicates);
// The same as indented JSON text, built a transaction at a time so a 100,000-row statement
// does not need the whole document as QJson values.
QByteArray statementToJsonText(const ParsedStatement& statement,
                               const QList<DuplicateGroup>& duplicates);

} // namespace wc::core
