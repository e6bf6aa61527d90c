// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The letter editor: tone findings appear while the user types, are underlined with the calm
// pattern in a tooltip, the words that describe the actual problem are left alone, and setting
// text is not an edit. The proposals themselves: LetterEditorProposalTest.cpp.
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/ToneHighlighter.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

class LetterEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        editor.resize(600, 400);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    }

    // Types like a user: into the body, at the end. Chinese arrives the way an input method
    // delivers it, as committed text; Latin text as key presses.
    void type(const QString& text)
    {
        QPlainTextEdit* body = editor.bodyEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(body, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(body, &commit);
    }

    bool hasFinding(const QString& category, const QString& text = {}) const
    {
        for (const core::ToneFinding& f : editor.findings()) {
            const bool textMatches = text.isEmpty() || f.text.contains(text, Qt::CaseInsensitive);
            if (f.category == category && textMatches)
                return true;
        }
        return false;
    }

    std::optional<core::ToneFinding> finding(const QString& category) const
    {
        for (const core::ToneFinding& f : editor.findings()) {
            if (f.category == category)
                return f;
        }
        return std::nullopt;
    }

    // The wavy underline the highlighter put over document positions [start, start + length).
    bool underlined(qsizetype start, qsizetype length) const
    {
        const QTextBlock block = editor.bodyEdit()->document()->findBlock(int(start));
        const qsizetype inBlock = start - block.position();
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline
                && range.start <= inBlock && range.start + range.length >= inBlock + length)
                return true;
        }
        return false;
    }

    QString summaryText() const
    {
        return editor.findChild<QLabel*>(u"toneSummaryLabel"_s)->text();
    }

    // The viewport point over a document position, as a mouse would be.
    QPoint pointAt(qsizetype position) const
    {
        QTextCursor cursor(editor.bodyEdit()->document());
        cursor.setPosition(int(position));
        const QRect rect = editor.bodyEdit()->cursorRect(cursor);
        return rect.center() + QPoint(3, 0);
    }

    LetterEditor editor;
};

TEST_F(LetterEditorTest, ChineseInsultTypedIsFoundUnderlinedAndSummarised)
{
    editor.setLanguage(u"zh_CN"_s);
    editor.setBody(u"我的账户被重复扣款。"_s);
    const QString calmSummary = summaryText();
    EXPECT_TRUE(editor.findings().isEmpty());
    EXPECT_EQ(editor.summary().level, core::ToneLevel::Calm);

    type(u"你们这些骗子"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasFinding(u"insult"_s, u"骗子"_s); }, kTimeoutMs));
    const core::ToneFinding f = *finding(u"insult"_s);
    EXPECT_EQ(editor.body().mid(f.start, f.length), f.text);
    EXPECT_FALSE(f.suggestion.isEmpty());
    EXPECT_TRUE(underlined(f.start, f.length));
    EXPECT_EQ(ToneHighlighter::colorFor(u"insult"_s), QColor(0xc6, 0x28, 0x28));
    EXPECT_NE(summaryText(), calmSummary);
    EXPECT_NE(editor.summary().level, core::ToneLevel::Calm);
    // The text before the finding carries no underline.
    EXPECT_FALSE(underlined(0, 2));
}

TEST_F(LetterEditorTest, EnglishShoutingAndInsultAreFoundWithTooltips)
{
    editor.setLanguage(u"en"_s);
    type(u"Please help. You IDIOTS!!!"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasFinding(u"insult"_s, u"idiots"_s); }, kTimeoutMs));
    EXPECT_TRUE(hasFinding(u"shouting"_s, u"!!!"_s)) << editor.findings().size();
    const core::ToneFinding insult = *finding(u"insult"_s);
    EXPECT_TRUE(underlined(insult.start, insult.length));

    const QString tip = LetterEditor::toolTipFor(insult);
    EXPECT_TRUE(tip.contains(core::ToneChecker::categoryName(u"insult"_s))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(insult.suggestion)) << tip.toStdString();

    // Nothing over calm words …
    QWidget* viewport = editor.bodyEdit()->viewport();
    QHelpEvent calm(QEvent::ToolTip, pointAt(2), viewport->mapToGlobal(pointAt(2)));
    QApplication::sendEvent(viewport, &calm);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QToolTip::isVisible(); }, kTimeoutMs));
    // … and the finding's text over the insult.
    const QPoint at = pointAt(insult.start + insult.length - 2);
    QHelpEvent hover(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &hover);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), tip);
}

