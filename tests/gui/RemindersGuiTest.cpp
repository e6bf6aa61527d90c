// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The reminder GUI with a fake clock: a reminder pops up within one poll of falling due, several
// due at once share one pop-up, each button does what it says and is written to the file (read
// back after reopening it), overdue reminders are listed first at start-up, the follow-ups view
// is sorted with its calendar days marked, and the close-case and add-reminder dialogs.
#include "RemindersGuiFixture.h"

#include "followup/EscalationLadder.h"
#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/CaseStatusMenu.h"
#include "gui/dialogs/CloseCaseDialog.h"
#include "gui/reminders/FollowUpsView.h"
#include "gui/reminders/NextStep.h"
#include "gui/reminders/ReminderDialog.h"
#include "gui/reminders/ReminderNotifier.h"
#include "gui/reminders/ReminderPopup.h"
#include "gui/reminders/SnoozeDateDialog.h"
#include "gui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>
#include <QTimer>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class NotifierTest : public RemindersGuiTest
{
protected:
    void SetUp() override
    {
        RemindersGuiTest::SetUp();
        window = std::make_unique<QWidget>();
        notifier = new ReminderNotifier(window.get());
    }
    void TearDown() override
    {
        window.reset();
        RemindersGuiTest::TearDown();
    }

    void watch()
    {
        notifier->setContext(store.get(), &directory, u"en"_s);
        notifier->showOverdueAtStart();
    }
    ReminderPopup* popup() const { return notifier->popup(); }
    QWidget* item(qint64 reminderId) const
    {
        QWidget* w = popup()->itemWidget(reminderId);
        EXPECT_NE(w, nullptr) << "reminder " << reminderId << " is not listed";
        return w;
    }
    template <typename T> T* in(qint64 reminderId, const QString& name) const
    {
        QWidget* w = item(reminderId);
        T* child = w ? w->findChild<T*>(name) : nullptr;
        EXPECT_NE(child, nullptr) << name.toStdString();
        return child;
    }
    QString label(qint64 reminderId, const QString& name) const
    {
        auto* l = in<QLabel>(reminderId, name);
        return l ? l->text() : QString();
    }
    // Restart: the window and its notifier go, the file is closed and opened again.
    void restart()
    {
        notifier->setContext(nullptr, nullptr, QString());
        reopen();
    }
    static int popupWindows()
    {
        int n = 0;
        for (QWidget* w : QApplication::topLevelWidgets())
            n += (qobject_cast<ReminderPopup*>(w) && w->isVisible()) ? 1 : 0;
        return n;
    }

    std::unique_ptr<QWidget> window;
    ReminderNotifier* notifier = nullptr;
};

TEST_F(NotifierTest, AReminderPopsUpWithinOnePollOfFallingDue)
{
    const qint64 caseId = addSentCase(u"支付宝重复扣款"_s, 5);
    const qint64 id = addReminder(caseId, clock.nowMs() + kHourMs, u"Has Alipay replied?"_s);
    watch();
    EXPECT_TRUE(notifier->timer()->isActive());
    EXPECT_LE(notifier->timer()->interval(), 60'000) << "due reminders appear within a minute";
    EXPECT_FALSE(popup()->isVisible()) << "nothing is due yet";

    clock.advance(kHourMs - 1000);
    notifier->poll();
    EXPECT_FALSE(popup()->isVisible()) << "a second early";

    clock.advance(2000);
    notifier->poll();
    ASSERT_TRUE(popup()->isVisible());
    EXPECT_EQ(popup()->reminderIds(), QList<qint64>{id});
    EXPECT_EQ(popup()->heading(), u"Due now"_s);
    EXPECT_EQ(label(id, u"reminderWhatLabel"_s), u"Follow up: Has Alipay replied?"_s);
    EXPECT_TRUE(label(id, u"reminderCaseLabel"_s).contains(u"支付宝重复扣款"_s));
    EXPECT_TRUE(label(id, u"reminderCaseLabel"_s).contains(u"Alipay"_s)) << "the provider";
    EXPECT_EQ(label(id, u"reminderSinceLabel"_s), u"Complaint sent 5 days ago"_s);
    // A Chinese wallet's regulator rung opens 15 days after the complaint: follow up first.
    EXPECT_EQ(label(id, u"reminderStepLabel"_s), u"Suggested next step: Write a follow-up letter"_s);
    EXPECT_EQ(in<QPushButton>(id, u"nextStepButton"_s)->text(), u"Write a follow-up letter"_s);
    EXPECT_EQ(notifier->trayIcon(), nullptr) << "no system tray on the offscreen platform";

    // Polling again shows nothing new and no second window.
    notifier->poll();
    EXPECT_EQ(popup()->reminderIds().size(), 1);
    EXPECT_EQ(popupWindows(), 1);
}

// The Chinese walk lost what it typed into the wizard's letter when a reminder fell due: the
// pop-up came up over the modal wizard, took the keys and its buttons could not be used.
TEST_F(NotifierTest, APopupWaitsWhileAModalWindowIsOpen)
{
    const qint64 caseId = addSentCase(u"支付宝重复扣款"_s, 5);
    const qint64 id = addReminder(caseId, clock.nowMs() + kHourMs, u"Has Alipay replied?"_s);
    watch();
    window->show();
    QDialog wizard(window.get());
    wizard.setWindowModality(Qt::ApplicationModal);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }));
    clock.advance(2 * kHourMs);
    notifier->poll();
    EXPECT_FALSE(popup()->isVisible()) << "shown over a modal window";
    wizard.close();
    ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }));
    notifier->poll();
    ASSERT_TRUE(popup()->isVisible());
    EXPECT_EQ(popup()->reminderIds(), QList<qint64>{id});
    EXPECT_TRUE(popup()->testAttribute(Qt::WA_ShowWithoutActivating));
}

