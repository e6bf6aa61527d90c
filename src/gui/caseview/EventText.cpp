// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/EventText.h"

#include "cases/CaseChronology.h"
#include "gui/caseview/CaseOutcomeBox.h"
#include "gui/caseview/CaseText.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/Taxonomy.h"
#include "model/PromiseDate.h"
#include "store/CaseStore.h"

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QJsonObject payloadOf(const core::CaseEvent& event)
{
    return QJsonDocument::fromJson(event.payload.toUtf8()).object();
}

qint64 int64Of(const QJsonObject& payload, const QString& key)
{
    return qint64(payload.value(key).toDouble());
}

QString evidenceKind(const QString& key)
{
    if (key == u"screenshot")
        return EventText::tr("screenshot");
    if (key == u"file")
        return EventText::tr("file");
    if (key == u"chat_log")
        return EventText::tr("chat log");
    if (key == u"email")
        return EventText::tr("email");
    if (key == u"statement")
        return EventText::tr("statement");
    return EventText::tr("other");
}

QString reminderKind(const QString& key)
{
    if (key == u"follow_up")
        return EventText::tr("follow-up");
    if (key == u"promise")
        return EventText::tr("promise to check");
    if (key == u"reply_deadline")
        return EventText::tr("reply deadline");
    if (key == u"claim_deadline")
        return EventText::tr("claim deadline");
    return EventText::tr("reminder");
}

