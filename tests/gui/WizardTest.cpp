// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The whole new-complaint wizard, driven the way a user drives it: one walk per problem family,
// evidence added by file dialog, drag and drop and paste, closing midway and resuming. Every walk
// ends by reading the case file back, so a field that never reaches the store fails here.
#include "followup/FollowUpTime.h"
#include "gui/caseview/PromiseReminders.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/dialogs/ContactDialog.h"
#include "gui/widgets/AccountLineEdit.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/widgets/EvidenceListEditor.h"
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "gui/wizard/NewCaseWizard.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "support/StoreTest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using wc::gui::NewCaseWizard;

namespace {

// The facts one walk enters, and what the store must hold afterwards.
struct Walk
{
    QString subtype;
    QString family;
    QString providerKey;
    QString amountText;
    QString currency;
    qint64 amountMinor = 0;
    QString reference;
    QString account;
    QString description;
    QString remedy;
    QString letterLanguage;
    QString agentName;
    QString agentId;
    QString profileName;
};

// QTest::keyClicks only knows Latin-1 keys; Chinese and full-width text arrives the way an input
// method delivers it: key events that carry the text.
void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &release);
        }
    }
}

template <typename T> T* child(QWidget* root, const QString& name)
{
    T* found = root->findChild<T*>(name);
    EXPECT_NE(found, nullptr) << "no widget named " << name.toStdString();
    return found;
}

class WizardTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto taxonomy = wc::core::Taxonomy::load();
        ASSERT_TRUE(taxonomy.ok());
        m_taxonomy = std::move(*taxonomy);
        auto providers = wc::core::ProviderDirectory::load();
        ASSERT_TRUE(providers.ok());
        m_providers = std::move(*providers);
        wc::gui::UrlOpener::setHandlerForTesting([this](const QUrl& url) {
            m_openedUrls << url;
            return true;
        });
    }
    void TearDown() override
    {
        wc::gui::UrlOpener::setHandlerForTesting({});
        QLocale::setDefault(QLocale::c());
    }

    std::unique_ptr<NewCaseWizard> makeWizard(qint64 resumeCaseId = 0)
    {
        auto wizard = std::make_unique<NewCaseWizard>(*store, *m_taxonomy, *m_providers, clock,
                                                      resumeCaseId);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        return wizard;
    }

    // A real PNG on disk, with content of its own so each file has a different SHA-256.
    QString writePng(const QString& name, QColor colour)
    {
        QImage image(360, 800, QImage::Format_RGB32);
        image.fill(colour);
        QPainter painter(&image);
        painter.drawText(QRect(10, 10, 340, 40), name);
        painter.end();
        const QString path = dir.file(name);
        EXPECT_TRUE(image.save(path, "PNG"));
        return path;
    }

    static QByteArray sha256Of(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }

    // Alt+letter reaches one control on each page, the wizard's own buttons (Back, Next,
    // Finish) included. A label repeated on every row may share its letter with itself.
    static void expectOwnMnemonics(const NewCaseWizard& wizard)
    {
        QMap<QString, QStringList> owners;
        for (const QWidget* w : wizard.findChildren<QWidget*>()) {
            if (!w->isVisibleTo(&wizard))
                continue;
            QString text;
            if (const auto* button = qobject_cast<const QAbstractButton*>(w))
                text = button->text();
            else if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy())
                text = label->text();
            if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty())
                owners[key.toString()] << text;
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            QStringList texts = *it;
            texts.removeDuplicates();
            EXPECT_EQ(texts.size(), 1)
                << "page " << wizard.currentId() << ": " << it.key().toStdString() << " for "
                << texts.join(u" / "_s).toStdString();
        }
    }

    static void next(NewCaseWizard& wizard, int expectedPage)
    {
        wizard.next();
        ASSERT_EQ(wizard.currentId(), expectedPage)
            << "stuck on page " << wizard.currentId() << "; message: "
            << wizard.currentPage()->findChild<QLabel*>(u"messageBarLabel"_s)->text().toStdString();
        expectOwnMnemonics(wizard);
    }

    void chooseProblem(NewCaseWizard& wizard, const QString& subtype)
    {
        auto* radio = child<QRadioButton>(wizard.currentPage(),
                                          u"subtype_%1_RadioButton"_s.arg(subtype));
        ASSERT_NE(radio, nullptr);
        radio->click();
        next(wizard, NewCaseWizard::FirstStepsPageId);
    }

    void enterDetails(NewCaseWizard& wizard, const Walk& walk)
    {
        QWidget* page = wizard.currentPage();
        auto* provider = child<QComboBox>(page, u"providerComboBox"_s);
        ASSERT_NE(provider, nullptr);
        const int index = provider->findData(walk.providerKey);
        ASSERT_GE(index, 0) << walk.providerKey.toStdString();
        provider->setCurrentIndex(index);
        auto* currency = child<QComboBox>(page, u"currencyComboBox"_s);
        currency->setCurrentIndex(currency->findText(walk.currency));
        auto* amount = child<QLineEdit>(page, u"amountLineEdit"_s);
        amount->clear();
        typeText(amount, walk.amountText);
        auto* references = child<QPlainTextEdit>(page, u"referencesPlainTextEdit"_s);
        typeText(references, walk.reference);
        auto* account = child<wc::gui::AccountLineEdit>(page, u"accountLineEdit"_s);
        account->setValue(walk.account);
        auto* description = child<QPlainTextEdit>(page, u"descriptionPlainTextEdit"_s);
        typeText(description, walk.description);
        auto* remedy = child<QCheckBox>(page, u"remedy_%1_CheckBox"_s.arg(walk.remedy));
        remedy->setChecked(true);
    }

    void addContact(NewCaseWizard& wizard, const Walk& walk)
    {
        QWidget* page = wizard.currentPage();
        child<QPushButton>(page, u"addContactPushButton"_s)->click();
        auto* dialog = page->findChild<wc::gui::ContactDialog*>();
        ASSERT_NE(dialog, nullptr);
        typeText(child<QLineEdit>(dialog, u"agentNameLineEdit"_s), walk.agentName);
        typeText(child<QLineEdit>(dialog, u"agentIdLineEdit"_s), walk.agentId);
        typeText(child<QPlainTextEdit>(dialog, u"summaryPlainTextEdit"_s),
                         u"Asked about the problem; told to wait."_s);
        child<QPushButton>(dialog, u"okPushButton"_s)->click();
        ASSERT_EQ(dialog->result(), QDialog::Accepted);
    }

    void enterProfile(NewCaseWizard& wizard, const Walk& walk)
    {
        QWidget* page = wizard.currentPage();
        auto* name = child<QLineEdit>(page, u"nameLineEdit"_s);
        name->clear();
        typeText(name, walk.profileName);
        auto* email = child<QLineEdit>(page, u"emailLineEdit"_s);
        email->clear();
        typeText(email, u"someone@example.com"_s);
    }

    // Walks all eight pages; evidence goes in by the file dialog. Returns the case id.
    qint64 walkToTheEnd(const Walk& walk, bool markSent)
    {
        auto wizard = makeWizard();
        QSignalSpy saved(wizard.get(), &NewCaseWizard::caseSaved);
        chooseProblem(*wizard, walk.subtype);
        if (HasFatalFailure())
            return 0;
        if (walk.family == u"security"_s) {
            auto* freeze = child<QCheckBox>(wizard->currentPage(), u"step_freeze_account_CheckBox"_s);
            freeze->setChecked(true);
        }
        next(*wizard, NewCaseWizard::DetailsPageId);
        enterDetails(*wizard, walk);
        next(*wizard, NewCaseWizard::EvidencePageId);

        auto* evidence = child<wc::gui::EvidenceListEditor>(wizard->currentPage(),
                                                            u"evidenceListEditor"_s);
        const QString shot = writePng(u"screenshot-%1.png"_s.arg(walk.subtype), Qt::darkCyan);
        wc::gui::FileDialog::setNextFileNames({shot});
        evidence->chooseFiles();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !evidence->isBusy() && evidence->count() == 1; },
                                    30000));
        next(*wizard, NewCaseWizard::ContactsPageId);
        addContact(*wizard, walk);
        next(*wizard, NewCaseWizard::ProfilePageId);
        enterProfile(*wizard, walk);
        next(*wizard, NewCaseWizard::LetterPageId);

        auto* language = child<QComboBox>(wizard->currentPage(), u"letterLanguageComboBox"_s);
        language->setCurrentIndex(language->findData(walk.letterLanguage));
        auto* letter = child<wc::gui::LetterEditor>(wizard->currentPage(), u"letterEditor"_s);
        EXPECT_TRUE(letter->body().contains(walk.reference)) << letter->body().toStdString();
        next(*wizard, NewCaseWizard::SendPageId);

        QWidget* send = wizard->currentPage();
        if (markSent) {
            child<QRadioButton>(send, u"sentRadioButton"_s)->click();
            auto* channel = child<QComboBox>(send, u"sentChannelComboBox"_s);
            channel->setCurrentIndex(channel->findData(u"email"_s));
            typeText(child<QLineEdit>(send, u"sentReferenceLineEdit"_s), u"TICKET-77"_s);
        } else {
            child<QRadioButton>(send, u"readyRadioButton"_s)->click();
        }
        wizard->button(QWizard::FinishButton)->click();
        EXPECT_EQ(wizard->result(), QDialog::Accepted);
        EXPECT_FALSE(saved.isEmpty());
        const qint64 caseId = wizard->caseId();
        EXPECT_GT(caseId, 0);
        // The evidence row must carry the file's own fingerprint.
        auto items = store->evidence(caseId);
        EXPECT_TRUE(items.ok());
        if (items.ok() && items->size() == 1) {
            EXPECT_EQ(items->first().sha256.toLatin1(), sha256Of(shot));
        }
        return caseId;
    }

    void expectStored(qint64 caseId, const Walk& walk, bool sent)
    {
        auto record = store->caseById(caseId);
        ASSERT_TRUE(record.ok());
        EXPECT_EQ(record->family, walk.family);
        EXPECT_EQ(record->subtype, walk.subtype);
        EXPECT_EQ(record->providerKey, walk.providerKey);
        EXPECT_EQ(record->amountMinor, walk.amountMinor);
        EXPECT_EQ(record->currency, walk.currency);
        EXPECT_EQ(record->references, QStringList{walk.reference});
        EXPECT_EQ(record->accountRef, walk.account); // stored in full, shown masked
        EXPECT_EQ(record->description, walk.description);
        EXPECT_TRUE(record->remedies.contains(walk.remedy));
        EXPECT_EQ(record->language, walk.letterLanguage);
        EXPECT_FALSE(record->title.isEmpty());
        EXPECT_EQ(record->status, sent ? u"sent"_s : u"ready"_s);

        auto contacts = store->contacts(caseId);
        ASSERT_TRUE(contacts.ok());
        ASSERT_EQ(contacts->size(), 1);
        EXPECT_EQ(contacts->first().agentName, walk.agentName);
        EXPECT_EQ(contacts->first().agentId, walk.agentId);

        auto letters = store->letters(caseId);
        ASSERT_TRUE(letters.ok());
        ASSERT_EQ(letters->size(), 1);
        const wc::core::Letter& letter = letters->first();
        EXPECT_EQ(letter.language, walk.letterLanguage);
        EXPECT_TRUE(letter.body.contains(walk.reference));
        EXPECT_TRUE(letter.body.contains(walk.profileName));
        // The company must find the account: a letter to it carries the number in full.
        EXPECT_TRUE(letter.body.contains(walk.account)) << letter.body.toStdString();
        EXPECT_EQ(letter.status, sent ? u"sent"_s : u"ready"_s);
        if (sent) {
            EXPECT_EQ(letter.channel, u"email"_s);
            EXPECT_EQ(letter.reference, u"TICKET-77"_s);
            EXPECT_TRUE(letter.sentAt.has_value());
        }

        auto stored = store->reminders(caseId);
        ASSERT_TRUE(stored.ok());
        // One follow-up; the other reminders are the deadlines the send page ticked (the
        // letter's own reply date among them once it is sent: a letter kept as ready asks
        // nobody for a reply yet).
        QList<wc::core::Reminder> reminders;
        bool replyDate = false;
        for (const wc::core::Reminder& r : *stored) {
            if (r.kind == u"follow_up"_s)
                reminders << r;
            replyDate |= r.kind == u"reply_deadline"_s;
        }
        EXPECT_EQ(replyDate, sent) << "the letter's reply date, only for a sent letter";
        ASSERT_EQ(reminders.size(), 1);
        const qint64 days = walk.family == u"security"_s ? 1 : 7;
        // The page offers the day, at the user's reminder time in the case's zone.
        const QTimeZone zone = wc::core::CaseTimeZone::zoneFor(*store->caseById(caseId));
        EXPECT_EQ(reminders.first().dueAt,
                  wc::core::followup::atLocalTime(
                      wc::core::followup::localDate(clock.nowMs(), zone).addDays(days), zone,
                      wc::gui::AppSettings::reminderTime()));

        auto profile = store->profile();
        ASSERT_TRUE(profile.ok());
        EXPECT_EQ(profile->name, walk.profileName);
        EXPECT_EQ(profile->email, u"someone@example.com"_s);

        auto checklist = store->checklist(caseId);
        ASSERT_TRUE(checklist.ok());
        EXPECT_FALSE(checklist->isEmpty());
        if (walk.family == u"security"_s) {
            bool frozenAtNow = false;
            for (const auto& item : *checklist)
                frozenAtNow |= item.itemKey == u"freeze_account"_s && item.doneAt == clock.nowMs();
            EXPECT_TRUE(frozenAtNow) << "the freeze tick must record its time";
        }
    }

    std::optional<wc::core::Taxonomy> m_taxonomy;
    std::optional<wc::core::ProviderDirectory> m_providers;
    QList<QUrl> m_openedUrls;
};