TEST_F(NotifierTest, TheTimerPollsOnItsOwn)
{
    const qint64 caseId = addSentCase(u"Timer"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() + kHourMs);
    watch();
    notifier->setInterval(20);
    clock.advance(2 * kHourMs);
    EXPECT_TRUE(QTest::qWaitFor([&] { return popup()->isVisible(); }, kWaitMs));
    EXPECT_EQ(popup()->reminderIds(), QList<qint64>{id});
}

TEST_F(NotifierTest, SeveralDueRemindersShareOnePopup)
{
    const qint64 a = addSentCase(u"Case A"_s);
    const qint64 b = addSentCase(u"Case B"_s, 20);
    const qint64 first = addReminder(a, clock.nowMs() + kHourMs, u"First"_s);
    const qint64 second = addReminder(b, clock.nowMs() + 2 * kHourMs, u"Second"_s);
    const qint64 third = addReminder(a, clock.nowMs() + 5 * kHourMs, u"Third"_s, u"custom"_s);
    watch();
    clock.advance(3 * kHourMs);
    notifier->poll();
    EXPECT_EQ(popup()->reminderIds(), (QList<qint64>{first, second}));
    EXPECT_EQ(popupWindows(), 1);
    // Case B went out 20 days ago: its regulator rung is open.
    EXPECT_EQ(label(second, u"reminderStepLabel"_s),
              u"Suggested next step: Complain to the regulator"_s);

    clock.advance(3 * kHourMs);
    notifier->poll();
    EXPECT_EQ(popup()->reminderIds(), (QList<qint64>{first, second, third}));
    EXPECT_EQ(popupWindows(), 1) << "one window, not a pile";
    EXPECT_EQ(label(third, u"reminderWhatLabel"_s), u"Your reminder: Third"_s);
}

TEST_F(NotifierTest, OverdueRemindersAreListedFirstAtStartUp)
{
    const qint64 caseId = addSentCase(u"Waiting"_s, 10);
    const qint64 older = addReminder(caseId, clock.nowMs() - 2 * kDayMs, u"Older"_s);
    const qint64 newer = addReminder(caseId, clock.nowMs() - kDayMs, u"Newer"_s);
    addReminder(caseId, clock.nowMs() + kDayMs, u"Tomorrow"_s);
    // As the window does it: the start-up list comes once the event loop runs.
    notifier->setContext(store.get(), &directory, u"en"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup()->isVisible(); }, kWaitMs));
    EXPECT_EQ(popup()->heading(), u"Overdue"_s);
    EXPECT_EQ(popup()->reminderIds(), (QList<qint64>{older, newer}));
    EXPECT_TRUE(label(older, u"reminderCaseLabel"_s).contains(u"overdue since"_s));

    // Something falling due later joins the same list.
    const qint64 soon = addReminder(caseId, clock.nowMs() + kHourMs, u"Soon"_s);
    clock.advance(2 * kHourMs);
    notifier->poll();
    EXPECT_EQ(popup()->reminderIds(), (QList<qint64>{older, newer, soon}));
    EXPECT_EQ(popup()->heading(), u"Overdue and due now"_s);
}

