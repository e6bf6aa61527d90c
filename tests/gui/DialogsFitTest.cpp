// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Every window WalletCase opens fits a 1366×768 laptop screen with a 40 px panel, and a 1280×720
// one: a dialog taller than the screen hides its own OK button. Each size runs this binary again
// on an offscreen screen of exactly that available area (the offscreen platform's configfile),
// opens the main window (follow-ups shown) and every dialog, and measures them with a title bar.
#include "gui/caseview/CaseView.h"
#include "gui/caseview/LetterSentDialog.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/dialogs/CloseCaseDialog.h"
#include "gui/dialogs/ContactDialog.h"
#include "gui/dialogs/ProvidersDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/mainwindow/HelpDialogs.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/reminders/ClockOffersDialog.h"
#include "gui/reminders/ReminderDialog.h"
#include "gui/reminders/SnoozeDateDialog.h"
#include "gui/transactions/ColumnMappingDialog.h"
#include "gui/transactions/StatementPreviewDialog.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/ToneProposalDialog.h"
#include "gui/wizard/NewCaseWizard.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QScreen>
#include <QTest>

#include <functional>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Room a window manager's title bar and borders take around a window's client area.
constexpr int kTitleBar = 32;
constexpr int kBorders = 4;

// Runs the child test on a screen whose available area is `width`×`height`.
void runOnScreen(int width, int height)
{
    wc::test::TempDir dir;
    const QString config = dir.file(u"screen.json"_s);
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"{\"screens\":[{\"name\":\"laptop\",\"x\":0,\"y\":0,\"width\":%1,\"height\":%2,"
               u"\"logicalDpi\":96}]}"_s.arg(width).arg(height).toUtf8());
    file.close();
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen:configfile="_s + config);
    env.insert(u"WC_FIT_CHILD"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.file(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.file(u"data"_s));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=DialogsFitChild.*"_s});
    ASSERT_TRUE(child.waitForFinished(180'000));
    const QString output = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(u"[  PASSED  ] 1 test"_s)) << output.toStdString();
}

TEST(DialogsFit, OnA1366x768ScreenWithAPanel) { runOnScreen(1366, 768 - 40); }

TEST(DialogsFit, OnA1280x720ScreenWithAPanel) { runOnScreen(1280, 720 - 40); }

class DialogsFitChild : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("WC_FIT_CHILD") != u"1"_s)
            GTEST_SKIP() << "runs inside DialogsFit on a screen of the size under test";
        StoreTest::SetUp();
        AppSettings::setFileForTesting(dir.file(u"walletcase.conf"_s));
    }
    void TearDown() override { AppSettings::setFileForTesting({}); }

    // What does not fit, "name: W×H", for the window `w` once shown.
    void measure(const QString& name, QWidget* w)
    {
        w->show();
        QCoreApplication::processEvents();
        const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize shown = w->frameGeometry().size() + QSize(kBorders, kTitleBar + kBorders);
        const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize())
                            + QSize(kBorders, kTitleBar + kBorders);
        if (shown.width() > area.width() || shown.height() > area.height()
            || least.width() > area.width() || least.height() > area.height())
            m_tooBig << u"%1: shown %2×%3, at least %4×%5 (screen %6×%7)"_s.arg(name)
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(least.width())
                            .arg(least.height())
                            .arg(area.width())
                            .arg(area.height());
        w->hide();
    }

    QStringList m_tooBig;
};

