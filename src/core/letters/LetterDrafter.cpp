// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "letters/LetterDrafter.h"

#include "cases/Funding.h"
#include "followup/BusinessCalendar.h"
#include "guidance/Taxonomy.h"
#include "letters/LetterConventions.h"
#include "letters/LetterFacts.h"
#include "letters/LetterPhrases.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

namespace mu = kainjow::mustache;

Result<QByteArray> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Internal,
                     LetterDrafter::tr("The letter template could not be loaded. Reinstall "
                                       "WalletCase."),
                     u"cannot open %1: %2"_s.arg(path, file.errorString())};
    }
    return file.readAll();
}

QString subtypeName(const Taxonomy& taxonomy, const CaseRecord& record,
                    const LetterPhrases& phrases, const QString& language)
{
    if (const auto subtype = taxonomy.subtype(record.subtype))
        return subtype->name.text(language);
    if (const auto family = taxonomy.family(record.family))
        return family->name.text(language);
    return phrases.in(u"generic"_s, u"subject"_s);
}

LetterAudience audienceOf(const QString& kind)
{
    if (kind == u"regulator")
        return LetterAudience::Regulator;
    if (kind == u"public_post")
        return LetterAudience::Public;
    return LetterAudience::Company;
}

bool toCompany(const Letter& l)
{
    return l.kind != u"regulator" && l.kind != u"public_post";
}

// The latest reply deadline the company still has from a letter sent to it, if any.
std::optional<qint64> latestOpenDeadline(const CaseSnapshot& s, qint64 nowMs,
                                         const QTimeZone& zone)
{
    std::optional<qint64> latest;
    for (const Letter& l : s.letters) {
        if (l.status != status::Sent || !toCompany(l))
            continue;
        const auto deadline = LetterDrafter::replyDeadline(l, zone);
        if (deadline && *deadline > nowMs && (!latest || *deadline > *latest))
            latest = deadline;
    }
    return latest;
}

// When the company was first told of the error in writing: the earliest letter sent to it.
std::optional<qint64> firstNoticeAt(const CaseSnapshot& s)
{
    std::optional<qint64> first;
    for (const Letter& l : s.letters) {
        if (l.status == status::Sent && l.sentAt && toCompany(l) && (!first || *l.sentAt < *first))
            first = l.sentAt;
    }
    return first;
}

// What must never reach a letter from our own wording: a placeholder or an unfilled tag.
bool hasPlaceholder(const QString& text)
{
    static const QRegularExpression placeholder(
        uR"(\{\{|\[(?:date|amount|name|rule|regulator|dates?)\]|__|X月X日|XX元|XXXX)"_s);
    return placeholder.match(text).hasMatch();
}

// The letter with everything the user typed taken out: what is left is our wording.
QString withoutUserText(QString text, const CaseSnapshot& s, const Profile& p)
{
    QStringList typed{s.record.description, s.record.remedyNote, s.record.title,
                      s.record.providerName, s.record.accountRef, p.name, p.phone, p.email,
                      p.address};
    typed << s.record.references;
    for (const Contact& c : s.contacts)
        typed << c.summary << c.promise << c.outcome << c.reference << c.agentName << c.agentId;
    for (const TransactionRecord& t : s.transactions)
        typed << t.counterparty << t.reference;
    for (const Evidence& e : s.evidence)
        typed << e.title << e.fileName;
    for (const Letter& l : s.letters)
        typed << l.reference;
    // Longest first, so a shorter value inside a longer one does not split it.
    std::sort(typed.begin(), typed.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& value : std::as_const(typed)) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            text.remove(trimmed);
    }
    return text;
}

} // namespace

QStringList LetterDrafter::languages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QStringList LetterDrafter::kinds()
{
    return {u"initial"_s, u"follow_up"_s, u"escalation"_s, u"regulator"_s, u"public_post"_s};
}

QString LetterDrafter::regulatorAddressedIn(const Letter& letter)
{
    if (letter.kind != u"regulator")
        return {};
    auto phrases = LetterPhrases::load(letter.language);
    if (!phrases)
        return {};
    const QJsonObject names = phrases->group(u"regulators"_s);
    QString found;
    qsizetype longest = 0;
    // The longest name that occurs wins: one regulator's name may contain another's.
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        const QString name = it.value().toString();
        if (name.size() > longest && letter.body.contains(name)) {
            found = it.key();
            longest = name.size();
        }
    }
    return found;
}

void LetterDrafter::asItWas(CaseSnapshot& snapshot, qint64 atMs)
{
    snapshot.contacts.removeIf([atMs](const Contact& c) { return c.occurredAt > atMs; });
    // A letter sent later was not sent yet; one still a draft is no fact of the case.
    snapshot.letters.removeIf(
        [atMs](const Letter& l) { return l.sentAt && *l.sentAt > atMs; });
    for (ChecklistItem& item : snapshot.checklist) {
        if (item.doneAt && *item.doneAt > atMs)
            item.doneAt.reset();
    }
}

