// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wc::core {

class CaseStore;

// One calendar entry: a pending reminder of a case.
struct IcsEvent
{
    QString uid; // stable per reminder: re-importing updates the entry instead of doubling it
    qint64 startAt = 0; // UTC ms: the reminder's effective due time
    QString summary;
    QString description;
};

// Writes pending reminders as an iCalendar file (RFC 5545) with libical, for any calendar app.
// Each reminder is a VEVENT with a display VALARM at its start, not a VTODO: every common
// calendar (Google Calendar, Outlook, Apple Calendar, Thunderbird) imports events and their
// alarms, while to-dos are ignored on import by several of them — and a reminder the user never
// sees is worth nothing. DTSTART is in UTC, so the file needs no time-zone definitions.
class IcsExport
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::IcsExport)

public:
    struct Options
    {
        qint64 nowMs = 0;       // DTSTAMP
        QString productVersion; // in PRODID
        int durationMinutes = 15;
    };

    // "<case uuid>-reminder-<id>@walletcase": the same for every export of that reminder.
    static QString uidFor(const QString& caseUuid, qint64 reminderId);

    static Result<QByteArray> write(const QList<IcsEvent>& events, const Options& options);
    // The pending reminders of one case.
    static Result<QByteArray> forCase(CaseStore& store, qint64 caseId, const Options& options);
    // Every pending reminder in the file, soonest first.
    static Result<QByteArray> allPending(CaseStore& store, const Options& options);
    // The kind of reminder as a title ("Follow up", "Reply deadline" …), in the UI language.
    static QString kindTitle(const QString& kind);
};

} // namespace wc::core
