// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The dossier's chronology: the story of the dispute as core::CaseChronology tells it, worded in
// the dossier's language. (The edit log follows as an appendix, DossierSections::editLog.)
#include "cases/CaseChronology.h"
#include "followup/ReminderPurpose.h"
#include "model/PromiseDate.h"
#include "report/DossierSections.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

const QColor kAccent(0x1F, 0x3A, 0x5F);
const QColor kGrey(0x5F, 0x66, 0x70);

} // namespace

QStringList DossierSections::contactDetails(const core::Contact& c) const
{
    QStringList parts;
    const QString agent = c.agentName.trimmed();
    QString agentId = c.agentId.trimmed();
    // An ID typed with its label ("工号 ZFB-2231") is not labelled twice.
    for (const QString& label : {m_t(DossierText::AgentId), u"工号"_s, u"employee ID"_s}) {
        if (!agentId.startsWith(label, Qt::CaseInsensitive))
            continue;
        static const QRegularExpression colon(u"^[:：]\\s*"_s);
        agentId = agentId.mid(label.size()).trimmed().remove(colon);
    }
    if (!agent.isEmpty() && !agentId.isEmpty())
        parts << m_t(DossierText::AgentWithId).arg(agent, agentId);
    else if (!agent.isEmpty())
        parts << agent;
    else if (!agentId.isEmpty())
        parts << m_t(DossierText::AgentId) + u' ' + agentId;
    if (!c.reference.trimmed().isEmpty())
        parts << m_t(DossierText::ReferenceLabel).arg(c.reference.trimmed());
    return parts;
}

