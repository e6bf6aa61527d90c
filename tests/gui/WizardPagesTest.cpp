// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Wizard steps 1–3 driven on their own over a real case file: what the user picks and types
// reaches the store, missing entries are explained, and the security path is urgent.
#include "gui/caseview/CaseZoneCombo.h"
#include "gui/widgets/AccountLineEdit.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "gui/wizard/DetailsPage.h"
#include "gui/wizard/FirstStepsPage.h"
#include "gui/wizard/NewCaseWizard.h"
#include "gui/wizard/ProblemPage.h"
#include "gui/wizard/WizardSession.h"
#include "gui/caseview/CaseText.h"
#include "gui/widgets/DateTimeField.h"
#include "guidance/CaseTimeZone.h"
#include "support/ComputerZone.h"
#include "support/PaintedText.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <QSet>
#include <QTimeZone>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;

class WizardPagesTest : public test::StoreTest
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
        MessageBox::takeAskedCount();
    }

    void TearDown() override
    {
        session.reset();
        QLocale::setDefault(QLocale::c());
    }

    // Chooses a problem the way step 1 does and leaves it.
    void choose(ProblemPage& page, const QString& subtype)
    {
        page.initializePage();
        auto* radio = page.findChild<QRadioButton*>(u"subtype_%1_RadioButton"_s.arg(subtype));
        ASSERT_TRUE(radio) << subtype.toStdString();
        radio->click();
        ASSERT_TRUE(page.validatePage());
    }

    core::CaseRecord stored()
    {
        auto record = store->caseById(session->caseId());
        EXPECT_TRUE(record.ok());
        return record.ok() ? *record : core::CaseRecord{};
    }

    QHash<QString, core::ChecklistItem> storedChecklist()
    {
        QHash<QString, core::ChecklistItem> out;
        auto items = store->checklist(session->caseId());
        EXPECT_TRUE(items.ok());
        if (items)
            for (const core::ChecklistItem& item : *items)
                out.insert(item.itemKey, item);
        return out;
    }

    static QString barText(QWidget& page)
    {
        auto* bar = page.findChild<MessageBar*>(u"messageBar"_s);
        return bar && bar->isVisibleTo(&page) ? bar->text() : QString();
    }

    static void selectProvider(QComboBox* box, const QString& key)
    {
        const int index = box->findData(key);
        ASSERT_GE(index, 0) << key.toStdString();
        box->setCurrentIndex(index);
        emit box->activated(index); // as when the user picks it
    }

    static void showActive(QWidget& page)
    {
        page.resize(800, 620);
        page.show();
        page.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }

    std::optional<core::Taxonomy> m_taxonomy;
    std::optional<core::ProviderDirectory> m_providers;
    std::unique_ptr<WizardSession> session;
};

// ------------------------------------------------------------------------------- 1. problem

TEST_F(WizardPagesTest, ProblemPageOffersEveryFamilyAndSubtypeWithExplanations)
{
    ProblemPage page(*session);
    page.initializePage();
    int subtypes = 0;
    for (const core::Family& family : m_taxonomy->families()) {
        auto* frame = page.findChild<QWidget*>(u"family_%1_Frame"_s.arg(family.key));
        ASSERT_TRUE(frame) << family.key.toStdString();
        auto* explanation =
            frame->findChild<QLabel*>(u"family_%1_ExplanationLabel"_s.arg(family.key));
        ASSERT_TRUE(explanation);
        EXPECT_EQ(explanation->text(), family.explanation.text(u"en"_s));
        // A mnemonic on every family, none used twice.
        auto* name = frame->findChild<QLabel*>(u"family_%1_Label"_s.arg(family.key));
        ASSERT_TRUE(name);
        EXPECT_TRUE(name->text().contains(u'&')) << name->text().toStdString();
        EXPECT_TRUE(name->buddy());
        for (const core::Subtype& subtype : family.subtypes) {
            auto* radio = frame->findChild<QRadioButton*>(
                u"subtype_%1_RadioButton"_s.arg(subtype.key));
            ASSERT_TRUE(radio) << subtype.key.toStdString();
            EXPECT_EQ(radio->text(), subtype.name.text(u"en"_s));
            auto* why = frame->findChild<QLabel*>(
                u"subtype_%1_ExplanationLabel"_s.arg(subtype.key));
            ASSERT_TRUE(why);
            EXPECT_EQ(why->text(), subtype.explanation.text(u"en"_s));
            ++subtypes;
        }
    }
    EXPECT_EQ(subtypes, 15);
    // Only the security family looks urgent.
    auto* security = page.findChild<QWidget*>(u"family_security_Frame"_s);
    EXPECT_TRUE(security->findChild<QLabel*>(u"urgentIconLabel"_s));
    EXPECT_FALSE(page.findChild<QWidget*>(u"family_transaction_Frame"_s)
                     ->findChild<QLabel*>(u"urgentIconLabel"_s));
    EXPECT_NE(security->styleSheet(), page.findChild<QWidget*>(u"family_service_Frame"_s)->styleSheet());
}

TEST_F(WizardPagesTest, ProblemPageUsesTheInterfaceLanguage)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ProblemPage page(*session);
    page.initializePage();
    EXPECT_EQ(page.findChild<QRadioButton*>(u"subtype_duplicate_charge_RadioButton"_s)->text(),
              u"重复扣款"_s);
    const QString family = page.findChild<QLabel*>(u"family_security_Label"_s)->text();
    EXPECT_TRUE(family.startsWith(u"安全隐患"_s)) << family.toStdString();
    EXPECT_TRUE(family.contains(u"(&"_s)) << "Chinese names get a mnemonic in brackets";
}

TEST_F(WizardPagesTest, ProblemPageSaysASubtypeIsNeededInsteadOfBlocking)
{
    ProblemPage page(*session);
    page.initializePage();
    EXPECT_FALSE(page.validatePage());
    EXPECT_FALSE(barText(page).isEmpty());
    EXPECT_EQ(*store->caseCount(), 0);
    EXPECT_TRUE(page.findChild<QLabel*>(u"requiredLabel"_s)->text().contains(u'*'));

    page.findChild<QRadioButton*>(u"subtype_unauthorized_payment_RadioButton"_s)->click();
    EXPECT_TRUE(barText(page).isEmpty()) << "choosing clears the message";
    ASSERT_TRUE(page.validatePage());
    const core::CaseRecord r = stored();
    EXPECT_EQ(r.family, u"security"_s);
    EXPECT_EQ(r.subtype, u"unauthorized_payment"_s);
    EXPECT_EQ(r.title, u"Unauthorized payment"_s) << "proposed from the problem";
    EXPECT_EQ(page.selectedSubtype(), u"unauthorized_payment"_s);
}

TEST_F(WizardPagesTest, ProblemPageShowsThePendingNoticeAndTheDraftsChoice)
{
    session->setPendingNotice(u"The unfinished complaint could not be read."_s);
    session->draft().record.family = u"service"_s;
    session->draft().record.subtype = u"account_frozen"_s;
    ProblemPage page(*session);
    page.initializePage();
    EXPECT_EQ(barText(page), u"The unfinished complaint could not be read."_s);
    EXPECT_TRUE(page.findChild<QRadioButton*>(u"subtype_account_frozen_RadioButton"_s)->isChecked());
}

