// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The case pane: every part of a case shown, draft and urgent cases, the hint, store errors.
#include "gui/caseview/CaseChecklistView.h"
#include "gui/caseview/CaseLettersView.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/widgets/EvidenceListEditor.h"
#include "guidance/DemoCase.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "model/Masking.h"
#include "support/StoreTest.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
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

    EXPECT_EQ(text(u"titleLabel"_s), demo.record.title);
    EXPECT_EQ(text(u"statusLabel"_s), CaseText::status(u"awaiting_reply"_s));
    EXPECT_EQ(text(u"providerLabel"_s), u"PayPal"_s);
    EXPECT_TRUE(text(u"problemLabel"_s).contains(u"Duplicate charge"_s));
    EXPECT_EQ(text(u"incidentLabel"_s), CaseText::dateTime(*demo.record.incidentAt));
    EXPECT_EQ(text(u"amountLabel"_s), CaseText::money(4999, u"USD"_s));
    EXPECT_TRUE(text(u"amountLabel"_s).contains(u"49"_s));
    for (const QString& reference : demo.record.references)
        EXPECT_TRUE(text(u"referencesLabel"_s).contains(reference));
    // The account is masked: recognisable, not the whole identifier.
    EXPECT_EQ(text(u"accountLabel"_s), core::maskAccount(demo.record.accountRef));
    EXPECT_EQ(text(u"accountLabel"_s), u"j***@example.com"_s);
    EXPECT_FALSE(text(u"accountLabel"_s).contains(u"jordan"_s));
    EXPECT_EQ(text(u"descriptionLabel"_s), demo.record.description);
    EXPECT_TRUE(text(u"remediesLabel"_s).contains(CaseText::remedy(u"refund"_s)));
    EXPECT_EQ(text(u"remedyNoteLabel"_s), demo.record.remedyNote);
    EXPECT_FALSE(shown(u"closedLabel"_s));
    EXPECT_TRUE(shown(u"createdLabel"_s));
    EXPECT_TRUE(text(u"transactionsLabel"_s).contains(demo.transactions.at(1).reference));

    // Each first step says when it was done.
    ASSERT_FALSE(demo.checklist.isEmpty());
    for (const core::ChecklistItem& item : demo.checklist) {
        EXPECT_EQ(text(u"checklistStepLabel_"_s + item.itemKey), item.label);
        EXPECT_EQ(text(u"checklistDoneLabel_"_s + item.itemKey),
                  u"Done at %1"_s.arg(CaseText::dateTime(*item.doneAt)));
    }

    // Evidence with fingerprints, read-only; contacts from the store.
    auto* evidence = find<EvidenceListEditor>(u"evidenceListEditor"_s);
    ASSERT_TRUE(evidence);
    EXPECT_TRUE(evidence->isReadOnly());
    EXPECT_EQ(evidence->caseId(), *id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return evidence->count() == 2; }, 10000));
    QStringList fingerprints;
    for (const QLabel* sha : evidence->findChildren<QLabel*>(u"shaLabel"_s))
        fingerprints << sha->toolTip();
    for (const core::Evidence& item : demo.evidence)
        EXPECT_TRUE(fingerprints.contains(item.sha256)) << item.sha256.toStdString();
    // The list is shown whole, not in a little window of its own: the pane scrolls instead.
    const auto* inner = evidence->findChild<QScrollArea*>();
    ASSERT_TRUE(inner);
    for (const QWidget* row : evidence->findChildren<QWidget*>(u"evidenceItemWidget"_s)) {
        if (row->isHidden())
            continue;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return row->mapTo(inner->viewport(), QPoint(0, row->height())).y() <=
                       inner->viewport()->height();
            },
            5000))
            << "an evidence row is cut off by its list's own scroll area";
    }
    auto* contacts = find<QTableWidget>(u"contactsTableWidget"_s);
    ASSERT_TRUE(contacts);
    EXPECT_EQ(contacts->rowCount(), 2);

    // The letter: status, how it was sent, and the text itself, read-only but selectable.
    auto* tabs = find<QTabWidget>(u"lettersTabWidget"_s);
    ASSERT_TRUE(tabs);
    ASSERT_EQ(tabs->count(), 1);
    EXPECT_FALSE(shown(u"noLettersLabel"_s));
    const core::Letter& letter = demo.letters.first();
    auto* letterText = tabs->widget(0)->findChild<QPlainTextEdit*>(u"letterTextEdit"_s);
    ASSERT_TRUE(letterText);
    EXPECT_TRUE(letterText->isReadOnly());
    EXPECT_TRUE(letterText->textInteractionFlags() & Qt::TextSelectableByMouse);
    EXPECT_TRUE(letterText->toPlainText().startsWith(letter.subject));
    EXPECT_TRUE(letterText->toPlainText().contains(letter.body));
    auto* info = tabs->widget(0)->findChild<QLabel*>(u"letterInfoLabel"_s);
    ASSERT_TRUE(info);
    EXPECT_TRUE(info->text().contains(u"Sent "_s + CaseText::dateTime(*letter.sentAt)))
        << info->text().toStdString();
    EXPECT_TRUE(info->text().contains(u"email"_s));
    EXPECT_TRUE(info->text().contains(letter.reference));

    // The next follow-up, not overdue.
    ASSERT_EQ(demo.reminders.size(), 1);
    EXPECT_TRUE(shown(u"followUpLabel"_s));
    EXPECT_TRUE(
        text(u"followUpLabel"_s).contains(CaseText::dateTime(demo.reminders.first().dueAt)));
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
    EXPECT_EQ(text(u"providerLabel"_s), u"Alipay"_s);
    view->setContext(store.get(), &taxonomy, &providers, u"zh_CN"_s);
    view->showCase(*id);
    EXPECT_EQ(text(u"providerLabel"_s), u"支付宝"_s);
    EXPECT_TRUE(text(u"problemLabel"_s).contains(u"重复扣款"_s));
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
    passwords.label = u"Change your passwords"_s;
    passwords.position = 1;
    ASSERT_TRUE(store->addChecklistItem(passwords).ok());

    view->showCase(id);
    EXPECT_TRUE(shown(u"urgentLabel"_s));
    EXPECT_TRUE(text(u"urgentLabel"_s).contains(u"95188"_s))
        << text(u"urgentLabel"_s).toStdString();
    EXPECT_EQ(text(u"accountLabel"_s), u"138****5678"_s);
    EXPECT_EQ(text(u"checklistDoneLabel_freeze_account"_s),
              u"Account frozen at %1"_s.arg(CaseText::dateTime(frozenAt)));
    EXPECT_EQ(text(u"checklistDoneLabel_change_passwords"_s), u"Not done yet"_s);
    EXPECT_TRUE(shown(u"noLettersLabel"_s));
    EXPECT_FALSE(shown(u"followUpLabel"_s));
    EXPECT_FALSE(shown(u"amountLabel"_s)); // nothing entered: no empty row
    view->show();
    keepShot(u"security"_s);

    // Resolved: no longer urgent.
    core::CaseRecord record = *store->caseById(id);
    record.status = u"resolved"_s;
    ASSERT_TRUE(store->updateCase(record).ok());
    view->refresh();
    EXPECT_FALSE(shown(u"urgentLabel"_s));
    EXPECT_TRUE(shown(u"closedLabel"_s));
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
    auto* scroll = find<QScrollArea>(u"caseScrollArea"_s);
    ASSERT_TRUE(hint && scroll);
    EXPECT_FALSE(scroll->isHidden());
    view->show();
    view->showCase(0);
    EXPECT_EQ(view->caseId(), 0);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_FALSE(scroll->isVisible());
    EXPECT_TRUE(hint->text().contains(u"Choose a case"_s));
    EXPECT_EQ(find<EvidenceListEditor>(u"evidenceListEditor"_s)->caseId(), 0);
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
    EXPECT_TRUE(find<QScrollArea>(u"caseScrollArea"_s)->isVisible());
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
    contacts->removeSelected();
    EXPECT_EQ(store->contacts(*id)->size(), 1);
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
    view->resize(480, 700);
    view->show();
    view->showCase(*id);
    auto* scroll = find<QScrollArea>(u"caseScrollArea"_s);
    ASSERT_TRUE(scroll);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return scroll->widget()->width() <= scroll->viewport()->width(); }, 5000));
    // However long a word, the content may be as narrow as the pane.
    EXPECT_LE(scroll->widget()->minimumSizeHint().width(), scroll->viewport()->width());
    EXPECT_GT(find(u"descriptionLabel"_s)->height(),
              5 * find(u"descriptionLabel"_s)->fontMetrics().height());
    // The whole case does not fit: the pane scrolls.
    EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0);
}

// Draws the demo case in both languages (see keepShot); the pictures must not be blank.
TEST_F(CaseViewTest, DrawsTheDemoCase)
{
    for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
        auto id = core::DemoCase::addTo(*store, language, clock.nowMs());
        ASSERT_TRUE(id.ok());
        view->setContext(store.get(), &taxonomy, &providers, language);
        view->resize(720, 2600);
        view->show();
        view->showCase(*id);
        auto* evidence = find<EvidenceListEditor>(u"evidenceListEditor"_s);
        ASSERT_TRUE(QTest::qWaitFor([&] { return evidence->count() == 2; }, 10000));
        QTest::qWait(300); // previews arrive from the worker; nothing asserts on them here
        const QImage image = view->grab().toImage();
        ASSERT_FALSE(image.isNull());
        EXPECT_GT(image.width(), 100);
        keepShot(language);
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        }
        EXPECT_TRUE(varied);
    }
}

} // namespace
