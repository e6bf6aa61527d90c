// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/DossierText.h"

#include "model/Money.h"

#include <QDateTime>
#include <QLocale>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

struct Words
{
    DossierText::Key key;
    const char* en;
    const char* zh;
};

// UTF-8 literals: the Chinese is document content, checked by the dossier tests.
constexpr Words kWords[] = {
    {DossierText::DossierTitle, "Complaint dossier", "投诉案卷"},
    {DossierText::LetterTitle, "Complaint letter", "投诉信"},
    {DossierText::Case, "Case", "案件"},
    {DossierText::Provider, "Provider", "服务商"},
    {DossierText::Problem, "Problem", "问题类型"},
    {DossierText::Status, "Status", "处理状态"},
    {DossierText::AmountInDispute, "Amount in dispute", "争议金额"},
    {DossierText::TransactionsTotal, "Disputed transactions, total", "争议交易合计"},
    {DossierText::RefundsReceived, "Refunds received", "已收到的退款"},
    {DossierText::IncidentDate, "Date of the incident", "事发时间"},
    {DossierText::FirstComplaint, "First complaint", "首次投诉"},
    {DossierText::LatestContact, "Latest contact", "最近一次联系"},
    {DossierText::CaseOpened, "Case opened", "建档时间"},
    {DossierText::Account, "Account", "账户"},
    {DossierText::References, "References", "相关单号"},
    {DossierText::Complainant, "Complainant", "投诉人"},
    {DossierText::Name, "Name", "姓名"},
    {DossierText::Phone, "Phone", "电话"},
    {DossierText::Email, "Email", "电子邮箱"},
    {DossierText::Address, "Address", "地址"},
    {DossierText::Remedies, "Remedies requested", "诉求"},
    {DossierText::RemedyNote, "About the remedies", "诉求说明"},
    {DossierText::Contents, "Contents", "目录"},
    {DossierText::LettersSection, "Letters sent", "已发送的投诉信"},
    {DossierText::FactsSection, "Facts and first steps", "事实与初步处理"},
    {DossierText::ChronologySection, "Chronology", "事件时间线"},
    {DossierText::TransactionsSection, "Disputed transactions", "争议交易"},
    {DossierText::ContactsSection, "Contact log", "联系记录"},
    {DossierText::EvidenceSection, "Evidence", "证据"},
    {DossierText::ManifestSection, "Evidence manifest", "证据清单"},
    {DossierText::LetterSentAt, "Sent", "发送时间"},
    {DossierText::LetterChannel, "Channel", "发送渠道"},
    {DossierText::LetterReference, "Reference", "受理编号"},
    {DossierText::LetterNotSent, "Not sent yet (draft)", "尚未发送（草稿）"},
    {DossierText::NoLetterSent, "No letter has been sent yet.", "尚未发送投诉信。"},
    {DossierText::WhatHappened, "What happened", "事情经过"},
    {DossierText::FirstSteps, "First steps", "初步处理清单"},
    {DossierText::Step, "Step", "步骤"},
    {DossierText::StepState, "Done", "是否完成"},
    {DossierText::StepDone, "Done", "已完成"},
    {DossierText::StepOpen, "Not yet", "未完成"},
    {DossierText::DoneAt, "Done at", "完成时间"},
    {DossierText::Note, "Note", "备注"},
    {DossierText::ChainIntact,
     "The hash chain of this event log verifies: all %1 entries are intact and in order.",
     "本事件记录的哈希链校验通过：全部 %1 条记录完整，顺序未被改动。"},
    {DossierText::ChainBroken,
     "The hash chain of this event log does NOT verify: it breaks at entry %1 of %2, so entries "
     "from there on may have been altered.",
     "本事件记录的哈希链校验未通过：链条在第 %1 条（共 %2 条）处断开，此后的记录可能被改动过。"},
    {DossierText::ChainEmpty, "The event log is empty.", "事件记录为空。"},
    {DossierText::Time, "Time", "时间"},
    {DossierText::Event, "Event", "事件"},
    {DossierText::Details, "Details", "详情"},
    {DossierText::Hash, "Hash (first 12)", "哈希（前 12 位）"},
    {DossierText::Date, "Date", "日期"},
    {DossierText::Counterparty, "Counterparty", "交易对方"},
    {DossierText::Amount, "Amount", "金额"},
    {DossierText::Reference, "Reference", "编号"},
    {DossierText::TransactionStatus, "Status", "状态"},
    {DossierText::NoneRecorded, "None recorded.", "无记录。"},
    {DossierText::Channel, "Channel", "渠道"},
    {DossierText::Agent, "Agent", "客服姓名"},
    {DossierText::AgentId, "Employee ID", "工号"},
    {DossierText::TicketReference, "Reference", "受理编号"},
    {DossierText::Summary, "Summary", "沟通内容"},
    {DossierText::Promise, "Promise", "对方承诺"},
    {DossierText::PromisedBy, "by %1", "期限：%1"},
    {DossierText::ContactOutcome, "Outcome: %1", "结果：%1"},
    {DossierText::Outgoing, "I contacted them", "我方联系"},
    {DossierText::Incoming, "They contacted me", "对方联系"},
    {DossierText::Captured, "Captured", "截取时间"},
    {DossierText::Added, "Added", "添加时间"},
    {DossierText::FileName, "File", "文件名"},
    {DossierText::Size, "Size", "大小"},
    {DossierText::Sha256, "SHA-256", "SHA-256"},
    {DossierText::Kind, "Type", "类型"},
    {DossierText::Title, "Title", "标题"},
    {DossierText::Number, "No.", "序号"},
    {DossierText::OtherEvidence, "Other evidence (files that are not images)",
     "其他证据（非图片文件）"},
    {DossierText::ImageUnreadable, "The image could not be shown: %1", "图片无法显示：%1"},
    {DossierText::PageXofY, "Page %1 of %2", "第 %1 页，共 %2 页"},
    {DossierText::ExportedAt, "Exported %1", "导出时间：%1"},
    {DossierText::GeneratedBy, "Prepared with WalletCase", "由 WalletCase 整理"},
    {DossierText::NotGiven, "not given", "未填写"},
    {DossierText::Bytes, "%1 bytes", "%1 字节"},
    {DossierText::KiB, "%1 kB", "%1 kB"},
    {DossierText::MiB, "%1 MB", "%1 MB"},
    {DossierText::TimesInZone, "All times in this dossier are %1 (%2).",
     "本案卷中的时间均为%1（%2）。"},
    {DossierText::TimesInUtc, "All times in this dossier are in UTC.",
     "本案卷中的时间均为协调世界时（UTC）。"},
    {DossierText::TimesInZoneDaylight,
     "All times in this dossier are in the time zone %1: %2 (%3), or %4 (%5) in summer.",
     "本案卷中的时间均为 %1 时区的时间：%2（%3），夏令时期间为%4（%5）。"},
    {DossierText::ZoneInHeader, "%1 (%2)", "%1（%2）"},
    {DossierText::Outcome, "Outcome", "结案结果"},
    {DossierText::OutcomeRecovered, "%1, %2 recovered", "%1，追回 %2"},
    {DossierText::ClosedOn, "Case closed", "结案时间"},
    {DossierText::AppendixSection, "Appendix: full edit log", "附录：完整修改记录"},
    {DossierText::EditLogIntro,
     "Every change made to this case in WalletCase, in the order it was recorded. Each entry "
     "carries the hash of the one before it, so a changed or removed entry shows.",
     "以下是在 WalletCase 中对本案件所做的每一项修改，按记录顺序排列。每条记录都包含前一条记录的哈希值，"
     "任何改动或删除都会被发现。"},
    {DossierText::StoryEmpty, "Nothing has been recorded about the dispute yet.",
     "尚未记录任何与争议有关的事件。"},
    {DossierText::StoryIncident, "The incident", "事发"},
    {DossierText::StoryPayment, "Payment %1", "付款 %1"},
    {DossierText::StoryMoneyBack, "Money received %1", "收到款项 %1"},
    {DossierText::StoryStepDone, "Done: %1", "已完成：%1"},
    {DossierText::StoryContactOut, "I contacted them: %1", "我方联系：%1"},
    {DossierText::StoryContactIn, "They contacted me: %1", "对方联系：%1"},
    {DossierText::StoryLetterSent, "%1 sent (%2)", "%1已发送（%2）"},
    {DossierText::StoryReplyDue, "Reply asked for by this date (%1 of %2)",
     "要求在此日期前答复（%2的%1）"},
    {DossierText::StoryPromiseDue, "Promise due: %1", "承诺到期：%1"},
    {DossierText::StoryDeadline, "Deadline: %1", "期限：%1"},
    {DossierText::DeadlineEstimated,
     "An estimated date: the case does not record the date this deadline counts from.",
     "估算的日期：本案没有记录此期限的起算日期。"},
    {DossierText::DeadlineSource, "Rule: %1", "依据：%1"},
    {DossierText::StoryClosed, "Case closed: %1", "结案：%1"},
    {DossierText::StateUpcoming, "not yet due", "尚未到期"},
    {DossierText::StateMet, "met", "已按期"},
    {DossierText::StateMissed, "missed", "已逾期"},
    {DossierText::StateAnsweredLate, "missed; answered on %1", "已逾期；%1 才答复"},
    {DossierText::AgentWithId, "%1, employee ID %2", "%1，工号 %2"},
    {DossierText::ReferenceLabel, "reference %1", "编号 %1"},
    {DossierText::PromisedLabel, "promised: %1", "承诺：%1"},
    {DossierText::OutcomeNote, "About the outcome", "结案说明"},
    {DossierText::AgentAndReference, "Agent, employee ID, reference", "客服、工号、受理编号"},
};

