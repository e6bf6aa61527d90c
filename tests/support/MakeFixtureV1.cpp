// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Writes tests/data/casefile-v1.wcase, the schema-version-1 fixture that later versions must
// keep opening (see tests/data/README.md). Usage: wc_make_fixture_v1 <output.wcase>
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

#define FIXTURE_TRY(expr)                                                                          \
    do {                                                                                           \
        if (const auto& fixtureResult_ = (expr); !fixtureResult_.ok()) {                         \
            std::fprintf(stderr, "%s: %s\n", #expr,                                                \
                         qPrintable(fixtureResult_.error().detail));                               \
            return 1;                                                                              \
        }                                                                                          \
    } while (false)

int write(CaseStore& store, FakeClock& clock)
{
    FIXTURE_TRY(store.saveProfile({u"张三"_s, u"13800000000"_s, u"zhangsan@example.com"_s,
                                   u"北京市海淀区"_s, 0}));

    CaseRecord charge;
    charge.title = u"支付宝重复扣款"_s;
    charge.family = u"transaction"_s;
    charge.subtype = u"duplicate_charge"_s;
    charge.providerKey = u"alipay"_s;
    charge.providerName = u"支付宝"_s;
    charge.incidentAt = 1'767'139'200'000; // 2025-12-31
    charge.amountMinor = 12'800;
    charge.currency = u"CNY"_s;
    charge.references = {u"2025123122001"_s};
    charge.description = u"同一笔订单被扣款两次，金额128元。"_s;
    charge.remedies = {u"refund"_s};
    auto chargeId = store.createCase(charge);
    FIXTURE_TRY(chargeId);
    clock.advance(60'000);
    Evidence sms;
    sms.caseId = *chargeId;
    sms.kind = u"screenshot"_s;
    sms.title = u"扣款短信截图"_s;
    sms.fileName = u"sms.png"_s;
    sms.mimeType = u"image/png"_s;
    FIXTURE_TRY(store.addEvidence(sms, QByteArray("\x89PNG\r\n\x1a\nfixture evidence one")));
    clock.advance(60'000);
    Contact hotline;
    hotline.caseId = *chargeId;
    hotline.occurredAt = clock.nowMs();
    hotline.channel = u"hotline"_s;
    hotline.agentName = u"王女士"_s;
    hotline.agentId = u"95188-0123"_s;
    hotline.summary = u"客服确认重复扣款，承诺3个工作日内退回"_s;
    hotline.promise = u"退款"_s;
    hotline.promisedBy = clock.nowMs() + 3 * 86'400'000LL;
    FIXTURE_TRY(store.addContact(hotline));
    clock.advance(60'000);
    auto saved = store.caseById(*chargeId);
    FIXTURE_TRY(saved);
    CaseRecord sent = *saved;
    sent.status = u"sent"_s;
    FIXTURE_TRY(store.updateCase(sent));

    clock.advance(3'600'000);
    CaseRecord frozen;
    frozen.title = u"微信支付账户被冻结"_s;
    frozen.family = u"security"_s;
    frozen.subtype = u"account_frozen"_s;
    frozen.providerKey = u"wechat_pay"_s;
    frozen.providerName = u"微信支付"_s;
    frozen.description = u"账户无故被冻结，无法提现。"_s;
    auto frozenId = store.createCase(frozen);
    FIXTURE_TRY(frozenId);
    clock.advance(60'000);
    Evidence chat;
    chat.caseId = *frozenId;
    chat.kind = u"chat_log"_s;
    chat.title = u"客服聊天记录"_s;
    chat.fileName = u"聊天记录.txt"_s;
    chat.mimeType = u"text/plain"_s;
    FIXTURE_TRY(store.addEvidence(chat, u"客服：您的账户存在风险，已临时冻结。"_s.toUtf8()));
    for (const QString& summary : {u"在线客服要求上传身份证"_s, u"邮件回复：正在审核"_s}) {
        clock.advance(60'000);
        Contact contact;
        contact.caseId = *frozenId;
        contact.occurredAt = clock.nowMs();
        contact.channel = u"in_app_chat"_s;
        contact.direction = summary.startsWith(u"邮件"_s) ? u"incoming"_s : u"outgoing"_s;
        contact.summary = summary;
        FIXTURE_TRY(store.addContact(contact));
    }
    clock.advance(60'000);
    Letter letter;
    letter.caseId = *frozenId;
    letter.subject = u"关于账户冻结的投诉"_s;
    letter.body = u"您好：\n我的微信支付账户于近日被冻结……"_s;
    FIXTURE_TRY(store.addLetter(letter));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <output.wcase>\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QFile::remove(out);
    // Pinned to version 1 whatever the current schema is: the fixture is the old file format.
    static const std::vector<schema::Migration> v1{schema::migrations().front()};
    FakeClock clock(1'767'225'600'000); // 2026-01-01T00:00:00Z
    CaseStore::OpenOptions options;
    options.createIfMissing = true;
    options.clock = &clock;
    options.migrations = &v1;
    auto store = CaseStore::open(out, options);
    FIXTURE_TRY(store);
    return write(**store, clock);
}
