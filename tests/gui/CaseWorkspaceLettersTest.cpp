// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The Letters tab of the case workspace: new letters of every kind there is a template for,
// saving while typing without ever losing text, marking as sent, re-drafting (asking first),
// copy, email and delete; the deadlines that start when a letter is sent (to a regulator or the
// company) offered for reminders.
#include "CaseWorkspaceFixture.h"
#include "followup/FollowUpTime.h"

#include "gui/caseview/LetterSentDialog.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/LettersTab.h"
#include "gui/reminders/ClockOffersDialog.h"
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/ToneProposalDialog.h"
#include "gui/widgets/UrlOpener.h"
#include "guidance/CaseTimeZone.h"
#include "letters/LetterDrafter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class Letters : public test::CaseWorkspaceTest
{
protected:
    void SetUp() override
    {
        CaseWorkspaceTest::SetUp();
        caseId = plainCase(u"Charged ten times too much"_s);
        showActive();
        view->showCase(caseId);
        view->setCurrentTab(CaseView::Letters);
        tab = find<LettersTab>(u"lettersTab"_s);
        ASSERT_TRUE(tab);
    }
    void TearDown() override
    {
        UrlOpener::setHandlerForTesting({});
        CaseWorkspaceTest::TearDown();
    }

    // The action the "New letter" menu offers for `kind` (the first body for a regulator).
    QAction* newLetterAction(const QString& kind)
    {
        QMenu* menu = tab->newLetterMenu();
        emit menu->aboutToShow(); // the kinds are read when the menu opens
        if (auto* action = menu->findChild<QAction*>(u"newLetter_%1Action"_s.arg(kind)))
            return action;
        if (auto* sub = menu->findChild<QMenu*>(u"newLetter_%1_Menu"_s.arg(kind)))
            return sub->actions().value(0);
        return nullptr;
    }

    core::Letter storedLetter(qint64 id)
    {
        const auto letters = store->letters(caseId);
        EXPECT_TRUE(letters.ok());
        for (const core::Letter& l : letters.ok() ? *letters : QList<core::Letter>()) {
            if (l.id == id)
                return l;
        }
        return {};
    }

    qint64 newInitialLetter()
    {
        QAction* action = newLetterAction(u"initial"_s);
        EXPECT_TRUE(action);
        if (!action)
            return 0;
        action->trigger();
        return tab->currentLetterId();
    }

    QPlainTextEdit* body() { return find<QPlainTextEdit>(u"bodyPlainTextEdit"_s); }

    void setProvider(const QString& providerKey)
    {
        core::CaseRecord record = *store->caseById(caseId);
        record.providerKey = providerKey;
        ASSERT_TRUE(store->updateCase(record).ok());
    }

    // Marks the shown letter as sent by web form at `when`, to the body `sentTo` picks when
    // the form asks (regulator letters).
    void markShownLetterSent(const QDateTime& when, const QString& sentTo = {})
    {
        QTest::mouseClick(find<QPushButton>(u"markSentPushButton"_s), Qt::LeftButton);
        auto* form = openDialog<LetterSentDialog>();
        ASSERT_TRUE(form);
        auto* to = form->findChild<QComboBox*>(u"sentToComboBox"_s);
        ASSERT_TRUE(to);
        EXPECT_EQ(to->isVisibleTo(form), !sentTo.isEmpty());
        if (!sentTo.isEmpty()) {
            EXPECT_EQ(to->currentData().toString(), sentTo) << "the first body is preselected";
            EXPECT_EQ(form->sentTo(), sentTo);
        } else {
            EXPECT_EQ(form->sentTo(), u"company"_s);
        }
        auto* channel = form->findChild<QComboBox*>(u"sentChannelComboBox"_s);
        channel->setCurrentIndex(channel->findData(u"web_form"_s));
        // The form shows and reads the case zone's clock time.
        form->findChild<QDateTimeEdit*>(u"sentDateTimeEdit"_s)
            ->setDateTime(CaseText::wallClock(when.toMSecsSinceEpoch(), caseZone()));
        QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    }

    // A complaint to the CFPB about a Cash App (US only) case, sent two days ago.
    QDateTime sendToCfpb()
    {
        setProvider(u"cash_app"_s);
        QAction* action = newLetterAction(u"regulator"_s);
        EXPECT_TRUE(action);
        if (!action)
            return {};
        EXPECT_EQ(action->objectName(), u"newLetter_regulator_us_cfpb_Action"_s);
        action->trigger();
        const qint64 id = tab->currentLetterId();
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(clock.nowMs() - 2 * 24 * 3600 * 1000LL - 7 * MinuteMs)
                .toLocalTime();
        const QDateTime minute(when.date(), QTime(when.time().hour(), when.time().minute()));
        markShownLetterSent(minute, u"us_cfpb"_s);
        EXPECT_EQ(storedLetter(id).status, u"sent"_s);
        return minute;
    }

    QTimeZone caseZone() const
    {
        return core::CaseTimeZone::zoneFor(*store->caseById(caseId));
    }

    // When the reminder of the CFPB's 15 days is due for a complaint sent at `when`.
    qint64 cfpbRemindAt(const QDateTime& when)
    {
        auto table = core::ClockTable::load();
        EXPECT_TRUE(table.ok());
        if (!table)
            return 0;
        core::ClockContext context;
        context.regions = {u"US"_s};
        context.userRegion = u"US"_s;
        context.providerKey = u"cash_app"_s;
        context.family = u"transaction"_s;
        context.target = u"us_cfpb"_s;
        context.complaintSentAt = when.toMSecsSinceEpoch();
        for (const core::ClockOffer& offer : table->offers(context, clock.nowMs(), caseZone())) {
            if (offer.rule.key == u"cfpb_response")
                return offer.remindAt;
        }
        ADD_FAILURE() << "no CFPB clock";
        return 0;
    }

    qint64 caseId = 0;
    LettersTab* tab = nullptr;
};

