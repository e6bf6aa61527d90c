// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The follow-ups in the main window: the pop-up's Open case selects the case, overdue cases show
// their next step in the list, the follow-ups dock, closing a case and adding a reminder from the
// Case menu, the notifier following the file that is open, and the .ics export read back with a
// real iCalendar parser (python3-icalendar).
#include "RemindersGuiFixture.h"

#include "exchange/IcsExport.h"
#include "gui/caseview/CaseView.h"
#include "gui/dialogs/CloseCaseDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/mainwindow/CaseListModel.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/reminders/FollowUpsView.h"
#include "gui/reminders/ReminderDialog.h"
#include "gui/reminders/ReminderNotifier.h"
#include "gui/reminders/ReminderPopup.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using namespace wc::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Each VEVENT as a calendar app reads it, as JSON.
const char* const kReader = R"PY(
import json, sys
from datetime import timezone
from icalendar import Calendar
with open(sys.argv[1], 'rb') as f:
    cal = Calendar.from_ical(f.read())
print(json.dumps([{'uid': str(e.get('uid')), 'summary': str(e.get('summary')),
                   'description': str(e.get('description')),
                   'start': e.get('dtstart').dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}
                  for e in cal.walk('VEVENT')], ensure_ascii=False))
)PY";

QJsonArray readCalendar(const QString& file)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    p.setProcessEnvironment(env);
    // Debian's python3 has python3-icalendar; a python3 earlier on PATH may not.
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(kReader), file});
    EXPECT_TRUE(p.waitForFinished(120'000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString()
                               << " (install python3-icalendar: scripts/deps)";
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

class RemindersWindowTest : public RemindersGuiTest
{
protected:
    std::unique_ptr<MainWindow> makeWindow()
    {
        m_store = store.get();
        return std::make_unique<MainWindow>(std::move(store), dir.file(u"backups"_s),
                                            dir.file(u"default.wcase"_s));
    }
    static QString cell(const MainWindow& w, qint64 caseId, int column, int role = Qt::DisplayRole)
    {
        const QModelIndex index = w.caseList()->model()->indexOfCase(caseId, column);
        EXPECT_TRUE(index.isValid()) << "case " << caseId << " is not listed";
        return index.data(role).toString();
    }
    template <typename T> static T* waitForDialog(const QString& name)
    {
        T* found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (QWidget* w : QApplication::topLevelWidgets()) {
                    if (auto* d = qobject_cast<T*>(w); d && d->objectName() == name && d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            kWaitMs);
        EXPECT_TRUE(shown) << name.toStdString();
        return found;
    }

    core::CaseStore* m_store = nullptr; // owned by the window once it is made
};

TEST_F(RemindersWindowTest, OpenCaseFromThePopupSelectsAndShowsTheCase)
{
    const qint64 quiet = addSentCase(u"Quiet case"_s);
    const qint64 due = addSentCase(u"The due one"_s);
    const qint64 id = addReminder(due, clock.nowMs() - kHourMs);
    addReminder(quiet, clock.nowMs() + 5 * kDayMs);
    auto window = makeWindow();
    window->show();
    ReminderPopup* popup = window->notifier()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, kWaitMs))
        << "the overdue reminder is listed at start-up on its own";
    EXPECT_EQ(popup->heading(), u"Overdue"_s);
    window->caseList()->selectCase(quiet);
    ASSERT_EQ(window->currentCaseId(), quiet);
    QTest::mouseClick(popup->itemWidget(id)->findChild<QPushButton*>(u"openCaseButton"_s),
                      Qt::LeftButton);
    EXPECT_EQ(window->currentCaseId(), due);
    EXPECT_EQ(window->caseView()->caseId(), due);
}

TEST_F(RemindersWindowTest, TheSuggestedStepLandsOnTheLetterItMadeOnce)
{
    const qint64 other = addSentCase(u"Another case"_s);
    const qint64 due = addSentCase(u"Follow me up"_s, 5);
    const qint64 id = addReminder(due, clock.nowMs() - kHourMs);
    auto window = makeWindow();
    window->show();
    ReminderPopup* popup = window->notifier()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, kWaitMs));
    window->caseList()->selectCase(other);
    ASSERT_EQ(window->caseView()->currentTab(), CaseView::Overview);
    auto* step = popup->itemWidget(id)->findChild<QPushButton*>(u"nextStepButton"_s);
    ASSERT_EQ(step->text(), u"Write a follow-up letter"_s);
    QTest::mouseClick(step, Qt::LeftButton);

    auto letters = m_store->letters(due);
    ASSERT_TRUE(letters.ok());
    ASSERT_EQ(letters->size(), 2);
    const core::Letter followUp = letters->last();
    EXPECT_EQ(followUp.kind, u"follow_up"_s);
    // The case, on its Letters tab, with the new draft selected, not the old letter on Overview.
    EXPECT_EQ(window->currentCaseId(), due);
    EXPECT_EQ(window->caseView()->caseId(), due);
    EXPECT_EQ(window->caseView()->currentTab(), CaseView::Letters);
    EXPECT_EQ(window->caseView()->selectedLetterId(), followUp.id);
    // The reminder was acted on: done, and gone from the pop-up.
    EXPECT_EQ(reminder(*m_store, due, id).state, u"done"_s);
    EXPECT_FALSE(popup->reminderIds().contains(id));

    // The same step started again (another reminder of the case, say) shows that draft rather
    // than writing a second one.
    core::Reminder second;
    second.caseId = due;
    second.dueAt = clock.nowMs() - kHourMs;
    second.text = u"Chase again"_s;
    auto added = m_store->addReminder(second);
    ASSERT_TRUE(added.ok());
    const qint64 again = *added;
    window->caseList()->selectCase(other);
    window->notifier()->poll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->reminderIds().contains(again); }, kWaitMs));
    QTest::mouseClick(popup->itemWidget(again)->findChild<QPushButton*>(u"nextStepButton"_s),
                      Qt::LeftButton);
    EXPECT_EQ(m_store->letters(due)->size(), 2) << "no duplicate draft";
    EXPECT_EQ(window->caseView()->caseId(), due);
    EXPECT_EQ(window->caseView()->currentTab(), CaseView::Letters);
    EXPECT_EQ(window->caseView()->selectedLetterId(), followUp.id);
}

