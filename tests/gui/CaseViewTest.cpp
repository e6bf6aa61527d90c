// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The case workspace as a pane: every part of a case shown where it is edited, draft and urgent
// cases, the hint, store errors. Editing is tested in CaseWorkspaceTest.
#include "cases/CaseChronology.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/caseview/EventText.h"
#include "gui/caseview/LettersTab.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/evidence/EvidenceGallery.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/transactions/TransactionsPanel.h"
#include "gui/widgets/AccountLineEdit.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/LetterEditor.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/DemoCase.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "model/Masking.h"
#include "support/PaintedText.h"
#include "support/StoreTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTranslator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class CaseViewTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto loadedTaxonomy = core::Taxonomy::load();
        ASSERT_TRUE(loadedTaxonomy.ok());
        taxonomy = *loadedTaxonomy;
        auto loadedProviders = core::ProviderDirectory::load();
        ASSERT_TRUE(loadedProviders.ok());
        providers = *loadedProviders;
        view = std::make_unique<CaseView>();
        view->resize(640, 900);
        view->setContext(store.get(), &taxonomy, &providers, u"en"_s);
        // Tabs are built when first opened; these tests look into tabs they do not open.
        for (int tab = 0; tab < CaseView::TabCount; ++tab)
            view->ensureTab(CaseView::Tab(tab));
    }

    void TearDown() override { view.reset(); }

    template <typename T = QLabel> T* find(const QString& name) const
    {
        T* child = view->findChild<T*>(name);
        EXPECT_NE(child, nullptr) << name.toStdString();
        return child;
    }
    QString text(const QString& name) const
    {
        const QLabel* label = find(name);
        return label ? label->text() : QString();
    }
    // A fact is shown when its label is not hidden (an empty fact hides its row).
    bool shown(const QString& name) const
    {
        const QWidget* widget = find<QWidget>(name);
        return widget && !widget->isHidden();
    }

    // Keeps a picture of the pane when WC_CASEVIEW_SHOTS names a folder, to look at.
    void keepShot(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("WC_CASEVIEW_SHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(100); // let the layout settle (scroll bars appear after a show)
        view->grab().save(QDir(folder).filePath(u"caseview-%1.png"_s.arg(name)));
    }

    qint64 securityCase(const QString& status)
    {
        core::CaseRecord r;
        r.title = u"Someone signed in to my wallet"_s;
        r.family = u"security"_s;
        r.subtype = u"account_stolen"_s;
        r.status = status;
        r.providerKey = u"alipay"_s;
        r.providerName = u"支付宝"_s;
        r.accountRef = u"13812345678"_s;
        r.language = u"en"_s;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    core::Taxonomy taxonomy;
    core::ProviderDirectory providers;
    std::unique_ptr<CaseView> view;
};

TEST_F(CaseViewTest, ShowsEveryPartOfACompleteCase)
{
    auto id = core::DemoCase::addTo(*store, u"en"_s, clock.nowMs());
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    const core::CaseSnapshot demo = *store->snapshot(*id);
    view->show(); // before the case: the pane then grows around what it shows
    view->showCase(*id);
    EXPECT_EQ(view->caseId(), *id);

    // The facts, in the fields that edit them.
    EXPECT_EQ(text(u"titleLabel"_s), demo.record.title);
    EXPECT_EQ(find<QLineEdit>(u"titleLineEdit"_s)->text(), demo.record.title);
    EXPECT_EQ(find<QComboBox>(u"statusComboBox"_s)->currentData().toString(),
              u"awaiting_reply"_s);
    EXPECT_EQ(find<QComboBox>(u"statusComboBox"_s)->currentText(),
              CaseText::status(u"awaiting_reply"_s));
    EXPECT_EQ(find<QComboBox>(u"providerComboBox"_s)->currentText(), u"PayPal"_s);
    EXPECT_TRUE(find<QComboBox>(u"problemComboBox"_s)->currentText().contains(u"Duplicate charge"_s));
    // The field holds the case zone's clock time (see CaseText::wallClock).
    EXPECT_EQ(CaseText::fromWallClock(find<QDateTimeEdit>(u"incidentDateTimeEdit"_s)->dateTime(),
                                      core::CaseTimeZone::zoneFor(demo.record))
                  / 60000,
              *demo.record.incidentAt / 60000);
    EXPECT_EQ(find<QLineEdit>(u"amountLineEdit"_s)->text(), u"49.99"_s);
    EXPECT_EQ(find<QComboBox>(u"currencyComboBox"_s)->currentText(), u"USD"_s);
    // With its symbol before it, as money reads everywhere else (the walk found it without).
    EXPECT_EQ(find<QLabel>(u"currencySymbolLabel"_s)->text(), CaseText::currencySymbol(u"USD"_s));
    EXPECT_FALSE(find<QLabel>(u"currencySymbolLabel"_s)->text().isEmpty());
    EXPECT_FALSE(find<QLabel>(u"currencySymbolLabel"_s)->isHidden());
    const QString references = find<QPlainTextEdit>(u"referencesPlainTextEdit"_s)->toPlainText();
    for (const QString& reference : demo.record.references)
        EXPECT_TRUE(references.contains(reference));
    // The account is masked: recognisable, not the whole identifier.
    auto* account = find<AccountLineEdit>(u"accountLineEdit"_s);
    EXPECT_EQ(account->text(), core::maskAccount(demo.record.accountRef));
    EXPECT_EQ(account->text(), u"j***@example.com"_s);
    EXPECT_EQ(account->value(), demo.record.accountRef);
    EXPECT_EQ(find<QPlainTextEdit>(u"descriptionPlainTextEdit"_s)->toPlainText(),
              demo.record.description);
    EXPECT_TRUE(find<QCheckBox>(u"remedy_refund_CheckBox"_s)->isChecked());
    EXPECT_EQ(find<QLineEdit>(u"remedyNoteLineEdit"_s)->text(), demo.record.remedyNote);
    EXPECT_TRUE(text(u"datesLabel"_s)
                    .contains(CaseText::dateTime(demo.record.createdAt,
                                                 core::CaseTimeZone::zoneFor(demo.record))));
    EXPECT_FALSE(text(u"datesLabel"_s).contains(u"closed"_s));

    // Each first step says when it was done, with the user's note.
    ASSERT_FALSE(demo.checklist.isEmpty());
    for (const core::ChecklistItem& item : demo.checklist) {
        auto* box = find<QCheckBox>(u"step_%1_CheckBox"_s.arg(item.itemKey));
        ASSERT_TRUE(box);
        EXPECT_EQ(box->text(), item.label);
        EXPECT_TRUE(box->isChecked());
        // In the case zone's clock time, like every time of the case.
        EXPECT_EQ(CaseText::fromWallClock(
                      find<QDateTimeEdit>(u"step_%1_DateTimeEdit"_s.arg(item.itemKey))->dateTime(),
                      core::CaseTimeZone::zoneFor(demo.record)),
                  *item.doneAt);
        if (!item.note.isEmpty()) {
            EXPECT_EQ(text(u"step_%1_NoteLabel"_s.arg(item.itemKey)), item.note);
        }
    }

    // Evidence and transactions are their tabs' own, on this case.
    EXPECT_EQ(find<EvidenceGallery>(u"evidenceGallery"_s)->caseId(), *id);
    EXPECT_EQ(find<TransactionsPanel>(u"transactionsPanel"_s)->caseId(), *id);
    auto* contacts = find<QTableWidget>(u"contactsTableWidget"_s);
    ASSERT_TRUE(contacts);
    EXPECT_EQ(contacts->rowCount(), 2);

    // The letter: status, how it was sent, and the text itself, kept as it was sent.
    auto* letters = find<QListWidget>(u"lettersListWidget"_s);
    ASSERT_TRUE(letters);
    ASSERT_EQ(letters->count(), 1);
    EXPECT_FALSE(shown(u"noLettersLabel"_s));
    const core::Letter& letter = demo.letters.first();
    auto* editor = find<LetterEditor>(u"letterEditor"_s);
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_EQ(editor->subject(), letter.subject);
    EXPECT_EQ(editor->body(), letter.body);
    const QString status = LettersTab::statusText(letter);
    EXPECT_TRUE(status.contains(u"Sent "_s + CaseText::dateTime(*letter.sentAt)))
        << status.toStdString();
    EXPECT_TRUE(status.contains(u"email"_s));
    EXPECT_TRUE(status.contains(letter.reference));

    // The next follow-up, not overdue.
    ASSERT_EQ(demo.reminders.size(), 1);
    EXPECT_TRUE(shown(u"followUpLabel"_s));
    // In the case's zone, with its offset when the computer's differs.
    EXPECT_TRUE(text(u"followUpLabel"_s)
                    .contains(CaseText::zonedDateTime(demo.reminders.first().dueAt,
                                                      core::CaseTimeZone::zoneFor(demo.record))))
        << text(u"followUpLabel"_s).toStdString();
    EXPECT_TRUE(text(u"followUpLabel"_s).contains(demo.reminders.first().text));
    EXPECT_FALSE(text(u"followUpLabel"_s).contains(u"overdue"_s));

    // Finished, not urgent: neither banner.
    EXPECT_FALSE(shown(u"urgentLabel"_s));
    EXPECT_FALSE(find<QPushButton>(u"continuePushButton"_s)->isVisible());
}

TEST_F(CaseViewTest, AnOverdueFollowUpSaysSo)
{
    auto id = core::DemoCase::addTo(*store, u"zh_CN"_s, clock.nowMs());
    ASSERT_TRUE(id.ok());
    clock.advance(30LL * 24 * 3600 * 1000);
    view->showCase(*id);
    EXPECT_TRUE(text(u"followUpLabel"_s).contains(u"overdue"_s))
        << text(u"followUpLabel"_s).toStdString();
    // The Chinese demo's provider and problem read in the pane's language.
    EXPECT_EQ(find<QComboBox>(u"providerComboBox"_s)->currentText(), u"Alipay"_s);
    view->setContext(store.get(), &taxonomy, &providers, u"zh_CN"_s);
    view->showCase(*id);
    EXPECT_EQ(find<QComboBox>(u"providerComboBox"_s)->currentText(), u"支付宝"_s);
    EXPECT_TRUE(find<QComboBox>(u"problemComboBox"_s)->currentText().contains(u"重复扣款"_s));
}

TEST_F(CaseViewTest, AnOpenSecurityCaseIsUrgentAndShowsWhenTheAccountWasFrozen)
{
    const qint64 id = securityCase(u"sent"_s);
    const qint64 frozenAt = clock.nowMs() - 3'600'000;
    core::ChecklistItem freeze;
    freeze.caseId = id;
    freeze.itemKey = u"freeze_account"_s;
    freeze.label = u"Freeze the account now"_s;
    freeze.doneAt = frozenAt;
    ASSERT_TRUE(store->addChecklistItem(freeze).ok());
    core::ChecklistItem passwords;
    passwords.caseId = id;
    passwords.itemKey = u"change_passwords"_s;
    // Stored in the language the case was begun in; shown in the interface's.
    passwords.label = u"修改登录密码和支付密码"_s;
    passwords.position = 1;
    ASSERT_TRUE(store->addChecklistItem(passwords).ok());

    view->showCase(id);
    EXPECT_TRUE(shown(u"urgentLabel"_s));
    // The freeze is recorded: no more "if not frozen yet", but when, and what is still open.
    const QString urgent = text(u"urgentLabel"_s);
    EXPECT_TRUE(urgent.contains(u"Frozen at"_s)) << urgent.toStdString();
    EXPECT_FALSE(urgent.contains(u"not frozen yet"_s)) << urgent.toStdString();
    EXPECT_TRUE(urgent.contains(u"Next: Change your sign-in and payment passwords"_s))
        << urgent.toStdString();
    EXPECT_FALSE(urgent.contains(u"95188"_s)) << urgent.toStdString();
    EXPECT_EQ(find<AccountLineEdit>(u"accountLineEdit"_s)->text(), u"138****5678"_s);
    EXPECT_TRUE(find<QCheckBox>(u"step_freeze_account_CheckBox"_s)->isChecked());
    EXPECT_EQ(CaseText::fromWallClock(
                  find<QDateTimeEdit>(u"step_freeze_account_DateTimeEdit"_s)->dateTime(),
                  core::CaseTimeZone::zoneFor(*store->caseById(id))),
              frozenAt);
    EXPECT_FALSE(find<QCheckBox>(u"step_change_passwords_CheckBox"_s)->isChecked());
    EXPECT_FALSE(find<QDateTimeEdit>(u"step_change_passwords_DateTimeEdit"_s)->isEnabled());
    // What the taxonomy says about a step is shown with it.
    EXPECT_FALSE(text(u"step_change_passwords_WhyLabel"_s).isEmpty());
    EXPECT_TRUE(shown(u"noLettersLabel"_s));
    EXPECT_FALSE(shown(u"followUpLabel"_s));
    EXPECT_TRUE(find<QLineEdit>(u"amountLineEdit"_s)->text().isEmpty());
    view->show();
    keepShot(u"security"_s);

    // Resolved: no longer urgent.
    core::CaseRecord record = *store->caseById(id);
    record.status = u"resolved"_s;
    ASSERT_TRUE(store->updateCase(record).ok());
    view->refresh();
    EXPECT_FALSE(shown(u"urgentLabel"_s));
    EXPECT_TRUE(text(u"datesLabel"_s).contains(u"closed"_s));
}

TEST_F(CaseViewTest, TheUrgentBannerMovesOnOnceTheFreezeIsTicked)
{
    const qint64 id = securityCase(u"sent"_s);
    core::ChecklistItem freeze;
    freeze.caseId = id;
    freeze.itemKey = u"freeze_account"_s;
    freeze.label = u"Freeze the account now"_s;
    ASSERT_TRUE(store->addChecklistItem(freeze).ok());
    core::ChecklistItem police;
    police.caseId = id;
    police.itemKey = u"report_police"_s;
    police.label = u"Report stolen money to the police"_s;
    police.position = 1;
    ASSERT_TRUE(store->addChecklistItem(police).ok());

    view->showCase(id);
    EXPECT_TRUE(text(u"urgentLabel"_s).contains(u"not frozen yet"_s))
        << text(u"urgentLabel"_s).toStdString();
    EXPECT_TRUE(text(u"urgentLabel"_s).contains(u"95188"_s));

    find<QCheckBox>(u"step_freeze_account_CheckBox"_s)->click();
    const QString urgent = text(u"urgentLabel"_s);
    EXPECT_TRUE(urgent.contains(u"Frozen at"_s)) << urgent.toStdString();
    EXPECT_FALSE(urgent.contains(u"not frozen yet"_s)) << urgent.toStdString();
    EXPECT_TRUE(urgent.contains(u"Report stolen money to the police"_s)) << urgent.toStdString();

    find<QCheckBox>(u"step_report_police_CheckBox"_s)->click();
    EXPECT_TRUE(text(u"urgentLabel"_s).contains(u"Every urgent step is done"_s))
        << text(u"urgentLabel"_s).toStdString();
}

TEST_F(CaseViewTest, ADraftOffersToContinueTheWizard)
{
    core::CaseRecord r;
    r.title = u"支付失败"_s;
    r.family = u"transaction"_s;
    r.subtype = u"payment_failed"_s;
    r.status = u"draft"_s;
    r.wizardStep = 2;
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok());
    view->show();
    view->showCase(*id);
    EXPECT_TRUE(shown(u"draftNoteLabel"_s));
    EXPECT_TRUE(text(u"draftNoteLabel"_s).contains(u"step 3 of 8"_s))
        << text(u"draftNoteLabel"_s).toStdString();
    auto* button = find<QPushButton>(u"continuePushButton"_s);
    ASSERT_TRUE(button);
    EXPECT_TRUE(button->isVisible());
    keepShot(u"draft"_s);
    QSignalSpy resume(view.get(), &CaseView::resumeRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(resume.count(), 1);
    EXPECT_EQ(resume.at(0).at(0).toLongLong(), *id);
}

TEST_F(CaseViewTest, NoCaseShowsAHint)
{
    const qint64 id = securityCase(u"sent"_s);
    view->showCase(id);
    auto* hint = find(u"hintLabel"_s);
    auto* workspace = find<QWidget>(u"caseWorkspace"_s);
    ASSERT_TRUE(hint && workspace);
    EXPECT_FALSE(workspace->isHidden());
    view->show();
    view->showCase(0);
    EXPECT_EQ(view->caseId(), 0);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(workspace->isVisible());
    EXPECT_TRUE(hint->text().contains(u"Choose a case"_s));
    EXPECT_EQ(find<EvidenceGallery>(u"evidenceGallery"_s)->caseId(), 0);
    EXPECT_EQ(find<TransactionsPanel>(u"transactionsPanel"_s)->caseId(), 0);
}

TEST_F(CaseViewTest, StoreErrorsAreReported)
{
    QSignalSpy errors(view.get(), &CaseView::errorOccurred);
    view->show();
    view->showCase(4242); // gone: deleted elsewhere, say
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.at(0).at(0).toString().isEmpty());
    EXPECT_TRUE(find(u"hintLabel"_s)->isVisible());
    EXPECT_TRUE(text(u"hintLabel"_s).contains(u"could not be shown"_s));

    // A part that cannot be read is reported; the rest of the case still shows.
    const qint64 id = securityCase(u"sent"_s);
    ASSERT_TRUE(store->database().exec(u"ALTER TABLE letters RENAME TO letters_gone"_s).ok());
    errors.clear();
    view->showCase(id);
    EXPECT_GE(errors.count(), 1);
    EXPECT_EQ(text(u"titleLabel"_s), u"Someone signed in to my wallet"_s);
    EXPECT_TRUE(find<QWidget>(u"caseWorkspace"_s)->isVisible());
}

