// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/CaseLifecycle.h"
#include "letters/LetterDrafter.h"
#include "letters/LetterFacts.h"

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace mu = kainjow::mustache;

namespace {

bool isSent(const Letter& l)
{
    return l.status == status::Sent && l.sentAt.has_value();
}

// Where the complaint first went: the earliest of the letters sent to the company and the
// outgoing contacts (a complaint made on the phone the day before the letter was first raised on
// the phone), else the moment the case history shows it as sent (then how is unknown). The
// written complaint — the earliest sent "initial" letter, else the earliest letter to the company
// — is kept apart: its reply deadline is the one the company was given.
struct Original
{
    qint64 at = 0;
    QString channel;
    QString reference;
    const Letter* letter = nullptr;   // the written complaint, if any
    const Contact* contact = nullptr; // the contact that first raised it, if one did
    bool letterFirst = false;         // the written complaint is what first raised it
};

bool toCompanyLetter(const Letter& l)
{
    // A letter to a regulator or a public post is not a complaint to the company: a case whose
    // only letter went to the CFPB has not complained to the company by letter.
    return l.kind != u"regulator" && l.kind != u"public_post";
}

std::optional<Original> findOriginal(const CaseSnapshot& s)
{
    const Letter* best = nullptr;
    const Letter* earliestLetter = nullptr;
    for (const Letter& l : s.letters) {
        if (!isSent(l) || !toCompanyLetter(l))
            continue;
        const bool initial = l.kind == u"initial";
        const bool bestInitial = best && best->kind == u"initial";
        if (!best || (initial && !bestInitial)
            || (initial == bestInitial && *l.sentAt < *best->sentAt))
            best = &l;
        if (!earliestLetter || *l.sentAt < *earliestLetter->sentAt)
            earliestLetter = &l;
    }
    const Contact* first = nullptr;
    for (const Contact& c : s.contacts) {
        if (c.direction != u"incoming" && (!first || c.occurredAt < first->occurredAt))
            first = &c;
    }
    if (first && (!earliestLetter || first->occurredAt < *earliestLetter->sentAt))
        return Original{first->occurredAt, first->channel, first->reference, best, first, false};
    if (earliestLetter) {
        return Original{*earliestLetter->sentAt, earliestLetter->channel,
                        earliestLetter->reference, best, nullptr, earliestLetter == best};
    }
    // The case's history shows it as sent: unless that was the regulator letter or the post.
    if (const auto at = CaseLifecycle::complaintSentAt(s)) {
        const bool otherLetter = std::any_of(s.letters.cbegin(), s.letters.cend(),
                                             [&](const Letter& l) {
                                                 return isSent(l) && *l.sentAt == *at;
                                             });
        if (!otherLetter)
            return Original{*at, {}, {}, nullptr, nullptr, false};
    }
    return std::nullopt;
}

// An answer came after `since`: an incoming contact logged later.
bool answeredAfter(const CaseSnapshot& s, qint64 since)
{
    return std::any_of(s.contacts.cbegin(), s.contacts.cend(), [since](const Contact& c) {
        return c.direction == u"incoming" && c.occurredAt >= since;
    });
}

struct Dated
{
    qint64 at;
    mu::data item;
    QString name; // a regulator's, for the sentence that names it
    QString when;
};

// std::vector, not QList: mustache data can be moved but not copy-assigned.
mu::list sortedList(std::vector<Dated>& items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Dated& a, const Dated& b) { return a.at < b.at; });
    mu::list out;
    for (Dated& i : items)
        out.push_back(std::move(i.item));
    return out;
}

mu::data listOrFalse(const mu::list& items)
{
    return items.empty() ? mu::data(false) : mu::data(items);
}