TEST_F(Letters, NewLetterOffersEveryKindThereIsATemplateFor)
{
    EXPECT_TRUE(find<QLabel>(u"noLettersLabel"_s)->isVisible());
    const QStringList kinds = core::LetterDrafter::kinds();
    ASSERT_FALSE(kinds.isEmpty());
    int made = 0;
    for (const QString& kind : kinds) {
        QAction* action = newLetterAction(kind);
        ASSERT_TRUE(action) << kind.toStdString();
        action->trigger();
        ++made;
        auto letters = store->letters(caseId);
        ASSERT_TRUE(letters.ok());
        ASSERT_EQ(letters->size(), made) << kind.toStdString();
        const core::Letter& letter = letters->last();
        EXPECT_EQ(letter.kind, kind);
        EXPECT_EQ(letter.status, u"draft"_s);
        EXPECT_EQ(letter.language, u"en"_s) << "the case's letter language";
        EXPECT_FALSE(letter.body.trimmed().isEmpty()) << kind.toStdString();
        EXPECT_EQ(tab->currentLetterId(), letter.id) << "the new letter is shown";
        EXPECT_EQ(tab->editor()->body(), letter.body);
    }
    EXPECT_EQ(find<QListWidget>(u"lettersListWidget"_s)->count(), made);
    EXPECT_FALSE(find<QLabel>(u"noLettersLabel"_s)->isVisible());
    EXPECT_EQ(eventKinds(caseId).count(u"letter.created"_s), made);
}

TEST_F(Letters, TypingIsSavedWhenTheUserPausesOrLeaves)
{
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keyClicks(body(), u"Thank you."_s);
    EXPECT_FALSE(storedLetter(id).body.endsWith(u"Thank you."_s)) << "not on every keystroke";
    EXPECT_EQ(find<QLabel>(u"letterSaveLabel"_s)->text(), u"Not saved yet"_s);
    QTRY_VERIFY_WITH_TIMEOUT(storedLetter(id).body.endsWith(u"\nThank you."_s), 15000);
    auto* saved = find<QLabel>(u"letterSaveLabel"_s);
    EXPECT_EQ(saved->text(), u"All changes saved"_s);
    // A short state is never squeezed to wrap (Chinese broke "所有修改均已保/存" mid-word).
    EXPECT_GE(saved->minimumWidth(), saved->fontMetrics().horizontalAdvance(saved->text()));

    // Leaving the editor saves at once.
    auto* subject = find<QLineEdit>(u"subjectLineEdit"_s);
    subject->setFocus();
    subject->selectAll();
    QTest::keyClicks(subject, u"Overcharge on 30 September"_s);
    find<QListWidget>(u"lettersListWidget"_s)->setFocus();
    EXPECT_EQ(storedLetter(id).subject, u"Overcharge on 30 September"_s);
    EXPECT_TRUE(eventKinds(caseId).contains(u"letter.updated"_s));
    // The tone check runs on what is typed.
    QTest::keyClicks(body(), u" This is OUTRAGEOUS!!!"_s);
    tab->editor()->checkNow();
    EXPECT_FALSE(tab->editor()->findings().isEmpty());
}

