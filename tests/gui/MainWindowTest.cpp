// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/MainWindow.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "support/TempDir.h"

#include "gui/dialogs/CaseFileOpener.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<CaseStore> openStore(const QString& path)
{
    CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto store = CaseStore::open(path, options);
    EXPECT_TRUE(store.ok());
    return store.ok() ? std::move(*store) : nullptr;
}

void addCase(CaseStore& store, const QString& title, const QString& family)
{
    CaseRecord r;
    r.title = title;
    r.family = family;
    ASSERT_TRUE(store.createCase(r).ok());
}

TEST(MainWindow, ListsTheCasesOfTheOpenFileSecurityFirst)
{
    wc::test::TempDir dir;
    auto store = openStore(dir.file(u"a.wcase"_s));
    addCase(*store, u"PayPal refund missing"_s, u"transaction"_s);
    addCase(*store, u"支付宝账户被盗"_s, u"security"_s);
    MainWindow window(std::move(store), dir.file(u"backups"_s));

    auto* list = window.findChild<QListWidget*>(u"caseListWidget"_s);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(0)->text(), u"支付宝账户被盗"_s);
    EXPECT_TRUE(window.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"2"_s));
    EXPECT_TRUE(window.windowTitle().startsWith(u"a.wcase"_s));
}

TEST(MainWindow, SwitchesToAnotherFileAndKeepsTheCurrentOneOnCancel)
{
    wc::test::TempDir dir;
    auto store = openStore(dir.file(u"first.wcase"_s));
    addCase(*store, u"first file case"_s, u"service"_s);
    MainWindow window(std::move(store), dir.file(u"backups"_s));

    // Creating a second file through File ▸ New Case File…
    FileDialog::setNextFileName(dir.file(u"second.wcase"_s));
    window.findChild<QAction*>(u"newCaseFileAction"_s)->trigger();
    EXPECT_TRUE(window.store().path().endsWith(u"second.wcase"_s));
    EXPECT_EQ(window.findChild<QListWidget*>(u"caseListWidget"_s)->count(), 0);

    // Opening a file that is not a case file, then cancelling: the second file stays open.
    const QString junk = dir.file(u"junk.wcase"_s);
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("junk junk junk");
    f.close();
    FileDialog::setNextFileName(junk);
    MessageBox::setNextChoice(CaseFileOpener::Quit);
    window.findChild<QAction*>(u"openCaseFileAction"_s)->trigger();
    EXPECT_TRUE(window.store().path().endsWith(u"second.wcase"_s));
    EXPECT_TRUE(MessageBox::lastText().contains(u"junk.wcase"_s));
}

} // namespace
