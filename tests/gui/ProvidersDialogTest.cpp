// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/ProviderEditor.h"
#include "gui/dialogs/ProvidersDialog.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "support/StoreTest.h"

#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QInputMethodEvent>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Types `text` as an input method commits it: QTest::keyClicks knows only ASCII keys, and
// Chinese is typed through an input method anyway.
void typeText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

class ProvidersDialogTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        MessageBox::takeAskedCount();
        auto loaded = ProviderDirectory::load();
        ASSERT_TRUE(loaded.ok());
        shipped = std::move(*loaded);
    }

    // The directory as every other part of the app sees it: shipped plus the file's overrides.
    ProviderDirectory effective()
    {
        auto overrides = store->providerOverrides();
        EXPECT_TRUE(overrides.ok());
        QList<Error> problems;
        ProviderDirectory d = shipped.withOverrides(
            overrides.ok() ? *overrides : QList<ProviderOverride>{}, &problems);
        EXPECT_TRUE(problems.isEmpty());
        return d;
    }

    QStringList overrideKeys()
    {
        QStringList keys;
        auto overrides = store->providerOverrides();
        EXPECT_TRUE(overrides.ok());
        if (overrides.ok()) {
            for (const ProviderOverride& o : *overrides)
                keys << o.key;
        }
        return keys;
    }

    template <typename T> static T* field(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text); // typed, so the form knows it changed
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
    }

    static QString message(ProvidersDialog& dialog)
    {
        auto* bar = dialog.findChild<MessageBar*>(u"messageBar"_s);
        return bar && !bar->isHidden() ? bar->text() : QString();
    }

    static QString originOf(ProvidersDialog& dialog, const QString& key)
    {
        auto* tree = dialog.findChild<QTreeWidget*>(u"providersTreeWidget"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(ProvidersDialog::NameColumn, Qt::UserRole).toString() ==
                key)
                return tree->topLevelItem(i)
                    ->data(ProvidersDialog::NameColumn, ProvidersDialog::OriginRole)
                    .toString();
        }
        return {};
    }

    ProviderDirectory shipped;
};

TEST_F(ProvidersDialogTest, ListsTheShippedDirectory)
{
    ProvidersDialog dialog(*store);
    auto* tree = field<QTreeWidget>(&dialog, "providersTreeWidget");
    EXPECT_EQ(tree->topLevelItemCount(), shipped.providers().size());
    ASSERT_TRUE(dialog.selectProvider(u"paypal"_s));
    EXPECT_EQ(dialog.selectedKey(), u"paypal"_s);
    EXPECT_EQ(field<QLineEdit>(dialog.editor(), "nameEnLineEdit")->text(), u"PayPal"_s);
    EXPECT_FALSE(dialog.selectProvider(u"no_such_wallet"_s));
    // Nothing changed yet: nothing to save, nothing to restore.
    EXPECT_FALSE(field<QPushButton>(&dialog, "saveProviderPushButton")->isEnabled());
    EXPECT_FALSE(field<QPushButton>(&dialog, "restoreProviderPushButton")->isEnabled());
}