TEST_F(WizardPagesTest, ProblemPageArrowKeysMoveBetweenProblems)
{
    ProblemPage page(*session);
    page.initializePage();
    showActive(page);
    auto* first = page.findChild<QRadioButton*>(u"subtype_payment_failed_RadioButton"_s);
    first->click();
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Down);
    EXPECT_EQ(page.selectedSubtype(), u"duplicate_charge"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    EXPECT_EQ(page.selectedSubtype(), u"delayed_credit"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    EXPECT_EQ(page.selectedSubtype(), u"duplicate_charge"_s);

    // The security family's mnemonic takes the keyboard there.
    const QString name = page.findChild<QLabel*>(u"family_security_Label"_s)->text();
    const qsizetype amp = name.indexOf(u'&');
    ASSERT_GE(amp, 0);
    const char letter = char(name.at(amp + 1).toLower().toLatin1());
    QTest::keyClick(&page, letter, Qt::AltModifier);
    ASSERT_TRUE(QApplication::focusWidget());
    EXPECT_EQ(QApplication::focusWidget()->objectName(), u"subtype_unusual_login_RadioButton"_s);

    // Once a problem of that family is chosen, its mnemonic leads there and keeps the choice.
    page.findChild<QRadioButton*>(u"subtype_scam_RadioButton"_s)->click();
    first->setFocus();
    QTest::keyClick(&page, letter, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), u"subtype_scam_RadioButton"_s);
}

// ------------------------------------------------------------------------------- 2. first steps

TEST_F(WizardPagesTest, FirstStepsListTheChecklistOfTheSubtypeWithReasons)
{
    ProblemPage problem(*session);
    choose(problem, u"delayed_credit"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    EXPECT_FALSE(page.isUrgent());
    const auto steps = m_taxonomy->checklist(u"transaction"_s, u"delayed_credit"_s);
    ASSERT_FALSE(steps.isEmpty());
    for (const core::ChecklistStep& step : steps) {
        auto* box = page.findChild<QCheckBox*>(u"step_%1_CheckBox"_s.arg(step.key));
        ASSERT_TRUE(box) << step.key.toStdString();
        EXPECT_EQ(box->text(), step.label.text(u"en"_s));
        auto* why = page.findChild<QLabel*>(u"step_%1_WhyLabel"_s.arg(step.key));
        ASSERT_TRUE(why);
        EXPECT_EQ(why->text(), step.why.text(u"en"_s));
    }
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_check_settlement_time_CheckBox"_s));
    EXPECT_FALSE(page.findChild<QLabel*>(u"urgentBannerLabel"_s)->isVisibleTo(&page));
    EXPECT_FALSE(page.findChild<QComboBox*>(u"freezeProviderComboBox"_s)->isVisibleTo(&page));

    // Nothing is required; unticked steps are saved as steps still to do.
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    const auto items = storedChecklist();
    EXPECT_EQ(items.size(), steps.size());
    for (const core::ChecklistItem& item : items)
        EXPECT_FALSE(item.doneAt.has_value());
}

TEST_F(WizardPagesTest, TickingRecordsTheClocksTime)
{
    ProblemPage problem(*session);
    choose(problem, u"duplicate_charge"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    clock.advance(7 * Minute);
    page.findChild<QCheckBox*>(u"step_check_transaction_status_CheckBox"_s)->click();
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(storedChecklist().value(u"check_transaction_status"_s).doneAt, clock.nowMs());
    EXPECT_FALSE(storedChecklist().value(u"check_one_order"_s).doneAt.has_value());
}

TEST_F(WizardPagesTest, ADuplicateChargeIsNotTreatedAsAFailedPayment)
{
    ProblemPage problem(*session);
    choose(problem, u"duplicate_charge"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    // Money went out twice: no network-and-balance check, but the pending charge and the order.
    EXPECT_FALSE(page.findChild<QCheckBox*>(u"step_check_connection_balance_CheckBox"_s));
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_check_pending_charge_CheckBox"_s));
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_check_one_order_CheckBox"_s));
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_contact_merchant_CheckBox"_s));
    choose(problem, u"payment_failed"_s);
    page.initializePage();
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_check_connection_balance_CheckBox"_s));
}

TEST_F(WizardPagesTest, CashAppTakeoverShowsThePhoneLineAndTheRegENotice)
{
    session->draft().record.family = u"security"_s;
    session->draft().record.subtype = u"account_stolen"_s;
    session->draft().record.providerKey = u"cash_app"_s;
    FirstStepsPage page(*session);
    page.initializePage();
    // Locked out of the app: the phone line and the help site come first, the card lock last
    // and described as what it is.
    const QString channels = page.findChild<QLabel*>(u"freezeChannelsLabel"_s)->text();
    const qsizetype phone = channels.indexOf(u"1-800-969-1940"_s);
    const qsizetype card = channels.indexOf(u"Card tab"_s);
    ASSERT_GE(phone, 0) << channels.toStdString();
    EXPECT_GT(card, phone) << channels.toStdString();
    EXPECT_TRUE(channels.contains(u"only stops card payments"_s)) << channels.toStdString();
    // The Reg E notice in plain words, with its rule, right after the freeze.
    auto* notice = page.findChild<QCheckBox*>(u"step_report_loss_us_CheckBox"_s);
    ASSERT_TRUE(notice);
    const QString why = page.findChild<QLabel*>(u"step_report_loss_us_WhyLabel"_s)->text();
    EXPECT_TRUE(why.contains(u"2 business days"_s)) << why.toStdString();
    EXPECT_TRUE(why.contains(u"$50"_s));
    EXPECT_TRUE(why.contains(u"60 days"_s));
    EXPECT_TRUE(why.contains(u"Source: 12 CFR 1005.6(b)"_s)) << why.toStdString();
    EXPECT_TRUE(page.findChild<QDateTimeEdit*>(u"step_report_loss_us_DateTimeEdit"_s))
        << "when it was reported matters";

    // A Chinese wallet is under other rules.
    auto* providers = page.findChild<QComboBox*>(u"freezeProviderComboBox"_s);
    notice->click();
    selectProvider(providers, u"alipay"_s);
    EXPECT_FALSE(page.findChild<QCheckBox*>(u"step_report_loss_us_CheckBox"_s));
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s));
}

TEST_F(WizardPagesTest, FreezingMovesTheUrgentBoxOnToTheNextSteps)
{
    session->draft().record.family = u"security"_s;
    session->draft().record.subtype = u"account_stolen"_s;
    session->draft().record.providerKey = u"wechat_pay"_s;
    FirstStepsPage page(*session);
    page.initializePage();
    showActive(page);
    auto* banner = page.findChild<QLabel*>(u"urgentBannerLabel"_s);
    auto* freezeBox = page.findChild<QFrame*>(u"freezeFrame"_s);
    ASSERT_TRUE(banner && freezeBox);
    EXPECT_TRUE(freezeBox->isVisible());
    EXPECT_TRUE(banner->text().contains(u"Freeze your account now"_s));

    clock.advance(5 * Minute);
    page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->click();
    const QString frozen = banner->text();
    EXPECT_TRUE(frozen.startsWith(u"Frozen at "_s)) << frozen.toStdString();
    EXPECT_FALSE(frozen.contains(u"not frozen"_s)) << frozen.toStdString();
    EXPECT_TRUE(frozen.contains(u"Change your sign-in and payment passwords"_s))
        << frozen.toStdString();
    EXPECT_TRUE(frozen.contains(u"Contact the bank that issued the linked card"_s));
    EXPECT_TRUE(frozen.contains(u"Report stolen money to the police"_s));
    EXPECT_FALSE(freezeBox->isVisible()) << "how to freeze is no longer the point";
    EXPECT_FALSE(page.title().contains(u"Freeze your account now"_s)) << page.title().toStdString();

    page.findChild<QCheckBox*>(u"step_change_passwords_CheckBox"_s)->click();
    EXPECT_FALSE(banner->text().contains(u"Change your sign-in"_s)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(u"Report stolen money to the police"_s));

    // Unticked again (a mistake): back to freezing first.
    page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->click();
    EXPECT_TRUE(banner->text().contains(u"Freeze your account now"_s));
    EXPECT_TRUE(freezeBox->isVisible());
}

TEST_F(WizardPagesTest, SecurityPageIsUrgentAndShowsTheFreezeLine)
{
    ProblemPage problem(*session);
    choose(problem, u"account_stolen"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    EXPECT_TRUE(page.isUrgent());
    auto* banner = page.findChild<QLabel*>(u"urgentBannerLabel"_s);
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisibleTo(&page));
    EXPECT_TRUE(banner->text().contains(u"Freeze"_s)) << banner->text().toStdString();
    EXPECT_TRUE(page.title().contains(u"Freeze"_s));

    auto* providers = page.findChild<QComboBox*>(u"freezeProviderComboBox"_s);
    auto* channels = page.findChild<QLabel*>(u"freezeChannelsLabel"_s);
    ASSERT_TRUE(providers && channels);
    EXPECT_TRUE(providers->isVisibleTo(&page));
    EXPECT_FALSE(channels->text().contains(u"95188"_s));

    selectProvider(providers, u"alipay"_s);
    EXPECT_TRUE(channels->text().contains(u"95188"_s)) << channels->text().toStdString();
    EXPECT_TRUE(channels->text().contains(u"font-size:xx-large"_s)) << "in large type";
    selectProvider(providers, u"wechat_pay"_s);
    EXPECT_TRUE(channels->text().contains(u"95017"_s));
    EXPECT_TRUE(channels->text().contains(u"Freeze Account"_s)) << "the in-app path";
    // Data marked "verify" says so.
    EXPECT_TRUE(channels->text().contains(u"Check first"_s));
    selectProvider(providers, u"alipay"_s);
    EXPECT_FALSE(channels->text().contains(u"Check first"_s)) << "Alipay's 95188 is confirmed";

    // Then passwords, card issuer, police, in that order.
    const QStringList order = {u"freeze_account"_s, u"change_passwords"_s,
                               u"contact_card_issuer"_s, u"report_police"_s};
    int lastY = -1;
    showActive(page);
    for (const QString& key : order) {
        auto* box = page.findChild<QCheckBox*>(u"step_%1_CheckBox"_s.arg(key));
        ASSERT_TRUE(box) << key.toStdString();
        const int y = box->mapTo(&page, QPoint(0, 0)).y();
        EXPECT_GT(y, lastY) << key.toStdString();
        lastY = y;
    }

    // Picking the wallet here also sets the case's provider (none was chosen elsewhere).
    MessageBox::setNextChoice(FirstStepsPage::NotYetAnswer);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(stored().providerKey, u"alipay"_s);
    EXPECT_EQ(stored().title, u"Alipay – Account taken over"_s);
}

TEST_F(WizardPagesTest, SecurityPageInChineseShowsTheInAppFreezePath)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    session->draft().record.family = u"security"_s;
    session->draft().record.subtype = u"unusual_login"_s;
    session->draft().record.providerKey = u"wechat_pay"_s;
    FirstStepsPage page(*session);
    page.initializePage();
    auto* providers = page.findChild<QComboBox*>(u"freezeProviderComboBox"_s);
    EXPECT_EQ(providers->currentData().toString(), u"wechat_pay"_s) << "follows the case";
    EXPECT_EQ(providers->currentText(), u"微信支付"_s);
    const QString text = page.findChild<QLabel*>(u"freezeChannelsLabel"_s)->text();
    EXPECT_TRUE(text.contains(u"95017"_s));
    EXPECT_TRUE(text.contains(u"微信安全中心"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"冻结账号"_s));
    EXPECT_EQ(page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->text(),
              u"立即冻结账户"_s);
}