struct Named
{
    const char* key;
    const char* en;
    const char* zh;
};

constexpr Named kStatuses[] = {
    {"draft", "Draft", "草稿"},
    {"ready", "Ready to send", "待发送"},
    {"sent", "Sent", "已发送"},
    {"awaiting_reply", "Awaiting reply", "等待答复"},
    {"escalated", "Escalated", "已升级投诉"},
    {"resolved", "Resolved", "已解决"},
    {"closed_unresolved", "Closed, not resolved", "已结案，未解决"},
};

constexpr Named kRemedies[] = {
    {"refund", "Refund", "退款"},
    {"reversal", "Reverse the transaction", "撤销交易"},
    {"unfreeze", "Unfreeze the account", "解除账户冻结"},
    {"explanation", "A written explanation", "书面说明"},
    {"apology", "An apology", "道歉"},
    {"compensation", "Compensation", "赔偿"},
    {"other", "Other", "其他"},
};

constexpr Named kChannels[] = {
    {"hotline", "Phone", "电话"}, // as the app names the channel the user picked
    {"in_app_chat", "In-app chat", "App 内在线客服"},
    {"in_app", "In the app", "App 内"},
    {"email", "Email", "电子邮件"},
    {"web_form", "Web form", "网页表单"},
    {"social", "Social media", "社交媒体"},
    {"branch", "In person", "线下网点"},
    {"letter", "Letter", "书面信函"},
    {"post", "Post", "邮寄"},
    {"other", "Other", "其他"},
};

