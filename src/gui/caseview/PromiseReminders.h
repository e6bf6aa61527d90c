// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

// Keeps what a provider promised and its reminder together: a contact with a promised-by date
// has one reminder of kind "promise" (contactId set) due on that day at the user's reminder time
// (AppSettings::reminderTime(), 09:00 unless changed) in the case's zone, naming who promised
// what. A promise is a day: it is shown as a date (CaseText::date in the case's zone). Saving or removing the contact updates or removes its reminder in the same
// transaction, so the case file never holds one without the other.
class PromiseReminders
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::PromiseReminders)

public:
    // The reminder time on the day of `promisedBy` in `zone` (the case's).
    static qint64 dueAt(qint64 promisedBy, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // The reminder's text in the interface language: who promised what, and what to do.
    static QString text(const core::Contact& contact);

    // Adds (id 0) or updates the contact and adds, updates or removes its promise reminder.
    // Returns the contact's id.
    static core::Result<qint64> save(core::CaseStore& store, const core::Contact& contact);
    // Removes the contact (by its id, in its case) and its promise reminder.
    static core::Result<void> remove(core::CaseStore& store, const core::Contact& contact);
};

} // namespace wc::gui
