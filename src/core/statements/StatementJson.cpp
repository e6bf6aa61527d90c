// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/StatementJson.h"

#include "model/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

QJsonValue timeJson(std::optional<qint64> ms, const QTimeZone& zone)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(Qt::ISODateWithMs);
}

QJsonObject mappingJson(const ParsedStatement& s)
{
    QJsonObject o = s.mapping.toJson(s.columns);
    for (const QString& key : ColumnMapping::fieldKeys()) {
        const int column = s.mapping.column(key);
        if (column >= 0 && column < s.columns.size())
            o.insert(key, QJsonObject{{u"column"_s, column}, {u"name"_s, s.columns.at(column)}});
    }
    return o;
}

QJsonObject transactionJson(const StatementRow& row, const QTimeZone& zone)
{
    const TransactionRecord& r = row.record;
    return QJsonObject{
        {u"line"_s, double(row.line)},
        {u"occurred_at"_s, timeJson(r.occurredAt, zone)},
        {u"occurred_at_ms"_s, r.occurredAt ? QJsonValue(double(*r.occurredAt)) : QJsonValue()},
        {u"counterparty"_s, r.counterparty},
        {u"amount"_s, Money::format(r.amountMinor, r.currency)},
        {u"amount_minor"_s, double(r.amountMinor)},
        {u"currency"_s, r.currency},
        {u"direction"_s, moneyFlowKey(row.flow)},
        {u"money_moved"_s, row.moneyMoved},
        {u"reference"_s, r.reference},
        {u"merchant_order"_s, row.merchantOrder},
        {u"status"_s, r.status},
        {u"kind"_s, row.kind},
        {u"note"_s, r.note},
        {u"source"_s, r.source},
    };
}

QTimeZone zoneOf(const ParsedStatement& s)
{
    return s.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(s.timeZone);
}

// Everything but the transactions.
QJsonObject summaryJson(const ParsedStatement& s, const QList<DuplicateGroup>& duplicates)
{
    const QTimeZone zone = zoneOf(s);
    QJsonArray problems;
    for (const StatementProblem& p : s.problems) {
        problems.append(QJsonObject{
            {u"line"_s, double(p.line)}, {u"message"_s, p.message}, {u"skipped"_s, p.rowSkipped}});
    }
    QJsonArray groups;
    for (const DuplicateGroup& g : duplicates) {
        QJsonArray lines;
        QJsonArray references;
        for (int index : g.rows) {
            lines.append(double(s.rows.at(index).line));
            references.append(s.rows.at(index).record.reference);
        }
        QJsonArray refundLines;
        for (int index : g.refunds)
            refundLines.append(double(s.rows.at(index).line));
        groups.append(QJsonObject{
            {u"counterparty"_s, g.counterparty},
            {u"amount"_s, Money::format(g.amountMinor, g.currency)},
            {u"amount_minor"_s, double(g.amountMinor)},
            {u"currency"_s, g.currency},
            {u"count"_s, double(g.rows.size())},
            {u"excess_minor"_s, double(g.excessMinor())},
            {u"first_at"_s, timeJson(g.firstAt, zone)},
            {u"last_at"_s, timeJson(g.lastAt, zone)},
            {u"lines"_s, lines},
            {u"references"_s, references},
            {u"refund_lines"_s, refundLines},
            {u"explanation"_s, g.explanation},
            {u"suggested_case"_s, g.suggestedSubtype},
        });
    }
    return QJsonObject{
        {u"format"_s, statementFormatKey(s.format)},
        {u"encoding"_s, s.encoding},
        {u"bom"_s, s.bom},
        {u"encoding_detected"_s, s.encodingDetected},
        {u"time_zone"_s, s.timeZone.isEmpty() ? QJsonValue() : QString::fromLatin1(s.timeZone)},
        {u"delimiter"_s, QString(s.delimiter)},
        {u"header_line"_s, double(s.headerLine)},
        {u"line_count"_s, double(s.lineCount)},
        {u"columns"_s, QJsonArray::fromStringList(s.columns)},
        {u"mapping"_s, mappingJson(s)},
        {u"problems"_s, problems},
        {u"duplicates"_s, groups},
    };
}


// The transactions are written by hand: through QJsonDocument (QCbor values, QDateTime::toString
// per row) they took five times as long as parsing the statement. statementJsonText's test
// checks that the text parses to exactly statementToJson()'s object.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendTwo(QByteArray& out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

// ISO 8601 with milliseconds and the zone's offset at that instant, as
// QDateTime::toString(Qt::ISODateWithMs) writes it. The offset is looked up once per stretch
// between two transitions of the zone, not per row.
class IsoTimeWriter
{
public:
    explicit IsoTimeWriter(QTimeZone zone) : m_zone(std::move(zone)) {}

