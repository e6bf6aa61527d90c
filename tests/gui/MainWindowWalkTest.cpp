// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What a new user's walk of the main window found (issue 12): search says why a case matched and
// ↓ goes into the results, "no case matches", the window stays on a small screen, the title under
// a moved clock, the Help menu (guide, shortcuts, where the data is), keyboard choices scrolled
// into view, the calendar's today under a moved clock, and readable colours in a dark theme.
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/mainwindow/AppWideFixes.h"
#include "gui/mainwindow/CaseFilterBar.h"
#include "gui/mainwindow/CaseListModel.h"
#include "gui/mainwindow/HelpDialogs.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "support/StoreTest.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QImage>
#include <QTextCharFormat>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class MainWindowWalkTest : public wc::test::StoreTest
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

    qint64 addCase(const QString& title, const QString& description = {})
    {
        CaseRecord r;
        r.title = title;
        r.description = description;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.status = u"sent"_s;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        return std::make_unique<MainWindow>(std::move(store), dir.file(u"backups"_s),
                                            dir.file(u"default.wcase"_s));
    }
    static void showAndActivate(MainWindow& w)
    {
        w.show();
        w.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    }
    static QLineEdit* searchBox(MainWindow& w)
    {
        w.findChild<CaseFilterBar*>(u"caseFilterBar"_s)->setSearchDelay(0);
        return w.findChild<QLineEdit*>(u"searchLineEdit"_s);
    }
    static QTableView* table(const MainWindow& w)
    {
        return w.findChild<QTableView*>(u"caseTableView"_s);
    }

    QLocale m_locale;
};

TEST_F(MainWindowWalkTest, SearchSaysWhereACaseMatchedAndDownGoesIntoTheResults)
{
    addCase(u"Venmo charged me"_s);
    const qint64 id = addCase(u"PayPal refund missing"_s);
    Letter letter;
    letter.caseId = id;
    letter.subject = u"Complaint"_s;
    letter.body = u"The refund for the blue kettle never arrived in my account."_s;
    ASSERT_TRUE(store->addLetter(letter).ok());
    auto window = makeWindow();
    showAndActivate(*window);
    QLineEdit* search = searchBox(*window);
    search->setFocus();
    QTest::keyClicks(search, u"kettle"_s);

    const QAbstractItemModel* model = table(*window)->model();
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex title = model->index(0, CaseListModel::TitleColumn);
    const QString match = title.data(CaseListModel::MatchHtmlRole).toString();
    EXPECT_TRUE(match.startsWith(u"Complaint letter"_s)) << match.toStdString(); // which letter
    EXPECT_TRUE(match.contains(u"blue <b>kettle</b> never"_s)) << match.toStdString();
    EXPECT_TRUE(title.data(Qt::ToolTipRole).toString().contains(u"<b>kettle</b>"_s));
    // Two lines a row, so the match line is seen, not cut off.
    EXPECT_GE(table(*window)->rowHeight(0), table(*window)->fontMetrics().height() * 2);

    // ↓ from the search box goes on into the results, at the first hit.
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), table(*window));
    EXPECT_EQ(window->currentCaseId(), id);
}

TEST_F(MainWindowWalkTest, NoHitsSaysNoCaseMatchesAndTheSearchBoxKeepsItsWidth)
{
    addCase(u"Venmo charged me"_s);
    auto window = makeWindow();
    showAndActivate(*window);
    QLineEdit* search = searchBox(*window);
    // Wide enough for its whole placeholder, not "Search …".
    EXPECT_GE(search->minimumWidth(),
              search->fontMetrics().horizontalAdvance(search->placeholderText()));
    auto* stack = window->findChild<QStackedWidget*>(u"casePaneStack"_s);
    auto* noMatch = window->findChild<QLabel*>(u"noMatchLabel"_s);
    ASSERT_TRUE(stack && noMatch);

    search->setFocus();
    QTest::keyClicks(search, u"xyzzy"_s);
    EXPECT_EQ(table(*window)->model()->rowCount(), 0);
    EXPECT_EQ(stack->currentWidget(), noMatch);
    EXPECT_TRUE(noMatch->text().startsWith(u"No case matches “xyzzy”."_s))
        << noMatch->text().toStdString();

    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_EQ(stack->currentWidget(), window->caseView());
}