TEST_F(WizardPagesTest, AProviderChosenElsewhereIsNotReplaced)
{
    session->draft().record.family = u"security"_s;
    session->draft().record.subtype = u"scam"_s;
    session->draft().record.providerKey = u"paypal"_s;
    FirstStepsPage page(*session);
    page.initializePage();
    auto* providers = page.findChild<QComboBox*>(u"freezeProviderComboBox"_s);
    selectProvider(providers, u"venmo"_s);
    EXPECT_TRUE(page.findChild<QLabel*>(u"freezeChannelsLabel"_s)->text().contains(u"1-855"_s));
    MessageBox::setNextChoice(FirstStepsPage::NotYetAnswer);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(stored().providerKey, u"paypal"_s);
}

TEST_F(WizardPagesTest, TickingFreezeRecordsTheTimeAndItCanBeCorrected)
{
    ProblemPage problem(*session);
    choose(problem, u"unauthorized_payment"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    auto* freeze = page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s);
    auto* doneAt = page.findChild<QDateTimeEdit*>(u"step_freeze_account_DateTimeEdit"_s);
    ASSERT_TRUE(freeze && doneAt);
    EXPECT_FALSE(doneAt->isEnabled()) << "no time until it is done";
    clock.advance(3 * Minute);
    freeze->click();
    EXPECT_TRUE(doneAt->isEnabled());
    EXPECT_EQ(doneAt->dateTime().toMSecsSinceEpoch() / Minute, clock.nowMs() / Minute);
    EXPECT_TRUE(page.findChild<QLabel*>(u"urgentBannerLabel"_s)->text().startsWith(u"Frozen at"_s));
    const qint64 tickedAt = clock.nowMs();
    clock.advance(Minute);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(MessageBox::takeAskedCount(), 0) << "ticked: no question";
    EXPECT_EQ(storedChecklist().value(u"freeze_account"_s).doneAt, tickedAt);

    // "I froze it at 9:05 this morning."
    const QDateTime earlier(
        QDateTime::fromMSecsSinceEpoch(tickedAt - 90 * Minute).toLocalTime().date(), QTime(9, 5));
    doneAt->setDateTime(earlier);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(storedChecklist().value(u"freeze_account"_s).doneAt, earlier.toMSecsSinceEpoch());

    // Coming back to the page shows what was saved.
    FirstStepsPage again(*session);
    again.initializePage();
    EXPECT_TRUE(again.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->isChecked());
    EXPECT_EQ(again.findChild<QDateTimeEdit*>(u"step_freeze_account_DateTimeEdit"_s)->dateTime(),
              earlier);
}

TEST_F(WizardPagesTest, LeavingWithoutFreezingAsksOnceAndNeverBlocks)
{
    ProblemPage problem(*session);
    choose(problem, u"scam"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    MessageBox::setNextChoice(FirstStepsPage::NotYetAnswer);
    ASSERT_TRUE(page.validatePage()) << "not frozen yet is allowed";
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"frozen"_s));
    EXPECT_TRUE(storedChecklist().contains(u"freeze_account"_s));
    EXPECT_FALSE(storedChecklist().value(u"freeze_account"_s).doneAt.has_value());
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(MessageBox::takeAskedCount(), 0) << "asked once only";
}