    void append(QByteArray& out, qint64 ms)
    {
        if (ms < m_validFrom || ms >= m_validTo)
            lookUp(ms);
        const qint64 local = ms + qint64(m_offset) * 1000;
        const qint64 day = local >= 0 ? local / 86'400'000 : (local - 86'399'999) / 86'400'000;
        const qint64 inDay = local - day * 86'400'000;
        const QDate date = QDate::fromJulianDay(2440588 + day);
        if (date.year() < 1000 || date.year() > 9999) {
            out += QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(Qt::ISODateWithMs).toUtf8();
            return;
        }
        out += QByteArray::number(date.year());
        out += '-';
        appendTwo(out, date.month());
        out += '-';
        appendTwo(out, date.day());
        out += 'T';
        appendTwo(out, int(inDay / 3'600'000));
        out += ':';
        appendTwo(out, int(inDay / 60'000 % 60));
        out += ':';
        appendTwo(out, int(inDay / 1000 % 60));
        out += '.';
        const int milli = int(inDay % 1000);
        out += char('0' + milli / 100);
        appendTwo(out, milli % 100);
        const int offset = m_offset < 0 ? -m_offset : m_offset;
        out += m_offset < 0 ? '-' : '+';
        appendTwo(out, offset / 3600);
        out += ':';
        appendTwo(out, offset / 60 % 60);
    }

private:
    void lookUp(qint64 ms)
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        m_offset = m_zone.offsetFromUtc(at);
        m_validFrom = ms;
        m_validTo = ms + 1;
        if (!m_zone.hasTransitions()) {
            m_validFrom = std::numeric_limits<qint64>::min();
            m_validTo = std::numeric_limits<qint64>::max();
            return;
        }
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        m_validTo = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max();
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at);
        // A transition exactly at `ms` makes previousTransition() name the one before: then the
        // stretch starts at `ms` itself.
        if (!previous.atUtc.isValid())
            m_validFrom = std::numeric_limits<qint64>::min();
        else if (previous.offsetFromUtc == m_offset)
            m_validFrom = previous.atUtc.toMSecsSinceEpoch();
    }

    QTimeZone m_zone;
    int m_offset = 0;
    qint64 m_validFrom = 1;
    qint64 m_validTo = 0;
};

void appendTransaction(QByteArray& out, const StatementRow& row, IsoTimeWriter& times)
{
    const TransactionRecord& r = row.record;
    const auto field = [&out](const char* name) {
        out += '"';
        out += name;
        out += "\":";
    };
    const auto text = [&](const char* name, const QString& value) {
        field(name);
        appendJsonString(out, value);
        out += ',';
    };
    out += '{';
    field("line");
    out += QByteArray::number(row.line);
    out += ',';
    field("occurred_at");
    if (r.occurredAt) {
        out += '"';
        times.append(out, *r.occurredAt);
        out += "\",";
    } else {
        out += "null,";
    }
    field("occurred_at_ms");
    out += r.occurredAt ? QByteArray::number(*r.occurredAt) : QByteArray("null");
    out += ',';
    text("counterparty", r.counterparty);
    text("amount", Money::format(r.amountMinor, r.currency));
    field("amount_minor");
    out += QByteArray::number(r.amountMinor);
    out += ',';
    text("currency", r.currency);
    text("direction", moneyFlowKey(row.flow));
    field("money_moved");
    out += row.moneyMoved ? "true," : "false,";
    text("reference", r.reference);
    text("merchant_order", row.merchantOrder);
    text("status", r.status);
    text("kind", row.kind);
    text("note", r.note);
    field("source");
    appendJsonString(out, r.source);
    out += '}';
}

} // namespace

QJsonObject statementToJson(const ParsedStatement& s, const QList<DuplicateGroup>& duplicates)
{
    QJsonObject o = summaryJson(s, duplicates);
    const QTimeZone zone = zoneOf(s);
    QJsonArray transactions;
    for (const StatementRow& row : s.rows)
        transactions.append(transactionJson(row, zone));
    o.insert(u"transactions"_s, transactions);
    return o;
}

bool writeStatementJson(const ParsedStatement& s, const QList<DuplicateGroup>& duplicates,
                        const std::function<bool(const QByteArray&)>& write)
{
    // The summary through QJsonDocument, the transactions a chunk at a time: the document is
    // never whole in memory, and a failing `write` stops it.
    QByteArray text = QJsonDocument(summaryJson(s, duplicates)).toJson(QJsonDocument::Indented);
    const qsizetype close = text.lastIndexOf('}');
    text.truncate(close);
    while (text.endsWith('\n') || text.endsWith(' '))
        text.chop(1);
    text += ",\n    \"transactions\": [";
    IsoTimeWriter times(zoneOf(s));
    constexpr qsizetype Chunk = 1 << 16;
    for (qsizetype i = 0; i < s.rows.size(); ++i) {
        text += i == 0 ? "\n        " : ",\n        ";
        appendTransaction(text, s.rows.at(i), times);
        if (text.size() >= Chunk) {
            if (!write(text))
                return false;
            text.clear();
        }
    }
    text += s.rows.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return write(text);
}

QByteArray statementToJsonText(const ParsedStatement& s, const QList<DuplicateGroup>& duplicates)
{
    QByteArray text;
    writeStatementJson(s, duplicates, [&text](const QByteArray& chunk) {
        text += chunk;
        return true;
    });
    return text;
}

} // namespace wc::core
