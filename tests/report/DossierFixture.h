// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// A complete case built through the CaseStore API, and poppler/qpdf to read PDFs back.

#include "store/CaseStore.h"
#include "support/StoreTest.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace wc::test {

struct ToolOutput
{
    int code = -1;
    QString out;
};

// Runs a command-line tool (pdftotext, pdfinfo, pdffonts, pdfimages, qpdf) to completion.
inline ToolOutput runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

// The PDF's text with all white space removed, so text wrapped across lines still matches.
inline QString pdfText(const QString& pdf)
{
    QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

inline int pdfPages(const QString& pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// One line per image of `pdfimages -list`, without the two header lines.
inline QStringList pdfImages(const QString& pdf)
{
    QStringList lines =
        runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out.split(u'\n');
    lines.removeIf([](const QString& l) {
        return l.trimmed().isEmpty() || l.startsWith(QStringLiteral("page")) || l.startsWith(u'-');
    });
    return lines;
}

// A phone-screenshot-like PNG, different for each `seed`.
inline QByteArray screenshotPng(int seed, QSize size = QSize(540, 1200), bool alpha = false)
{
    QImage image(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? QColor(0, 0, 0, 0) : QColor(245, 245, 245));
    {
        QPainter p(&image);
        p.fillRect(0, 0, size.width(), size.height() / 12, QColor(22, 119, 255));
        p.fillRect(size.width() / 10, size.height() / 5 + seed * 7, size.width() * 2 / 3,
                   size.height() / 10, QColor(149, 236, 105));
        p.fillRect(size.width() / 5, size.height() / 2, size.width() / 2, size.height() / 8,
                   QColor(255, 255, 255, alpha ? 180 : 255));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

struct CaseParts
{
    qint64 caseId = 0;
    int imageEvidence = 0;
};

// A duplicate-charge case with everything a dossier shows: two screenshots, a text file,
// first steps (one ticked), a transaction, two contacts and a sent letter in `letterLanguage`.
inline CaseParts buildCase(core::CaseStore& store, core::FakeClock& clock,
                           const QString& letterLanguage = QStringLiteral("zh_CN"))
{
    using namespace Qt::Literals::StringLiterals;
    CaseParts parts;
    core::Profile profile{u"王小明 Wang Xiaoming"_s, u"13812345678"_s, u"wang@example.com"_s,
                          u"北京市朝阳区建国路 88 号"_s, 0};
    EXPECT_TRUE(store.saveProfile(profile).ok());

    core::CaseRecord r;
    r.title = u"支付宝重复扣款 人一日月金 Alipay duplicate charge"_s;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.status = u"awaiting_reply"_s;
    r.providerKey = u"alipay"_s;
    r.providerName = u"支付宝"_s;
    r.incidentAt = clock.nowMs() - 86'400'000LL * 10;
    r.amountMinor = 12'800;
    r.currency = u"CNY"_s;
    r.references = {u"2026011512345"_s};
    r.accountRef = u"13812345678"_s;
    r.description = u"2026年1月15日，我在超市付款 128.00 元，订单号 2026011512345 被扣款两次。"
                    u"人一日月金：金额相同，时间相差 3 秒。"_s;
    r.remedies = {u"refund"_s, u"explanation"_s};
    r.language = u"zh_CN"_s;
    auto id = store.createCase(r);
    EXPECT_TRUE(id.ok());
    parts.caseId = *id;

    clock.advance(60'000);
    core::ChecklistItem step;
    step.caseId = parts.caseId;
    step.itemKey = u"check_transaction_status"_s;
    step.label = u"查看交易状态"_s;
    step.position = 0;
    step.doneAt = clock.nowMs() - 3'600'000;
    step.note = u"账单显示两笔 128.00 元"_s;
    EXPECT_TRUE(store.addChecklistItem(step).ok());
    core::ChecklistItem open = step;
    open.itemKey = u"save_record_and_error"_s;
    open.label = u"保存交易记录"_s;
    open.position = 1;
    open.doneAt.reset();
    open.note.clear();
    EXPECT_TRUE(store.addChecklistItem(open).ok());

    clock.advance(60'000);
    core::TransactionRecord tx;
    tx.caseId = parts.caseId;
    tx.occurredAt = *r.incidentAt;
    tx.counterparty = u"华联超市 Hualian"_s;
    tx.amountMinor = 12'800;
    tx.currency = u"CNY"_s;
    tx.reference = u"2026011512345"_s;
    tx.status = u"重复扣款"_s;
    tx.source = u"manual"_s;
    EXPECT_TRUE(store.addTransaction(tx).ok());

    for (int i = 0; i < 2; ++i) {
        clock.advance(60'000);
        core::Evidence e;
        e.caseId = parts.caseId;
        e.kind = u"screenshot"_s;
        e.title = i == 0 ? u"扣款记录截图"_s : u"Chat with support"_s;
        e.note = i == 0 ? u"两笔 128.00 元，日月"_s : u"Agent 1024 promised a refund"_s;
        e.fileName = u"shot-%1.png"_s.arg(i + 1);
        e.mimeType = u"image/png"_s;
        e.capturedAt = *r.incidentAt + 3'600'000LL * (i + 1);
        EXPECT_TRUE(store.addEvidence(e, screenshotPng(i, QSize(540, 1200), i == 1)).ok());
        ++parts.imageEvidence;
    }
    clock.advance(60'000);
    core::Evidence text;
    text.caseId = parts.caseId;
    text.kind = u"chat_log"_s;
    text.title = u"聊天记录导出"_s;
    text.fileName = u"chat.txt"_s;
    text.mimeType = u"text/plain"_s;
    EXPECT_TRUE(store.addEvidence(text, "agent: we will refund within 3 days\n").ok());

    clock.advance(60'000);
    core::Contact c1;
    c1.caseId = parts.caseId;
    c1.occurredAt = *r.incidentAt + 86'400'000;
    c1.channel = u"hotline"_s;
    c1.direction = u"outgoing"_s;
    c1.agentName = u"李娜"_s;
    c1.agentId = u"A1024"_s;
    c1.reference = u"T-778899"_s;
    c1.summary = u"客服确认重复扣款，答应 3 个工作日内退款。"_s;
    c1.promise = u"退还 128.00 元"_s;
    c1.promisedBy = c1.occurredAt + 3 * 86'400'000LL;
    EXPECT_TRUE(store.addContact(c1).ok());
    core::Contact c2 = c1;
    c2.occurredAt += 5 * 86'400'000LL;
    c2.channel = u"in_app_chat"_s;
    c2.direction = u"incoming"_s;
    c2.agentName = u"Tom"_s;
    c2.agentId = u"B2048"_s;
    c2.reference = u"T-778900"_s;
    c2.summary = u"No refund yet; case escalated internally."_s;
    c2.promise.clear();
    c2.promisedBy.reset();
    EXPECT_TRUE(store.addContact(c2).ok());

    clock.advance(60'000);
    core::Letter l;
    l.caseId = parts.caseId;
    l.language = letterLanguage;
    if (letterLanguage == u"en"_s) {
        l.subject = u"Complaint: duplicate charge, reference 2026011512345"_s;
        l.body = u"Dear customer service team,\n\nOn 15 January 2026 I was charged 128.00 CNY "
                 u"twice for order 2026011512345.\nPlease refund the duplicate charge.\n\n"
                 u"Yours faithfully,\nWang Xiaoming"_s;
    } else {
        l.subject = u"投诉：重复扣款，订单号 2026011512345"_s;
        l.body = u"支付宝客服：\n\n您好！2026年1月15日，我的订单 2026011512345 被重复扣款 "
                 u"128.00 元。人一日月金。\n请退还重复扣除的款项。\n\n此致\n王小明"_s;
    }
    auto letterId = store.addLetter(l);
    EXPECT_TRUE(letterId.ok());
    clock.advance(60'000);
    l.id = *letterId;
    l.status = u"sent"_s;
    l.sentAt = clock.nowMs();
    l.channel = u"email"_s;
    l.reference = u"CS-20260116-01"_s;
    EXPECT_TRUE(store.updateLetter(l).ok());
    return parts;
}

} // namespace wc::test