TEST_F(WizardTest, TransactionProblemInEnglishEndsAsASentCase)
{
    const Walk walk{u"duplicate_charge"_s, u"transaction"_s, u"paypal"_s, u"1,234.50"_s, u"USD"_s,
                    123450, u"9XK12345AB"_s, u"alice@example.com"_s,
                    u"I paid once but was charged twice."_s, u"refund"_s, u"en"_s,
                    u"Tom"_s, u"A-1024"_s, u"Alice Smith"_s};
    const qint64 caseId = walkToTheEnd(walk, true);
    ASSERT_GT(caseId, 0);
    expectStored(caseId, walk, true);
}

TEST_F(WizardTest, SecurityProblemInChineseRecordsTheFreezeAndAOneDayFollowUp)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const Walk walk{u"account_stolen"_s, u"security"_s, u"alipay"_s, u"８８"_s, u"CNY"_s, 8800,
                    u"2026112222001412345678"_s, u"13812345678"_s,
                    u"我的支付宝账户被他人登录并转走了钱。"_s, u"refund"_s, u"zh_CN"_s,
                    u"李娜"_s, u"95188-0731"_s, u"王小明"_s};
    const qint64 caseId = walkToTheEnd(walk, true);
    ASSERT_GT(caseId, 0);
    expectStored(caseId, walk, true);
    auto letters = store->letters(caseId);
    ASSERT_TRUE(letters.ok());
    EXPECT_TRUE(letters->first().subject.contains(u"投诉"_s));
}

