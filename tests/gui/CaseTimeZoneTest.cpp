// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// One time zone per case: a time typed on the Overview is read in the case's zone (not the
// computer's) and shown the same everywhere — the facts form, a statement's import preview and
// the case's transactions, the letters. The computer here is in New York, the case in China.
#include "CaseWorkspaceFixture.h"

#include "followup/FollowUpTime.h"
#include "followup/ReminderQueue.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseZoneCombo.h"
#include "gui/caseview/PromiseReminders.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/reminders/FollowUpsView.h"
#include "gui/reminders/ReminderDialog.h"
#include "gui/caseview/LettersTab.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/transactions/StatementPreviewDialog.h"
#include "gui/transactions/StatementRowsModel.h"
#include "gui/transactions/TransactionTableModel.h"
#include "gui/transactions/TransactionsPanel.h"
#include "gui/widgets/MessageBox.h"

#include <QDateTimeEdit>
#include <QCalendarWidget>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>

#include <time.h>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class CaseZone : public test::CaseWorkspaceTest
{
protected:
    void SetUp() override
    {
        // The computer's zone, set before anything reads it.
        m_hadTz = qEnvironmentVariableIsSet("TZ");
        m_oldTz = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        CaseWorkspaceTest::SetUp();
        core::CaseRecord r;
        r.title = u"支付宝重复扣款"_s;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.providerKey = u"alipay"_s;
        r.language = u"zh_CN"_s;
        r.currency = u"CNY"_s;
        r.description = u"同一笔订单被扣款两次。"_s;
        auto id = store->createCase(r);
        ASSERT_TRUE(id.ok());
        caseId = *id;
        ASSERT_EQ(store->caseById(caseId)->timeZone, u"Asia/Shanghai"_s);
        showActive();
        view->showCase(caseId);
    }

    void TearDown() override
    {
        CaseWorkspaceTest::TearDown();
        if (m_hadTz)
            qputenv("TZ", m_oldTz);
        else
            qunsetenv("TZ");
        tzset();
    }

    // 14:32 typed into the Overview's "when it happened", as a user finishes a field.
    void typeIncident(const QDateTime& wallClock)
    {
        auto* incident = find<QDateTimeEdit>(u"incidentDateTimeEdit"_s);
        incident->setFocus();
        incident->setDateTime(wallClock);
        QTest::keyClick(incident, Qt::Key_Return);
    }

    static qint64 at(const QDate& day, const QTime& time, const QByteArray& zone)
    {
        return QDateTime(day, time, QTimeZone(zone)).toMSecsSinceEpoch();
    }

    qint64 caseId = 0;

private:
    bool m_hadTz = false;
    QByteArray m_oldTz;
};

TEST_F(CaseZone, ATimeTypedOnTheOverviewIsReadInTheCasesZoneAndShownAsTyped)
{
    ASSERT_NE(QTimeZone::systemTimeZoneId(), QByteArray("Asia/Shanghai"));
    const QDate day(2026, 11, 28);
    typeIncident(QDateTime(day, QTime(14, 32), Qt::UTC));
    // 14:32 in Shanghai, not in New York (which would be 19:32 UTC).
    EXPECT_EQ(store->caseById(caseId)->incidentAt, at(day, QTime(14, 32), "Asia/Shanghai"));
    auto* incident = find<QDateTimeEdit>(u"incidentDateTimeEdit"_s);
    EXPECT_EQ(incident->time(), QTime(14, 32));
    EXPECT_TRUE(incident->text().contains(u"2:32"_s)) << incident->text().toStdString();
    // Read again from the file, it still says 14:32.
    view->showCase(0);
    view->showCase(caseId);
    EXPECT_EQ(find<QDateTimeEdit>(u"incidentDateTimeEdit"_s)->time(), QTime(14, 32));
    // The computer is elsewhere, so the Overview names the zone.
    auto* note = find<QLabel>(u"caseTimeZoneLabel"_s);
    EXPECT_TRUE(note->isVisibleTo(view.get()));
    EXPECT_TRUE(note->text().contains(u"UTC+8"_s)) << note->text().toStdString();
    EXPECT_EQ(find<QComboBox>(u"caseTimeZoneComboBox"_s)->currentData().toByteArray(),
              QByteArray("Asia/Shanghai"));
}

