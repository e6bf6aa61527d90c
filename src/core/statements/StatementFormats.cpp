// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/StatementFormats.h"

#include "statements/StatementValues.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::statement {

namespace {

class Header
{
public:
    explicit Header(const QStringList& cells)
    {
        m_keys.reserve(cells.size());
        for (const QString& c : cells)
            m_keys << headerKey(c);
        for (qsizetype i = m_keys.size(); i > 0; --i) {
            if (!m_keys.at(i - 1).isEmpty()) {
                m_count = int(i);
                break;
            }
        }
    }
    // The first of `names` the header has.
    int find(std::initializer_list<QStringView> names) const
    {
        for (QStringView name : names) {
            for (qsizetype i = 0; i < m_keys.size(); ++i) {
                if (m_keys.at(i) == name)
                    return int(i);
            }
        }
        return -1;
    }
    bool has(std::initializer_list<QStringView> names) const { return find(names) >= 0; }
    int count() const { return m_count; }

private:
    QStringList m_keys;
    int m_count = 0;
};

std::optional<Layout> alipay(const Header& h)
{
    // The app export (交易时间 … 交易订单号 商家订单号 备注) and the older web export (交易号
    // 商家订单号 交易创建时间 付款时间 … 资金状态). Same provider, one parser.
    const bool app = h.has({u"交易订单号"}) && h.has({u"交易时间"});
    const bool web = h.has({u"交易号"}) && h.has({u"交易创建时间"});
    if ((!app && !web) || !h.has({u"交易对方"}) || !h.has({u"金额", u"金额(元)"}))
        return std::nullopt;
    Layout l;
    l.format = StatementFormat::Alipay;
    if (app) {
        l.map.time = h.find({u"交易时间"});
        l.map.reference = h.find({u"交易订单号"});
    } else {
        l.map.time = h.find({u"付款时间", u"交易创建时间"});
        l.timeFallback = h.find({u"交易创建时间"});
        l.map.reference = h.find({u"交易号"});
    }
    l.map.counterparty = h.find({u"交易对方"});
    l.map.amount = h.find({u"金额", u"金额(元)"});
    l.map.direction = h.find({u"收/支"});
    l.map.status = h.find({u"交易状态"});
    l.map.note = h.find({u"备注"});
    l.kind = h.find({u"交易分类", u"类型"});
    l.goods = h.find({u"商品说明", u"商品名称"});
    l.merchantOrder = h.find({u"商家订单号", u"商户订单号"});
    l.fundStatus = h.find({u"资金状态"});
    return l;
}

std::optional<Layout> wechat(const Header& h)
{
    if (!h.has({u"交易时间"}) || !h.has({u"交易类型"}) || !h.has({u"交易对方"}) ||
        !h.has({u"金额(元)", u"金额"}) || !h.has({u"当前状态"}))
        return std::nullopt;
    Layout l;
    l.format = StatementFormat::WeChat;
    l.map.time = h.find({u"交易时间"});
    l.map.counterparty = h.find({u"交易对方"});
    l.map.amount = h.find({u"金额(元)", u"金额"});
    l.map.direction = h.find({u"收/支"});
    l.map.status = h.find({u"当前状态"});
    l.map.reference = h.find({u"交易单号"});
    l.map.note = h.find({u"备注"});
    l.kind = h.find({u"交易类型"});
    l.goods = h.find({u"商品"});
    l.merchantOrder = h.find({u"商户单号"});
    return l;
}

std::optional<Layout> paypal(const Header& h)
{
    if (!h.has({u"date"}) || !h.has({u"gross"}) || !h.has({u"transactionid"}) ||
        !h.has({u"currency"}))
        return std::nullopt;
    Layout l;
    l.format = StatementFormat::PayPal;
    l.map.time = h.find({u"date"});
    l.map.timeOfDay = h.find({u"time"});
    l.map.counterparty = h.find({u"name"});
    l.map.amount = h.find({u"gross"});
    l.map.currency = h.find({u"currency"});
    l.map.reference = h.find({u"transactionid"});
    l.map.status = h.find({u"status"});
    l.map.note = h.find({u"note"});
    l.map.dateOrder = DateOrder::Auto;
    l.zone = h.find({u"timezone"});
    l.kind = h.find({u"type", u"description"});
    l.goods = h.find({u"itemtitle"});
    l.extraNote = h.find({u"subject"});
    l.merchantOrder = h.find({u"invoicenumber"});
    l.balanceImpact = h.find({u"balanceimpact"});
    l.fromEmail = h.find({u"fromemailaddress"});
    l.toEmail = h.find({u"toemailaddress"});
    return l;
}

// Which way a word in a 收/支, 资金状态, Balance Impact or direction column says the money went.
std::optional<MoneyFlow> flowWord(QStringView word)
{
    static const QStringList out = {u"支出"_s, u"已支出"_s,  u"付款"_s,     u"支付"_s,
                                    u"借"_s,   u"out"_s,     u"outgoing"_s, u"debit"_s,
                                    u"dr"_s,   u"expense"_s, u"payment"_s,  u"withdrawal"_s,
                                    u"-"_s};
    static const QStringList in = {u"收入"_s,   u"已收入"_s,   u"收款"_s,    u"贷"_s,
                                   u"in"_s,     u"incoming"_s, u"credit"_s,  u"cr"_s,
                                   u"income"_s, u"refund"_s,   u"deposit"_s, u"+"_s};
    static const QStringList neutral = {u"不计收支"_s, u"其他"_s, u"资金转移"_s, u"memo"_s,
                                        u"中性交易"_s};
    // Most words are written as listed ("支出"): found without making a lower-case copy. The
    // listed words are lower case, so a word equal to one lower-cases to it too.
    const QStringView exact = word.trimmed();
    for (const QStringList* list : {&out, &in, &neutral}) {
        for (const QString& listed : *list) {
            if (exact == listed)
                return list == &out ? MoneyFlow::Out
                       : list == &in ? MoneyFlow::In
                                     : MoneyFlow::Neutral;
        }
    }
    const QString w = word.trimmed().toString().toLower();
    if (out.contains(w))
        return MoneyFlow::Out;
    if (in.contains(w))
        return MoneyFlow::In;
    if (neutral.contains(w))
        return MoneyFlow::Neutral;
    return std::nullopt;
}

// Always a copy of the cell's text: the parser's cells may point into the decoded file, which
// does not outlive the parse (CsvReader::setFieldsShareText).
QString cellAt(const QStringList& cells, int index)
{
    return index >= 0 && index < cells.size() ? cleanCell(QStringView(cells.at(index)))
                                              : QString();
}

// A cell as cleanCell() reads it, but not copied: for values only looked at.
QStringView cellViewAt(const QStringList& cells, int index)
{
    if (index < 0 || index >= cells.size())
        return {};
    const QStringView t = QStringView(cells.at(index)).trimmed();
    return t == u"/" ? QStringView() : t;
}

} // namespace