// An employee ID as typed, without a label the user typed with it ("工号 ZFB-2231"), so the
// line does not say "employee ID 工号 ZFB-2231".
QString bareAgentId(const QString& typed)
{
    static const QRegularExpression label(u"^(工号|employee id)\\s*[:：]?\\s*"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QString id = typed.trimmed();
    id.remove(label);
    return id.isEmpty() ? typed.trimmed() : id;
}

QString quoted(const QString& text)
{
    return EventText::tr("“%1”").arg(text.simplified());
}

QString describeCase(const QString& what, const QJsonObject& p, const EventText::Context& c)
{
    if (what == u"created") {
        QString problem = CaseText::subtype(c.taxonomy, p.value(u"subtype").toString(), c.language);
        if (problem.isEmpty())
            problem = CaseText::family(c.taxonomy, p.value(u"family").toString(), c.language);
        return problem.isEmpty() ? EventText::tr("Case started")
                                 : EventText::tr("Case started: %1").arg(problem);
    }
    if (what == u"status") {
        return EventText::tr("Status changed from %1 to %2")
            .arg(CaseText::status(p.value(u"from").toString()),
                 CaseText::status(p.value(u"to").toString()));
    }
    if (what == u"updated") {
        QStringList fields;
        for (const QJsonValue& field : p.value(u"fields").toArray())
            fields << EventText::fieldName(field.toString());
        return fields.isEmpty()
                   ? EventText::tr("Case changed")
                   : EventText::tr("Changed: %1").arg(fields.join(EventText::tr(", ")));
    }
    return {};
}

QString describeChecklist(const QString& what, const QJsonObject& p, const EventText::Context& c)
{
    const QString key = p.value(u"item").toString();
    const QString label = c.stepLabels.value(key, key);
    if (what == u"added") {
        return p.value(u"done").toBool() ? EventText::tr("First step noted as done: %1").arg(label)
                                         : EventText::tr("First step to do: %1").arg(label);
    }
    if (what == u"ticked") {
        if (p.contains(u"done_at"))
            return EventText::tr("First step done: %1, at %2")
                .arg(label, CaseText::dateTime(int64Of(p, u"done_at"_s), c.zone));
        return EventText::tr("First step done: %1").arg(label);
    }
    if (what == u"updated")
        return EventText::tr("First step marked as not done: %1").arg(label);
    if (what == u"removed")
        return EventText::tr("A first step was taken off the list");
    return {};
}

QString describeTransaction(const QString& what, const QJsonObject& p, const EventText::Context& c)
{
    const qint64 id = int64Of(p, u"id"_s);
    QString reference = p.value(u"reference").toString();
    if (reference.isEmpty() && c.transactions.contains(id))
        reference = c.transactions.value(id).reference;
    if (what == u"added") {
        const QString amount =
            CaseText::money(int64Of(p, u"amount_minor"_s), p.value(u"currency").toString());
        return reference.isEmpty()
                   ? EventText::tr("Transaction added: %1").arg(amount)
                   : EventText::tr("Transaction added: %1, reference %2").arg(amount, reference);
    }
    if (what == u"updated") {
        return reference.isEmpty()
                   ? EventText::tr("Transaction changed")
                   : EventText::tr("Transaction changed: reference %1").arg(reference);
    }
    if (what == u"removed")
        return EventText::tr("Transaction removed");
    return {};
}

QString describeEvidence(const QString& what, const QJsonObject& p)
{
    const QString title = p.value(u"title").toString().trimmed();
    const QString named = title.isEmpty() ? EventText::tr("(untitled)") : quoted(title);
    if (what == u"added") {
        return EventText::tr("Evidence added: %1 (%2, %3)")
            .arg(named, evidenceKind(p.value(u"kind").toString()),
                 CaseText::dataSize(int64Of(p, u"size"_s)));
    }
    if (what == u"updated")
        return EventText::tr("Evidence changed: %1").arg(named);
    if (what == u"removed")
        return EventText::tr("Evidence removed: %1").arg(named);
    return {};
}

QString describeContact(const QString& what, const QJsonObject& p, const EventText::Context& c)
{
    const qint64 id = int64Of(p, u"id"_s);
    const core::Contact contact = c.contacts.value(id);
    QString channel = p.value(u"channel").toString();
    if (channel.isEmpty())
        channel = contact.channel;
    const bool logged = p.contains(u"occurred_at");
    const qint64 when = logged ? int64Of(p, u"occurred_at"_s) : contact.occurredAt;
    // A contact logged by its day only shows no time of day.
    const bool timeKnown = logged ? p.value(u"time_known").toBool(true) : contact.timeKnown;
    const QString at =
        timeKnown ? CaseText::dateTime(when, c.zone) : CaseText::date(when, c.zone);
    const QString how = channel.isEmpty() ? QString() : CaseText::contactChannel(channel);
    if (what == u"logged") {
        if (how.isEmpty())
            return EventText::tr("Contact logged");
        return when > 0 ? EventText::tr("Contact logged: %1, %2").arg(how, at)
                        : EventText::tr("Contact logged: %1").arg(how);
    }
    if (what == u"updated") {
        if (how.isEmpty())
            return EventText::tr("Contact changed");
        return when > 0
                   ? EventText::tr("Contact changed: %1, %2").arg(how, at)
                   : EventText::tr("Contact changed: %1").arg(how);
    }
    if (what == u"removed")
        return EventText::tr("Contact removed");
    return {};
}

QString describeLetter(const QString& what, const QJsonObject& p, const EventText::Context& c)
{
    const qint64 id = int64Of(p, u"id"_s);
    QString kind = p.value(u"kind").toString();
    if (kind.isEmpty() && c.letters.contains(id))
        kind = c.letters.value(id).kind;
    const QString name = kind.isEmpty() ? EventText::tr("a letter") : CaseText::letterKind(kind);
    if (what == u"created") {
        const QString language = p.value(u"language").toString();
        return language.isEmpty() ? EventText::tr("Letter drafted: %1").arg(name)
                                  : EventText::tr("Letter drafted: %1 (%2)")
                                        .arg(name, CaseText::languageName(language));
    }
    if (what == u"sent") {
        QString text = EventText::tr("Letter sent: %1").arg(name);
        const QString channel = p.value(u"channel").toString();
        if (!channel.isEmpty())
            text = EventText::tr("%1, by %2", "letter sent, by <channel>")
                       .arg(text, CaseText::contactChannel(channel).toLower());
        const QString reference = p.value(u"reference").toString().trimmed();
        if (!reference.isEmpty())
            text = EventText::tr("%1, reference %2", "letter sent…, reference <number>")
                       .arg(text, reference);
        return text;
    }
    if (what == u"updated") {
        const QString status = p.value(u"status").toString();
        return status.isEmpty() ? EventText::tr("Letter changed: %1").arg(name)
                                : EventText::tr("Letter changed: %1 (%2)")
                                      .arg(name, CaseText::letterStatus(status).toLower());
    }
    if (what == u"removed")
        return EventText::tr("Letter deleted");
    return {};
}

QString describeReminder(const QString& what, const QJsonObject& p, const EventText::Context& c)
{
    const qint64 id = int64Of(p, u"id"_s);
    QString kind = p.value(u"kind").toString();
    if (kind.isEmpty() && c.reminders.contains(id))
        kind = c.reminders.value(id).kind;
    const QString due =
        p.contains(u"due_at") ? CaseText::dateTime(int64Of(p, u"due_at"_s), c.zone) : QString();
    const QString name = kind.isEmpty() ? EventText::tr("reminder") : reminderKind(kind);
    if (what == u"added")
        return EventText::tr("Reminder set for %1: %2").arg(due, name);
    if (what == u"done") {
        // WalletCase completed it itself because the case records what it asked for.
        const QString reason = p.value(u"reason").toString();
        if (reason == u"letter_to_company")
            return EventText::tr("Reminder done: %1 (your letter to the company is recorded as "
                                 "sent)")
                .arg(name);
        if (reason == u"contact_with_company")
            return EventText::tr("Reminder done: %1 (your contact with the company is logged)")
                .arg(name);
        if (reason == u"first_step")
            return EventText::tr("Reminder done: %1 (the first step that does it is ticked)")
                .arg(name);
        return EventText::tr("Reminder done: %1").arg(name);
    }
    if (what == u"snoozed")
        return EventText::tr("Reminder put off until %1").arg(due);
    if (what == u"updated") {
        return due.isEmpty() ? EventText::tr("Reminder changed: %1").arg(name)
                             : EventText::tr("Reminder changed: %1, due %2").arg(name, due);
    }
    if (what == u"removed")
        return EventText::tr("Reminder removed");
    return {};
}

} // namespace

