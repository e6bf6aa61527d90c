// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/StatementJson.h"

#include "model/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

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

QByteArray statementToJsonText(const ParsedStatement& s, const QList<DuplicateGroup>& duplicates)
{
    // The same document as statementToJson(), written a transaction at a time: a 100,000-row
    // statement as one QJsonArray needs several times the memory of the text.
    QByteArray text = QJsonDocument(summaryJson(s, duplicates)).toJson(QJsonDocument::Indented);
    const qsizetype close = text.lastIndexOf('}');
    text.truncate(close);
    while (text.endsWith('\n') || text.endsWith(' '))
        text.chop(1);
    text += ",\n    \"transactions\": [";
    const QTimeZone zone = zoneOf(s);
    for (qsizetype i = 0; i < s.rows.size(); ++i) {
        text += i == 0 ? "\n        " : ",\n        ";
        text += QJsonDocument(transactionJson(s.rows.at(i), zone)).toJson(QJsonDocument::Compact);
    }
    text += s.rows.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    return text;
}

} // namespace wc::core
