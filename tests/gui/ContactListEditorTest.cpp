// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/AppSettings.h"
#include "gui/dialogs/ContactDialog.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/wizard/ContactsPage.h"
#include "gui/wizard/ProfilePage.h"
#include "gui/wizard/WizardSession.h"
#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/ChecklistEditor.h"
#include "gui/widgets/FutureTime.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "support/ComputerZone.h"
#include "support/StoreTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 MinuteMs = 60'000;

// Types `text` as an input method commits it: QTest::keyClicks knows only ASCII keys, and
// Chinese is typed through an input method anyway.
void typeText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// The contact form the editor has open (a closed one may linger until deleted later).
ContactDialog* openForm(QWidget* owner)
{
    for (ContactDialog* dialog : owner->findChildren<ContactDialog*>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

template <typename T> T* field(QWidget* form, const char* name)
{
    T* widget = form->findChild<T*>(QString::fromLatin1(name));
    EXPECT_TRUE(widget) << name;
    return widget;
}

void clickOk(ContactDialog* form)
{
    QTest::mouseClick(field<QPushButton>(form, "okPushButton"), Qt::LeftButton);
}

void chooseChannel(ContactDialog* form, const QString& key)
{
    auto* combo = field<QComboBox>(form, "channelComboBox");
    combo->setCurrentIndex(combo->findData(key));
}

Contact sampleContact(qint64 id, qint64 at, const QString& summary)
{
    Contact c;
    c.id = id;
    c.occurredAt = at;
    c.channel = u"hotline"_s;
    c.direction = u"outgoing"_s;
    c.summary = summary;
    return c;
}

// The freeze step as the first-steps page offers it: with a "Done at" time.
ChecklistEditor::Step freezeStep()
{
    ChecklistEditor::Step step;
    step.key = u"freeze_account"_s;
    step.label = u"Freeze the account now"_s;
    step.recordsTime = true;
    return step;
}

class ContactsTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        // Never the user's own preferences, and no last channel from an earlier test.
        AppSettings::setFileForTesting(dir.file(u"settings.conf"_s));
        m_locale = QLocale();
    }
    void TearDown() override
    {
        AppSettings::setFileForTesting({});
        QLocale::setDefault(m_locale);
    }

    QLocale m_locale;

    qint64 createCase(const QString& family = u"service"_s)
    {
        CaseRecord r;
        r.title = u"客服拖延"_s;
        r.family = family;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
};

// ---------------------------------------------------------------------------- ContactDialog

TEST_F(ContactsTest, NewContactStartsNowOnTheChannelUsedLastWithTheFocusOnTheAgent)
{
    clock.set(1'760'000'000'000 + 37'250); // seconds into a minute
    ContactListEditor editor;
    editor.setClock(&clock);

    editor.addContact();
    ContactDialog* form = openForm(&editor);
    ASSERT_TRUE(form);
    const qint64 minute = clock.nowMs() - clock.nowMs() % MinuteMs;
    EXPECT_EQ(field<QDateTimeEdit>(form, "occurredDateTimeEdit")->dateTime().toMSecsSinceEpoch(),
              minute);
    EXPECT_EQ(field<QComboBox>(form, "channelComboBox")->currentData().toString(), u"hotline"_s);
    EXPECT_EQ(form->focusWidget(), field<QLineEdit>(form, "agentNameLineEdit"));

    chooseChannel(form, u"in_app_chat"_s);
    QTest::keyClicks(field<QLineEdit>(form, "agentNameLineEdit"), u"Li Wei"_s);
    // OK is the default button: Enter in a line edit accepts the form.
    QTest::keyClick(field<QLineEdit>(form, "agentNameLineEdit"), Qt::Key_Return);
    EXPECT_FALSE(form->isVisible());
    ASSERT_EQ(editor.contacts().size(), 1);
    EXPECT_EQ(editor.contacts().first().channel, u"in_app_chat"_s);
    EXPECT_EQ(editor.contacts().first().agentName, u"Li Wei"_s);
    EXPECT_EQ(editor.contacts().first().occurredAt, minute);

    // The next form starts on the same channel and the clock's new time.
    clock.advance(3 * 3'600'000);
    editor.addContact();
    form = openForm(&editor);
    ASSERT_TRUE(form);
    EXPECT_EQ(field<QComboBox>(form, "channelComboBox")->currentData().toString(),
              u"in_app_chat"_s);
    EXPECT_EQ(field<QDateTimeEdit>(form, "occurredDateTimeEdit")->dateTime().toMSecsSinceEpoch(),
              clock.nowMs() - clock.nowMs() % MinuteMs);
    // Escape cancels and adds nothing.
    QTest::keyClick(form, Qt::Key_Escape);
    EXPECT_FALSE(form->isVisible());
    EXPECT_EQ(editor.contacts().size(), 1);

    // Remembered beyond this editor (the case view's, or the next start of the app).
    EXPECT_EQ(AppSettings::lastContactChannel(), u"in_app_chat"_s);
    ContactListEditor other;
    other.addContact();
    form = openForm(&other);
    ASSERT_TRUE(form);
    EXPECT_EQ(field<QComboBox>(form, "channelComboBox")->currentData().toString(),
              u"in_app_chat"_s);
}

TEST_F(ContactsTest, FormExplainsWhatIsMissingInsteadOfClosing)
{
    ContactDialog form;
    form.show();
    auto* hint = field<QLabel>(&form, "hintLabel");
    EXPECT_FALSE(hint->isVisible());

    clickOk(&form);
    EXPECT_TRUE(form.isVisible());
    EXPECT_NE(form.result(), QDialog::Accepted);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(u"reference number"_s));
    EXPECT_EQ(form.focusWidget(), field<QPlainTextEdit>(&form, "summaryPlainTextEdit"));

    // Any one of summary / reference / agent is enough, and typing withdraws the hint.
    QTest::keyClicks(field<QLineEdit>(&form, "referenceLineEdit"), u"CS-2025-0917"_s);
    EXPECT_FALSE(hint->isVisible());
    clickOk(&form);
    EXPECT_FALSE(form.isVisible());
    EXPECT_EQ(form.result(), QDialog::Accepted);
    EXPECT_EQ(form.contact().reference, u"CS-2025-0917"_s);
}

TEST_F(ContactsTest, FormRoundTripsEveryFieldIncludingThePromisedByDate)
{
    Contact in;
    in.id = 42;
    in.caseId = 7;
    in.occurredAt = QDateTime(QDate(2025, 9, 17), QTime(14, 35)).toMSecsSinceEpoch();
    in.channel = u"email"_s;
    in.direction = u"incoming"_s;
    in.agentName = u"王芳"_s;
    in.agentId = u"A10086"_s;
    in.reference = u"T-778"_s;
    in.summary = u"说会在三个工作日内退款"_s;
    in.promise = u"3个工作日内退款"_s;
    in.promisedBy = QDateTime(QDate(2025, 9, 22), QTime(9, 0)).toMSecsSinceEpoch();
    in.outcome = u"尚未退款"_s;

    ContactDialog form;
    form.setContact(in);
    EXPECT_TRUE(field<QDateTimeEdit>(&form, "promisedByDateEdit")->isEnabled());
    const Contact out = form.contact();
    EXPECT_EQ(out.id, 42);
    EXPECT_EQ(out.caseId, 7);
    EXPECT_EQ(out.occurredAt, in.occurredAt);
    EXPECT_EQ(out.channel, in.channel);
    EXPECT_EQ(out.direction, in.direction);
    EXPECT_EQ(out.agentName, in.agentName);
    EXPECT_EQ(out.agentId, in.agentId);
    EXPECT_EQ(out.reference, in.reference);
    EXPECT_EQ(out.summary, in.summary);
    EXPECT_EQ(out.promise, in.promise);
    ASSERT_TRUE(out.promisedBy.has_value());
    // A promise is for a day: the same day comes back, whatever the time was.
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*out.promisedBy).date(), QDate(2025, 9, 22));
    EXPECT_EQ(out.outcome, in.outcome);

    // Unticking drops the date; ticking again takes the date shown.
    auto* hasDate = field<QCheckBox>(&form, "promisedByCheckBox");
    hasDate->setChecked(false);
    EXPECT_FALSE(field<QDateTimeEdit>(&form, "promisedByDateEdit")->isEnabled());
    EXPECT_FALSE(form.contact().promisedBy.has_value());
    hasDate->setChecked(true);
    field<QDateTimeEdit>(&form, "promisedByDateEdit")->setDate(QDate(2025, 10, 1));
    ASSERT_TRUE(form.contact().promisedBy.has_value());
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*form.contact().promisedBy).date(),
              QDate(2025, 10, 1));

    // A channel this version does not know is kept, not replaced by the first one.
    in.channel = u"carrier_pigeon"_s;
    form.setContact(in);
    EXPECT_EQ(form.contact().channel, u"carrier_pigeon"_s);
    EXPECT_EQ(ContactDialog::channelKeys().size(), 8);
}

