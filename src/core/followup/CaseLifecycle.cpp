// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/CaseLifecycle.h"

#include "store/CaseStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

struct Transition
{
    QLatin1String from;
    QList<QLatin1String> to;
};

// Reopening goes back to awaiting_reply (the company is asked again) or escalated.
const QList<Transition>& transitions()
{
    static const QList<Transition> table{
        {status::Draft, {status::Ready, status::Sent}},
        {status::Ready, {status::Draft, status::Sent, status::ClosedUnresolved}},
        {status::Sent,
         {status::AwaitingReply, status::Escalated, status::Resolved, status::ClosedUnresolved}},
        {status::AwaitingReply,
         {status::Sent, status::Escalated, status::Resolved, status::ClosedUnresolved}},
        {status::Escalated, {status::AwaitingReply, status::Resolved, status::ClosedUnresolved}},
        {status::Resolved, {status::AwaitingReply, status::Escalated}},
        {status::ClosedUnresolved, {status::AwaitingReply, status::Escalated}},
    };
    return table;
}

Error invalid(const QString& message, const QString& detail)
{
    return Error{ErrorCode::InvalidArgument, message, detail};
}

} // namespace

bool CaseLifecycle::canMove(const QString& from, const QString& to)
{
    if (!isKnownStatus(from) || !isKnownStatus(to))
        return false;
    if (from == to)
        return true;
    for (const Transition& t : transitions()) {
        if (t.from == from)
            return std::any_of(t.to.cbegin(), t.to.cend(),
                               [&](QLatin1String s) { return s == to; });
    }
    return false;
}

QStringList CaseLifecycle::nextStatuses(const QString& from)
{
    for (const Transition& t : transitions()) {
        if (t.from == from) {
            QStringList out;
            for (QLatin1String s : t.to)
                out << QString(s);
            return out;
        }
    }
    return {};
}

Result<void> CaseLifecycle::move(CaseStore& store, qint64 caseId, const QString& to)
{
    auto record = store.caseById(caseId);
    if (!record)
        return std::move(record).error();
    if (!canMove(record->status, to)) {
        return invalid(tr("A case cannot go from this status to that one. Choose one of the "
                          "statuses offered."),
                       u"status %1 -> %2 not allowed"_s.arg(record->status, to));
    }
    if (isClosedStatus(to) && !isClosedStatus(record->status)) {
        return invalid(tr("Close the case with its outcome instead."),
                       u"closing needs an outcome"_s);
    }
    if (record->status == to)
        return {};
    record->status = to;
    if (!isClosedStatus(to)) {
        // Reopened: the old outcome no longer describes the case.
        record->outcome.clear();
        record->recoveredMinor.reset();
        record->satisfaction.reset();
        record->outcomeNote.clear();
    }
    return store.updateCase(*record);
}

QString CaseLifecycle::statusAfterSending(const QString& current, const QString& letterKind)
{
    if (isClosedStatus(current))
        return current; // a letter sent after closing does not reopen the case by itself
    if (current == status::Draft || current == status::Ready)
        return QString(status::Sent); // the first letter out, whatever its kind
    const bool escalating = letterKind == u"escalation" || letterKind == u"regulator";
    if (escalating && (current == status::Sent || current == status::AwaitingReply))
        return QString(status::Escalated);
    return current;
}

std::optional<qint64> CaseLifecycle::complaintSentAt(const CaseSnapshot& snapshot)
{
    std::optional<qint64> initial;
    std::optional<qint64> any;
    for (const Letter& l : snapshot.letters) {
        if (l.status != status::Sent || !l.sentAt)
            continue;
        if (!any || *l.sentAt < *any)
            any = l.sentAt;
        if (l.kind == u"initial" && (!initial || *l.sentAt < *initial))
            initial = l.sentAt;
    }
    if (initial)
        return initial;
    if (any)
        return any;
    for (const CaseEvent& e : snapshot.events) {
        if (e.kind != u"case.status" && e.kind != u"case.created")
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        const QString to =
            payload.value(e.kind == u"case.status" ? "to"_L1 : "status"_L1).toString();
        if (to == status::Sent || to == status::AwaitingReply || to == status::Escalated)
            return e.at;
    }
    return std::nullopt;
}

bool CaseLifecycle::wentQuiet(const CaseSnapshot& snapshot)
{
    const auto sent = complaintSentAt(snapshot);
    if (!sent)
        return false;
    return std::none_of(
        snapshot.contacts.cbegin(), snapshot.contacts.cend(),
        [&](const Contact& c) { return c.direction == u"incoming" && c.occurredAt >= *sent; });
}

bool CaseOutcome::showsAReply() const
{
    return outcome == outcome::ResolvedFully || outcome == outcome::ResolvedPartly
        || (recoveredMinor && *recoveredMinor > 0);
}

bool CaseLifecycle::closingNeedsConfirmation(const CaseSnapshot& snapshot)
{
    return !isClosedStatus(snapshot.record.status) && wentQuiet(snapshot);
}

bool CaseLifecycle::closingNeedsConfirmation(const CaseSnapshot& snapshot,
                                             const CaseOutcome& result)
{
    return !result.showsAReply() && closingNeedsConfirmation(snapshot);
}

bool CaseLifecycle::isKnownOutcome(const QString& key)
{
    return key == outcome::ResolvedFully || key == outcome::ResolvedPartly ||
           key == outcome::NotResolved;
}

QString CaseLifecycle::statusFor(const QString& outcomeKey)
{
    return outcomeKey == outcome::NotResolved ? QString(status::ClosedUnresolved)
                                              : QString(status::Resolved);
}

Result<void> CaseLifecycle::close(CaseStore& store, qint64 caseId, const CaseOutcome& result)
{
    if (!isKnownOutcome(result.outcome)) {
        return invalid(tr("Choose how the case ended: resolved fully, resolved partly or not "
                          "resolved."),
                       u"unknown outcome '%1'"_s.arg(result.outcome));
    }
    if (result.satisfaction && (*result.satisfaction < 1 || *result.satisfaction > 5)) {
        return invalid(tr("Satisfaction is a rating from 1 to 5."),
                       u"satisfaction %1"_s.arg(*result.satisfaction));
    }
    if (result.recoveredMinor && *result.recoveredMinor < 0) {
        return invalid(tr("The money recovered cannot be negative."), u"negative recovered"_s);
    }
    return store.runBatch([&]() -> Result<void> {
        auto record = store.caseById(caseId);
        if (!record)
            return std::move(record).error();
        const QString to = statusFor(result.outcome);
        if (!canMove(record->status, to)) {
            return invalid(tr("This case cannot be closed yet: it has not been sent. Delete it "
                              "instead if you no longer need it."),
                           u"close from %1 not allowed"_s.arg(record->status));
        }
        if (!isClosedStatus(record->status))
            record->closedAt.reset(); // the store stamps the moment it closes
        record->status = to;
        record->outcome = result.outcome;
        record->recoveredMinor = result.recoveredMinor;
        record->satisfaction = result.satisfaction;
        record->outcomeNote = result.note.trimmed();
        WC_TRY(store.updateCase(*record));
        auto reminders = store.reminders(caseId);
        if (!reminders)
            return std::move(reminders).error();
        for (Reminder r : std::as_const(*reminders)) {
            if (r.state != u"pending")
                continue;
            r.state = u"dismissed"_s;
            WC_TRY(store.updateReminder(r));
        }
        return {};
    });
}

} // namespace wc::core
