// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/StatementParser.h"

#include "statements/CsvReader.h"
#include "statements/StatementEncoding.h"
#include "statements/StatementFormats.h"
#include "statements/StatementValues.h"

#include <QFile>
#include <QFileInfo>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using namespace statement;

const QString kCancelled = u"cancelled"_s;

struct HeaderRow
{
    Layout layout;
    QStringList columns;
    qsizetype line = 0;
    qsizetype resumePosition = 0; // where the data rows start
    qsizetype resumeLine = 0;
    QChar delimiter;
};

// Copies: the fields may point into the decoded text (CsvReader::setFieldsShareText).
QStringList trimmedCells(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << QStringView(f).trimmed().toString();
    return out;
}

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString& f) { return QStringView(f).trimmed().isEmpty(); });
}

// Cells up to the last one with text in it.
int significantCount(const QStringList& fields)
{
    for (qsizetype i = fields.size(); i > 0; --i) {
        if (!QStringView(fields.at(i - 1)).trimmed().isEmpty())
            return int(i);
    }
    return 0;
}

int highestColumn(const Layout& l)
{
    int top = -1;
    for (const QString& key : ColumnMapping::fieldKeys())
        top = std::max(top, l.map.column(key));
    for (int c : {l.timeFallback, l.kind, l.goods, l.merchantOrder, l.fundStatus, l.zone,
                  l.balanceImpact, l.fromEmail, l.toEmail, l.extraNote})
        top = std::max(top, c);
    return top;
}

bool mappingFits(const ColumnMapping& m, qsizetype columns)
{
    if (!m.isUsable())
        return false;
    for (const QString& key : ColumnMapping::fieldKeys()) {
        if (m.column(key) >= columns)
            return false;
    }
    return true;
}

// The header row within the first records read with `delimiter`: a known export's header
// (unless Generic is forced), else the generic candidate.
std::optional<HeaderRow> findHeader(QStringView text, QChar delimiter, const StatementOptions& o)
{
    const bool forcedGeneric = o.format && *o.format == StatementFormat::Generic;
    const bool wantKnown = !forcedGeneric;
    const bool wantGeneric = !o.format || forcedGeneric;
    CsvReader reader(text, delimiter);
    reader.setMaxRecordChars(StatementParser::MaxLineChars);
    reader.setFieldsShareText(true);
    std::optional<HeaderRow> generic;
    int seen = 0;
    while (!reader.atEnd() && seen < StatementParser::HeaderSearchRecords) {
        const CsvReader::Record record = reader.next();
        ++seen;
        if (record.error != CsvReader::RecordError::None || isBlank(record.fields))
            continue;
        const QStringList cells = trimmedCells(record.fields);
        const auto found = [&](const Layout& layout) {
            return HeaderRow{layout,   cells, record.line, reader.position(), record.lastLine + 1,
                             delimiter};
        };
        if (wantKnown) {
            if (const auto layout = knownHeader(cells, o.format))
                return found(*layout);
        }
        if (!wantGeneric || generic)
            continue;
        if (o.headerLine > 0) {
            if (record.line == o.headerLine && cells.size() >= 2) {
                const ColumnMapping m = o.mapping ? *o.mapping : ColumnMapping::guess(cells);
                generic = found(genericLayout(m, cells));
            }
        } else if (o.mapping) {
            if (mappingFits(*o.mapping, cells.size()))
                generic = found(genericLayout(*o.mapping, cells));
        } else if (const ColumnMapping m = ColumnMapping::guess(cells); m.isUsable()) {
            generic = found(genericLayout(m, cells));
        }
        if (generic && forcedGeneric)
            return generic;
    }
    return generic;
}

struct CharCounts
{
    qsizetype newlines = 0;
    qsizetype zeros = 0;
};

