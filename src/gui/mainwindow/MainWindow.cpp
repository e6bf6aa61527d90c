// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/MainWindow.h"

#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/dialogs/CaseStatusMenu.h"
#include "gui/dialogs/CaseFileOpener.h"
#include "gui/dialogs/ProvidersDialog.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/mainwindow/CaseListModel.h"
#include "gui/mainwindow/AppWideFixes.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/mainwindow/HelpDialogs.h"
#include "gui/mainwindow/RecentFiles.h"
#include "gui/mainwindow/WindowFit.h"
#include "gui/reminders/FollowUpsView.h"
#include "gui/reminders/ReminderNotifier.h"
#include "gui/reminders/ReminderPopup.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "gui/wizard/NewCaseWizard.h"
#include "followup/ReminderPurpose.h"
#include "store/BackupManager.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QDockWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString SplitterKey = u"mainWindow/splitter"_s;
constexpr int kStatusMessageMs = 5000;
} // namespace

MainWindow::MainWindow(std::unique_ptr<core::CaseStore> store, QString backupRoot,
                       QString defaultCaseFile, QWidget* parent)
    : QMainWindow(parent),
      m_store(std::move(store)),
      m_backupRoot(std::move(backupRoot)),
      m_defaultCaseFile(std::move(defaultCaseFile)),
      m_messageBar(new MessageBar(this)),
      m_caseList(new CaseListPane(this)),
      m_caseView(new CaseView(this)),
      m_casePane(new QStackedWidget(this)),
      m_noMatchLabel(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_recentFiles(new RecentFiles(this))
{
    setObjectName(u"mainWindow"_s);
    m_caseView->setObjectName(u"caseView"_s);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_casePane->setObjectName(u"casePaneStack"_s);
    m_noMatchLabel->setObjectName(u"noMatchLabel"_s);
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setTextFormat(Qt::PlainText);
    m_noMatchLabel->setMargin(24);
    m_casePane->addWidget(m_caseView);
    m_casePane->addWidget(m_noMatchLabel);
    m_splitter->addWidget(m_caseList);
    m_splitter->addWidget(m_casePane);
    m_splitter->setChildrenCollapsible(false);
    // The case pane is where the work happens: it gets the larger share (its form scrolled
    // sideways at a third of a 1366-pixel window); the list's title keeps its third of the list.
    // Where 55 % is still too narrow for the form (a 1200-pixel window), fitCasePane takes the
    // rest from the list; an urgent case is then marked in its title if Urgency has no room.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_caseList->countLabel());

    createActions();
    createFollowUps();
    createMenus();

    connect(m_caseList, &CaseListPane::currentCaseChanged, this, &MainWindow::showCase);
    connect(m_caseList, &CaseListPane::caseActivated, this, &MainWindow::activateCase);
    // A search hit opens where it matched, even in a draft: the user asked for that letter.
    connect(m_caseList, &CaseListPane::searchHitActivated, this,
            [this](qint64 caseId, const QString& where, qint64 rowId, const QString& term) {
                showCase(caseId);
                m_caseView->showSearchHit(where, rowId, term);
            });
    connect(m_caseList, &CaseListPane::errorOccurred, this, &MainWindow::showError);
    connect(m_caseList, &CaseListPane::searchFinished, this, &MainWindow::showSearchResult);
    connect(m_caseView, &CaseView::resumeRequested, this, &MainWindow::resumeDraft);
    connect(m_caseView, &CaseView::duplicateCaseSuggested, this, &MainWindow::offerDuplicateCase);
    connect(m_caseView, &CaseView::caseChanged, this, [this](qint64 caseId) {
        // A letter marked sent, a contact logged or a first step ticked may fulfil a deadline
        // reminder ("tell Cash App within 2 business days"): done now, not at the next poll.
        if (auto settled = core::ReminderPurpose::settleCase(*m_store, caseId); !settled)
            showError(tr("Reminders could not be brought up to date: %1")
                          .arg(settled.error().message));
        else if (*settled > 0)
            // Later: the pane that reported the change may still be inside its own handler.
            QTimer::singleShot(0, m_caseView, [this] { m_caseView->refresh(); });
        m_caseList->reload();
        updateActions();
    });
    connect(m_caseView, &CaseView::errorOccurred, this, &MainWindow::showError);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openFile);

    // A dock opened on a small screen must not push the window (and its buttons) off it; the
    // follow-ups take at most about a third of the height, the cases keep the rest.
    connect(m_followUpsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_followUpsDock->isFloating())
            return;
        const bool bottom = dockWidgetArea(m_followUpsDock) == Qt::BottomDockWidgetArea;
        const int room = bottom ? height() / 3 : width() / 3;
        resizeDocks({m_followUpsDock}, {room}, bottom ? Qt::Vertical : Qt::Horizontal);
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    });
    m_followUps->setMinimumSize(0, 0);

    m_appWideFixes = new AppWideFixes(this);
    m_appWideFixes->setClock([this] { return m_store->clock().nowMs(); });
    qApp->installEventFilter(m_appWideFixes);

    m_titleTimer = new QTimer(this);
    m_titleTimer->setObjectName(u"titleClockTimer"_s);
    m_titleTimer->setInterval(30'000);
    connect(m_titleTimer, &QTimer::timeout, this, &MainWindow::updateTitle);

    loadGuidance();
    applyStore();
    restoreLayout();
    m_caseList->setFocus();
}

