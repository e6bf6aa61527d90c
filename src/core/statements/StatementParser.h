// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/Statement.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace wc::core {

struct StatementOptions
{
    std::optional<StatementFormat> format; // nullopt: detect (Generic forces the mapping path)
    QString encoding;                      // empty: detect; else "UTF-8", "GB18030", "GBK" …
    QByteArray timeZone; // IANA id for local times; empty: Asia/Shanghai for Alipay and WeChat,
                         // the row's TimeZone for PayPal (else UTC), localZone for generic
    // The zone a generic file's times are read in when timeZone is empty: the case's, whose
    // times the user keeps. Empty: the computer's zone.
    QByteArray localZone;
    // Generic only. The 1-based line of the header row; 0: the first row whose names give a
    // date and an amount column.
    qsizetype headerLine = 0;
    // Generic only. nullopt: guessed from the header names (ParsedStatement::mapping says how).
    std::optional<ColumnMapping> mapping;
    // Called now and then with characters read so far and the total, from the parsing thread.
    std::function<void(qint64 done, qint64 total)> progress;
    // Set (from any thread) to stop; parse() then returns an error isCancelled() recognises.
    const std::atomic<bool>* cancel = nullptr;
};

// Reads a wallet statement file into normalized transactions. Detects the encoding and the
// format (Alipay, WeChat Pay, PayPal, else a generic CSV with a guessed column mapping) unless
// told; skips the exports' preambles and footers; reports every line it cannot read with its
// line number while the good rows still import. Has no state and touches no store or QObject,
// so it runs on any thread: a window runs it on a worker with `progress` and `cancel`.
class StatementParser
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::StatementParser)

public:
    static constexpr qint64 MaxFileBytes = qint64(512) << 20;
    // Longer lines are reported and skipped: no statement row comes near (Alipay's are ~300).
    static constexpr qsizetype MaxLineChars = 64 * 1024;
    // Records a preview keeps in ParsedStatement::sampleRows.
    static constexpr int SampleRows = 20;
    // How far into a file a header row is looked for.
    static constexpr int HeaderSearchRecords = 200;

    static Result<ParsedStatement> parseFile(const QString& path,
                                             const StatementOptions& options = {});
    static Result<ParsedStatement> parse(const QByteArray& data,
                                         const StatementOptions& options = {});
    // True for the error parse() returns when `cancel` was set.
    static bool isCancelled(const Error& error);
};

} // namespace wc::core