// Line feeds and zero characters of the whole text in one pass, eight characters at a time
// (QStringView::count took two passes, 8 % of a parse).
CharCounts countNewlinesAndZeros(QStringView text)
{
    CharCounts counts;
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#ifdef __SSE2__
    // A match is -1 in its lane: subtracting the comparisons counts in eight 16-bit lanes,
    // summed up before any lane can overflow.
    const __m128i newline = _mm_set1_epi16(u'\n');
    const __m128i zero = _mm_setzero_si128();
    const auto sum = [](__m128i lanes) {
        alignas(16) quint16 v[8];
        _mm_store_si128(reinterpret_cast<__m128i*>(v), lanes);
        return qsizetype(v[0]) + v[1] + v[2] + v[3] + v[4] + v[5] + v[6] + v[7];
    };
    while (i + 8 <= n) {
        __m128i newlines = _mm_setzero_si128();
        __m128i zeros = _mm_setzero_si128();
        for (int k = 0; k < 0x7fff && i + 8 <= n; ++k, i += 8) {
            const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            newlines = _mm_sub_epi16(newlines, _mm_cmpeq_epi16(chars, newline));
            zeros = _mm_sub_epi16(zeros, _mm_cmpeq_epi16(chars, zero));
        }
        counts.newlines += sum(newlines);
        counts.zeros += sum(zeros);
    }
#endif
    for (; i < n; ++i) {
        counts.newlines += p[i] == u'\n';
        counts.zeros += p[i] == 0;
    }
    return counts;
}

qsizetype countLines(QStringView text, qsizetype newlines)
{
    qsizetype lines = newlines;
    if (lines == 0)
        lines = text.count(u'\r');
    if (!text.isEmpty() && !text.endsWith(u'\n') && !text.endsWith(u'\r'))
        ++lines;
    return lines;
}

} // namespace

bool StatementParser::isCancelled(const Error& error)
{
    return error.detail == kCancelled;
}

Result<ParsedStatement> StatementParser::parseFile(const QString& path,
                                                   const StatementOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("The file does not exist."), u"missing"_s};
    if (info.isDir())
        return Error{ErrorCode::InvalidArgument, tr("This is a folder, not a statement file."),
                     u"folder"_s};
    // A pipe waits for a writer forever and a device such as /dev/zero never ends.
    if (!info.isFile())
        return Error{ErrorCode::InvalidArgument,
                     tr("This is not an ordinary file (it is a device or a pipe). Save the "
                        "statement export as a file and choose that."),
                     u"not a regular file"_s};
    if (info.size() > MaxFileBytes)
        return Error{ErrorCode::InvalidArgument,
                     tr("The file is %1 MB; WalletCase reads statements of up to %2 MB. Export "
                        "a shorter period from the wallet.")
                         .arg(info.size() >> 20)
                         .arg(MaxFileBytes >> 20),
                     u"too large"_s};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The file could not be read (%1).").arg(file.errorString()),
                     u"open failed"_s};
    // No more than the limit, even if the file grew since its size was read.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return Error{ErrorCode::InvalidArgument,
                     tr("The file is larger than %1 MB; WalletCase reads statements of up to %1 "
                        "MB. Export a shorter period from the wallet.")
                         .arg(MaxFileBytes >> 20),
                     u"too large"_s};
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Io, tr("The file could not be read (%1).").arg(file.errorString()),
                     u"read failed"_s};
    return parse(data, options);
}

