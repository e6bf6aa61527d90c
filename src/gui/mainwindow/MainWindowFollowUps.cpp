// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// MainWindow's follow-ups: the reminder notifier and its pop-up, the follow-ups dock, the case
// actions of the case's story (add a reminder, set the status, close with an outcome), the
// calendar export and closing to the system tray.
#include "gui/mainwindow/MainWindow.h"

#include "exchange/IcsExport.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/caseview/LettersTab.h"
#include "gui/dialogs/CaseStatusMenu.h"
#include "gui/dialogs/CloseCaseDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/mainwindow/CaseListModel.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/reminders/FollowUpsView.h"
#include "gui/reminders/NextStep.h"
#include "gui/reminders/ReminderDialog.h"
#include "gui/reminders/ReminderNotifier.h"
#include "gui/reminders/ReminderPopup.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTreeWidget>

#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
constexpr int kStatusMessageMs = 5000;
} // namespace

void MainWindow::createFollowUps()
{
    m_notifier = new ReminderNotifier(this);
    m_followUps = new FollowUpsView(this);
    // The dock is hidden at start: its list is read when it is first shown.
    m_followUps->setDeferredWhileHidden(true);
    m_followUpsDock = new QDockWidget(tr("Follow-ups"), this);
    m_followUpsDock->setObjectName(u"followUpsDock"_s);
    m_followUpsDock->setWidget(m_followUps);
    m_followUpsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_followUpsDock);
    m_followUpsDock->hide();

    connect(m_notifier, &ReminderNotifier::openCaseRequested, this,
            &MainWindow::openCaseFromReminder);
    connect(m_notifier, &ReminderNotifier::remindersChanged, this,
            &MainWindow::afterRemindersChanged);
    // A suggested step started from the pop-up lands on what it made: the case, its Letters tab
    // with the step's letter selected, and the reminder marked done (so it cannot be pressed
    // again to make a second letter; NextStep::draftLetter reuses an unsent one too). The
    // notifier drafts the letter first (its own connection to the pop-up comes before this one).
    auto drafted = std::make_shared<std::pair<qint64, qint64>>(); // (case, letter) just drafted
    connect(m_notifier, &ReminderNotifier::letterDrafted, this,
            [drafted](qint64 caseId, qint64 letterId) { *drafted = {caseId, letterId}; });
    connect(m_notifier->popup(), &ReminderPopup::nextStepRequested, this,
            [this, drafted](qint64 reminderId) {
                const auto [caseId, letterId] = std::exchange(*drafted, {0, 0});
                if (letterId <= 0)
                    return; // no letter for this step, or drafting failed (the pop-up says why)
                m_notifier->markDone(reminderId);
                openCaseFromReminder(caseId);
                if (m_caseView->caseId() != caseId)
                    return;
                m_caseView->refresh(); // the new letter is listed
                m_caseView->setCurrentTab(CaseView::Letters);
                if (auto* letters = m_caseView->findChild<LettersTab*>(u"lettersTab"_s))
                    letters->selectLetter(letterId);
                updateActions();
                statusBar()->showMessage(tr("The letter for the next step is in the Letters "
                                            "tab, as a draft to check and send."),
                                         kStatusMessageMs);
            });
    connect(m_notifier, &ReminderNotifier::errorOccurred, this, &MainWindow::showError);
    connect(m_notifier, &ReminderNotifier::trayActivated, this, &MainWindow::showFromTray);
    connect(m_followUps, &FollowUpsView::openCaseRequested, this,
            &MainWindow::openCaseFromReminder);
    connect(m_followUps, &FollowUpsView::errorOccurred, this, &MainWindow::showError);
    connect(m_followUpsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_followUps->reload();
    });
    connect(m_caseView, &CaseView::caseChanged, m_followUps, &FollowUpsView::reload);

    if (QSystemTrayIcon* tray = m_notifier->trayIcon()) {
        auto* menu = new QMenu(this);
        menu->setObjectName(u"trayMenu"_s);
        menu->addAction(tr("&Show WalletCase"), this, &MainWindow::showFromTray);
        menu->addAction(tr("&Follow-ups"), this, [this] {
            showFromTray();
            showFollowUps();
        });
        menu->addSeparator();
        menu->addAction(tr("&Quit"), this, &MainWindow::quit);
        tray->setContextMenu(menu);
    }
    createFollowUpActions();
}