TEST_F(ContactsTest, FormIsTheDesignerFormWithDateFieldsInTheCasesZone)
{
    const wc::test::ComputerZone newYork("America/New_York");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ContactDialog form;
    // The .ui form's promoted widgets: the wheel-safe date editors.
    auto* occurred = form.findChild<DateTimeField*>(u"occurredDateTimeEdit"_s);
    auto* promisedBy = form.findChild<DateTimeField*>(u"promisedByDateEdit"_s);
    ASSERT_TRUE(occurred && promisedBy);
    EXPECT_EQ(promisedBy->displayFormat(), CaseText::dateFormat()) << "a promise is a day";
    EXPECT_TRUE(occurred->displayFormat().contains(u"yyyy"_s));
    const QTimeZone china("Asia/Shanghai");
    form.setTimeZone(china);
    Contact in = sampleContact(0, QDateTime(QDate(2025, 9, 17), QTime(14, 35), china)
                                      .toMSecsSinceEpoch(), u"说会退款"_s);
    form.setContact(in);
    EXPECT_EQ(occurred->time(), QTime(14, 35)) << "China's clock time";
    EXPECT_EQ(field<QLabel>(&form, "occurredZoneLabel")->text(), u"UTC+8"_s);
    EXPECT_EQ(form.contact().occurredAt, in.occurredAt);
    // Without a promised day the reminder note is hidden; with one it says when it comes.
    auto* note = field<QLabel>(&form, "promiseReminderLabel");
    EXPECT_TRUE(note->isHidden());
    field<QCheckBox>(&form, "promisedByCheckBox")->setChecked(true);
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(u"9:00 AM"_s)) << note->text().toStdString();
}

