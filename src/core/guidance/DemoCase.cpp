// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/DemoCase.h"

#include "guidance/CaseTimeZone.h"
#include "guidance/Taxonomy.h"
#include "letters/LetterDrafter.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

// The two demos are two different example cases, each written in its own language (an Alipay
// case in Chinese, a PayPal case in English), not one text translated: so their words live here
// as data rather than in tr(). Every person, shop, address and number in them is fictional.
struct DemoText
{
    QString language;
    QString title;
    QString providerKey;
    QString providerName;
    QString currency;
    qint64 amountMinor = 0;
    QString merchant;
    QStringList references; // the two charges' transaction IDs
    QString transactionStatus;
    QString account;
    QString description;
    QString remedyNote;
    QHash<QString, QString> checklistNotes; // by ChecklistItem::itemKey
    QString screenshotTitle;
    QString screenshotNote;
    QString screenshotFileName;
    QString chatTitle;
    QString chatNote;
    QString chatLog;
    Contact hotline;
    Contact chat;
    Profile signer;
    QString letterReference;
    QString followUpText;
};

DemoText chinese(const QDate& day)
{
    const QString date = day.toString(u"yyyyMMdd"_s);
    DemoText t;
    t.language = u"zh_CN"_s;
    t.title = u"示例：支付宝同一笔消费被扣款两次"_s;
    t.providerKey = u"alipay"_s;
    t.providerName = u"支付宝"_s;
    t.currency = u"CNY"_s;
    t.amountMinor = 12800;
    t.merchant = u"星河书店（示例）"_s;
    t.references = {date + u"2200145678120394857"_s, date + u"2200145678120395128"_s};
    t.transactionStatus = u"交易成功"_s;
    t.account = u"zhang.xiaoming@example.com"_s;
    t.description =
        u"我在星河书店（示例）用支付宝付款 128.00 元，只下了一笔订单，但账单里出现了两笔"
        "金额相同的扣款，时间相隔约三分钟（19:42 和 19:45），交易单号不同。商家确认只收到"
        "一笔订单。"_s;
    t.remedyNote = u"请把重复扣除的 128.00 元退回原支付账户"_s;
    t.checklistNotes = {{u"check_connection_balance"_s, u"网络正常，余额充足。"_s},
                        {u"check_transaction_status"_s, u"两笔都显示“交易成功”。"_s},
                        {u"save_record_and_error"_s, u"已截图账单页，两笔扣款都在上面。"_s}};
    t.screenshotTitle = u"账单截图：两笔相同的扣款"_s;
    t.screenshotNote = u"19:42 和 19:45 各扣 128.00 元，付款对象相同。"_s;
    t.screenshotFileName = u"alipay-bill.png"_s;
    t.chatTitle = u"App 内在线客服聊天记录"_s;
    t.chatNote = u"从支付宝 App 的客服聊天窗口复制。"_s;
    t.chatLog = u"21:30 我：你好，我在星河书店只买了一单，但被扣了两次 128.00 元，"
                "两个交易单号都在截图里。\n"
                "21:31 在线客服：您好，已收到您的截图。\n"
                "21:36 在线客服：已为您提交核实，结果会在 3 个工作日内通知您，请耐心等待。\n"
                "21:37 我：请问重复的钱什么时候能退回？\n"
                "21:38 在线客服：需要等核实结果，目前无法给出具体时间。\n"_s;
    t.hotline.channel = u"hotline"_s;
    t.hotline.agentName = u"陈静"_s;
    t.hotline.agentId = u"A10427"_s;
    t.hotline.summary = u"说明同一笔消费被扣了两次，报了两笔交易的单号"_s;
    t.hotline.promise = u"3 个工作日内核实并回电"_s;
    t.chat.channel = u"in_app_chat"_s;
    t.chat.agentName = u"在线客服"_s;
    t.chat.reference = u"KF"_s + date + u"0387"_s;
    t.chat.summary = u"在 App 内再次说明重复扣款，并上传了账单截图"_s;
    t.chat.outcome = u"已提交核实，但没有给出退款时间"_s;
    t.signer.name = u"张小明"_s;
    t.signer.email = u"zhang.xiaoming@example.com"_s;
    t.letterReference = u"TS"_s + date + u"5521"_s;
    t.followUpText = u"如果还没有收到支付宝的书面答复，打 95188 跟进，并报上投诉受理编号。"_s;
    return t;
}