MainWindow::~MainWindow()
{
    // The wizard, the list and the pane read the store and the guidance, which are members and
    // so would go before the children do.
    delete m_wizard.data();
    qApp->removeEventFilter(m_appWideFixes);
    m_notifier->setContext(nullptr, nullptr, QString());
    m_followUps->setQueue(nullptr, nullptr, QString());
    m_caseList->disconnect(this);
    m_caseView->disconnect(this);
    delete m_caseList;
    delete m_caseView;
}

NewCaseWizard* MainWindow::wizard() const
{
    return m_wizard;
}

qint64 MainWindow::currentCaseId() const
{
    return m_caseList->currentCaseId();
}

void MainWindow::loadGuidance()
{
    QStringList problems;
    if (auto taxonomy = core::Taxonomy::load()) {
        m_taxonomy = std::move(*taxonomy);
        m_taxonomyLoaded = true;
    } else {
        problems << tr("The list of problem types could not be loaded, so new complaints cannot "
                       "be started. Reinstalling WalletCase should fix this. (%1)")
                        .arg(taxonomy.error().message);
    }
    if (auto providers = core::ProviderDirectory::load()) {
        m_shippedProviders = std::move(*providers);
    } else {
        problems << tr("The directory of wallets and their contact channels could not be loaded; "
                       "you can still type a provider's name yourself. (%1)")
                        .arg(providers.error().message);
    }
    m_guidanceError = problems.join(u'\n');
}

void MainWindow::loadProviderOverrides()
{
    QStringList problems;
    auto overrides = m_store->providerOverrides();
    if (!overrides) {
        m_providers = m_shippedProviders;
        problems << tr("Your corrections to the provider directory could not be read: %1")
                        .arg(overrides.error().message);
    } else {
        QList<core::Error> broken;
        m_providers = m_shippedProviders.withOverrides(*overrides, &broken);
        for (const core::Error& error : std::as_const(broken))
            problems << tr("One of your provider entries could not be used: %1").arg(error.message);
    }
    if (!problems.isEmpty())
        showError(problems.join(u'\n'));
}

void MainWindow::applyStore()
{
    m_messageBar->hide(); // whatever it said was about the file before
    m_lastDeletedBundle.clear(); // an undo belongs to the file it was made in
    purgeExpiredDeleted();
    // Changes lost in a damaged write-ahead log: the user must re-check the latest entries.
    if (!m_store->openWarning().isEmpty())
        showError(m_store->openWarning());
    const QString language = CaseText::uiLanguage();
    loadProviderOverrides();
    // Files from before provider names were stored get them, for exports and other tools. The
    // list shows names from the directory meanwhile, so this scan of every case (0.14 s at
    // 100,000 cases) waits for the first paint.
    const auto fillNames = [this, store = m_store.get()] {
        if (m_store.get() != store)
            return; // another file was opened before the window painted
        if (auto filled = m_store->fillProviderNames(); !filled)
            showError(tr("Provider names could not be added to older cases: %1")
                          .arg(filled.error().message));
    };
    if (m_notifier->isWindowPainted())
        fillNames();
    else
        connect(m_notifier, &ReminderNotifier::windowPainted, this, fillNames,
                Qt::SingleShotConnection);
    if (!m_guidanceError.isEmpty()) {
        const QString shown = m_messageBar->isVisibleTo(this) ? m_messageBar->text() : QString();
        showError(shown.isEmpty() ? m_guidanceError : m_guidanceError + u'\n' + shown);
    }
    m_caseView->setContext(m_store.get(), &m_taxonomy, &m_providers, language);
    m_caseList->setContext(m_store.get(), &m_taxonomy, &m_providers, language);
    applyStoreToFollowUps();
    // The most urgent case is shown at once, rather than an empty pane.
    if (const qint64 first = m_caseList->model()->caseIdAt(0); first > 0)
        m_caseList->selectCase(first);
    updateTitle();
    updateActions();
}

