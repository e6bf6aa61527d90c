// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/DossierSections.h"

#include "model/Masking.h"
#include "model/PromiseDate.h"
#include "report/Thumbnails.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

const QColor kAccent(0x1F, 0x3A, 0x5F);
const QColor kGrey(0x5F, 0x66, 0x70);
const QColor kGood(0x1B, 0x6E, 0x3A);
const QColor kBad(0xB0, 0x1E, 0x1E);

QFont font(const QStringList& families, qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Hinting would snap outlines to a printer's grid that a PDF does not have.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace

DossierFonts DossierFonts::make()
{
    const QStringList sans = DossierLayout::families();
    const QStringList mono{u"DejaVu Sans Mono"_s, u"Noto Sans Mono CJK SC"_s};
    return {font(sans, 20, true),  font(sans, 14, true), font(sans, 11, true), font(sans, 9.5),
            font(sans, 9.5, true), font(sans, 8),        font(sans, 8, true),  font(mono, 7.5)};
}

DossierSections::DossierSections(PageFlow& flow, const CaseDossier& dossier,
                                 const DossierOptions& options, const QString& language)
    : m_flow(flow), m_d(dossier), m_options(options), m_t(language), m_f(DossierFonts::make())
{
    // Money as the case's letters write it: the conventions of the region whose rules the case
    // follows, in the dossier's language.
    const QString region = core::LetterConventions::regionFor(m_d.providerRegions, m_options.zone,
                                                              m_t.language());
    if (auto conventions = core::LetterConventions::load(region, m_t.language(), m_options.zone))
        m_t.setConventions(*conventions);
    // Whether the zone moves its clocks in the dossier's year (Asia/Shanghai did until 1991,
    // so QTimeZone::hasDaylightTime() alone would say yes).
    const qint64 at = m_options.exportedAt > 0 ? m_options.exportedAt
                                               : QDateTime::currentMSecsSinceEpoch();
    const int year = QDateTime::fromMSecsSinceEpoch(at, m_options.zone).date().year();
    m_daylight = m_options.zone.offsetFromUtc(QDateTime(QDate(year, 1, 15), QTime(12, 0),
                                                        m_options.zone))
                 != m_options.zone.offsetFromUtc(QDateTime(QDate(year, 7, 15), QTime(12, 0),
                                                           m_options.zone));
    m_evidence = m_d.snapshot.evidence;
    std::sort(m_evidence.begin(), m_evidence.end(),
              [](const core::Evidence& a, const core::Evidence& b) { return a.id < b.id; });
}

QString DossierSections::outcomeText() const
{
    const core::CaseRecord& r = m_d.snapshot.record;
    if (r.outcome.isEmpty())
        return {};
    const QString outcome = m_t.outcome(r.outcome);
    if (!r.recoveredMinor || *r.recoveredMinor <= 0)
        return outcome;
    return m_t(DossierText::OutcomeRecovered).arg(outcome, m_t.money(*r.recoveredMinor, r.currency));
}

QString DossierSections::stepLabel(const core::ChecklistItem& item) const
{
    // The guidance's wording in the dossier's language; a step the user wrote keeps its text.
    const QString label = m_d.stepLabels.contains(item.itemKey)
                              ? m_d.stepLabels.value(item.itemKey).text(m_t.language())
                              : QString();
    return label.isEmpty() ? item.label : label;
}

QString DossierSections::when(std::optional<qint64> epochMs) const
{
    return epochMs ? when(*epochMs) : m_t(DossierText::NotGiven);
}

QString DossierSections::providerName() const
{
    const QString name = m_d.providerName.text(m_t.language());
    return !name.isEmpty()                               ? name
           : !m_d.snapshot.record.providerName.isEmpty() ? m_d.snapshot.record.providerName
                                                         : m_t(DossierText::NotGiven);
}

void DossierSections::startSection(bool empty)
{
    // A section with something to show starts a page; one that only says "none recorded" follows
    // on the page it is on (the walk's dossiers had whole pages saying just that).
    if (!empty)
        m_flow.newPage();
    else if (!m_flow.atTop())
        m_flow.space(m_flow.pt(18));
}

QString DossierSections::problemName() const
{
    const core::CaseRecord& r = m_d.snapshot.record;
    const QString family =
        m_d.familyName.isEmpty() ? r.family : m_d.familyName.text(m_t.language());
    const QString subtype =
        m_d.subtypeName.isEmpty() ? r.subtype : m_d.subtypeName.text(m_t.language());
    if (subtype.isEmpty())
        return family;
    // Chinese joins with a full-width dash and no spaces (交易问题——重复扣款).
    return family.isEmpty() ? subtype
                            : family + (m_t.chinese() ? u"——"_s : u" — "_s) + subtype;
}

QString DossierSections::evidenceLabel(const core::Evidence& item) const
{
    for (qsizetype i = 0; i < m_evidence.size(); ++i) {
        if (m_evidence[i].id == item.id)
            return u"E"_s + QString::number(i + 1);
    }
    return u"E?"_s;
}

void DossierSections::sectionHeading(const QString& title)
{
    m_flow.space(m_flow.pt(10));
    m_flow.heading(title, m_f.heading, kAccent);
}

void DossierSections::cover()
{
    const core::CaseRecord& r = m_d.snapshot.record;
    m_flow.space(m_flow.mm(20));
    m_flow.text(m_t(DossierText::DossierTitle), m_f.title, kAccent);
    m_flow.space(m_flow.pt(6));
    m_flow.text(r.title.isEmpty() ? problemName() : r.title, m_f.heading);
    m_flow.space(m_flow.pt(6));
    m_flow.text(zoneStatement(), m_f.body, kGrey);
    m_flow.space(m_flow.pt(10));

    // Each with whether its time of day is known: a contact logged by its day only is shown so.
    struct Moment
    {
        qint64 at = 0;
        bool timeKnown = true;
    };
    std::optional<Moment> firstComplaint;
    for (const core::Letter& l : m_d.snapshot.letters) {
        if (l.status == u"sent"_s && l.sentAt
            && (!firstComplaint || *l.sentAt < firstComplaint->at))
            firstComplaint = Moment{*l.sentAt};
    }
    std::optional<Moment> firstOutgoing;
    std::optional<Moment> latestContact;
    for (const core::Contact& c : m_d.snapshot.contacts) {
        if (c.direction != u"incoming"_s && (!firstOutgoing || c.occurredAt < firstOutgoing->at))
            firstOutgoing = Moment{c.occurredAt, c.timeKnown};
        if (!latestContact || c.occurredAt > latestContact->at)
            latestContact = Moment{c.occurredAt, c.timeKnown};
    }
    if (!firstComplaint || (firstOutgoing && firstOutgoing->at < firstComplaint->at))
        firstComplaint = firstOutgoing;
    const auto moment = [this](const std::optional<Moment>& m) {
        return !m ? m_t(DossierText::NotGiven) : m->timeKnown ? when(m->at) : day(m->at);
    };

    // By currency; refunds are money that came back, not more money in dispute.
    QMap<QString, qint64> totals;
    QMap<QString, qint64> refunds;
    for (const core::TransactionRecord& tr : m_d.snapshot.transactions) {
        if (tr.direction == core::direction::Out)
            totals[tr.currency] += tr.amountMinor;
        else if (tr.direction == core::direction::In)
            refunds[tr.currency] += tr.amountMinor;
    }
    const auto moneyList = [this](const QMap<QString, qint64>& sums) {
        QStringList out;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            out << m_t.money(it.value(), it.key());
        return out;
    };
    const QStringList totalText = moneyList(totals);
    const QStringList refundText = moneyList(refunds);

    QList<std::pair<QString, QString>> rows{
        {m_t(DossierText::Provider), providerName()},
        {m_t(DossierText::Problem), problemName()},
        {m_t(DossierText::Status), m_t.status(r.status)},
    };
    if (const QString outcome = outcomeText(); !outcome.isEmpty()) {
        rows.append({m_t(DossierText::Outcome), outcome});
        if (r.closedAt)
            rows.append({m_t(DossierText::ClosedOn), when(*r.closedAt)});
        if (!r.outcomeNote.trimmed().isEmpty())
            rows.append({m_t(DossierText::OutcomeNote), r.outcomeNote.trimmed()});
    }
    rows.append({m_t(DossierText::AmountInDispute),
         r.amountMinor ? m_t.money(*r.amountMinor, r.currency) : m_t(DossierText::NotGiven)});
    if (!totalText.isEmpty())
        rows.append({m_t(DossierText::TransactionsTotal), m_t.list(totalText)});
    if (!refundText.isEmpty())
        rows.append({m_t(DossierText::RefundsReceived), m_t.list(refundText)});
    rows.append({m_t(DossierText::IncidentDate),
                 moment(r.incidentAt ? std::optional(Moment{*r.incidentAt, r.incidentTimeKnown})
                                     : std::nullopt)});
    rows.append({m_t(DossierText::FirstComplaint), moment(firstComplaint)});
    rows.append({m_t(DossierText::LatestContact), moment(latestContact)});
    rows.append({m_t(DossierText::CaseOpened), when(r.createdAt)});
    if (!r.accountRef.isEmpty())
        rows.append({m_t(DossierText::Account), core::maskAccount(r.accountRef)});
    if (!r.references.isEmpty())
        rows.append({m_t(DossierText::References), m_t.list(r.references)});
    if (!r.remedies.isEmpty())
        rows.append({m_t(DossierText::Remedies), m_t.remedies(r.remedies)});
    const qreal labelWidth = m_flow.body().width() * 0.32;
    m_flow.fields(rows, m_f.bold, m_f.body, labelWidth);

    sectionHeading(m_t(DossierText::Complainant));
    const core::Profile& p = m_d.profile;
    const auto orNone = [&](const QString& s) {
        return s.trimmed().isEmpty() ? m_t(DossierText::NotGiven) : s;
    };
    m_flow.fields({{m_t(DossierText::Name), orNone(p.name)},
                   {m_t(DossierText::Phone), orNone(p.phone)},
                   {m_t(DossierText::Email), orNone(p.email)},
                   {m_t(DossierText::Address), orNone(p.address)}},
                  m_f.bold, m_f.body, labelWidth);

    sectionHeading(m_t(DossierText::Contents));
    const QList<DossierText::Key> parts{
        DossierText::LettersSection,    DossierText::FactsSection,
        DossierText::ChronologySection, DossierText::TransactionsSection,
        DossierText::ContactsSection,   DossierText::EvidenceSection,
        DossierText::ManifestSection,   DossierText::AppendixSection};
    for (qsizetype i = 0; i < parts.size(); ++i)
        m_flow.text(QString::number(i + 1) + u". "_s + m_t(parts[i]), m_f.body);
}

void DossierSections::letter(const core::Letter& l, bool withDetails)
{
    m_flow.heading(l.subject.isEmpty() ? m_t.letterKind(l.kind) : l.subject, m_f.subheading,
                   Qt::black);
    if (withDetails) {
        const bool sent = l.status == u"sent"_s;
        QList<std::pair<QString, QString>> rows{
            {m_t(DossierText::LetterSentAt),
             sent ? when(l.sentAt) : m_t(DossierText::LetterNotSent)},
            {m_t(DossierText::LetterChannel),
             l.channel.isEmpty() ? m_t(DossierText::NotGiven) : m_t.channel(l.channel)},
            {m_t(DossierText::LetterReference),
             l.reference.isEmpty() ? m_t(DossierText::NotGiven) : l.reference},
        };
        m_flow.fields(rows, m_f.smallBold, m_f.small, m_flow.body().width() * 0.25);
        m_flow.space(m_flow.pt(6));
    }
    m_flow.text(l.body, m_f.body, Qt::black, 0, Qt::AlignLeft, closingLines(l.body));
}

int DossierSections::closingLines(const QString& body) const
{
    // The closing block ("Sincerely," or 此致 敬礼, then after a blank line the name and, where
    // the region puts it there, the date) and the last lines of the body before it stay on one
    // page: a page never starts with "Sincerely," and the signature alone.
    const QString text = body.trimmed();
    const QStringList paragraphs = text.split(u"\n\n"_s);
    if (paragraphs.size() < 2)
        return 0;
    const qreal width = m_flow.body().width();
    qsizetype tail = 0;
    qsizetype index = paragraphs.size() - 1;
    // Up to two short paragraphs at the end: the closing line and the signature under it.
    for (int taken = 0; taken < 2 && index > 0; ++taken, --index) {
        const qsizetype lines = m_flow.lines(paragraphs.at(index).trimmed(), m_f.body, width).size();
        if (lines > (taken == 0 ? 8 : 3))
            break;
        tail += lines + 1; // and the blank line before it
    }
    if (tail == 0)
        return 0; // no closing: an ordinary last paragraph may break like any other
    // With at least the last two lines of the body before them.
    const qsizetype previous =
        m_flow.lines(paragraphs.at(index).trimmed(), m_f.body, width).size();
    tail += std::min<qsizetype>(previous, 2);
    // Blank lines after the signature are laid out too (as empty lines).
    const qsizetype end = body.lastIndexOf(text) + text.size();
    return int(tail + body.mid(end).count(u'\n'));
}

void DossierSections::letters()
{
    QList<core::Letter> sent;
    for (const core::Letter& l : m_d.snapshot.letters) {
        if (l.status == u"sent"_s)
            sent.append(l);
    }
    std::sort(sent.begin(), sent.end(), [](const core::Letter& a, const core::Letter& b) {
        return a.sentAt.value_or(a.createdAt) < b.sentAt.value_or(b.createdAt);
    });
    startSection(sent.isEmpty());
    m_flow.heading(u"1. "_s + m_t(DossierText::LettersSection), m_f.heading, kAccent);
    // Only what went out: a draft was never seen by the company, so it is no part of the
    // record (the letter-only export prints a draft when the user wants one on paper).
    if (sent.isEmpty()) {
        m_flow.text(m_t(DossierText::NoLetterSent), m_f.body, kGrey);
        return;
    }
    for (qsizetype i = 0; i < sent.size(); ++i) {
        if (i > 0)
            m_flow.newPage(); // each letter prints on its own sheets
        letter(sent[i], true);
    }
}

void DossierSections::facts()
{
    const core::CaseRecord& r = m_d.snapshot.record;
    m_flow.newPage();
    m_flow.heading(u"2. "_s + m_t(DossierText::FactsSection), m_f.heading, kAccent);
    m_flow.heading(m_t(DossierText::WhatHappened), m_f.subheading, Qt::black);
    m_flow.text(r.description.trimmed().isEmpty() ? m_t(DossierText::NotGiven) : r.description,
                m_f.body);
    if (!r.remedyNote.trimmed().isEmpty()) {
        m_flow.space(m_flow.pt(8));
        m_flow.heading(m_t(DossierText::RemedyNote), m_f.subheading, Qt::black);
        m_flow.text(r.remedyNote, m_f.body);
    }
    m_flow.space(m_flow.pt(8));
    m_flow.heading(m_t(DossierText::FirstSteps), m_f.subheading, Qt::black);
    QList<core::ChecklistItem> items = m_d.snapshot.checklist;
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    if (items.isEmpty()) {
        m_flow.text(m_t(DossierText::NoneRecorded), m_f.body, kGrey);
        return;
    }
    FlowTable t{{m_t(DossierText::Step), m_t(DossierText::StepState), timeHeader(DossierText::DoneAt),
                 m_t(DossierText::Note)},
                {4, 1.4, 2.2, 3},
                {},
                m_f.small,
                m_f.smallBold};
    for (const core::ChecklistItem& item : items) {
        t.rows.append({stepLabel(item),
                       item.doneAt ? m_t(DossierText::StepDone) : m_t(DossierText::StepOpen),
                       item.doneAt ? when(*item.doneAt) : QString(), item.note});
    }
    m_flow.table(t);
}

QString DossierSections::eventDetails(const core::CaseEvent& e) const
{
    const QJsonObject o = QJsonDocument::fromJson(e.payload.toUtf8()).object();
    QStringList parts;
    if (o.contains(u"from"_s) || o.contains(u"to"_s)) {
        parts << m_t.status(o.value(u"from"_s).toString()) + u" → "_s +
                     m_t.status(o.value(u"to"_s).toString());
    }
    if (const QString item = o.value(u"item"_s).toString(); !item.isEmpty()) {
        QString label = m_d.stepLabels.value(item).text(m_t.language());
        for (const core::ChecklistItem& step : m_d.snapshot.checklist) {
            if (label.isEmpty() && step.itemKey == item)
                label = step.label;
        }
        parts << (label.isEmpty() ? item : label);
    }
    if (const QString channel = o.value(u"channel"_s).toString(); !channel.isEmpty())
        parts << m_t.channel(channel);
    if (o.contains(u"amount_minor"_s)) {
        parts << m_t.money(qint64(o.value(u"amount_minor"_s).toDouble()),
                           o.value(u"currency"_s).toString());
    }
    for (const QString& key : {u"reference"_s, u"title"_s}) {
        if (const QString v = o.value(key).toString(); !v.isEmpty())
            parts << v;
    }
    if (o.contains(u"done_at"_s))
        parts << when(qint64(o.value(u"done_at"_s).toDouble()));
    if (e.kind.startsWith(u"letter."_s) && o.contains(u"kind"_s))
        parts << m_t.letterKind(o.value(u"kind"_s).toString());
    // Which facts an edit changed: "Case details edited" alone said nothing (the walk counted
    // ten such rows in one dossier).
    if (e.kind == u"case.updated"_s) {
        for (const QJsonValue& field : o.value(u"fields"_s).toArray()) {
            if (field.toString() != u"wizard_step"_s) // the guide's bookkeeping, not a fact
                parts << m_t.caseField(field.toString());
        }
    }
    return m_t.list(parts);
}

void DossierSections::editLog()
{
    // The appendix starts a page, unless the page holds only the short "none recorded" sections
    // that spilled over from the page before: the walk's dossier had a page with just
    // "7. 证据清单 无记录。".
    const qreal used = m_flow.body().height() - m_flow.remaining();
    if (!m_flow.atTop() && used < m_flow.body().height() * 0.3)
        m_flow.space(m_flow.pt(18));
    else
        m_flow.newPage();
    m_flow.heading(u"8. "_s + m_t(DossierText::AppendixSection), m_f.heading, kAccent);
    m_flow.text(m_t(DossierText::EditLogIntro), m_f.body, kGrey);
    m_flow.space(m_flow.pt(4));
    const core::EventChainCheck& c = m_d.chain;
    if (c.eventCount == 0)
        m_flow.text(m_t(DossierText::ChainEmpty), m_f.bold, kGrey);
    else if (c.intact)
        m_flow.text(m_t(DossierText::ChainIntact).arg(c.eventCount), m_f.bold, kGood);
    else
        m_flow.text(m_t(DossierText::ChainBroken).arg(c.firstBrokenSeq).arg(c.eventCount), m_f.bold,
                    kBad);
    m_flow.space(m_flow.pt(6));
    QList<core::CaseEvent> events = m_d.snapshot.events;
    std::sort(events.begin(), events.end(),
              [](const auto& a, const auto& b) { return a.seq < b.seq; });
    FlowTable t{{m_t(DossierText::Number), timeHeader(DossierText::Time), m_t(DossierText::Event),
                 m_t(DossierText::Details), m_t(DossierText::Hash)},
                {0.7, 2.2, 2.2, 4, 1.9},
                {},
                m_f.small,
                m_f.smallBold};
    for (const core::CaseEvent& e : std::as_const(events)) {
        t.rows.append({QString::number(e.seq), when(e.at), m_t.eventKind(e.kind), eventDetails(e),
                       e.hash.left(12)});
    }
    if (!t.rows.isEmpty())
        m_flow.table(t);
}

void DossierSections::transactions()
{
    sectionHeading(u"4. "_s + m_t(DossierText::TransactionsSection));
    QList<core::TransactionRecord> list = m_d.snapshot.transactions;
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.occurredAt.value_or(0) != b.occurredAt.value_or(0)
                   ? a.occurredAt.value_or(0) < b.occurredAt.value_or(0)
                   : a.id < b.id;
    });
    if (list.isEmpty()) {
        m_flow.text(m_t(DossierText::NoneRecorded), m_f.body, kGrey);
        return;
    }
    FlowTable t{{timeHeader(DossierText::Date), m_t(DossierText::Counterparty), m_t(DossierText::Amount),
                 m_t(DossierText::Reference), m_t(DossierText::TransactionStatus),
                 m_t(DossierText::Note)},
                // Room for a 28-digit Alipay order number on one line,
                // and a status such as "Completed" without cutting it.
                {1.9, 2.0, 1.5, 4.2, 1.7, 1.9},
                {},
                m_f.small,
                m_f.smallBold};
    for (const core::TransactionRecord& tr : list) {
        // Money that came back (a refund) is marked so it is not read as another charge.
        const QString amount = m_t.money(tr.amountMinor, tr.currency);
        t.rows.append({when(tr.occurredAt), tr.counterparty,
                       tr.direction == core::direction::In ? u"+ "_s + amount : amount,
                       tr.reference, tr.status, tr.note});
    }
    m_flow.table(t);
}