// ------------------------------------------------------------------ ContactListEditor, memory

TEST_F(ContactsTest, InMemoryEditorAddsEditsAndRemovesAndRemembersRemovedIds)
{
    const qint64 t0 = 1'750'000'000'000;
    ContactListEditor editor;
    editor.setContacts({sampleContact(5, t0 + 2 * 3'600'000, u"second call"_s),
                        sampleContact(0, t0, u"first call"_s)});
    auto* table = editor.findChild<QTableWidget*>(u"contactsTableWidget"_s);
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rowCount(), 2);
    // Time order, whatever order they came in.
    EXPECT_EQ(table->item(0, 5)->text(), u"first call"_s);
    QSignalSpy changed(&editor, &ContactListEditor::contactsChanged);

    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    // Enter on a row edits it.
    editor.selectRow(1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    ContactDialog* form = openForm(&editor);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->contact().summary, u"second call"_s);
    auto* summary = field<QPlainTextEdit>(form, "summaryPlainTextEdit");
    summary->selectAll();
    QTest::keyClicks(summary, u"second call: refund promised"_s);
    QTest::keyClicks(field<QLineEdit>(form, "agentIdLineEdit"), u"8837"_s);
    clickOk(form);
    ASSERT_EQ(editor.contacts().size(), 2);
    EXPECT_EQ(editor.contacts().at(1).id, 5);
    EXPECT_EQ(editor.contacts().at(1).summary, u"second call: refund promised"_s);
    EXPECT_EQ(editor.contacts().at(1).agentId, u"8837"_s);
    EXPECT_EQ(table->item(1, 3)->text(), u"8837"_s);
    EXPECT_EQ(changed.count(), 1);

    // Add one in between: it lands in time order.
    editor.addContact();
    form = openForm(&editor);
    ASSERT_TRUE(form);
    field<QDateTimeEdit>(form, "occurredDateTimeEdit")
        ->setDateTime(QDateTime::fromMSecsSinceEpoch(t0 + 3'600'000));
    QTest::keyClicks(field<QLineEdit>(form, "agentNameLineEdit"), u"Zhang"_s);
    clickOk(form);
    ASSERT_EQ(editor.contacts().size(), 3);
    EXPECT_EQ(editor.contacts().at(1).agentName, u"Zhang"_s);
    EXPECT_EQ(editor.selectedRow(), 1);

    // Delete removes the selected row; only saved contacts (id > 0) are reported removed.
    editor.selectRow(2);
    table->setFocus();
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_EQ(editor.contacts().size(), 2);
    EXPECT_EQ(editor.removedIds(), QList<qint64>{5});
    editor.selectRow(0);
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    editor.removeSelected();
    ASSERT_EQ(editor.contacts().size(), 1);
    EXPECT_EQ(editor.contacts().first().agentName, u"Zhang"_s);
    EXPECT_EQ(editor.removedIds(), QList<qint64>{5});
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(table->rowCount(), 1);
}