bool MainWindow::switchTo(const QString& path, bool create)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store->path()).absoluteFilePath())
        return true; // already open here
    if (!closeWizard())
        return false;
    CaseFileOpener opener(m_backupRoot, m_store->clock());
    auto store = opener.open(path, create, this, false);
    if (!store)
        return false; // the user gave up; the current file stays open
    // Everything that reads the old store is re-pointed before it closes.
    std::unique_ptr<core::CaseStore> old = std::exchange(m_store, std::move(store));
    applyStore();
    old.reset();
    m_recentFiles->add(m_store->path());
    emit caseFileOpened(m_store->path());
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(m_store->path()).fileName()),
                             kStatusMessageMs);
    return true;
}

qint64 MainWindow::selectedLetterId() const
{
    return m_caseView->caseId() == currentCaseId() ? m_caseView->selectedLetterId() : 0;
}

void MainWindow::showCase(qint64 caseId)
{
    if (m_caseView->caseId() != caseId) {
        m_caseView->showCase(caseId);
        QTimer::singleShot(0, this, &MainWindow::fitCasePane); // once its form is laid out
    }
    updateActions();
}

void MainWindow::activateCase(qint64 caseId)
{
    const QModelIndex index = m_caseList->model()->indexOfCase(caseId);
    if (index.data(CaseListModel::StatusKeyRole).toString() == QString(core::status::Draft)) {
        resumeDraft(caseId);
        return;
    }
    showCase(caseId);
    // Into the pane, at its first control, so the keyboard carries on where the eyes go.
    if (m_caseView->focusPolicy() & Qt::TabFocus) {
        m_caseView->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (QWidget* w = m_caseView->nextInFocusChain(); w && w != m_caseView;
         w = w->nextInFocusChain()) {
        if (!m_caseView->isAncestorOf(w))
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(m_caseView)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::showSavedCase(qint64 caseId)
{
    const bool wasShown = m_caseView->caseId() == caseId;
    m_caseList->reload();
    m_caseList->selectCase(caseId);
    if (wasShown || m_caseView->caseId() == caseId)
        m_caseView->refresh();
    else
        m_caseView->showCase(caseId);
    updateActions();
}

void MainWindow::refresh()
{
    m_caseList->reload();
    m_caseView->refresh();
    updateActions();
}

void MainWindow::newCaseFile()
{
    QString path = FileDialog::saveFileName(this, tr("New case file"),
                                            CaseFileOpener::fileFilter(),
                                            QDir::home().filePath(u"cases.wcase"_s));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".wcase"_s;
    const bool existed = QFileInfo::exists(path);
    if (switchTo(path, true) && existed) {
        // The save dialog asked about replacing, but a case file is never overwritten.
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("That file already exists, so it was opened rather than "
                                     "replaced."));
    }
}

void MainWindow::openCaseFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open case file"), CaseFileOpener::fileFilter());
    if (!path.isEmpty())
        switchTo(path, false);
}

void MainWindow::openDefaultCaseFile()
{
    if (!m_defaultCaseFile.isEmpty())
        switchTo(m_defaultCaseFile, true); // made on demand, as at start-up
}

bool MainWindow::openFile(const QString& path)
{
    return switchTo(path, false);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBackupRoot(m_backupRoot);
    const QString languageBefore = SettingsDialog::savedLanguage();
    connect(dialog, &QDialog::accepted, this, [this, languageBefore] {
        if (SettingsDialog::savedLanguage() != languageBefore)
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("The new interface language takes effect the next "
                                         "time you start WalletCase."));
    });
    dialog->open();
}

