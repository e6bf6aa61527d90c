// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QIcon>
#include <QString>

namespace wc::core {
class Taxonomy;
struct CaseSnapshot;
struct ChronologyEntry;
} // namespace wc::core

namespace wc::gui {

// How an entry of a case's event log reads in the timeline: one line in the interface language
// saying what happened ("Letter sent: Complaint letter, by email, reference PP-123"), taken from
// the event's kind and its compact JSON payload, with names looked up in the case as it is now
// (a checklist step's label, a letter's kind). It says what changed, not every personal detail:
// a changed description is "Changed: what happened", not the text. Unknown kinds (from a newer
// version) are shown by their key.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::EventText)

public:
    // What the descriptions can name, from the case as it is now.
    struct Context
    {
        const core::Taxonomy* taxonomy = nullptr;
        QString language;                   // for taxonomy names: "zh_CN", "en"
        QHash<QString, QString> stepLabels; // checklist item key -> label
        QHash<qint64, core::Letter> letters;
        QHash<qint64, core::Contact> contacts;
        QHash<qint64, core::TransactionRecord> transactions;
        QHash<qint64, core::Reminder> reminders;
        QTimeZone zone = QTimeZone::systemTimeZone(); // the case's: times in entries read in it
    };

    static Context contextFor(const core::CaseSnapshot& snapshot, const core::Taxonomy* taxonomy,
                              const QString& language);

    static QString describe(const core::CaseEvent& event, const Context& context);
    // A case.updated field name ("incident_at") as the user knows it ("when it happened").
    static QString fieldName(const QString& field);
    // What part of the case an event is about: "case", "status", "checklist", "transaction",
    // "evidence", "contact", "letter", "reminder", or "other".
    static QString category(const QString& kind);
    // A small round icon per category, drawn (the same on every desktop).
    static QIcon icon(const QString& kind);
    // The id an event is about (payload "id"), 0 when none.
    static qint64 subjectId(const core::CaseEvent& event);

    // A step of the story of the dispute (core::CaseChronology) in one line: "Contacted them by
    // hotline: Li Na, employee ID A1024, reference T-778899 — promised a refund by 3 Dec 2026".
    static QString describe(const core::ChronologyEntry& entry, const Context& context);
    // Whether its date was met: "Not yet due", "Met", "Missed"; empty when it has no date to meet.
    static QString state(const core::ChronologyEntry& entry, const Context& context);
    // When it happened: date and time in the case's zone, or only the date for a date the user
    // or the company gave without a time (a promise, a reply date).
    static QString when(const core::ChronologyEntry& entry, const Context& context);
    // The event-log category the entry's icon is drawn from (see icon()).
    static QString kindOf(const core::ChronologyEntry& entry);
    // resolved_fully / resolved_partly / not_resolved in words.
    static QString outcome(const QString& key);
};

} // namespace wc::gui