TEST_F(WizardPagesTest, AnsweringFrozenTicksTheStepWithTheTime)
{
    ProblemPage problem(*session);
    choose(problem, u"account_stolen"_s);
    FirstStepsPage page(*session);
    page.initializePage();
    clock.advance(2 * Minute);
    MessageBox::setNextChoice(FirstStepsPage::FrozenAnswer);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->isChecked());
    EXPECT_EQ(storedChecklist().value(u"freeze_account"_s).doneAt, clock.nowMs());
}

TEST_F(WizardPagesTest, ChangingTheProblemReplacesStepsThatNoLongerApply)
{
    ProblemPage problem(*session);
    FirstStepsPage steps(*session);
    choose(problem, u"duplicate_charge"_s);
    steps.initializePage();
    const qint64 tickedAt = clock.nowMs();
    steps.findChild<QCheckBox*>(u"step_check_transaction_status_CheckBox"_s)->click();
    ASSERT_TRUE(steps.validatePage());
    EXPECT_EQ(storedChecklist().size(), 5);

    // Back to step 1: a delayed credit, same family. Kept ticks keep their time.
    clock.advance(10 * Minute);
    choose(problem, u"delayed_credit"_s);
    steps.initializePage();
    auto* kept = steps.findChild<QCheckBox*>(u"step_check_transaction_status_CheckBox"_s);
    ASSERT_TRUE(kept);
    EXPECT_TRUE(kept->isChecked());
    ASSERT_TRUE(steps.validatePage());
    auto items = storedChecklist();
    EXPECT_EQ(items.size(), 3);
    EXPECT_EQ(items.value(u"check_transaction_status"_s).doneAt, tickedAt);
    EXPECT_TRUE(items.contains(u"check_settlement_time"_s));

    // Back again: it was a stolen account. The transaction steps leave the case.
    choose(problem, u"account_stolen"_s);
    steps.initializePage();
    EXPECT_FALSE(steps.findChild<QCheckBox*>(u"step_check_transaction_status_CheckBox"_s));
    steps.writeDraft();
    EXPECT_EQ(session->draft().removedChecklistIds.size(), 3);
    MessageBox::setNextChoice(FirstStepsPage::NotYetAnswer);
    ASSERT_TRUE(steps.validatePage());
    EXPECT_TRUE(session->draft().removedChecklistIds.isEmpty()) << "done once saved";
    items = storedChecklist();
    QStringList keys = items.keys();
    keys.sort();
    // No wallet chosen and a US locale: the US notice step too.
    EXPECT_EQ(keys, (QStringList{u"change_passwords"_s, u"contact_card_issuer"_s,
                                 u"freeze_account"_s, u"report_loss_us"_s, u"report_police"_s}));
}

// ------------------------------------------------------------------------------- 3. details

TEST_F(WizardPagesTest, DetailsPageHasEveryFieldByName)
{
    DetailsPage page(*session);
    page.initializePage();
    for (const QString& name : {u"providerComboBox"_s, u"currencyComboBox"_s})
        EXPECT_TRUE(page.findChild<QComboBox*>(name)) << name.toStdString();
    for (const QString& name : {u"providerNameLineEdit"_s, u"amountLineEdit"_s,
                                u"remedyNoteLineEdit"_s, u"titleLineEdit"_s})
        EXPECT_TRUE(page.findChild<QLineEdit*>(name)) << name.toStdString();
    for (const QString& name : {u"referencesPlainTextEdit"_s, u"descriptionPlainTextEdit"_s})
        EXPECT_TRUE(page.findChild<QPlainTextEdit*>(name)) << name.toStdString();
    EXPECT_TRUE(page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s));
    EXPECT_TRUE(page.findChild<AccountLineEdit*>(u"accountLineEdit"_s));
    for (const QString& key : DetailsPage::remedyKeys())
        EXPECT_TRUE(page.findChild<QCheckBox*>(u"remedy_%1_CheckBox"_s.arg(key)))
            << key.toStdString();
    EXPECT_EQ(DetailsPage::remedyKeys().size(), 7);
    auto* required = page.findChild<QLabel*>(u"requiredLabel"_s);
    ASSERT_TRUE(required);
    EXPECT_TRUE(required->text().contains(u'*'));
    EXPECT_FALSE(page.findChild<QLineEdit*>(u"providerNameLineEdit"_s)->isEnabled());
}

TEST_F(WizardPagesTest, DetailsPageSaysWhatIsMissing)
{
    ProblemPage problem(*session);
    choose(problem, u"duplicate_charge"_s);
    const qint64 events = store->events(session->caseId())->size();
    DetailsPage page(*session);
    page.initializePage();
    EXPECT_FALSE(page.validatePage());
    QString message = barText(page);
    EXPECT_TRUE(message.contains(u"wallet or company"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"Describe what happened"_s)) << message.toStdString();
    EXPECT_EQ(store->events(session->caseId())->size(), events) << "nothing saved";

    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"alipay"_s);
    EXPECT_FALSE(page.validatePage());
    message = barText(page);
    EXPECT_FALSE(message.contains(u"wallet or company"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"Describe what happened"_s));

    // "Other" needs a name.
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"::other"_s);
    auto* name = page.findChild<QLineEdit*>(u"providerNameLineEdit"_s);
    EXPECT_TRUE(name->isEnabled());
    page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)->setPlainText(u"Twice."_s);
    EXPECT_FALSE(page.validatePage());
    EXPECT_TRUE(barText(page).contains(u"wallet or company"_s));
    QTest::keyClicks(name, u"Meituan Pay"_s);
    ASSERT_TRUE(page.validatePage());
    EXPECT_TRUE(stored().providerKey.isEmpty());
    EXPECT_EQ(stored().providerName, u"Meituan Pay"_s);
}