TEST_F(Letters, TextThatCannotBeSavedIsNeverLost)
{
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    const qint64 other = plainCase(u"Another"_s);
    ASSERT_TRUE(store->database().exec(u"ALTER TABLE letters RENAME TO letters_away"_s).ok());
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keyClicks(body(), u"Keep this sentence."_s);
    EXPECT_FALSE(tab->saveNow());
    EXPECT_TRUE(find<MessageBar>(u"lettersMessageBar"_s)->isVisible());
    EXPECT_TRUE(tab->editor()->body().endsWith(u"Keep this sentence."_s));

    // Another case is shown meanwhile; the text waits in memory.
    view->showCase(other);
    ASSERT_TRUE(store->database().exec(u"ALTER TABLE letters_away RENAME TO letters"_s).ok());
    view->showCase(caseId);
    EXPECT_EQ(tab->currentLetterId(), id);
    EXPECT_TRUE(tab->editor()->body().endsWith(u"Keep this sentence."_s));
    QTRY_VERIFY_WITH_TIMEOUT(storedLetter(id).body.endsWith(u"Keep this sentence."_s), 15000);
}

// The walk: a letter drafted today and marked sent five days ago kept today's date line and a
// reply date counted from today. Still WalletCase's draft, it is dated again as of the day it
// went out; with the user's words in it, it is kept and the user is told to check the dates.
TEST_F(Letters, ALetterSentBeforeItsDateIsDatedAsSent)
{
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    const core::Letter drafted = storedLetter(id);
    ASSERT_TRUE(drafted.replyBy);
    const QDateTime sentAt =
        QDateTime::fromMSecsSinceEpoch(clock.nowMs(), caseZone()).addDays(-5);
    markShownLetterSent(sentAt);
    const core::Letter sent = storedLetter(id);
    EXPECT_EQ(sent.status, u"sent"_s);
    const QString sentDay = QLocale(QLocale::English, QLocale::UnitedStates)
                                .toString(sentAt.date(), u"MMMM d, yyyy"_s);
    EXPECT_TRUE(sent.body.contains(sentDay)) << sent.body.toStdString();
    ASSERT_TRUE(sent.replyBy);
    EXPECT_LT(*sent.replyBy, *drafted.replyBy) << "the reply date counts from the day it went out";
    EXPECT_TRUE(find<MessageBar>(u"lettersMessageBar"_s)->text().contains(u"now dated"_s))
        << find<MessageBar>(u"lettersMessageBar"_s)->text().toStdString();

    // With the user's own words: kept as written, and the user is told.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first form
    const qint64 second = newInitialLetter();
    ASSERT_GT(second, 0);
    body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(body(), u" I also enclose my statement."_s);
    markShownLetterSent(sentAt);
    const core::Letter kept = storedLetter(second);
    EXPECT_EQ(kept.status, u"sent"_s);
    EXPECT_TRUE(kept.body.endsWith(u" I also enclose my statement."_s));
    EXPECT_TRUE(find<MessageBar>(u"lettersMessageBar"_s)->text().contains(u"check them"_s))
        << find<MessageBar>(u"lettersMessageBar"_s)->text().toStdString();
}