constexpr Named kEvidenceKinds[] = {
    {"screenshot", "Screenshot", "截图"}, {"file", "File", "文件"},
    {"chat_log", "Chat log", "聊天记录"}, {"email", "Email", "电子邮件"},
    {"statement", "Statement", "账单"},   {"other", "Other", "其他"},
};

constexpr Named kLetterKinds[] = {
    // The names the interface gives them (CaseText::letterKind and its translation).
    {"initial", "Complaint letter", "投诉信"},
    {"follow_up", "Follow-up letter", "跟进信"},
    {"escalation", "Escalation letter", "升级投诉信"},
    {"regulator", "Letter to a regulator", "致监管机构的投诉信"},
    {"public_post", "Public post", "公开发帖"},
};

constexpr Named kEventKinds[] = {
    {"case.created", "Case opened", "建立案件"},
    {"case.status", "Status changed", "状态变更"},
    {"case.updated", "Case details edited", "修改案件信息"},
    {"checklist.added", "First step added", "添加处理步骤"},
    {"checklist.ticked", "First step done", "完成处理步骤"},
    {"checklist.updated", "First step edited", "修改处理步骤"},
    {"checklist.removed", "First step removed", "删除处理步骤"},
    {"transaction.added", "Transaction recorded", "记录交易"},
    {"transaction.updated", "Transaction edited", "修改交易"},
    {"transaction.removed", "Transaction removed", "删除交易"},
    {"evidence.added", "Evidence added", "添加证据"},
    {"evidence.updated", "Evidence details edited", "修改证据说明"},
    {"evidence.removed", "Evidence removed", "删除证据"},
    {"contact.logged", "Contact logged", "记录联系"},
    {"contact.updated", "Contact edited", "修改联系记录"},
    {"contact.removed", "Contact removed", "删除联系记录"},
    {"letter.created", "Letter written", "撰写投诉信"},
    {"letter.updated", "Letter edited", "修改投诉信"},
    {"letter.sent", "Letter sent", "发送投诉信"},
    {"letter.removed", "Letter removed", "删除投诉信"},
    {"reminder.added", "Follow-up planned", "设置跟进提醒"},
    {"reminder.updated", "Follow-up changed", "修改跟进提醒"},
    {"reminder.done", "Follow-up done", "完成跟进"},
    {"reminder.snoozed", "Follow-up postponed", "推迟跟进"},
    {"reminder.removed", "Follow-up removed", "删除跟进提醒"},
};

