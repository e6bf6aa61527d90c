// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// ColumnMapping: guessing from header names, and remembering by name. Also the small shared
// pieces of Statement.h (format keys, problem text).
#include "statements/Statement.h"
#include "statements/StatementValues.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

struct Candidates
{
    const char* field;
    QStringList exact;   // header keys (statement::headerKey) that surely mean the field
    QStringList partial; // words a header containing them probably means the field by
    QStringList never;   // words that rule a header out for the field ("余额" is no amount)
};

// In the order fields claim columns: a column serves one field, and the most telling go first.
const QList<Candidates>& candidates()
{
    static const QList<Candidates> list = {
        {"amount",
         {u"金额"_s, u"金额(元)"_s, u"交易金额"_s, u"交易金额(元)"_s, u"支付金额"_s, u"付款金额"_s,
          u"实付金额"_s, u"订单金额"_s, u"amount"_s, u"gross"_s, u"amt"_s, u"value"_s,
          u"transactionamount"_s, u"total"_s, u"sum"_s},
         {u"金额"_s, u"amount"_s},
         {u"余额"_s, u"balance"_s, u"fee"_s, u"服务费"_s, u"手续费"_s, u"退款"_s, u"refund"_s,
          u"tax"_s, u"shipping"_s}},
        {"reference",
         {u"交易订单号"_s,  u"交易单号"_s,    u"交易号"_s,          u"订单号"_s,
          u"单号"_s,        u"流水号"_s,      u"交易流水号"_s,      u"参考号"_s,
          u"凭证号"_s,      u"支付单号"_s,    u"transactionid"_s,   u"reference"_s,
          u"ref"_s,         u"referenceno"_s, u"referencenumber"_s, u"orderid"_s,
          u"ordernumber"_s, u"orderno"_s,     u"receiptid"_s,       u"txnid"_s,
          u"id"_s},
         {u"单号"_s, u"订单号"_s, u"流水号"_s, u"交易号"_s, u"reference"_s, u"transactionid"_s},
         {}},
        {"counterparty",
         {u"交易对方"_s, u"对方"_s,      u"对方户名"_s,     u"对方名称"_s,    u"商户"_s,
          u"商户名称"_s, u"商户名"_s,    u"商家"_s,         u"商家名称"_s,    u"收款方"_s,
          u"收款人"_s,   u"付款方"_s,    u"counterparty"_s, u"merchant"_s,    u"merchantname"_s,
          u"payee"_s,    u"recipient"_s, u"name"_s,         u"beneficiary"_s, u"vendor"_s,
          u"shop"_s,     u"store"_s},
         {u"对方"_s, u"商户"_s, u"商家"_s, u"merchant"_s, u"payee"_s, u"counterparty"_s},
         {u"单号"_s, u"订单"_s, u"账号"_s, u"账户"_s, u"id"_s, u"account"_s, u"number"_s}},
        {"currency",
         {u"币种"_s, u"货币"_s, u"币别"_s, u"currency"_s, u"ccy"_s, u"currencycode"_s},
         {u"币种"_s, u"currency"_s},
         {}},
        {"status",
         {u"状态"_s, u"交易状态"_s, u"当前状态"_s, u"支付状态"_s, u"status"_s, u"state"_s,
          u"transactionstatus"_s},
         {u"状态"_s, u"status"_s},
         {u"资金"_s}},
        {"direction",
         {u"收/支"_s, u"收支"_s, u"收支类型"_s, u"收/支类型"_s, u"资金方向"_s, u"方向"_s, u"借贷"_s,
          u"借贷标志"_s, u"交易方向"_s, u"direction"_s, u"debit/credit"_s, u"dr/cr"_s,
          u"balanceimpact"_s, u"in/out"_s},
         {u"收/支"_s, u"收支"_s, u"借贷"_s},
         {}},
        {"note",
         {u"备注"_s,      u"说明"_s,        u"商品"_s,   u"商品说明"_s, u"商品名称"_s, u"摘要"_s,
          u"描述"_s,      u"用途"_s,        u"附言"_s,   u"交易说明"_s, u"note"_s,     u"notes"_s,
          u"memo"_s,      u"description"_s, u"remark"_s, u"remarks"_s,  u"comment"_s,  u"details"_s,
          u"itemtitle"_s, u"subject"_s,     u"purpose"_s},
         {u"备注"_s, u"说明"_s, u"摘要"_s, u"note"_s, u"memo"_s, u"description"_s},
         {}},
    };
    return list;
}