void DossierSections::contacts()
{
    sectionHeading(u"5. "_s + m_t(DossierText::ContactsSection));
    QList<core::Contact> list = m_d.snapshot.contacts;
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    if (list.isEmpty()) {
        m_flow.text(m_t(DossierText::NoneRecorded), m_f.body, kGrey);
        return;
    }
    // Who and the reference share a column wide enough for a ticket number on one line.
    FlowTable t{{timeHeader(DossierText::Date), m_t(DossierText::Channel),
                 m_t(DossierText::AgentAndReference), m_t(DossierText::Summary),
                 m_t(DossierText::Promise)},
                {2, 1.8, 3.2, 3.4, 2.4},
                {},
                m_f.small,
                m_f.smallBold};
    for (const core::Contact& c : list) {
        QString channel = m_t.channel(c.channel);
        if (!c.direction.isEmpty()) {
            channel += u'\n' + (c.direction == u"incoming"_s ? m_t(DossierText::Incoming)
                                                             : m_t(DossierText::Outgoing));
        }
        QString promise = c.promise;
        if (c.promisedBy
            && !core::promiseNamesDate(c.promise,
                                       QDateTime::fromMSecsSinceEpoch(*c.promisedBy, m_options.zone).date()))
            promise += (promise.isEmpty() ? QString() : u"\n"_s) +
                       m_t(DossierText::PromisedBy).arg(day(*c.promisedBy));
        // What came of it (a ticket opened, "refused", "call back tomorrow") closes the summary:
        // a sixth column would leave each too narrow on an A4 page.
        QString summary = c.summary.trimmed();
        if (const QString outcome = c.outcome.trimmed(); !outcome.isEmpty())
            summary += (summary.isEmpty() ? QString() : u"\n"_s) +
                       m_t(DossierText::ContactOutcome).arg(outcome);
        t.rows.append({c.timeKnown ? when(c.occurredAt) : day(c.occurredAt), channel,
                       contactDetails(c).join(u'\n'), summary, promise});
    }
    m_flow.table(t);
}