// The first instant after the calendar day of `ms` in `zone`: a date asked for is met until it ends.
qint64 endOfDay(qint64 ms, const QTimeZone& zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    return QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

// What a public post says about the company's answer, each only when the case holds it: the
// latest reply (and, only while the case is open, that it did not resolve the matter: the user
// has not closed the case, so the reply did not settle it — nothing more is claimed about it);
// else the reply date the latest letter asked for, passed or still to come; else, for a
// complaint that asked for no date, that no reply is on record. Without a complaint on record
// nothing is said about a reply at all.
void addAnswer(mu::data& d, const LetterContext& ctx, const std::optional<Original>& original)
{
    const CaseSnapshot& s = ctx.snapshot;
    const LetterConventions& conv = ctx.conventions;
    const bool open = !isClosedStatus(s.record.status);
    d.set("open", mu::data(open));
    d.set("unresolvedComplaint", mu::data(original.has_value() && open));
    d.set("repliedOn", mu::data(false));
    d.set("unresolved", mu::data(false));
    d.set("askedBy", mu::data(false));
    d.set("askedByPassed", mu::data(false));
    d.set("noReplyYet", mu::data(false));
    if (!original)
        return;
    std::optional<qint64> lastReply;
    for (const Contact& c : s.contacts) {
        if (c.direction == u"incoming" && c.occurredAt >= original->at
            && (!lastReply || c.occurredAt > *lastReply))
            lastReply = c.occurredAt;
    }
    // The letter still waiting for an answer: the latest one to the company sent after the last
    // reply (or after the complaint, when none came).
    const qint64 after = lastReply.value_or(original->at);
    const Letter* waiting = nullptr;
    for (const Letter& l : s.letters) {
        const bool toCompany = l.kind != u"regulator" && l.kind != u"public_post";
        if (!toCompany || !isSent(l) || *l.sentAt < after || (lastReply && *l.sentAt == after))
            continue;
        if (!waiting || *l.sentAt > *waiting->sentAt)
            waiting = &l;
    }
    std::optional<qint64> deadline;
    if (waiting)
        deadline = LetterDrafter::replyDeadline(*waiting, conv.zone());
    if (lastReply) {
        d.set("repliedOn", textValue(conv.date(*lastReply)));
        d.set("unresolved", mu::data(open));
    }
    if (deadline) {
        d.set("askedBy", textValue(conv.date(*deadline)));
        d.set("askedByPassed", mu::data(endOfDay(*deadline, conv.zone()) <= ctx.nowMs));
    }
    d.set("noReplyYet", mu::data(!lastReply && !deadline));
}

} // namespace

std::optional<qint64> LetterDrafter::replyDeadline(const Letter& letter, const QTimeZone& zone)
{
    if (letter.replyBy)
        return letter.replyBy;
    if (letter.kind == u"public_post" || letter.createdAt <= 0)
        return std::nullopt;
    // Letters drafted before the deadline was stored asked for DefaultReplyDays after drafting.
    return QDateTime::fromMSecsSinceEpoch(letter.createdAt, zone)
        .addDays(DefaultReplyDays)
        .toMSecsSinceEpoch();
}