TEST_F(WizardTest, ServiceProblemKeptReadyToSendInChinese)
{
    const Walk walk{u"rude_agent"_s, u"service"_s, u"wechat_pay"_s, u"0"_s, u"CNY"_s, 0,
                    u"WX-20261120-001"_s, u"wxid_example01"_s,
                    u"客服在电话里态度很差，没有解决问题就挂断了。"_s, u"apology"_s, u"zh_CN"_s,
                    u"张伟"_s, u"1088"_s, u"陈静"_s};
    const qint64 caseId = walkToTheEnd(walk, false);
    ASSERT_GT(caseId, 0);
    expectStored(caseId, walk, false);
}

TEST_F(WizardTest, EvidenceArrivesByDropAndByPasteToo)
{
    auto wizard = makeWizard();
    chooseProblem(*wizard, u"duplicate_charge"_s);
    next(*wizard, NewCaseWizard::DetailsPageId);
    const Walk walk{u"duplicate_charge"_s, u"transaction"_s, u"alipay"_s, u"12.50"_s, u"CNY"_s,
                    1250, u"REF-1"_s, u"13812345678"_s, u"Charged twice."_s, u"refund"_s,
                    u"en"_s, {}, {}, {}};
    enterDetails(*wizard, walk);
    next(*wizard, NewCaseWizard::EvidencePageId);
    auto* evidence = child<wc::gui::EvidenceListEditor>(wizard->currentPage(),
                                                        u"evidenceListEditor"_s);
    ASSERT_NE(evidence, nullptr);

    // Drag and drop of a file from a file manager.
    const QString dropped = writePng(u"dropped 截图.png"_s, Qt::darkRed);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    const QPoint where = evidence->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(evidence, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(evidence, &drop);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !evidence->isBusy() && evidence->count() == 1; },
                                30000));

    // A screenshot on the clipboard becomes a PNG.
    QImage pasted(300, 500, QImage::Format_RGB32);
    pasted.fill(Qt::darkGreen);
    QGuiApplication::clipboard()->setImage(pasted);
    child<QPushButton>(wizard->currentPage(), u"pasteButton"_s)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !evidence->isBusy() && evidence->count() == 2; },
                                30000));
    next(*wizard, NewCaseWizard::ContactsPageId);

    auto items = store->evidence(wizard->caseId());
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 2);
    QStringList mimeTypes;
    bool droppedFound = false;
    for (const auto& item : *items) {
        mimeTypes << item.mimeType;
        droppedFound |= item.sha256.toLatin1() == sha256Of(dropped);
    }
    EXPECT_TRUE(droppedFound);
    EXPECT_EQ(mimeTypes.count(u"image/png"_s), 2) << mimeTypes.join(u", "_s).toStdString();
}