TEST_F(NotifierTest, SnoozeForAnHourPersistsAndComesBack)
{
    const qint64 caseId = addSentCase(u"Snooze"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() - kHourMs);
    watch();
    ASSERT_TRUE(popup()->isVisible());
    const qint64 now = clock.nowMs();
    in<QAction>(id, u"snoozeOneHourAction"_s)->trigger();
    EXPECT_FALSE(popup()->reminderIds().contains(id));
    EXPECT_FALSE(popup()->isVisible()) << "nothing left to decide";

    restart();
    EXPECT_EQ(reminder(*store, caseId, id).snoozedUntil, now + kHourMs);
    EXPECT_EQ(reminder(*store, caseId, id).state, u"pending"_s);
    watch();
    EXPECT_FALSE(popup()->isVisible()) << "snoozed: not overdue after the restart";
    clock.advance(kHourMs + 1);
    notifier->poll();
    EXPECT_EQ(popup()->reminderIds(), QList<qint64>{id}) << "back when the snooze ends";
}

TEST_F(NotifierTest, SnoozeForADayAndThreeDaysKeepTheTimeOfDay)
{
    const qint64 caseId = addSentCase(u"Snooze"_s);
    const qint64 oneDay = addReminder(caseId, clock.nowMs() - kHourMs, u"One day"_s);
    const qint64 threeDays = addReminder(caseId, clock.nowMs() - kHourMs, u"Three days"_s);
    watch();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs());
    in<QAction>(oneDay, u"snoozeOneDayAction"_s)->trigger();
    in<QAction>(threeDays, u"snoozeThreeDaysAction"_s)->trigger();
    EXPECT_TRUE(popup()->reminderIds().isEmpty());
    restart();
    EXPECT_EQ(reminder(*store, caseId, oneDay).snoozedUntil, now.addDays(1).toMSecsSinceEpoch());
    EXPECT_EQ(reminder(*store, caseId, threeDays).snoozedUntil,
              now.addDays(3).toMSecsSinceEpoch());
}

TEST_F(NotifierTest, SnoozeUntilAPickedDate)
{
    const qint64 caseId = addSentCase(u"Snooze"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() - kHourMs);
    watch();
    in<QAction>(id, u"snoozeDateAction"_s)->trigger();
    auto* dialog = popup()->findChild<SnoozeDateDialog*>(u"snoozeDateDialog"_s);
    ASSERT_NE(dialog, nullptr);
    // The days of the case (Alipay: China), the time the user's reminder time.
    const QTimeZone china("Asia/Shanghai");
    const QDate today = core::followup::localDate(clock.nowMs(), china);
    auto* calendar = dialog->findChild<QCalendarWidget*>(u"snoozeCalendar"_s);
    EXPECT_EQ(calendar->minimumDate(), today.addDays(1)) << "only days still to come";
    const QDate chosen = today.addDays(10);
    dialog->setDate(chosen);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"snoozeOkButton"_s), Qt::LeftButton);
    EXPECT_FALSE(popup()->reminderIds().contains(id));
    restart();
    EXPECT_EQ(reminder(*store, caseId, id).snoozedUntil,
              core::followup::atLocalTime(chosen, china, AppSettings::reminderTime()));
}

TEST_F(NotifierTest, DoneIsWrittenAndNeverComesBack)
{
    const qint64 caseId = addSentCase(u"Done"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() - kHourMs);
    const qint64 other = addReminder(caseId, clock.nowMs() - kHourMs, u"Other"_s);
    watch();
    QSignalSpy changed(notifier, &ReminderNotifier::remindersChanged);
    QTest::mouseClick(in<QPushButton>(id, u"doneButton"_s), Qt::LeftButton);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(popup()->reminderIds(), QList<qint64>{other});
    EXPECT_TRUE(popup()->isVisible()) << "the other one still waits";
    const qint64 doneAt = clock.nowMs();
    restart();
    EXPECT_EQ(reminder(*store, caseId, id).state, u"done"_s);
    EXPECT_EQ(reminder(*store, caseId, id).doneAt, doneAt);
    watch();
    EXPECT_EQ(popup()->reminderIds(), QList<qint64>{other});
}