// Every column filled, in a case view of ordinary width: what was said keeps a readable width
// and its whole header (it was squeezed to "was" as the one stretching column).
TEST_F(ContactsTest, WhatWasSaidKeepsItsHeaderWhenEveryColumnIsFilled)
{
    Contact c = sampleContact(1, 1'750'000'000'000, u"Asked for the second charge back"_s);
    c.agentName = u"Dana Whitfield-Montgomery"_s;
    c.agentId = u"PP-58213-EXT"_s;
    c.reference = u"CHAT-7H3K9Q-2026-12-05"_s;
    c.promise = u"The charges will be reviewed within five business days"_s;
    c.outcome = u"Sent for review by the disputes team"_s;
    ContactListEditor editor;
    editor.resize(640, 300);
    editor.setContacts({c});
    editor.show();
    auto* table = editor.findChild<QTableWidget*>(u"contactsTableWidget"_s);
    ASSERT_TRUE(table);
    const int summary = 5;
    ASSERT_EQ(table->horizontalHeaderItem(summary)->text(), u"What was said"_s);
    const QFontMetrics metrics = table->horizontalHeader()->fontMetrics();
    EXPECT_GT(table->columnWidth(summary), metrics.horizontalAdvance(u"What was said"_s));
    EXPECT_GE(table->columnWidth(summary), metrics.averageCharWidth() * 24);
}

TEST_F(ContactsTest, DoubleClickEditsAndNothingSelectedMeansNothingToEdit)
{
    ContactListEditor editor;
    editor.setContacts({sampleContact(3, 1'750'000'000'000, u"only one"_s)});
    auto* table = editor.findChild<QTableWidget*>(u"contactsTableWidget"_s);
    auto* editButton = editor.findChild<QPushButton*>(u"editContactPushButton"_s);
    EXPECT_FALSE(editButton->isEnabled());
    editor.editSelected();
    EXPECT_FALSE(openForm(&editor));

    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    const QRect cell = table->visualItemRect(table->item(0, 5));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ContactDialog* form = openForm(&editor);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->contact().id, 3);
    EXPECT_TRUE(editButton->isEnabled());
}

// ------------------------------------------------------------------- ContactListEditor, store

TEST_F(ContactsTest, StoreBoundEditorWritesEachChangeToTheCaseFile)
{
    AppSettings::setReminderTime(QTime(8, 15));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const qint64 caseId = createCase();
    ContactListEditor editor;
    editor.setClock(&clock);
    editor.bindStore(store.get(), caseId);
    QSignalSpy errors(&editor, &ContactListEditor::errorOccurred);

    editor.addContact();
    ContactDialog* form = openForm(&editor);
    ASSERT_TRUE(form);
    typeText(field<QLineEdit>(form, "agentNameLineEdit"), u"小李"_s);
    QTest::keyClicks(field<QLineEdit>(form, "agentIdLineEdit"), u"95188-12"_s);
    typeText(field<QPlainTextEdit>(form, "summaryPlainTextEdit"), u"答应加急处理"_s);
    field<QCheckBox>(form, "promisedByCheckBox")->setChecked(true);
    field<QDateTimeEdit>(form, "promisedByDateEdit")->setDate(QDate(2025, 10, 20));
    clickOk(form);

    auto stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    const Contact saved = stored->first();
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.caseId, caseId);
    EXPECT_EQ(saved.agentName, u"小李"_s);
    EXPECT_EQ(saved.agentId, u"95188-12"_s);
    EXPECT_EQ(saved.summary, u"答应加急处理"_s);
    EXPECT_EQ(saved.channel, u"hotline"_s);
    EXPECT_EQ(saved.occurredAt, clock.nowMs() - clock.nowMs() % MinuteMs);
    ASSERT_TRUE(saved.promisedBy.has_value());
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(*saved.promisedBy).date(), QDate(2025, 10, 20));
    // The promise's reminder comes that day at the user's reminder time, and the list shows the
    // promise as that day.
    auto reminders = store->reminders(caseId);
    ASSERT_TRUE(reminders.ok());
    ASSERT_EQ(reminders->size(), 1);
    const QTimeZone zone = wc::core::CaseTimeZone::zoneFor(*store->caseById(caseId));
    EXPECT_EQ(reminders->first().dueAt,
              wc::core::followup::atLocalTime(QDate(2025, 10, 20), zone, QTime(8, 15)));
    auto* table = editor.findChild<QTableWidget*>();
    ASSERT_TRUE(table);
    bool dayShown = false;
    for (int c = 0; c < table->columnCount(); ++c)
        dayShown |= table->item(0, c) && table->item(0, c)->text().contains(u"by 10/20/2025"_s);
    EXPECT_TRUE(dayShown) << "a promise is a day, in the app's one date format";
    EXPECT_EQ(editor.contacts().size(), 1);
    EXPECT_EQ(editor.contacts().first().id, saved.id);

    editor.selectRow(0);
    editor.editSelected();
    form = openForm(&editor);
    ASSERT_TRUE(form);
    typeText(field<QLineEdit>(form, "outcomeLineEdit"), u"没有回音"_s);
    clickOk(form);
    stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().id, saved.id);
    EXPECT_EQ(stored->first().outcome, u"没有回音"_s);
    EXPECT_EQ(stored->first().agentName, u"小李"_s);

    editor.selectRow(0);
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    editor.removeSelected();
    stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty());
    EXPECT_TRUE(editor.contacts().isEmpty());
    EXPECT_TRUE(editor.removedIds().isEmpty()); // nothing pending: it is gone from the file

    // Each change was its own entry in the case's history.
    auto events = store->events(caseId);
    ASSERT_TRUE(events.ok());
    QStringList kinds;
    for (const CaseEvent& e : *events)
        kinds << e.kind;
    EXPECT_TRUE(kinds.contains(u"contact.logged"_s));
    EXPECT_TRUE(kinds.contains(u"contact.updated"_s));
    EXPECT_TRUE(kinds.contains(u"contact.removed"_s));
    EXPECT_EQ(errors.count(), 0);
}