// The picker showed raw IANA ids ("America/Los_Angeles"): it reads "Los Angeles (Pacific Time,
// UTC-8)", keeps the id in the tooltip, and typing part of a name (the zone's too) finds it,
// among every zone, not only the common ones.
TEST(CaseZoneComboTest, ZonesReadAsPlacesAndCanBeSearched)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CaseZoneCombo combo;
    combo.setZoneId("America/Los_Angeles");
    const QString shown = combo.currentText();
    EXPECT_TRUE(shown.startsWith(u"Los Angeles ("_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"Pacific Time"_s)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u", UTC-"_s)) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u"America/"_s) || shown.contains(u"_"_s)) << shown.toStdString();
    EXPECT_EQ(combo.itemData(combo.currentIndex(), Qt::ToolTipRole).toString(),
              u"America/Los_Angeles"_s);

    combo.completer()->setCompletionPrefix(u"pacific"_s);
    QStringList found;
    for (int i = 0; i < combo.completer()->completionCount(); ++i) {
        combo.completer()->setCurrentRow(i);
        found << combo.completer()->currentCompletion();
    }
    EXPECT_TRUE(found.contains(shown)) << found.join(u" | "_s).toStdString();

    // Typing reaches the long tail.
    EXPECT_LT(combo.findData(QByteArray("America/Argentina/Buenos_Aires")), 0);
    combo.show();
    combo.setFocus();
    QTest::keyClicks(&combo, u"Buenos"_s);
    const int buenosAires = combo.findData(QByteArray("America/Argentina/Buenos_Aires"));
    ASSERT_GE(buenosAires, 0);
    EXPECT_TRUE(combo.itemText(buenosAires).startsWith(u"Buenos Aires ("_s));
    EXPECT_EQ(combo.zoneId(), QByteArray("America/Los_Angeles")) << "a search chose nothing";

    // In the Chinese UI the zone's name is Chinese.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString chinese = CaseZoneCombo::labelFor("America/Los_Angeles");
    EXPECT_TRUE(chinese.contains(u"太平洋"_s)) << chinese.toStdString();
    // ...and so is the city (the walk read "Shanghai（中国时间，UTC+8）").
    EXPECT_TRUE(chinese.startsWith(u"洛杉矶"_s)) << chinese.toStdString();
    EXPECT_TRUE(CaseZoneCombo::labelFor("Asia/Shanghai").startsWith(u"上海"_s));
    QLocale::setDefault(before);
}

TEST_F(CaseZone, ChangingTheZoneShowsTheSameMomentInTheNewZone)
{
    const QDate day(2026, 11, 28);
    typeIncident(QDateTime(day, QTime(14, 32), Qt::UTC));
    const qint64 instant = *store->caseById(caseId)->incidentAt;
    auto* zone = find<QComboBox>(u"caseTimeZoneComboBox"_s);
    EXPECT_EQ(zone->focusPolicy(), Qt::StrongFocus);
    pick(zone, QByteArray("Europe/London"));
    const core::CaseRecord moved = *store->caseById(caseId);
    EXPECT_EQ(moved.timeZone, u"Europe/London"_s);
    EXPECT_EQ(moved.incidentAt, instant); // the moment stays; only how it reads changes
    EXPECT_EQ(find<QDateTimeEdit>(u"incidentDateTimeEdit"_s)->time(), QTime(6, 32));
    EXPECT_EQ(store->events(caseId)->last().kind, u"case.updated"_s);
    EXPECT_TRUE(store->events(caseId)->last().payload.contains(u"time_zone"_s));
    // Its own change, taken back like any other.
    EXPECT_TRUE(find<QPushButton>(u"undoPushButton"_s)->isEnabled());
    QTest::mouseClick(find<QPushButton>(u"undoPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(store->caseById(caseId)->timeZone, u"Asia/Shanghai"_s);
    EXPECT_EQ(store->caseById(caseId)->incidentAt, instant);
}

TEST_F(CaseZone, AStatementRowReadsTheSameInThePreviewAndInTheCasesTable)
{
    view->setCurrentTab(CaseView::Transactions);
    auto* panel = find<TransactionsPanel>(u"transactionsPanel"_s);
    ASSERT_TRUE(panel);
    FileDialog::setNextFileName(QStringLiteral(WC_TEST_DATA_DIR) +
                                u"/statements/alipay-app-utf8.csv"_s);
    find<QPushButton>(u"importStatementButton"_s)->click();
    StatementPreviewDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            preview = panel->findChild<StatementPreviewDialog*>(u"statementPreviewDialog"_s);
            return preview && preview->isVisible();
        },
        120'000));
    StatementRowsModel* rows = preview->rowsModel();
    QString previewTime;
    QString reference;
    for (int i = 0; i < rows->rowCount(); ++i) {
        const bool wanted = rows->rows().at(i).record.reference == u"2026112222001412345678"_s;
        rows->setData(rows->index(i, StatementRowsModel::LineColumn),
                      wanted ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        if (wanted) {
            previewTime = rows->index(i, StatementRowsModel::TimeColumn).data().toString();
            reference = rows->rows().at(i).record.reference;
        }
    }
    // As the wallet wrote it, Beijing time: the case's zone, in the app's one format.
    EXPECT_EQ(previewTime,
              CaseText::dateTime(at(QDate(2026, 11, 22), QTime(9, 3, 5), "Asia/Shanghai"),
                                 QTimeZone("Asia/Shanghai")));
    preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->importFlow(); }, 120'000));

    const QList<core::TransactionRecord> list = *store->transactions(caseId);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().occurredAt, at(QDate(2026, 11, 22), QTime(9, 3, 5), "Asia/Shanghai"));
    TransactionTableModel* model = panel->model();
    const int row = model->rowOf(list.first().id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, TransactionTableModel::TimeColumn).data().toString(), previewTime);
    // The column says whose clock that is, since the computer's says otherwise.
    EXPECT_TRUE(
        model->headerData(TransactionTableModel::TimeColumn, Qt::Horizontal, Qt::DisplayRole)
            .toString()
            .contains(u"UTC+8"_s));
}

