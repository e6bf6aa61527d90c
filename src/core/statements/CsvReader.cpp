// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/CsvReader.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace wc::core {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The first position from `pos` holding the delimiter or a line break, or `n`. Eight characters
// at a time: finding where fields end was the reader's main cost.
qsizetype fieldEnd(const QChar* data, qsizetype pos, qsizetype n, QChar delimiter)
{
#ifdef __SSE2__
    const __m128i d = _mm_set1_epi16(short(delimiter.unicode()));
    const __m128i lf = _mm_set1_epi16(u'\n');
    const __m128i cr = _mm_set1_epi16(u'\r');
    for (; pos + 8 <= n; pos += 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
        const __m128i hits = _mm_or_si128(_mm_cmpeq_epi16(chars, d),
                                          _mm_or_si128(_mm_cmpeq_epi16(chars, lf),
                                                       _mm_cmpeq_epi16(chars, cr)));
        if (const int mask = _mm_movemask_epi8(hits))
            return pos + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    while (pos < n && data[pos] != delimiter && !isLineBreak(data[pos]))
        ++pos;
    return pos;
}

} // namespace

CsvReader::CsvReader(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

CsvReader::Record CsvReader::next()
{
    Record record;
    record.line = m_line;
    record.start = m_pos;
    // Rows of one statement have the same fields: growing the list once per record, not field
    // by field.
    record.fields.reserve(m_fieldsHint);
    const QChar* data = m_text.data();
    const qsizetype n = m_text.size();
    qsizetype pos = m_pos;
    qsizetype line = m_line;
    const auto tooLong = [&] { return pos - record.start > m_maxRecordChars; };

    for (;;) {
        QString field;
        if (pos < n && data[pos] == u'"') {
            ++pos;
            qsizetype linesInField = 0;
            for (;;) {
                qsizetype q = pos;
                while (q < n && data[q] != u'"' && !isLineBreak(data[q]))
                    ++q;
                field.append(data + pos, q - pos);
                pos = q;
                if (q >= n) {
                    record.length = pos - record.start;
                    m_line = line;
                    return fail(record, RecordError::UnclosedQuote);
                }
                if (data[q] == u'"') {
                    if (q + 1 < n && data[q + 1] == u'"') {
                        field.append(u'"');
                        pos = q + 2;
                        continue;
                    }
                    pos = q + 1;
                    break;
                }
                // A line break inside quotes belongs to the field, written as \n whatever the
                // file used.
                field.append(u'\n');
                pos += (data[q] == u'\r' && q + 1 < n && data[q + 1] == u'\n') ? 2 : 1;
                ++line;
                if (++linesInField > m_maxLinesInField || tooLong()) {
                    record.length = pos - record.start;
                    m_line = line;
                    return fail(record, RecordError::UnclosedQuote);
                }
            }
            // Text between the closing quote and the delimiter: RFC 4180 forbids it, Excel keeps
            // it. Kept, except the padding some exports put there.
            qsizetype e = pos;
            while (e < n && data[e] != m_delimiter && !isLineBreak(data[e]))
                ++e;
            const QStringView rest(data + pos, e - pos);
            if (!rest.trimmed().isEmpty())
                field.append(rest);
            pos = e;
        } else {
            const qsizetype e = fieldEnd(data, pos, n, m_delimiter);
            field = m_shareText ? QString::fromRawData(data + pos, e - pos)
                                : QString(data + pos, e - pos);
            pos = e;
        }
        record.fields.append(std::move(field));
        if (tooLong()) {
            record.length = pos - record.start;
            if (line > record.line) {
                // Lines joined by quotes and still too long: a stray quote, not a long row.
                m_line = line;
                return fail(record, RecordError::UnclosedQuote);
            }
            m_pos = pos;
            m_line = line;
            Record failed = fail(record, RecordError::TooLong);
            skipLine(pos, line);
            return failed;
        }
        if (pos >= n)
            break;
        if (data[pos] == m_delimiter) {
            ++pos;
            continue;
        }
        pos += (data[pos] == u'\r' && pos + 1 < n && data[pos + 1] == u'\n') ? 2 : 1;
        record.lastLine = line;
        ++line;
        m_pos = pos;
        m_line = line;
        m_fieldsHint = qBound(m_fieldsHint, record.fields.size(), qsizetype(256));
        return record;
    }
    record.lastLine = line;
    m_pos = pos;
    m_line = line;
    return record;
}

CsvReader::Record CsvReader::fail(Record record, RecordError error)
{
    record.error = error;
    record.fields.clear();
    record.lastLine = record.line;
    if (error == RecordError::UnclosedQuote)
        skipLine(record.start, record.line);
    return record;
}

void CsvReader::resumeAfterFirstLine(const Record& record)
{
    skipLine(record.start, record.line);
}

void CsvReader::skipLine(qsizetype from, qsizetype line)
{
    const QChar* data = m_text.data();
    const qsizetype n = m_text.size();
    qsizetype pos = from;
    while (pos < n && !isLineBreak(data[pos]))
        ++pos;
    if (pos < n)
        pos += (data[pos] == u'\r' && pos + 1 < n && data[pos + 1] == u'\n') ? 2 : 1;
    m_pos = pos;
    m_line = line + 1;
}

} // namespace wc::core
