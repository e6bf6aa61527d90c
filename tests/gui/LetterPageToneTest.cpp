// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The wizard's letter step and the tone: Next asks whenever heated passages remain that the user
// has not chosen to keep, also after one of them was changed (it used to ask once per visit and
// only when the whole letter read "heated"), and "Review them" starts the proposals.
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/ToneProposalDialog.h"
#include "gui/wizard/LetterPage.h"
#include "gui/wizard/ProblemPage.h"
#include "gui/wizard/WizardSession.h"
#include "support/StoreTest.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTextCursor>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

// The context menu the letter shows, opened from the keyboard by `open`: whether it offered the
// proposal ("Suggest a calmer wording…") for the passage at the text cursor. The menu is read
// and closed from a timer, as it runs its own event loop.
bool keyboardMenuOffersProposal(const std::function<void()>& open)
{
    bool offered = false;
    bool shown = false;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        shown = menu != nullptr;
        if (!menu)
            return;
        auto* action = menu->findChild<QAction*>(u"reviewFindingAction"_s);
        offered = action && action->isEnabled() && !action->shortcut().isEmpty();
        menu->close();
    });
    open();
    QTest::qWait(50); // in case the menu did not open, the timer must still run
    return shown && offered;
}

class LetterPageToneTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        test::StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        auto taxonomy = core::Taxonomy::load();
        ASSERT_TRUE(taxonomy.ok()) << taxonomy.error().detail.toStdString();
        m_taxonomy = std::move(*taxonomy);
        auto providers = core::ProviderDirectory::load();
        ASSERT_TRUE(providers.ok()) << providers.error().detail.toStdString();
        m_providers = std::move(*providers);
        session = std::make_unique<WizardSession>(*store, *m_taxonomy, *m_providers, clock);
        session->draft().record.language = u"en"_s;
        ProblemPage problem(*session);
        problem.initializePage();
        auto* radio = problem.findChild<QRadioButton*>(u"subtype_duplicate_charge_RadioButton"_s);
        ASSERT_NE(radio, nullptr);
        radio->click();
        ASSERT_TRUE(problem.validatePage())
            << problem.findChild<MessageBar*>(u"messageBar"_s)->text().toStdString();
        page = std::make_unique<LetterPage>(*session);
        page->resize(800, 620);
        page->show();
        page->initializePage();
        editor = page->editor();
        editor->setLanguage(u"en"_s);
        MessageBox::takeAskedCount();
    }

    void TearDown() override
    {
        page.reset();
        session.reset();
        QLocale::setDefault(QLocale::c());
    }

    // Next, with `answer` queued for the tone question; whether the page let the user on, and
    // how many questions came. An answer no question used is drained, so it cannot answer a
    // later one by accident (and no real dialog ever blocks the test).
    std::pair<bool, int> next(LetterPage::Answer answer)
    {
        MessageBox::setNextChoice(answer);
        const bool went = page->validatePage();
        const int asked = MessageBox::takeAskedCount();
        if (asked == 0) {
            MessageBox::ask(nullptr, QMessageBox::NoIcon, {}, {}, {}, 0);
            MessageBox::takeAskedCount();
        }
        return {went, asked};
    }

    ToneProposalDialog* proposal() const
    {
        auto* d = editor->findChild<ToneProposalDialog*>(u"toneProposalDialog"_s);
        return d && d->isVisible() ? d : nullptr;
    }

    std::optional<core::Taxonomy> m_taxonomy;
    std::optional<core::ProviderDirectory> m_providers;
    std::unique_ptr<WizardSession> session;
    std::unique_ptr<LetterPage> page;
    LetterEditor* editor = nullptr;
};

TEST_F(LetterPageToneTest, ACalmLetterGoesOnWithoutAQuestion)
{
    editor->setBody(u"I was charged twice on 3 May. Please refund the second charge."_s);
    const auto [went, asked] = next(LetterPage::ReviewTone);
    EXPECT_TRUE(went);
    EXPECT_EQ(asked, 0);
}

TEST_F(LetterPageToneTest, ASingleInsultIsAskedAbout)
{
    // One insult alone used to read "a little heated" and pass without a word.
    editor->setBody(u"I was charged twice on 3 May. You people are useless."_s);
    const auto [went, asked] = next(LetterPage::ReviewTone);
    EXPECT_FALSE(went);
    EXPECT_EQ(asked, 1);
    ASSERT_NE(proposal(), nullptr) << "reviewing starts with the first passage";
    EXPECT_TRUE(proposal()->finding().text.contains(u"useless"_s));
    proposal()->reject();
}