TEST_F(ContactsTest, StoreBoundEditorReportsAFailedWriteAndShowsWhatTheFileHolds)
{
    const qint64 caseId = createCase();
    Contact existing = sampleContact(0, 1'750'000'000'000, u"logged earlier"_s);
    existing.caseId = caseId;
    ASSERT_TRUE(store->addContact(existing).ok());
    ContactListEditor editor;
    editor.bindStore(store.get(), caseId);
    ASSERT_EQ(editor.contacts().size(), 1);
    QSignalSpy errors(&editor, &ContactListEditor::errorOccurred);

    // The case disappears behind the editor's back (deleted from another window).
    ASSERT_TRUE(store->deleteCase(caseId).ok());
    editor.addContact();
    ContactDialog* form = openForm(&editor);
    ASSERT_TRUE(form);
    QTest::keyClicks(field<QLineEdit>(form, "referenceLineEdit"), u"R-1"_s);
    clickOk(form);

    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.first().first().toString().isEmpty());
    // Reloaded: the table shows what the file holds, not what failed.
    auto stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(editor.contacts().size(), stored->size());
    EXPECT_EQ(editor.findChild<QTableWidget*>(u"contactsTableWidget"_s)->rowCount(),
              int(stored->size()));
}

// ----------------------------------------------------------------- wizard steps 5 and 6

class ContactsPagesTest : public ContactsTest
{
protected:
    void SetUp() override
    {
        ContactsTest::SetUp();
        auto loadedTaxonomy = Taxonomy::load();
        ASSERT_TRUE(loadedTaxonomy.ok());
        taxonomy = std::move(*loadedTaxonomy);
        auto loadedProviders = ProviderDirectory::load();
        ASSERT_TRUE(loadedProviders.ok());
        providers = std::move(*loadedProviders);
    }

    // A draft case as the wizard leaves it after the first steps: saved once, so it has an id.
    std::unique_ptr<WizardSession> draftSession(const QString& family, const QString& subtype)
    {
        CaseDraft draft;
        draft.record.family = family;
        draft.record.subtype = subtype;
        draft.record.wizardStep = 4;
        auto profile = store->profile();
        EXPECT_TRUE(profile.ok());
        if (profile.ok())
            draft.profile = *profile;
        EXPECT_TRUE(draft.save(*store).ok());
        auto session = std::make_unique<WizardSession>(*store, taxonomy, providers, clock);
        session->setDraft(draft);
        return session;
    }

    Taxonomy taxonomy;
    ProviderDirectory providers;
};

