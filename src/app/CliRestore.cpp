// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "CliRestore.h"

#include "CliCommands.h"
#include "gui/caseview/CaseText.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCliRestore, "walletcase.cli.restore")

namespace wc::app::cli {

namespace {

using core::ErrorCode;

QString backupRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"backups"_s);
}

// Local time, as the user's clock shows it; ISO so scripts can read it too.
QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s);
}

void reportError(const QString& file, const core::Error& error)
{
    printError(file + u": "_s + error.message);
    qCWarning(lcCliRestore) << "failed:" << int(error.code) << error.detail;
}

// A file that opens and passes every check holds someone's current work: restoring over it
// must be asked for. Returns the number of cases when healthy.
std::optional<qint64> healthyCaseCount(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return std::nullopt;
    core::CaseStore::OpenOptions options;
    auto store = core::CaseStore::open(file, options);
    if (!store)
        return std::nullopt;
    auto problems = (*store)->checkIntegrity();
    if (!problems || !problems->isEmpty())
        return std::nullopt;
    auto count = (*store)->caseCount();
    return count ? std::optional<qint64>(*count) : std::nullopt;
}

int listBackups(const QString& file, const core::BackupManager& backups)
{
    const auto summaries = backups.summariesFor(file);
    if (summaries.isEmpty()) {
        printError(Text::tr("%1: there is no automatic backup of this file.").arg(file));
        return Failed;
    }
    int n = 0;
    for (const core::BackupSummary& s : summaries) {
        // Spelled out rather than "%n case(s)": English has no plural translation file.
        const QString cases = !s.opens       ? Text::tr("damaged")
                              : s.cases == 1 ? Text::tr("1 case")
                                             : Text::tr("%1 cases").arg(s.cases);
        printOut(QString::number(++n) + u'\t' + when(s.info.createdAt) + u'\t' + cases + u'\t'
                 + gui::CaseText::dataSize(s.info.size, QLocale::c()));
    }
    for (const core::BackupInfo& aside : backups.setAsideFor(file))
        printOut(Text::tr("set aside\t%1\t%2").arg(when(aside.createdAt), aside.path));
    return Success;
}

} // namespace

int restore(const QString& file, const RestoreOptions& options)
{
    core::BackupManager backups(backupRoot());
    if (options.list)
        return listBackups(file, backups);

    const auto all = backups.backupsFor(file);
    if (options.backup > all.size()) {
        printError(all.isEmpty()
                       ? Text::tr("%1: there is no automatic backup of this file.").arg(file)
                   : all.size() == 1
                       ? Text::tr("%1: there is only 1 backup; see “walletcase restore --list”.")
                             .arg(file)
                       : Text::tr("%1: there are only %2 backups; see “walletcase restore "
                                  "--list”.")
                             .arg(file)
                             .arg(all.size()));
        return UsageError;
    }
    if (!options.force) {
        if (const auto cases = healthyCaseCount(file)) {
            const QString held = *cases == 1 ? Text::tr("1 case")
                                             : Text::tr("%1 cases").arg(*cases);
            printError(Text::tr("%1 is not damaged (%2), so it was not replaced. To put a backup "
                                "in its place anyway, add --force; the current file is then "
                                "moved aside, not deleted. See the backups with --list.")
                           .arg(file, held));
            qCInfo(lcCliRestore) << "refused to restore over a healthy file";
            return Failed;
        }
    }

    const qint64 now = core::Clock::system().nowMs();
    QString restoredFrom;
    QString aside;
    if (options.backup > 0) {
        restoredFrom = all[options.backup - 1].path;
        auto done = backups.restoreBackup(file, restoredFrom, now);
        if (!done) {
            reportError(file, done.error());
            return done.error().code == ErrorCode::AlreadyOpen ? CannotOpen : Failed;
        }
        aside = *done;
    } else {
        const auto before = backups.setAsideFor(file);
        auto done = backups.restoreNewestGood(file, now);
        if (!done) {
            reportError(file, done.error());
            // A file held by a running window is the same situation as for every other command.
            return done.error().code == ErrorCode::AlreadyOpen ? CannotOpen : Failed;
        }
        restoredFrom = *done;
        const auto after = backups.setAsideFor(file);
        if (after.size() > before.size())
            aside = after.first().path;
    }
    printOut(Text::tr("Restored %1 from the backup %2.").arg(file, restoredFrom));
    if (!aside.isEmpty())
        printOut(Text::tr("The file it replaced was kept as %1.").arg(aside));
    qCInfo(lcCliRestore) << "restored from backup";
    return Success;
}

} // namespace wc::app::cli