TEST_F(ProvidersDialogTest, CorrectingAnEntryStoresAnOverrideTheDirectoryUses)
{
    ProvidersDialog dialog(*store);
    QSignalSpy changed(&dialog, &ProvidersDialog::directoryChanged);
    ASSERT_TRUE(dialog.selectProvider(u"alipay"_s));
    retype(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Alipay (Ant Group)"_s);
    QTableWidget* channels = dialog.editor()->channelsTable();
    ASSERT_GT(channels->rowCount(), 0);
    channels->item(0, ProviderEditor::ValueColumn)->setText(u"95188-9"_s);
    auto* save = field<QPushButton>(&dialog, "saveProviderPushButton");
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    EXPECT_EQ(overrideKeys(), QStringList{u"alipay"_s});
    const auto alipay = effective().provider(u"alipay"_s);
    ASSERT_TRUE(alipay.has_value());
    EXPECT_EQ(alipay->origin, Provider::Origin::Overridden);
    EXPECT_EQ(alipay->name.text(u"en"_s), u"Alipay (Ant Group)"_s);
    EXPECT_EQ(alipay->name.text(u"zh_CN"_s), u"支付宝"_s); // the other language is kept
    ASSERT_FALSE(alipay->channels.isEmpty());
    EXPECT_EQ(alipay->channels.first().value, u"95188-9"_s);
    // Fields the form does not show survive the round trip.
    EXPECT_EQ(alipay->source, shipped.provider(u"alipay"_s)->source);
    EXPECT_EQ(alipay->channels.size(), shipped.provider(u"alipay"_s)->channels.size());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(dialog.selectedKey(), u"alipay"_s);
    EXPECT_EQ(originOf(dialog, u"alipay"_s), u"Edited by you"_s);
    EXPECT_EQ(dialog.directory().provider(u"alipay"_s)->name.text(u"en"_s),
              u"Alipay (Ant Group)"_s);
    EXPECT_FALSE(dialog.hasUnsavedChanges());
}

TEST_F(ProvidersDialogTest, AddsAProvider)
{
    ProvidersDialog dialog(*store);
    QTest::mouseClick(field<QPushButton>(&dialog, "addProviderPushButton"), Qt::LeftButton);
    ProviderEditor* editor = dialog.editor();
    EXPECT_EQ(field<QLineEdit>(editor, "nameEnLineEdit")->text(), QString());
    QTest::keyClicks(field<QLineEdit>(editor, "nameEnLineEdit"), u"Kakao Pay"_s);
    typeText(field<QLineEdit>(editor, "nameZhLineEdit"), u"카카오페이"_s);
    QTest::keyClicks(field<QLineEdit>(editor, "regionsLineEdit"), u"kr"_s);
    ASSERT_EQ(editor->channelsTable()->rowCount(), 1);
    editor->channelsTable()->item(0, ProviderEditor::ValueColumn)->setText(u"1599-3333"_s);
    // An extra row left empty is dropped, not refused.
    editor->addChannelRow(editor->channelsTable(), u"email"_s);
    ASSERT_TRUE(dialog.saveCurrent()) << message(dialog).toStdString();

    ASSERT_EQ(overrideKeys(), QStringList{u"user_kakao_pay"_s});
    const auto added = effective().provider(u"user_kakao_pay"_s);
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->origin, Provider::Origin::UserAdded);
    EXPECT_EQ(added->name.text(u"en"_s), u"Kakao Pay"_s);
    EXPECT_EQ(added->regions, QStringList{u"KR"_s});
    ASSERT_EQ(added->channels.size(), 1);
    EXPECT_EQ(added->channels.first().kind, u"hotline"_s);
    EXPECT_EQ(added->channels.first().value, u"1599-3333"_s);
    EXPECT_EQ(dialog.selectedKey(), u"user_kakao_pay"_s);
    EXPECT_EQ(originOf(dialog, u"user_kakao_pay"_s), u"Added by you"_s);
    EXPECT_EQ(field<QTreeWidget>(&dialog, "providersTreeWidget")->topLevelItemCount(),
              shipped.providers().size() + 1);

    // A second provider of the same name gets its own key.
    dialog.addProvider();
    QTest::keyClicks(field<QLineEdit>(editor, "nameEnLineEdit"), u"Kakao Pay"_s);
    editor->channelsTable()->item(0, ProviderEditor::ValueColumn)->setText(u"1599-0000"_s);
    ASSERT_TRUE(dialog.saveCurrent());
    EXPECT_EQ(overrideKeys(), (QStringList{u"user_kakao_pay"_s, u"user_kakao_pay_2"_s}));
}

