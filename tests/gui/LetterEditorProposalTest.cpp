// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Tone proposals in the letter editor, driven as a user would: the context menu, Ctrl+. and
// Alt+Enter on a passage, and "Review tone…" open a proposal with the flagged sentence, the calm
// pattern and an editable wording; applying, removing and keeping are single undoable edits;
// nothing from the pattern (X月X日, [date]) ever reaches the letter; kept passages stay kept
// until their sentence changes; and the summary follows what remains.
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/ToneProposalDialog.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

class LetterEditorProposalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        editor.resize(700, 420);
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    }

    void TearDown() override
    {
        if (editor.proposalDialog())
            editor.proposalDialog()->hide();
    }

    std::optional<core::ToneFinding> finding(const QString& text) const
    {
        for (const core::ToneFinding& f : editor.findings()) {
            if (f.text.contains(text, Qt::CaseInsensitive))
                return f;
        }
        return std::nullopt;
    }

    QPoint pointAt(qsizetype position) const
    {
        QTextCursor cursor(editor.bodyEdit()->document());
        cursor.setPosition(int(position));
        return editor.bodyEdit()->cursorRect(cursor).center() + QPoint(3, 0);
    }

    // Puts the text cursor inside the passage and presses the keys there.
    void pressOn(const QString& passage, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        const auto f = finding(passage);
        ASSERT_TRUE(f.has_value()) << passage.toStdString();
        QTextCursor cursor = editor.bodyEdit()->textCursor();
        cursor.setPosition(int(f->start + 1));
        editor.bodyEdit()->setTextCursor(cursor);
        editor.bodyEdit()->setFocus();
        QTest::keyClick(editor.bodyEdit(), key, modifiers);
    }

    ToneProposalDialog* dialog() const
    {
        ToneProposalDialog* d = editor.findChild<ToneProposalDialog*>(u"toneProposalDialog"_s);
        return d && d->isVisible() ? d : nullptr;
    }

    template <typename T> T* in(const QString& name) const
    {
        T* widget = dialog() ? dialog()->findChild<T*>(name) : nullptr;
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QString wording() const { return in<QPlainTextEdit>(u"proposalEdit"_s)->toPlainText(); }

    void click(const QString& button)
    {
        auto* b = in<QPushButton>(button);
        ASSERT_NE(b, nullptr);
        ASSERT_TRUE(b->isVisible()) << button.toStdString();
        ASSERT_TRUE(b->isEnabled()) << button.toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Replaces the wording the way a user does: select all, then type (Chinese arrives as an
    // input method's committed text).
    void retype(const QString& text)
    {
        auto* edit = in<QPlainTextEdit>(u"proposalEdit"_s);
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        edit->selectAll();
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }

    bool dottedUnderline(qsizetype start) const
    {
        const QTextBlock block = editor.bodyEdit()->document()->findBlock(int(start));
        const qsizetype inBlock = start - block.position();
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.start <= inBlock && range.start + range.length > inBlock)
                return range.format.underlineStyle() == QTextCharFormat::DotLine;
        }
        return false;
    }

    LetterEditor editor;
};

