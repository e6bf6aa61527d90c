// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// The values a wallet statement import produces: what kind of file it was, its columns, the
// normalized transactions with the lines they came from, and what could not be read. Plain
// values, safe to pass between threads, so a worker can parse while a window shows progress.

#include "model/Entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wc::core {

enum class StatementFormat
{
    Unknown,
    Alipay,  // 支付宝 transaction details (app export and the older web export)
    WeChat,  // 微信支付账单明细
    PayPal,  // PayPal activity download
    Generic, // any other CSV, read through a ColumnMapping
};

// "alipay", "wechat", "paypal", "generic" ("unknown" for Unknown): the TransactionRecord::source
// values, the --format values of the command line and the JSON keys.
QString statementFormatKey(StatementFormat format);
std::optional<StatementFormat> statementFormatFromKey(QStringView key);

// Which way the money went, from the statement owner's point of view.
enum class MoneyFlow
{
    Out,     // a payment or charge (支出, PayPal debit)
    In,      // income or a refund (收入, PayPal credit)
    Neutral, // moved between the owner's own accounts, or no money moved (不计收支, "/", memo)
};
QString moneyFlowKey(MoneyFlow flow); // "out", "in", "neutral"

// How to read dates like 03/04/2026; y-m-d dates are always read as such.
enum class DateOrder
{
    Auto, // decided from the file: a day above 12 settles it; else the format's custom
    DayMonthYear,
    MonthDayYear,
};

// What the sign of an amount means when no column says which way the money went.
enum class AmountSign
{
    Auto,               // negative amounts in the file: NegativeIsOutgoing; none: all are payments
    NegativeIsOutgoing, // bank style: -12.00 is a payment, 12.00 income
    PositiveIsOutgoing, // charge list style: 12.00 is a payment, -12.00 a refund
};

// Which column of a CSV holds which value, for files that are not a known export (the known
// formats fill one in too, so a preview can show which columns were read). Indexes are zero-based
// into ParsedStatement::columns; -1 means the file has no such column.
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::ColumnMapping)

public:
    int time = -1;      // the date, or date and time
    int timeOfDay = -1; // a separate time column, when `time` holds only the date
    int counterparty = -1;
    int amount = -1;
    int currency = -1;
    int reference = -1;
    int status = -1;
    int note = -1;
    int direction = -1; // 收/支, in/out, debit/credit
    // Qt date-time formats ("dd.MM.yyyy HH:mm") tried before the automatic reading.
    QStringList dateFormats;
    DateOrder dateOrder = DateOrder::Auto;
    AmountSign amountSign = AmountSign::Auto;
    QString defaultCurrency = QStringLiteral("CNY"); // when there is no currency column

    // A row can be read with a time and an amount; everything else is optional.
    bool isUsable() const { return time >= 0 && amount >= 0; }

    // The keys of the column fields, in the order a mapping dialog lists them: "time",
    // "time_of_day", "counterparty", "amount", "currency", "reference", "status", "note",
    // "direction".
    static QStringList fieldKeys();
    // The translated label of a field key, for a mapping dialog ("Date and time", "Amount" …).
    static QString fieldLabel(const QString& key);
    int column(const QString& key) const;
    void setColumn(const QString& key, int column);

    // A mapping guessed from header names in English and Chinese (时间/日期, 金额, 对方/商户,
    // 单号/订单号, 状态, 备注 …). Check isUsable() before relying on it.
    static ColumnMapping guess(const QStringList& header);

    // The mapping by column *name*, to remember it for the next file with the same header.
    QJsonObject toJson(const QStringList& header) const;
    // A remembered mapping applied to a header; names the header lacks stay unmapped.
    static ColumnMapping fromJson(const QJsonObject& json, const QStringList& header);
};

// One transaction of the statement, normalized.
struct StatementRow
{
    qsizetype line = 0; // the physical line (1-based) where the row starts in the file
    // occurredAt is UTC ms; amountMinor is the amount as printed, never negative (the direction
    // is `flow`); source is the format key. id and caseId are 0.
    TransactionRecord record;
    MoneyFlow flow = MoneyFlow::Out;
    // False when the status says the payment did not go through or was undone in full (交易关闭,
    // 支付失败, 已全额退款, Denied, Reversed …): such a row is no charge to dispute twice.
    bool moneyMoved = true;
    QString kind; // the statement's own category or type (交易分类, 交易类型, Type)
    QString merchantOrder; // the merchant's order number (商家订单号 / 商户单号), when given
};

// A line that could not be read, or something the user should know about the file.
struct StatementProblem
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::StatementProblem)

public:
    qsizetype line = 0;     // 1-based; 0 for the file as a whole
    QString message;        // translated, without the line number
    bool rowSkipped = true; // false for a warning about a row that was still imported

    // "Line 7: …" (or the bare message for line 0), translated.
    QString text() const;
};

struct ParsedStatement
{
    StatementFormat format = StatementFormat::Unknown;
    QString encoding;             // "UTF-8", "GB18030", "UTF-16LE" …
    bool bom = false;             // the file starts with a byte order mark
    bool encodingDetected = true; // false when the caller chose the encoding
    QByteArray timeZone;          // IANA id local times were read in; empty when each row
                                  // names its own (PayPal's TimeZone column)
    QChar delimiter = u',';
    qsizetype headerLine = 0;         // 1-based line of the header row
    QStringList columns;              // the header's cells, trimmed
    ColumnMapping mapping;            // the columns that were read
    QList<QStringList> sampleRows;    // the first data rows' cells, for a column-mapping dialog
    QList<StatementRow> rows;         // in file order
    QList<StatementProblem> problems; // in line order
    qsizetype lineCount = 0;

    QList<TransactionRecord> records() const;
};

} // namespace wc::core