TEST_F(ContactsPagesTest, ContactsPageEncouragesServiceComplaintsAndSavesTheContacts)
{
    auto session = draftSession(u"service"_s, u"unresolved"_s);
    const qint64 caseId = session->caseId();
    ASSERT_GT(caseId, 0);

    QWizard wizard;
    auto* contactsPage = new ContactsPage(*session);
    auto* profilePage = new ProfilePage(*session);
    wizard.addPage(contactsPage);
    wizard.addPage(profilePage);
    wizard.show();
    wizard.restart();

    auto* intro = contactsPage->findChild<QLabel*>(u"contactsIntroLabel"_s);
    ASSERT_TRUE(intro);
    EXPECT_TRUE(intro->text().contains(u"employee ID"_s));
    EXPECT_FALSE(intro->text().contains(u"工号"_s)) << "no Chinese in the English interface";
    const QString serviceIntro = intro->text();

    ContactListEditor* editor = contactsPage->editor();
    editor->addContact();
    ContactDialog* form = openForm(editor);
    ASSERT_TRUE(form);
    typeText(field<QLineEdit>(form, "agentNameLineEdit"), u"陈客服"_s);
    QTest::keyClicks(field<QLineEdit>(form, "agentIdLineEdit"), u"0731"_s);
    clickOk(form);
    editor->addContact();
    form = openForm(editor);
    ASSERT_TRUE(form);
    typeText(field<QLineEdit>(form, "referenceLineEdit"), u"工单 55120"_s);
    clickOk(form);
    ASSERT_EQ(editor->contacts().size(), 2);

    wizard.next();
    ASSERT_EQ(wizard.currentPage(), profilePage);
    auto stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).agentName, u"陈客服"_s);
    EXPECT_EQ(stored->at(0).agentId, u"0731"_s);

    // Back and Next again: the entries are still there and are not saved twice.
    wizard.back();
    ASSERT_EQ(wizard.currentPage(), contactsPage);
    EXPECT_EQ(editor->contacts().size(), 2);
    wizard.next();
    stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->size(), 2);

    // A contact removed on the page, then Back (no save) and forward again: still removed once
    // the page is left with Next.
    wizard.back();
    editor->selectRow(0);
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    editor->removeSelected();
    contactsPage->cleanupPage();    // what Back to the previous step does
    contactsPage->initializePage(); // and Next to this step again
    EXPECT_EQ(editor->contacts().size(), 1);
    wizard.next();
    stored = store->contacts(caseId);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().reference, u"工单 55120"_s);

    // For other problems the step is offered, not pressed.
    auto other = draftSession(u"transaction"_s, u"duplicate_charge"_s);
    ContactsPage otherPage(*other);
    otherPage.initializePage();
    const QString otherIntro = otherPage.findChild<QLabel*>(u"contactsIntroLabel"_s)->text();
    EXPECT_NE(otherIntro, serviceIntro);
    EXPECT_TRUE(otherIntro.contains(u"skip"_s));
}

TEST_F(ContactsPagesTest, EnterOnTheContactsStepWithoutASelectedRowGoesOn)
{
    auto session = draftSession(u"transaction"_s, u"payment_failed"_s);
    QWizard wizard;
    auto* contactsPage = new ContactsPage(*session);
    auto* profilePage = new ProfilePage(*session);
    wizard.addPage(contactsPage);
    wizard.addPage(profilePage);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    wizard.restart();
    auto* table = contactsPage->findChild<QTableWidget*>(u"contactsTableWidget"_s);
    ASSERT_TRUE(table);
    EXPECT_FALSE(contactsPage->findChild<QLabel*>(u"noContactsLabel"_s)->isHidden());
    table->setFocus();
    // The table is empty: Enter is the wizard's Next, not "edit the selected row".
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_FALSE(openForm(contactsPage->editor()));
    EXPECT_EQ(wizard.currentPage(), profilePage);
}

TEST_F(ContactsPagesTest, ProfilePageStartsFromTheFileAndRemembersTheDetails)
{
    Profile known;
    known.name = u"张伟"_s;
    known.phone = u"138 0000 0000"_s;
    ASSERT_TRUE(store->saveProfile(known).ok());
    auto session = draftSession(u"transaction"_s, u"refund_missing"_s);

    QWizard wizard;
    auto* contactsPage = new ContactsPage(*session);
    auto* profilePage = new ProfilePage(*session);
    wizard.addPage(contactsPage);
    wizard.addPage(profilePage);
    wizard.show();
    wizard.restart();
    wizard.next();
    ASSERT_EQ(wizard.currentPage(), profilePage);

    auto* name = field<QLineEdit>(profilePage, "nameLineEdit");
    auto* phone = field<QLineEdit>(profilePage, "phoneLineEdit");
    auto* email = field<QLineEdit>(profilePage, "emailLineEdit");
    auto* address = field<QPlainTextEdit>(profilePage, "addressPlainTextEdit");
    auto* emailWarning = field<QLabel>(profilePage, "emailWarningLabel");
    auto* nameNote = field<QLabel>(profilePage, "nameNoteLabel");
    EXPECT_EQ(name->text(), u"张伟"_s);
    EXPECT_EQ(phone->text(), u"138 0000 0000"_s);
    EXPECT_TRUE(nameNote->isHidden());

    // A mistyped address is pointed out when leaving the field, but does not block.
    typeText(email, u"zhangwei＠example.com"_s);
    emit email->editingFinished();
    EXPECT_FALSE(emailWarning->isHidden());
    // A phone number where the postal address goes is pointed out, and moved on request.
    auto* addressWarning = field<QLabel>(profilePage, "addressWarningLabel");
    EXPECT_TRUE(addressWarning->isHidden());
    typeText(address, u"+86 139 0000 1111"_s);
    EXPECT_FALSE(addressWarning->isHidden());
    emit addressWarning->linkActivated(u"phone"_s);
    EXPECT_TRUE(address->toPlainText().isEmpty());
    EXPECT_EQ(phone->text(), u"138 0000 0000, +86 139 0000 1111"_s) << "both numbers kept";
    EXPECT_TRUE(addressWarning->isHidden());
    phone->setText(u"138 0000 0000"_s);
    typeText(address, u"上海市浦东新区 1 号"_s);
    EXPECT_TRUE(addressWarning->isHidden()) << "a real address with a number is fine";

    // Back and forth keeps what was typed.
    wizard.back();
    wizard.next();
    EXPECT_EQ(email->text(), u"zhangwei＠example.com"_s);
    EXPECT_EQ(address->toPlainText(), u"上海市浦东新区 1 号"_s);
    EXPECT_FALSE(emailWarning->isHidden());

    email->clear();
    QTest::keyClicks(email, u"zhangwei@example.com"_s);
    EXPECT_TRUE(emailWarning->isHidden());

    // No name: explained, still not blocked.
    name->clear();
    EXPECT_FALSE(nameNote->isHidden());
    EXPECT_FALSE(nameNote->text().isEmpty());
    ASSERT_TRUE(profilePage->validatePage());

    auto profile = store->profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->name, QString());
    EXPECT_EQ(profile->phone, u"138 0000 0000"_s);
    EXPECT_EQ(profile->email, u"zhangwei@example.com"_s);
    EXPECT_EQ(profile->address, u"上海市浦东新区 1 号"_s);
}