TEST_F(LetterEditorProposalTest, ContextMenuOpensTheProposalAndApplyingIsOneUndoableEdit)
{
    editor.setLanguage(u"en"_s);
    const QString original = u"Please refund me today!!!"_s;
    editor.setBody(original);
    const auto shout = finding(u"!!!"_s);
    ASSERT_TRUE(shout.has_value());
    QSignalSpy edited(&editor, &LetterEditor::edited);

    std::unique_ptr<QMenu> menu = editor.createContextMenu(pointAt(shout->start + 1));
    auto* hint = menu->findChild<QAction*>(u"findingHintAction"_s);
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->text().contains(core::ToneChecker::categoryName(u"shouting"_s)));
    auto* review = menu->findChild<QAction*>(u"reviewFindingAction"_s);
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(menu->findChild<QAction*>(u"replaceFindingAction"_s), nullptr)
        << "nothing is replaced straight from the menu any more";
    review->trigger();
    menu.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog() != nullptr; }, kTimeoutMs));
    EXPECT_EQ(wording(), u"Please refund me today."_s);
    EXPECT_TRUE(in<QLabel>(u"flaggedSentenceLabel"_s)->text().contains(u"!!!"_s));
    EXPECT_EQ(in<QLabel>(u"adviceLabel"_s)->text(), shout->suggestion);
    EXPECT_EQ(editor.body(), original) << "nothing changes before the user applies";

    click(u"applyProposalButton"_s);
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_EQ(editor.body(), u"Please refund me today."_s);
    EXPECT_GE(edited.count(), 1) << "applying is the user's edit";
    EXPECT_TRUE(editor.findings().isEmpty());
    editor.bodyEdit()->undo();
    EXPECT_EQ(editor.body(), original) << "one Ctrl+Z undoes the whole proposal";

    // Over calm words the menu is the plain edit menu.
    std::unique_ptr<QMenu> plain = editor.createContextMenu(pointAt(2));
    EXPECT_EQ(plain->findChild<QAction*>(u"reviewFindingAction"_s), nullptr);
    EXPECT_EQ(plain->findChild<QAction*>(u"findingHintAction"_s), nullptr);
}

TEST_F(LetterEditorProposalTest, AnAccusationIsReworded_NeverReplacedByThePattern)
{
    // The case from the issue: "你们这就是诈骗" must never become the pattern's "X月X日 …
    // 未经我授权".
    editor.setLanguage(u"zh_CN"_s);
    const QString original = u"3月3日同一笔订单被扣款两次。你们这就是诈骗！！！"_s;
    editor.setBody(original);
    pressOn(u"诈骗"_s, Qt::Key_Period, Qt::ControlModifier);
    ASSERT_NE(dialog(), nullptr);
    // The pattern is shown beside the sentence, blanks and all. Fixing only the marks would
    // leave the accusation ("你们这就是诈骗。"), so nothing is rewritten: the sentence states no
    // fact, and its removal is what is proposed.
    const QString advice = in<QLabel>(u"adviceLabel"_s)->text();
    EXPECT_TRUE(advice.contains(u"X月X日"_s)) << advice.toStdString();
    EXPECT_EQ(wording(), u"你们这就是诈骗！！！"_s);
    EXPECT_TRUE(in<QLabel>(u"flaggedSentenceLabel"_s)->text().contains(u"诈骗</span>"_s));
    EXPECT_TRUE(in<QPushButton>(u"removeSentenceButton"_s)->isVisible());
    EXPECT_TRUE(in<QPushButton>(u"removeSentenceButton"_s)->isDefault());

    // Copying the pattern's blanks is caught before anything reaches the letter.
    retype(u"X月X日被扣款。"_s);
    EXPECT_FALSE(in<QPushButton>(u"applyProposalButton"_s)->isEnabled());
    EXPECT_TRUE(in<QLabel>(u"proposalCheckLabel"_s)->text().contains(u"X月"_s));

    retype(u"请退还重复扣除的款项。"_s);
    EXPECT_TRUE(in<QLabel>(u"proposalCheckLabel"_s)->text().contains(u"Nothing"_s))
        << in<QLabel>(u"proposalCheckLabel"_s)->text().toStdString();
    click(u"applyProposalButton"_s);
    EXPECT_EQ(editor.body(), u"3月3日同一笔订单被扣款两次。请退还重复扣除的款项。"_s);
    EXPECT_FALSE(editor.body().contains(u"X"_s));
    EXPECT_TRUE(editor.findings().isEmpty());
    editor.bodyEdit()->undo();
    EXPECT_EQ(editor.body(), original);
}