TEST_F(LetterPageToneTest, NextAsksAgainWhileHeatedPassagesRemainAfterAChange)
{
    editor->setBody(u"I was charged twice. You people are useless. SCAM!!! I will sue you."_s);
    auto [went, asked] = next(LetterPage::ReviewTone);
    EXPECT_FALSE(went);
    EXPECT_EQ(asked, 1);
    // The user fixes one passage and stops reviewing; the threat and the shouting remain.
    ASSERT_NE(proposal(), nullptr);
    proposal()->findChild<QPushButton*>(u"removeSentenceButton"_s)->click();
    ASSERT_NE(proposal(), nullptr);
    proposal()->reject();
    EXPECT_EQ(editor->body(), u"I was charged twice. SCAM!!! I will sue you."_s);
    EXPECT_EQ(editor->summary().level, core::ToneLevel::Heated);

    std::tie(went, asked) = next(LetterPage::ContinueAnyway);
    EXPECT_EQ(asked, 1) << "heated passages remain that the user has not chosen to keep";
    EXPECT_TRUE(went);

    // Kept: Back and Next again does not ask about the same passages …
    std::tie(went, asked) = next(LetterPage::ReviewTone);
    EXPECT_EQ(asked, 0);
    EXPECT_TRUE(went);
    // … nor when one of them is gone …
    QTextCursor cursor(editor->bodyEdit()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor,
                        int(u" I will sue you."_s.size()));
    cursor.removeSelectedText();
    editor->checkNow();
    std::tie(went, asked) = next(LetterPage::ReviewTone);
    EXPECT_EQ(asked, 0);
    EXPECT_TRUE(went);
    // … but a new one is a new question.
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u" See you in court."_s);
    editor->checkNow();
    std::tie(went, asked) = next(LetterPage::ContinueAnyway);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(went);
}

TEST_F(LetterPageToneTest, EveryToneKeyWorksOnTheWizardsLetterPage)
{
    // Tone fixes were reachable only by right-click: the keys must work where the user types.
    page->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    editor->setBody(u"I was charged twice on 3 May. You people are useless."_s);
    QTextCursor cursor = editor->bodyEdit()->textCursor();
    cursor.setPosition(int(editor->body().indexOf(u"useless"_s)) + 2);
    const auto atPassage = [&] {
        editor->bodyEdit()->setTextCursor(cursor);
        editor->bodyEdit()->setFocus();
    };
    const auto opened = [this] {
        const bool open = proposal() != nullptr &&
                          proposal()->finding().text.contains(u"useless"_s);
        if (proposal())
            proposal()->reject();
        return open;
    };
    atPassage();
    QTest::keyClick(editor->bodyEdit(), Qt::Key_Period, Qt::ControlModifier);
    EXPECT_TRUE(opened()) << "Ctrl+.";
    atPassage();
    QTest::keyClick(editor->bodyEdit(), Qt::Key_Return, Qt::AltModifier);
    EXPECT_TRUE(opened()) << "Alt+Enter";
    atPassage();
    QTest::keyClick(editor->bodyEdit(), Qt::Key_F7);
    EXPECT_TRUE(opened()) << "F7 in the letter";
    editor->subjectEdit()->setFocus();
    QTest::keyClick(editor->subjectEdit(), Qt::Key_F7);
    EXPECT_TRUE(opened()) << "F7 in the subject line";
    // The context menu from the keyboard, at the text cursor: Shift+F10 and the menu key.
    atPassage();
    EXPECT_TRUE(keyboardMenuOffersProposal(
        [&] { QTest::keyClick(editor->bodyEdit(), Qt::Key_F10, Qt::ShiftModifier); }))
        << "Shift+F10";
    atPassage();
    EXPECT_TRUE(keyboardMenuOffersProposal([&] {
        // What the platform sends for the menu key: a context menu event for the focus widget,
        // with the mouse anywhere (here far from the passage).
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                editor->bodyEdit()->mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(editor->bodyEdit(), &event);
    })) << "menu key";
}

} // namespace
