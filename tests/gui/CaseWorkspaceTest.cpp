// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The case workspace: its tabs and keys, the overview's facts, status and checklist, the contact
// log with promise reminders, and keeping the user's place and edits. The letters tab is in
// CaseWorkspaceLettersTest.cpp, the timeline and search in CaseWorkspaceTimelineTest.cpp.
#include "CaseWorkspaceFixture.h"

#include "gui/caseview/CaseText.h"
#include "gui/caseview/ContactsTab.h"
#include "gui/caseview/LettersTab.h"
#include "gui/caseview/OverviewTab.h"
#include "gui/caseview/PromiseReminders.h"
#include "gui/dialogs/CloseCaseDialog.h"
#include "gui/dialogs/ContactDialog.h"
#include "gui/widgets/AccountLineEdit.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/MessageBar.h"
#include "guidance/CaseTimeZone.h"
#include "support/PaintedText.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

using Workspace = test::CaseWorkspaceTest;

QString lastPayload(core::CaseStore& store, qint64 caseId)
{
    auto events = store.events(caseId);
    return events && !events->isEmpty() ? events->last().payload : QString();
}

// ----------------------------------------------------------------------------------- the tabs

// A tab's page, inside the scroll area that keeps it from setting the case view's size.
static QWidget* pageOf(QWidget* tab)
{
    auto* scroll = qobject_cast<QScrollArea*>(tab);
    return scroll && scroll->widget() ? scroll->widget() : tab;
}

TEST_F(Workspace, EveryTabIsThereByNameAndCtrlDigitsSwitchBetweenThem)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    auto* tabs = find<QTabWidget>(u"caseTabWidget"_s);
    ASSERT_TRUE(tabs);
    const QStringList names = {u"overviewTab"_s, u"evidenceTab"_s, u"transactionsTab"_s,
                               u"contactsTab"_s, u"lettersTab"_s,  u"timelineTab"_s};
    ASSERT_EQ(tabs->count(), names.size());
    for (int i = 0; i < names.size(); ++i)
        EXPECT_EQ(pageOf(tabs->widget(i))->objectName(), names.at(i));
    EXPECT_EQ(view->currentTab(), CaseView::Overview);
    for (int i = CaseView::TabCount - 1; i >= 0; --i) {
        QTest::keyClick(view.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(tabs->currentIndex(), i);
    }
    // The counts say what a case holds before the tab is opened.
    EXPECT_EQ(tabs->tabText(CaseView::Contacts), u"Contacts (2)"_s);
    EXPECT_EQ(tabs->tabText(CaseView::Letters), u"Letters (1)"_s);
    EXPECT_EQ(tabs->tabText(CaseView::Evidence), u"Evidence (2)"_s);
    EXPECT_EQ(tabs->tabText(CaseView::Overview), u"Overview"_s);
}

TEST_F(Workspace, ATabIsBuiltWhenFirstOpenedAndThenFollowsTheCase)
{
    const qint64 id = demoCase();
    const qint64 other = plainCase(u"Charged twice"_s);
    // A workspace as the window makes it: no tab but the Overview built yet.
    view = std::make_unique<CaseView>();
    view->resize(1000, 800);
    view->setContext(store.get(), &taxonomy, &providers, u"en"_s);
    showActive();
    view->showCase(id);
    EXPECT_EQ(view->findChild<LettersTab*>(), nullptr);
    EXPECT_EQ(view->findChild<ContactsTab*>(), nullptr);
    auto* tabs = find<QTabWidget>(u"caseTabWidget"_s);
    ASSERT_TRUE(tabs);
    // The counts are read from the file for the tabs not built.
    EXPECT_EQ(tabs->tabText(CaseView::Letters), u"Letters (1)"_s);
    EXPECT_EQ(tabs->tabText(CaseView::Contacts), u"Contacts (2)"_s);

    // Opening the tab builds it, named as before, with the case's letter.
    QTest::keyClick(view.get(), Qt::Key_5, Qt::ControlModifier);
    auto* letters = view->findChild<LettersTab*>(u"lettersTab"_s);
    ASSERT_TRUE(letters);
    EXPECT_EQ(letters->count(), 1);
    EXPECT_EQ(pageOf(tabs->currentWidget())->objectName(), u"lettersTab"_s);
    EXPECT_GT(view->selectedLetterId(), 0);

    // Built once, it follows the case shown.
    view->showCase(other);
    EXPECT_EQ(letters->count(), 0);
    EXPECT_EQ(view->findChild<ContactsTab*>(), nullptr);
    // Asking for what a tab holds builds it too.
    view->showCase(id);
    view->setCurrentTab(CaseView::Overview);
    auto* contacts = qobject_cast<ContactsTab*>(view->ensureTab(CaseView::Contacts));
    ASSERT_TRUE(contacts);
    EXPECT_EQ(contacts->count(), 2);
}

// ----------------------------------------------------------------------------------- overview

