// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/dialogs/SettingsDialog.h"
#include "report/DossierText.h"
#include "store/BackupManager.h"
#include "support/StoreTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QToolButton>
#include <QAbstractButton>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QInputMethodEvent>
#include <QTest>

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

class SettingsDialogTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        settingsFile = dir.file(u"walletcase.conf"_s);
        AppSettings::setFileForTesting(settingsFile);
    }
    void TearDown() override { AppSettings::setFileForTesting({}); }

    template <typename T> T* field(QWidget* dialog, const char* name)
    {
        T* widget = dialog->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }

    static void choose(QComboBox* combo, const QString& language)
    {
        combo->setCurrentIndex(combo->findData(language));
    }

    QString settingsFile;
};

TEST_F(SettingsDialogTest, LanguageIsKeptInTheSettingsFileWithANoteAboutTheRestart)
{
    SettingsDialog dialog(*store);
    auto* language = field<QComboBox>(&dialog, "languageComboBox");
    auto* note = field<QLabel>(&dialog, "restartNoteLabel");
    ASSERT_EQ(language->count(), 3);
    // Each language in its own words, so anyone can find theirs.
    EXPECT_EQ(language->itemText(language->findData(u"zh_CN"_s)), u"简体中文"_s);
    EXPECT_EQ(language->itemText(language->findData(u"en"_s)), u"English"_s);
    EXPECT_EQ(language->currentData().toString(), QString()); // follow the system
    EXPECT_TRUE(note->isHidden());

    choose(language, u"en"_s);
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(u"next time you start"_s));
    choose(language, QString());
    EXPECT_TRUE(note->isHidden()); // back to what is in effect: nothing to restart for

    choose(language, u"zh_CN"_s);
    EXPECT_FALSE(note->isHidden());
    QTest::mouseClick(field<QPushButton>(&dialog, "okPushButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    EXPECT_EQ(SettingsDialog::savedLanguage(), u"zh_CN"_s);
    QSettings file(settingsFile, QSettings::IniFormat);
    EXPECT_EQ(file.value(u"ui/language"_s).toString(), u"zh_CN"_s);

    // Opened again: the saved choice, and no note until it changes.
    SettingsDialog again(*store);
    EXPECT_EQ(field<QComboBox>(&again, "languageComboBox")->currentData().toString(), u"zh_CN"_s);
    EXPECT_TRUE(field<QLabel>(&again, "restartNoteLabel")->isHidden());
}

TEST_F(SettingsDialogTest, ProfileIsSavedInTheCaseFile)
{
    Profile before;
    before.name = u"Old Name"_s;
    ASSERT_TRUE(store->saveProfile(before).ok());

    SettingsDialog dialog(*store);
    auto* name = field<QLineEdit>(&dialog, "nameLineEdit");
    EXPECT_EQ(name->text(), u"Old Name"_s);
    name->clear();
    typeText(name, u"李娜"_s);
    QTest::keyClicks(field<QLineEdit>(&dialog, "phoneLineEdit"), u"+86 139 1234 5678"_s);
    auto* email = field<QLineEdit>(&dialog, "emailLineEdit");
    QTest::keyClicks(email, u"lina-at-example"_s);
    emit email->editingFinished();
    // Pointed out, not refused.
    EXPECT_FALSE(field<QLabel>(&dialog, "emailWarningLabel")->isHidden());
    typeText(field<QPlainTextEdit>(&dialog, "addressPlainTextEdit"), u"北京市朝阳区"_s);

    ASSERT_TRUE(dialog.save());
    auto profile = store->profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->name, u"李娜"_s);
    EXPECT_EQ(profile->phone, u"+86 139 1234 5678"_s);
    EXPECT_EQ(profile->email, u"lina-at-example"_s);
    EXPECT_EQ(profile->address, u"北京市朝阳区"_s);
    // The language setting is written too (here: still "follow the system").
    EXPECT_TRUE(QSettings(settingsFile, QSettings::IniFormat).contains(u"ui/language"_s));
}