TEST_F(MainWindowWalkTest, UnderAMovedClockTheTitleNamesTheAppOnceAndKeepsTime)
{
    const QString path = store->path();
    store.reset();
    const ShiftedClock shifted(3 * 86'400'000LL, clock);
    CaseStore::OpenOptions options;
    options.clock = &shifted;
    auto opened = CaseStore::open(path, options);
    ASSERT_TRUE(opened.ok());
    store = std::move(*opened);
    auto window = makeWindow();
    const QString title = window->windowTitle();
    EXPECT_TRUE(title.contains(u"time moved"_s)) << title.toStdString();
    // The window system adds " — WalletCase" to a title not ending with it.
    EXPECT_TRUE(title.endsWith(u" — WalletCase"_s)) << title.toStdString();
    EXPECT_EQ(title.count(u"WalletCase"_s), 1);
    auto* timer = window->findChild<QTimer*>(u"titleClockTimer"_s);
    ASSERT_TRUE(timer);
    EXPECT_TRUE(timer->isActive());
}

TEST_F(MainWindowWalkTest, NeverRestoresOrSavesAWindowLargerThanTheScreen)
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // A geometry from a bigger screen (or from the bug that grew the window).
        QWidget big;
        big.setGeometry(0, 0, area.width() + 400, area.height() + 300);
        auto settings = AppSettings::open();
        settings->setValue(u"mainWindow/geometry"_s, big.saveGeometry());
    }
    auto window = makeWindow();
    EXPECT_LE(window->height(), area.height());
    EXPECT_LE(window->width(), area.width());
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

    // Opening the follow-ups keeps the window on the screen and the cases usable.
    window->resize(area.width(), area.height() - 40);
    window->showFollowUps();
    auto* dock = window->findChild<QDockWidget*>(u"followUpsDock"_s);
    ASSERT_TRUE(dock && dock->isVisible());
    // The default offscreen screen (800 px) is narrower than the window's minimum width; the
    // height is what the dock grew. (Both dimensions at 1366×768: test_dialogs_fit.)
    auto fitsVertically = [&] {
        const QRect frame = window->frameGeometry();
        return frame.top() >= area.top() && frame.bottom() <= area.bottom();
    };
    (void)QTest::qWaitFor(fitsVertically, 2000);
    EXPECT_TRUE(fitsVertically()) << window->frameGeometry().y() << "+"
                                  << window->frameGeometry().height();
    EXPECT_GE(table(*window)->height() + 150, window->height() / 2);
    EXPECT_LE(dock->height(), window->height() / 2);

    // An oversize window is never remembered.
    {
        auto settings = AppSettings::open();
        settings->remove(u"mainWindow/geometry"_s);
    }
    window->setMinimumSize(0, 0);
    window->setGeometry(area.x(), area.y(), area.width() + 300, area.height() + 300);
    window->close();
    EXPECT_FALSE(AppSettings::open()->contains(u"mainWindow/geometry"_s));
}

TEST_F(MainWindowWalkTest, HelpMenuHasTheGuideTheShortcutsAndWhereTheDataIs)
{
    auto window = makeWindow();
    QMenu* help = nullptr;
    for (QAction* a : window->menuBar()->actions()) {
        if (a->text() == u"&Help"_s)
            help = a->menu();
    }
    ASSERT_TRUE(help);
    QStringList names;
    for (QAction* a : help->actions()) {
        if (a->isSeparator())
            continue;
        names << a->objectName();
        EXPECT_TRUE(a->text().contains(u'&')) << a->text().toStdString(); // a mnemonic each
    }
    EXPECT_TRUE(names.contains(u"userGuideAction"_s));
    EXPECT_TRUE(names.contains(u"shortcutsAction"_s));
    EXPECT_TRUE(names.contains(u"dataLocationsAction"_s));

    // The guide, in each language, with its pictures: compiled in, so found wherever the
    // program is (the walk copied the binary elsewhere and got "not found").
    UserGuideDialog en(u"en"_s);
    ASSERT_FALSE(en.guidePath().isEmpty());
    EXPECT_TRUE(en.guidePath().endsWith(u"user-guide.md"_s));
    EXPECT_TRUE(en.browser()->toPlainText().contains(u"WalletCase"_s));
    UserGuideDialog zh(u"zh_CN"_s);
    EXPECT_EQ(zh.guidePath(), u":/docs/user-guide.zh_CN.md"_s);
    EXPECT_TRUE(zh.browser()->toPlainText().contains(u"使用指南"_s));
    EXPECT_NE(zh.browser()->toHtml().indexOf(u"<img"_s), -1);
    // The screenshots load from the resources too (a missing one is an empty QImage).
    const QVariant picture = zh.browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(u"images/main.zh_CN.png"_s));
    EXPECT_FALSE(picture.value<QImage>().isNull());

    // Every shortcut the window's actions define is listed.
    ShortcutsDialog shortcuts(window.get());
    QStringList listed;
    for (int i = 0; i < shortcuts.tree()->topLevelItemCount(); ++i)
        listed << shortcuts.tree()->topLevelItem(i)->text(1);
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty())
            continue;
        // Its first key, by the guide's name (further ones are platform alternates).
        const QString text = ShortcutsDialog::keyName(action->shortcuts().constFirst());
        EXPECT_TRUE(listed.join(u", "_s).contains(text))
            << action->objectName().toStdString() << " " << text.toStdString();
    }
    EXPECT_TRUE(listed.contains(u"Ctrl+N"_s));

    DataLocationsDialog data(dir.file(u"cases.wcase"_s), dir.file(u"backups"_s));
    EXPECT_TRUE(data.findChild<QLabel*>(u"caseFilePathLabel"_s)->text().endsWith(u"cases.wcase"_s));
    EXPECT_TRUE(data.findChild<QLabel*>(u"backupsPathLabel"_s)->text().endsWith(u"backups"_s));
    EXPECT_EQ(data.findChild<QLabel*>(u"settingsPathLabel"_s)->text(),
              QDir::toNativeSeparators(AppSettings::fileName()));
    EXPECT_FALSE(data.findChild<QLabel*>(u"logsPathLabel"_s)->text().isEmpty());
}