TEST_F(ProvidersDialogTest, RestoresTheShippedEntryAndRemovesAnAddedOneAfterAsking)
{
    ProvidersDialog dialog(*store);
    ASSERT_TRUE(dialog.selectProvider(u"venmo"_s));
    retype(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Venmo by PayPal"_s);
    ASSERT_TRUE(dialog.saveCurrent());
    ASSERT_EQ(overrideKeys(), QStringList{u"venmo"_s});
    auto* restore = field<QPushButton>(&dialog, "restoreProviderPushButton");
    EXPECT_TRUE(restore->isEnabled());

    // Cancel changes nothing.
    MessageBox::setNextChoice(ProvidersDialog::AnswerCancel);
    QTest::mouseClick(restore, Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(overrideKeys(), QStringList{u"venmo"_s});

    MessageBox::setNextChoice(ProvidersDialog::AnswerConfirm);
    QTest::mouseClick(restore, Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(overrideKeys().isEmpty());
    EXPECT_EQ(effective().provider(u"venmo"_s)->name.text(u"en"_s), u"Venmo"_s);
    EXPECT_EQ(dialog.selectedKey(), u"venmo"_s);
    EXPECT_EQ(field<QLineEdit>(dialog.editor(), "nameEnLineEdit")->text(), u"Venmo"_s);
    EXPECT_EQ(originOf(dialog, u"venmo"_s), u"Shipped"_s);
    EXPECT_FALSE(restore->isEnabled());

    // For a provider the user added, the same button removes it.
    dialog.addProvider();
    QTest::keyClicks(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Local Wallet"_s);
    dialog.editor()->channelsTable()->item(0, ProviderEditor::ValueColumn)->setText(u"12345"_s);
    ASSERT_TRUE(dialog.saveCurrent());
    EXPECT_TRUE(restore->text().contains(u"Remove"_s));
    MessageBox::setNextChoice(ProvidersDialog::AnswerConfirm);
    dialog.restoreShipped();
    EXPECT_TRUE(overrideKeys().isEmpty());
    EXPECT_FALSE(effective().provider(u"user_local_wallet"_s).has_value());
    EXPECT_FALSE(dialog.directory().provider(u"user_local_wallet"_s).has_value());
}

TEST_F(ProvidersDialogTest, RefusesAnInvalidEntryWithAReason)
{
    ProvidersDialog dialog(*store);
    ASSERT_TRUE(dialog.selectProvider(u"zelle"_s));
    retype(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), QString());
    retype(field<QLineEdit>(dialog.editor(), "nameZhLineEdit"), QString());
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_TRUE(message(dialog).contains(u"name"_s)) << message(dialog).toStdString();
    EXPECT_TRUE(overrideKeys().isEmpty());

    // A channel with a label but neither a number/address nor steps.
    retype(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Zelle"_s);
    QTableWidget* channels = dialog.editor()->channelsTable();
    const int row = dialog.editor()->addChannelRow(channels, u"web_form"_s);
    channels->item(row, ProviderEditor::LabelColumn)->setText(u"Complaint form"_s);
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_TRUE(message(dialog).contains(QString::number(row + 1)))
        << message(dialog).toStdString();
    EXPECT_EQ(channels->currentRow(), row); // the row to fix is where the focus goes
    EXPECT_TRUE(overrideKeys().isEmpty());

    // A new provider without any way to reach it. (Leaving the broken correction asks first.)
    MessageBox::setNextChoice(ProvidersDialog::AnswerDiscard);
    dialog.addProvider();
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    QTest::keyClicks(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Nowhere Pay"_s);
    EXPECT_FALSE(dialog.saveCurrent());
    EXPECT_FALSE(message(dialog).isEmpty());
    EXPECT_TRUE(overrideKeys().isEmpty());
}

TEST_F(ProvidersDialogTest, AsksBeforeDroppingUnsavedChanges)
{
    ProvidersDialog dialog(*store);
    ASSERT_TRUE(dialog.selectProvider(u"cash_app"_s));
    auto* nameEn = field<QLineEdit>(dialog.editor(), "nameEnLineEdit");
    retype(nameEn, u"Cash App (Block)"_s);
    ASSERT_TRUE(dialog.hasUnsavedChanges());

    // Cancel: stays on the entry with the typing intact.
    MessageBox::setNextChoice(ProvidersDialog::AnswerCancel);
    dialog.selectProvider(u"paypal"_s);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.selectedKey() == u"cash_app"_s; }, 5000));
    EXPECT_EQ(nameEn->text(), u"Cash App (Block)"_s);
    EXPECT_TRUE(overrideKeys().isEmpty());

    // Save: stored, then the other provider is shown.
    MessageBox::setNextChoice(ProvidersDialog::AnswerConfirm);
    dialog.selectProvider(u"paypal"_s);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_EQ(overrideKeys(), QStringList{u"cash_app"_s});
    EXPECT_EQ(nameEn->text(), u"PayPal"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return originOf(dialog, u"cash_app"_s) == u"Edited by you"_s; }, 5000));
    EXPECT_EQ(dialog.selectedKey(), u"paypal"_s);

    // Discard on close: closes, stores nothing.
    retype(nameEn, u"PayPal Holdings"_s);
    dialog.show();
    MessageBox::setNextChoice(ProvidersDialog::AnswerDiscard);
    QTest::mouseClick(field<QPushButton>(&dialog, "closePushButton"), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(overrideKeys(), QStringList{u"cash_app"_s});
}

} // namespace