TEST_F(LetterEditorProposalTest, AltEnterOffersToRemoveASentenceWithoutFacts)
{
    editor.setLanguage(u"en"_s);
    const QString original = u"I was charged twice on 3 May. I will sue you. Please refund me."_s;
    editor.setBody(original);
    pressOn(u"sue"_s, Qt::Key_Return, Qt::AltModifier);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(wording(), u"I will sue you."_s) << "no safe rewrite: the sentence to edit";
    click(u"removeSentenceButton"_s);
    EXPECT_EQ(editor.body(), u"I was charged twice on 3 May. Please refund me."_s);
    editor.bodyEdit()->undo();
    EXPECT_EQ(editor.body(), original);

    // A sentence with a fact is not offered for removal.
    editor.setBody(u"You people never answer my emails of 3 and 9 May."_s);
    pressOn(u"never"_s, Qt::Key_Period, Qt::ControlModifier);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_FALSE(in<QPushButton>(u"removeSentenceButton"_s)->isVisible());
    QTest::keyClick(dialog(), Qt::Key_Escape);
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_EQ(editor.body(), u"You people never answer my emails of 3 and 9 May."_s);
}

TEST_F(LetterEditorProposalTest, ReviewStepsThroughEveryPassageAndTheSummaryStaysHonest)
{
    editor.setLanguage(u"en"_s);
    editor.setBody(u"You people are useless. SCAM!!! I will sue you."_s);
    auto* review = editor.findChild<QPushButton*>(u"reviewTonePushButton"_s);
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(review->isEnabled());
    QTest::mouseClick(review, Qt::LeftButton);
    ASSERT_NE(dialog(), nullptr);

    // 1. The insult: the user keeps it.
    EXPECT_TRUE(in<QLabel>(u"proposalCategoryLabel"_s)->text().contains(u"useless"_s));
    EXPECT_TRUE(in<QLabel>(u"proposalProgressLabel"_s)->text().startsWith(u"1 of"_s));
    click(u"keepFindingButton"_s);
    // 2. The shouting: the proposal is mechanical and applied.
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(wording(), u"Scam."_s);
    click(u"applyProposalButton"_s);
    EXPECT_EQ(editor.body(), u"You people are useless. Scam. I will sue you."_s);
    // After one change, the threat that remains keeps the letter heated.
    EXPECT_EQ(editor.summary().level, core::ToneLevel::Heated);
    EXPECT_TRUE(editor.findChild<QLabel*>(u"toneSummaryLabel"_s)->text().contains(u"Heated"_s));
    // 3. The threat: removed.
    ASSERT_NE(dialog(), nullptr);
    EXPECT_TRUE(in<QLabel>(u"proposalCategoryLabel"_s)->text().contains(u"sue"_s));
    click(u"removeSentenceButton"_s);
    EXPECT_EQ(dialog(), nullptr) << "nothing left to review";
    EXPECT_EQ(editor.body(), u"You people are useless. Scam."_s);

    // The kept insult still counts: the letter is not "calm", but nobody asks about it again.
    EXPECT_NE(editor.summary().level, core::ToneLevel::Calm);
    EXPECT_TRUE(editor.openHeatedFindings().isEmpty());
    EXPECT_TRUE(dottedUnderline(finding(u"useless"_s)->start));
    EXPECT_FALSE(review->isEnabled());
    // Changing the kept sentence makes it a question again.
    QTextCursor cursor(editor.bodyEdit()->document());
    cursor.setPosition(int(finding(u"useless"_s)->start));
    cursor.insertText(u"so "_s);
    editor.checkNow();
    EXPECT_EQ(editor.openHeatedFindings().size(), 1);
    EXPECT_TRUE(review->isEnabled());
}