TEST_F(WizardPagesTest, DetailsReachTheStore)
{
    ProblemPage problem(*session);
    choose(problem, u"duplicate_charge"_s);
    DetailsPage page(*session);
    page.initializePage();
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"alipay"_s);
    // The clock time typed: 14:30 in the case's zone, Beijing time for an Alipay case, whatever
    // the computer's zone (the field holds the wall-clock time as a Qt::UTC value).
    const QDateTime when(QDate(2026, 1, 15), QTime(14, 30), Qt::UTC);
    page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s)->setDateTime(when);
    QTest::keyClicks(page.findChild<QLineEdit*>(u"amountLineEdit"_s), u"1,288.50"_s);
    page.findChild<QPlainTextEdit*>(u"referencesPlainTextEdit"_s)
        ->setPlainText(u"2026011522001\n\n  2026011522002  \n"_s);
    page.findChild<AccountLineEdit*>(u"accountLineEdit"_s)->setValue(u"13812345678"_s);
    page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)
        ->setPlainText(u"I paid once and was charged twice."_s);
    page.findChild<QCheckBox*>(u"remedy_explanation_CheckBox"_s)->click();
    QTest::keyClicks(page.findChild<QLineEdit*>(u"remedyNoteLineEdit"_s), u"The second charge"_s);
    ASSERT_TRUE(page.validatePage()) << barText(page).toStdString();

    const core::CaseRecord r = stored();
    EXPECT_EQ(r.providerKey, u"alipay"_s);
    EXPECT_EQ(r.timeZone, u"Asia/Shanghai"_s);
    EXPECT_EQ(r.incidentAt,
              QDateTime(QDate(2026, 1, 15), QTime(14, 30), QTimeZone("Asia/Shanghai"))
                  .toMSecsSinceEpoch());
    EXPECT_EQ(r.amountMinor, 128850);
    EXPECT_EQ(r.currency, u"CNY"_s);
    EXPECT_EQ(r.references, (QStringList{u"2026011522001"_s, u"2026011522002"_s}));
    EXPECT_EQ(r.accountRef, u"13812345678"_s);
    EXPECT_EQ(r.description, u"I paid once and was charged twice."_s);
    EXPECT_EQ(r.remedies, (QStringList{u"refund"_s, u"explanation"_s}));
    EXPECT_EQ(r.remedyNote, u"The second charge"_s);
    EXPECT_EQ(r.title, u"Alipay – Duplicate charge (Jan 15, 2026)"_s);

    // Back and Next keep every entry.
    DetailsPage again(*session);
    again.initializePage();
    EXPECT_EQ(again.findChild<QLineEdit*>(u"amountLineEdit"_s)->text(), u"1288.50"_s);
    EXPECT_EQ(again.findChild<QComboBox*>(u"providerComboBox"_s)->currentData().toString(),
              u"alipay"_s);
    EXPECT_EQ(again.findChild<AccountLineEdit*>(u"accountLineEdit"_s)->value(), u"13812345678"_s);
    EXPECT_EQ(again.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s)->dateTime(), when);
    EXPECT_TRUE(again.findChild<QCheckBox*>(u"remedy_explanation_CheckBox"_s)->isChecked());
}

// The walks: "When it happened" picked in the calendar was stored as 00:00 and letters said
// "12:00 AM". The day is now stored as a day, shown with "Time unknown" ticked, and kept so.
TEST_F(WizardPagesTest, AnIncidentDayWithoutATimeIsStoredAsADay)
{
    ProblemPage problem(*session);
    choose(problem, u"duplicate_charge"_s);
    DetailsPage page(*session);
    page.initializePage();
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"alipay"_s);
    auto* field = page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s);
    auto* unknown = page.findChild<QCheckBox*>(u"incidentDateTimeEditTimeUnknownBox"_s);
    ASSERT_TRUE(field && unknown);
    EXPECT_FALSE(unknown->isChecked());
    // Typed without a time, then the field left.
    field->setFocus();
    QTest::keyClicks(field, u"1/15/2026"_s);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(field, &out);
    EXPECT_TRUE(unknown->isChecked());
    EXPECT_EQ(field->text(), u"1/15/2026"_s);
    page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)->setPlainText(u"Twice."_s);
    ASSERT_TRUE(page.validatePage()) << barText(page).toStdString();
    core::CaseRecord r = stored();
    EXPECT_FALSE(r.incidentTimeKnown);
    EXPECT_EQ(r.incidentAt, QDateTime(QDate(2026, 1, 15), QTime(0, 0), QTimeZone("Asia/Shanghai"))
                                .toMSecsSinceEpoch());

    DetailsPage again(*session);
    again.initializePage();
    EXPECT_TRUE(again.findChild<QCheckBox*>(u"incidentDateTimeEditTimeUnknownBox"_s)->isChecked());
    EXPECT_EQ(again.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s)->text(), u"1/15/2026"_s);
    // The user remembers the time after all.
    again.findChild<QCheckBox*>(u"incidentDateTimeEditTimeUnknownBox"_s)->setChecked(false);
    again.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s)->setTime(QTime(14, 30));
    ASSERT_TRUE(again.validatePage()) << barText(again).toStdString();
    r = stored();
    EXPECT_TRUE(r.incidentTimeKnown);
    EXPECT_EQ(r.incidentAt, QDateTime(QDate(2026, 1, 15), QTime(14, 30), QTimeZone("Asia/Shanghai"))
                                .toMSecsSinceEpoch());
}

TEST_F(WizardPagesTest, AnAmountThatDoesNotParseIsExplainedNotGuessed)
{
    session->draft().record.family = u"transaction"_s;
    session->draft().record.subtype = u"wrong_amount"_s;
    DetailsPage page(*session);
    page.initializePage();
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"alipay"_s);
    page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)->setPlainText(u"Wrong."_s);
    auto* amount = page.findChild<QLineEdit*>(u"amountLineEdit"_s);
    QTest::keyClicks(amount, u"12,5.3"_s);
    emit amount->editingFinished();
    EXPECT_TRUE(barText(page).contains(u"12,5.3"_s)) << barText(page).toStdString();
    EXPECT_FALSE(page.validatePage());
    EXPECT_TRUE(barText(page).contains(u"Amount"_s));
    EXPECT_EQ(session->caseId(), 0) << "nothing saved with a guessed amount";

    amount->setText(u"１２．５"_s); // full-width, as a Chinese input method types it
    emit amount->editingFinished();
    EXPECT_TRUE(barText(page).isEmpty()) << "corrected, the explanation goes";
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(stored().amountMinor, 1250);

    // Decimals depend on the currency chosen.
    auto* currency = page.findChild<QComboBox*>(u"currencyComboBox"_s);
    currency->setCurrentText(u"JPY"_s);
    emit currency->activated(currency->currentIndex());
    EXPECT_TRUE(barText(page).contains(u"JPY"_s)) << barText(page).toStdString();
    EXPECT_FALSE(page.validatePage());
}

TEST_F(WizardPagesTest, CurrencyFollowsTheProviderUntilTheUserPicksOne)
{
    DetailsPage page(*session);
    page.initializePage();
    auto* provider = page.findChild<QComboBox*>(u"providerComboBox"_s);
    auto* currency = page.findChild<QComboBox*>(u"currencyComboBox"_s);
    selectProvider(provider, u"alipay"_s);
    EXPECT_EQ(currency->currentText(), u"CNY"_s);
    selectProvider(provider, u"venmo"_s);
    EXPECT_EQ(currency->currentText(), u"USD"_s);
    selectProvider(provider, u"wechat_pay"_s);
    EXPECT_EQ(currency->currentText(), u"CNY"_s);
    // PayPal serves several regions: an English interface gets its first, USD.
    selectProvider(provider, u"paypal"_s);
    EXPECT_EQ(currency->currentText(), u"USD"_s);

    currency->setCurrentText(u"EUR"_s);
    emit currency->activated(currency->currentIndex());
    selectProvider(provider, u"alipay"_s);
    EXPECT_EQ(currency->currentText(), u"EUR"_s) << "the user's choice stays";
}

TEST_F(WizardPagesTest, PayPalInAChineseInterfaceDefaultsToYuan)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    DetailsPage page(*session);
    page.initializePage();
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"paypal"_s);
    EXPECT_EQ(page.findChild<QComboBox*>(u"currencyComboBox"_s)->currentText(), u"CNY"_s);
}