std::optional<Layout> knownHeader(const QStringList& cells, std::optional<StatementFormat> only)
{
    const Header h(cells);
    if (h.count() < 3)
        return std::nullopt;
    std::optional<Layout> layout;
    if (!only || *only == StatementFormat::Alipay)
        layout = alipay(h);
    if (!layout && (!only || *only == StatementFormat::WeChat))
        layout = wechat(h);
    if (!layout && (!only || *only == StatementFormat::PayPal))
        layout = paypal(h);
    if (layout)
        layout->columnCount = h.count();
    return layout;
}

Layout genericLayout(const ColumnMapping& mapping, const QStringList& header)
{
    Layout l;
    l.format = StatementFormat::Generic;
    l.map = mapping;
    l.columnCount = Header(header).count();
    return l;
}

QString SharedStrings::shared(QStringView text)
{
    if (text.isNull())
        return {};
    QString& slot = m_slots[qHash(text) % m_slots.size()];
    if (slot != text || slot.isNull())
        slot = text.toString();
    return slot;
}

std::optional<StatementRow> RowReader::read(const Layout& layout, const QStringList& cells,
                                            RowContext& context, QString* error, QString* warning)
{
    const ColumnMapping& m = layout.map;
    const auto cell = [&](int index) { return cellAt(cells, index); };
    const auto view = [&](int index) { return cellViewAt(cells, index); };
    // Values that repeat from row to row (payee, status, category) share one copy.
    const auto shared = [&](int index) { return context.strings.shared(view(index)); };
    StatementRow row;
    TransactionRecord& r = row.record;
    r.source = statementFormatKey(layout.format);

    QStringView timeText = view(m.time);
    if (timeText.isEmpty())
        timeText = view(layout.timeFallback);
    if (timeText.isEmpty()) {
        *error = tr("The date is missing.");
        return std::nullopt;
    }
    QString dateAndTime; // only for a separate time-of-day column
    if (const QStringView timeOfDay = view(m.timeOfDay); !timeOfDay.isEmpty()) {
        dateAndTime = timeText + u' ' + timeOfDay;
        timeText = dateAndTime;
    }
    const auto when = parseCellTime(timeText, context.dateOrder, m.dateFormats);
    if (!when) {
        *error = tr("“%1” is not a date and time WalletCase can read, such as 2026-11-22 09:03:05.")
                     .arg(timeText.toString());
        return std::nullopt;
    }
    QTimeZone zone = context.zone;
    if (const QString zoneName = cell(layout.zone); !zoneName.isEmpty()) {
        auto it = context.zones.find(zoneName);
        if (it == context.zones.end()) {
            it = context.zones.insert(zoneName, zoneFromName(zoneName));
            if (!it->isValid()) {
                *warning = tr("The time zone “%1” is unknown; times in it were read as %2.")
                               .arg(zoneName, QString::fromLatin1(zone.id()));
            }
        }
        if (it->isValid())
            zone = *it;
    }
    r.occurredAt = toUtcMs(*when, zone);

    r.currency = m.defaultCurrency;
    if (const QStringView currency = view(m.currency); !currency.isEmpty()) {
        r.currency = currencyCode(currency);
        if (r.currency.isEmpty()) {
            *error = tr("“%1” is not a currency WalletCase knows; use a code such as CNY or USD.")
                         .arg(currency.toString());
            return std::nullopt;
        }
    }

    const QStringView amountText = view(m.amount);
    if (amountText.isEmpty()) {
        *error = tr("The amount is missing.");
        return std::nullopt;
    }
    const auto amount = parseCellAmount(amountText, r.currency);
    if (!amount) {
        *error = tr("“%1” is not an amount of %2.").arg(amountText.toString(), r.currency);
        return std::nullopt;
    }
    r.amountMinor = amount->minor;

    r.counterparty = shared(m.counterparty);
    r.reference = cell(m.reference);
    r.status = shared(m.status);
    row.kind = shared(layout.kind);
    row.merchantOrder = cell(layout.merchantOrder);

    // Which way the money went: the direction column when the export has one, else the sign.
    std::optional<MoneyFlow> flow;
    if (layout.format == StatementFormat::PayPal) {
        flow = flowWord(view(layout.balanceImpact));
        // PayPal's "Memo" rows are authorisations (a hotel or fuel hold, "Pending"): money
        // reserved for a payment, not moved between the owner's accounts. The sign says which
        // way it would go; moneyMoved below says it has not gone yet.
        if (flow == MoneyFlow::Neutral)
            flow.reset();
        if (!flow)
            flow = amount->minor == 0 ? MoneyFlow::Neutral
                   : amount->negative ? MoneyFlow::Out
                                      : MoneyFlow::In;
    } else if (layout.format == StatementFormat::Generic) {
        flow = flowWord(view(m.direction));
        // A sign says which way money went; "-0.00" moved none, either way.
        if (!flow && amount->minor == 0)
            flow = MoneyFlow::Neutral;
        if (!flow) {
            const bool negativeOut = context.amountSign == AmountSign::NegativeIsOutgoing;
            flow = amount->negative == negativeOut ? MoneyFlow::Out : MoneyFlow::In;
        }
    } else {
        flow = flowWord(view(m.direction));
        if (!flow)
            flow = flowWord(view(layout.fundStatus));
        if (!flow)
            flow = MoneyFlow::Neutral;
        // Alipay lists refunds as 不计收支 (neither income nor spending); they are money back.
        if (*flow == MoneyFlow::Neutral &&
            (row.kind.contains(u"退款") || r.status.contains(u"退款成功")))
            flow = MoneyFlow::In;
    }
    row.flow = *flow;
    // A refund's own row may say 已全额退款 ("refunded in full"): for money coming back that
    // means it arrived, not that nothing moved.
    const bool refund =
        row.flow == MoneyFlow::In && (r.status.contains(u"退款") || row.kind.contains(u"退款") ||
                                      row.kind.contains(u"refund", Qt::CaseInsensitive));
    // Rows repeat their status: its words are searched once per status, not once per row.
    if (r.status != context.lastStatus || context.lastStatus.isNull()) {
        context.lastStatus = r.status;
        context.lastStatusMovedNoMoney = statusMeansNoMoneyMoved(r.status);
    }
    row.moneyMoved =
        r.amountMinor != 0 &&
        (refund || (!context.lastStatusMovedNoMoney &&
                    view(layout.balanceImpact).compare(u"memo", Qt::CaseInsensitive) != 0));

    if (r.counterparty.isEmpty() && layout.format == StatementFormat::PayPal)
        r.counterparty = cell(row.flow == MoneyFlow::In ? layout.fromEmail : layout.toEmail);

    // Up to four parts, each once, joined by "; " (no list and join for the usual one part).
    std::array<QString, 4> notes;
    int noteCount = 0;
    const auto addNote = [&](QString text) {
        if (text.isEmpty() || std::find(notes.begin(), notes.begin() + noteCount, text) !=
                                  notes.begin() + noteCount)
            return;
        notes[size_t(noteCount++)] = std::move(text);
    };
    if (layout.format == StatementFormat::PayPal)
        addNote(row.kind);
    addNote(shared(layout.goods));
    addNote(shared(m.note));
    addNote(shared(layout.extraNote));
    if (noteCount == 1) {
        r.note = std::move(notes[0]);
    } else {
        for (int i = 0; i < noteCount; ++i) {
            if (i > 0)
                r.note += u"; "_s;
            r.note += notes[size_t(i)];
        }
    }
    return row;
}

} // namespace wc::core::statement