TEST_F(CaseViewTest, AContactRemovedInThePaneReachesTheStoreAndTheList)
{
    auto id = core::DemoCase::addTo(*store, u"en"_s, clock.nowMs());
    ASSERT_TRUE(id.ok());
    view->showCase(*id);
    QSignalSpy changed(view.get(), &CaseView::caseChanged);
    auto* contacts = find<ContactListEditor>(u"contactListEditor"_s);
    ASSERT_TRUE(contacts);
    contacts->selectRow(0);
    MessageBox::setNextChoice(ContactListEditor::RemoveContact);
    contacts->removeSelected();
    EXPECT_EQ(store->contacts(*id)->size(), 1);
    EXPECT_EQ(find<QTableWidget>(u"contactsTableWidget"_s)->rowCount(), 1);
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).toLongLong(), *id);
}

TEST_F(CaseViewTest, LongTextWrapsInsteadOfWideningThePane)
{
    core::CaseRecord r;
    r.title = u"A title that goes on and on "_s.repeated(8);
    r.family = u"service"_s;
    r.subtype = u"unresolved"_s;
    r.status = u"sent"_s;
    r.description =
        u"Nobody answered my messages for weeks. "_s.repeated(60) +
        u"https://example.com/a-very-long-link-without-any-spaces-in-it-at-all-"_s.repeated(4);
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok());
    view->resize(560, 700);
    view->show();
    view->showCase(*id);
    auto* scroll = find<QScrollArea>(u"caseScrollArea"_s);
    ASSERT_TRUE(scroll);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return scroll->widget()->width() <= scroll->viewport()->width(); }, 5000));
    // However long a word, the content may be as narrow as the pane.
    EXPECT_LE(scroll->widget()->minimumSizeHint().width(), scroll->viewport()->width());
    EXPECT_LE(view->minimumSizeHint().width(), view->width());
    // The long title wraps in the header.
    EXPECT_GT(find(u"titleLabel"_s)->height(), 2 * find(u"titleLabel"_s)->fontMetrics().height());
    // The whole overview does not fit: it scrolls.
    EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0);
}