TEST_F(WizardPagesTest, TheAccountIsShownMaskedAndStoredInFull)
{
    session->draft().record.family = u"security"_s;
    session->draft().record.subtype = u"account_stolen"_s;
    session->draft().record.providerKey = u"alipay"_s;
    session->draft().record.description = u"Someone changed my phone number."_s;
    DetailsPage page(*session);
    page.initializePage();
    showActive(page);
    auto* account = page.findChild<AccountLineEdit*>(u"accountLineEdit"_s);
    auto* title = page.findChild<QLineEdit*>(u"titleLineEdit"_s);
    account->setFocus();
    ASSERT_TRUE(account->hasFocus());
    QTest::keyClicks(account, u"13812345678"_s);
    EXPECT_EQ(account->text(), u"13812345678"_s) << "in full while typing";
    title->setFocus();
    EXPECT_EQ(account->text(), u"138****5678"_s) << "masked once left";
    EXPECT_EQ(account->value(), u"13812345678"_s);

    account->setFocus();
    EXPECT_EQ(account->text(), u"13812345678"_s) << "in full again for editing";
    QTest::keyClick(account, Qt::Key_Backspace);
    QTest::keyClicks(account, u"9"_s);
    title->setFocus();
    EXPECT_EQ(account->text(), u"138****5679"_s);
    ASSERT_TRUE(page.validatePage()) << barText(page).toStdString();
    EXPECT_EQ(stored().accountRef, u"13812345679"_s);
}

TEST_F(WizardPagesTest, TheTitleIsProposedUntilTheUserTypesOne)
{
    ProblemPage problem(*session);
    choose(problem, u"duplicate_charge"_s);
    DetailsPage page(*session);
    page.initializePage();
    auto* title = page.findChild<QLineEdit*>(u"titleLineEdit"_s);
    auto* provider = page.findChild<QComboBox*>(u"providerComboBox"_s);
    EXPECT_EQ(title->text(), u"Duplicate charge"_s);
    selectProvider(provider, u"alipay"_s);
    EXPECT_EQ(title->text(), u"Alipay – Duplicate charge"_s);
    page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s)
        ->setDateTime(QDateTime(QDate(2026, 2, 3), QTime(9, 0)));
    EXPECT_EQ(title->text(), u"Alipay – Duplicate charge (Feb 3, 2026)"_s);

    title->selectAll();
    QTest::keyClicks(title, u"Charged twice for the train ticket"_s);
    selectProvider(provider, u"wechat_pay"_s);
    EXPECT_EQ(title->text(), u"Charged twice for the train ticket"_s) << "typed titles stay";
    page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)->setPlainText(u"Twice."_s);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(stored().title, u"Charged twice for the train ticket"_s);

    // Emptied, the title is proposed again.
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    ASSERT_TRUE(page.validatePage());
    EXPECT_EQ(stored().title, u"WeChat Pay – Duplicate charge (Feb 3, 2026)"_s);
    EXPECT_EQ(title->text(), stored().title);
}

TEST_F(WizardPagesTest, RemediesStartFromTheSubtypesDefaults)
{
    ProblemPage problem(*session);
    DetailsPage page(*session);
    choose(problem, u"account_frozen"_s);
    page.initializePage();
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"remedy_unfreeze_CheckBox"_s)->isChecked());
    EXPECT_FALSE(page.findChild<QCheckBox*>(u"remedy_refund_CheckBox"_s)->isChecked());
    page.writeDraft();

    // Untouched defaults follow a changed problem …
    choose(problem, u"duplicate_charge"_s);
    page.initializePage();
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"remedy_refund_CheckBox"_s)->isChecked());
    EXPECT_FALSE(page.findChild<QCheckBox*>(u"remedy_unfreeze_CheckBox"_s)->isChecked());

    // … but the user's own choice stays.
    page.findChild<QCheckBox*>(u"remedy_compensation_CheckBox"_s)->click();
    page.writeDraft();
    choose(problem, u"account_frozen"_s);
    page.initializePage();
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"remedy_compensation_CheckBox"_s)->isChecked());
    EXPECT_TRUE(page.findChild<QCheckBox*>(u"remedy_refund_CheckBox"_s)->isChecked());
    EXPECT_FALSE(page.findChild<QCheckBox*>(u"remedy_unfreeze_CheckBox"_s)->isChecked());
}

TEST_F(WizardPagesTest, AnUnknownIncidentTimeIsNotInvented)
{
    session->draft().record.family = u"service"_s;
    session->draft().record.subtype = u"unreachable"_s;
    session->draft().record.providerKey = u"cash_app"_s;
    session->draft().record.description = u"Only a bot answers."_s;
    DetailsPage page(*session);
    page.initializePage();
    auto* when = page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s);
    EXPECT_EQ(when->text(), when->specialValueText());
    ASSERT_TRUE(page.validatePage());
    EXPECT_FALSE(stored().incidentAt.has_value());

    // Clicking into it to look sets nothing; opening the calendar starts from today, not
    // from the year 2000.
    showActive(page);
    QTest::mouseClick(when->findChild<QLineEdit*>(), Qt::LeftButton);
    EXPECT_EQ(when->text(), when->specialValueText());
    QTest::mouseClick(when, Qt::LeftButton, {}, QPoint(when->width() - 6, when->height() / 2));
    const QTimeZone zone = core::CaseTimeZone::zoneFor(session->draft().record);
    EXPECT_EQ(when->date(), QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date());
    EXPECT_EQ(when->time(), QTime(0, 0));
    ASSERT_TRUE(page.validatePage());
    EXPECT_TRUE(stored().incidentAt.has_value());
    page.findChild<QWidget*>(u"incidentClearButton"_s)->setFocus();
    QTest::mouseClick(page.findChild<QWidget*>(u"incidentClearButton"_s), Qt::LeftButton);
    ASSERT_TRUE(page.validatePage());
    EXPECT_FALSE(stored().incidentAt.has_value());
}

TEST_F(WizardPagesTest, TheDetailsStepNamesTheCasesZoneFromTheProviderAndTheComputer)
{
    // The provider's region decides; within it the computer's own zone is preferred.
    struct Expect
    {
        const char* computer;
        QString provider;
        QByteArray zone;
    };
    const QList<Expect> cases = {
        {"America/Los_Angeles", u"cash_app"_s, "America/Los_Angeles"},
        {"Asia/Shanghai", u"alipay"_s, "Asia/Shanghai"},
        {"Europe/London", u"cash_app"_s, "America/New_York"},
    };
    for (const Expect& e : cases) {
        SCOPED_TRACE(e.computer);
        const test::ComputerZone computer(e.computer);
        session = std::make_unique<WizardSession>(*store, *m_taxonomy, *m_providers, clock);
        session->draft().record.language = u"en"_s;
        DetailsPage page(*session);
        page.initializePage();
        selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), e.provider);
        auto* label = page.findChild<QLabel*>(u"caseZoneLabel"_s);
        ASSERT_TRUE(label);
        EXPECT_FALSE(label->isHidden());
        EXPECT_TRUE(label->text().contains(CaseText::zoneName(QTimeZone(e.zone), clock.nowMs())))
            << label->text().toStdString();
        EXPECT_EQ(session->draft().record.timeZone, QString::fromLatin1(e.zone));
        EXPECT_EQ(page.findChild<CaseZoneCombo*>(u"caseTimeZoneComboBox"_s)->zoneId(), e.zone);
    }
}