DemoText english()
{
    DemoText t;
    t.language = u"en"_s;
    t.title = u"Example: PayPal charged twice for one order"_s;
    t.providerKey = u"paypal"_s;
    t.providerName = u"PayPal"_s;
    t.currency = u"USD"_s;
    t.amountMinor = 4999;
    t.merchant = u"Riverside Books (Example)"_s;
    t.references = {u"4RK51827XN3903412"_s, u"7BV29314LM6620518"_s};
    t.transactionStatus = u"Completed"_s;
    t.account = u"jordan.lee@example.com"_s;
    t.description = u"I paid Riverside Books (an example shop) $49.99 with PayPal for one order. "
                    "My PayPal activity shows two identical payments three minutes apart (7:42 PM "
                    "and 7:45 PM) with different transaction IDs. The shop confirmed that it "
                    "received only one order."_s;
    t.remedyNote = u"Please return the duplicate $49.99 to my PayPal balance"_s;
    t.checklistNotes = {
        {u"check_connection_balance"_s, u"Connection fine; enough balance."_s},
        {u"check_transaction_status"_s, u"Both payments show as Completed."_s},
        {u"save_record_and_error"_s, u"Saved a screenshot of the activity list."_s}};
    t.screenshotTitle = u"Activity screenshot: two identical payments"_s;
    t.screenshotNote = u"$49.99 at 7:42 PM and again at 7:45 PM, same shop."_s;
    t.screenshotFileName = u"paypal-activity.png"_s;
    t.chatTitle = u"In-app chat with PayPal support"_s;
    t.chatNote = u"Copied from the app's Message Center."_s;
    t.chatLog = u"9:30 PM Me: Hello, I placed one order at Riverside Books but was charged $49.99 "
                "twice. Both transaction IDs are in the screenshot I attached.\n"
                "9:31 PM Support: Thank you, I can see the screenshot.\n"
                "9:36 PM Support: I have sent this for review. You will hear from us within 3 "
                "business days.\n"
                "9:37 PM Me: When will the duplicate payment be returned?\n"
                "9:38 PM Support: I cannot give a date until the review is finished.\n"_s;
    t.hotline.channel = u"hotline"_s;
    t.hotline.agentName = u"Dana"_s;
    t.hotline.agentId = u"PP-58213"_s;
    t.hotline.summary = u"Explained that one purchase was charged twice and gave both "
                        "transaction IDs"_s;
    t.hotline.promise = u"The charges will be reviewed and I will get an email within 3 "
                        "business days"_s;
    t.chat.channel = u"in_app_chat"_s;
    t.chat.agentName = u"Support agent"_s;
    t.chat.reference = u"CHAT-7H3K9Q"_s;
    t.chat.summary = u"Asked again in the app and uploaded the screenshot of both payments"_s;
    t.chat.outcome = u"Sent for review; no date given for the refund"_s;
    t.signer.name = u"Jordan Lee"_s;
    t.signer.phone = u"+1 202-555-0143"_s; // 555-01xx: reserved for fiction
    t.signer.email = u"jordan.lee@example.com"_s;
    t.letterReference = u"PP-D-48213579"_s;
    t.followUpText = u"If PayPal has not replied in writing, follow up and quote the complaint "
                     "reference."_s;
    return t;
}

Error failed(const QString& detail)
{
    return Error{ErrorCode::Internal, DemoCase::tr("The example case could not be added."), detail};
}

} // namespace

QString DemoCase::screenshotPath(const QString& language)
{
    return language == u"zh_CN" ? u":/demo/demo-screenshot-zh_CN.png"_s
                                : u":/demo/demo-screenshot-en.png"_s;
}