TEST_F(Workspace, AFactIsSavedWhenItsFieldIsFinished)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    const int eventsBefore = int(store->events(id)->size());

    auto* title = find<QLineEdit>(u"titleLineEdit"_s);
    ASSERT_TRUE(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"PayPal took my money twice"_s);
    EXPECT_EQ(store->caseById(id)->title, u"Example: PayPal charged twice for one order"_s)
        << "nothing is saved mid-typing";
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(store->caseById(id)->title, u"PayPal took my money twice"_s);
    EXPECT_EQ(find<QLabel>(u"titleLabel"_s)->text(), u"PayPal took my money twice"_s);
    ASSERT_EQ(int(store->events(id)->size()), eventsBefore + 1) << "one edit, one event";
    EXPECT_EQ(store->events(id)->last().kind, u"case.updated"_s);
    EXPECT_TRUE(lastPayload(*store, id).contains(u"title"_s));

    // Leaving a multi-line field finishes it.
    auto* description = find<QPlainTextEdit>(u"descriptionPlainTextEdit"_s);
    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, u" Still no refund."_s);
    title->setFocus();
    EXPECT_TRUE(store->caseById(id)->description.endsWith(u"Still no refund."_s));

    auto* amount = find<QLineEdit>(u"amountLineEdit"_s);
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, u"55.20"_s);
    QTest::keyClick(amount, Qt::Key_Return);
    EXPECT_EQ(store->caseById(id)->amountMinor, 5520);
    EXPECT_EQ(store->caseById(id)->currency, u"USD"_s);

    // A remedy ticked, a provider that is not in the directory.
    find<QCheckBox>(u"remedy_apology_CheckBox"_s)->click();
    EXPECT_TRUE(store->caseById(id)->remedies.contains(u"apology"_s));
    EXPECT_TRUE(store->caseById(id)->remedies.contains(u"refund"_s));
    pick(find<QComboBox>(u"providerComboBox"_s), u"::other"_s);
    EXPECT_EQ(store->caseById(id)->providerKey, u"paypal"_s) << "Other needs a name first";
    auto* providerName = find<QLineEdit>(u"providerNameLineEdit"_s);
    EXPECT_TRUE(providerName->hasFocus());
    QTest::keyClicks(providerName, u"Riverside Pay"_s);
    QTest::keyClick(providerName, Qt::Key_Return);
    EXPECT_EQ(store->caseById(id)->providerKey, QString());
    EXPECT_EQ(store->caseById(id)->providerName, u"Riverside Pay"_s);

    // The problem and the letter language are facts too.
    pick(find<QComboBox>(u"problemComboBox"_s), QStringList{u"transaction"_s, u"wrong_amount"_s});
    EXPECT_EQ(store->caseById(id)->subtype, u"wrong_amount"_s);
    pick(find<QComboBox>(u"caseLanguageComboBox"_s), u"zh_CN"_s);
    EXPECT_EQ(store->caseById(id)->language, u"zh_CN"_s);
    auto* incident = find<QDateTimeEdit>(u"incidentDateTimeEdit"_s);
    // Typed as a clock time in the case's zone (the field holds it as a Qt::UTC value).
    const QDateTime when(QDate(2025, 9, 30), QTime(19, 42), Qt::UTC);
    incident->setFocus();
    incident->setDateTime(when);
    QTest::keyClick(incident, Qt::Key_Return);
    EXPECT_EQ(store->caseById(id)->incidentAt,
              QDateTime(when.date(), when.time(),
                        QTimeZone(store->caseById(id)->timeZone.toLatin1()))
                  .toMSecsSinceEpoch());
    EXPECT_FALSE(find<MessageBar>(u"overviewMessageBar"_s)->isVisible());
}

TEST_F(Workspace, TheAccountIsMaskedUnlessBeingEdited)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    auto* account = find<AccountLineEdit>(u"accountLineEdit"_s);
    ASSERT_TRUE(account);
    EXPECT_EQ(account->text(), u"j***@example.com"_s);
    account->setFocus();
    EXPECT_EQ(account->text(), u"jordan.lee@example.com"_s);
    account->selectAll();
    QTest::keyClicks(account, u"jordan@example.org"_s);
    find<QLineEdit>(u"titleLineEdit"_s)->setFocus();
    EXPECT_EQ(store->caseById(id)->accountRef, u"jordan@example.org"_s);
    EXPECT_FALSE(account->text().contains(u"jordan"_s)) << account->text().toStdString();
}

TEST_F(Workspace, AnAmountThatIsNotOneIsExplainedAndTheSavedValueComesBack)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    const int eventsBefore = int(store->events(id)->size());
    auto* amount = find<QLineEdit>(u"amountLineEdit"_s);
    const QString saved = amount->text();
    EXPECT_EQ(saved, u"49.99"_s);
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, u"fifty"_s);
    QTest::keyClick(amount, Qt::Key_Return);
    auto* bar = find<MessageBar>(u"overviewMessageBar"_s);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().contains(u"amount"_s)) << bar->text().toStdString();
    EXPECT_EQ(amount->text(), saved);
    EXPECT_EQ(store->caseById(id)->amountMinor, 4999);
    EXPECT_EQ(int(store->events(id)->size()), eventsBefore);
}