TEST_F(WizardPagesTest, AZoneChosenOnTheDetailsStepReadsTheTypedTimeAndIsSaved)
{
    const test::ComputerZone losAngeles("America/Los_Angeles");
    ProblemPage problem(*session);
    choose(problem, u"unauthorized_payment"_s);
    DetailsPage page(*session);
    page.initializePage();
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"cash_app"_s);
    auto* combo = page.findChild<CaseZoneCombo*>(u"caseTimeZoneComboBox"_s);
    ASSERT_TRUE(combo);
    EXPECT_TRUE(combo->isHidden()) << "the picker waits for Change…";
    page.resize(760, 560);
    page.show();
    page.findChild<QToolButton*>(u"caseZoneChangeButton"_s)->click();
    EXPECT_FALSE(combo->isHidden());
    // The picker opens under the sentence, which keeps its width and is not clipped.
    QCoreApplication::processEvents();
    auto* zoneLabel = page.findChild<QLabel*>(u"caseZoneLabel"_s);
    EXPECT_GT(combo->mapTo(&page, QPoint()).y(), zoneLabel->mapTo(&page, QPoint()).y());
    EXPECT_GE(zoneLabel->height(), zoneLabel->heightForWidth(zoneLabel->width()));
    // She was in Chicago when it happened.
    const int chicago = combo->findData(QByteArray("America/Chicago"));
    ASSERT_GE(chicago, 0);
    combo->setCurrentIndex(chicago);
    emit combo->activated(chicago);
    const QTimeZone central("America/Chicago");
    EXPECT_TRUE(page.findChild<QLabel*>(u"caseZoneLabel"_s)
                    ->text()
                    .contains(CaseText::zoneName(central, clock.nowMs())));
    page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s)
        ->setDateTime(QDateTime(QDate(2026, 1, 15), QTime(14, 30), Qt::UTC));
    page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)
        ->setPlainText(u"A payment I did not make."_s);
    // Another provider of the same region does not undo her choice.
    selectProvider(page.findChild<QComboBox*>(u"providerComboBox"_s), u"venmo"_s);
    EXPECT_EQ(combo->zoneId(), QByteArray("America/Chicago"));
    ASSERT_TRUE(page.validatePage()) << barText(page).toStdString();

    const core::CaseRecord r = stored();
    EXPECT_EQ(r.timeZone, u"America/Chicago"_s);
    EXPECT_EQ(r.incidentAt,
              QDateTime(QDate(2026, 1, 15), QTime(14, 30), central).toMSecsSinceEpoch());
}

TEST_F(WizardPagesTest, TypingIntoAnUnsetTimeStartsFromTheStartOfTodayNotTheClock)
{
    session->draft().record.providerKey = u"paypal"_s;
    DetailsPage page(*session);
    page.initializePage();
    showActive(page);
    auto* when = page.findChild<DateTimeField*>(u"incidentDateTimeEdit"_s);
    ASSERT_TRUE(when);
    ASSERT_FALSE(when->isSet());
    when->setFocus();
    QTest::keyClick(when, Qt::Key_1);
    // The digit begins the user's own date; the clock's time of day (08:53 UTC) is not put in
    // for them to undo.
    EXPECT_TRUE(when->isSet());
    EXPECT_EQ(when->time(), QTime(0, 0));
    EXPECT_EQ(when->date().year(), 2025);
    EXPECT_TRUE(when->text().startsWith(u"1"_s)) << when->text().toStdString();
}

TEST_F(WizardPagesTest, AFutureIncidentTimeIsPointedOutWithTheDateProbablyMeant)
{
    session->draft().record.providerKey = u"paypal"_s;
    DetailsPage page(*session);
    page.initializePage();
    auto* when = page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s);
    auto* warning = page.findChild<QLabel*>(u"incidentWarningLabel"_s);
    ASSERT_TRUE(when && warning);
    EXPECT_TRUE(warning->isHidden()) << "nothing typed, nothing to say";

    // "11/7/28": two years ahead of the clock (9 Oct 2025).
    when->setDateTime(QDateTime(QDate(2028, 11, 7), QTime(3, 14), Qt::UTC));
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(u"later than now"_s)) << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(u"11/7/2028"_s)) << warning->text().toStdString();
    // The most recent 7 November that has passed.
    EXPECT_TRUE(warning->text().contains(u"Did you mean"_s)) << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(u"11/7/2024"_s)) << warning->text().toStdString();
    emit warning->linkActivated(u"suggestion"_s);
    EXPECT_EQ(when->date(), QDate(2024, 11, 7));
    EXPECT_EQ(when->time(), QTime(3, 14)) << "only the date is corrected";
    EXPECT_TRUE(warning->isHidden());

    // More than ten years back is likely a slip too.
    when->setDateTime(QDateTime(QDate(2015, 9, 30), QTime(10, 0), Qt::UTC));
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(u"more than 10 years ago"_s))
        << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(u"9/30/2025"_s)) << warning->text().toStdString();

    // A date that looks right says nothing.
    when->setDateTime(QDateTime(QDate(2025, 10, 8), QTime(10, 0), Qt::UTC));
    EXPECT_TRUE(warning->isHidden());
}

TEST_F(WizardPagesTest, TheDetailsPageDoesNotJumpWhenItsWarningGoes)
{
    session->draft().record.providerKey = u"paypal"_s;
    DetailsPage page(*session);
    page.initializePage();
    showActive(page);
    auto* description = page.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s);
    EXPECT_FALSE(page.validatePage()) << "nothing described yet";
    ASSERT_FALSE(barText(page).isEmpty());
    QCoreApplication::processEvents();
    const int y = description->mapTo(&page, QPoint(0, 0)).y();
    description->setFocus();
    QTest::keyClicks(description, u"Charged twice."_s);
    EXPECT_TRUE(barText(page).isEmpty()) << "fixed: the list of problems goes";
    QCoreApplication::processEvents();
    EXPECT_EQ(description->mapTo(&page, QPoint(0, 0)).y(), y)
        << "the field the user types in stays under the pointer";
}