TEST_F(SettingsDialogTest, UnchangedDetailsAreNotWrittenAgain)
{
    Profile before;
    before.name = u"Sam Lee"_s;
    ASSERT_TRUE(store->saveProfile(before).ok());
    const qint64 savedAt = store->profile()->updatedAt;
    clock.advance(60'000);

    SettingsDialog dialog(*store);
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(store->profile()->updatedAt, savedAt);
}

TEST_F(SettingsDialogTest, CancelKeepsEverythingAsItWas)
{
    SettingsDialog dialog(*store);
    choose(field<QComboBox>(&dialog, "languageComboBox"), u"en"_s);
    QTest::keyClicks(field<QLineEdit>(&dialog, "nameLineEdit"), u"Not Saved"_s);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(SettingsDialog::savedLanguage(), QString());
    EXPECT_EQ(store->profile()->name, QString());
}

TEST_F(SettingsDialogTest, FirstRunFlagAndUnknownLanguagesInTheFile)
{
    EXPECT_FALSE(SettingsDialog::firstRunDone());
    SettingsDialog::setFirstRunDone();
    EXPECT_TRUE(SettingsDialog::firstRunDone());

    // A hand-edited or future value reads as "follow the system", never as a broken choice.
    {
        QSettings file(settingsFile, QSettings::IniFormat);
        file.setValue(u"ui/language"_s, u"fr"_s);
    }
    EXPECT_EQ(SettingsDialog::savedLanguage(), QString());
    SettingsDialog dialog(*store);
    EXPECT_EQ(field<QComboBox>(&dialog, "languageComboBox")->currentIndex(), 0);
}

} // namespace

namespace {

TEST_F(SettingsDialogTest, ReminderTimeDefaultsToNineAndIsKept)
{
    EXPECT_EQ(AppSettings::reminderTime(), QTime(9, 0));
    AppSettings::setReminderTime(QTime(18, 30));
    EXPECT_EQ(AppSettings::reminderTime(), QTime(18, 30));
    AppSettings::setReminderTime(QTime());
    EXPECT_EQ(AppSettings::reminderTime(), QTime(9, 0));
}

} // namespace

namespace {

// The settings the walk found missing: the reminder time, the backups (where, how many, how much
// space), and why the tray option is greyed.
TEST_F(SettingsDialogTest, ReminderTimeBackupsAndTheTrayReason)
{
    const QString root = QFileInfo(settingsFile).absolutePath() + u"/backups"_s;
    SettingsDialog dialog(*store);
    dialog.setBackupRoot(root);
    auto* time = field<QTimeEdit>(&dialog, "reminderTimeEdit");
    EXPECT_EQ(time->time(), QTime(9, 0));
    time->setTime(QTime(18, 30));

    // No backup yet: the folder is named, the button waits for it, the space says none.
    const QString folder = wc::core::BackupManager(root).folderFor(store->path());
    EXPECT_EQ(field<QLineEdit>(&dialog, "backupsFolderLineEdit")->toolTip(),
              QDir::toNativeSeparators(folder));
    EXPECT_FALSE(field<QPushButton>(&dialog, "openBackupsFolderButton")->isEnabled());
    EXPECT_TRUE(field<QLabel>(&dialog, "backupsUsageLabel")->text().startsWith(u"None yet"_s));
    auto* kept = field<QSpinBox>(&dialog, "backupsKeptSpinBox");
    EXPECT_EQ(kept->value(), 7);
    kept->setValue(14);

    // Offscreen has no system tray: greyed, and the reason shown next to it.
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        EXPECT_FALSE(field<QCheckBox>(&dialog, "closeToTrayCheckBox")->isEnabled());
        auto* why = field<QLabel>(&dialog, "trayNoteLabel");
        EXPECT_FALSE(why->isHidden());
        EXPECT_TRUE(why->text().startsWith(u"No system tray on this desktop"_s));
    }
    EXPECT_EQ(field<QPushButton>(&dialog, "okPushButton")->text(), u"&OK"_s);
    EXPECT_EQ(field<QPushButton>(&dialog, "cancelPushButton")->text(), u"&Cancel"_s);

    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(AppSettings::reminderTime(), QTime(18, 30));
    EXPECT_EQ(AppSettings::backupsKept(), 14);