TEST_F(Workspace, AFailedSaveShowsWhyAndTheSavedValue)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    // The case is deleted behind the workspace's back (another window, say).
    ASSERT_TRUE(store->deleteCase(id).ok());
    auto* title = find<QLineEdit>(u"titleLineEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Lost"_s);
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_TRUE(find<MessageBar>(u"overviewMessageBar"_s)->isVisible());
    EXPECT_EQ(title->text(), u"Example: PayPal charged twice for one order"_s);
}

TEST_F(Workspace, TheLastChangeCanBeTakenBackWithCtrlZ)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    auto* note = find<QLineEdit>(u"remedyNoteLineEdit"_s);
    const QString before = store->caseById(id)->remedyNote;
    note->setFocus();
    note->selectAll();
    QTest::keyClicks(note, u"Refund the second payment"_s);
    QTest::keyClick(note, Qt::Key_Return);
    ASSERT_EQ(store->caseById(id)->remedyNote, u"Refund the second payment"_s);
    // Outside a text field, Ctrl+Z takes back the last saved change.
    auto* refund = find<QCheckBox>(u"remedy_refund_CheckBox"_s);
    refund->setFocus();
    QTest::keySequence(refund, QKeySequence::Undo);
    EXPECT_EQ(store->caseById(id)->remedyNote, before);
    EXPECT_EQ(note->text(), before);
    EXPECT_FALSE(find<QPushButton>(u"undoPushButton"_s)->isEnabled());

    // A step ticked off is taken back the same way.
    auto* step = find<QCheckBox>(u"step_check_transaction_status_CheckBox"_s);
    step->click();
    ASSERT_FALSE(step->isChecked());
    QTest::mouseClick(find<QPushButton>(u"undoPushButton"_s), Qt::LeftButton);
    auto checklist = store->checklist(id);
    ASSERT_TRUE(checklist.ok());
    for (const core::ChecklistItem& item : *checklist)
        EXPECT_TRUE(item.doneAt.has_value()) << item.itemKey.toStdString();
    EXPECT_TRUE(step->isChecked());
}

TEST_F(Workspace, AStepIsTickedWithTheTimeAndTheTimeCanBeCorrected)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    const auto stored = [&](const QString& key) {
        const auto checklist = store->checklist(id);
        EXPECT_TRUE(checklist.ok());
        for (const core::ChecklistItem& item :
             checklist.ok() ? *checklist : QList<core::ChecklistItem>()) {
            if (item.itemKey == key)
                return item;
        }
        return core::ChecklistItem{};
    };
    const QString key = u"check_transaction_status"_s;
    ASSERT_TRUE(stored(key).doneAt.has_value());
    auto* box = find<QCheckBox>(u"step_%1_CheckBox"_s.arg(key));
    auto* time = find<QDateTimeEdit>(u"step_%1_DateTimeEdit"_s.arg(key));
    ASSERT_TRUE(box && time);
    EXPECT_TRUE(box->isChecked());
    // Step times are the case zone's clock times, like every time of the case.
    const QTimeZone zone(store->caseById(id)->timeZone.toLatin1());
    EXPECT_EQ(CaseText::fromWallClock(time->dateTime(), zone) / MinuteMs,
              *stored(key).doneAt / MinuteMs);

    box->click();
    EXPECT_FALSE(stored(key).doneAt.has_value());
    EXPECT_FALSE(time->isEnabled());
    EXPECT_TRUE(eventKinds(id).contains(u"checklist.updated"_s));

    clock.advance(5 * MinuteMs);
    box->click();
    EXPECT_EQ(stored(key).doneAt, clock.nowMs());
    EXPECT_TRUE(time->isEnabled());
    EXPECT_EQ(store->events(id)->last().kind, u"checklist.ticked"_s);

    // "I checked it at 8:15 this morning." (Yesterday's 8:15 where it is not 8:15 yet: a time
    // later than now is asked about before it is kept.)
    QDateTime corrected(QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date(), QTime(8, 15),
                        zone);
    if (corrected.toMSecsSinceEpoch() > clock.nowMs())
        corrected = corrected.addDays(-1);
    time->setFocus();
    time->setDateTime(CaseText::wallClock(corrected.toMSecsSinceEpoch(), zone));
    QTest::keyClick(time, Qt::Key_Return);
    EXPECT_EQ(stored(key).doneAt, corrected.toMSecsSinceEpoch());
}

