// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Help ▸ Keyboard Shortcuts lists every key the window answers, not only the menus': the case's
// tabs, logging a contact, the letter's tone keys and every QShortcut a pane registers.
#include "gui/dialogs/AppSettings.h"
#include "gui/mainwindow/HelpDialogs.h"
#include "gui/mainwindow/MainWindow.h"
#include "support/StoreTest.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class HelpDialogsTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        AppSettings::setFileForTesting(dir.file(u"walletcase.conf"_s));
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void TearDown() override
    {
        AppSettings::setFileForTesting({});
        QLocale::setDefault(m_locale);
    }

    // The keys the dialog shows, one entry per key ("Ctrl+.", "Alt+Return" …).
    static QStringList listedKeys(const ShortcutsDialog& dialog)
    {
        QStringList keys;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
            const QString text = dialog.tree()->topLevelItem(i)->text(1);
            if (!text.isEmpty())
                keys << text.split(u", "_s);
        }
        return keys;
    }

    QLocale m_locale;
};

TEST_F(HelpDialogsTest, ShortcutsListEveryKeyTheWindowAnswers)
{
    CaseRecord r;
    r.title = u"Charged twice"_s;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.status = u"sent"_s;
    ASSERT_TRUE(store->createCase(r).ok());
    MainWindow window(std::move(store), dir.file(u"backups"_s), dir.file(u"default.wcase"_s));
    window.show();
    QCoreApplication::processEvents();

    ShortcutsDialog dialog(&window);
    const QStringList listed = listedKeys(dialog);
    // Each binding is listed by its first key on every keyboard, as the guide names it.
    auto primary = [](const QList<QKeySequence>& keys) {
        return ShortcutsDialog::keyText(keys).section(u", "_s, 0, 0);
    };

    // Every QShortcut and every action's shortcut anywhere in the window.
    int shortcuts = 0;
    for (const QShortcut* shortcut : window.findChildren<QShortcut*>()) {
        ++shortcuts;
        EXPECT_TRUE(listed.contains(primary(shortcut->keys())))
            << primary(shortcut->keys()).toStdString() << " of "
            << shortcut->parent()->metaObject()->className();
    }
    EXPECT_GE(shortcuts, 8); // the case's tabs and Ctrl+L at least: the walk found them
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (!action->shortcuts().isEmpty()) {
            EXPECT_TRUE(listed.contains(primary(action->shortcuts())))
                << action->objectName().toStdString();
        }
    }

    // Keys read by the letter's key filter rather than a QShortcut, and the case's keys.
    for (const QKeySequence& key :
         {QKeySequence(Qt::Key_F7), QKeySequence(Qt::CTRL | Qt::Key_Period),
          QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_L),
          QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_6),
          QKeySequence(Qt::CTRL | Qt::Key_Return)}) {
        EXPECT_TRUE(listed.contains(ShortcutsDialog::keyName(key)))
            << ShortcutsDialog::keyName(key).toStdString();
    }
    // …with what each does, in words.
    QString ctrlL;
    for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = dialog.tree()->topLevelItem(i);
        if (item->text(1) == u"Ctrl+L"_s)
            ctrlL = item->text(0).trimmed();
    }
    EXPECT_TRUE(ctrlL.startsWith(u"Log a contact"_s)) << ctrlL.toStdString();
}