TEST_F(WizardTest, ClosingMidwayKeepsADraftThatResumesWhereItStopped)
{
    qint64 caseId = 0;
    const Walk walk{u"refund_missing"_s, u"transaction"_s, u"jd_pay"_s, u"99.90"_s, u"CNY"_s,
                    9990, u"JD-556677"_s, u"13900001111"_s, u"退款显示成功但一直没到账。"_s,
                    u"refund"_s, u"zh_CN"_s, {}, {}, {}};
    {
        auto wizard = makeWizard();
        chooseProblem(*wizard, walk.subtype);
        next(*wizard, NewCaseWizard::DetailsPageId);
        enterDetails(*wizard, walk);
        // Closing the window (not Next): what the page shows must still be kept.
        wizard->close();
        caseId = wizard->caseId();
    }
    ASSERT_GT(caseId, 0);
    auto draft = store->caseById(caseId);
    ASSERT_TRUE(draft.ok());
    EXPECT_EQ(draft->status, u"draft"_s);
    EXPECT_EQ(draft->wizardStep, int(NewCaseWizard::DetailsPageId));
    EXPECT_EQ(draft->description, walk.description);
    EXPECT_EQ(draft->amountMinor, walk.amountMinor);

    auto resumed = makeWizard(caseId);
    EXPECT_TRUE(resumed->loadError().isEmpty());
    ASSERT_EQ(resumed->currentId(), int(NewCaseWizard::DetailsPageId));
    QWidget* page = resumed->currentPage();
    EXPECT_EQ(child<QPlainTextEdit>(page, u"descriptionPlainTextEdit"_s)->toPlainText(),
              walk.description);
    EXPECT_EQ(child<wc::gui::AccountLineEdit>(page, u"accountLineEdit"_s)->value(), walk.account);
    EXPECT_EQ(child<QComboBox>(page, u"providerComboBox"_s)->currentData().toString(),
              walk.providerKey);

    // Back leads through the earlier pages with their entries intact.
    resumed->back();
    ASSERT_EQ(resumed->currentId(), int(NewCaseWizard::FirstStepsPageId));
    resumed->back();
    ASSERT_EQ(resumed->currentId(), int(NewCaseWizard::ProblemPageId));
    EXPECT_TRUE(child<QRadioButton>(resumed->currentPage(),
                                    u"subtype_refund_missing_RadioButton"_s)->isChecked());
    next(*resumed, NewCaseWizard::FirstStepsPageId);
    next(*resumed, NewCaseWizard::DetailsPageId);
    EXPECT_EQ(child<QLineEdit>(resumed->currentPage(), u"amountLineEdit"_s)->text().isEmpty(),
              false);
    next(*resumed, NewCaseWizard::EvidencePageId);
    EXPECT_EQ(resumed->caseId(), caseId) << "resuming must not start a second case";
    auto count = store->caseCount();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 1);
}