TEST_F(Workspace, TheStatusChangesAndClosingGoesThroughTheWorkspace)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    QSignalSpy changed(view.get(), &CaseView::caseChanged);
    auto* status = find<QComboBox>(u"statusComboBox"_s);
    pick(status, u"escalated"_s);
    EXPECT_EQ(store->caseById(id)->status, u"escalated"_s);
    EXPECT_TRUE(eventKinds(id).contains(u"case.status"_s));
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toLongLong(), id);

    // A sent case cannot be put back to draft: the status list offers the story's next steps.
    const auto* items = qobject_cast<QStandardItemModel*>(status->model());
    ASSERT_TRUE(items);
    EXPECT_FALSE(items->item(status->findData(u"draft"_s))->isEnabled());
    EXPECT_TRUE(items->item(status->findData(u"resolved"_s))->isEnabled());

    // A closing status opens the closing dialog with the outcome chosen; nothing is saved until
    // the dialog closes the case, which records the outcome and ends the reminders.
    const auto pending = [&] {
        const QList<core::Reminder> all = *store->reminders(id);
        return std::count_if(all.begin(), all.end(),
                             [](const core::Reminder& r) { return r.state == u"pending"_s; });
    };
    ASSERT_GT(pending(), 0);
    pick(status, u"resolved"_s);
    auto* dialog = view->findChild<CloseCaseDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->findChild<QRadioButton*>(u"resolvedFullyRadioButton"_s)->isChecked());
    EXPECT_EQ(store->caseById(id)->status, u"escalated"_s);
    // Resolved: whether or not a reply was logged, there is nothing to ask.
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"closeCaseOkButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    EXPECT_EQ(store->caseById(id)->status, u"resolved"_s);
    EXPECT_EQ(store->caseById(id)->outcome, u"resolved_fully"_s);
    EXPECT_TRUE(store->caseById(id)->closedAt.has_value());
    EXPECT_EQ(pending(), 0) << "a closed case reminds no more";
    EXPECT_EQ(status->currentData().toString(), u"resolved"_s);
    EXPECT_FALSE(find<QLabel>(u"followUpLabel"_s)->isVisible()) << "closed: no follow-up";
    EXPECT_FALSE(find<QPushButton>(u"closeCasePushButton"_s)->isEnabled());

    // Reopened, the old outcome no longer describes it.
    pick(status, u"awaiting_reply"_s);
    EXPECT_FALSE(store->caseById(id)->closedAt.has_value());
    EXPECT_TRUE(store->caseById(id)->outcome.isEmpty());

    // "Close case…" asks how it ended; cancelling the dialog keeps the case open.
    QTest::mouseClick(find<QPushButton>(u"closeCasePushButton"_s), Qt::LeftButton);
    dialog = view->findChild<CloseCaseDialog*>();
    ASSERT_TRUE(dialog);
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(store->caseById(id)->status, u"awaiting_reply"_s);
    QTest::mouseClick(find<QPushButton>(u"closeCasePushButton"_s), Qt::LeftButton);
    dialog = view->findChild<CloseCaseDialog*>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QRadioButton*>(u"notResolvedRadioButton"_s)->setChecked(true);
    MessageBox::setNextChoice(CloseCaseDialog::CloseAnyway);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"closeCaseOkButton"_s), Qt::LeftButton);
    MessageBox::takeAskedCount();
    EXPECT_EQ(store->caseById(id)->status, u"closed_unresolved"_s);
    EXPECT_EQ(status->currentData().toString(), u"closed_unresolved"_s);
}