// Draws the demo case in both languages (see keepShot); the pictures must not be blank.
TEST_F(CaseViewTest, DrawsTheDemoCase)
{
    for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
        auto id = core::DemoCase::addTo(*store, language, clock.nowMs());
        ASSERT_TRUE(id.ok());
        view->setContext(store.get(), &taxonomy, &providers, language);
        view->resize(900, 1400);
        view->show();
        view->showCase(*id);
        QTest::qWait(300); // layouts settle; nothing asserts on them here
        const QImage image = view->grab().toImage();
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 100);
        keepShot(language);
        // What is drawn: every label on screen shows its text, the case's title and wallet are
        // among them by name, and no internal key is.
        const auto painted = test::paintedLabels(view.get(), image);
        EXPECT_TRUE(painted.unpainted.isEmpty()) << painted.unpainted.join(u"; "_s).toStdString();
        auto record = store->caseById(*id);
        ASSERT_TRUE(record.ok());
        const QString shown = painted.shown.join(u'\n');
        EXPECT_TRUE(shown.contains(record->title)) << shown.toStdString();
        const auto provider = providers.provider(record->providerKey);
        ASSERT_TRUE(provider.has_value());
        EXPECT_TRUE(shown.contains(provider->name.text(language))) << shown.toStdString();
        EXPECT_TRUE(test::internalKeysShown(painted.shown).isEmpty())
            << test::internalKeysShown(painted.shown).join(u", "_s).toStdString();
    }
}

} // namespace