// The list and the form show what a user needs and never an internal key: names, regions,
// contact channels, and a mark only on entries with unconfirmed facts, saying which.
TEST_F(ProvidersDialogTest, ShowsNamesRegionsChannelsAndWhichFactsToCheckNeverKeys)
{
    ProvidersDialog dialog(*store);
    dialog.addProvider();
    QTest::keyClicks(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Chimerus"_s);
    dialog.editor()->channelsTable()->item(0, ProviderEditor::ValueColumn)->setText(u"555-0100"_s);
    ASSERT_TRUE(dialog.saveCurrent()) << message(dialog).toStdString();
    ASSERT_EQ(dialog.selectedKey(), u"user_chimerus"_s);

    auto* tree = field<QTreeWidget>(&dialog, "providersTreeWidget");
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        const QString key = item->data(ProvidersDialog::NameColumn, ProvidersDialog::KeyRole).toString();
        for (int c = 0; c < tree->columnCount(); ++c) {
            EXPECT_FALSE(item->text(c).contains(key)) << key.toStdString();
            EXPECT_FALSE(item->text(c).contains(u"Shipped"_s));
        }
        if (key == u"user_chimerus"_s) {
            EXPECT_EQ(item->text(ProvidersDialog::NameColumn), u"Chimerus (added by you)"_s);
            EXPECT_TRUE(item->text(ProvidersDialog::VerifyColumn).isEmpty());
        }
        if (key == u"alipay"_s) {
            EXPECT_TRUE(item->text(ProvidersDialog::RegionsColumn).contains(u"China"_s));
            EXPECT_TRUE(item->text(ProvidersDialog::ChannelsColumn).contains(u"Phone"_s));
            // Its hotline is confirmed, its in-app path is not: the tooltip names the latter.
            const QString tip = item->toolTip(ProvidersDialog::VerifyColumn);
            EXPECT_TRUE(tip.contains(u"In the app"_s)) << tip.toStdString();
            EXPECT_FALSE(tip.contains(u"95188"_s)) << tip.toStdString();
        }
    }
    EXPECT_FALSE(field<QLabel>(&dialog, "providerTitleLabel")->text().contains(u"user_"_s));
    ASSERT_TRUE(dialog.selectProvider(u"alipay"_s));
    EXPECT_FALSE(field<QLabel>(&dialog, "providerTitleLabel")->text().contains(u"alipay"_s));
    EXPECT_EQ(field<QPushButton>(&dialog, "closePushButton")->text(), u"&Close"_s);
}

// The lists in the table are separated the way the interface language separates a list: a
// Chinese interface gets 、 rather than an English comma.
TEST_F(ProvidersDialogTest, ListsAreSeparatedInTheInterfaceLanguage)
{
    const QLocale before;
    auto channelsOf = [&](const QString& key) {
        ProvidersDialog dialog(*store);
        auto* tree = field<QTreeWidget>(&dialog, "providersTreeWidget");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = tree->topLevelItem(i);
            if (item->data(ProvidersDialog::NameColumn, ProvidersDialog::KeyRole).toString() == key)
                return item->text(ProvidersDialog::ChannelsColumn);
        }
        return QString();
    };
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString zh = channelsOf(u"alipay"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString en = channelsOf(u"alipay"_s);
    QLocale::setDefault(before);
    EXPECT_TRUE(zh.contains(u"、"_s)) << zh.toStdString();
    EXPECT_FALSE(zh.contains(u","_s)) << zh.toStdString();
    EXPECT_TRUE(en.contains(u", "_s)) << en.toStdString();
    EXPECT_FALSE(en.contains(u" and "_s)) << en.toStdString(); // a table cell, not a sentence
}

// The editor's form comes from ui/ProviderEditor.ui, and Alt+letter reaches exactly one button
// or field in the whole dialog, the editor's and the dialog's own together.
TEST_F(ProvidersDialogTest, EveryButtonAndLabelHasItsOwnMnemonic)
{
    ProvidersDialog dialog(*store);
    EXPECT_EQ(dialog.editor()->objectName(), u"providerEditor"_s); // set by the form
    QHash<QString, QString> owners;
    int labelled = 0;
    auto add = [&](const QString& text, const QString& name) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        EXPECT_FALSE(key.isEmpty()) << name.toStdString() << " has no mnemonic";
        if (key.isEmpty())
            return;
        const QString letter = key.toString();
        EXPECT_FALSE(owners.contains(letter))
            << letter.toStdString() << ": " << owners.value(letter).toStdString() << " and "
            << name.toStdString();
        owners.insert(letter, name);
    };
    // Push buttons and check boxes (the message bar's × tool button shows a symbol, not a word).
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (!button->text().isEmpty() && !qobject_cast<const QToolButton*>(button))
            add(button->text(), button->objectName());
    }
    for (const QLabel* label : dialog.editor()->findChildren<QLabel*>()) {
        EXPECT_TRUE(label->buddy()) << label->objectName().toStdString();
        if (label->buddy()) {
            add(label->text(), label->objectName());
            ++labelled;
        }
    }
    EXPECT_EQ(labelled, 8);
    // The restore button changes its text for a provider the user added: still its letter.
    dialog.addProvider();
    QTest::keyClicks(field<QLineEdit>(dialog.editor(), "nameEnLineEdit"), u"Chimerus"_s);
    dialog.editor()->channelsTable()->item(0, ProviderEditor::ValueColumn)->setText(u"555-0100"_s);
    ASSERT_TRUE(dialog.saveCurrent()) << message(dialog).toStdString();
    EXPECT_EQ(field<QPushButton>(&dialog, "restoreProviderPushButton")->text(),
              u"&Remove provider"_s);
    EXPECT_EQ(owners.value(u"Alt+R"_s), u"restoreProviderPushButton"_s);
}