const QStringList& timeExact()
{
    static const QStringList list = {
        u"交易时间"_s, u"付款时间"_s,    u"支付时间"_s,    u"交易创建时间"_s, u"创建时间"_s,
        u"记账时间"_s, u"时间"_s,        u"交易日期"_s,    u"日期"_s,         u"记账日期"_s,
        u"datetime"_s, u"date/time"_s,   u"dateandtime"_s, u"timestamp"_s,    u"transactiondate"_s,
        u"date"_s,     u"postingdate"_s, u"bookingdate"_s, u"posted"_s,       u"createdat"_s,
        u"created"_s,  u"paidat"_s,      u"time"_s};
    return list;
}
const QStringList& dateOnly()
{
    static const QStringList list = {u"日期"_s,       u"交易日期"_s,        u"记账日期"_s,
                                     u"date"_s,       u"transactiondate"_s, u"postingdate"_s,
                                     u"bookingdate"_s};
    return list;
}
const QStringList& timeOnly()
{
    static const QStringList list = {u"时间"_s, u"时刻"_s, u"time"_s, u"transactiontime"_s};
    return list;
}

int ColumnMapping::*memberFor(const QString& key)
{
    if (key == u"time")
        return &ColumnMapping::time;
    if (key == u"time_of_day")
        return &ColumnMapping::timeOfDay;
    if (key == u"counterparty")
        return &ColumnMapping::counterparty;
    if (key == u"amount")
        return &ColumnMapping::amount;
    if (key == u"currency")
        return &ColumnMapping::currency;
    if (key == u"reference")
        return &ColumnMapping::reference;
    if (key == u"status")
        return &ColumnMapping::status;
    if (key == u"note")
        return &ColumnMapping::note;
    if (key == u"direction")
        return &ColumnMapping::direction;
    return nullptr;
}

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return u"day_month_year"_s;
    case DateOrder::MonthDayYear:
        return u"month_day_year"_s;
    case DateOrder::Auto:
        break;
    }
    return u"auto"_s;
}

QString amountSignKey(AmountSign sign)
{
    switch (sign) {
    case AmountSign::NegativeIsOutgoing:
        return u"negative_is_outgoing"_s;
    case AmountSign::PositiveIsOutgoing:
        return u"positive_is_outgoing"_s;
    case AmountSign::Auto:
        break;
    }
    return u"auto"_s;
}

} // namespace

QStringList ColumnMapping::fieldKeys()
{
    return {u"time"_s,      u"time_of_day"_s, u"counterparty"_s, u"amount"_s,   u"currency"_s,
            u"reference"_s, u"status"_s,      u"note"_s,         u"direction"_s};
}

QString ColumnMapping::fieldLabel(const QString& key)
{
    if (key == u"time")
        return tr("Date and time");
    if (key == u"time_of_day")
        return tr("Time (when separate)");
    if (key == u"counterparty")
        return tr("Counterparty");
    if (key == u"amount")
        return tr("Amount");
    if (key == u"currency")
        return tr("Currency");
    if (key == u"reference")
        return tr("Reference");
    if (key == u"status")
        return tr("Status");
    if (key == u"note")
        return tr("Note");
    if (key == u"direction")
        return tr("In or out");
    return key;
}

int ColumnMapping::column(const QString& key) const
{
    const auto member = memberFor(key);
    return member ? this->*member : -1;
}

void ColumnMapping::setColumn(const QString& key, int column)
{
    if (const auto member = memberFor(key))
        this->*member = column;
}