TEST_F(RemindersWindowTest, OverdueCasesShowTheirNextStepInTheList)
{
    const qint64 late = addSentCase(u"Late"_s, 20);
    const qint64 early = addSentCase(u"Early"_s, 2);
    const qint64 fine = addSentCase(u"Fine"_s, 1);
    addReminder(late, clock.nowMs() - kDayMs);
    addReminder(early, clock.nowMs() - kHourMs);
    addReminder(fine, clock.nowMs() + kDayMs);
    auto window = makeWindow();
    const int column = CaseListModel::NextFollowUpColumn;
    EXPECT_TRUE(cell(*window, late, column).endsWith(u" · Complain to the regulator"_s))
        << cell(*window, late, column).toStdString();
    EXPECT_EQ(cell(*window, early, column, CaseListModel::SuggestedStepRole),
              u"Write a follow-up letter"_s);
    EXPECT_TRUE(cell(*window, early, column, Qt::ToolTipRole).contains(u"Overdue"_s));
    EXPECT_EQ(cell(*window, fine, column, CaseListModel::SuggestedStepRole), QString());
    EXPECT_FALSE(cell(*window, fine, column).contains(u"·"_s));
}

TEST_F(RemindersWindowTest, TheFollowUpsViewOpensFromItsActionAndOpensCases)
{
    const qint64 a = addSentCase(u"Alpha"_s);
    const qint64 b = addSentCase(u"Beta"_s);
    addReminder(a, clock.nowMs() + 3 * kDayMs, u"Later"_s);
    addReminder(b, clock.nowMs() + kDayMs, u"Sooner"_s);
    auto window = makeWindow();
    window->show();
    auto* dock = window->findChild<QDockWidget*>(u"followUpsDock"_s);
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
    auto* action = window->findChild<QAction*>(u"followUpsAction"_s);
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    action->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dock->isVisible(); }, kWaitMs));
    QTreeWidget* tree = window->followUpsView()->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_TRUE(tree->topLevelItem(0)->text(FollowUpsView::WhatColumn).contains(u"Sooner"_s));
    window->caseList()->selectCase(a);
    emit tree->itemActivated(tree->topLevelItem(0), 0);
    EXPECT_EQ(window->currentCaseId(), b);

    // A reminder added from the Case menu appears in the view.
    window->findChild<QAction*>(u"addReminderAction"_s)->trigger();
    auto* dialog = waitForDialog<ReminderDialog>(u"reminderDialog"_s);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit*>(u"reminderTextLineEdit"_s)->setText(u"Ring them"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"reminderOkButton"_s), Qt::LeftButton);
    EXPECT_EQ(tree->topLevelItemCount(), 3);
}