TEST_F(CaseZone, TheLetterStatesTheTimeAsTyped)
{
    typeIncident(QDateTime(QDate(2026, 11, 28), QTime(14, 32), Qt::UTC));
    view->setCurrentTab(CaseView::Letters);
    auto* tab = find<LettersTab>(u"lettersTab"_s);
    ASSERT_TRUE(tab);
    QAction* initial = tab->newLetterMenu()->findChild<QAction*>(u"newLetter_initialAction"_s);
    ASSERT_TRUE(initial);
    initial->trigger();
    const QString body = find<QPlainTextEdit>(u"bodyPlainTextEdit"_s)->toPlainText();
    EXPECT_TRUE(body.contains(u"14:32"_s)) << body.toStdString();
    EXPECT_FALSE(body.contains(u"01:32"_s)); // New York's clock at that moment
    EXPECT_FALSE(body.contains(u"06:32"_s)); // UTC's
}

TEST_F(CaseZone, TheLettersListShowsWhenALetterWentOutInTheCasesZone)
{
    core::Letter letter;
    letter.caseId = caseId;
    letter.kind = u"initial"_s;
    letter.subject = u"投诉"_s;
    letter.body = u"正文"_s;
    letter.status = u"sent"_s;
    letter.channel = u"web_form"_s;
    letter.sentAt = at(QDate(2026, 11, 28), QTime(17, 2), "Asia/Shanghai");
    ASSERT_TRUE(store->addLetter(letter).ok());
    view->showCase(0);
    view->showCase(caseId);
    view->setCurrentTab(CaseView::Letters);
    auto* list = find<QListWidget>(u"lettersListWidget"_s);
    ASSERT_EQ(list->count(), 1);
    // Shanghai's clock, as the footer and the dossier say it, and the zone named: the list has no
    // label of its own and the computer (New York) would read 4:02 AM.
    const QString text = list->item(0)->text();
    EXPECT_TRUE(text.contains(u"sent 11/28/2026 5:02 PM (UTC+8)"_s)) << text.toStdString();
    // The same clock time as the footer under the letter.
    list->setCurrentRow(0);
    const QString footer = find<QLabel>(u"letterSaveLabel"_s)->text();
    EXPECT_TRUE(footer.contains(u"11/28/2026 5:02 PM"_s)) << footer.toStdString();
}