TEST_F(NotifierTest, OpenCaseAsksForTheCase)
{
    const qint64 caseId = addSentCase(u"Open me"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() - kHourMs);
    watch();
    QSignalSpy open(notifier, &ReminderNotifier::openCaseRequested);
    QTest::mouseClick(in<QPushButton>(id, u"openCaseButton"_s), Qt::LeftButton);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().first().toLongLong(), caseId);
    EXPECT_EQ(reminder(*store, caseId, id).state, u"pending"_s) << "opening decides nothing";
}

TEST_F(NotifierTest, TheSuggestedStepDraftsItsLetterWithTheOriginalFacts)
{
    const qint64 caseId = addSentCase(u"Follow me up"_s, 5);
    const qint64 id = addReminder(caseId, clock.nowMs() - kHourMs);
    watch();
    QSignalSpy drafted(notifier, &ReminderNotifier::letterDrafted);
    QSignalSpy open(notifier, &ReminderNotifier::openCaseRequested);
    QTest::mouseClick(in<QPushButton>(id, u"nextStepButton"_s), Qt::LeftButton);
    ASSERT_EQ(drafted.count(), 1);
    EXPECT_EQ(open.count(), 1);
    auto letters = store->letters(caseId);
    ASSERT_TRUE(letters.ok());
    ASSERT_EQ(letters->size(), 2);
    const core::Letter& followUp = letters->last();
    EXPECT_EQ(followUp.id, drafted.first().at(1).toLongLong());
    EXPECT_EQ(followUp.kind, u"follow_up"_s);
    EXPECT_EQ(followUp.status, u"draft"_s);
    EXPECT_TRUE(followUp.subject.startsWith(u"跟进投诉"_s)) << "in the case's language";
    EXPECT_TRUE(followUp.body.contains(u"KF-1"_s)) << followUp.body.toStdString();
    EXPECT_TRUE(followUp.body.contains(u"2026011522001"_s));
    EXPECT_TRUE(followUp.body.contains(u"已过去5天"_s)) << followUp.body.toStdString();
}

TEST_F(NotifierTest, AReminderDoneElsewhereLeavesThePopup)
{
    const qint64 caseId = addSentCase(u"Elsewhere"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() - kHourMs);
    watch();
    ASSERT_EQ(popup()->reminderIds(), QList<qint64>{id});
    core::Reminder r = reminder(*store, caseId, id);
    r.state = u"done"_s;
    ASSERT_TRUE(store->updateReminder(r).ok());
    notifier->poll();
    EXPECT_TRUE(popup()->reminderIds().isEmpty());
    EXPECT_FALSE(popup()->isVisible());
}

// ---------------------------------------------------------------- the follow-ups view