TEST_F(Letters, ALetterIsMarkedAsSentWithChannelTimeAndReference)
{
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    core::CaseRecord ready = *store->caseById(caseId); // kept "ready to send" in the wizard
    ready.status = u"ready"_s;
    ASSERT_TRUE(store->updateCase(ready).ok());
    QTest::mouseClick(find<QPushButton>(u"markSentPushButton"_s), Qt::LeftButton);
    auto* form = openDialog<LetterSentDialog>();
    ASSERT_TRUE(form);
    auto* channel = form->findChild<QComboBox*>(u"sentChannelComboBox"_s);
    channel->setCurrentIndex(channel->findData(u"web_form"_s));
    // 10:30 typed means 10:30 in the case's zone, whatever the computer's zone is.
    const QDateTime when(QDate(2025, 10, 2), QTime(10, 30), caseZone());
    form->findChild<QDateTimeEdit*>(u"sentDateTimeEdit"_s)
        ->setDateTime(QDateTime(QDate(2025, 10, 2), QTime(10, 30), Qt::UTC));
    QTest::keyClicks(form->findChild<QLineEdit*>(u"sentReferenceLineEdit"_s), u"WEB-77"_s);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);

    const core::Letter sent = storedLetter(id);
    EXPECT_EQ(sent.status, u"sent"_s);
    EXPECT_EQ(sent.channel, u"web_form"_s);
    EXPECT_EQ(sent.reference, u"WEB-77"_s);
    EXPECT_EQ(sent.sentAt, when.toMSecsSinceEpoch());
    const QList<core::CaseEvent> events = *store->events(caseId);
    ASSERT_GE(events.size(), 2);
    EXPECT_EQ(events.at(events.size() - 2).kind, u"letter.sent"_s);
    // The case's story follows: sending it makes a ready case sent.
    EXPECT_EQ(events.last().kind, u"case.status"_s);
    EXPECT_EQ(store->caseById(caseId)->status, u"sent"_s);
    // A sent letter is the record of what went out.
    EXPECT_TRUE(tab->editor()->isReadOnly());
    EXPECT_EQ(find<QComboBox>(u"letterStatusComboBox"_s)->currentData().toString(), u"sent"_s);
    EXPECT_TRUE(
        find<QListWidget>(u"lettersListWidget"_s)->currentItem()->text().contains(u"sent"_s));
    EXPECT_TRUE(LettersTab::statusText(sent).contains(u"WEB-77"_s));
    // It no longer offers "Mark as sent": the button and the form say it was sent, and when.
    const QString button = find<QPushButton>(u"markSentPushButton"_s)->text();
    EXPECT_FALSE(button.contains(u"Mark as"_s)) << button.toStdString();
    EXPECT_TRUE(button.startsWith(u"Sent "_s)) << button.toStdString();
    EXPECT_TRUE(button.contains(u"2025"_s)) << button.toStdString();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the first form
    QTest::mouseClick(find<QPushButton>(u"markSentPushButton"_s), Qt::LeftButton);
    form = openDialog<LetterSentDialog>();
    ASSERT_TRUE(form);
    EXPECT_TRUE(form->windowTitle().startsWith(u"Letter sent "_s)) << form->windowTitle().toStdString();
    EXPECT_EQ(form->findChild<QPushButton*>(u"okPushButton"_s)->text(), u"Sa&ve"_s); // &Sent to: has S
    form->reject();

    // Back to a draft, after saying what is cleared.
    MessageBox::setNextChoice(LettersTab::KeepSent);
    pick(find<QComboBox>(u"letterStatusComboBox"_s), u"draft"_s);
    EXPECT_EQ(storedLetter(id).status, u"sent"_s);
    MessageBox::setNextChoice(LettersTab::ClearSent);
    pick(find<QComboBox>(u"letterStatusComboBox"_s), u"ready"_s);
    EXPECT_EQ(MessageBox::takeAskedCount(), 2);
    EXPECT_EQ(storedLetter(id).status, u"ready"_s);
    EXPECT_FALSE(storedLetter(id).sentAt.has_value());
    EXPECT_FALSE(tab->editor()->isReadOnly());
}

TEST_F(Letters, RedraftingAsksBeforeReplacingText)
{
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    const QString drafted = storedLetter(id).body;
    // Nothing changed since it was drafted: nothing to ask.
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);

    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keyClicks(body(), u"My own closing words."_s);
    MessageBox::setNextChoice(LettersTab::KeepText);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(tab->editor()->body().endsWith(u"My own closing words."_s));
    EXPECT_TRUE(storedLetter(id).body.endsWith(u"My own closing words."_s));

    MessageBox::setNextChoice(LettersTab::ReplaceText);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(storedLetter(id).body, drafted);
    EXPECT_EQ(tab->editor()->body(), drafted);

    // Another language is a re-draft too, and asked about the same way once the text is edited.
    QTest::keyClicks(body(), u" Thanks."_s);
    MessageBox::setNextChoice(LettersTab::KeepText);
    pick(find<QComboBox>(u"letterLanguageComboBox"_s), u"zh_CN"_s);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(storedLetter(id).language, u"en"_s);
    EXPECT_EQ(find<QComboBox>(u"letterLanguageComboBox"_s)->currentData().toString(), u"en"_s);
    MessageBox::setNextChoice(LettersTab::ReplaceText);
    pick(find<QComboBox>(u"letterLanguageComboBox"_s), u"zh_CN"_s);
    EXPECT_EQ(storedLetter(id).language, u"zh_CN"_s);
    EXPECT_TRUE(storedLetter(id).body.contains(u"您好"_s) ||
                storedLetter(id).body.contains(u"此致"_s))
        << storedLetter(id).body.toStdString();
    EXPECT_EQ(tab->editor()->language(), u"zh_CN"_s);
}