void DossierSections::chronology()
{
    using Kind = core::ChronologyEntry::Kind;
    using State = core::ChronologyEntry::State;
    m_flow.newPage();
    m_flow.heading(u"3. "_s + m_t(DossierText::ChronologySection), m_f.heading, kAccent);
    // What is "upcoming" is judged at the time of the export, the time the footer names.
    const QList<core::ChronologyEntry> entries =
        core::CaseChronology::build(m_d.snapshot, m_options.exportedAt, m_options.zone);
    if (entries.isEmpty()) {
        m_flow.text(m_t(DossierText::StoryEmpty), m_f.body, kGrey);
        return;
    }
    FlowTable t{{timeHeader(DossierText::Time), m_t(DossierText::Event), m_t(DossierText::Details),
                 m_t(DossierText::TransactionStatus)},
                {2.2, 3.4, 4.6, 1.6},
                {},
                m_f.small,
                m_f.smallBold};
    const QString lineBreak = u"\n"_s;
    for (const core::ChronologyEntry& e : entries) {
        QString what;
        QStringList details;
        switch (e.kind) {
        case Kind::Incident:
            what = m_t(DossierText::StoryIncident);
            details << problemName();
            if (e.record.amountMinor)
                details << m_t.money(*e.record.amountMinor, e.record.currency);
            break;
        case Kind::Transaction: {
            const QString amount = m_t.money(e.transaction.amountMinor, e.transaction.currency);
            what = e.transaction.direction == core::direction::In
                       ? m_t(DossierText::StoryMoneyBack).arg(amount)
                       : m_t(DossierText::StoryPayment).arg(amount);
            for (const QString& part : {e.transaction.counterparty, e.transaction.status,
                                        e.transaction.note}) {
                if (!part.trimmed().isEmpty())
                    details << part.trimmed();
            }
            if (!e.transaction.reference.isEmpty())
                details << m_t(DossierText::ReferenceLabel).arg(e.transaction.reference);
            break;
        }
        case Kind::StepDone:
            what = m_t(DossierText::StoryStepDone).arg(stepLabel(e.step));
            if (!e.step.note.trimmed().isEmpty())
                details << e.step.note.trimmed();
            break;
        case Kind::Contact: {
            const core::Contact& c = e.contact;
            what = (c.direction == u"incoming"_s ? m_t(DossierText::StoryContactIn)
                                                 : m_t(DossierText::StoryContactOut))
                       .arg(m_t.channel(c.channel));
            details << contactDetails(c);
            if (!c.summary.trimmed().isEmpty())
                details << c.summary.trimmed();
            if (!c.promise.trimmed().isEmpty()) {
                QString promise = m_t(DossierText::PromisedLabel).arg(c.promise.trimmed());
                if (c.promisedBy
                    && !core::promiseNamesDate(c.promise, QDateTime::fromMSecsSinceEpoch(
                                                              *c.promisedBy, m_options.zone).date()))
                    promise += u' ' + m_t(DossierText::PromisedBy).arg(day(*c.promisedBy));
                details << promise;
            }
            break;
        }
        case Kind::LetterSent:
            what = m_t(DossierText::StoryLetterSent)
                       .arg(m_t.letterKind(e.letter.kind),
                            e.letter.channel.isEmpty() ? m_t(DossierText::NotGiven)
                                                       : m_t.channel(e.letter.channel));
            if (!e.letter.subject.trimmed().isEmpty())
                details << e.letter.subject.trimmed();
            if (!e.letter.reference.trimmed().isEmpty())
                details << m_t(DossierText::ReferenceLabel).arg(e.letter.reference.trimmed());
            break;
        case Kind::ReplyDue:
            what = m_t(DossierText::StoryReplyDue)
                       .arg(m_t.letterKind(e.letter.kind), day(e.letter.sentAt.value_or(0)));
            break;
        case Kind::PromiseDue: {
            const core::Contact& c = e.contact;
            // The promise in quotes: its words often name the day too ("refund by 9 Dec").
            what = m_t(DossierText::StoryPromiseDue)
                       .arg(c.promise.trimmed().isEmpty()
                                ? m_t(DossierText::NotGiven)
                                : u"“"_s + c.promise.simplified() + u"”"_s);
            details << m_t.list({day(c.occurredAt), m_t.channel(c.channel)});
            details << contactDetails(c);
            break;
        }
        case Kind::Deadline: {
            // A deadline of WalletCase's table is named by its rule, with the rule's source:
            // the reminder's text is advice to the user ("Check the date of your statement"),
            // not a record. A text the user changed is theirs and printed as it is.
            const core::ClockTable* clocks = core::ReminderPurpose::shippedClocks();
            const auto known = clocks ? clocks->recognise(e.reminder) : std::nullopt;
            if (!known) {
                what = m_t(DossierText::StoryDeadline).arg(e.reminder.text.trimmed());
                break;
            }
            const QString language = m_t.chinese() ? u"zh_CN"_s : u"en"_s;
            what = m_t(DossierText::StoryDeadline).arg(known->rule.name.text(language));
            if (known->estimate)
                details << m_t(DossierText::DeadlineEstimated);
            if (const QString source = known->rule.source.text(language); !source.isEmpty())
                details << m_t(DossierText::DeadlineSource).arg(source);
            break;
        }
        case Kind::Closed: {
            const QString outcome = outcomeText();
            what = m_t(DossierText::StoryClosed)
                       .arg(outcome.isEmpty() ? m_t.status(e.record.status) : outcome);
            if (!e.record.outcomeNote.trimmed().isEmpty())
                details << e.record.outcomeNote.trimmed();
            break;
        }
        }
        QString state;
        switch (e.state) {
        case State::None:
            break;
        case State::Upcoming:
            state = m_t(DossierText::StateUpcoming);
            break;
        case State::Met:
            state = m_t(DossierText::StateMet);
            break;
        case State::Missed:
            state = e.answeredAt ? m_t(DossierText::StateAnsweredLate).arg(day(*e.answeredAt))
                                 : m_t(DossierText::StateMissed);
            break;
        }
        // A date given without a time is printed as a date: no time the user never gave.
        t.rows.append({e.dateOnly ? day(e.at) : when(e.at), what, details.join(lineBreak), state});
    }
    m_flow.table(t);
}

} // namespace wc::report