// The case fields a "case.updated" entry names, in the timeline's words (EventText::fieldName).
constexpr Named kCaseFields[] = {
    {"title", "title", "标题"},
    {"family", "kind of problem", "问题类别"},
    {"subtype", "problem", "问题"},
    {"provider", "wallet or company", "钱包或公司"},
    {"incident_at", "when it happened", "发生时间"},
    {"amount", "amount", "金额"},
    {"references", "references", "相关单号"},
    {"account_ref", "account", "账户"},
    {"description", "what happened", "事情经过"},
    {"remedies", "remedy wanted", "诉求"},
    {"language", "letter language", "投诉信语言"},
    {"time_zone", "time zone", "时区"},
    {"wizard_step", "progress in the guide", "向导进度"},
    {"outcome", "outcome", "结果"},
};

constexpr Named kOutcomes[] = {
    {"resolved_fully", "Resolved fully", "完全解决"},
    {"resolved_partly", "Resolved partly", "部分解决"},
    {"not_resolved", "Not resolved", "未解决"},
};

template <std::size_t N> QString lookUp(const Named (&table)[N], const QString& key, bool chinese)
{
    for (const Named& entry : table) {
        if (key == QLatin1String(entry.key))
            return QString::fromUtf8(chinese ? entry.zh : entry.en);
    }
    return key;
}

const std::array<const Words*, DossierText::KeyCount>& index()
{
    static const auto table = [] {
        std::array<const Words*, DossierText::KeyCount> t{};
        for (const Words& w : kWords)
            t[std::size_t(w.key)] = &w;
        return t;
    }();
    return table;
}