TEST_F(NotifierTest, FollowUpsViewListsEverythingByDateWithTheCalendarMarked)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs()).date();
    const QDate first = QDate(today.year(), today.month(), 1);
    const qint64 a = addSentCase(u"Alpha"_s, 20);
    const qint64 b = addSentCase(u"Beta"_s, 2);
    // Added out of order; two fall on the same day, one is overdue, one next month.
    const qint64 later = addReminder(b, at(first.addDays(20), 9), u"Later"_s);
    const qint64 overdue = addReminder(a, clock.nowMs() - kDayMs, u"Overdue"_s);
    const qint64 sameDay1 = addReminder(a, at(first.addDays(20), 8), u"Same day"_s);
    const qint64 nextMonth = addReminder(b, at(first.addMonths(1).addDays(2), 9), u"Next"_s);
    watch();

    FollowUpsView view;
    view.setQueue(notifier->queue(), &directory, u"en"_s);
    QTreeWidget* tree = view.findChild<QTreeWidget*>(u"followUpsTree"_s);
    ASSERT_NE(tree, nullptr);
    QList<qint64> order;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        order << tree->topLevelItem(i)->data(0, FollowUpsView::ReminderIdRole).toLongLong();
    EXPECT_EQ(order, (QList<qint64>{overdue, sameDay1, later, nextMonth}));
    QTreeWidgetItem* top = tree->topLevelItem(0);
    EXPECT_TRUE(top->data(0, FollowUpsView::OverdueRole).toBool());
    EXPECT_EQ(top->text(FollowUpsView::StepColumn), u"Complain to the regulator"_s);
    EXPECT_TRUE(top->text(FollowUpsView::CaseColumn).contains(u"Alpha"_s));
    EXPECT_TRUE(tree->topLevelItem(1)->text(FollowUpsView::StepColumn).isEmpty())
        << "not due yet: no step";
    EXPECT_TRUE(view.findChild<QLabel*>(u"followUpsSummaryLabel"_s)->text().contains(u"1 overdue"_s));

    QCalendarWidget* calendar = view.findChild<QCalendarWidget*>(u"followUpsCalendar"_s);
    calendar->setCurrentPage(today.year(), today.month());
    const QMap<QDate, int> marked = view.markedDays();
    EXPECT_EQ(marked.value(first.addDays(20)), 2);
    EXPECT_EQ(calendar->dateTextFormat(first.addDays(20)).fontWeight(), QFont::Bold);
    const QDate plain = first.addDays(21);
    EXPECT_NE(calendar->dateTextFormat(plain).fontWeight(), QFont::Bold);
    calendar->setCurrentPage(first.addMonths(1).year(), first.addMonths(1).month());
    EXPECT_EQ(view.markedDays().keys(), QList<QDate>{first.addMonths(1).addDays(2)});
    EXPECT_EQ(calendar->dateTextFormat(first.addMonths(1).addDays(2)).fontWeight(), QFont::Bold);

    // Double-click (activation) on a reminder opens its case; a click on a day finds it.
    QSignalSpy open(&view, &FollowUpsView::openCaseRequested);
    emit tree->itemActivated(tree->topLevelItem(2), 0);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().first().toLongLong(), b);
    emit calendar->clicked(first.addDays(20));
    EXPECT_EQ(tree->currentItem()->data(0, FollowUpsView::ReminderIdRole).toLongLong(), sameDay1);
    emit calendar->activated(first.addMonths(1).addDays(2));
    ASSERT_EQ(open.count(), 2);
    EXPECT_EQ(open.last().first().toLongLong(), b);
}

// ---------------------------------------------------------------- dialogs

TEST_F(RemindersGuiTest, CloseCaseRecordsTheOutcomeAndStopsTheReminders)
{
    const qint64 caseId = addSentCase(u"Answered"_s, 10);
    core::Contact reply;
    reply.caseId = caseId;
    reply.direction = u"incoming"_s;
    reply.channel = u"email"_s;
    reply.occurredAt = clock.nowMs() - kDayMs;
    reply.summary = u"Half refunded"_s;
    ASSERT_TRUE(store->addContact(reply).ok());
    const qint64 id = addReminder(caseId, clock.nowMs() + kDayMs);

    CloseCaseDialog dialog(*store, caseId);
    QSignalSpy closed(&dialog, &CloseCaseDialog::caseClosed);
    EXPECT_FALSE(dialog.findChild<QLabel*>(u"quietNoteLabel"_s)->isVisibleTo(&dialog));
    auto* ok = dialog.findChild<QPushButton*>(u"closeCaseOkButton"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(closed.count(), 0) << "an outcome must be chosen first";
    QTest::mouseClick(dialog.findChild<QRadioButton*>(u"resolvedPartlyRadioButton"_s),
                      Qt::LeftButton);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"recoveredLineEdit"_s), u"12.50"_s);
    auto* satisfaction = dialog.findChild<QComboBox*>(u"satisfactionComboBox"_s);
    satisfaction->setCurrentIndex(satisfaction->findData(4));
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_EQ(closed.count(), 1);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0) << "it did not go quiet: no question";

    reopen();
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->status, u"resolved"_s);
    EXPECT_EQ(record->outcome, u"resolved_partly"_s);
    EXPECT_EQ(record->recoveredMinor, 1250);
    EXPECT_EQ(record->satisfaction, 4);
    EXPECT_TRUE(record->closedAt.has_value());
    EXPECT_EQ(reminder(*store, caseId, id).state, u"dismissed"_s);
}

