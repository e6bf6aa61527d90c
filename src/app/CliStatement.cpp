// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "CliStatement.h"

#include "CliCommands.h"
#include "statements/DuplicateDetector.h"
#include "statements/StatementEncoding.h"
#include "statements/StatementJson.h"
#include "statements/StatementParser.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCliStatement, "walletcase.cli.statement")

namespace wc::app::cli {

int statement(const QString& csvPath, const QString& format, const QString& encoding)
{
    core::StatementOptions options;
    if (!format.isEmpty()) {
        options.format = core::statementFormatFromKey(format);
        if (!options.format) {
            printError(Text::tr("--format must be alipay, wechat, paypal or generic."));
            return UsageError;
        }
    }
    if (!encoding.isEmpty()) {
        if (core::StatementEncoding::canonicalName(encoding).isEmpty()) {
            printError(Text::tr("--encoding: “%1” is not an encoding WalletCase knows; try UTF-8 "
                                "or GB18030.")
                           .arg(encoding));
            return UsageError;
        }
        options.encoding = encoding;
    }

    auto parsed = core::StatementParser::parseFile(csvPath, options);
    if (!parsed) {
        printError(csvPath + u": "_s + parsed.error().message);
        qCWarning(lcCliStatement) << "statement failed:" << int(parsed.error().code)
                                  << parsed.error().detail;
        return parsed.error().code == core::ErrorCode::Io ? Failed : BadInput;
    }
    core::DuplicateOptions duplicates;
    if (!parsed->timeZone.isEmpty())
        duplicates.displayZone = QTimeZone(parsed->timeZone);
    const auto groups = core::DuplicateDetector::find(parsed->rows, duplicates);
    // Streamed: a large statement's JSON is never whole in memory.
    const bool written = core::writeStatementJson(*parsed, groups, [](const QByteArray& chunk) {
        const auto size = size_t(chunk.size());
        return std::fwrite(chunk.constData(), 1, size, stdout) == size;
    });
    if (!written || std::fflush(stdout) != 0) {
        printError(Text::tr("The result could not be written to standard output."));
        return Failed;
    }
    // Counts only: the rows themselves are personal data.
    qCInfo(lcCliStatement) << "statement read:" << parsed->rows.size() << "rows,"
                           << parsed->problems.size() << "problems," << groups.size()
                           << "duplicate groups";
    return Success;
}

} // namespace wc::app::cli
