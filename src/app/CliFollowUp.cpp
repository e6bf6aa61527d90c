// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "CliFollowUp.h"

#include "CliCommands.h"
#include "exchange/IcsExport.h"
#include "followup/FollowUpTime.h"
#include "store/CaseStore.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCliFollowUp, "walletcase.cli.followup")

namespace wc::app::cli {

namespace {

std::unique_ptr<core::CaseStore> openExisting(const QString& file)
{
    auto store = core::CaseStore::open(file);
    if (!store) {
        printError(file + u": "_s + store.error().message);
        qCWarning(lcCliFollowUp) << "open failed:" << int(store.error().code)
                                 << store.error().detail;
        return nullptr;
    }
    return std::move(*store);
}

// One line per reminder: a tab or line break in the text would break the columns.
QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text.trimmed();
}

} // namespace

int reminders(const QString& file, const QString& dueBy)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    std::optional<qint64> until = core::Clock::system().nowMs();
    if (!dueBy.isEmpty()) {
        until = core::followup::parseMoment(dueBy, zone, true);
        if (!until) {
            printError(Text::tr("--due-by needs a date or a date and time in ISO 8601, such as "
                                "2026-03-01 or 2026-03-01T09:00 (local time) or "
                                "2026-03-01T01:00:00Z."));
            return UsageError;
        }
    }
    auto store = openExisting(file);
    if (!store)
        return CannotOpen;
    auto due = store->dueReminders(*until);
    if (!due) {
        printError(file + u": "_s + due.error().message);
        qCWarning(lcCliFollowUp) << "reminders failed:" << due.error().detail;
        return Failed;
    }
    for (const core::Reminder& r : std::as_const(*due)) {
        printOut(core::followup::isoInZone(r.effectiveDueAt(), zone) + u'\t' +
                 QString::number(r.caseId) + u'\t' + r.kind + u'\t' + oneLine(r.text));
    }
    return Success;
}

int exportIcs(const QString& file, std::optional<qint64> caseId, const QString& out)
{
    auto store = openExisting(file);
    if (!store)
        return CannotOpen;
    core::IcsExport::Options options;
    options.nowMs = core::Clock::system().nowMs();
    options.productVersion = QStringLiteral(WC_VERSION);
    auto ics = caseId ? core::IcsExport::forCase(*store, *caseId, options)
                      : core::IcsExport::allPending(*store, options);
    if (!ics) {
        if (caseId && ics.error().code == core::ErrorCode::NotFound) {
            printError(Text::tr("%1: there is no case with the id %2 (see “walletcase search”).")
                           .arg(file)
                           .arg(*caseId));
        } else {
            printError(file + u": "_s + ics.error().message);
        }
        qCWarning(lcCliFollowUp) << "ics export failed:" << ics.error().detail;
        return Failed;
    }
    if (!writeOutput(out, *ics,
                     Text::tr("The calendar could not be written to standard output."),
                     Text::tr("%1: the calendar could not be written (%2). Check that the folder "
                              "exists, that you may write to it and that the disk is not full.")))
        return Failed;
    return Success;
}

} // namespace wc::app::cli