Result<qint64> DemoCase::addTo(CaseStore& store, const QString& language, qint64 nowMs)
{
    const QString lang = language == u"zh_CN" ? u"zh_CN"_s : u"en"_s;
    // Recent dates in the case's zone (its provider's region, as every new case gets), so the
    // case reads as if it happened this week: the charges three days ago in the evening, the
    // calls the next day, the letter yesterday.
    CaseRecord zoned;
    zoned.providerKey = (lang == u"zh_CN" ? chinese(QDate()) : english()).providerKey;
    zoned.language = lang;
    const QTimeZone zone(CaseTimeZone::defaultZoneId(zoned));
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const auto at = [&](int daysAgo, int hour, int minute, int second = 0) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, minute, second), zone)
            .toMSecsSinceEpoch();
    };
    const DemoText text = lang == u"zh_CN" ? chinese(today.addDays(-3)) : english();

    auto taxonomy = Taxonomy::load();
    if (!taxonomy)
        return std::move(taxonomy).error();
    QFile screenshotFile(screenshotPath(lang));
    if (!screenshotFile.open(QIODevice::ReadOnly))
        return failed(
            u"cannot open %1: %2"_s.arg(screenshotFile.fileName(), screenshotFile.errorString()));
    const QByteArray screenshot = screenshotFile.readAll();

    CaseRecord record;
    record.title = text.title;
    record.family = QString(family::Transaction);
    record.subtype = u"duplicate_charge"_s;
    record.status = QString(status::AwaitingReply);
    record.providerKey = text.providerKey;
    record.providerName = text.providerName;
    record.incidentAt = at(3, 19, 42, 8);
    record.amountMinor = text.amountMinor;
    record.currency = text.currency;
    record.references = text.references;
    record.accountRef = text.account;
    record.description = text.description;
    record.remedies = {u"refund"_s, u"explanation"_s};
    record.remedyNote = text.remedyNote;
    record.language = lang;
    record.timeZone = QString::fromLatin1(zone.id());

    qint64 caseId = 0;
    auto written = store.runBatch([&]() -> Result<void> {
        auto id = store.createCase(record);
        if (!id)
            return std::move(id).error();
        caseId = *id;

        // The first steps the wizard would have shown for this problem, each ticked that evening.
        const QList<ChecklistStep> steps = taxonomy->checklist(record.family, record.subtype);
        const qint64 doneTimes[] = {at(3, 19, 50), at(3, 19, 53), at(3, 20, 10)};
        for (qsizetype i = 0; i < steps.size(); ++i) {
            ChecklistItem item;
            item.caseId = caseId;
            item.itemKey = steps.at(i).key;
            item.label = steps.at(i).label.text(lang);
            item.position = int(i);
            item.doneAt = doneTimes[std::min<qsizetype>(i, std::size(doneTimes) - 1)];
            item.note = text.checklistNotes.value(item.itemKey);
            auto added = store.addChecklistItem(item);
            if (!added)
                return std::move(added).error();
        }

        const qint64 chargedAt[] = {at(3, 19, 42, 8), at(3, 19, 45, 31)};
        for (qsizetype i = 0; i < text.references.size(); ++i) {
            TransactionRecord charge;
            charge.caseId = caseId;
            charge.occurredAt = chargedAt[i];
            charge.counterparty = text.merchant;
            charge.amountMinor = text.amountMinor;
            charge.currency = text.currency;
            charge.reference = text.references.at(i);
            charge.status = text.transactionStatus;
            charge.source = u"manual"_s;
            auto added = store.addTransaction(charge);
            if (!added)
                return std::move(added).error();
        }

        Evidence shot;
        shot.caseId = caseId;
        shot.kind = u"screenshot"_s;
        shot.title = text.screenshotTitle;
        shot.note = text.screenshotNote;
        shot.fileName = text.screenshotFileName;
        shot.mimeType = u"image/png"_s;
        shot.capturedAt = at(3, 20, 10);
        auto shotId = store.addEvidence(shot, screenshot);
        if (!shotId)
            return std::move(shotId).error();
        Evidence chatLog;
        chatLog.caseId = caseId;
        chatLog.kind = u"chat_log"_s;
        chatLog.title = text.chatTitle;
        chatLog.note = text.chatNote;
        chatLog.fileName = u"chat-log.txt"_s;
        chatLog.mimeType = u"text/plain"_s;
        chatLog.capturedAt = at(2, 21, 40);
        auto chatId = store.addEvidence(chatLog, text.chatLog.toUtf8());
        if (!chatId)
            return std::move(chatId).error();

        Contact hotline = text.hotline;
        hotline.caseId = caseId;
        hotline.occurredAt = at(2, 10, 15);
        hotline.direction = u"outgoing"_s;
        hotline.promisedBy = at(-1, 18, 0);
        Contact chat = text.chat;
        chat.caseId = caseId;
        chat.occurredAt = at(2, 21, 30);
        chat.direction = u"outgoing"_s;
        for (const Contact& contact : {hotline, chat}) {
            auto added = store.addContact(contact);
            if (!added)
                return std::move(added).error();
        }

        // The real template, filled from what is stored so far, so the demo shows exactly what
        // the wizard would have drafted.
        auto snapshot = store.snapshot(caseId);
        if (!snapshot)
            return std::move(snapshot).error();
        auto letter = LetterDrafter::draft(*snapshot, text.signer, lang, at(1, 9, 5), zone);
        if (!letter)
            return std::move(letter).error();
        letter->caseId = caseId;
        letter->status = u"sent"_s;
        letter->sentAt = at(1, 9, 20);
        letter->channel = u"email"_s;
        letter->reference = text.letterReference;
        auto letterId = store.addLetter(*letter);
        if (!letterId)
            return std::move(letterId).error();

        Reminder followUp;
        followUp.caseId = caseId;
        followUp.kind = u"follow_up"_s;
        followUp.dueAt = at(-6, 9, 0); // a week after the letter went out
        followUp.text = text.followUpText;
        followUp.createdAt = *letter->sentAt;
        auto reminderId = store.addReminder(followUp);
        if (!reminderId)
            return std::move(reminderId).error();
        return {};
    });
    if (!written)
        return std::move(written).error();
    return caseId;
}

} // namespace wc::core