TEST_F(WizardTest, BackThenNextKeepsTheRemediesTickedOnTheFactsPage)
{
    auto wizard = makeWizard();
    chooseProblem(*wizard, u"duplicate_charge"_s);
    next(*wizard, NewCaseWizard::DetailsPageId);
    QWidget* page = wizard->currentPage();
    auto* refund = child<QCheckBox>(page, u"remedy_refund_CheckBox"_s);
    auto* apology = child<QCheckBox>(page, u"remedy_apology_CheckBox"_s);
    ASSERT_TRUE(refund && apology);
    EXPECT_TRUE(refund->isChecked()) << "the problem's usual remedy starts ticked";
    apology->setChecked(true); // and the user asks for an apology too
    auto* description = child<QPlainTextEdit>(page, u"descriptionPlainTextEdit"_s);
    typeText(description, u"Charged twice for one order."_s);

    wizard->back();
    ASSERT_EQ(wizard->currentId(), int(NewCaseWizard::FirstStepsPageId));
    next(*wizard, NewCaseWizard::DetailsPageId);
    EXPECT_TRUE(refund->isChecked()) << "Back and Next must not clear the ticked remedies";
    EXPECT_TRUE(apology->isChecked());
    EXPECT_EQ(description->toPlainText(), u"Charged twice for one order."_s);

    // Twice back, to the problem, and forward again: still the user's choices.
    wizard->back();
    wizard->back();
    ASSERT_EQ(wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    next(*wizard, NewCaseWizard::FirstStepsPageId);
    next(*wizard, NewCaseWizard::DetailsPageId);
    EXPECT_TRUE(refund->isChecked());
    EXPECT_TRUE(apology->isChecked());
    auto* provider = child<QComboBox>(page, u"providerComboBox"_s);
    provider->setCurrentIndex(provider->findData(u"paypal"_s));
    next(*wizard, NewCaseWizard::EvidencePageId);
    auto record = store->caseById(wizard->caseId());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->remedies, (QStringList{u"refund"_s, u"apology"_s}));
}