TEST(AppWideFixesTest, AFieldReachedByTheKeyboardIsScrolledIntoView)
{
    QWidget window;
    auto* scroll = new QScrollArea(&window);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    QCheckBox* last = nullptr;
    for (int i = 0; i < 60; ++i)
        layout->addWidget(last = new QCheckBox(u"Choice %1"_s.arg(i)));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    (new QVBoxLayout(&window))->addWidget(scroll);
    window.resize(300, 200);
    AppWideFixes fixes;
    qApp->installEventFilter(&fixes);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_EQ(scroll->verticalScrollBar()->value(), 0);
    last->setFocus(Qt::ShortcutFocusReason); // as its mnemonic would
    qApp->removeEventFilter(&fixes);
    EXPECT_GT(scroll->verticalScrollBar()->value(), 0);
    EXPECT_FALSE(last->visibleRegion().isEmpty());
}

TEST(AppWideFixesTest, TheCalendarMarksTheAppsTodayUnderAMovedClock)
{
    const QDate moved(2031, 5, 14);
    AppWideFixes fixes;
    fixes.setClock([moved] { return QDateTime(moved, QTime(10, 0)).toMSecsSinceEpoch(); });
    qApp->installEventFilter(&fixes);
    QCalendarWidget calendar;
    calendar.setSelectedDate(moved);
    calendar.show();
    qApp->removeEventFilter(&fixes);
    EXPECT_TRUE(calendar.dateTextFormat(moved).fontUnderline());
    EXPECT_EQ(calendar.dateTextFormat(moved).fontWeight(), QFont::Bold);
}

TEST(ColoursTest, BarsAndWarningsReadOnADarkTheme)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x12, 0x12, 0x12));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    const QPalette light = QApplication::style()->standardPalette();
    for (const QPalette& palette : {dark, light}) {
        for (auto kind : {MessageBar::Kind::Information, MessageBar::Kind::Warning,
                          MessageBar::Kind::Error}) {
            const MessageBar::Colours c = MessageBar::colours(kind, palette);
            EXPECT_GE(MessageBar::contrastRatio(c.text, c.background), 4.5);
        }
    }
    // On the dark theme the bar is dark too, not a pale box in a dark window.
    EXPECT_LT(MessageBar::colours(MessageBar::Kind::Error, dark).background.lightness(), 100);

    // The bar in a dark window uses those colours.
    QWidget window;
    window.setPalette(dark);
    MessageBar bar(&window);
    bar.showMessage(MessageBar::Kind::Error, u"Freeze now: call 95188"_s);
    const MessageBar::Colours c = MessageBar::colours(MessageBar::Kind::Error, dark);
    EXPECT_TRUE(bar.styleSheet().contains(c.background.name()));
    EXPECT_TRUE(bar.styleSheet().contains(c.text.name()));

    // The warning colour (urgent case, overdue dates) against the view's base colour.
    const QPalette before = QGuiApplication::palette();
    QApplication::setPalette(dark);
    EXPECT_GE(MessageBar::contrastRatio(CaseText::warningColour(), dark.color(QPalette::Base)), 4.5);
    QApplication::setPalette(before);
    EXPECT_GE(MessageBar::contrastRatio(CaseText::warningColour(), before.color(QPalette::Base)),
              4.5);
}

} // namespace