void addLetterHistory(mu::data& d, const LetterContext& ctx)
{
    const CaseSnapshot& s = ctx.snapshot;
    const LetterPhrases& phrases = ctx.phrases;
    const LetterConventions& conv = ctx.conventions;
    const bool isPublic = ctx.audience == LetterAudience::Public;
    const QString end = phrases.text(u"sentenceEnd"_s);
    const auto via = [&phrases](const QString& channel) {
        return phrases.in(u"via"_s, channel.isEmpty() ? u"other"_s : channel);
    };
    const auto original = findOriginal(s);
    if (original) {
        mu::data o;
        o.set("sentDate", textValue(conv.date(original->at)));
        // The complaint is a letter or a contact the history lists; only a complaint the case's
        // log alone shows needs its own sentence.
        o.set("listed", mu::data(original->letter != nullptr || original->contact != nullptr));
        // First raised on the phone, then complained in writing: both are said, each as it was.
        if (original->letter && !original->letterFirst) {
            mu::data w;
            w.set("date", textValue(conv.date(*original->letter->sentAt)));
            w.set("via", textValue(via(original->letter->channel)));
            o.set("written", w);
        } else {
            o.set("written", mu::data(false));
        }
        o.set("via", textValue(via(original->channel)));
        // A public post names how the complaint went, not the company's reference for it.
        o.set("ticket", isPublic ? mu::data(false) : textValue(asClause(original->reference)));
        std::optional<qint64> deadline;
        if (original->letter)
            deadline = LetterDrafter::replyDeadline(*original->letter, conv.zone());
        o.set("replyBy", deadline ? textValue(conv.date(*deadline)) : mu::data(false));
        // A date asked for is met until its day ends: on the day itself it is not missed.
        const bool deadlineOver = deadline && endOfDay(*deadline, conv.zone()) <= ctx.nowMs;
        o.set("replyMissed", mu::data(deadlineOver && !answeredAfter(s, original->at)));
        o.set("replyDueToday",
              mu::data(deadline && !deadlineOver
                       && QDateTime::fromMSecsSinceEpoch(*deadline, conv.zone()).date()
                              == QDateTime::fromMSecsSinceEpoch(ctx.nowMs, conv.zone()).date()));
        // The company has failed the user only when a reply it was asked for is overdue, a date
        // it promised has passed, or it replied and the case is still open; a complaint sent
        // today has not failed yet.
        bool overdue = deadline && endOfDay(*deadline, conv.zone()) <= ctx.nowMs;
        for (const Letter& l : s.letters) {
            const bool toCompany = l.kind != u"regulator" && l.kind != u"public_post";
            const auto due = toCompany && isSent(l)
                                 ? LetterDrafter::replyDeadline(l, conv.zone())
                                 : std::nullopt;
            overdue = overdue || (due && endOfDay(*due, conv.zone()) <= ctx.nowMs);
        }
        for (const Contact& c : s.contacts) {
            overdue = overdue
                || (c.promisedBy && *c.promisedBy < ctx.nowMs && !c.promise.trimmed().isEmpty()
                    && !isClosedStatus(s.record.status));
        }
        const bool companyFailed = overdue || answeredAfter(s, original->at);
        o.set("companyFailed", mu::data(companyFailed));
        d.set("companyFailed", mu::data(companyFailed));
        // With no reply on record, what went wrong is said as it is: the latest reply date asked
        // of the company whose day has ended, else the latest promised date that has passed —
        // never that a reply was unsatisfactory when none came.
        std::optional<qint64> missedReplyBy;
        std::optional<qint64> missedPromise;
        if (companyFailed) {
            for (const Letter& l : s.letters) {
                const bool toCompany = l.kind != u"regulator" && l.kind != u"public_post";
                const auto due = toCompany && isSent(l)
                                     ? LetterDrafter::replyDeadline(l, conv.zone())
                                     : std::nullopt;
                if (due && endOfDay(*due, conv.zone()) <= ctx.nowMs
                    && (!missedReplyBy || *due > *missedReplyBy))
                    missedReplyBy = due;
            }
            for (const Contact& c : s.contacts) {
                if (c.promisedBy && *c.promisedBy < ctx.nowMs && !c.promise.trimmed().isEmpty()
                    && !isClosedStatus(s.record.status)
                    && (!missedPromise || *c.promisedBy > *missedPromise))
                    missedPromise = c.promisedBy;
            }
        }
        d.set("missedReplyBy",
              missedReplyBy ? textValue(conv.date(*missedReplyBy)) : mu::data(false));
        d.set("missedPromise",
              missedPromise ? textValue(conv.date(*missedPromise)) : mu::data(false));
        d.set("original", o);
        // Calendar days in the case's zone: a complaint of 2 December is 5 days old on 7 December,
        // whatever the hour (LetterDrafter::daysBetween, which the app's counts should use too).
        const qint64 days = LetterDrafter::daysBetween(original->at, ctx.nowMs, conv.zone());
        d.set("waited", days >= 1 ? textValue(phrases.count(u"waited"_s, days)) : mu::data(false));
    } else {
        d.set("original", mu::data(false));
        d.set("companyFailed", mu::data(false));
        d.set("missedReplyBy", mu::data(false));
        d.set("missedPromise", mu::data(false));
        d.set("waited", mu::data(false));
    }
    addAnswer(d, ctx, original);
    const qint64 since = original ? original->at : std::numeric_limits<qint64>::min();

    std::vector<Dated> letters;
    std::vector<Dated> chases;
    // One chronology of everything the company was told and said, contacts and letters merged:
    // a letter of 7 December never reads as if it came before a call of 28 November.
    std::vector<Dated> history;
    std::vector<Dated> regulators;
    for (const Letter& l : s.letters) {
        if (!isSent(l))
            continue;
        if (l.kind == u"regulator") {
            // A complaint to a regulator was not sent to the company: letters to the company say
            // it happened (by the regulator's name, in this letter's language) instead of
            // listing it among the letters it received, or threatening what was already done.
            const QString key = LetterDrafter::regulatorAddressedIn(l);
            // In a sentence ("to the Consumer Financial Protection Bureau"), else as addressed.
            QString name = key.isEmpty() ? QString() : phrases.in(u"regulatorsInText"_s, key);
            if (name.isEmpty() && !key.isEmpty())
                name = phrases.in(u"regulators"_s, key);
            if (name.isEmpty())
                name = phrases.text(u"someRegulator"_s);
            mu::data item;
            item.set("name", textValue(name));
            item.set("when", textValue(conv.date(*l.sentAt)));
            regulators.push_back({*l.sentAt, std::move(item), name, conv.date(*l.sentAt)});
            continue;
        }
        if (l.kind == u"public_post")
            continue;
        const bool first = original && original->letterFirst && &l == original->letter;
        QString action = phrases.in(u"actions"_s, l.kind);
        if (action.isEmpty())
            action = phrases.in(u"actions"_s, u"initial"_s);
        mu::data item;
        item.set("when", textValue(conv.date(*l.sentAt)));
        item.set("what", textValue(action));
        item.set("via", textValue(via(l.channel)));
        item.set("ticket", isPublic ? mu::data(false) : textValue(asClause(l.reference)));
        item.set("summary", mu::data(false));
        item.set("first", mu::data(first));
        // The letter the opening already tells about, with its reply date: a follow-up said the
        // date three times (opening, history, closing).
        item.set("opened", mu::data(original && &l == original->letter));
        const auto deadline = LetterDrafter::replyDeadline(l, conv.zone());
        item.set("replyBy", deadline ? textValue(conv.date(*deadline)) : mu::data(false));
        item.set("replyMissed", mu::data(deadline && endOfDay(*deadline, conv.zone()) <= ctx.nowMs
                                         && !answeredAfter(s, *l.sentAt)));
        // Every letter sent to the company is in the history, the first complaint too: the
        // opening names only when the matter was first raised.
        if (!isPublic) {
            mu::data entry;
            entry.set("letter", item);
            entry.set("contact", mu::data(false));
            history.push_back({*l.sentAt, std::move(entry)});
        }
        if (first)
            continue;
        if (*l.sentAt >= since) {
            mu::data chase = item;
            chases.push_back({*l.sentAt, std::move(chase)});
        }
        letters.push_back({*l.sentAt, std::move(item)});
    }
    if (!isPublic) {
        for (const Contact& c : s.contacts) {
            mu::data entry;
            entry.set("letter", mu::data(false));
            mu::data item = contactItem(c, ctx);
            item.set("first", mu::data(original && &c == original->contact));
            entry.set("contact", item);
            history.push_back({c.occurredAt, std::move(entry)});
        }
    }
    std::vector<Dated> replies;
    std::vector<Dated> promises;
    for (const Contact& c : s.contacts) {
        // Every promise the company made, and whether its date has passed while the case is open:
        // a follow-up restates what was promised, and a broken promise is the reason to write.
        if (!c.promise.trimmed().isEmpty() && !isPublic) {
            mu::data p;
            p.set("when", textValue(conv.date(c.occurredAt)));
            p.set("channel", textValue(phrases.in(u"replyChannels"_s, c.channel)));
            p.set("agent", mu::data(!c.agentName.trimmed().isEmpty()
                                    || !c.agentId.trimmed().isEmpty()));
            p.set("agentName", textValue(c.agentName));
            p.set("agentId", textValue(c.agentId));
            p.set("ticket", textValue(asClause(c.reference)));
            p.set("promise", textValue(asClause(c.promise)));
            p.set("promiseSentence",
                  textValue(promiseSentence(c, ctx, phrases.in(u"promise"_s,
                                                               ctx.audience
                                                                       == LetterAudience::Regulator
                                                                   ? u"company"_s
                                                                   : u"you"_s))));
            p.set("promisedBy", c.promisedBy ? textValue(conv.date(*c.promisedBy)) : mu::data(false));
            p.set("overdue", mu::data(c.promisedBy && *c.promisedBy < ctx.nowMs
                                      && !isClosedStatus(s.record.status)));
            promises.push_back({c.occurredAt, std::move(p)});
        }
        if (original && &c == original->contact)
            continue;
        if (c.direction == u"incoming") {
            if (c.occurredAt < since)
                continue;
            QStringList said;
            for (const QString& part : {c.summary, c.promise, c.outcome}) {
                if (!part.trimmed().isEmpty())
                    said << asSentence(part, end);
            }
            mu::data item;
            item.set("when", textValue(conv.date(c.occurredAt)));
            item.set("channel", textValue(phrases.in(u"replyChannels"_s, c.channel)));
            item.set("text", textValue(said.join(end == u"." ? u" "_s : QString())));
            replies.push_back({c.occurredAt, std::move(item)});
        } else if (c.occurredAt >= since) {
            QString action = phrases.in(u"actions"_s, c.channel);
            if (action.isEmpty())
                action = phrases.in(u"actions"_s, u"other"_s);
            mu::data item;
            item.set("when", textValue(conv.date(c.occurredAt)));
            item.set("what", textValue(action));
            item.set("via", mu::data(false));
            item.set("ticket", isPublic ? mu::data(false) : textValue(asClause(c.reference)));
            item.set("summary", isPublic ? mu::data(false)
                                         : textValue(asSentence(c.summary, end)));
            item.set("replyBy", mu::data(false));
            item.set("replyMissed", mu::data(false));
            chases.push_back({c.occurredAt, std::move(item)});
        }
    }
    const mu::list letterList = sortedList(letters);
    const mu::list chaseList = sortedList(chases);
    const mu::list replyList = sortedList(replies);
    const mu::list promiseList = sortedList(promises);
    const mu::list historyList = sortedList(history);
    const mu::list regulatorList = sortedList(regulators);
    d.set("history", mu::data(!historyList.empty()));
    d.set("historyList", listOrFalse(historyList));
    d.set("regulatorComplaints", listOrFalse(regulatorList));
    // "I complained about this matter to the Consumer Financial Protection Bureau on December 5,
    // 2026." — said to the company instead of threatening what was already done.
    QStringList complained;
    for (const Dated& r : std::as_const(regulators)) {
        complained << phrases.in(u"complainedTo"_s, u"item"_s)
                          .replace(u"%1"_s, r.name)
                          .replace(u"%2"_s, r.when);
    }
    d.set("complainedTo",
          complained.isEmpty() || isPublic
              ? mu::data(false)
              : textValue(phrases.in(u"complainedTo"_s, u"sentence"_s)
                              .replace(u"%1"_s, complained.join(phrases.in(u"complainedTo"_s,
                                                                           u"joiner"_s)))));
    d.set("letters", mu::data(!letterList.empty()));
    d.set("letterList", listOrFalse(letterList));
    d.set("chases", mu::data(!chaseList.empty()));
    d.set("chaseList", listOrFalse(chaseList));
    d.set("replies", mu::data(!replyList.empty()));
    d.set("replyList", listOrFalse(replyList));
    d.set("promises", mu::data(!promiseList.empty()));
    d.set("promiseList", listOrFalse(promiseList));
    d.set("followUps", chaseList.empty()
                           ? mu::data(false)
                           : textValue(phrases.count(u"followUps"_s, qint64(chaseList.size()))));
}

} // namespace wc::core
