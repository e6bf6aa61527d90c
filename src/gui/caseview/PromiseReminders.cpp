// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/PromiseReminders.h"

#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "guidance/CaseTimeZone.h"
#include "store/CaseStore.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

const QString PromiseKind = u"promise"_s;

core::Result<QList<core::Reminder>> promiseRemindersOf(core::CaseStore& store, qint64 caseId,
                                                       qint64 contactId)
{
    auto all = store.reminders(caseId);
    if (!all)
        return std::move(all).error();
    QList<core::Reminder> out;
    for (const core::Reminder& reminder : std::as_const(*all)) {
        if (reminder.kind == PromiseKind && reminder.contactId == contactId)
            out << reminder;
    }
    return out;
}

} // namespace

qint64 PromiseReminders::dueAt(qint64 promisedBy, const QTimeZone& zone)
{
    const QTimeZone in = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return core::followup::atLocalTime(core::followup::localDate(promisedBy, in), in,
                                       AppSettings::reminderTime());
}

QString PromiseReminders::text(const core::Contact& c)
{
    QString who = c.agentName.trimmed();
    if (!c.agentId.trimmed().isEmpty())
        who = who.isEmpty()
                  ? c.agentId.trimmed()
                  : tr("%1 (ID %2)", "agent name (employee ID)").arg(who, c.agentId.trimmed());
    const QString channel = CaseText::contactChannel(c.channel);
    // The user's words end as a sentence: the reference and the advice follow them.
    QString promise = c.promise.simplified();
    if (!promise.isEmpty() && !QStringLiteral(".!?。！？…").contains(promise.back()))
        promise += tr(".", "ends the promise's sentence");
    QString text;
    if (who.isEmpty()) {
        text =
            c.promise.trimmed().isEmpty()
                ? tr("Promised on the %1 contact: an answer by today.").arg(channel.toLower())
                : tr("Promised on the %1 contact: %2").arg(channel.toLower(), promise);
    } else {
        text = c.promise.trimmed().isEmpty()
                   ? tr("%1 (%2) promised an answer by today.").arg(who, channel.toLower())
                   : tr("%1 (%2) promised: %3").arg(who, channel.toLower(), promise);
    }
    // Sentences are joined by a space in English; after a Chinese full stop there is none.
    const auto append = [&text](const QString& sentence) {
        if (!text.isEmpty() && !QStringLiteral("。！？").contains(text.back()))
            text += u' ';
        text += sentence;
    };
    if (!c.reference.trimmed().isEmpty())
        append(tr("Reference: %1.").arg(c.reference.trimmed()));
    append(tr("Check that it happened; if not, follow up."));
    return text;
}

core::Result<qint64> PromiseReminders::save(core::CaseStore& store, const core::Contact& input)
{
    qint64 id = input.id;
    auto done = store.runBatch([&]() -> core::Result<void> {
        core::Contact contact = input;
        if (contact.id > 0) {
            WC_TRY(store.updateContact(contact));
        } else {
            auto added = store.addContact(contact);
            if (!added)
                return std::move(added).error();
            id = *added;
            contact.id = id;
        }
        auto existing = promiseRemindersOf(store, contact.caseId, id);
        if (!existing)
            return std::move(existing).error();
        if (!contact.promisedBy) {
            for (const core::Reminder& reminder : std::as_const(*existing))
                WC_TRY(store.removeReminder(reminder.id));
            return {};
        }
        // The promised day is the case's: the reminder comes that morning there.
        auto record = store.caseById(contact.caseId);
        if (!record)
            return std::move(record).error();
        const qint64 due = dueAt(*contact.promisedBy, core::CaseTimeZone::zoneFor(*record));
        const QString wording = text(contact);
        if (existing->isEmpty()) {
            core::Reminder reminder;
            reminder.caseId = contact.caseId;
            reminder.kind = PromiseKind;
            reminder.contactId = id;
            reminder.dueAt = due;
            reminder.text = wording;
            auto added = store.addReminder(reminder);
            if (!added)
                return std::move(added).error();
            return {};
        }
        core::Reminder reminder = existing->first();
        for (qsizetype i = 1; i < existing->size(); ++i)
            WC_TRY(store.removeReminder(existing->at(i).id)); // one promise, one reminder
        if (reminder.dueAt == due && reminder.text == wording)
            return {};
        if (reminder.dueAt != due) {
            // A new date is a new promise to check: whatever was done about the old one is past.
            reminder.dueAt = due;
            reminder.snoozedUntil.reset();
            reminder.state = u"pending"_s;
            reminder.doneAt.reset();
        }
        reminder.text = wording;
        return store.updateReminder(reminder);
    });
    if (!done)
        return std::move(done).error();
    return id;
}

core::Result<void> PromiseReminders::remove(core::CaseStore& store, const core::Contact& contact)
{
    return store.runBatch([&]() -> core::Result<void> {
        auto existing = promiseRemindersOf(store, contact.caseId, contact.id);
        if (!existing)
            return std::move(existing).error();
        for (const core::Reminder& reminder : std::as_const(*existing))
            WC_TRY(store.removeReminder(reminder.id));
        return store.removeContact(contact.id);
    });
}

} // namespace wc::gui