TEST_F(Letters, ChangedFactsAloneAreRedraftedWithoutAskingEditedTextIsAskedAbout)
{
    // The walk: the case's facts changed, the letter was never edited, and Re-draft warned that
    // "any changes you made to the text will be lost".
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    pick(find<QComboBox>(u"letterStatusComboBox"_s), u"ready"_s); // a status is no edit
    MessageBox::takeAskedCount();
    const auto changeFacts = [this](const QString& description) {
        core::CaseRecord record = *store->caseById(caseId);
        record.description = description;
        ASSERT_TRUE(store->updateCase(record).ok());
    };
    changeFacts(u"Charged 70.00 instead of 7.00 on the second try."_s);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    EXPECT_TRUE(storedLetter(id).body.contains(u"70.00 instead of 7.00"_s))
        << storedLetter(id).body.toStdString();
    EXPECT_TRUE(tab->editor()->body().contains(u"70.00 instead of 7.00"_s));
    EXPECT_EQ(storedLetter(id).status, u"ready"_s);
    auto* note = find<MessageBar>(u"lettersMessageBar"_s);
    ASSERT_TRUE(note);
    EXPECT_TRUE(note->isVisible());

    // Edited by the user, then the facts change: the question says what is replaced.
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(body(), u" My own words."_s);
    changeFacts(u"Charged 80.00 instead of 8.00."_s);
    MessageBox::setNextChoice(LettersTab::KeepText);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"subject line and its whole body"_s))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(u"in English"_s))
        << MessageBox::lastText().toStdString();
    EXPECT_FALSE(MessageBox::lastText().contains(u"will be lost"_s));
    EXPECT_TRUE(storedLetter(id).body.endsWith(u"My own words."_s));

    // The edit is remembered by the case file, not by this window: shown again later, the
    // letter still asks.
    view->showCase(0);
    view->showCase(caseId);
    view->setCurrentTab(CaseView::Letters);
    tab->selectLetter(id);
    MessageBox::setNextChoice(LettersTab::ReplaceText);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(storedLetter(id).body.contains(u"80.00 instead of 8.00"_s));
    EXPECT_FALSE(storedLetter(id).body.contains(u"My own words."_s));
    // Drafted again, it is WalletCase's text once more: the next change of facts asks nothing.
    changeFacts(u"Charged 90.00 instead of 9.00."_s);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    EXPECT_TRUE(storedLetter(id).body.contains(u"90.00 instead of 9.00"_s));

    // A letter whose log does not show it as drafted (the wizard's, which may hold the user's
    // edits) is asked about: better one question too many than the user's words lost.
    core::Letter fromWizard = storedLetter(id);
    fromWizard.id = 0;
    fromWizard.status = u"draft"_s;
    const auto added = store->addLetter(fromWizard);
    ASSERT_TRUE(added.ok());
    view->showCase(0);
    view->showCase(caseId);
    view->setCurrentTab(CaseView::Letters);
    tab->selectLetter(*added);
    changeFacts(u"Charged 50.00 instead of 5.00."_s);
    MessageBox::setNextChoice(LettersTab::KeepText);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
}

