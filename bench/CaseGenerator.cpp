// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "CaseGenerator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QUuid>

#include <array>
#include <iterator>

using namespace Qt::Literals::StringLiterals;
using namespace wc::core;

namespace wc::bench {

namespace {

// splitmix64: tiny, and unlike the std distributions its output is the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Array>
    const auto& pick(const Array& items)
    {
        return items[size_t(below(qint64(std::size(items))))];
    }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + int(below(10)));
        return out;
    }

private:
    quint64 m_state;
};

struct Provider
{
    const char16_t* key;
    const char16_t* nameZh;
    const char16_t* nameEn;
    const char16_t* currency;
    bool chinese;
};

constexpr std::array kProviders{
    Provider{u"alipay", u"支付宝", u"Alipay", u"CNY", true},
    Provider{u"wechat_pay", u"微信支付", u"WeChat Pay", u"CNY", true},
    Provider{u"unionpay", u"云闪付", u"UnionPay", u"CNY", true},
    Provider{u"paypal", u"PayPal", u"PayPal", u"USD", false},
    Provider{u"cash_app", u"Cash App", u"Cash App", u"USD", false},
    Provider{u"venmo", u"Venmo", u"Venmo", u"USD", false},
    Provider{u"apple_pay", u"Apple Pay", u"Apple Pay", u"USD", false},
    Provider{u"google_pay", u"Google Pay", u"Google Pay", u"EUR", false},
};

struct Subtype
{
    const char16_t* family;
    const char16_t* key;
    const char16_t* nameZh;
    const char16_t* nameEn;
    const char16_t* whatZh; // what happened, as a clause
    const char16_t* whatEn;
};

constexpr std::array kSubtypes{
    Subtype{u"transaction", u"payment_failed", u"支付失败", u"payment failed",
            u"付款时提示支付失败，但余额已被扣除", u"the payment failed with an error but my balance was debited"},
    Subtype{u"transaction", u"duplicate_charge", u"重复扣款", u"duplicate charge",
            u"同一笔订单被重复扣款了两次", u"I was charged twice for the same order"},
    Subtype{u"transaction", u"delayed_credit", u"到账延迟", u"delayed credit",
            u"转账显示成功但对方迟迟未到账", u"the transfer shows as completed but the money has not arrived"},
    Subtype{u"transaction", u"wrong_amount", u"金额错误", u"wrong amount",
            u"实际扣款金额与订单金额不一致", u"the amount taken differs from the order total"},
    Subtype{u"transaction", u"refund_missing", u"退款未到账", u"refund missing",
            u"商家已同意退款，但退款一直没有到账", u"the merchant approved a refund but it never arrived"},
    Subtype{u"security", u"unusual_login", u"异常登录", u"unusual login",
            u"收到异常登录提醒，登录设备不是我本人的", u"I was alerted to a login from a device I do not own"},
    Subtype{u"security", u"account_stolen", u"账户被盗", u"account stolen",
            u"账户被盗，密码和绑定手机号都被修改", u"my account was taken over and the password and phone number changed"},
    Subtype{u"security", u"unauthorized_payment", u"未授权交易", u"unauthorized payment",
            u"账户出现一笔我本人未授权的交易", u"there is a payment from my account that I did not authorise"},
    Subtype{u"security", u"scam", u"诈骗", u"scam",
            u"我被冒充客服的诈骗分子骗走了资金", u"I was tricked by a scammer pretending to be customer support"},
    Subtype{u"security", u"data_leak", u"个人信息泄露", u"data leak",
            u"我的个人信息疑似被泄露，频繁接到骚扰电话", u"my personal data seems to have leaked and I get spam calls"},
    Subtype{u"service", u"slow_response", u"响应慢", u"slow response",
            u"提交工单后客服一直没有回复", u"customer service has not answered my ticket"},
    Subtype{u"service", u"rude_agent", u"态度恶劣", u"rude agent",
            u"客服态度恶劣，还直接挂断了电话", u"the agent was rude and hung up on me"},
    Subtype{u"service", u"unresolved", u"无法解决问题", u"unresolved problem",
            u"多次联系客服，问题仍然没有解决", u"I contacted support several times and nothing was fixed"},
    Subtype{u"service", u"unreachable", u"联系不上客服", u"support unreachable",
            u"客服热线一直占线，联系不上人工客服", u"the hotline is always busy and no human agent answers"},
    Subtype{u"service", u"account_frozen", u"账户被冻结", u"account frozen",
            u"账户被冻结且没有任何解释", u"my account was frozen without any explanation"},
};