void MainWindow::showProviders()
{
    auto* dialog = new ProvidersDialog(*m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProvidersDialog::directoryChanged, this, [this] {
        loadProviderOverrides();
        m_caseList->setProviders(&m_providers);
        m_caseView->refresh();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion();
    const QStringList paragraphs = {
        version.isEmpty() ? tr("WalletCase") : tr("WalletCase %1").arg(version),
        tr("Helps you complain effectively about digital wallets and follow each complaint "
           "through to an answer."),
        tr("Local first: your cases stay in one file on this computer. WalletCase sends nothing "
           "anywhere by itself; you decide what to send, and to whom."),
        tr("Free software under the GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later), with no warranty."),
    };
    MessageBox::inform(this, QMessageBox::Information, tr("About WalletCase"),
                       paragraphs.join(u"\n\n"_s));
}

void MainWindow::showUserGuide()
{
    auto* dialog = new UserGuideDialog(CaseText::uiLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the guide can stay open beside the window
    windowfit::keepOnScreen(dialog);
}

void MainWindow::showShortcuts()
{
    auto* dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    windowfit::keepOnScreen(dialog);
}

void MainWindow::showDataLocations()
{
    core::BackupManager backups(m_backupRoot);
    auto* dialog = new DataLocationsDialog(m_store->path(), backups.folderFor(m_store->path()),
                                           this, deletedRoot());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateActions()
{
    const qint64 id = currentCaseId();
    m_newComplaintAction->setEnabled(m_taxonomyLoaded);
    m_continueDraftAction->setEnabled(m_taxonomyLoaded && id > 0
                                      && m_caseList->currentStatus()
                                          == QString(core::status::Draft));
    m_deleteCaseAction->setEnabled(id > 0);
    m_undoDeleteAction->setEnabled(!m_lastDeletedBundle.isEmpty());
    for (QAction* action :
         {m_exportPdfAction, m_exportLetterAction, m_printAction, m_printLetterAction})
        action->setEnabled(id > 0);
    const QString status = m_caseList->currentStatus();
    m_addReminderAction->setEnabled(id > 0);
    m_closeCaseAction->setEnabled(id > 0 && !status.isEmpty()
                                  && status != QString(core::status::Draft)
                                  && !core::isClosedStatus(status));
    m_statusMenu->setCase(m_store.get(), id);
}

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_store->path()).fileName();
    // With --now the app runs on a moved clock: say so, so a screenshot is never mistaken for
    // real use. The note goes before the app name: the window system adds " — WalletCase" to
    // a title that does not end with it, which gave "… — WalletCase [time moved …] — WalletCase".
    const auto* shifted = dynamic_cast<const core::ShiftedClock*>(&m_store->clock());
    const bool moved = shifted && shifted->offsetMs() != 0;
    const QString title =
        moved ? tr("%1 [time moved: it is %2 here] — WalletCase")
                    .arg(file, CaseText::dateTime(shifted->nowMs()))
              : tr("%1 — WalletCase").arg(file);
    // The moved clock keeps running, and so does the time in the title.
    if (moved && !m_titleTimer->isActive())
        m_titleTimer->start();
    else if (!moved)
        m_titleTimer->stop();
    setWindowTitle(title);
    setWindowFilePath(m_store->path());
}

void MainWindow::showError(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
}

void MainWindow::showSearchResult(const QString& text, int hits)
{
    if (!text.isEmpty() && hits == 0) {
        m_noMatchLabel->setText(
            tr("No case matches “%1”.\n\nSearch looks at titles, descriptions, references, "
               "letters, contacts, evidence notes and transactions. Press Esc in the search box "
               "to list every case again.")
                .arg(text));
        m_casePane->setCurrentWidget(m_noMatchLabel);
    } else {
        m_casePane->setCurrentWidget(m_caseView);
    }
}

void MainWindow::fitToScreen()
{
    if (isVisible() && !isMaximized() && !isFullScreen())
        windowfit::keepOnScreen(this);
}

void MainWindow::restoreLayout()
{
    auto settings = AppSettings::open();
    const QRect area = windowfit::availableArea(this);
    // A geometry saved on a bigger screen (or by a version that let the window grow past the
    // screen) is not restored: the window would open with its bottom off the screen.
    const bool restored = restoreGeometry(settings->value(GeometryKey).toByteArray());
    if (!restored || !windowfit::fits(geometry(), area)) {
        QSize size(1200, 760);
        if (!area.isEmpty())
            size = size.boundedTo(area.size() * 0.9);
        setGeometry(QRect(area.topLeft(), size).translated(area.width() / 20, area.height() / 20));
    }
    if (!m_splitter->restoreState(settings->value(SplitterKey).toByteArray()))
        m_splitter->setSizes({width() * 9 / 20, width() - width() * 9 / 20});
}

void MainWindow::saveLayout() const
{
    auto settings = AppSettings::open();
    // Never remember a window larger than its screen: it would come back that way.
    if (windowfit::fits(frameGeometry(), windowfit::availableArea(this)) || isMaximized())
        settings->setValue(GeometryKey, saveGeometry());
    settings->setValue(SplitterKey, m_splitter->saveState());
    settings->sync();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (isVisible() && !windowfit::fits(frameGeometry(), windowfit::availableArea(this)))
        QTimer::singleShot(0, this, &MainWindow::fitToScreen);
    QTimer::singleShot(0, this, &MainWindow::fitCasePane);
}

void MainWindow::fitCasePane()
{
    const auto* scroll = m_caseView->findChild<QScrollArea*>(u"caseScrollArea"_s);
    if (!scroll || !scroll->widget() || !scroll->isVisible())
        return;
    // What the pane spends around the form (margins, tabs' frame, the vertical scroll bar).
    const int around = m_casePane->width() - scroll->viewport()->width();
    windowfit::widenPane(m_splitter, m_splitter->indexOf(m_casePane),
                         scroll->widget()->minimumSizeHint().width() + around);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!closeWizard()) {
        event->ignore();
        return;
    }
    saveLayout();
    if (closeToTray()) {
        event->ignore();
        return;
    }
    m_notifier->popup()->close();
    QMainWindow::closeEvent(event);
}

} // namespace wc::gui