void DossierSections::imageHeader(PageFlow& flow, const core::Evidence& item) const
{
    flow.text(evidenceLabel(item) + u"  "_s + item.title, m_f.subheading);
    flow.space(flow.pt(3));
    QList<std::pair<QString, QString>> rows{
        {m_t(DossierText::Kind), m_t.evidenceKind(item.kind)},
        {m_t(DossierText::Captured), when(item.capturedAt)},
        {m_t(DossierText::Added), when(item.addedAt)},
        {m_t(DossierText::FileName), item.fileName + u" ("_s + m_t.fileSize(item.size) + u')'},
        {m_t(DossierText::Sha256), item.sha256},
    };
    if (!item.note.trimmed().isEmpty())
        rows.append({m_t(DossierText::Note), item.note});
    flow.fields(rows, m_f.smallBold, m_f.small, flow.body().width() * 0.18);
    flow.space(flow.pt(6));
}

QSizeF DossierSections::imageRoom(const PageFlow& flow)
{
    return QSizeF(flow.body().width(), flow.remaining() - flow.pt(2));
}

QSize DossierSections::imageBox(const PageFlow& flow) const
{
    // The image fills what is left of the page; its pixels match imagePpi at that size, so a
    // 1080×2400 screenshot is stored at about a quarter of its pixels.
    return (imageRoom(flow) * (m_options.imagePpi / flow.pt(72))).toSize();
}