EventText::Context EventText::contextFor(const core::CaseSnapshot& s,
                                         const core::Taxonomy* taxonomy, const QString& language)
{
    Context c;
    c.taxonomy = taxonomy;
    c.language = language;
    c.zone = core::CaseTimeZone::zoneFor(s.record);
    // A step the guidance knows is named in the interface's language (the stored label is in
    // the language the case was started in: Chinese entries in an English window otherwise);
    // a step the user wrote keeps the words the case shows.
    for (const core::ChecklistItem& item : s.checklist) {
        if (!item.label.isEmpty())
            c.stepLabels.insert(item.itemKey, item.label);
    }
    if (taxonomy) {
        for (const core::ChecklistStep& step : taxonomy->checklist(s.record.family)) {
            if (const QString label = step.label.text(language); !label.isEmpty())
                c.stepLabels.insert(step.key, label);
        }
    }
    for (const core::Letter& letter : s.letters)
        c.letters.insert(letter.id, letter);
    for (const core::Contact& contact : s.contacts)
        c.contacts.insert(contact.id, contact);
    for (const core::TransactionRecord& t : s.transactions)
        c.transactions.insert(t.id, t);
    for (const core::Reminder& reminder : s.reminders)
        c.reminders.insert(reminder.id, reminder);
    return c;
}

QString EventText::category(const QString& kind)
{
    if (kind == u"case.status")
        return u"status"_s;
    const QString head = kind.section(u'.', 0, 0);
    static const QStringList known = {u"case"_s,    u"checklist"_s, u"transaction"_s, u"evidence"_s,
                                      u"contact"_s, u"letter"_s,    u"reminder"_s};
    return known.contains(head) ? head : u"other"_s;
}

qint64 EventText::subjectId(const core::CaseEvent& event)
{
    return int64Of(payloadOf(event), u"id"_s);
}

QString EventText::describe(const core::CaseEvent& event, const Context& context)
{
    const QJsonObject p = payloadOf(event);
    const QString head = event.kind.section(u'.', 0, 0);
    const QString what = event.kind.section(u'.', 1);
    QString text;
    if (head == u"case")
        text = describeCase(what, p, context);
    else if (head == u"checklist")
        text = describeChecklist(what, p, context);
    else if (head == u"transaction")
        text = describeTransaction(what, p, context);
    else if (head == u"evidence")
        text = describeEvidence(what, p);
    else if (head == u"contact")
        text = describeContact(what, p, context);
    else if (head == u"letter")
        text = describeLetter(what, p, context);
    else if (head == u"reminder")
        text = describeReminder(what, p, context);
    // A kind from a newer version of WalletCase: named by its key rather than hidden.
    return text.isEmpty() ? tr("Recorded: %1").arg(event.kind) : text;
}

QString EventText::fieldName(const QString& field)
{
    static const QHash<QString, const char*> names = {
        {u"title"_s, QT_TR_NOOP("title")},
        {u"family"_s, QT_TR_NOOP("kind of problem")},
        {u"subtype"_s, QT_TR_NOOP("problem")},
        {u"provider"_s, QT_TR_NOOP("wallet or company")},
        {u"incident_at"_s, QT_TR_NOOP("when it happened")},
        {u"amount"_s, QT_TR_NOOP("amount")},
        {u"references"_s, QT_TR_NOOP("references")},
        {u"account_ref"_s, QT_TR_NOOP("account")},
        {u"description"_s, QT_TR_NOOP("what happened")},
        {u"remedies"_s, QT_TR_NOOP("remedy wanted")},
        {u"language"_s, QT_TR_NOOP("letter language")},
        {u"time_zone"_s, QT_TR_NOOP("time zone")},
        {u"wizard_step"_s, QT_TR_NOOP("progress in the guide")},
        {u"outcome"_s, QT_TR_NOOP("outcome")},
    };
    const auto found = names.constFind(field);
    return found == names.cend() ? field : tr(found.value());
}