TEST_F(Letters, ToneKeysWorkInTheLettersTab)
{
    // Ctrl+., Alt+Enter, F7 and the keyboard's context menu in the case view, where window
    // shortcuts live, not only in a bare editor.
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    QTextCursor end(body()->document());
    end.movePosition(QTextCursor::End);
    end.insertText(u"\nYou people are useless."_s);
    tab->editor()->checkNow();
    const qsizetype at = tab->editor()->body().indexOf(u"useless"_s) + 2;
    const auto atPassage = [&] {
        QTextCursor cursor = body()->textCursor();
        cursor.setPosition(int(at));
        body()->setTextCursor(cursor);
        body()->setFocus();
    };
    const auto opened = [this] {
        auto* dialog = tab->findChild<ToneProposalDialog*>(u"toneProposalDialog"_s);
        const bool open = dialog && dialog->isVisible() &&
                          dialog->finding().text.contains(u"useless"_s);
        if (dialog && dialog->isVisible())
            dialog->reject();
        return open;
    };
    atPassage();
    QTest::keyClick(body(), Qt::Key_Period, Qt::ControlModifier);
    EXPECT_TRUE(opened()) << "Ctrl+.";
    atPassage();
    QTest::keyClick(body(), Qt::Key_Enter, Qt::AltModifier);
    EXPECT_TRUE(opened()) << "Alt+Enter";
    atPassage();
    QTest::keyClick(body(), Qt::Key_F7);
    EXPECT_TRUE(opened()) << "F7";
    atPassage();
    bool offered = false;
    QTimer::singleShot(0, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        auto* action = menu ? menu->findChild<QAction*>(u"reviewFindingAction"_s) : nullptr;
        offered = action && action->isEnabled();
        if (action)
            action->trigger(); // the keyboard user picks it with Return or its mnemonic
        if (menu)
            menu->close();
    });
    QTest::keyClick(body(), Qt::Key_F10, Qt::ShiftModifier);
    EXPECT_TRUE(offered) << "Shift+F10 opens the menu with the proposal";
    QTest::qWait(20); // the menu's action opens the proposal once the menu has closed
    EXPECT_TRUE(opened()) << "the menu's “Suggest a calmer wording…”";
}