TEST(ProfilePage, TellsAnEmailAddressFromSomethingElse)
{
    EXPECT_TRUE(ProfilePage::looksLikeEmail(u"a.b@example.com"_s));
    EXPECT_TRUE(ProfilePage::looksLikeEmail(u"  wang@mail.qq.com "_s));
    EXPECT_FALSE(ProfilePage::looksLikeEmail(u"wang@localhost"_s));
    EXPECT_FALSE(ProfilePage::looksLikeEmail(u"wang at example.com"_s));
    EXPECT_FALSE(ProfilePage::looksLikeEmail(u"wang＠example.com"_s));
    EXPECT_FALSE(ProfilePage::looksLikeEmail(u"wang@@example.com"_s));
    EXPECT_FALSE(ProfilePage::looksLikeEmail(u"wang@example..com"_s));
    EXPECT_FALSE(ProfilePage::looksLikeEmail(QString()));
}

} // namespace

namespace {

// The walk: typing a name hid the note above the phone field and the fields jumped up under
// the pointer, so a click meant for Phone landed in Address.
TEST_F(ContactsPagesTest, ProfileFieldsStayPutWhenTheNameNoteGoes)
{
    auto session = draftSession(u"transaction"_s, u"refund_missing"_s);
    QWizard wizard;
    auto* contactsPage = new ContactsPage(*session);
    auto* profilePage = new ProfilePage(*session);
    wizard.addPage(contactsPage);
    wizard.addPage(profilePage);
    wizard.show();
    wizard.restart();
    wizard.next();
    ASSERT_EQ(wizard.currentPage(), profilePage);
    auto* name = field<QLineEdit>(profilePage, "nameLineEdit");
    auto* phone = field<QLineEdit>(profilePage, "phoneLineEdit");
    ASSERT_FALSE(field<QLabel>(profilePage, "nameNoteLabel")->isHidden());
    QCoreApplication::processEvents();
    const int y = phone->mapTo(profilePage, QPoint(0, 0)).y();
    name->setText(u"Maria Lopez"_s);
    QCoreApplication::processEvents();
    EXPECT_TRUE(field<QLabel>(profilePage, "nameNoteLabel")->isHidden());
    EXPECT_EQ(phone->mapTo(profilePage, QPoint(0, 0)).y(), y);
}

// A contact "on 28 December" typed on the 7th: pointed out under the time, as the incident
// time is, and OK asks before keeping it, since letters state when each contact happened.
TEST_F(ContactsTest, AFutureContactTimeIsPointedOutAndKeptOnlyWhenConfirmed)
{
    const QTimeZone zone("America/Los_Angeles");
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(10, 0), zone).toMSecsSinceEpoch());
    MessageBox::clearQueuedAnswers();
    MessageBox::takeAskedCount();
    ContactDialog form;
    form.setClock(&clock);
    form.setTimeZone(zone);
    wc::core::Contact c;
    c.occurredAt = clock.nowMs() - 3'600'000;
    c.summary = u"Asked about the transfers"_s;
    form.setContact(c);
    form.show();
    auto* warning = field<QLabel>(&form, "occurredWarningLabel");
    EXPECT_FALSE(warning->isVisible());
    auto* occurred = field<QDateTimeEdit>(&form, "occurredDateTimeEdit");
    occurred->setDateTime(QDateTime(QDate(2026, 12, 28), QTime(15, 0), Qt::UTC));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(u"later than now"_s)) << warning->text().toStdString();

    MessageBox::setNextChoice(FutureTime::Correct);
    clickOk(&form);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(form.isVisible()) << "not kept without confirmation";
    EXPECT_NE(form.result(), QDialog::Accepted);

    MessageBox::setNextChoice(FutureTime::Keep);
    clickOk(&form);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(form.result(), QDialog::Accepted);

    // A past time is accepted without a question.
    ContactDialog past;
    past.setClock(&clock);
    past.setTimeZone(zone);
    past.setContact(c);
    past.show();
    EXPECT_FALSE(field<QLabel>(&past, "occurredWarningLabel")->isVisible());
    clickOk(&past);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    EXPECT_EQ(past.result(), QDialog::Accepted);
}