QString EventText::outcome(const QString& key)
{
    // The Overview's words for it, so the timeline and the outcome box agree.
    return CaseOutcomeBox::outcomeName(key);
}

QString EventText::kindOf(const core::ChronologyEntry& entry)
{
    using Kind = core::ChronologyEntry::Kind;
    switch (entry.kind) {
    case Kind::Incident:
        return u"case.created"_s;
    case Kind::Transaction:
        return u"transaction.added"_s;
    case Kind::StepDone:
        return u"checklist.ticked"_s;
    case Kind::Contact:
    case Kind::PromiseDue:
        return u"contact.logged"_s;
    case Kind::LetterSent:
    case Kind::ReplyDue:
        return u"letter.sent"_s;
    case Kind::Deadline:
        return u"reminder.added"_s;
    case Kind::Closed:
        return u"case.status"_s;
    }
    return u"other"_s;
}

QString EventText::when(const core::ChronologyEntry& entry, const Context& context)
{
    return entry.dateOnly ? CaseText::date(entry.at, context.zone)
                          : CaseText::dateTime(entry.at, context.zone);
}

QString EventText::state(const core::ChronologyEntry& entry, const Context& context)
{
    using State = core::ChronologyEntry::State;
    switch (entry.state) {
    case State::None:
        return {};
    case State::Upcoming:
        return tr("Not yet due");
    case State::Met:
        return tr("Met");
    case State::Missed:
        return entry.answeredAt
                   ? tr("Missed (answered %1)")
                         .arg(CaseText::date(*entry.answeredAt, context.zone))
                   : tr("Missed");
    }
    return {};
}