TEST_F(LetterEditorTest, UnderlinesMoveWithTheTextUntilTheNextCheck)
{
    editor.setLanguage(u"zh_CN"_s);
    editor.setBody(u"你们这些骗子。"_s);
    const core::ToneFinding insult = *finding(u"insult"_s);
    ASSERT_TRUE(underlined(insult.start, insult.length));

    // An edit before the finding: no check has run yet (the event loop has not), but the
    // underline is already over the same words, not over the characters now in their place.
    QTextCursor cursor(editor.bodyEdit()->document());
    cursor.insertText(u"第一行\n"_s);
    const qsizetype moved = insult.start + 4;
    EXPECT_EQ(editor.body().mid(moved, insult.length), insult.text);
    EXPECT_TRUE(underlined(moved, insult.length));
    EXPECT_FALSE(underlined(insult.start, 1)) << "the old place is no longer underlined";

    // An edit inside the finding drops its underline until the text is checked again.
    cursor.setPosition(int(moved + 1));
    cursor.insertText(u"x"_s);
    EXPECT_FALSE(underlined(moved, 1));
    editor.checkNow();
    EXPECT_FALSE(hasFinding(u"insult"_s)) << "骗x子 is not an insult";
}

TEST_F(LetterEditorTest, WordsThatDescribeTheProblemAreNotFlagged)
{
    editor.setLanguage(u"zh_CN"_s);
    type(u"我的账户被盗刷，还出现了重复扣款。"_s);
    editor.checkNow();
    EXPECT_TRUE(editor.findings().isEmpty()) << editor.findings().value(0).text.toStdString();
    EXPECT_EQ(editor.summary().level, core::ToneLevel::Calm);

    editor.setLanguage(u"en"_s);
    editor.setBody({});
    type(u"There was an unauthorized transaction and a fraudulent transaction on my account."_s);
    editor.checkNow();
    EXPECT_TRUE(editor.findings().isEmpty()) << editor.findings().value(0).text.toStdString();
}

TEST_F(LetterEditorTest, SettingTextIsNotAnEditButTypingIs)
{
    editor.setLanguage(u"en"_s);
    QSignalSpy edited(&editor, &LetterEditor::edited);
    editor.setSubject(u"Complaint"_s);
    editor.setBody(u"You IDIOTS!!!"_s);
    EXPECT_EQ(edited.count(), 0);
    // Set text is checked at once, without waiting for a pause in typing.
    EXPECT_TRUE(hasFinding(u"insult"_s));

    type(u" x"_s);
    EXPECT_GE(edited.count(), 1);
    const int afterBody = int(edited.count());
    auto* subject = editor.findChild<QLineEdit*>(u"subjectLineEdit"_s);
    // A set subject shows its beginning (long ones are cut at the end, not the start).
    EXPECT_EQ(subject->cursorPosition(), 0);
    QTest::keyClick(subject, Qt::Key_End);
    QTest::keyClicks(subject, u"!"_s);
    EXPECT_GT(edited.count(), afterBody);
    EXPECT_EQ(editor.subject(), u"Complaint!"_s);
}

TEST_F(LetterEditorTest, SummaryFollowsTheText)
{
    editor.setLanguage(u"en"_s);
    editor.setBody({});
    const QString empty = summaryText();
    editor.setBody(u"I was charged twice on 3 May."_s);
    const QString calm = summaryText();
    EXPECT_NE(calm, empty);
    editor.setBody(u"You IDIOTS!!! You always lie, you are thieves and scammers!!!"_s);
    EXPECT_EQ(editor.summary().level, core::ToneLevel::Heated);
    EXPECT_NE(summaryText(), calm);
    EXPECT_TRUE(summaryText().contains(core::ToneChecker::categoryName(u"insult"_s)))
        << summaryText().toStdString();
}

} // namespace