// The first steps' "Done at" likewise: a future time is pointed out, and leaving the field
// keeps it only when the user says so; otherwise it goes back to the time it had.
TEST_F(ContactsTest, AFutureDoneAtIsPointedOutAndRevertedUnlessConfirmed)
{
    const QTimeZone zone("Asia/Shanghai");
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(10, 0), zone).toMSecsSinceEpoch());
    MessageBox::clearQueuedAnswers();
    MessageBox::takeAskedCount();
    ChecklistEditor editor;
    editor.setClock(&clock);
    editor.setTimeZone(zone);
    ChecklistEditor::Step step = freezeStep();
    const qint64 frozen = clock.nowMs() - 2 * 3'600'000;
    step.doneAt = frozen;
    editor.setSteps({step});
    editor.show();
    QSignalSpy committed(&editor, &ChecklistEditor::timeCommitted);
    auto* warning = field<QLabel>(&editor, "step_freeze_account_WarningLabel");
    EXPECT_FALSE(warning->isVisible());
    auto* time = editor.timeEdit(u"freeze_account"_s);
    time->setDateTime(QDateTime(QDate(2026, 12, 28), QTime(8, 0), Qt::UTC));
    EXPECT_TRUE(warning->isVisible());

    MessageBox::setNextChoice(FutureTime::Correct);
    emit time->editingFinished();
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(committed.count(), 0);
    EXPECT_EQ(editor.doneAt(u"freeze_account"_s), frozen);
    EXPECT_FALSE(warning->isVisible());

    time->setDateTime(QDateTime(QDate(2026, 12, 28), QTime(8, 0), Qt::UTC));
    MessageBox::setNextChoice(FutureTime::Keep);
    emit time->editingFinished();
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(committed.count(), 1);
    EXPECT_EQ(editor.doneAt(u"freeze_account"_s),
              QDateTime(QDate(2026, 12, 28), QTime(8, 0), zone).toMSecsSinceEpoch());
}

// Ticking a step sets "Done at" to now, which is rarely when it was done (the walk's freeze at
// 3:14 ticked hours later, then stated to the minute in the letter): a line says so until the
// time is changed; a step loaded as done does not carry it.
TEST_F(ContactsTest, ATickedStepSaysItsTimeIsTheTickUntilChanged)
{
    const QTimeZone zone("America/Los_Angeles");
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(10, 0), zone).toMSecsSinceEpoch());
    ChecklistEditor editor;
    editor.setClock(&clock);
    editor.setTimeZone(zone);
    ChecklistEditor::Step step = freezeStep();
    ChecklistEditor::Step done = step;
    done.key = u"change_passwords"_s;
    done.doneAt = clock.nowMs() - 3'600'000;
    editor.setSteps({step, done});
    editor.show();
    auto* hint = field<QLabel>(&editor, "step_freeze_account_TickedNowLabel");
    EXPECT_FALSE(hint->isVisible());
    EXPECT_FALSE(field<QLabel>(&editor, "step_change_passwords_TickedNowLabel")->isVisible());
    editor.checkBox(u"freeze_account"_s)->setChecked(true);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_EQ(editor.doneAt(u"freeze_account"_s), clock.nowMs());
    editor.timeEdit(u"freeze_account"_s)
        ->setDateTime(QDateTime(QDate(2026, 12, 7), QTime(3, 14), Qt::UTC));
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(editor.doneAt(u"freeze_account"_s),
              QDateTime(QDate(2026, 12, 7), QTime(3, 14), zone).toMSecsSinceEpoch());
    editor.checkBox(u"freeze_account"_s)->setChecked(false);
    EXPECT_FALSE(hint->isVisible());
}

} // namespace