TEST_F(WizardPagesTest, ScrollingThePageOverADateFieldLeavesTheDateAlone)
{
    session->draft().record.providerKey = u"paypal"_s;
    DetailsPage page(*session);
    page.initializePage();
    showActive(page);
    page.resize(800, 260); // small enough that the page scrolls
    QCoreApplication::processEvents();
    auto* when = page.findChild<QDateTimeEdit*>(u"incidentDateTimeEdit"_s);
    const QDateTime date(QDate(2025, 10, 1), QTime(14, 32), Qt::UTC);
    when->setDateTime(date);
    page.findChild<QLineEdit*>(u"amountLineEdit"_s)->setFocus();
    auto* bar = page.findChild<QScrollArea*>(u"detailsScrollArea"_s)->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the page must scroll for this test";
    for (int i = 0; i < 3; ++i) {
        const QPointF at(when->width() / 2.0, when->height() / 2.0);
        QWheelEvent down(at, when->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(when, &down);
        EXPECT_FALSE(down.isAccepted()) << "left to the page, which scrolls";
    }
    EXPECT_EQ(when->dateTime(), date) << "the wheel passing over it changes nothing";
}

TEST_F(WizardPagesTest, FrozenAtAndDoneAtSayTheSameTimeInTheCasesZone)
{
    const test::ComputerZone newYork("America/New_York");
    ProblemPage problem(*session);
    choose(problem, u"unauthorized_payment"_s);
    session->draft().record.providerKey = u"alipay"_s; // a case in China
    FirstStepsPage page(*session);
    page.initializePage();
    auto* doneAt = page.findChild<QDateTimeEdit*>(u"step_freeze_account_DateTimeEdit"_s);
    ASSERT_TRUE(doneAt);
    page.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->click();
    const QTimeZone china("Asia/Shanghai");
    EXPECT_EQ(CaseText::fromWallClock(doneAt->dateTime(), china) / Minute, clock.nowMs() / Minute)
        << "the field shows China's clock time";
    const QString banner = page.findChild<QLabel*>(u"urgentBannerLabel"_s)->text();
    EXPECT_TRUE(banner.contains(doneAt->text())) << banner.toStdString() << " vs "
                                                 << doneAt->text().toStdString();
    EXPECT_TRUE(banner.contains(u"(UTC+8)"_s)) << banner.toStdString();
    EXPECT_EQ(page.findChild<QLabel*>(u"step_freeze_account_ZoneLabel"_s)->text(), u"UTC+8"_s);
}

// ------------------------------------------------------------------------------- in the wizard

TEST_F(WizardPagesTest, StepsOneToThreeInTheWizardSaveAndResume)
{
    qint64 caseId = 0;
    const QString shotDir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
    {
        NewCaseWizard wizard(*store, *m_taxonomy, *m_providers, clock);
        wizard.resize(800, 620);
        wizard.show();
        ASSERT_EQ(wizard.currentId(), NewCaseWizard::ProblemPageId);
        wizard.next();
        EXPECT_EQ(wizard.currentId(), NewCaseWizard::ProblemPageId) << "nothing chosen yet";
        EXPECT_FALSE(barText(*wizard.currentPage()).isEmpty());

        wizard.findChild<QRadioButton*>(u"subtype_account_stolen_RadioButton"_s)->click();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewCaseWizard::FirstStepsPageId);
        selectProvider(wizard.findChild<QComboBox*>(u"freezeProviderComboBox"_s), u"alipay"_s);
        if (!shotDir.isEmpty()) {
            QCoreApplication::processEvents();
            wizard.grab().save(QDir(shotDir).filePath(u"wizard_firststeps.png"_s));
        }
        clock.advance(Minute);
        wizard.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->click();
        const qint64 frozenAt = clock.nowMs();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewCaseWizard::DetailsPageId);
        EXPECT_EQ(MessageBox::takeAskedCount(), 0);
        EXPECT_EQ(wizard.findChild<QComboBox*>(u"providerComboBox"_s)->currentData().toString(),
                  u"alipay"_s)
            << "the wallet picked for freezing is the case's provider";
        wizard.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)
            ->setPlainText(u"My password and phone number were changed."_s);
        wizard.findChild<AccountLineEdit*>(u"accountLineEdit"_s)->setValue(u"alice@example.com"_s);
        if (!shotDir.isEmpty()) {
            QCoreApplication::processEvents();
            wizard.grab().save(QDir(shotDir).filePath(u"wizard_details.png"_s));
        }
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewCaseWizard::EvidencePageId);

        caseId = wizard.caseId();
        auto record = store->caseById(caseId);
        ASSERT_TRUE(record.ok());
        EXPECT_EQ(record->family, u"security"_s);
        EXPECT_EQ(record->subtype, u"account_stolen"_s);
        EXPECT_EQ(record->providerKey, u"alipay"_s);
        EXPECT_EQ(record->accountRef, u"alice@example.com"_s);
        EXPECT_EQ(record->wizardStep, int(NewCaseWizard::EvidencePageId));
        EXPECT_EQ(record->title, u"Alipay – Account taken over"_s);
        auto items = store->checklist(caseId);
        ASSERT_TRUE(items.ok());
        const auto freeze = std::find_if(items->cbegin(), items->cend(), [](const auto& i) {
            return i.itemKey == u"freeze_account"_s;
        });
        ASSERT_NE(freeze, items->cend());
        EXPECT_EQ(freeze->doneAt, frozenAt);
    }

    // Reopened, the draft comes back at the evidence step; Back shows the details as typed.
    NewCaseWizard resumed(*store, *m_taxonomy, *m_providers, clock, caseId);
    EXPECT_TRUE(resumed.loadError().isEmpty());
    EXPECT_EQ(resumed.currentId(), NewCaseWizard::EvidencePageId);
    resumed.back();
    ASSERT_EQ(resumed.currentId(), NewCaseWizard::DetailsPageId);
    EXPECT_EQ(resumed.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s)->toPlainText(),
              u"My password and phone number were changed."_s);
    EXPECT_EQ(resumed.findChild<AccountLineEdit*>(u"accountLineEdit"_s)->text(),
              u"a***@example.com"_s);
    resumed.back();
    ASSERT_EQ(resumed.currentId(), NewCaseWizard::FirstStepsPageId);
    EXPECT_TRUE(resumed.findChild<QCheckBox*>(u"step_freeze_account_CheckBox"_s)->isChecked());
}

// ------------------------------------------------------------------------------- looks

// Each page renders something (not a blank rectangle) in both languages; with
// WC_SCREENSHOT_DIR set the images are kept for a person to look at.
TEST_F(WizardPagesTest, PagesRenderInBothLanguages)
{
    const QString shotDir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Chinese, QLocale::China)}) {
        QLocale::setDefault(locale);
        const QString lang = WizardSession::uiLanguage();
        session->setDraft(core::CaseDraft{});
        session->draft().record.family = u"security"_s;
        session->draft().record.subtype = u"unauthorized_payment"_s;
        session->draft().record.providerKey = u"alipay"_s;
        std::vector<std::unique_ptr<DraftPage>> pages;
        pages.push_back(std::make_unique<ProblemPage>(*session));
        pages.push_back(std::make_unique<FirstStepsPage>(*session));
        pages.push_back(std::make_unique<DetailsPage>(*session));
        const QStringList names = {u"problem"_s, u"firststeps"_s, u"details"_s};
        for (std::size_t i = 0; i < pages.size(); ++i) {
            DraftPage& page = *pages[i];
            page.initializePage();
            page.resize(800, 620);
            page.show();
            // Scroll areas settle their scroll bars in posted layout requests.
            for (int round = 0; round < 3; ++round)
                QCoreApplication::processEvents();
            const QImage image = page.grab().toImage();
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            EXPECT_GT(colours.size(), 8) << names.at(int(i)).toStdString();
            // What is drawn: every label wholly on screen shows its text, and none is a key.
            const auto painted = test::paintedLabels(&page, image);
            EXPECT_TRUE(painted.unpainted.isEmpty())
                << names.at(int(i)).toStdString() << ": "
                << painted.unpainted.join(u"; "_s).toStdString();
            EXPECT_GE(painted.shown.size(), 2) << names.at(int(i)).toStdString();
            EXPECT_TRUE(test::internalKeysShown(painted.shown).isEmpty())
                << names.at(int(i)).toStdString() << ": "
                << test::internalKeysShown(painted.shown).join(u", "_s).toStdString();
            if (!shotDir.isEmpty())
                image.save(QDir(shotDir).filePath(u"%1_%2.png"_s.arg(names.at(int(i)), lang)));
        }
    }
}

} // namespace