TEST_F(CaseZone, ChangingTheZoneKeepsAFollowUpsClockTime)
{
    // A follow-up at 09:00 on 8 December in China.
    const QDate day(2026, 12, 8);
    core::Reminder r;
    r.caseId = caseId;
    r.dueAt = at(day, QTime(9, 0), "Asia/Shanghai");
    r.text = u"Follow up"_s;
    auto id = store->addReminder(r);
    ASSERT_TRUE(id.ok());
    const auto dueAt = [&] { return store->reminders(caseId)->first().dueAt; };
    pick(find<QComboBox>(u"caseTimeZoneComboBox"_s), QByteArray("Europe/London"));
    EXPECT_EQ(store->caseById(caseId)->timeZone, u"Europe/London"_s);
    // Still 09:00 that day, now London's (not 01:00, the same instant there).
    EXPECT_EQ(dueAt(), at(day, QTime(9, 0), "Europe/London"));
    // Taking the change back takes the reminder back to 09:00 in China.
    QTest::mouseClick(find<QPushButton>(u"undoPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(store->caseById(caseId)->timeZone, u"Asia/Shanghai"_s);
    EXPECT_EQ(dueAt(), at(day, QTime(9, 0), "Asia/Shanghai"));
}

TEST_F(CaseZone, FollowUpsArePromisedAndShownInTheCasesZone)
{
    const QTimeZone china("Asia/Shanghai");
    AppSettings::setReminderTime(QTime(8, 30));
    // A promise of a refund by 12 October, made on the phone: a day in China.
    const QDate promised(2025, 10, 12);
    core::Contact call;
    call.caseId = caseId;
    call.occurredAt = clock.nowMs() - 3'600'000;
    call.channel = u"hotline"_s;
    call.direction = u"outgoing"_s;
    call.summary = u"答应退款"_s;
    call.promisedBy = QDateTime(promised, QTime(12, 0), china).toMSecsSinceEpoch();
    ASSERT_TRUE(PromiseReminders::save(*store, call).ok());
    const QList<core::Reminder> reminders = *store->reminders(caseId);
    ASSERT_EQ(reminders.size(), 1);
    const qint64 due = reminders.first().dueAt;
    // That morning in China at the user's reminder time (the evening before in New York).
    EXPECT_EQ(due, core::followup::atLocalTime(promised, china, QTime(8, 30)));

    // The case's banner says it in China's clock, naming the zone the computer does not share.
    view->showCase(0);
    view->showCase(caseId);
    const QString banner = find<QLabel>(u"followUpLabel"_s)->text();
    EXPECT_TRUE(banner.contains(u"10/12/2025 8:30 AM (UTC+8)"_s)) << banner.toStdString();

    // So does the list of follow-ups across cases.
    core::ReminderQueue queue(*store, clock);
    FollowUpsView list;
    list.setQueue(&queue, &providers, u"en"_s);
    auto* tree = list.findChild<QTreeWidget*>(u"followUpsTree"_s);
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->text(FollowUpsView::DueColumn),
              u"10/12/2025 8:30 AM (UTC+8)"_s);
    // The calendar opens on the app's today, where the promised day is marked.
    auto* calendar = list.findChild<QCalendarWidget*>(u"followUpsCalendar"_s);
    EXPECT_EQ(calendar->selectedDate(),
              QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::systemTimeZone()).date());
    EXPECT_EQ(calendar->monthShown(), 10);
    // The day the list names, not New York's (the 11th there).
    EXPECT_EQ(list.markedDays().keys(), QList<QDate>{promised});
    if (const QString shots = qEnvironmentVariable("WC_SCREENSHOT_DIR"); !shots.isEmpty()) {
        view->resize(1366, 700);
        view->grab().save(QDir(shots).filePath(u"case_view_follow_up_zone.png"_s));
        list.resize(1366, 500);
        list.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&list));
        list.grab().save(QDir(shots).filePath(u"follow_ups_view_zone.png"_s));
    }

    // A new reminder for the case starts tomorrow morning there, and names the zone.
    ReminderDialog dialog(*store, caseId);
    auto* when = dialog.findChild<QDateTimeEdit*>(u"reminderDateTimeEdit"_s);
    EXPECT_EQ(when->time(), QTime(8, 30));
    EXPECT_EQ(when->date(), core::followup::localDate(clock.nowMs(), china).addDays(1));
    EXPECT_EQ(dialog.findChild<QLabel*>(u"reminderZoneLabel"_s)->text(), u"UTC+8"_s);
}

TEST_F(CaseZone, FrozenAtSaysWhatTheStepsDoneAtSays)
{
    core::CaseRecord r = *store->caseById(caseId);
    r.family = u"security"_s;
    r.subtype = u"account_stolen"_s;
    ASSERT_TRUE(store->updateCase(r).ok());
    const qint64 frozenAt = at(QDate(2025, 10, 9), QTime(14, 5), "Asia/Shanghai");
    core::ChecklistItem freeze;
    freeze.caseId = caseId;
    freeze.itemKey = u"freeze_account"_s;
    freeze.label = u"Freeze the account"_s;
    freeze.doneAt = frozenAt;
    ASSERT_TRUE(store->addChecklistItem(freeze).ok());
    view->showCase(0);
    view->showCase(caseId);
    const QString urgent = find<QLabel>(u"urgentLabel"_s)->text();
    auto* doneAt = find<QDateTimeEdit>(u"step_freeze_account_DateTimeEdit"_s);
    ASSERT_TRUE(doneAt);
    EXPECT_EQ(doneAt->time(), QTime(14, 5));
    EXPECT_TRUE(urgent.contains(u"Frozen at "_s + doneAt->text() + u" (UTC+8)"_s))
        << urgent.toStdString() << " / " << doneAt->text().toStdString();
}

} // namespace