TEST_F(Workspace, ClosingResolvedAsksNothingAndTheOutcomeIsShownOnTheOverview)
{
    // Sent, and no reply logged: the contact log says the case went quiet.
    const qint64 id = plainCase(u"Charged ten times too much"_s);
    core::CaseRecord r = *store->caseById(id);
    r.currency = u"CNY"_s;
    ASSERT_TRUE(store->updateCase(r).ok());
    showActive();
    view->showCase(id);
    auto* box = find<QWidget>(u"caseOutcomeBox"_s);
    EXPECT_FALSE(box->isVisible()) << "an open case has no outcome yet";

    QTest::mouseClick(find<QPushButton>(u"closeCasePushButton"_s), Qt::LeftButton);
    auto* dialog = view->findChild<CloseCaseDialog*>();
    ASSERT_TRUE(dialog);
    auto* quiet = dialog->findChild<QLabel*>(u"quietNoteLabel"_s);
    auto* fully = dialog->findChild<QRadioButton*>(u"resolvedFullyRadioButton"_s);
    auto* notResolved = dialog->findChild<QRadioButton*>(u"notResolvedRadioButton"_s);
    notResolved->setChecked(true);
    EXPECT_TRUE(quiet->isVisible()) << "not resolved, no reply logged: worth a word";
    fully->setChecked(true);
    EXPECT_FALSE(quiet->isVisible()) << "resolved: they answered";
    dialog->findChild<QLineEdit*>(u"recoveredLineEdit"_s)->setText(u"128"_s);
    auto* note = dialog->findChild<QPlainTextEdit*>(u"outcomeNotePlainTextEdit"_s);
    ASSERT_TRUE(note);
    note->setPlainText(u"Refunded after the second call; they apologised in writing."_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"closeCaseOkButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0) << "no 'they never replied' question";

    const core::CaseRecord closed = *store->caseById(id);
    EXPECT_EQ(closed.status, u"resolved"_s);
    EXPECT_EQ(closed.outcome, u"resolved_fully"_s);
    EXPECT_EQ(closed.recoveredMinor, 12800);
    EXPECT_EQ(closed.outcomeNote, u"Refunded after the second call; they apologised in writing."_s);

    // The overview leads with how it ended.
    EXPECT_TRUE(box->isVisible());
    const QString summary = find<QLabel>(u"outcomeSummaryLabel"_s)->text();
    EXPECT_TRUE(summary.contains(u"Resolved fully"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(CaseText::money(12800, u"CNY"_s) + u" recovered"_s))
        << summary.toStdString();
    EXPECT_EQ(find<QLabel>(u"outcomeNoteLabel"_s)->text(), closed.outcomeNote);

    // "Change outcome…" opens the closing dialog with what was recorded.
    QTest::mouseClick(find<QPushButton>(u"changeOutcomePushButton"_s), Qt::LeftButton);
    dialog = openDialog<CloseCaseDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->findChild<QRadioButton*>(u"resolvedFullyRadioButton"_s)->isChecked());
    EXPECT_EQ(dialog->findChild<QPlainTextEdit*>(u"outcomeNotePlainTextEdit"_s)->toPlainText(),
              closed.outcomeNote);
    dialog->reject();

    // Reopened: no outcome to show.
    pick(find<QComboBox>(u"statusComboBox"_s), u"awaiting_reply"_s);
    EXPECT_FALSE(box->isVisible());
    EXPECT_TRUE(store->caseById(id)->outcomeNote.isEmpty());
}

TEST_F(Workspace, ClosingAQuietCaseUnresolvedStillAsks)
{
    const qint64 id = plainCase(u"Nobody answers"_s);
    showActive();
    view->showCase(id);
    QTest::mouseClick(find<QPushButton>(u"closeCasePushButton"_s), Qt::LeftButton);
    auto* dialog = view->findChild<CloseCaseDialog*>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QRadioButton*>(u"notResolvedRadioButton"_s)->setChecked(true);
    MessageBox::setNextChoice(CloseCaseDialog::KeepOpen);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"closeCaseOkButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(store->caseById(id)->status, u"sent"_s);
    dialog->reject();
}

TEST_F(Workspace, FirstStepsAreNamedInTheInterfaceLanguage)
{
    // Started in Chinese: its steps were stored with Chinese labels.
    const qint64 id = demoCase(u"zh_CN"_s);
    const auto checklist = store->checklist(id);
    ASSERT_TRUE(checklist.ok());
    ASSERT_FALSE(checklist->isEmpty());
    const core::ChecklistItem item = checklist->first();
    ASSERT_TRUE(item.label.contains(QRegularExpression(u"\\p{Han}"_s)))
        << item.label.toStdString();
    showActive();
    view->showCase(id);
    QString english;
    for (const core::ChecklistStep& step : taxonomy.checklist(store->caseById(id)->family)) {
        if (step.key == item.itemKey)
            english = step.label.text(u"en"_s);
    }
    ASSERT_FALSE(english.isEmpty());
    const QString shown = find<QCheckBox>(u"step_%1_CheckBox"_s.arg(item.itemKey))->text();
    EXPECT_FALSE(shown.contains(QRegularExpression(u"\\p{Han}"_s))) << shown.toStdString();
    EXPECT_TRUE(QString(shown).remove(u'&').contains(english)) << shown.toStdString();
}

// ----------------------------------------------------------------------------------- contacts

TEST_F(Workspace, CtrlLLogsAContactAndAPromiseBecomesAReminder)
{
    const qint64 id = plainCase(u"Wrong amount"_s);
    showActive();
    view->showCase(id);
    clock.advance(3 * MinuteMs);
    QTest::keyClick(view.get(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(view->currentTab(), CaseView::Contacts);
    auto* form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    EXPECT_EQ(form->windowTitle(), u"Log a contact"_s);
    // Quick entry: now, on the channel used last, the agent's name first.
    EXPECT_EQ(form->contact().occurredAt / MinuteMs, clock.nowMs() / MinuteMs);
    QTest::keyClicks(form->findChild<QLineEdit*>(u"agentNameLineEdit"_s), u"Dana"_s);
    QTest::keyClicks(form->findChild<QLineEdit*>(u"agentIdLineEdit"_s), u"PP-58213"_s);
    QTest::keyClicks(form->findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s),
                     u"Asked for the overcharge back"_s);
    QTest::keyClicks(form->findChild<QLineEdit*>(u"promiseLineEdit"_s), u"refund the 54.00"_s);
    auto* direction = form->findChild<QComboBox*>(u"directionComboBox"_s);
    direction->setCurrentIndex(direction->findData(u"incoming"_s));
    QTest::keyClicks(form->findChild<QLineEdit*>(u"outcomeLineEdit"_s), u"waiting"_s);
    form->findChild<QCheckBox*>(u"promisedByCheckBox"_s)->setChecked(true);
    const QDate promisedDay(2025, 10, 20);
    form->findChild<QDateTimeEdit*>(u"promisedByDateEdit"_s)->setDate(promisedDay);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);

    auto contacts = store->contacts(id);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 1);
    const core::Contact contact = contacts->first();
    EXPECT_EQ(contact.agentName, u"Dana"_s);
    EXPECT_EQ(contact.direction, u"incoming"_s);
    EXPECT_EQ(contact.outcome, u"waiting"_s);
    auto reminders = store->reminders(id);
    ASSERT_TRUE(reminders.ok());
    ASSERT_EQ(reminders->size(), 1);
    core::Reminder reminder = reminders->first();
    EXPECT_EQ(reminder.kind, u"promise"_s);
    EXPECT_EQ(reminder.contactId, contact.id);
    // 09:00 (the reminder time) on that day in the case's zone.
    const QTimeZone zone = core::CaseTimeZone::zoneFor(*store->caseById(id));
    EXPECT_EQ(reminder.dueAt, QDateTime(promisedDay, QTime(9, 0), zone).toMSecsSinceEpoch());
    EXPECT_TRUE(reminder.text.contains(u"Dana"_s)) << reminder.text.toStdString();
    EXPECT_TRUE(reminder.text.contains(u"refund the 54.00"_s));
    EXPECT_EQ(reminder.state, u"pending"_s);
    // The header's follow-up line tells about it; the table shows the outcome.
    EXPECT_TRUE(find<QLabel>(u"followUpLabel"_s)->text().contains(u"Dana"_s));
    auto* table = find<QTableWidget>(u"contactsTableWidget"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, table->columnCount() - 1)->text(), u"waiting"_s);
    EXPECT_EQ(find<QTabWidget>(u"caseTabWidget"_s)->tabText(CaseView::Contacts), u"Contacts (1)"_s);

    // A new date moves the reminder (and a put-off reminder is due again).
    reminder.snoozedUntil = reminder.dueAt + 86'400'000;
    ASSERT_TRUE(store->updateReminder(reminder).ok());
    auto* editor = find<ContactListEditor>(u"contactListEditor"_s);
    editor->selectRow(0);
    editor->editSelected();
    form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    form->findChild<QDateTimeEdit*>(u"promisedByDateEdit"_s)->setDate(promisedDay.addDays(3));
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    reminders = store->reminders(id);
    ASSERT_EQ(reminders->size(), 1);
    EXPECT_EQ(reminders->first().id, reminder.id);
    EXPECT_EQ(reminders->first().dueAt,
              QDateTime(promisedDay.addDays(3), QTime(9, 0), zone).toMSecsSinceEpoch());
    EXPECT_FALSE(reminders->first().snoozedUntil.has_value());

    // No date any more: no reminder.
    editor->selectRow(0);
    editor->editSelected();
    form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    form->findChild<QCheckBox*>(u"promisedByCheckBox"_s)->setChecked(false);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    EXPECT_TRUE(store->reminders(id)->isEmpty());

    // Promised again, then the contact removed: its reminder goes with it.
    editor->selectRow(0);
    editor->editSelected();
    form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    form->findChild<QCheckBox*>(u"promisedByCheckBox"_s)->setChecked(true);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    ASSERT_EQ(store->reminders(id)->size(), 1);
    editor->selectRow(0);
    // Asked first (the walk lost a call to one click); Keep leaves it.
    MessageBox::setNextChoice(ContactListEditor::KeepContact);
    QTest::mouseClick(find<QPushButton>(u"removeContactPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(store->contacts(id)->size(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"Dana"_s)) << MessageBox::lastText().toStdString();
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    QTest::mouseClick(find<QPushButton>(u"removeContactPushButton"_s), Qt::LeftButton);
    EXPECT_TRUE(store->contacts(id)->isEmpty());
    EXPECT_TRUE(store->reminders(id)->isEmpty());
    EXPECT_FALSE(find<QLabel>(u"followUpLabel"_s)->isVisible());
    const QStringList kinds = eventKinds(id);
    for (const QString& kind : {u"contact.logged"_s, u"contact.updated"_s, u"contact.removed"_s,
                                u"reminder.added"_s, u"reminder.updated"_s, u"reminder.removed"_s})
        EXPECT_TRUE(kinds.contains(kind)) << kind.toStdString();
}

// The walk: a call logged a few days later, its day picked in the calendar, kept the minute it
// was logged (08:27) and the dossier stated it. Now it is a day without a time until one is typed.
TEST_F(Workspace, AContactsDayPickedInTheCalendarHasNoTimeUntilOneIsTyped)
{
    const qint64 id = plainCase(u"Wrong amount"_s);
    showActive();
    view->showCase(id);
    // The empty list names the button the tab shows (the walk read "Use Add contact").
    EXPECT_TRUE(find<QLabel>(u"noContactsLabel"_s)->text().contains(u"Log a contact"_s));
    QTest::keyClick(view.get(), Qt::Key_L, Qt::ControlModifier);
    auto* form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    auto* when = form->findChild<DateTimeField*>(u"occurredDateTimeEdit"_s);
    auto* unknown = form->findChild<QCheckBox*>(u"occurredDateTimeEditTimeUnknownBox"_s);
    ASSERT_TRUE(when && unknown);
    EXPECT_TRUE(unknown->isVisible());
    EXPECT_FALSE(unknown->isChecked()) << "a contact logged as it happens has its time";
    const QDate day = when->date().addDays(-3);
    QCalendarWidget* calendar = when->calendarWidget();
    calendar->window()->show();
    calendar->setSelectedDate(day);
    Q_EMIT calendar->clicked(day);
    calendar->window()->hide();
    QCoreApplication::processEvents();
    EXPECT_TRUE(unknown->isChecked());
    QTest::keyClicks(form->findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s),
                     u"Called about the charge"_s);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);

    const QTimeZone zone = core::CaseTimeZone::zoneFor(*store->caseById(id));
    ASSERT_EQ(store->contacts(id)->size(), 1);
    core::Contact contact = store->contacts(id)->first();
    EXPECT_FALSE(contact.timeKnown);
    EXPECT_EQ(contact.occurredAt, QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch());
    auto* table = find<QTableWidget>(u"contactsTableWidget"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), CaseText::date(day)) << "no time of day shown";

    // Edited, the box is ticked; unticked and a time typed, the time is kept.
    auto* editor = find<ContactListEditor>(u"contactListEditor"_s);
    editor->selectRow(0);
    editor->editSelected();
    form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    when = form->findChild<DateTimeField*>(u"occurredDateTimeEdit"_s);
    unknown = form->findChild<QCheckBox*>(u"occurredDateTimeEditTimeUnknownBox"_s);
    EXPECT_TRUE(unknown->isChecked());
    unknown->setChecked(false);
    when->setTime(QTime(15, 10));
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    contact = store->contacts(id)->first();
    EXPECT_TRUE(contact.timeKnown);
    EXPECT_EQ(contact.occurredAt, QDateTime(day, QTime(15, 10), zone).toMSecsSinceEpoch());
}