    // With backups written, their count and size are shown.
    wc::core::BackupManager backups(root);
    ASSERT_TRUE(backups.backupNow(*store, clock.nowMs()).ok());
    SettingsDialog again(*store);
    again.setBackupRoot(root);
    EXPECT_TRUE(field<QPushButton>(&again, "openBackupsFolderButton")->isEnabled());
    const QString usage = field<QLabel>(&again, "backupsUsageLabel")->text();
    EXPECT_TRUE(usage.startsWith(u"1 backup of this case file, "_s)) << usage.toStdString();
    // Sizes in one convention everywhere (CaseText::dataSize): "kB"/"MB", never "KiB"/"MiB".
    EXPECT_TRUE(usage.contains(u" kB."_s) || usage.contains(u" MB."_s)) << usage.toStdString();
    EXPECT_FALSE(usage.contains(u"KiB"_s) || usage.contains(u"MiB"_s)) << usage.toStdString();
    EXPECT_EQ(field<QTimeEdit>(&again, "reminderTimeEdit")->time(), QTime(18, 30));
    EXPECT_EQ(field<QSpinBox>(&again, "backupsKeptSpinBox")->value(), 14);
}

// A deep backup folder is one line elided in the middle: the dialog still fits a 1366×768
// screen, the whole path is in the tooltip, and with the focus in the field it is all there to
// select and copy.
TEST_F(SettingsDialogTest, ALongBackupFolderIsElidedInTheMiddleAndStaysSelectable)
{
    QString root = QFileInfo(settingsFile).absolutePath();
    for (int i = 0; root.size() < 400; ++i)
        root += u"/a-rather-long-folder-name-%1"_s.arg(i);
    SettingsDialog dialog(*store);
    dialog.setBackupRoot(root);
    const QString full =
        QDir::toNativeSeparators(wc::core::BackupManager(root).folderFor(store->path()));
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_LE(dialog.width(), 1366 - 40);
    EXPECT_LE(dialog.height(), 768 - 60);

    auto* path = field<QLineEdit>(&dialog, "backupsFolderLineEdit");
    EXPECT_TRUE(path->isReadOnly());
    EXPECT_EQ(path->toolTip(), full);
    EXPECT_TRUE(path->text().contains(u'…')) << path->text().toStdString();
    // The start and the end of the path stay: the middle goes.
    EXPECT_TRUE(full.startsWith(path->text().section(u'…', 0, 0)));
    EXPECT_TRUE(full.endsWith(path->text().section(u'…', 1)));
    EXPECT_LE(path->fontMetrics().horizontalAdvance(path->text()), path->width());

    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    path->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(path->text(), full);
    path->selectAll();
    EXPECT_EQ(path->selectedText(), full);
    field<QSpinBox>(&dialog, "backupsKeptSpinBox")->setFocus(Qt::TabFocusReason);
    EXPECT_TRUE(path->text().contains(u'…'));
}

// Alt+letter reaches exactly one control: no two buttons or labelled fields share a mnemonic
// (the tray option and "Backups kept" both had K, OK and "Open Folder" both O).
TEST_F(SettingsDialogTest, EveryControlHasItsOwnMnemonic)
{
    SettingsDialog dialog(*store);
    dialog.setBackupRoot(QFileInfo(settingsFile).absolutePath() + u"/backups"_s);
    QHash<QString, QString> owners;
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
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->buddy())
            add(label->text(), label->objectName());
    }
    EXPECT_GE(owners.size(), 12);
}

// One size convention in every view and in the CLI's restore list: the walk found "kB" in the
// restore list and "KiB" elsewhere (formattedDataSize's default).
TEST(DataSizeTest, OneConventionEverywhere)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(wc::gui::CaseText::dataSize(1'500, english), u"1.5 kB"_s);
    EXPECT_EQ(wc::gui::CaseText::dataSize(3'200'000, english), u"3.2 MB"_s);
    EXPECT_EQ(wc::gui::CaseText::dataSize(1'500, QLocale::c()), u"1.5 kB"_s);
    const QString chinese =
        wc::gui::CaseText::dataSize(1'500, QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_TRUE(chinese.startsWith(u"1.5"_s)) << chinese.toStdString();
    EXPECT_FALSE(chinese.contains(u"KiB"_s)) << chinese.toStdString();
    // The dossier's evidence list too (it wrote 1024-based "1.5 KB" for 1,536 bytes).
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const wc::report::DossierText dossier(language);
        EXPECT_EQ(dossier.fileSize(1'500), wc::gui::CaseText::dataSize(1'500, english));
        EXPECT_EQ(dossier.fileSize(3'200'000), wc::gui::CaseText::dataSize(3'200'000, english));
    }
}

} // namespace