QList<DossierImages::Job> DossierSections::planImages(const QList<core::Evidence>& items) const
{
    // Every image page starts a page (the first one after the section heading), so the box each
    // image gets is known before the pages before it are laid out: lay out its heading and
    // fields on a page of their own.
    QList<DossierImages::Job> jobs;
    for (const core::Evidence& item : items) {
        PageFlow scratch(m_flow.device(), m_flow.body());
        if (jobs.isEmpty())
            sectionHeadingOn(scratch);
        imageHeader(scratch, item);
        jobs.append({m_d.images.value(item.sha256), imageBox(scratch)});
    }
    return jobs;
}

void DossierSections::sectionHeadingOn(PageFlow& flow) const
{
    flow.heading(u"6. "_s + m_t(DossierText::EvidenceSection), m_f.heading, kAccent);
}

void DossierSections::imagePage(const core::Evidence& item, bool startPage, DossierImages& images,
                                int index)
{
    if (startPage)
        m_flow.newPage();
    imageHeader(m_flow, item);
    const QSizeF room = imageRoom(m_flow);
    const qreal deviceDpi = m_flow.pt(72);
    const QSize box = imageBox(m_flow);
    auto image = images.take(index, box);
    if (!image) {
        m_flow.text(m_t(DossierText::ImageUnreadable).arg(image.error().message), m_f.body, kBad);
        return;
    }
    QImage flat(image->size(), QImage::Format_RGB32);
    flat.fill(Qt::white); // a PDF image with alpha needs a second image (a mask): none here
    {
        QPainter p(&flat);
        p.drawImage(0, 0, *image);
    }
    // Small images are not blown up beyond their size on a 96 dpi screen.
    QSizeF natural = QSizeF(image->size()) * (deviceDpi / 96.0);
    if (image->size() == box || natural.width() > room.width() || natural.height() > room.height())
        natural = QSizeF(image->size()).scaled(room, Qt::KeepAspectRatio);
    m_flow.image(flat, natural);
}