void LetterDrafter::nameProvider(CaseSnapshot& snapshot, const ProviderDirectory& directory,
                                 const QString& language)
{
    if (auto provider = directory.provider(snapshot.record.providerKey)) {
        const QString name = provider->name.text(language);
        if (!name.isEmpty())
            snapshot.record.providerName = name;
    }
}

qint64 LetterDrafter::daysBetween(qint64 fromMs, qint64 toMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(fromMs, zone).date().daysTo(
        QDateTime::fromMSecsSinceEpoch(toMs, zone).date());
}

Result<Letter> LetterDrafter::draft(const CaseSnapshot& snapshot, const Profile& profile,
                                    const QString& language, qint64 nowMs, const QTimeZone& zone,
                                    std::optional<qint64> replyByMs)
{
    Request request;
    request.language = language;
    request.nowMs = nowMs;
    request.zone = zone;
    request.replyByMs = replyByMs;
    return draft(snapshot, profile, request);
}

Result<Letter> LetterDrafter::draft(const CaseSnapshot& snapshot, const Profile& profile,
                                    const Request& request)
{
    const QString& language = request.language;
    const QString& kind = request.kind;
    if (!kinds().contains(kind)) {
        return Error{ErrorCode::InvalidArgument, tr("There is no letter template of this kind."),
                     u"unknown letter kind '%1'"_s.arg(kind)};
    }
    if (!languages().contains(language)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("Letters can be written in Chinese (zh_CN) or English (en)."),
                     u"unknown letter language"_s};
    }
    auto phrases = LetterPhrases::load(language);
    if (!phrases)
        return std::move(phrases).error();
    auto source = readResource(u":/letters/%1/%2.mustache"_s.arg(language, kind));
    if (!source)
        return std::move(source).error();
    auto taxonomy = Taxonomy::load();
    if (!taxonomy)
        return std::move(taxonomy).error();
    auto directory = ProviderDirectory::load();
    if (!directory)
        return std::move(directory).error();

    const CaseRecord& record = snapshot.record;
    const QTimeZone zone = request.zone.isValid() ? request.zone : QTimeZone::utc();
    QString region = request.region;
    if (region.isEmpty()) {
        const auto provider = directory->provider(record.providerKey);
        region = LetterConventions::regionFor(provider ? provider->regions : QStringList(), zone,
                                              language);
    }
    auto conventions = LetterConventions::load(region, language, zone);
    if (!conventions)
        return std::move(conventions).error();
    // Our wording in the region's spelling ("authorized" to the US, "authorised" to the UK).
    const auto respell = [&conventions](const QString& text) { return conventions->spelled(text); };
    phrases = phrases->respelled(respell);
    *source = respell(QString::fromUtf8(*source)).toUtf8();

    const qint64 nowMs = request.nowMs;
    const LetterAudience audience = audienceOf(kind);
    // A notice of error under Regulation E is a legal statement the user signs, so it follows
    // what the case says about the money. A payment the case says was funded by a credit card
    // is not an electronic fund transfer: no Reg E notice (its dispute goes to the card issuer).
    // Where the wallet takes both kinds of funding and the case does not say which this was,
    // asserting Reg E would state a fact the user never gave, while leaving it out could cost
    // the user the notice's 60-day protection if it was a transfer. What a careful adviser
    // would sign is the notice given conditionally: "to the extent these transfers were funded
    // from my balance or a bank account, this is my notice of error", and a request to say if
    // a card funded any of them. Cash App payments come from its balance: a plain notice.
    const RegulationEReach reach =
        regulationEReach(snapshot, conventions->regulationEFundingVaries(record.providerKey));
    const int regulationEDays =
        reach == RegulationEReach::None
            ? 0
            : conventions->regulationEDays(record.providerKey, record.subtype, kind);
    const bool regulationEConditional =
        regulationEDays > 0 && reach == RegulationEReach::IfFromAccount;
    // Business days as the region counts them: weekends and its public holidays.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const BusinessCalendar calendar =
        conventions->businessCalendar(today.year() - 1, today.year() + 1);
    // A notice of error the company already has in writing: its 10 business days run from it.
    std::optional<qint64> noticeAt;
    QDate noticeDue;
    if (regulationEDays > 0) {
        if (const auto first = firstNoticeAt(snapshot); first && *first < nowMs) {
            noticeAt = first;
            noticeDue = calendar.addBusinessDays(
                QDateTime::fromMSecsSinceEpoch(*first, zone).date(), regulationEDays);
        }
    }
    qint64 replyByMs = 0;
    if (request.replyByMs) {
        replyByMs = *request.replyByMs;
    } else if (regulationEDays > 0 && kind == u"initial" && !noticeAt) {
        // The notice of error asks for what the rule gives: an investigation within 10
        // business days (12 CFR 1005.11(c)(1)).
        const QDate due = calendar.addBusinessDays(today, regulationEDays);
        replyByMs = QDateTime(due, QTime(23, 59), zone).toMSecsSinceEpoch();
    } else {
        const int days = kind == u"follow_up" ? FollowUpReplyDays : DefaultReplyDays;
        QDateTime replyBy = QDateTime::fromMSecsSinceEpoch(nowMs, zone).addDays(days);
        // Nobody answers on a Saturday or on Christmas Day: a date that falls on one moves to
        // the next business day of the region.
        // At most a week of holidays and weekends in a row; a date past the calendar's range (a
        // fuzzed clock) is invalid and is never a business day, so the loop is bounded.
        for (int i = 0; i < 7 && replyBy.isValid() && !calendar.isBusinessDay(replyBy.date()); ++i)
            replyBy = replyBy.addDays(1);
        replyByMs = replyBy.toMSecsSinceEpoch();
        // A later letter never takes back time already given: while a deadline the company has
        // from an earlier letter is still ahead, this one asks for a reply by that date — not
        // sooner (the company was promised until then, and a Regulation E clock is the law's),
        // and not later (that would extend it). But a deadline that falls today or in a day or
        // two leaves no time to answer this letter, and a letter asking for a reply by the day
        // it is dated asks for the impossible: then the letter sets its own, ordinary deadline.
        if (audience == LetterAudience::Company) {
            if (const auto open = latestOpenDeadline(snapshot, nowMs, zone);
                open && today.daysTo(QDateTime::fromMSecsSinceEpoch(*open, zone).date())
                            >= MinimumReplyDays)
                replyByMs = *open;
            // The investigation the notice of error started has its 10 business days from the
            // first notice; no later notice asks for the result sooner.
            if (noticeAt) {
                const qint64 dueMs =
                    QDateTime(noticeDue, QTime(23, 59), zone).toMSecsSinceEpoch();
                replyByMs = std::max(replyByMs, dueMs);
            }
        }
    }

    QString regulator;
    if (!request.regulatorKey.isEmpty()) {
        regulator = phrases->in(u"regulators"_s, request.regulatorKey);
        if (regulator.isEmpty()) {
            for (const Regulator& r : directory->allRegulators()) {
                if (r.key == request.regulatorKey)
                    regulator = r.name.text(language);
            }
        }
    }
    const LetterContext context{snapshot,
                                profile,
                                *phrases,
                                *conventions,
                                kind,
                                audience,
                                nowMs,
                                replyByMs,
                                audience != LetterAudience::Public
                                    && request.fullAccount.value_or(true),
                                respell(subtypeName(*taxonomy, record, *phrases, language)),
                                regulator,
                                regulationEDays > 0,
                                regulationEConditional,
                                noticeAt,
                                noticeDue,
                                calendar};
    mu::data data = letterFacts(context);
    // Where a complaint can go next, named for the region: the CFPB in the US, the Financial
    // Ombudsman Service in the UK; "ombudsman" only where there is one.
    QString referTo = phrases->in(u"referTo"_s, region);
    if (referTo.isEmpty())
        referTo = phrases->in(u"referTo"_s, u"default"_s);
    data.set("referTo", textValue(referTo));
    if (kind != u"initial")
        addLetterHistory(data, context);

    mu::mustache tmpl(source->toStdString());
    // Values are plain text, not HTML; the default escaping would turn "&" into "&amp;".
    tmpl.set_custom_escape([](const std::string& s) { return s; });
    const std::string rendered = tmpl.is_valid() ? tmpl.render(data) : std::string();
    if (!tmpl.is_valid()) {
        return Error{ErrorCode::Internal,
                     tr("The letter template is damaged. Reinstall WalletCase."),
                     u"template %1/%2: %3"_s.arg(language, kind,
                                                 QString::fromStdString(tmpl.error_message()))};
    }

    // The template's first line is the subject; the body follows the blank line after it.
    const QString text = QString::fromStdString(rendered);
    const qsizetype split = text.indexOf(u"\n\n"_s);
    Letter letter;
    letter.caseId = record.id;
    letter.kind = kind;
    letter.language = language;
    letter.status = u"draft"_s;
    letter.subject = text.left(split).trimmed();
    letter.body = split < 0 ? QString() : text.mid(split + 2).trimmed();
    letter.createdAt = nowMs;
    letter.updatedAt = nowMs;
    if (audience != LetterAudience::Public)
        letter.replyBy = replyByMs;
    if (letter.subject.isEmpty() || letter.body.isEmpty()) {
        return Error{ErrorCode::Internal,
                     tr("The letter template is damaged. Reinstall WalletCase."),
                     u"template %1/%2 has no subject line or no body"_s.arg(language, kind)};
    }
    // The user's own text may say anything; our wording must never leave a placeholder.
    if (hasPlaceholder(withoutUserText(letter.subject + letter.body, snapshot, profile))) {
        return Error{ErrorCode::Internal,
                     tr("The letter template is damaged. Reinstall WalletCase."),
                     u"template %1/%2 left a placeholder"_s.arg(language, kind)};
    }
    return letter;
}

} // namespace wc::core
