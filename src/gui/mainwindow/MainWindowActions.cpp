// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// MainWindow's actions, menus and toolbar, apart from its behaviour so each file reads in one
// sitting.
#include "gui/mainwindow/MainWindow.h"

#include "gui/dialogs/CaseStatusMenu.h"
#include "gui/export/DossierExporter.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/mainwindow/RecentFiles.h"
#include "store/RecentlyDeleted.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMenuBar>
#include <QPrinter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& name, const QKeySequence& shortcut,
                       auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newComplaintAction = make(tr("&New Complaint…"), u"newComplaintAction"_s,
                                QKeySequence::New, &MainWindow::newComplaint);
    m_newComplaintAction->setIcon(QIcon::fromTheme(u"document-new"_s));
    m_newComplaintAction->setIconText(tr("New complaint"));
    m_newComplaintAction->setToolTip(
        tr("Start a new complaint: the guide walks you through it step by step (Ctrl+N)"));
    m_continueDraftAction = make(tr("&Continue Draft"), u"continueDraftAction"_s, {},
                                 [this] { resumeDraft(currentCaseId()); });
    m_continueDraftAction->setIcon(QIcon::fromTheme(u"document-edit"_s));
    // Toolbar labels have no mnemonic: Chinese would otherwise show "(C)" on the button.
    m_continueDraftAction->setIconText(tr("Continue draft"));
    m_continueDraftAction->setToolTip(tr("Continue the unfinished complaint where you stopped"));
    m_deleteCaseAction = make(tr("&Delete Case…"), u"deleteCaseAction"_s, QKeySequence::Delete,
                              &MainWindow::deleteCurrentCase);
    m_deleteCaseAction->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_deleteCaseAction->setIconText(tr("Delete case"));
    // Del deletes a case only from the case list: in the workspace it belongs to the selected
    // evidence, transaction, contact or letter. Added to the list view, so its shortcut lives
    // there; the menu and toolbar still show and trigger it.
    m_deleteCaseAction->setShortcutContext(Qt::WidgetShortcut);
    m_undoDeleteAction = make(tr("&Undo Delete Case"), u"undoDeleteAction"_s,
                              QKeySequence::Undo, &MainWindow::undoDelete);
    // Like Del, Ctrl+Z undoes a delete only from the case list: in a text field it is the
    // field's own undo.
    m_undoDeleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_undoDeleteAction->setEnabled(false);
    m_recentlyDeletedAction = make(tr("Recentl&y Deleted Cases…"), u"recentlyDeletedAction"_s, {},
                                   &MainWindow::showRecentlyDeleted);
    m_recentlyDeletedAction->setToolTip(
        tr("Cases deleted from this file in the last %1 days, to put back or delete for good")
            .arg(core::RecentlyDeleted::DefaultKeepDays));
    m_refreshAction = make(tr("Re&fresh"), u"refreshAction"_s, QKeySequence(Qt::Key_F5),
                           &MainWindow::refresh);
    m_findAction = make(tr("&Find Cases"), u"findAction"_s, QKeySequence::Find,
                        [this] { m_caseList->focusSearch(); });

    m_newFileAction = make(tr("&New Case File…"), u"newCaseFileAction"_s,
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newCaseFile);
    m_openFileAction = make(tr("&Open…"), u"openCaseFileAction"_s, QKeySequence::Open,
                            &MainWindow::openCaseFile);
    m_openDefaultAction = make(tr("Open &My Case File"), u"openDefaultCaseFileAction"_s, {},
                               &MainWindow::openDefaultCaseFile);
    m_openDefaultAction->setToolTip(QDir::toNativeSeparators(m_defaultCaseFile));
    m_openDefaultAction->setVisible(!m_defaultCaseFile.isEmpty());
    m_quitAction = make(tr("&Quit"), u"quitAction"_s, QKeySequence::Quit, &MainWindow::quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_settingsAction = make(tr("&Settings…"), u"settingsAction"_s,
                            QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_providersAction = make(tr("&Providers…"), u"providersAction"_s, {},
                             &MainWindow::showProviders);
    m_providersAction->setToolTip(tr("Correct or add wallets and their contact channels"));
    m_exampleCaseAction = make(tr("Add an &Example Case"), u"addExampleCaseAction"_s, {},
                               &MainWindow::addExampleCase);
    m_exampleCaseAction->setToolTip(tr("Adds a finished example case to this file, to show what "
                                       "a complete case looks like"));
    m_exportPdfAction = make(tr("&Export Case as PDF…"), u"exportPdfAction"_s,
                             QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
                                 DossierExporter::exportCase(this, *m_store, currentCaseId());
                             });
    m_exportPdfAction->setToolTip(tr("One PDF with the whole case for a regulator, bank or lawyer: "
                                     "letters, facts, chronology, contacts and evidence"));
    m_exportLetterAction = make(tr("Export &Letter as PDF…"), u"exportLetterAction"_s, {}, [this] {
        DossierExporter::exportCase(this, *m_store, currentCaseId(),
                                    DossierExporter::Content::LetterOnly, {}, selectedLetterId());
    });
    m_exportLetterAction->setToolTip(
        tr("Just the letter selected in the Letters tab (else the newest), ready to attach"));
    m_printAction = make(tr("&Print Case…"), u"printAction"_s, QKeySequence::Print, [this] {
        DossierExporter::printCase(this, *m_store, currentCaseId());
    });
    m_printLetterAction = make(tr("Print Le&tter…"), u"printLetterAction"_s, {}, [this] {
        DossierExporter::printCase(this, *m_store, currentCaseId(),
                                   DossierExporter::Content::LetterOnly, selectedLetterId());
    });
    m_userGuideAction = make(tr("&User Guide"), u"userGuideAction"_s,
                             QKeySequence(QKeySequence::HelpContents), &MainWindow::showUserGuide);
    m_userGuideAction->setToolTip(tr("How to use WalletCase, step by step, in this window"));
    m_shortcutsAction = make(tr("&Keyboard Shortcuts"), u"shortcutsAction"_s,
                             QKeySequence(Qt::CTRL | Qt::Key_Slash), &MainWindow::showShortcuts);
    m_dataLocationsAction = make(tr("&Where Is My Data"), u"dataLocationsAction"_s, {},
                                 &MainWindow::showDataLocations);
    m_dataLocationsAction->setToolTip(
        tr("Where your case file, its backups, the settings and the logs are kept"));
    m_aboutAction = make(tr("&About WalletCase"), u"aboutAction"_s, {}, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newFileAction);
    file->addAction(m_openFileAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentFilesMenu"_s);
    // Filled when shown, so a file deleted meanwhile shows as missing. After a change it is
    // refilled later, never while one of its own entries is still being triggered.
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this] { m_recentFiles->populate(m_recentMenu); });
    connect(m_recentFiles, &RecentFiles::changed, this,
            [this] { m_recentFiles->populate(m_recentMenu); }, Qt::QueuedConnection);
    m_recentFiles->populate(m_recentMenu);
    file->addAction(m_openDefaultAction);
    file->addSeparator();
    file->addAction(m_exportPdfAction);
    file->addAction(m_exportLetterAction);
    file->addAction(m_printAction);
    file->addAction(m_printLetterAction);
    file->addAction(m_exportIcsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* cases = menuBar()->addMenu(tr("&Case"));
    cases->addAction(m_newComplaintAction);
    cases->addAction(m_continueDraftAction);
    cases->addAction(m_deleteCaseAction);
    m_caseList->view()->addAction(m_deleteCaseAction); // where its Del shortcut applies
    cases->addAction(m_recentlyDeletedAction);
    cases->addSeparator();
    cases->addAction(m_addReminderAction);
    cases->addMenu(m_statusMenu);
    cases->addAction(m_closeCaseAction);
    cases->addSeparator();
    cases->addAction(m_refreshAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoDeleteAction);
    m_caseList->view()->addAction(m_undoDeleteAction); // where its Ctrl+Z applies
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);
    edit->addAction(m_providersAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_followUpsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_userGuideAction);
    help->addAction(m_shortcutsAction);
    help->addAction(m_dataLocationsAction);
    help->addSeparator();
    help->addAction(m_exampleCaseAction);
    help->addSeparator();
    help->addAction(m_aboutAction);

    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newComplaintAction);
    if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(m_newComplaintAction))) {
        // The one thing a new user should find at once.
        button->setObjectName(u"newComplaintButton"_s);
        button->setStyleSheet(
            u"QToolButton#newComplaintButton { font-weight: bold; color: white;"
            u" background: #1a6fd1; border: 1px solid #145aa9; border-radius: 4px;"
            u" padding: 5px 14px; margin: 2px 6px 2px 2px; }"
            u"QToolButton#newComplaintButton:hover { background: #2a7fe0; }"
            u"QToolButton#newComplaintButton:pressed { background: #145aa9; }"
            u"QToolButton#newComplaintButton:disabled { background: #9ab; border-color: #89a; }"_s);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_continueDraftAction);
    toolBar->addAction(m_deleteCaseAction);
    toolBar->addSeparator();
    toolBar->addAction(m_followUpsAction);
}

} // namespace wc::gui