ColumnMapping ColumnMapping::guess(const QStringList& header)
{
    ColumnMapping m;
    QStringList keys;
    keys.reserve(header.size());
    for (const QString& h : header)
        keys << statement::headerKey(h);
    QList<bool> used(keys.size(), false);
    const auto claim = [&](int index) {
        used[index] = true;
        return index;
    };
    const auto findExact = [&](const QStringList& names) {
        for (const QString& name : names) {
            for (int i = 0; i < keys.size(); ++i) {
                if (!used[i] && keys[i] == name)
                    return i;
            }
        }
        return -1;
    };

    // A date column and a separate time column (PayPal, many banks); else one time column.
    const int dateColumn = findExact(dateOnly());
    const int timeColumn = findExact(timeOnly());
    if (dateColumn >= 0 && timeColumn >= 0) {
        m.time = claim(dateColumn);
        m.timeOfDay = claim(timeColumn);
    } else if (const int t = findExact(timeExact()); t >= 0) {
        m.time = claim(t);
    } else {
        for (int i = 0; i < keys.size() && m.time < 0; ++i) {
            if (keys[i].contains(u"时间") || keys[i].contains(u"日期") || keys[i].contains(u"date"))
                m.time = claim(i);
        }
    }

    for (const Candidates& c : candidates()) {
        const QString field = QString::fromLatin1(c.field);
        int found = findExact(c.exact);
        for (int i = 0; i < keys.size() && found < 0; ++i) {
            if (used[i] || keys[i].isEmpty())
                continue;
            const bool likely = std::any_of(c.partial.cbegin(), c.partial.cend(),
                                            [&](const QString& w) { return keys[i].contains(w); });
            const bool excluded =
                std::any_of(c.never.cbegin(), c.never.cend(),
                            [&](const QString& w) { return keys[i].contains(w); });
            if (likely && !excluded)
                found = i;
        }
        if (found >= 0)
            m.setColumn(field, claim(found));
    }
    // Bank exports name the payee only in the description ("Description", 摘要): better there
    // than nowhere, as the duplicate check needs a payee.
    if (m.counterparty < 0 && m.note >= 0) {
        m.counterparty = m.note;
        m.note = -1;
    }
    return m;
}

QJsonObject ColumnMapping::toJson(const QStringList& header) const
{
    QJsonObject o;
    for (const QString& key : fieldKeys()) {
        const int c = column(key);
        if (c >= 0 && c < header.size())
            o.insert(key, header.at(c));
    }
    if (!dateFormats.isEmpty())
        o.insert(u"date_formats"_s, QJsonArray::fromStringList(dateFormats));
    o.insert(u"date_order"_s, dateOrderKey(dateOrder));
    o.insert(u"amount_sign"_s, amountSignKey(amountSign));
    o.insert(u"default_currency"_s, defaultCurrency);
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject& json, const QStringList& header)
{
    ColumnMapping m;
    for (const QString& key : fieldKeys()) {
        const QString name = json.value(key).toString();
        if (!name.isEmpty())
            m.setColumn(key, int(header.indexOf(name)));
    }
    for (const QJsonValue& f : json.value(u"date_formats"_s).toArray())
        m.dateFormats << f.toString();
    const QString order = json.value(u"date_order"_s).toString();
    m.dateOrder = order == dateOrderKey(DateOrder::DayMonthYear)   ? DateOrder::DayMonthYear
                  : order == dateOrderKey(DateOrder::MonthDayYear) ? DateOrder::MonthDayYear
                                                                   : DateOrder::Auto;
    const QString sign = json.value(u"amount_sign"_s).toString();
    m.amountSign =
        sign == amountSignKey(AmountSign::NegativeIsOutgoing)   ? AmountSign::NegativeIsOutgoing
        : sign == amountSignKey(AmountSign::PositiveIsOutgoing) ? AmountSign::PositiveIsOutgoing
                                                                : AmountSign::Auto;
    const QString currency = statement::currencyCode(json.value(u"default_currency"_s).toString());
    if (!currency.isEmpty())
        m.defaultCurrency = currency;
    return m;
}

QString statementFormatKey(StatementFormat format)
{
    switch (format) {
    case StatementFormat::Alipay:
        return u"alipay"_s;
    case StatementFormat::WeChat:
        return u"wechat"_s;
    case StatementFormat::PayPal:
        return u"paypal"_s;
    case StatementFormat::Generic:
        return u"generic"_s;
    case StatementFormat::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<StatementFormat> statementFormatFromKey(QStringView key)
{
    for (StatementFormat f : {StatementFormat::Alipay, StatementFormat::WeChat,
                              StatementFormat::PayPal, StatementFormat::Generic}) {
        if (key.compare(statementFormatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString moneyFlowKey(MoneyFlow flow)
{
    switch (flow) {
    case MoneyFlow::Out:
        return u"out"_s;
    case MoneyFlow::In:
        return u"in"_s;
    case MoneyFlow::Neutral:
        break;
    }
    return u"neutral"_s;
}

QString StatementProblem::text() const
{
    if (line <= 0)
        return message;
    return tr("Line %1: %2").arg(line).arg(message);
}

QList<TransactionRecord> ParsedStatement::records() const
{
    QList<TransactionRecord> out;
    out.reserve(rows.size());
    for (const StatementRow& row : rows)
        out << row.record;
    return out;
}

} // namespace wc::core