constexpr std::array kMerchantsZh{u"美团外卖", u"京东商城", u"滴滴出行", u"拼多多",  u"星巴克",
                                  u"盒马鲜生", u"携程旅行", u"中国铁路12306", u"肯德基", u"淘宝"};
constexpr std::array kMerchantsEn{u"Amazon", u"Uber", u"Starbucks", u"Walmart", u"Netflix",
                                  u"eBay",   u"Target", u"DoorDash", u"Spotify", u"Airbnb"};
constexpr std::array kAgentsZh{u"王敏", u"李娜", u"张伟", u"刘洋", u"陈静", u"杨帆", u"赵磊", u"黄丽"};
constexpr std::array kAgentsEn{u"Sarah", u"Michael", u"Emma", u"James", u"Olivia", u"Daniel"};
constexpr std::array kChannels{u"hotline", u"in_app_chat", u"email", u"web_form"};
constexpr std::array kStatuses{u"draft",  u"ready",  u"sent",     u"awaiting_reply",
                               u"awaiting_reply", u"escalated", u"resolved", u"resolved",
                               u"resolved", u"closed_unresolved"};
constexpr std::array kEvidenceZh{u"支付截图", u"银行短信", u"客服聊天记录", u"订单详情", u"错误提示截图"};
constexpr std::array kEvidenceEn{u"Payment screenshot", u"Bank statement", u"Chat transcript",
                                 u"Order details", u"Error message"};

constexpr qint64 kDay = 24 * 3600 * 1000LL;
constexpr qint64 kStart = 1'451'606'400'000; // 2016-01-01, ten years of history
constexpr qint64 kSpan = 3650 * kDay;

QString s(const char16_t* text) { return QString::fromUtf16(text); }

QString money(qint64 minor) { return u"%1.%2"_s.arg(minor / 100).arg(minor % 100, 2, 10, QChar(u'0')); }

QString reference(Rng& rng, const Provider& p)
{
    if (p.key == kProviders[0].key)
        return u"2025"_s + rng.digits(24); // Alipay trade numbers: 28 digits
    if (p.key == kProviders[1].key)
        return u"4200"_s + rng.digits(24);
    if (p.chinese)
        return u"UP"_s + rng.digits(18);
    QString out;
    for (int i = 0; i < 17; ++i) {
        const qint64 v = rng.below(36);
        out += v < 10 ? QChar(u'0' + int(v)) : QChar(u'A' + int(v - 10));
    }
    return out;
}

// Evidence content: mostly unique, one in five from a small pool shared between cases (the same
// bank notice or help-page screenshot attached to several complaints).
QByteArray evidenceContent(Rng& rng, quint64 seed)
{
    const bool shared = rng.chance(20);
    Rng content(shared ? seed * 1000 + quint64(rng.below(40)) : rng.next());
    QByteArray out(1024 + content.below(3 * 1024), Qt::Uninitialized);
    for (char& c : out)
        c = char(content.next() & 0xff);
    return out;
}

struct CaseText
{
    CaseRecord record;
    QString ref;
    QString merchant;
    QString what;
    QString agent;
    QString agentId;
};