TEST_F(Letters, TheAccountIsWrittenInFullToTheCompanyAndMaskedOnRequest)
{
    core::CaseRecord record = *store->caseById(caseId);
    record.accountRef = u"13812345678"_s;
    ASSERT_TRUE(store->updateCase(record).ok());
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    auto* full = find<QCheckBox>(u"fullAccountCheckBox"_s);
    ASSERT_TRUE(full->isChecked());
    ASSERT_TRUE(full->isEnabled());
    // The company must be able to find the account.
    EXPECT_TRUE(storedLetter(id).body.contains(u"13812345678"_s)) << storedLetter(id).body.toStdString();

    QTest::mouseClick(full, Qt::LeftButton);
    EXPECT_FALSE(full->isChecked());
    EXPECT_FALSE(storedLetter(id).body.contains(u"13812345678"_s));
    EXPECT_TRUE(storedLetter(id).body.contains(u"138****5678"_s)) << storedLetter(id).body.toStdString();

    // Keeping edited text keeps the choice that describes it.
    body()->setFocus();
    body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(body(), u" Thanks."_s);
    MessageBox::setNextChoice(LettersTab::KeepText);
    QTest::mouseClick(full, Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_FALSE(full->isChecked());
    EXPECT_TRUE(tab->editor()->body().contains(u"138****5678"_s));
}

TEST_F(Letters, CopyEmailAndDelete)
{
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    const core::Letter letter = storedLetter(id);
    QTest::mouseClick(find<QPushButton>(u"copyLetterPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), letter.subject + u"\n\n"_s + letter.body);

    QUrl opened;
    UrlOpener::setHandlerForTesting([&](const QUrl& url) {
        opened = url;
        return true;
    });
    QTest::mouseClick(find<QPushButton>(u"mailtoPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(opened.scheme(), u"mailto"_s);
    EXPECT_EQ(QUrlQuery(opened).queryItemValue(u"subject"_s, QUrl::FullyDecoded), letter.subject);
    UrlOpener::setHandlerForTesting([](const QUrl&) { return false; });
    QTest::mouseClick(find<QPushButton>(u"mailtoPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(find<MessageBar>(u"lettersMessageBar"_s)->text(), UrlOpener::mailFailureMessage());

    MessageBox::setNextChoice(LettersTab::KeepLetter);
    QTest::mouseClick(find<QPushButton>(u"deleteLetterPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(store->letters(caseId)->size(), 1);
    MessageBox::setNextChoice(LettersTab::DeleteLetter);
    QTest::mouseClick(find<QPushButton>(u"deleteLetterPushButton"_s), Qt::LeftButton);
    EXPECT_TRUE(store->letters(caseId)->isEmpty());
    EXPECT_TRUE(eventKinds(caseId).contains(u"letter.removed"_s));
    EXPECT_TRUE(find<QLabel>(u"noLettersLabel"_s)->isVisible());
}

TEST_F(Letters, TheDemoLetterShowsHowItWasSent)
{
    const qint64 demo = demoCase();
    view->showCase(demo);
    const core::Letter letter = store->letters(demo)->first();
    EXPECT_EQ(tab->currentLetterId(), letter.id);
    EXPECT_EQ(tab->editor()->body(), letter.body);
    EXPECT_TRUE(tab->editor()->isReadOnly());
    const QString status =
        LettersTab::statusText(letter, core::CaseTimeZone::zoneFor(*store->caseById(demo)));
    EXPECT_TRUE(status.contains(u"email"_s) && status.contains(letter.reference))
        << status.toStdString();
    EXPECT_EQ(find<QPushButton>(u"markSentPushButton"_s)->toolTip(), status);
    // Beside the letter's name, the reference (PP-D-48213579) is never broken after a hyphen.
    ASSERT_TRUE(letter.reference.contains(u'-'));
    const QString footer = find<QLabel>(u"letterSaveLabel"_s)->text();
    EXPECT_EQ(QString(footer).remove(QChar(0x2060)), status);
    EXPECT_FALSE(footer.contains(QRegularExpression(u"-(?!\u2060)\\S"_s))) << footer.toStdString();

}

TEST_F(Letters, SendingToTheCfpbOffersItsDeadlineAsAReminder)
{
    int changes = 0;
    QObject::connect(tab, &LettersTab::changed, tab, [&changes] { ++changes; });
    const QDateTime when = sendToCfpb();
    ASSERT_TRUE(when.isValid());
    auto* offers = openDialog<ClockOffersDialog>();
    ASSERT_TRUE(offers) << "the deadlines that start with the CFPB complaint are offered";
    EXPECT_EQ(offers->objectName(), u"clockOffersDialog"_s);
    EXPECT_EQ(offers->windowModality(), Qt::WindowModal);
    auto* response = offers->findChild<QCheckBox*>(u"clockCheckBox_cfpb_response"_s);
    auto* closed = offers->findChild<QCheckBox*>(u"clockCheckBox_cfpb_closed"_s);
    ASSERT_TRUE(response && closed);
    EXPECT_TRUE(response->isChecked()) << "recommended, and the user is in the US";
    EXPECT_FALSE(closed->isChecked());
    EXPECT_TRUE(response->text().contains(u"15 days"_s)) << response->text().toStdString();
    EXPECT_FALSE(offers->findChild<QCheckBox*>(u"clockCheckBox_us_rege_investigation"_s))
        << "Regulation E's investigation counts from the complaint to the company";
    EXPECT_FALSE(offers->findChild<QCheckBox*>(u"clockCheckBox_follow_up_week"_s));
    bool sourceShown = false;
    for (QLabel* l : offers->findChildren<QLabel*>(u"clockSourceLabel"_s))
        sourceShown |= l->text().contains(u"consumerfinance.gov"_s);
    EXPECT_TRUE(sourceShown);
    // Readable at 1366×768 (the walk found it cramped): within the screen, nothing scrolling
    // sideways, and each deadline's text wrapped within the list rather than cut off.
    QCoreApplication::processEvents();
    EXPECT_LE(offers->width(), 1366 - 40);
    EXPECT_LE(offers->height(), 768 - 80);
    EXPECT_GE(offers->width(), 600);
    auto* offersScroll = offers->findChild<QScrollArea*>(u"clockOffersScrollArea"_s);
    ASSERT_TRUE(offersScroll);
    EXPECT_FALSE(offersScroll->horizontalScrollBar()->isVisible());
    for (QCheckBox* box : offers->findChildren<QCheckBox*>()) {
        EXPECT_LE(box->width(), offersScroll->viewport()->width()) << box->text().toStdString();
        EXPECT_GE(box->height(), box->heightForWidth(box->width())) << box->text().toStdString();
        // ...and no taller: a one-line deadline stood in three lines of gap (the walk).
        EXPECT_LE(box->height(), box->heightForWidth(box->width()) + 2) << box->text().toStdString();
    }
    // Nor the window much taller than the deadlines: it stood 300 px blank under three.
    const auto* buttons = offers->findChild<QDialogButtonBox*>();
    ASSERT_TRUE(buttons);
    const QList<QLabel*> sources = offers->findChildren<QLabel*>(u"clockSourceLabel"_s);
    ASSERT_FALSE(sources.isEmpty());
    const int lastSource = sources.last()->mapTo(offers, QPoint(0, sources.last()->height())).y();
    EXPECT_LT(buttons->mapTo(offers, QPoint()).y() - lastSource, 120);
    const QStringList ticked = [offers] {
        QStringList keys;
        for (const core::ClockOffer& o : offers->tickedOffers())
            keys << o.rule.key;
        return keys;
    }();
    const int changesBefore = changes;
    QTest::mouseClick(offers->findChild<QPushButton*>(u"clockOffersOkButton"_s), Qt::LeftButton);
    EXPECT_FALSE(offers->isVisible());
    EXPECT_GT(changes, changesBefore) << "the case view shows the new reminders";

    const auto reminders = store->reminders(caseId);
    ASSERT_TRUE(reminders.ok());
    EXPECT_EQ(reminders->size(), ticked.size()) << ticked.join(u' ').toStdString();
    const qint64 due = cfpbRemindAt(when);
    int cfpb = 0;
    for (const core::Reminder& r : *reminders) {
        if (r.kind == u"reply_deadline" && r.dueAt == due) {
            ++cfpb;
            EXPECT_EQ(r.state, u"pending"_s);
            EXPECT_TRUE(r.text.contains(u"CFPB"_s)) << r.text.toStdString();
        }
    }
    EXPECT_EQ(cfpb, 1);
    EXPECT_GT(due, when.toMSecsSinceEpoch() + 14 * 24 * 3600 * 1000LL);
}

TEST_F(Letters, CancellingTheDeadlinesAddsNoReminder)
{
    ASSERT_TRUE(sendToCfpb().isValid());
    auto* offers = openDialog<ClockOffersDialog>();
    ASSERT_TRUE(offers);
    ASSERT_TRUE(offers->findChild<QCheckBox*>(u"clockCheckBox_cfpb_response"_s));
    QTest::mouseClick(offers->findChild<QPushButton*>(u"clockOffersCancelButton"_s),
                      Qt::LeftButton);
    EXPECT_FALSE(offers->isVisible());
    const auto reminders = store->reminders(caseId);
    ASSERT_TRUE(reminders.ok());
    EXPECT_TRUE(reminders->isEmpty());
    EXPECT_EQ(storedLetter(tab->currentLetterId()).status, u"sent"_s) << "still sent";
}

TEST_F(Letters, MarkingALetterSentOffersTheReplyDateItSetsAndTheCompanysDeadline)
{
    setProvider(u"alipay"_s); // a Chinese payment company, paid from its balance
    const qint64 id = newInitialLetter();
    ASSERT_GT(id, 0);
    const core::Letter drafted = storedLetter(id);
    const std::optional<QDate> replyBy = core::ClockTable::requestedReplyDate(drafted);
    ASSERT_TRUE(replyBy.has_value()) << drafted.body.toStdString();
    markShownLetterSent(QDateTime::fromMSecsSinceEpoch(clock.nowMs() - 3600 * 1000LL));
    EXPECT_EQ(storedLetter(id).status, u"sent"_s);
    auto* offers = openDialog<ClockOffersDialog>();
    ASSERT_TRUE(offers);
    auto* reply = offers->findChild<QCheckBox*>(u"clockCheckBox_letter_reply_by"_s);
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->text().startsWith(u"Reply deadline you set in the letter"_s));
    EXPECT_TRUE(reply->text().contains(CaseText::date(*replyBy)))
        << reply->text().toStdString();
    EXPECT_TRUE(reply->isChecked());
    EXPECT_TRUE(offers->findChild<QCheckBox*>(u"clockCheckBox_cn_pboc_institution_reply"_s));
    EXPECT_FALSE(offers->findChild<QCheckBox*>(u"clockCheckBox_card_chargeback"_s))
        << "no card network chargeback for a wallet paid from its balance";
    QTest::mouseClick(offers->findChild<QPushButton*>(u"clockOffersOkButton"_s), Qt::LeftButton);
    const auto reminders = store->reminders(caseId);
    ASSERT_TRUE(reminders.ok());
    const bool set = std::any_of(reminders->cbegin(), reminders->cend(), [&](const core::Reminder& r) {
        return r.kind == u"reply_deadline" && QDateTime::fromMSecsSinceEpoch(r.dueAt).date() == *replyBy;
    });
    EXPECT_TRUE(set) << "a reminder on the letter's own reply date";
}

} // namespace