TEST_F(RemindersWindowTest, CloseCaseFromTheCaseMenu)
{
    const qint64 caseId = addSentCase(u"To close"_s, 30);
    addReminder(caseId, clock.nowMs() + kDayMs);
    auto window = makeWindow();
    window->show();
    window->caseList()->selectCase(caseId);
    QAction* close = window->findChild<QAction*>(u"closeCaseAction"_s);
    ASSERT_TRUE(close->isEnabled());
    close->trigger();
    auto* dialog = waitForDialog<CloseCaseDialog>(u"closeCaseDialog"_s);
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QRadioButton*>(u"resolvedFullyRadioButton"_s)->setChecked(true);
    dialog->findChild<QLineEdit*>(u"recoveredLineEdit"_s)->setText(u"49.90"_s);
    // No reply was logged, but "resolved fully, 49.90 back" says they answered: nothing to ask.
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"closeCaseOkButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    auto record = m_store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->status, u"resolved"_s);
    EXPECT_EQ(record->recoveredMinor, 4990);
    EXPECT_EQ(cell(*window, caseId, CaseListModel::StatusColumn), u"Resolved"_s);
    EXPECT_FALSE(close->isEnabled()) << "closed already";
}

TEST_F(RemindersWindowTest, OpeningAnotherFilePointsTheRemindersAtIt)
{
    const qint64 here = addSentCase(u"In the first file"_s);
    addReminder(here, clock.nowMs() + 2 * kHourMs);
    const QString other = dir.file(u"other.wcase"_s);
    {
        core::CaseStore::OpenOptions options;
        options.createIfMissing = true;
        options.clock = &clock;
        auto second = core::CaseStore::open(other, options);
        ASSERT_TRUE(second.ok());
        core::CaseRecord r;
        r.title = u"In the second file"_s;
        r.family = u"service"_s;
        r.status = u"sent"_s;
        const qint64 id = *(*second)->createCase(r);
        core::Reminder reminder;
        reminder.caseId = id;
        reminder.dueAt = clock.nowMs() - kHourMs;
        reminder.text = u"Second file's reminder"_s;
        ASSERT_TRUE((*second)->addReminder(reminder).ok());
    }
    auto window = makeWindow();
    window->show();
    ReminderPopup* popup = window->notifier()->popup();
    QTest::qWait(50);
    EXPECT_FALSE(popup->isVisible()) << "nothing is due in the first file";
    ASSERT_TRUE(window->openFile(other));
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, kWaitMs));
    ASSERT_EQ(popup->reminderIds().size(), 1);
    EXPECT_EQ(popup->item(popup->reminderIds().first())->caseTitle, u"In the second file"_s);
    EXPECT_EQ(window->notifier()->queue()->clock().nowMs(), clock.nowMs());
    // The first file's reminder no longer pops up from here.
    clock.advance(3 * kHourMs);
    window->notifier()->poll();
    EXPECT_EQ(popup->reminderIds().size(), 1);
}