QString EventText::describe(const core::ChronologyEntry& e, const Context& c)
{
    using Kind = core::ChronologyEntry::Kind;
    const QString separator = tr(", ");
    switch (e.kind) {
    case Kind::Incident: {
        QString problem = CaseText::subtype(c.taxonomy, e.record.subtype, c.language);
        if (problem.isEmpty())
            problem = CaseText::family(c.taxonomy, e.record.family, c.language);
        QString text = problem.isEmpty() ? tr("The incident") : tr("The incident: %1").arg(problem);
        if (e.record.amountMinor)
            text = tr("%1 (%2)", "incident (amount)")
                       .arg(text, CaseText::money(*e.record.amountMinor, e.record.currency));
        return text;
    }
    case Kind::Transaction: {
        const core::TransactionRecord& t = e.transaction;
        const QString amount = CaseText::money(t.amountMinor, t.currency);
        QStringList parts{t.direction == core::direction::In ? tr("Money received: %1").arg(amount)
                                                             : tr("Payment: %1").arg(amount)};
        if (!t.counterparty.trimmed().isEmpty())
            parts << t.counterparty.trimmed();
        // Two meanings of "reference" that Chinese names differently: the payment's own
        // transaction number here (交易号), the company's ticket for a contact (受理编号).
        if (!t.reference.trimmed().isEmpty())
            parts << tr("reference %1", "a payment's transaction number (交易号), not a ticket")
                         .arg(t.reference.trimmed());
        return parts.join(separator);
    }
    case Kind::StepDone: {
        const QString label = c.stepLabels.value(e.step.itemKey, e.step.label);
        return tr("First step done: %1").arg(label.isEmpty() ? e.step.label : label);
    }
    case Kind::Contact: {
        const core::Contact& ct = e.contact;
        const QString how = CaseText::contactChannel(ct.channel);
        QStringList parts{ct.direction == u"incoming" ? tr("They contacted me: %1").arg(how)
                                                      : tr("I contacted them: %1").arg(how)};
        if (!ct.agentName.trimmed().isEmpty())
            parts << ct.agentName.trimmed();
        if (!ct.agentId.trimmed().isEmpty())
            parts << tr("employee ID %1").arg(bareAgentId(ct.agentId));
        if (!ct.reference.trimmed().isEmpty())
            parts << tr("reference %1",
                        "the ticket or case number the company gave for a contact (受理编号)")
                         .arg(ct.reference.trimmed());
        QString text = parts.join(separator);
        if (!ct.promise.trimmed().isEmpty()) {
            // ", by <date>" only when the words do not say the day already.
            const bool dated = ct.promisedBy
                && !core::promiseNamesDate(
                    ct.promise, QDateTime::fromMSecsSinceEpoch(*ct.promisedBy, c.zone).date());
            text = dated
                       ? tr("%1 — promised: %2, by %3")
                             .arg(text, ct.promise.simplified(),
                                  CaseText::date(*ct.promisedBy, c.zone))
                       : tr("%1 — promised: %2").arg(text, ct.promise.simplified());
        }
        return text;
    }
    case Kind::LetterSent: {
        QString text = tr("Letter sent: %1").arg(CaseText::letterKind(e.letter.kind));
        if (!e.letter.channel.isEmpty())
            text = tr("%1, by %2", "letter sent, by <channel>")
                       .arg(text, CaseText::contactChannel(e.letter.channel).toLower());
        if (!e.letter.reference.trimmed().isEmpty())
            text = tr("%1, reference %2", "letter sent…, reference <number>")
                       .arg(text, e.letter.reference.trimmed());
        return text;
    }
    case Kind::ReplyDue:
        return tr("Reply asked for by this date (%1 sent %2)")
            .arg(CaseText::letterKind(e.letter.kind),
                 CaseText::date(e.letter.sentAt.value_or(0), c.zone));
    case Kind::PromiseDue: {
        const core::Contact& ct = e.contact;
        QString who = ct.agentName.trimmed();
        if (!ct.agentId.trimmed().isEmpty())
            who = who.isEmpty() ? tr("employee ID %1").arg(bareAgentId(ct.agentId))
                                : tr("%1, employee ID %2").arg(who, bareAgentId(ct.agentId));
        const QString promise = ct.promise.trimmed().isEmpty()
                                    ? tr("(no words given)")
                                    : u"“"_s + ct.promise.simplified() + u"”"_s;
        // "Promise due", not "Promised by this date": the promise's own words often say "by
        // December 9" already ("Promised by this date: refund by December 9").
        return who.isEmpty()
                   ? tr("Promise due: %1 (%2)")
                         .arg(promise, CaseText::date(ct.occurredAt, c.zone))
                   : tr("Promise due: %1 (%2, %3)")
                         .arg(promise, who, CaseText::date(ct.occurredAt, c.zone));
    }
    case Kind::Deadline:
        return tr("Deadline: %1").arg(e.reminder.text.simplified());
    case Kind::Closed: {
        QString text = e.record.outcome.isEmpty()
                           ? tr("Case closed: %1").arg(CaseText::status(e.record.status))
                           : tr("Case closed: %1").arg(outcome(e.record.outcome));
        if (e.record.recoveredMinor && *e.record.recoveredMinor > 0)
            text = tr("%1, %2 recovered")
                       .arg(text, CaseText::money(*e.record.recoveredMinor, e.record.currency));
        if (!e.record.outcomeNote.trimmed().isEmpty())
            text = tr("%1 — %2").arg(text, e.record.outcomeNote.simplified());
        return text;
    }
    }
    return {};
}

QIcon EventText::icon(const QString& kind)
{
    struct Look
    {
        QColor colour;
        char16_t glyph;
    };
    static const QHash<QString, Look> looks = {
        {u"case"_s, {QColor(0x1a, 0x6f, 0xd1), u'\u270E'}},        // ✎
        {u"status"_s, {QColor(0x6a, 0x3d, 0xb8), u'\u21C4'}},      // ⇄
        {u"checklist"_s, {QColor(0x1e, 0x8a, 0x4c), u'\u2713'}},   // ✓
        {u"transaction"_s, {QColor(0x00, 0x79, 0x7a), u'\u00A4'}}, // ¤
        {u"evidence"_s, {QColor(0xc2, 0x6a, 0x00), u'\u25A3'}},    // ▣
        {u"contact"_s, {QColor(0x3f, 0x51, 0xb5), u'\u260E'}},     // ☎
        {u"letter"_s, {QColor(0x0d, 0x47, 0xa1), u'\u2709'}},      // ✉
        {u"reminder"_s, {QColor(0xb2, 0x6a, 0x00), u'\u25F7'}},    // ◷
        {u"other"_s, {QColor(0x75, 0x75, 0x75), u'\u2022'}},       // •
    };
    static QHash<QString, QIcon> cache;
    const QString which = category(kind);
    if (const auto cached = cache.constFind(which); cached != cache.cend())
        return *cached;
    const Look look = looks.value(which, looks.value(u"other"_s));
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(look.colour);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont font = painter.font();
        font.setPixelSize(qMax(8, size * 5 / 8));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString(QChar(look.glyph)));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(which, icon);
    return icon;
}

} // namespace wc::gui