bool DossierSections::evidence(const DossierProgress& progress, int& done, int total)
{
    startSection(m_evidence.isEmpty());
    sectionHeadingOn(m_flow);
    if (m_evidence.isEmpty()) {
        m_flow.text(m_t(DossierText::NoneRecorded), m_f.body, kGrey);
        return true;
    }
    QList<core::Evidence> pictures;
    QList<core::Evidence> others;
    for (const core::Evidence& item : std::as_const(m_evidence))
        (m_d.isImage(item) ? pictures : others).append(item);
    // Decoded on every core, ahead of the page that shows them.
    DossierImages images(planImages(pictures), m_options.decodeThreads);
    for (int i = 0; i < pictures.size(); ++i) {
        if (progress.isCancelled())
            return false;
        // The first image shares its page with the section heading.
        imagePage(pictures[i], i > 0, images, i);
        progress.step(++done, total);
    }
    const bool first = pictures.isEmpty(); // no image page came before
    if (!others.isEmpty()) {
        // After images the list starts a page of its own; without images it shares the page
        // with the section heading rather than leave the heading alone.
        if (!first)
            m_flow.newPage();
        m_flow.heading(m_t(DossierText::OtherEvidence), m_f.subheading, Qt::black);
        FlowTable t{{m_t(DossierText::Number), m_t(DossierText::Title), m_t(DossierText::Kind),
                     m_t(DossierText::Captured), m_t(DossierText::Sha256)},
                    {0.8, 3.4, 1.4, 2.2, 4.2},
                    {},
                    m_f.small,
                    m_f.smallBold};
        for (const core::Evidence& item : std::as_const(others)) {
            QString title = item.title;
            if (!item.fileName.isEmpty())
                title += u"\n"_s + item.fileName + u" ("_s + m_t.fileSize(item.size) + u')';
            if (!item.note.trimmed().isEmpty())
                title += u"\n"_s + item.note;
            t.rows.append({evidenceLabel(item), title, m_t.evidenceKind(item.kind),
                           when(item.capturedAt), item.sha256});
        }
        m_flow.table(t);
    }
    return true;
}

void DossierSections::manifest()
{
    startSection(m_evidence.isEmpty());
    m_flow.heading(u"7. "_s + m_t(DossierText::ManifestSection), m_f.heading, kAccent);
    if (m_evidence.isEmpty()) {
        m_flow.text(m_t(DossierText::NoneRecorded), m_f.body, kGrey);
        return;
    }
    FlowTable t{{m_t(DossierText::Number), m_t(DossierText::Title), m_t(DossierText::FileName),
                 m_t(DossierText::Size), m_t(DossierText::Captured), m_t(DossierText::Sha256)},
                {0.7, 2.6, 2.2, 1.2, 2, 3.6},
                {},
                m_f.small,
                m_f.smallBold};
    for (const core::Evidence& item : std::as_const(m_evidence)) {
        t.rows.append({evidenceLabel(item), item.title, item.fileName, m_t.fileSize(item.size),
                       when(item.capturedAt), item.sha256});
    }
    m_flow.table(t);
}

} // namespace wc::report
