// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "store/CaseStore.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace wc::gui {

class CaseListPane;
class CaseStatusMenu;
class CaseView;
class FollowUpsView;
class MessageBar;
class NewCaseWizard;
class AppWideFixes;
class RecentFiles;
class ReminderNotifier;

// The main window, holding one open case file: the case list with its filters beside the case
// pane, the menus and the "New complaint" button that starts the wizard. It owns the store and
// the guidance content (taxonomy, provider directory with the file's overrides) that the list,
// the pane and the wizard read, and re-points all of them when another file is opened.
//
// Object names: newComplaintAction (Ctrl+N, also the toolbar's newComplaintButton),
// continueDraftAction, deleteCaseAction, refreshAction, findAction, newCaseFileAction,
// openCaseFileAction, recentFilesMenu, openDefaultCaseFileAction, quitAction, settingsAction,
// providersAction, addExampleCaseAction, exportPdfAction, exportLetterAction, printAction,
// aboutAction, userGuideAction, shortcutsAction, dataLocationsAction; mainSplitter,
// caseListPane, casePaneStack (the caseView, or the noMatchLabel when a search finds nothing),
// messageBar.
// Small screens: the window never grows past its screen's available area (opening the
// follow-ups dock included), and only a geometry that fits is saved or restored.
// Follow-ups: the notifier polls the open file's reminders and shows due ones in one pop-up
// (overdue ones at start-up); followUpsAction (Ctrl+Shift+U) shows the followUpsDock with the
// FollowUpsView; addReminderAction, closeCaseAction and caseStatusMenu act on the current case;
// exportIcsAction writes every pending reminder as an .ics calendar. With a system tray and the
// setting on, closing the window while reminders are pending keeps WalletCase in the tray.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `defaultCaseFile` is the user's own file in the data folder (File ▸ Open My Case File);
    // empty hides that entry. `backupRoot` is where backups of opened files live.
    MainWindow(std::unique_ptr<core::CaseStore> store, QString backupRoot,
               QString defaultCaseFile = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    core::CaseStore& store() { return *m_store; }
    const core::Taxonomy& taxonomy() const { return m_taxonomy; }
    const core::ProviderDirectory& providers() const { return m_providers; }
    CaseListPane* caseList() const { return m_caseList; }
    CaseView* caseView() const { return m_caseView; }
    // The wizard now open over the window, if any.
    NewCaseWizard* wizard() const;
    qint64 currentCaseId() const;
    // The letter selected in the shown case's Letters tab, 0 when none.
    qint64 selectedLetterId() const;
    ReminderNotifier* notifier() const { return m_notifier; }
    FollowUpsView* followUpsView() const { return m_followUps; }

    // On the very first run, with an empty file, offers the example case (and records that the
    // offer was made, whatever the answer). Returns whether it asked. The application calls it
    // once the window is shown; tests call it themselves.
    bool offerExampleCaseOnFirstRun();

    // The choices offerDuplicateCase() gives (MessageBox choice ids; tests queue them).
    enum DuplicateCaseChoice
    {
        StartDuplicateCase = 1,
        NotNow
    };

public slots:
    void newComplaint();
    // Opens the wizard at the step where draft case `caseId` stopped.
    void resumeDraft(qint64 caseId);
    // Duplicate charges found in the shown case: offers a duplicate-charge complaint of their
    // own, started as a draft with them and opened in the wizard.
    void offerDuplicateCase(const QList<wc::core::TransactionRecord>& charges);
    // MainWindowDeletion.cpp: a deleted case goes to Recently Deleted Cases (undo at once from
    // the message bar or Edit ▸ Undo Delete Case), or everywhere including the backups.
    void deleteCurrentCase();
    void undoDelete();
    void showRecentlyDeleted();
    void refresh();
    void newCaseFile();
    void openCaseFile();
    void openDefaultCaseFile();
    // Opens `path` in this window; the current file stays open when it cannot be opened.
    bool openFile(const QString& path);
    void showSettings();
    void showProviders();
    void addExampleCase();
    void showAbout();
    // Help ▸ User Guide: the guide in the interface language, shown in the app.
    void showUserGuide();
    // Help ▸ Keyboard Shortcuts: every shortcut the window's actions define.
    void showShortcuts();
    // Help ▸ Where Is My Data: the case file, backups, settings and logs, with buttons to open
    // their folders.
    void showDataLocations();
    // Shows the follow-ups view (and reads it again).
    void showFollowUps();
    // Brings the window forward and selects and shows the case (from a reminder).
    void openCaseFromReminder(qint64 caseId);
    void addReminderToCurrentCase();
    void closeCurrentCase();
    // File ▸ Export Reminders to Calendar: every pending reminder as one .ics file.
    void exportRemindersToCalendar();
    // Quits for real, even when the window would otherwise close to the tray.
    void quit();

signals:
    // Another case file is now open in the window (File ▸ Open, Recent, New…): the app backs
    // it up from now on.
    void caseFileOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    // A layout that grows the window (a dock opened, a long message) never pushes it off screen.
    void resizeEvent(QResizeEvent* event) override;

private:
    void createActions();
    void createMenus();
    QString deletedRoot() const;
    void purgeExpiredDeleted();
    void showRestoredCase(qint64 caseId);
    void loadGuidance();
    // The shipped directory with this file's corrections; problems go to the message bar.
    void loadProviderOverrides();
    // Points the list and the pane at the current store (after opening a file).
    void applyStore();
    bool switchTo(const QString& path, bool create);
    // Closes an open wizard (keeping its draft); false when it stays open.
    bool closeWizard();
    void openWizard(qint64 resumeCaseId);
    void showCase(qint64 caseId);
    void activateCase(qint64 caseId);
    // After the wizard saved: the case is listed, selected and shown.
    void showSavedCase(qint64 caseId);
    void updateActions();
    void updateTitle();
    void showError(const QString& message);
    // After a search: the case pane says when nothing matched, rather than "choose a case".
    void showSearchResult(const QString& text, int hits);
    // Keeps the window inside its screen after a dock opened or a layout change grew it.
    void fitToScreen();
    // Gives the case pane the width its overview needs, from the list's share while the list
    // keeps its minimum, so the form does not scroll sideways in a window 1200 px or wider.
    void fitCasePane();
    void restoreLayout();
    void saveLayout() const;
    // MainWindowFollowUps.cpp: the notifier, the follow-ups dock and the tray.
    void createFollowUps();
    void createFollowUpActions();
    void applyStoreToFollowUps();
    void afterRemindersChanged();
    // True when the window went to the tray instead of closing.
    bool closeToTray();
    void showFromTray();

    std::unique_ptr<core::CaseStore> m_store;
    QString m_backupRoot;
    QString m_defaultCaseFile;
    core::Taxonomy m_taxonomy;
    bool m_taxonomyLoaded = false;
    core::ProviderDirectory m_shippedProviders;
    core::ProviderDirectory m_providers;
    QString m_guidanceError; // why the shipped content did not load; shown again after a switch

    MessageBar* m_messageBar;
    CaseListPane* m_caseList;
    CaseView* m_caseView;
    QStackedWidget* m_casePane;
    QLabel* m_noMatchLabel;
    QSplitter* m_splitter;
    RecentFiles* m_recentFiles;
    QMenu* m_recentMenu = nullptr;
    QPointer<NewCaseWizard> m_wizard;

    QAction* m_newComplaintAction = nullptr;
    QAction* m_continueDraftAction = nullptr;
    QAction* m_deleteCaseAction = nullptr;
    QAction* m_undoDeleteAction = nullptr;
    QAction* m_recentlyDeletedAction = nullptr;
    QString m_lastDeletedBundle; // what Undo Delete Case puts back; empty when nothing
    QAction* m_refreshAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_newFileAction = nullptr;
    QAction* m_openFileAction = nullptr;
    QAction* m_openDefaultAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_providersAction = nullptr;
    QAction* m_exampleCaseAction = nullptr;
    QAction* m_exportPdfAction = nullptr;
    QAction* m_exportLetterAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_printLetterAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_userGuideAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_dataLocationsAction = nullptr;
    AppWideFixes* m_appWideFixes = nullptr;
    QTimer* m_titleTimer = nullptr; // keeps "time moved: it is …" in the title current

    ReminderNotifier* m_notifier = nullptr;
    FollowUpsView* m_followUps = nullptr;
    QDockWidget* m_followUpsDock = nullptr;
    CaseStatusMenu* m_statusMenu = nullptr;
    QAction* m_followUpsAction = nullptr;
    QAction* m_addReminderAction = nullptr;
    QAction* m_closeCaseAction = nullptr;
    QAction* m_exportIcsAction = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

} // namespace wc::gui
