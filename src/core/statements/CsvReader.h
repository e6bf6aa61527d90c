// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace wc::core {

// Splits decoded CSV text into records, one at a time, as RFC 4180 says: quoted fields may hold
// the delimiter, doubled quotes and line breaks; CRLF, LF and CR all end a record. It is lenient
// where real exports are sloppy (a quote inside an unquoted field is kept as text, text after a
// closing quote is appended) and strict only where going on would swallow good rows: a quote
// that never closes, or a record longer than any statement row, is returned as an error record
// and reading resumes on the next line. Fields are returned as found; trimming is the caller's.
class CsvReader
{
public:
    enum class RecordError
    {
        None,
        UnclosedQuote, // a quoted field runs to the end of the text or past maxLinesInField
        TooLong,       // more than maxRecordChars characters
    };

    struct Record
    {
        qsizetype line = 0;     // physical line (1-based) the record starts on
        qsizetype lastLine = 0; // physical line it ends on
        qsizetype start = 0;    // offset of its first character in the text
        QStringList fields;     // empty for an error record
        RecordError error = RecordError::None;
        qsizetype length = 0; // characters, for the TooLong message
    };

    explicit CsvReader(QStringView text, QChar delimiter = u',');

    void setMaxRecordChars(qsizetype max) { m_maxRecordChars = max; }
    void setMaxLinesInField(qsizetype max) { m_maxLinesInField = max; }
    // Fields without quotes then point into the text (QString::fromRawData) instead of being
    // copied: valid only while the text is, so a caller that keeps a field must copy it
    // (QStringView(field).toString()). A statement has a million fields; most are read once.
    void setFieldsShareText(bool share) { m_shareText = share; }

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The next record; call only while !atEnd(). An empty line gives one empty field.
    Record next();
    // Goes back to read again from the line after `record`'s first line: for a record whose
    // shape shows that a stray quote joined several lines into one.
    void resumeAfterFirstLine(const Record& record);
    // Continues reading at `position`, which is the start of physical line `line`.
    void seek(qsizetype position, qsizetype line)
    {
        m_pos = position;
        m_line = line;
    }

    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    Record fail(Record record, RecordError error);
    // Moves past the end of the physical line that contains `from`.
    void skipLine(qsizetype from, qsizetype line);

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_maxRecordChars = 1 << 20;
    qsizetype m_maxLinesInField = 1000;
    qsizetype m_fieldsHint = 8; // the most fields a record had so far
    bool m_shareText = false;
};

} // namespace wc::core