Result<ParsedStatement> StatementParser::parse(const QByteArray& data, const StatementOptions& o)
{
    const auto cancelled = [&o] { return o.cancel && o.cancel->load(std::memory_order_relaxed); };
    const Error cancelError{ErrorCode::Internal, tr("Reading the statement was cancelled."),
                            kCancelled};
    if (data.isEmpty())
        return Error{ErrorCode::EmptyFile, tr("The file is empty."), u"empty"_s};
    QString encoding;
    if (!o.encoding.isEmpty()) {
        encoding = StatementEncoding::canonicalName(o.encoding);
        if (encoding.isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         tr("“%1” is not an encoding WalletCase can read; try UTF-8 or GB18030.")
                             .arg(o.encoding),
                         u"unknown encoding"_s};
    }
    QTimeZone chosenZone;
    if (!o.timeZone.isEmpty()) {
        chosenZone = QTimeZone(o.timeZone);
        if (!chosenZone.isValid())
            return Error{ErrorCode::InvalidArgument,
                         tr("“%1” is not a time zone WalletCase knows; use a name such as "
                            "Asia/Shanghai.")
                             .arg(QString::fromLatin1(o.timeZone)),
                         u"unknown zone"_s};
    }
    if (o.progress)
        o.progress(0, data.size());
    if (cancelled())
        return cancelError;

    DecodedText decoded = StatementEncoding::decode(data, encoding);
    // A stray zero byte (a damaged export, a tool that padded a cell) costs its line nothing
    // more than the byte; a file full of them is no text at all.
    QList<qsizetype> zeroLines;
    CharCounts counts = countNewlinesAndZeros(decoded.text);
    if (const qsizetype zeros = counts.zeros; zeros > 0) {
        const qsizetype size = decoded.text.size();
        if (zeros * 100 > size && (zeros > 16 || zeros * 10 > size))
            return Error{ErrorCode::InvalidArgument,
                         tr("This is not a text file, so it cannot be a statement export."),
                         u"binary"_s};
        qsizetype line = 1;
        for (const QChar c : std::as_const(decoded.text)) {
            if (c == u'\n')
                ++line;
            else if (c.isNull() && (zeroLines.isEmpty() || zeroLines.last() != line))
                zeroLines << line;
        }
        decoded.text.remove(QChar(0));
    }
    if (QStringView(decoded.text).trimmed().isEmpty())
        return Error{ErrorCode::EmptyFile, tr("The file has no text in it."), u"blank"_s};
    if (cancelled())
        return cancelError;

    const auto headerIn = [&o](const QString& text) {
        std::optional<HeaderRow> found;
        for (QChar delimiter : {u',', u'\t', u';'}) {
            found = findHeader(text, delimiter, o);
            if (found)
                break;
        }
        return found;
    };
    std::optional<HeaderRow> header = headerIn(decoded.text);
    // Detection can be wrong on a short or odd file; a statement the other common encoding
    // reads is still that statement (the problems list says which encoding was used).
    bool readInOther = false;
    if (!header && encoding.isEmpty() && !decoded.bom) {
        if (const QString other = StatementEncoding::alternative(decoded.encoding); !other.isEmpty()) {
            DecodedText retry = StatementEncoding::decode(data, other);
            retry.text.remove(QChar(0));
            if (auto found = headerIn(retry.text)) {
                decoded = std::move(retry);
                header = std::move(found);
                readInOther = true;
                counts = countNewlinesAndZeros(decoded.text);
            }
        }
    }
    const QString& text = decoded.text;
    if (!header) {
        QString message;
        if (!o.format)
            message = tr("This is not a statement WalletCase can read: its first lines have no "
                         "header row of an Alipay, WeChat Pay or PayPal export, nor columns named "
                         "like a date and an amount. Choose the columns by hand as a generic CSV.");
        else if (*o.format == StatementFormat::Generic)
            message = o.headerLine > 0 || o.mapping
                          ? tr("The header row or the columns chosen do not fit this file.")
                          : tr("No row in the first lines names a date column and an amount "
                               "column. Choose the columns by hand.");
        else {
            // The name the user knows the export by, not the key the program uses.
            const QString name = *o.format == StatementFormat::Alipay   ? tr("Alipay")
                                 : *o.format == StatementFormat::WeChat ? tr("WeChat Pay")
                                 : *o.format == StatementFormat::PayPal ? tr("PayPal")
                                                                        : tr("generic CSV");
            message = tr("No %1 header row was found in the first lines. Check the format "
                         "chosen, or the encoding.")
                          .arg(name);
        }
        // Text in the wrong encoding looks like no statement at all: say how it was read.
        if (!encoding.isEmpty() || decoded.hadErrors)
            message += u' ' + tr("The file was read as %1; if its text should be Chinese or "
                                 "other non-English text, choose another encoding.")
                                  .arg(decoded.encoding);
        return Error{ErrorCode::InvalidArgument, message, u"no header"_s};
    }

    const Layout& layout = header->layout;
    ParsedStatement out;
    out.format = layout.format;
    out.encoding = decoded.encoding;
    out.bom = decoded.bom;
    out.encodingDetected = encoding.isEmpty();
    out.delimiter = header->delimiter;
    out.headerLine = header->line;
    out.columns = header->columns;
    out.mapping = layout.map;
    out.lineCount = countLines(text, counts.newlines);
    if (readInOther)
        out.problems << StatementProblem{
            0,
            tr("The file was read as %1: read the other way, it had no statement in it.")
                .arg(decoded.encoding),
            false};
    if (decoded.hadErrors) {
        // Where the bad bytes are, so the user can look at those rows.
        QList<qsizetype> badLines;
        qsizetype line = 1;
        for (const QChar c : text) {
            if (c == u'\n')
                ++line;
            else if (c == QChar::ReplacementCharacter &&
                     (badLines.isEmpty() || badLines.last() != line) && badLines.size() < 20)
                badLines << line;
        }
        if (badLines.size() == 1)
            out.problems << StatementProblem{
                badLines.first(),
                tr("Some bytes on this line are not valid %1 and show as �; the rest of the "
                   "file reads normally.")
                    .arg(decoded.encoding),
                false};
        else
            out.problems << StatementProblem{
                0,
                tr("Some bytes are not valid %1 and show as �. If the text looks wrong, choose "
                   "another encoding.")
                    .arg(decoded.encoding),
                false};
    }
    for (qsizetype line : std::as_const(zeroLines))
        out.problems << StatementProblem{
            line, tr("This line had a zero byte (a sign of a damaged file), which was removed."),
            false};

    RowContext context;
    context.dateOrder = layout.map.dateOrder;
    context.amountSign = layout.map.amountSign;
    if (chosenZone.isValid())
        context.zone = chosenZone;
    else if (layout.format == StatementFormat::Alipay || layout.format == StatementFormat::WeChat)
        context.zone = QTimeZone("Asia/Shanghai");
    else if (layout.format == StatementFormat::PayPal)
        context.zone = QTimeZone::utc();
    else if (const QTimeZone local(o.localZone); !o.localZone.isEmpty() && local.isValid())
        context.zone = local;
    else
        context.zone = QTimeZone::systemTimeZone();
    out.timeZone = layout.zone >= 0 && !chosenZone.isValid() ? QByteArray() : context.zone.id();

    CsvReader reader(text, header->delimiter);
    reader.setMaxRecordChars(MaxLineChars);
    reader.setFieldsShareText(true);
    reader.seek(header->resumePosition, header->resumeLine);
    const qint64 total = text.size();
    // One row a line, near enough: growing the list row by row copies every row many times.
    out.rows.reserve(std::max<qsizetype>(0, out.lineCount - out.headerLine));

    // The file decides what the rows do not say: the date order of 03/04/2026, and what a
    // minus sign means when no column says in or out.
    const bool needOrder =
        context.dateOrder == DateOrder::Auto &&
        (layout.format == StatementFormat::PayPal || layout.format == StatementFormat::Generic);
    const bool needSign =
        layout.format == StatementFormat::Generic && context.amountSign == AmountSign::Auto;
    if (needOrder || needSign) {
        CsvReader scan = reader;
        bool dayFirst = false, monthFirst = false, negative = false;
        QString eitherExample;
        for (int n = 1; !scan.atEnd(); ++n) {
            if (n % 4096 == 0 && cancelled())
                return cancelError;
            const CsvReader::Record r = scan.next();
            if (r.error != CsvReader::RecordError::None)
                continue;
            // A header row named by the caller may have no time or amount column (yet).
            if (needOrder && layout.map.time >= 0 && layout.map.time < r.fields.size()) {
                const QString& cell = r.fields.at(layout.map.time);
                switch (dateHint(cell)) {
                case DateHint::DayFirst:
                    dayFirst = true;
                    break;
                case DateHint::MonthFirst:
                    monthFirst = true;
                    break;
                case DateHint::Either:
                    if (eitherExample.isEmpty())
                        eitherExample = QStringView(cell).trimmed().toString();
                    break;
                case DateHint::None:
                    break;
                }
            }
            if (needSign && layout.map.amount >= 0 && layout.map.amount < r.fields.size()) {
                const QStringView cell = QStringView(r.fields.at(layout.map.amount)).trimmed();
                if (cell.contains(u'-') || cell.contains(QChar(0x2212)) || cell.startsWith(u'('))
                    negative = true;
            }
        }
        if (needOrder) {
            if (dayFirst != monthFirst) {
                context.dateOrder = dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
            } else if (!dayFirst && !eitherExample.isEmpty()) {
                // PayPal writes US dates unless the account is elsewhere; other CSVs day first.
                const bool us = layout.format == StatementFormat::PayPal;
                context.dateOrder = us ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
                out.problems << StatementProblem{
                    0,
                    us ? tr("Dates such as %1 could be day/month or month/day; they were read as "
                            "month/day/year. Choose the date order if that is wrong.")
                             .arg(eitherExample)
                       : tr("Dates such as %1 could be day/month or month/day; they were read as "
                            "day/month/year. Choose the date order if that is wrong.")
                             .arg(eitherExample),
                    false};
            }
            out.mapping.dateOrder = context.dateOrder;
        }
        if (needSign) {
            context.amountSign =
                negative ? AmountSign::NegativeIsOutgoing : AmountSign::PositiveIsOutgoing;
            out.mapping.amountSign = context.amountSign;
        }
    }

    // Rows shorter than this are cut off. A known export's rows have every cell (one trailing
    // empty cell may be missing); a generic row needs only the cells up to its time and amount.
    const int needed =
        layout.format == StatementFormat::Generic
            ? std::max({layout.map.time, layout.map.timeOfDay, layout.map.amount}) + 1
            : std::min(highestColumn(layout) + 1, layout.columnCount - 1);
    for (int n = 1; !reader.atEnd(); ++n) {
        if (n % 1024 == 0) {
            if (cancelled())
                return cancelError;
            if (o.progress)
                o.progress(reader.position(), total);
        }
        const CsvReader::Record record = reader.next();
        const auto problem = [&](const QString& message, bool skipped = true) {
            out.problems << StatementProblem{record.line, message, skipped};
        };
        if (record.error == CsvReader::RecordError::UnclosedQuote) {
            problem(tr("A quoted field starts on this line and is never closed; the line was "
                       "skipped."));
            continue;
        }
        if (record.error == CsvReader::RecordError::TooLong) {
            problem(tr("The line is %1 characters long, longer than any statement row; it was "
                       "skipped.")
                        .arg(record.length));
            continue;
        }
        const QStringList& fields = record.fields;
        if (isBlank(fields))
            continue;
        // A line of dashes closes the table; the Alipay web export puts its totals after it.
        if (QStringView(fields.first()).trimmed().startsWith(u"---") &&
            significantCount(fields) == 1) {
            if (layout.format == StatementFormat::Alipay)
                break;
            continue;
        }
        const int cells = significantCount(fields);
        if (cells > layout.columnCount || fields.size() < needed) {
            if (record.lastLine > record.line) {
                // Quotes joined this line to the next ones into a row of the wrong shape: a
                // quote is missing. Only this line is lost; the next ones are read again.
                reader.resumeAfterFirstLine(record);
                problem(tr("A quote on this line is not closed where its field ends, so the "
                           "line was skipped."));
            } else if (cells > layout.columnCount) {
                problem(tr("The row has %1 fields but the header has %2; a field may hold an "
                           "unquoted comma. The row was skipped.")
                            .arg(cells)
                            .arg(layout.columnCount));
            } else {
                problem(tr("The row has %1 fields but the header has %2. The row was skipped.")
                            .arg(fields.size())
                            .arg(layout.columnCount));
            }
            continue;
        }
        QString error;
        QString warning;
        auto row = RowReader::read(layout, fields, context, &error, &warning);
        if (!row && record.lastLine > record.line) {
            // The right number of fields, but values that make no sense: the same stray quote,
            // which happened to swallow a whole number of fields.
            reader.resumeAfterFirstLine(record);
            problem(tr("A quote on this line is not closed where its field ends, so the "
                       "line was skipped."));
            continue;
        }
        if (out.sampleRows.size() < SampleRows)
            out.sampleRows << trimmedCells(fields);
        if (!warning.isEmpty())
            problem(warning, false);
        if (!row) {
            //: %1 is a sentence saying what is wrong with the row.
            problem(tr("%1 The row was skipped.").arg(error));
            continue;
        }
        row->line = record.line;
        row->record.direction = moneyFlowKey(row->flow);
        out.rows << std::move(*row);
    }
    if (o.progress)
        o.progress(total, total);
    return out;
}

} // namespace wc::core