// Money on screen follows the interface's language (letters follow the case's region): the
// Chinese interface writes yuan as ¥128.00, like Alipay's and WeChat Pay's own bills, and other
// currencies with a symbol no other currency shares; the US interface writes $ for dollars.
TEST(CaseTextMoneyTest, AmountsReadTheWayTheInterfaceLanguageWritesMoney)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    EXPECT_EQ(wc::gui::CaseText::money(12800, u"CNY"_s, chinese), u"¥128.00"_s);
    EXPECT_EQ(wc::gui::CaseText::money(-12800, u"cny"_s, chinese), u"-¥128.00"_s);
    EXPECT_EQ(wc::gui::CaseText::money(124000, u"USD"_s, chinese), u"US$1,240.00"_s);
    EXPECT_EQ(wc::gui::CaseText::money(7450, u"GBP"_s, chinese), u"£74.50"_s);

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(wc::gui::CaseText::money(124000, u"USD"_s, us), u"$1,240.00"_s);
    EXPECT_EQ(wc::gui::CaseText::money(12800, u"CNY"_s, us), u"CN¥128.00"_s);
    EXPECT_EQ(wc::gui::CaseText::money(7450, u"GBP"_s, us), u"£74.50"_s);
    EXPECT_EQ(wc::gui::CaseText::money(-7450, u"USD"_s, us), u"-$74.50"_s);
    // No symbol that cannot be misread: the code, as before.
    EXPECT_EQ(wc::gui::CaseText::money(1234, u"KRW"_s, us), u"1,234 KRW"_s);
    // Large amounts keep every digit (no double on the way).
    EXPECT_EQ(wc::gui::CaseText::money(123456789012345678, u"USD"_s, us),
              u"$1,234,567,890,123,456.78"_s);

    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(wc::gui::CaseText::money(7450, u"GBP"_s, uk), u"£74.50"_s);
    EXPECT_EQ(wc::gui::CaseText::money(124000, u"USD"_s, uk), u"US$1,240.00"_s);
}

