// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// MainWindow: deleting a case, undoing it, and the recently deleted cases (issue 14 §10).
#include "gui/mainwindow/MainWindow.h"

#include "gui/caseview/CaseView.h"
#include "gui/dialogs/RecentlyDeletedDialog.h"
#include "gui/mainwindow/CaseListModel.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "store/BackupManager.h"
#include "store/RecentlyDeleted.h"
#include "util/Clock.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QListView>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
constexpr int kStatusMessageMs = 5000;
} // namespace

QString MainWindow::deletedRoot() const
{
    // Beside the backups in the app's data folder (…/walletcase/deleted), so a test's or a
    // portable set-up's data stays together.
    return QDir(QFileInfo(m_backupRoot).absolutePath()).filePath(u"deleted"_s);
}

void MainWindow::deleteCurrentCase()
{
    const qint64 id = currentCaseId();
    if (id <= 0)
        return;
    const QModelIndex index = m_caseList->model()->indexOfCase(id, CaseListModel::TitleColumn);
    const int row = index.row();
    const QString title = index.data().toString();
    const qsizetype backups = core::BackupManager(m_backupRoot).backupsFor(m_store->path()).size();

    // Keep is 2 whether or not "Delete Everywhere" is offered, so an answer never changes meaning.
    enum { Delete = 1, Keep, DeleteEverywhere };
    QString text = tr("Delete the case “%1” with all its evidence, letters and history?\n\nIt "
                      "moves to Recently Deleted Cases (in the Case menu), where you can put it "
                      "back for %2 days.")
                       .arg(title)
                       .arg(core::RecentlyDeleted::DefaultKeepDays);
    QList<MessageBox::Choice> choices{{Delete, tr("Delete Case"), QMessageBox::DestructiveRole}};
    if (backups > 0) {
        // Spelled out rather than "%n backup(s)": English has no plural translation file.
        text += u"\n\n"_s
            + (backups == 1
                   ? tr("The automatic backup of this file also holds it. “Delete Everywhere” "
                        "removes it from the backup too, at once and for good.")
                   : tr("The %1 automatic backups of this file also hold it. “Delete Everywhere” "
                        "removes it from them too, at once and for good.")
                         .arg(backups));
        choices << MessageBox::Choice{DeleteEverywhere, tr("Delete Everywhere"),
                                      QMessageBox::DestructiveRole};
    }
    choices << MessageBox::Choice{Keep, tr("Keep It"), QMessageBox::RejectRole};
    const int choice =
        MessageBox::ask(this, QMessageBox::Warning, tr("Delete case"), text, choices, Keep);
    if (choice != Delete && choice != DeleteEverywhere)
        return;

    if (choice == Delete) {
        core::RecentlyDeleted bin(deletedRoot(), m_store->path());
        // Real time, even under --now: how long a deleted case is kept is about the disk.
        auto kept = bin.deleteCase(*m_store, id, core::Clock::system().nowMs());
        if (!kept) {
            showError(tr("The case could not be deleted: %1").arg(kept.error().message));
            return;
        }
        m_lastDeletedBundle = kept->bundlePath;
        m_messageBar->showMessage(
            MessageBar::Kind::Information,
            tr("“%1” was deleted. You can put it back from Case ▸ Recently Deleted Cases for %2 "
               "days.")
                .arg(title)
                .arg(core::RecentlyDeleted::DefaultKeepDays),
            tr("&Undo"), [this] { undoDelete(); });
    } else {
        const auto record = m_store->caseById(id);
        const QString uuid = record ? record->uuid : QString();
        if (auto deleted = m_store->deleteCase(id); !deleted) {
            showError(tr("The case could not be deleted: %1").arg(deleted.error().message));
            return;
        }
        m_lastDeletedBundle.clear();
        const auto cleaned =
            core::BackupManager(m_backupRoot).removeCaseFromBackups(m_store->path(), uuid);
        if (cleaned.failed > 0)
            showError(tr("The case was deleted, but %1 of the backups could not be opened and "
                         "may still hold it. You can delete them from the backups folder (Help ▸ "
                         "Where Is My Data).")
                          .arg(cleaned.failed));
        else
            statusBar()->showMessage(tr("Case deleted, from its backups too."), kStatusMessageMs);
    }
    m_caseList->reload();
    // Its neighbour takes its place, so the keyboard user carries on from there.
    const int rows = m_caseList->model()->rowCount();
    if (rows > 0)
        m_caseList->selectCase(m_caseList->model()->caseIdAt(qMin(row, rows - 1)));
    updateActions();
}

void MainWindow::undoDelete()
{
    if (m_lastDeletedBundle.isEmpty())
        return;
    core::RecentlyDeleted bin(deletedRoot(), m_store->path());
    const auto entries = bin.entries();
    const auto entry = std::find_if(entries.begin(), entries.end(), [this](const auto& e) {
        return e.bundlePath == m_lastDeletedBundle;
    });
    m_lastDeletedBundle.clear();
    if (entry == entries.end()) {
        showError(tr("The deleted case is no longer in Recently Deleted Cases."));
        updateActions();
        return;
    }
    auto restored = bin.restore(*m_store, *entry);
    if (!restored) {
        showError(tr("The case could not be put back: %1").arg(restored.error().message));
        updateActions();
        return;
    }
    m_messageBar->hide();
    showRestoredCase(*restored);
}

void MainWindow::showRestoredCase(qint64 caseId)
{
    m_caseList->reload();
    m_caseList->selectCase(caseId);
    // The bar may still say "… was deleted … Undo" for this very case: replace it, so it never
    // offers to undo what is already undone.
    const auto record = m_store->caseById(caseId);
    const QString title = record && !record->title.isEmpty() ? record->title : tr("(untitled case)");
    m_messageBar->showMessage(MessageBar::Kind::Information, tr("“%1” was put back.").arg(title));
    statusBar()->showMessage(tr("Case put back."), kStatusMessageMs);
    updateActions();
}

void MainWindow::showRecentlyDeleted()
{
    auto* dialog = new RecentlyDeletedDialog(*m_store, deletedRoot(), m_backupRoot, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecentlyDeletedDialog::caseRestored, this, [this](qint64 caseId) {
        m_lastDeletedBundle.clear(); // the undo may point at what was just put back
        showRestoredCase(caseId);
    });
    dialog->open();
}

void MainWindow::purgeExpiredDeleted()
{
    // Real time: --now moving the app's clock a year ahead must not purge what was deleted today.
    core::RecentlyDeleted(deletedRoot(), m_store->path())
        .purgeOlderThan(core::Clock::system().nowMs());
}

} // namespace wc::gui