TEST_F(LetterEditorProposalTest, TheReviewCountsSentencesAndAdvancesByOne)
{
    // Five findings in three sentences. Counting findings showed "1 of 5", then "2 of 3" once
    // the first sentence (three findings) was dealt with at once.
    const QString progress = u"proposalProgressLabel"_s;
    editor.setLanguage(u"en"_s);
    editor.setBody(u"You are useless idiots!!! I will sue you. Your agents always say the same "
                   "thing."_s);
    ASSERT_EQ(editor.findings().size(), 5);
    editor.bodyEdit()->setFocus();
    QTest::keyClick(editor.bodyEdit(), Qt::Key_F7);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(in<QLabel>(progress)->text(), u"1 of 3"_s);
    // Nothing to keep in it: removing it is what is proposed, and what Return does.
    EXPECT_TRUE(in<QPushButton>(u"removeSentenceButton"_s)->isDefault());
    click(u"removeSentenceButton"_s);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(in<QLabel>(progress)->text(), u"2 of 3"_s);
    click(u"keepFindingButton"_s);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(in<QLabel>(progress)->text(), u"3 of 3"_s);
    EXPECT_TRUE(in<QPushButton>(u"applyProposalButton"_s)->isDefault());
    click(u"applyProposalButton"_s);
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_EQ(editor.body(), u"I will sue you. Your agents say the same thing."_s);

    // The same in Chinese, with a skip: the count still moves by one.
    editor.setLanguage(u"zh_CN"_s);
    editor.setBody(u"你们这帮骗子，一群废物！！！我要起诉你们。你们总是推卸责任。"_s);
    editor.bodyEdit()->setFocus();
    QTest::keyClick(editor.bodyEdit(), Qt::Key_F7);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(in<QLabel>(progress)->text(), u"1 of 3"_s);
    click(u"skipFindingButton"_s);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(in<QLabel>(progress)->text(), u"2 of 3"_s);
    click(u"removeSentenceButton"_s);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(in<QLabel>(progress)->text(), u"3 of 3"_s);
    EXPECT_EQ(wording(), u"你们推卸责任。"_s);
    click(u"applyProposalButton"_s);
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_EQ(editor.body(), u"你们这帮骗子，一群废物！！！你们推卸责任。"_s);
}

TEST_F(LetterEditorProposalTest, F7ReviewsAndSkipMovesOn)
{
    editor.setLanguage(u"zh_CN"_s);
    editor.setBody(u"你们总是推卸责任。请立即退款！！！"_s);
    editor.bodyEdit()->setFocus();
    QTest::keyClick(editor.bodyEdit(), Qt::Key_F7);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(wording(), u"你们推卸责任。"_s);
    click(u"skipFindingButton"_s);
    ASSERT_NE(dialog(), nullptr);
    EXPECT_EQ(wording(), u"请立即退款。"_s);
    click(u"applyProposalButton"_s);
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_EQ(editor.body(), u"你们总是推卸责任。请立即退款。"_s);
}

TEST_F(LetterEditorProposalTest, ReadOnlyLettersExplainButOfferNoProposal)
{
    editor.setLanguage(u"en"_s);
    editor.setBody(u"You IDIOTS!!!"_s);
    editor.setReadOnly(true);
    const auto insult = finding(u"IDIOTS"_s);
    ASSERT_TRUE(insult.has_value());
    std::unique_ptr<QMenu> menu = editor.createContextMenu(pointAt(insult->start + 1));
    EXPECT_NE(menu->findChild<QAction*>(u"findingHintAction"_s), nullptr);
    EXPECT_EQ(menu->findChild<QAction*>(u"reviewFindingAction"_s), nullptr);
    EXPECT_FALSE(editor.reviewFindingAt(insult->start));
    EXPECT_FALSE(editor.findChild<QPushButton*>(u"reviewTonePushButton"_s)->isEnabled());
    EXPECT_EQ(dialog(), nullptr);
}

TEST_F(LetterEditorProposalTest, AProposalForTextThatMovedIsNotApplied)
{
    editor.setLanguage(u"en"_s);
    editor.setBody(u"You IDIOTS!!!"_s);
    const auto proposal = editor.proposalFor(*finding(u"!!!"_s));
    ASSERT_TRUE(proposal.has_value());
    editor.setBody(u"xx"_s + editor.body());
    EXPECT_FALSE(editor.applyProposal(*proposal, u"Hello."_s));
    EXPECT_EQ(editor.body(), u"xxYou IDIOTS!!!"_s);
}

} // namespace