namespace {

// Chinese names the two "reference %1"s differently; this stands in for the translation file
// and tells them apart only by their disambiguation.
class ReferenceTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int) const override
    {
        if (qstrcmp(context, "wc::gui::EventText") != 0 || qstrcmp(source, "reference %1") != 0 ||
            !disambiguation)
            return {};
        if (QByteArray(disambiguation).contains("交易号"))
            return u"交易号 %1"_s;
        if (QByteArray(disambiguation).contains("受理编号"))
            return u"受理编号 %1"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST(EventTextReferenceTest, ATransactionNumberAndACompanysTicketAreTwoStrings)
{
    ReferenceTranslator translator;
    QCoreApplication::installTranslator(&translator);
    EventText::Context context;
    core::ChronologyEntry payment;
    payment.kind = core::ChronologyEntry::Kind::Transaction;
    payment.transaction.amountMinor = 12800;
    payment.transaction.currency = u"CNY"_s;
    payment.transaction.reference = u"2026011522001"_s;
    core::ChronologyEntry call;
    call.kind = core::ChronologyEntry::Kind::Contact;
    call.contact.channel = u"hotline"_s;
    call.contact.direction = u"outgoing"_s;
    call.contact.reference = u"KF-88"_s;
    const QString paymentText = EventText::describe(payment, context);
    const QString callText = EventText::describe(call, context);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(paymentText.contains(u"交易号 2026011522001"_s)) << paymentText.toStdString();
    EXPECT_TRUE(callText.contains(u"受理编号 KF-88"_s)) << callText.toStdString();
}

// A reminder WalletCase completed itself says why in the timeline (ReminderPurpose).
TEST(EventTextReferenceTest, AReminderCompletedByWalletCaseSaysWhy)
{
    EventText::Context context;
    core::CaseEvent done;
    done.kind = u"reminder.done"_s;
    done.payload = uR"({"id":3,"state":"done","due_at":0,"reason":"letter_to_company"})"_s;
    const QString text = EventText::describe(done, context);
    EXPECT_TRUE(text.contains(u"your letter to the company is recorded as sent"_s))
        << text.toStdString();
    done.payload = uR"({"id":3,"state":"done","due_at":0})"_s;
    EXPECT_FALSE(EventText::describe(done, context).contains(u"recorded"_s));
}