void MainWindow::createFollowUpActions()
{
    m_followUpsAction = m_followUpsDock->toggleViewAction();
    m_followUpsAction->setText(tr("&Follow-ups"));
    m_followUpsAction->setIconText(tr("Follow-ups"));
    m_followUpsAction->setObjectName(u"followUpsAction"_s);
    m_followUpsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_followUpsAction->setIcon(QIcon::fromTheme(u"appointment-soon"_s));
    m_followUpsAction->setToolTip(tr("Every pending reminder across your cases, with a month "
                                     "calendar (Ctrl+Shift+U)"));

    m_addReminderAction = new QAction(tr("Add &Reminder…"), this);
    m_addReminderAction->setObjectName(u"addReminderAction"_s);
    m_addReminderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_addReminderAction, &QAction::triggered, this, &MainWindow::addReminderToCurrentCase);

    m_closeCaseAction = new QAction(tr("C&lose Case…"), this);
    m_closeCaseAction->setObjectName(u"closeCaseAction"_s);
    m_closeCaseAction->setToolTip(tr("Record how the case ended and stop its reminders"));
    connect(m_closeCaseAction, &QAction::triggered, this, &MainWindow::closeCurrentCase);

    m_statusMenu = new CaseStatusMenu(this);
    connect(m_statusMenu, &CaseStatusMenu::statusChanged, this, [this] { refresh(); });
    connect(m_statusMenu, &CaseStatusMenu::errorOccurred, this, &MainWindow::showError);

    m_exportIcsAction = new QAction(tr("Export Reminders to &Calendar (.ics)…"), this);
    m_exportIcsAction->setObjectName(u"exportIcsAction"_s);
    m_exportIcsAction->setToolTip(tr("Save every pending reminder as a calendar file for "
                                     "Google Calendar, Outlook, Apple Calendar or Thunderbird"));
    connect(m_exportIcsAction, &QAction::triggered, this, &MainWindow::exportRemindersToCalendar);
}

void MainWindow::applyStoreToFollowUps()
{
    const QString language = CaseText::uiLanguage();
    m_notifier->setContext(m_store.get(), &m_providers, language);
    m_followUps->setQueue(m_notifier->queue(), &m_providers, language);
    // A step reads its whole case, and the list measures every loaded row when it first lays
    // out: before the window's first frame the list shows dates only, and reads the steps of
    // the rows on screen once the frame is up (issue 13).
    auto deferred = std::make_shared<bool>(false);
    m_caseList->model()->setStepProvider([this, deferred](qint64 caseId) {
        if (!m_store)
            return QString();
        if (isVisible() && !m_notifier->isWindowPainted()) {
            *deferred = true;
            return QString();
        }
        auto step = NextStep::forCase(*m_store, caseId, m_notifier->stepContext(),
                                      m_store->clock().nowMs());
        return step ? NextStep::action(*step) : QString();
    });
    if (!m_notifier->isWindowPainted()) {
        connect(
            m_notifier, &ReminderNotifier::windowPainted, this,
            [this, deferred] {
                if (std::exchange(*deferred, false))
                    m_caseList->reload();
            },
            Qt::SingleShotConnection);
    }
}

void MainWindow::afterRemindersChanged()
{
    m_caseList->reload();
    m_followUps->reload();
    m_caseView->refresh();
    updateActions();
}

void MainWindow::showFollowUps()
{
    m_followUpsDock->show();
    m_followUpsDock->raise();
    m_followUps->reload();
    m_followUps->tree()->setFocus();
}

