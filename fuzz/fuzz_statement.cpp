// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The statement reader on any bytes: encoding detection (StatementEncoding::decode, guess and
// isValidUtf8), then StatementParser::parse with its detection — and, chosen by the input's
// first byte, a named encoding or format as the user's override would give — and what the
// import does with the result (records, duplicate groups, the command line's JSON).
#include "FuzzSupport.h"

#include "statements/DuplicateDetector.h"
#include "statements/StatementEncoding.h"
#include "statements/StatementJson.h"
#include "statements/StatementParser.h"

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wc::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = wc::fuzz::bytes(data, size);

    (void)StatementEncoding::decode(input);
    (void)StatementEncoding::guess(input);
    (void)StatementEncoding::isValidUtf8(input);

    // The first byte picks the options; the whole input (that byte included) is the file, so
    // seeds from tests/data work unchanged and mostly take the detecting path.
    StatementOptions options;
    const std::uint8_t pick = size > 0 ? data[0] : 0;
    switch (pick % 16) {
    case 1: options.encoding = u"UTF-8"_s; break;
    case 2: options.encoding = u"GB18030"_s; break;
    case 3: options.encoding = u"UTF-16LE"_s; break;
    case 4: options.format = StatementFormat::Alipay; break;
    case 5: options.format = StatementFormat::WeChat; break;
    case 6: options.format = StatementFormat::PayPal; break;
    case 7: options.format = StatementFormat::Generic; break;
    case 8:
        options.format = StatementFormat::Generic;
        options.headerLine = 1 + pick / 16;
        break;
    default: break;
    }
    const auto parsed = StatementParser::parse(input, options);
    if (!parsed)
        return 0;
    const QList<TransactionRecord> records = parsed->records();
    const QList<DuplicateGroup> groups = DuplicateDetector::find(parsed->rows);
    (void)statementToJsonText(*parsed, groups);
    (void)records;
    return 0;
}