TEST_F(RemindersGuiTest, ClosingACaseThatWentQuietAsksFirst)
{
    const qint64 caseId = addSentCase(u"Silence"_s, 30);
    CloseCaseDialog dialog(*store, caseId);
    EXPECT_TRUE(dialog.findChild<QLabel*>(u"quietNoteLabel"_s)->isVisibleTo(&dialog));
    QTest::mouseClick(dialog.findChild<QRadioButton*>(u"notResolvedRadioButton"_s),
                      Qt::LeftButton);
    EXPECT_FALSE(dialog.findChild<QLineEdit*>(u"recoveredLineEdit"_s)->isEnabled());
    MessageBox::setNextChoice(CloseCaseDialog::KeepOpen);
    EXPECT_FALSE(dialog.closeCase());
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(store->caseById(caseId)->status, u"sent"_s) << "kept open";
    MessageBox::setNextChoice(CloseCaseDialog::CloseAnyway);
    EXPECT_TRUE(dialog.closeCase());
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(store->caseById(caseId)->status, u"closed_unresolved"_s);
    EXPECT_EQ(store->caseById(caseId)->outcome, u"not_resolved"_s);
}

TEST_F(RemindersGuiTest, ADraftCannotBeClosedAndBadAmountsAreRefused)
{
    core::CaseRecord draft;
    draft.title = u"Draft"_s;
    draft.family = u"service"_s;
    const qint64 draftId = *store->createCase(draft);
    CloseCaseDialog draftDialog(*store, draftId);
    EXPECT_FALSE(draftDialog.findChild<QPushButton*>(u"closeCaseOkButton"_s)->isEnabled());

    const qint64 caseId = addSentCase(u"Amount"_s);
    core::Contact reply;
    reply.caseId = caseId;
    reply.direction = u"incoming"_s;
    reply.channel = u"email"_s;
    reply.occurredAt = clock.nowMs();
    ASSERT_TRUE(store->addContact(reply).ok());
    CloseCaseDialog dialog(*store, caseId);
    dialog.findChild<QRadioButton*>(u"resolvedFullyRadioButton"_s)->setChecked(true);
    dialog.findChild<QLineEdit*>(u"recoveredLineEdit"_s)->setText(u"12,5.3"_s);
    EXPECT_FALSE(dialog.closeCase());
    EXPECT_TRUE(dialog.findChild<MessageBar*>(u"messageBar"_s)->isVisibleTo(&dialog));
    EXPECT_EQ(store->caseById(caseId)->status, u"sent"_s);
}