TEST_F(DialogsFitChild, EveryWindowFits)
{
    CaseRecord r;
    r.title = u"支付宝重复扣款：同一笔外卖订单被扣了两次，客服说三个工作日内退款"_s;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.status = u"sent"_s;
    r.providerKey = u"alipay"_s;
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok());
    const qint64 caseId = *id;
    // An open security case: its urgent banner with the freeze line stands above the tabs.
    CaseRecord stolen = r;
    stolen.title = u"微信支付账户被盗：陌生手机登录后转走两笔500元"_s;
    stolen.family = u"security"_s;
    stolen.subtype = u"account_stolen"_s;
    stolen.providerKey = u"wechat_pay"_s;
    auto stolenId = store->createCase(stolen);
    ASSERT_TRUE(stolenId.ok());
    CaseStore& cases = *store;

    MainWindow window(std::move(store), dir.file(u"backups"_s), dir.file(u"default.wcase"_s));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showFollowUps();
    QCoreApplication::processEvents();
    measure(u"main window with follow-ups"_s, &window);
    window.show();

    // The walk: opening the Letters tab widened the window to the screen's edge and the case
    // list lost its columns. No tab may grow the window or need more than the screen.
    {
        Letter letter;
        letter.caseId = caseId;
        letter.language = u"en"_s;
        letter.subject = u"Complaint about a duplicate charge on my account, order 2026112200417"_s;
        letter.body = u"Dear Sir or Madam,\n\nI was charged twice for the same order."_s;
        // Sent: its longer "Sent … · details…" button and "Sent … by email, reference …".
        letter.status = u"sent"_s;
        letter.sentAt = QDateTime(QDate(2026, 12, 6), QTime(9, 20)).toMSecsSinceEpoch();
        letter.channel = u"email"_s;
        letter.reference = u"PP-D-48213579"_s;
        ASSERT_TRUE(cases.addLetter(letter).ok());
        ASSERT_TRUE(window.caseList()->selectCase(caseId));
        QCoreApplication::processEvents();
        const int width = window.width();
        // Nor push into the case list: the widest page sets the case view's minimum, and the
        // Letters tab took 124 px of the list at 1200 px, for good.
        const int listWidth = window.caseList()->width();
        const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
        for (int tab = 0; tab < CaseView::TabCount; ++tab) {
            window.caseView()->setCurrentTab(CaseView::Tab(tab));
            QCoreApplication::processEvents();
            EXPECT_EQ(window.width(), width) << "tab " << tab;
            QCoreApplication::processEvents();
            EXPECT_GE(window.caseList()->width(), listWidth - 2) << "tab " << tab;
            EXPECT_LE(window.minimumSizeHint().width() + kBorders, area.width()) << "tab " << tab;
        }
        window.caseView()->setCurrentTab(CaseView::Overview);
        // A tab's minimum takes effect on the next layout pass, after the switch.
        QCoreApplication::processEvents();
        EXPECT_EQ(window.width(), width) << "after the tabs";
        EXPECT_GE(window.caseList()->width(), listWidth - 2) << "after the tabs";
    }

    // The Chinese walk: with Follow-ups open on a security case the window grew to 804 px on a
    // 768 px screen. Every tab of that case fits with the panel open.
    ASSERT_TRUE(window.caseList()->selectCase(*stolenId));
    window.showFollowUps();
    for (int tab = 0; tab < CaseView::TabCount; ++tab) {
        window.caseView()->setCurrentTab(CaseView::Tab(tab));
        measure(u"security case with follow-ups, tab %1"_s.arg(tab), &window);
        window.show();
    }

    std::vector<std::pair<QString, std::function<QWidget*()>>> dialogs = {
        {u"settings"_s, [&] { return new SettingsDialog(cases, &window); }},
        {u"providers"_s, [&] { return new ProvidersDialog(cases, &window); }},
        {u"providers, adding one (provider editor)"_s,
         [&] {
             auto* d = new ProvidersDialog(cases, &window);
             d->addProvider();
             return d;
         }},
        {u"contact"_s, [&] { return new ContactDialog(&window); }},
        {u"close case"_s, [&] { return new CloseCaseDialog(cases, caseId, &window); }},
        {u"letter sent"_s, [&] { return new LetterSentDialog(&window); }},
        {u"reminder"_s, [&] { return new ReminderDialog(cases, caseId, &window); }},
        {u"snooze"_s, [&] { return new SnoozeDateDialog(QDate::currentDate(), &window); }},
        {u"clock offers"_s, [&] { return new ClockOffersDialog(&window); }},
        {u"column mapping"_s, [&] { return new ColumnMappingDialog(&window); }},
        {u"statement preview"_s,
         [&] { return new StatementPreviewDialog(u"alipay_record_20261201.csv"_s, &window); }},
        {u"evidence viewer"_s,
         [&] { return new EvidenceViewer(new EvidenceIntake(&window), &window); }},
        {u"tone proposal"_s,
         [&] {
             return new ToneProposalDialog([](const QString&) { return QList<ToneFinding>(); },
                                           &window);
         }},
        {u"user guide"_s, [&] { return new UserGuideDialog(u"zh_CN"_s, &window); }},
        {u"keyboard shortcuts"_s, [&] { return new ShortcutsDialog(&window); }},
        {u"where is my data"_s,
         [&] { return new DataLocationsDialog(cases.path(), dir.file(u"backups"_s), &window); }},
    };
    for (const auto& [name, make] : dialogs) {
        QWidget* dialog = make();
        measure(name, dialog);
        delete dialog;
    }
    window.newComplaint();
    ASSERT_TRUE(window.wizard());
    measure(u"new complaint wizard"_s, window.wizard());

    EXPECT_TRUE(m_tooBig.isEmpty()) << m_tooBig.join(u"\n"_s).toStdString();
}

} // namespace