void MainWindow::openCaseFromReminder(qint64 caseId)
{
    showFromTray();
    if (!m_caseList->selectCase(caseId)) {
        showError(tr("That case is no longer in this file."));
        return;
    }
    showCase(caseId);
}

void MainWindow::addReminderToCurrentCase()
{
    const qint64 id = currentCaseId();
    if (id <= 0)
        return;
    ReminderDialog* dialog = ReminderDialog::openFor(this, *m_store, id);
    connect(dialog, &ReminderDialog::reminderAdded, this, [this] {
        afterRemindersChanged();
        statusBar()->showMessage(tr("Reminder added."), kStatusMessageMs);
    });
}

void MainWindow::closeCurrentCase()
{
    const qint64 id = currentCaseId();
    if (id <= 0)
        return;
    CloseCaseDialog* dialog = CloseCaseDialog::openFor(this, *m_store, id);
    connect(dialog, &CloseCaseDialog::caseClosed, this, [this] {
        afterRemindersChanged(); // its reminders were dismissed too
        statusBar()->showMessage(tr("Case closed."), kStatusMessageMs);
    });
}

void MainWindow::exportRemindersToCalendar()
{
    QString path = FileDialog::saveFileName(this, tr("Export reminders to calendar"),
                                            tr("Calendar files (*.ics)"),
                                            QDir::home().filePath(u"walletcase-reminders.ics"_s));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ics"_s;
    core::IcsExport::Options options;
    options.nowMs = m_store->clock().nowMs();
    options.productVersion = QCoreApplication::applicationVersion();
    auto ics = core::IcsExport::allPending(*m_store, options);
    if (!ics) {
        showError(tr("The reminders could not be exported: %1").arg(ics.error().message));
        return;
    }
    // All or nothing: a calendar app must never import half a file.
    QSaveFile file(path);
    // Owner-only, like every export: reminders name the cases and what they are about.
    const bool opened = file.open(QIODevice::WriteOnly) &&
                        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!opened || file.write(*ics) != ics->size() || !file.commit()) {
        showError(tr("The calendar file could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const auto count = ics->count("BEGIN:VEVENT");
    const QString name = QFileInfo(path).fileName();
    // Spelled out rather than "%n reminder(s)": English has no plural translation file.
    statusBar()->showMessage(
        count == 0   ? tr("No pending reminders: the calendar file is empty.")
        : count == 1 ? tr("Exported 1 reminder to %1.").arg(name)
                     : tr("Exported %1 reminders to %2.").arg(QString::number(count), name),
        kStatusMessageMs);
}

void MainWindow::showFromTray()
{
    QApplication::setQuitOnLastWindowClosed(true);
    if (isHidden())
        show();
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

bool MainWindow::closeToTray()
{
    if (m_quitting || !SettingsDialog::closeToTray())
        return false;
    QSystemTrayIcon* tray = m_notifier->trayIcon();
    if (!tray || !tray->isVisible() || !m_notifier->hasPendingReminders())
        return false;
    // Hidden, not closed: the pop-up may come and go meanwhile without ending the app.
    QApplication::setQuitOnLastWindowClosed(false);
    hide();
    if (!m_toldAboutTray) {
        m_toldAboutTray = true;
        tray->showMessage(tr("WalletCase is still running"),
                          tr("Your reminders will still pop up. To quit, use Quit in the tray "
                             "icon's menu."),
                          QSystemTrayIcon::Information, 8000);
    }
    return true;
}

void MainWindow::quit()
{
    m_quitting = true;
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_notifier->popup())
        m_notifier->popup()->close();
    if (isHidden()) {
        // The window is in the tray: closing it would not end the event loop.
        saveLayout();
        QCoreApplication::quit();
        return;
    }
    QApplication::closeAllWindows();
}

} // namespace wc::gui