TEST_F(RemindersWindowTest, ExportRemindersToACalendarFile)
{
    const qint64 zh = addSentCase(u"支付宝重复扣款"_s);
    const qint64 en = addSentCase(u"PayPal refund"_s, 3, u"paypal"_s, u"en"_s);
    const qint64 a = addReminder(zh, clock.nowMs() + kDayMs, u"跟进支付宝退款"_s);
    const qint64 b = addReminder(en, clock.nowMs() + 2 * kDayMs, u"Chase PayPal"_s,
                                 u"reply_deadline"_s);
    const qint64 gone = addReminder(en, clock.nowMs() + 3 * kDayMs, u"Done already"_s);
    core::Reminder done = reminder(*store, en, gone);
    done.state = u"done"_s;
    ASSERT_TRUE(store->updateReminder(done).ok());
    const QString uuidZh = store->caseById(zh)->uuid;
    const QString uuidEn = store->caseById(en)->uuid;
    auto window = makeWindow();
    const QString path = dir.file(u"reminders"_s); // the suffix is added
    FileDialog::setNextFileName(path);
    window->findChild<QAction*>(u"exportIcsAction"_s)->trigger();
    ASSERT_TRUE(QFile::exists(path + u".ics"_s));
    EXPECT_EQ(QFile::permissions(path + u".ics"_s) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions()) << "reminders are private";
    const QJsonArray events = readCalendar(path + u".ics"_s);
    ASSERT_EQ(events.size(), 2);
    const QJsonObject first = events.at(0).toObject();
    EXPECT_EQ(first.value(u"uid"_s).toString(), core::IcsExport::uidFor(uuidZh, a));
    EXPECT_EQ(first.value(u"start"_s).toString(), isoUtc(clock.nowMs() + kDayMs));
    EXPECT_EQ(first.value(u"summary"_s).toString(), u"Follow up: 支付宝重复扣款"_s);
    EXPECT_TRUE(first.value(u"description"_s).toString().contains(u"跟进支付宝退款"_s));
    const QJsonObject second = events.at(1).toObject();
    EXPECT_EQ(second.value(u"uid"_s).toString(), core::IcsExport::uidFor(uuidEn, b));
    EXPECT_EQ(second.value(u"summary"_s).toString(), u"Reply deadline: PayPal refund"_s);

    // Cancel writes nothing.
    QFile::remove(path + u".ics"_s);
    FileDialog::setNextFileName(QString());
    window->findChild<QAction*>(u"exportIcsAction"_s)->trigger();
    EXPECT_FALSE(QFile::exists(path + u".ics"_s));
}

TEST_F(RemindersWindowTest, MovedTimeIsShownInTheTitleAndDrivesTheReminders)
{
    // --now: the app's clock runs from a moment ten days ahead.
    const qint64 caseId = addSentCase(u"Ten days on"_s);
    const qint64 id = addReminder(caseId, clock.nowMs() + 9 * kDayMs);
    const QString path = store->path();
    store.reset();
    const core::ShiftedClock shifted(10 * kDayMs, clock);
    core::CaseStore::OpenOptions options;
    options.clock = &shifted;
    auto opened = core::CaseStore::open(path, options);
    ASSERT_TRUE(opened.ok());
    store = std::move(*opened);
    auto window = makeWindow();
    EXPECT_TRUE(window->windowTitle().contains(u"time moved"_s)) << window->windowTitle().toStdString();
    window->show();
    ReminderPopup* popup = window->notifier()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }, kWaitMs));
    EXPECT_EQ(popup->reminderIds(), QList<qint64>{id});
}

TEST_F(RemindersWindowTest, CloseToTrayIsASettingOnByDefault)
{
    EXPECT_TRUE(SettingsDialog::closeToTray());
    SettingsDialog dialog(*store);
    auto* box = dialog.findChild<QCheckBox*>(u"closeToTrayCheckBox"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isChecked());
    SettingsDialog::setCloseToTray(false);
    EXPECT_FALSE(SettingsDialog::closeToTray());
    // Without a tray (offscreen) the window closes normally whatever the setting.
    SettingsDialog::setCloseToTray(true);
    const qint64 caseId = addSentCase(u"Pending"_s);
    addReminder(caseId, clock.nowMs() + kDayMs);
    auto window = makeWindow();
    window->show();
    EXPECT_TRUE(window->close());
}

} // namespace