TEST_F(WizardTest, APromiseLoggedInTheWizardGetsItsReminderLikeCtrlL)
{
    const Walk walk{u"unresolved"_s, u"service"_s, u"paypal"_s, u"0"_s, u"USD"_s, 0,
                    u"PP-7781"_s, u"alice@example.com"_s, u"Nobody has fixed it."_s,
                    u"explanation"_s, u"en"_s, {}, {}, {}};
    auto wizard = makeWizard();
    chooseProblem(*wizard, walk.subtype);
    next(*wizard, NewCaseWizard::DetailsPageId);
    enterDetails(*wizard, walk);
    next(*wizard, NewCaseWizard::EvidencePageId);
    next(*wizard, NewCaseWizard::ContactsPageId);

    QWidget* page = wizard->currentPage();
    child<QPushButton>(page, u"addContactPushButton"_s)->click();
    auto* dialog = page->findChild<wc::gui::ContactDialog*>();
    ASSERT_NE(dialog, nullptr);
    typeText(child<QLineEdit>(dialog, u"agentNameLineEdit"_s), u"Dana"_s);
    typeText(child<QPlainTextEdit>(dialog, u"summaryPlainTextEdit"_s), u"Asked again."_s);
    typeText(child<QLineEdit>(dialog, u"promiseLineEdit"_s), u"call me back"_s);
    child<QCheckBox>(dialog, u"promisedByCheckBox"_s)->setChecked(true);
    const QDate promisedDay(2026, 12, 20);
    child<QDateTimeEdit>(dialog, u"promisedByDateEdit"_s)->setDate(promisedDay);
    child<QPushButton>(dialog, u"okPushButton"_s)->click();
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    next(*wizard, NewCaseWizard::ProfilePageId);

    const qint64 caseId = wizard->caseId();
    auto contacts = store->contacts(caseId);
    ASSERT_TRUE(contacts.ok());
    ASSERT_EQ(contacts->size(), 1);
    const wc::core::Contact contact = contacts->first();
    const auto promises = [&] {
        QList<wc::core::Reminder> out;
        const auto all = store->reminders(caseId);
        EXPECT_TRUE(all.ok());
        for (const wc::core::Reminder& r : all.ok() ? *all : QList<wc::core::Reminder>()) {
            if (r.kind == u"promise"_s)
                out << r;
        }
        return out;
    };
    ASSERT_EQ(promises().size(), 1);
    const wc::core::Reminder reminder = promises().first();
    EXPECT_EQ(reminder.contactId, contact.id);
    EXPECT_EQ(reminder.state, u"pending"_s);
    EXPECT_EQ(reminder.text, wc::gui::PromiseReminders::text(contact));
    const QTimeZone zone = wc::core::CaseTimeZone::zoneFor(*store->caseById(caseId));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(reminder.dueAt, zone).date(), promisedDay);

    // Back and forward again: still one reminder, not a second.
    wizard->back();
    next(*wizard, NewCaseWizard::ProfilePageId);
    EXPECT_EQ(promises().size(), 1);
    EXPECT_EQ(store->contacts(caseId)->size(), 1);

    // The contact deleted in the wizard takes its reminder with it.
    wizard->back();
    auto* editor = child<wc::gui::ContactListEditor>(wizard->currentPage(),
                                                     u"contactListEditor"_s);
    editor->selectRow(0);
    wc::gui::MessageBox::setNextChoice(wc::gui::ContactListEditor::RemoveContact);
    child<QPushButton>(wizard->currentPage(), u"removeContactPushButton"_s)->click();
    next(*wizard, NewCaseWizard::ProfilePageId);
    EXPECT_TRUE(store->contacts(caseId)->isEmpty());
    EXPECT_TRUE(promises().isEmpty());
}

TEST_F(WizardTest, ClosingOnTheFirstPageWithNothingChosenLeavesNoCase)
{
    {
        auto wizard = makeWizard();
        wizard->close();
    }
    auto count = store->caseCount();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0);
}

TEST_F(WizardTest, NextWithoutAProblemChosenExplainsInsteadOfMoving)
{
    auto wizard = makeWizard();
    wizard->next();
    EXPECT_EQ(wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    auto* message = wizard->currentPage()->findChild<QLabel*>(u"messageBarLabel"_s);
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_TRUE(message->isVisibleTo(wizard.get()));
}

TEST_F(WizardTest, AResumedDraftThatCannotBeReadStartsANewCaseAndSaysWhy)
{
    auto wizard = makeWizard(424242);
    EXPECT_FALSE(wizard->loadError().isEmpty());
    EXPECT_EQ(wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    EXPECT_EQ(wizard->caseId(), 0);
}

} // namespace