CaseText makeCase(Rng& rng, quint64 seed, qint64 index, qint64 now)
{
    CaseText t;
    const Provider& p = rng.pick(kProviders);
    const Subtype& st = rng.pick(kSubtypes);
    const bool zh = p.chinese ? rng.chance(85) : rng.chance(15);
    const qint64 amount = 100 + rng.below(5000) * (rng.chance(10) ? 100 : 10);
    t.ref = reference(rng, p);
    t.merchant = s(zh ? rng.pick(kMerchantsZh) : rng.pick(kMerchantsEn));
    t.what = s(zh ? st.whatZh : st.whatEn);
    t.agent = s(zh ? rng.pick(kAgentsZh) : rng.pick(kAgentsEn));
    t.agentId = (zh ? u"A"_s : u"CS-"_s) + rng.digits(4);

    CaseRecord& r = t.record;
    r.uuid = QUuid::createUuidV5(QUuid(u"6f1c55a2-4c61-4b8e-9d0b-3c9a4e0b7a21"_s),
                                 u"%1/%2"_s.arg(seed).arg(index))
                 .toString(QUuid::WithoutBraces);
    r.family = s(st.family);
    r.subtype = s(st.key);
    r.status = s(rng.pick(kStatuses));
    r.providerKey = s(p.key);
    r.providerName = s(zh ? p.nameZh : p.nameEn);
    r.language = zh ? u"zh_CN"_s : u"en"_s;
    r.incidentAt = now - rng.below(20) * kDay;
    if (r.family != u"service"_s || rng.chance(30)) {
        r.amountMinor = amount;
        r.currency = s(p.currency);
    }
    r.references = {t.ref};
    r.accountRef = zh ? u"1%1****%2"_s.arg(rng.digits(2), rng.digits(4))
                      : u"user%1@example.com"_s.arg(rng.digits(5));
    const QString date = QDateTime::fromMSecsSinceEpoch(*r.incidentAt, Qt::UTC)
                             .toString(zh ? u"yyyy年M月d日"_s : u"d MMM yyyy"_s);
    if (zh) {
        r.title = u"%1%2：%3 %4元"_s.arg(r.providerName, s(st.nameZh), t.merchant, money(amount));
        r.description = u"%1，我在%2使用%3付款，%4。交易单号%5，金额%6元。"_s.arg(
            date, t.merchant, r.providerName, t.what, t.ref, money(amount));
        if (rng.chance(50))
            r.description += u"我已经保存了相关截图和账单记录。"_s;
    } else {
        r.title = u"%1 %2 at %3 (%4 %5)"_s.arg(r.providerName, s(st.nameEn), t.merchant,
                                               money(amount), s(p.currency));
        r.description = u"On %1 I paid %2 with %3 and %4. Transaction ID %5, amount %6 %7."_s.arg(
            date, t.merchant, r.providerName, t.what, t.ref, money(amount), s(p.currency));
        if (rng.chance(50))
            r.description += u" I kept screenshots and the statement."_s;
    }
    r.remedies = {r.family == u"security"_s ? u"unfreeze"_s : u"refund"_s, u"explanation"_s};
    if (rng.chance(30))
        r.remedyNote = zh ? u"希望尽快处理并书面说明原因"_s : u"Please reply in writing"_s;
    if (isClosedStatus(r.status)) {
        r.closedAt = now + 20 * kDay;
        r.outcome = r.status == u"resolved"_s ? u"resolved_fully"_s : u"not_resolved"_s;
    }
    return t;
}

QString letterBody(const CaseText& t, bool zh, const QString& provider)
{
    const CaseRecord& r = t.record;
    if (zh) {
        return u"尊敬的%1客服：\n\n我是贵平台用户，账户%2。%3\n\n此前我已通过客服热线联系过贵方"
               u"（客服%4，工号%5），对方承诺尽快处理，但至今没有结果。此事给我带来了经济损失和"
               u"很大的困扰。\n\n现请求贵方：核实上述交易，退还相关款项，并书面说明原因。请在"
               u"十五日内给予书面答复。\n\n附件：交易截图、银行短信、聊天记录。\n\n此致\n敬礼"_s
            .arg(provider, r.accountRef, r.description, t.agent, t.agentId);
    }
    return u"Dear %1 support,\n\nI hold the account %2. %3\n\nI already called your hotline "
           u"(agent %4, ID %5), who promised to look into it, but nothing has happened since. "
           u"This has cost me money and a great deal of time.\n\nPlease investigate the "
           u"transaction, return the amount, and explain in writing what went wrong. I expect "
           u"your final written response within 15 business days.\n\nEnclosed: screenshots, "
           u"statement, chat transcript.\n\nYours faithfully"_s
        .arg(provider, r.accountRef, r.description, t.agent, t.agentId);
}