TEST_F(Workspace, TheLogButtonIsVisibleAndTheNextContactStartsOnTheLastChannel)
{
    const qint64 id = plainCase(u"Wrong amount"_s);
    showActive();
    view->showCase(id);
    view->setCurrentTab(CaseView::Contacts);
    auto* log = find<QPushButton>(u"logContactPushButton"_s);
    ASSERT_TRUE(log);
    EXPECT_TRUE(log->isVisible());
    EXPECT_TRUE(log->toolTip().contains(
        QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    QTest::mouseClick(log, Qt::LeftButton);
    auto* form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    auto* channel = form->findChild<QComboBox*>(u"channelComboBox"_s);
    channel->setCurrentIndex(channel->findData(u"in_app_chat"_s));
    QTest::keyClicks(form->findChild<QLineEdit*>(u"referenceLineEdit"_s), u"CHAT-1"_s);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    ASSERT_EQ(store->contacts(id)->size(), 1);
    EXPECT_TRUE(store->reminders(id)->isEmpty()) << "no promised date, no reminder";
    QTRY_VERIFY_WITH_TIMEOUT(!openDialog<ContactDialog>(), 5000);

    QTest::mouseClick(log, Qt::LeftButton);
    form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    EXPECT_EQ(form->contact().channel, u"in_app_chat"_s);
    QTest::mouseClick(form->findChild<QPushButton*>(u"cancelPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(store->contacts(id)->size(), 1);
}

TEST_F(Workspace, PromiseReminderTextNamesWhoPromisedWhat)
{
    core::Contact c;
    c.channel = u"hotline"_s;
    c.agentName = u"Dana"_s;
    c.agentId = u"PP-1"_s;
    c.promise = u"call back"_s;
    c.reference = u"R-9"_s;
    const QString text = PromiseReminders::text(c);
    EXPECT_TRUE(text.contains(u"Dana"_s) && text.contains(u"PP-1"_s) &&
                text.contains(u"call back"_s) && text.contains(u"R-9"_s))
        << text.toStdString();
    // The words end as a sentence before the reference (the walk saw "call back Reference: R-9").
    EXPECT_TRUE(text.contains(u"call back. "_s)) << text.toStdString();
    // After a Chinese full stop no space follows (the walk saw "退款。 请核实").
    core::Contact zh = c;
    zh.promise = u"12月10日前退款。"_s;
    EXPECT_TRUE(PromiseReminders::text(zh).contains(u"退款。Reference"_s))
        << PromiseReminders::text(zh).toStdString();
    c.agentName.clear();
    c.agentId.clear();
    c.promise.clear();
    EXPECT_TRUE(PromiseReminders::text(c).contains(u"phone"_s))
        << PromiseReminders::text(c).toStdString();
    const qint64 noon = QDateTime(QDate(2026, 3, 1), QTime(12, 0)).toMSecsSinceEpoch();
    EXPECT_EQ(PromiseReminders::dueAt(noon),
              QDateTime(QDate(2026, 3, 1), QTime(9, 0)).toMSecsSinceEpoch());
}

// ----------------------------------------------------------------------------------- place

TEST_F(Workspace, ReadingTheSameCaseAgainKeepsTheTabAndThePlace)
{
    const qint64 id = demoCase();
    view->resize(800, 420); // the overview scrolls
    showActive();
    view->showCase(id);
    auto* scroll = find<QScrollArea>(u"caseScrollArea"_s);
    QTRY_VERIFY_WITH_TIMEOUT(scroll->verticalScrollBar()->maximum() > 100, 5000);
    scroll->verticalScrollBar()->setValue(100);
    view->refresh();
    QTest::qWait(50);
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 100);
    view->setCurrentTab(CaseView::Letters);
    view->refresh();
    EXPECT_EQ(view->currentTab(), CaseView::Letters);
    // Another case shows from the top.
    const qint64 other = plainCase(u"Another"_s);
    view->setCurrentTab(CaseView::Overview);
    view->showCase(other);
    QTest::qWait(50);
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
}

TEST_F(Workspace, SwitchingCasesSavesTheEditInProgress)
{
    const qint64 first = demoCase();
    const qint64 second = plainCase(u"Another"_s);
    showActive();
    view->showCase(first);
    auto* title = find<QLineEdit>(u"titleLineEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Typed, not finished"_s);
    view->showCase(second); // the list moved on, say by the keyboard
    EXPECT_EQ(store->caseById(first)->title, u"Typed, not finished"_s);
    EXPECT_EQ(store->caseById(second)->title, u"Another"_s);
    EXPECT_EQ(title->text(), u"Another"_s);
}

TEST_F(Workspace, AFieldBeingEditedSurvivesAChangeElsewhere)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    auto* title = find<QLineEdit>(u"titleLineEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Half typed"_s);
    // Another tab saves something meanwhile (an import finishing, say); the workspace reads the
    // case again.
    emit find<ContactsTab>(u"contactsTab"_s)->changed();
    EXPECT_EQ(title->text(), u"Half typed"_s);
    EXPECT_EQ(store->caseById(id)->title, u"Half typed"_s);
    EXPECT_EQ(find<QLabel>(u"titleLabel"_s)->text(), u"Half typed"_s);
}

TEST_F(Workspace, DeleteRemovesTheSelectedContact)
{
    const qint64 id = demoCase();
    showActive();
    view->showCase(id);
    view->setCurrentTab(CaseView::Contacts);
    auto* table = find<QTableWidget>(u"contactsTableWidget"_s);
    find<ContactListEditor>(u"contactListEditor"_s)->selectRow(0);
    table->setFocus();
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(store->contacts(id)->size(), 1);
    EXPECT_EQ(table->rowCount(), 1);
}

// Draws every tab of the demo case in both languages (PNG files in WC_WORKSPACE_SHOTS when set,
// to look at; with WC_WORKSPACE_QM naming a compiled Chinese translation, the Chinese pictures
// show the Chinese interface too); none may be blank.
TEST_F(Workspace, DrawsEveryTabOfTheDemoCase)
{
    const QString folder = qEnvironmentVariable("WC_WORKSPACE_SHOTS");
    const QString qm = qEnvironmentVariable("WC_WORKSPACE_QM");
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        QTranslator translator;
        const bool translated = language == u"zh_CN" && !qm.isEmpty() && translator.load(qm);
        if (translated) {
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        const qint64 id = demoCase(language);
        view = std::make_unique<CaseView>(); // its words in the language now installed
        view->setContext(store.get(), &taxonomy, &providers, language);
        view->resize(1100, 780);
        showActive();
        view->showCase(id);
        for (int tab = 0; tab < CaseView::TabCount; ++tab) {
            view->setCurrentTab(CaseView::Tab(tab));
            QTest::qWait(300); // thumbnails and layouts settle; nothing asserts on them
            const QImage image = view->grab().toImage();
            ASSERT_FALSE(image.isNull());
            if (!folder.isEmpty())
                image.save(QDir(folder).filePath(u"workspace-%1-%2.png"_s.arg(language).arg(tab)));
            // What is drawn: every label wholly on screen shows its text, the tab shows some,
            // and none is an internal key.
            const auto painted = test::paintedLabels(view.get(), image);
            EXPECT_TRUE(painted.unpainted.isEmpty())
                << tab << ": " << painted.unpainted.join(u"; "_s).toStdString();
            EXPECT_FALSE(painted.shown.isEmpty()) << tab;
            EXPECT_TRUE(test::internalKeysShown(painted.shown).isEmpty())
                << tab << ": " << test::internalKeysShown(painted.shown).join(u", "_s).toStdString();
        }
        if (!folder.isEmpty()) {
            // The whole overview, to look at what is below the fold.
            view->setCurrentTab(CaseView::Overview);
            view->resize(1100, 1500);
            QTest::qWait(300);
            view->grab().save(
                QDir(folder).filePath(u"workspace-%1-overview-all.png"_s.arg(language)));
        }
        view.reset();
        if (translated) {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
}

} // namespace