TEST_F(RemindersGuiTest, AUserMadeReminderIsSavedAsCustom)
{
    const qint64 caseId = addSentCase(u"Mine"_s);
    AppSettings::setReminderTime(QTime(8, 30));
    ReminderDialog dialog(*store, caseId);
    QSignalSpy added(&dialog, &ReminderDialog::reminderAdded);
    auto* when = dialog.findChild<QDateTimeEdit*>(u"reminderDateTimeEdit"_s);
    // Tomorrow at the user's reminder time, in the (Alipay) case's zone: China.
    const QTimeZone china("Asia/Shanghai");
    const QDate tomorrow = core::followup::localDate(clock.nowMs(), china).addDays(1);
    const QDateTime tomorrowMorning(tomorrow, QTime(8, 30), Qt::UTC); // wall clock there
    EXPECT_EQ(when->dateTime(), tomorrowMorning);
    auto* ok = dialog.findChild<QPushButton*>(u"reminderOkButton"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(added.count(), 0) << "a reminder needs a text";
    // Chinese arrives from an input method, not as key presses.
    dialog.findChild<QLineEdit*>(u"reminderTextLineEdit"_s)->setText(u"再打一次热线"_s);
    when->setDateTime(CaseText::wallClock(clock.nowMs() - kHourMs, china));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(added.count(), 0) << "not in the past";
    when->setDateTime(tomorrowMorning);
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_EQ(added.count(), 1);
    const core::Reminder r = reminder(*store, caseId, added.first().at(1).toLongLong());
    EXPECT_EQ(r.kind, u"custom"_s);
    EXPECT_EQ(r.text, u"再打一次热线"_s);
    EXPECT_EQ(r.dueAt, core::followup::atLocalTime(tomorrow, china, QTime(8, 30)));
}

TEST_F(RemindersGuiTest, TheDayTheNextStepOpensIsTheCasesInTheUsersConventions)
{
    core::SuggestedStep step;
    step.kind = core::SuggestedStep::Kind::FollowUp;
    const QTimeZone china("Asia/Shanghai");
    step.opensAt = QDateTime(QDate(2025, 10, 24), QTime(9, 0), china).toMSecsSinceEpoch();
    const QString detail = NextStep::detail(step, nullptr, u"en"_s, china);
    EXPECT_TRUE(detail.contains(u"opens on 10/24/2025"_s)) << detail.toStdString();
}

// A Cash App complaint letter sent in the app, asking for a reply in 14 days: the suggestion
// reads the case. No "send a formal complaint" after one was sent; while the reply date is ahead,
// wait for it; after it, escalate the complaint that was sent.
TEST_F(RemindersGuiTest, TheNextStepReadsWhatTheCaseHolds)
{
    auto ladder = core::EscalationLadder::load(&directory);
    ASSERT_TRUE(ladder.ok());
    const qint64 caseId = addSentCase(u"Cash App takeover"_s, 2, u"cash_app"_s, u"en"_s);
    auto letters = store->letters(caseId);
    ASSERT_TRUE(letters.ok());
    core::Letter letter = letters->first();
    letter.channel = u"in_app_chat"_s;
    const QTimeZone newYork("America/New_York");
    letter.replyBy = clock.nowMs() + 12 * kDayMs;
    ASSERT_TRUE(store->updateLetter(letter).ok());
    NextStep::Context context;
    context.ladder = &*ladder;
    context.directory = &directory;
    context.userRegion = u"US"_s;
    context.zone = newYork;

    auto step = NextStep::forCase(*store, caseId, context, clock.nowMs());
    ASSERT_TRUE(step.ok());
    EXPECT_EQ(NextStep::action(*step), u"Wait for the reply your letter asked for"_s);
    const QString replyDay = CaseText::date(*letter.replyBy, newYork);
    const QString detail = NextStep::detail(*step, &directory, u"en"_s, newYork);
    EXPECT_TRUE(detail.contains(u"asked for a reply by "_s + replyDay)) << detail.toStdString();

    // The reply date has passed with no reply logged.
    step = NextStep::forCase(*store, caseId, context, clock.nowMs() + 20 * kDayMs);
    ASSERT_TRUE(step.ok());
    const QString action = NextStep::action(*step);
    EXPECT_FALSE(action.isEmpty());
    EXPECT_NE(action, u"Send a formal written complaint"_s);
    EXPECT_NE(action, u"Wait for the reply your letter asked for"_s);
}

TEST_F(RemindersGuiTest, TheStatusMenuFollowsTheStoryAndClosesThroughTheDialog)
{
    const qint64 caseId = addSentCase(u"Story"_s);
    QWidget parent;
    CaseStatusMenu menu(&parent);
    EXPECT_FALSE(menu.isEnabled()) << "no case yet";
    menu.setCase(store.get(), caseId);
    ASSERT_TRUE(menu.isEnabled());
    menu.populate();
    QStringList offered;
    for (QAction* a : menu.actions()) {
        if (!a->objectName().isEmpty())
            offered << a->objectName();
    }
    EXPECT_EQ(offered, (QStringList{u"statusAction_awaiting_reply"_s, u"statusAction_escalated"_s,
                                    u"statusAction_resolved"_s,
                                    u"statusAction_closed_unresolved"_s}));
    QSignalSpy changed(&menu, &CaseStatusMenu::statusChanged);
    menu.findChild<QAction*>(u"statusAction_awaiting_reply"_s)->trigger();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(store->caseById(caseId)->status, u"awaiting_reply"_s);

    // Closing is never a bare status change: the dialog asks how it ended.
    menu.populate();
    menu.findChild<QAction*>(u"statusAction_resolved"_s)->trigger();
    EXPECT_EQ(store->caseById(caseId)->status, u"awaiting_reply"_s);
    auto* dialog = parent.findChild<CloseCaseDialog*>(u"closeCaseDialog"_s);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QRadioButton*>(u"resolvedFullyRadioButton"_s)->setChecked(true);
    MessageBox::takeAskedCount();
    EXPECT_TRUE(dialog->closeCase());
    EXPECT_EQ(MessageBox::takeAskedCount(), 0) << "resolved: no 'went quiet' question";
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(store->caseById(caseId)->status, u"resolved"_s);
}

} // namespace