Result<void> addCase(CaseStore& store, FakeClock& clock, Rng& rng, quint64 seed, qint64 index)
{
    CaseText t = makeCase(rng, seed, index, clock.nowMs());
    const bool zh = t.record.language == u"zh_CN"_s;
    auto id = store.createCase(t.record);
    if (!id)
        return std::move(id).error();
    clock.advance(60'000);

    TransactionRecord tx;
    tx.caseId = *id;
    tx.occurredAt = t.record.incidentAt;
    tx.counterparty = t.merchant;
    tx.amountMinor = t.record.amountMinor.value_or(0);
    tx.currency = t.record.currency;
    tx.reference = t.ref;
    tx.status = u"completed"_s;
    const int transactions = t.record.subtype == u"duplicate_charge"_s ? 2 : 1;
    for (int i = 0; i < transactions; ++i) {
        WC_TRY(store.addTransaction(tx));
        tx.occurredAt = *tx.occurredAt + 45'000;
    }

    const int evidenceCount = 1 + int(rng.below(2));
    for (int i = 0; i < evidenceCount; ++i) {
        Evidence e;
        e.caseId = *id;
        e.kind = u"screenshot"_s;
        e.title = s(zh ? rng.pick(kEvidenceZh) : rng.pick(kEvidenceEn));
        e.fileName = u"IMG_%1.png"_s.arg(rng.digits(8));
        e.mimeType = u"image/png"_s;
        e.capturedAt = clock.nowMs();
        WC_TRY(store.addEvidence(e, evidenceContent(rng, seed)));
    }
    clock.advance(3600'000);

    if (!u"draft ready"_s.contains(t.record.status)) {
        Contact c;
        c.caseId = *id;
        c.occurredAt = clock.nowMs();
        c.channel = s(rng.pick(kChannels));
        c.agentName = t.agent;
        c.agentId = t.agentId;
        c.reference = u"TK"_s + rng.digits(8);
        c.summary = zh ? u"客服表示已提交加急处理，会在%1个工作日内回复"_s.arg(3 + rng.below(5))
                       : u"Agent said the case was escalated, reply within %1 business days"_s.arg(
                             3 + rng.below(5));
        c.promise = zh ? u"尽快退款"_s : u"call back"_s;
        WC_TRY(store.addContact(c));
    }

    Reminder m;
    m.caseId = *id;
    m.dueAt = clock.nowMs() + (t.record.family == u"security"_s ? 2 : 7) * kDay;
    m.text = zh ? u"跟进投诉"_s : u"Follow up"_s;
    m.createdAt = clock.nowMs();
    if (isClosedStatus(t.record.status)) {
        m.state = u"done"_s;
        m.doneAt = m.dueAt;
    }
    // Open cases mostly have a follow-up date; some do not yet (they sort after the dated ones).
    if (m.state != u"pending"_s || rng.chance(85))
        WC_TRY(store.addReminder(m));

    // The letter last: it is the largest text, and every earlier change re-indexes the case.
    Letter l;
    l.caseId = *id;
    l.language = t.record.language;
    l.subject = zh ? u"投诉：%1（交易单号 %2）"_s.arg(t.record.title, t.ref)
                   : u"Complaint: %1 (ref %2)"_s.arg(t.record.title, t.ref);
    l.body = letterBody(t, zh, t.record.providerName);
    l.status = u"draft ready"_s.contains(t.record.status) ? u"draft"_s : u"sent"_s;
    WC_TRY(store.addLetter(l));
    return {};
}

} // namespace

Result<void> generateCaseFile(const QString& path, const GeneratorOptions& options)
{
    if (QFile::exists(path))
        return Error{ErrorCode::InvalidArgument, u"The output file already exists."_s, path};
    const qint64 step = options.cases > 0 ? kSpan / options.cases : kDay;
    FakeClock clock(kStart);
    CaseStore::OpenOptions open;
    open.createIfMissing = true;
    open.clock = &clock;
    auto store = CaseStore::open(path, open);
    if (!store)
        return std::move(store).error();
    Rng rng(options.seed);
    constexpr qint64 kChunk = 500;
    for (qint64 done = 0; done < options.cases;) {
        const qint64 end = std::min(options.cases, done + kChunk);
        auto chunk = (*store)->runBatch([&]() -> Result<void> {
            for (qint64 i = done; i < end; ++i) {
                clock.set(kStart + i * step);
                WC_TRY(addCase(**store, clock, rng, options.seed, i));
            }
            return {};
        });
        if (!chunk)
            return std::move(chunk).error();
        done = end;
        if (options.progress)
            options.progress(done);
    }
    return {};
}

Result<QByteArray> contentDigest(CaseStore& store)
{
    sqlite::Database& db = store.database();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         {"cases", "checklist_items", "transactions", "blobs", "evidence", "contacts", "letters",
          "reminders", "events", "case_fts", "case_fts_short"}) {
        const QString name = QString::fromLatin1(table);
        auto info = db.prepare(u"SELECT name FROM pragma_table_info(?1) ORDER BY cid"_s);
        if (!info)
            return std::move(info).error();
        info->bind(1, name);
        QStringList columns{u"quote(rowid)"_s};
        for (;;) {
            auto row = info->step();
            if (!row)
                return std::move(row).error();
            if (!*row)
                break;
            columns << u"quote(\"%1\")"_s.arg(info->text(0));
        }
        // quote() renders every type, blobs included, as unambiguous text.
        auto stmt = db.prepare(u"SELECT "_s + columns.join(u" || '|' || "_s) + u" FROM "_s + name
                               + u" ORDER BY rowid"_s);
        if (!stmt)
            return std::move(stmt).error();
        hash.addData(name.toUtf8());
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return std::move(row).error();
            if (!*row)
                break;
            hash.addData(stmt->blob(0));
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result();
}

} // namespace wc::bench