// The list shows the one key a user is taught, by the guide's name: the walk found "Ctrl+Z, F14"
// (X11's alternates of the standard Undo), "F18" (Paste), "回车, 回车" (Return and Enter in the
// Chinese UI) and "Alt+Return" where the guide says Alt+Enter.
TEST_F(HelpDialogsTest, ShortcutsShowThePrimaryKeyByTheGuidesName)
{
    EXPECT_EQ(ShortcutsDialog::primaryKey(QKeySequence::Undo), QKeySequence(Qt::CTRL | Qt::Key_Z));
    EXPECT_FALSE(ShortcutsDialog::keyText(QKeySequence::keyBindings(QKeySequence::Undo))
                     .contains(u"F14"_s));
    EXPECT_EQ(ShortcutsDialog::primaryKey(QKeySequence::Paste), QKeySequence(Qt::CTRL | Qt::Key_V));
    EXPECT_EQ(ShortcutsDialog::keyText({QKeySequence(Qt::Key_F18)}), QString());
    EXPECT_EQ(ShortcutsDialog::keyText({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter),
                                        QKeySequence(Qt::Key_F2)}),
              u"Enter, F2"_s);
    EXPECT_EQ(ShortcutsDialog::keyName(QKeySequence(Qt::ALT | Qt::Key_Return)), u"Alt+Enter"_s);
    EXPECT_EQ(ShortcutsDialog::keyName(QKeySequence(Qt::Key_Insert)), u"Insert"_s);
    EXPECT_EQ(ShortcutsDialog::keyName(QKeySequence(Qt::Key_Delete)), u"Del"_s);

    // The whole dialog, in the Chinese UI too: no platform alternates, no key twice in a row,
    // no "Return" or "回车", and the guide's "Alt+Enter".
    MainWindow window(std::move(store), dir.file(u"backups"_s), dir.file(u"default.wcase"_s));
    for (const QLocale& locale :
         {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Chinese, QLocale::China)}) {
        QLocale::setDefault(locale);
        ShortcutsDialog dialog(&window);
        bool altEnter = false;
        bool undoShown = false;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
            const QString text = dialog.tree()->topLevelItem(i)->text(1);
            const QStringList keys = text.split(u", "_s, Qt::SkipEmptyParts);
            if (dialog.tree()->topLevelItem(i)->text(0).trimmed().startsWith(u"Take back"_s)) {
                EXPECT_EQ(text, u"Ctrl+Z"_s); // the one key taught, not "Ctrl+Z, F14"
                undoShown = true;
            }
            EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()).size(), keys.size()) << text.toStdString();
            for (const QString& key : keys) {
                static const QRegularExpression platformKey(u"F(1[3-9]|[23][0-9])\\b"_s);
                EXPECT_FALSE(platformKey.match(key).hasMatch()) << key.toStdString();
                EXPECT_FALSE(key.contains(u"Return"_s) || key.contains(u"回车"_s)) << key.toStdString();
                altEnter = altEnter || key == u"Alt+Enter"_s;
            }
        }
        EXPECT_TRUE(altEnter);
        EXPECT_TRUE(undoShown);
    }
}

// Every entry of the table says where it works, what it does and at least one key.
TEST_F(HelpDialogsTest, EveryPaneKeyIsComplete)
{
    for (const ShortcutsDialog::PaneKey& key : ShortcutsDialog::paneKeys()) {
        EXPECT_FALSE(key.where.isEmpty());
        EXPECT_FALSE(key.what.isEmpty());
        ASSERT_FALSE(key.keys.isEmpty()) << key.what.toStdString();
        for (const QKeySequence& k : key.keys)
            EXPECT_FALSE(k.isEmpty()) << key.what.toStdString();
    }
}

// Where Is My Data says how backups are really made and lists the recently deleted cases, the
// "deleted" folder beside the backups, with a button that opens it.
TEST_F(HelpDialogsTest, WhereIsMyDataSaysHowBackupsAreMadeAndWhereDeletedCasesGo)
{
    MainWindow window(std::move(store), dir.file(u"backups"_s), dir.file(u"default.wcase"_s));
    window.show();
    QCoreApplication::processEvents();
    ASSERT_TRUE(QDir().mkpath(dir.file(u"deleted"_s)));
    auto* action = window.findChild<QAction*>(u"dataLocationsAction"_s);
    ASSERT_TRUE(action);
    action->trigger();
    auto* dialog = window.findChild<DataLocationsDialog*>(u"dataLocationsDialog"_s);
    ASSERT_TRUE(dialog);
    auto* deleted = dialog->findChild<QLabel*>(u"deletedPathLabel"_s);
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->text(), QDir::toNativeSeparators(dir.file(u"deleted"_s)));
    auto* open = dialog->findChild<QPushButton*>(u"openDeletedFolderButton"_s);
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->isEnabled());
    const QString note = dialog->findChild<QLabel*>(u"dataLocationsNoteLabel"_s)->text();
    EXPECT_FALSE(note.contains(u"once a day"_s)) << note.toStdString();
    for (const QString& said :
         {u"when it is opened, every 30 minutes while it is open, when another file is opened "
          "and when WalletCase closes"_s,
          u"only if the file has changed since the newest backup"_s,
          u"The two newest backups are kept, then the newest of each earlier day, up to the "
          "number set in Settings"_s,
          u"Case ▸ Recently Deleted Cases for 30 days"_s})
        EXPECT_TRUE(note.contains(said)) << note.toStdString();
    dialog->close();
}

} // namespace
