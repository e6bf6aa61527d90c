// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/CaseFileOpener.h"

#include "gui/dialogs/RestoreChoiceDialog.h"
#include "gui/widgets/MessageBox.h"
#include "store/BackupManager.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcOpen, "walletcase.gui.open")

namespace wc::gui {

using core::ErrorCode;

namespace {
bool damaged(ErrorCode code)
{
    return code == ErrorCode::EmptyFile || code == ErrorCode::Truncated
        || code == ErrorCode::Corrupt || code == ErrorCode::NotADatabase;
}
} // namespace

CaseFileOpener::CaseFileOpener(QString backupRoot, const core::Clock& clock)
    : m_backupRoot(std::move(backupRoot)), m_clock(clock)
{
}

QString CaseFileOpener::fileFilter() { return tr("WalletCase case files (*.wcase)"); }

std::unique_ptr<core::CaseStore> CaseFileOpener::open(QString path, bool createIfMissing,
                                                      QWidget* parent, bool atStartup)
{
    core::BackupManager backups(m_backupRoot);
    for (;;) {
        core::CaseStore::OpenOptions options;
        options.createIfMissing = createIfMissing;
        options.clock = &m_clock;
        auto opened = core::CaseStore::open(path, options);
        if (opened)
            return std::move(*opened);

        const core::Error& error = opened.error();
        qCWarning(lcOpen) << "cannot open case file:" << error.detail;
        const bool canRestore = damaged(error.code)
            && (!backups.backupsFor(path).isEmpty() || !backups.setAsideFor(path).isEmpty());

        // A name given on the command line that is not there yet (walletcase ~/mum.wcase):
        // what the user most likely wants is that file, new; they are asked, since a typing
        // slip would otherwise leave an empty case file behind.
        const bool missing = error.code == ErrorCode::NotFound;
        QList<MessageBox::Choice> choices;
        if (missing)
            choices << MessageBox::Choice{CreateHere, tr("Create It"), QMessageBox::AcceptRole};
        if (canRestore)
            choices << MessageBox::Choice{Restore, tr("Restore a Backup…"),
                                          QMessageBox::AcceptRole};
        if (error.code == ErrorCode::AlreadyOpen || error.code == ErrorCode::Busy
            || error.code == ErrorCode::DiskFull)
            choices << MessageBox::Choice{Retry, tr("Try again"), QMessageBox::AcceptRole};
        choices << MessageBox::Choice{OpenOther, tr("Open another file…"), QMessageBox::ActionRole}
                << MessageBox::Choice{CreateNew, tr("New case file…"), QMessageBox::ActionRole}
                << MessageBox::Choice{Quit, atStartup ? tr("Quit") : tr("Cancel"),
                                       QMessageBox::RejectRole};

        QString text = missing
            ? tr("There is no case file “%1” yet. Create a new, empty case file with this name?")
                  .arg(QFileInfo(path).fileName())
            : tr("WalletCase cannot open “%1”.").arg(QFileInfo(path).fileName()) + u"\n\n"_s
                + error.message;
        if (canRestore)
            text += u"\n\n"_s
                + tr("Restoring a backup keeps this file beside it, renamed; nothing is deleted.");
        const int choice =
            MessageBox::ask(parent, missing ? QMessageBox::Question : QMessageBox::Warning,
                            missing ? tr("New case file?") : tr("Cannot open the case file"),
                            text, choices,
                            missing ? CreateHere : (canRestore ? Restore : OpenOther),
                            QDir::toNativeSeparators(path));
        switch (choice) {
        case CreateHere:
            createIfMissing = true;
            break;
        case Restore:
            restoreChosen(path, backups, parent);
            createIfMissing = false;
            break;
        case Retry:
            break;
        case OpenOther: {
            const QString chosen =
                FileDialog::openFileName(parent, tr("Open case file"), fileFilter());
            if (!chosen.isEmpty()) {
                path = chosen;
                createIfMissing = false;
            }
            break;
        }
        case CreateNew: {
            QString chosen = FileDialog::saveFileName(parent, tr("New case file"), fileFilter(),
                                                      QDir::home().filePath(u"cases.wcase"_s));
            if (!chosen.isEmpty()) {
                if (QFileInfo(chosen).suffix().isEmpty())
                    chosen += u".wcase"_s;
                path = chosen;
                createIfMissing = true;
            }
            break;
        }
        default:
            return nullptr;
        }
    }
}

void CaseFileOpener::restoreChosen(const QString& path, core::BackupManager& backups,
                                   QWidget* parent) const
{
    const auto picked =
        RestoreChoiceDialog::choose(backups.summariesFor(path), backups.setAsideFor(path), parent);
    if (!picked)
        return;
    const auto done = picked->setAside ? backups.putBack(path, picked->path, m_clock.nowMs())
                                       : backups.restoreBackup(path, picked->path, m_clock.nowMs());
    if (!done) {
        MessageBox::inform(parent, QMessageBox::Critical, tr("Restore failed"),
                           done.error().message);
        return;
    }
    const QString kept = done->isEmpty()
        ? QString()
        : u"\n\n"_s
            + tr("The file that was there is kept as “%1” in the same folder.")
                  .arg(QFileInfo(*done).fileName());
    MessageBox::inform(parent, QMessageBox::Information,
                       picked->setAside ? tr("File put back") : tr("Backup restored"),
                       (picked->setAside ? tr("The set-aside file is back in place.")
                                         : tr("The backup you chose has been restored."))
                           + kept);
}

} // namespace wc::gui