QLocale localeFor(bool chinese)
{
    return chinese ? QLocale(QLocale::Chinese, QLocale::China)
                   : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

DossierText::DossierText(const QString& language) : m_chinese(language.startsWith(u"zh"_s)) {}

QString DossierText::operator()(Key key) const
{
    const Words* w = index().at(std::size_t(key));
    return w ? QString::fromUtf8(m_chinese ? w->zh : w->en) : QString();
}

QString DossierText::status(const QString& key) const
{
    return lookUp(kStatuses, key, m_chinese);
}

QString DossierText::remedy(const QString& key) const
{
    return lookUp(kRemedies, key, m_chinese);
}

QString DossierText::remedies(const QStringList& keys) const
{
    QStringList names;
    for (const QString& key : keys) {
        QString name = remedy(key);
        if (!m_chinese && !names.isEmpty() && !name.isEmpty())
            name[0] = name.at(0).toLower();
        names << name;
    }
    return m_chinese ? list(names) : QLocale(QLocale::English).createSeparatedList(names);
}

QString DossierText::channel(const QString& key) const
{
    return lookUp(kChannels, key, m_chinese);
}

QString DossierText::evidenceKind(const QString& key) const
{
    return lookUp(kEvidenceKinds, key, m_chinese);
}

QString DossierText::letterKind(const QString& key) const
{
    return lookUp(kLetterKinds, key, m_chinese);
}

QString DossierText::eventKind(const QString& key) const
{
    return lookUp(kEventKinds, key, m_chinese);
}

QString DossierText::caseField(const QString& key) const
{
    return lookUp(kCaseFields, key, m_chinese);
}

QString DossierText::outcome(const QString& key) const
{
    return lookUp(kOutcomes, key, m_chinese);
}

QString DossierText::dateTime(qint64 epochMs, const QTimeZone& zone) const
{
    // As the case's letters write it ("November 28, 2026, 3:14 AM" in a US case); the dossier
    // names the zone itself.
    if (m_conventions && m_conventions->zone() == zone)
        return m_conventions->dateAndTime(epochMs);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, zone);
    return m_chinese ? t.toString(u"yyyy年M月d日 HH:mm"_s)
                     : localeFor(false).toString(t, u"d MMM yyyy, HH:mm"_s);
}

QString DossierText::date(qint64 epochMs, const QTimeZone& zone) const
{
    if (m_conventions && m_conventions->zone() == zone)
        return m_conventions->date(epochMs);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, zone);
    return m_chinese ? t.toString(u"yyyy年M月d日"_s)
                     : localeFor(false).toString(t, u"d MMM yyyy"_s);
}

QString DossierText::optionalDateTime(std::optional<qint64> epochMs, const QTimeZone& zone) const
{
    return epochMs ? dateTime(*epochMs, zone) : (*this)(NotGiven);
}

QString DossierText::money(qint64 minor, const QString& currency) const
{
    if (m_conventions)
        return m_conventions->money(minor, currency);
    // Money::format gives the exact digits; only the whole part gets thousands separators.
    QString plain = core::Money::format(minor < 0 ? -minor : minor, currency);
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = dot < 0 ? plain : plain.left(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    plain = whole + (dot < 0 ? QString() : plain.mid(dot));
    if (minor < 0)
        plain.prepend(u'-');
    return currency.isEmpty() ? plain : plain + u' ' + currency;
}

QString DossierText::fileSize(qint64 bytes) const
{
    // SI units with one decimal, as every view writes sizes (CaseText::dataSize): the dossier
    // beside the window must not call the same file "1.4 KB" there and "1.5 kB" here.
    if (bytes < 1000)
        return (*this)(Bytes).arg(bytes);
    if (bytes < 1000 * 1000)
        return (*this)(KiB).arg(QString::number(double(bytes) / 1000.0, 'f', 1));
    return (*this)(MiB).arg(QString::number(double(bytes) / (1000.0 * 1000.0), 'f', 1));
}

QString DossierText::list(const QStringList& items) const
{
    return items.join(m_chinese ? u"、"_s : u", "_s);
}

} // namespace wc::report
