// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/ClockTable.h"

#include "followup/CaseLifecycle.h"
#include "guidance/GuidanceReader.h"
#include "guidance/ProviderDirectory.h"
#include "followup/ReminderPurpose.h"
#include "letters/LetterConventions.h"
#include "letters/LetterDrafter.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using guidance::Need;
using guidance::Reader;

const QStringList& knownStarts()
{
    static const QStringList starts{clockstart::ComplaintSent, clockstart::FinalResponse,
                                    clockstart::StatementDate, clockstart::TransactionDate,
                                    clockstart::Incident,      clockstart::DisputeOpened,
                                    clockstart::ReplyRequested};
    return starts;
}

const QStringList& knownKinds()
{
    static const QStringList kinds{u"follow_up"_s, u"reply_deadline"_s, u"claim_deadline"_s};
    return kinds;
}

// GB is the ISO code; the data files say UK.
QString normalRegion(const QString& region)
{
    const QString upper = region.trimmed().toUpper();
    return upper == u"GB" ? u"UK"_s : upper;
}

int readInt(Reader& r, const QJsonObject& o, QLatin1String key, const QString& at, bool required,
            int min)
{
    if (!r.ok())
        return 0;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            r.fail(ClockTable::tr("The entry “%1” is missing.").arg(Reader::path(at, key)),
                   Reader::path(at, key) + u" missing"_s);
        return 0;
    }
    const qint64 n = v.toInteger(min - 1);
    if (!v.isDouble() || n != v.toInteger(min - 2) || n < min || n > 100000) {
        r.fail(ClockTable::tr("The entry “%1” should be a whole number of at least %2.")
                   .arg(Reader::path(at, key))
                   .arg(min),
               Reader::path(at, key) + u" not a whole number"_s);
        return 0;
    }
    return int(n);
}

ClockRule readRule(Reader& r, const QJsonObject& o, const QString& at)
{
    ClockRule c;
    c.key = r.string(o, "key"_L1, at);
    c.kind = r.string(o, "kind"_L1, at);
    if (r.ok() && !knownKinds().contains(c.kind)) {
        r.fail(ClockTable::tr("“%1” is not a reminder kind a clock can make (use follow_up, "
                              "reply_deadline or claim_deadline).")
                   .arg(c.kind),
               at + u": unknown kind "_s + c.kind);
    }
    for (const QString& region : r.strings(o, "regions"_L1, at))
        c.regions << normalRegion(region);
    c.targets = r.strings(o, "targets"_L1, at);
    c.families = r.strings(o, "families"_L1, at);
    for (const QString& f : std::as_const(c.families)) {
        if (r.ok() && !isKnownFamily(f))
            r.fail(ClockTable::tr("“%1” is not a kind of problem WalletCase knows.").arg(f),
                   at + u": unknown family "_s + f);
    }
    c.providers = r.strings(o, "providers"_L1, at);
    c.providerKinds = r.strings(o, "provider_kinds"_L1, at);
    c.starts = r.string(o, "starts"_L1, at);
    c.startFallback = r.string(o, "start_fallback"_L1, at, Need::Optional);
    for (const QString& start : {c.starts, c.startFallback}) {
        if (r.ok() && !start.isEmpty() && !knownStarts().contains(start)) {
            r.fail(ClockTable::tr("“%1” is not something a deadline can count from.").arg(start),
                   at + u": unknown start "_s + start);
        }
    }
    // Only the letter's own reply date is a deadline on the day it counts from.
    c.amount = readInt(r, o, "amount"_L1, at, true,
                       c.starts == clockstart::ReplyRequested ? 0 : 1);
    const auto readUnit = [&](QLatin1String key, followup::Unit& out) {
        const QString unit = r.string(o, key, at);
        if (!r.ok())
            return;
        if (const auto u = followup::unitFromKey(unit))
            out = *u;
        else
            r.fail(ClockTable::tr("“%1” is not a unit of time WalletCase knows (use days, "
                                  "business_days, weeks or months).")
                       .arg(unit),
                   at + u": unknown unit "_s + unit);
    };
    readUnit("unit"_L1, c.unit);
    c.extendedUnit = c.unit;
    if (o.contains("extended_amount"_L1)) {
        c.extendedAmount = readInt(r, o, "extended_amount"_L1, at, true, 1);
        if (o.contains("extended_unit"_L1))
            readUnit("extended_unit"_L1, c.extendedUnit);
    }
    c.remindBeforeDays = readInt(r, o, "remind_before_days"_L1, at, false, 0);
    c.defaultOn = r.flag(o, "default_on"_L1, at);
    c.defaultOnProviders = r.strings(o, "default_on_providers"_L1, at);
    c.name = r.text(o, "name"_L1, at);
    c.text = r.text(o, "text"_L1, at);
    c.note = r.text(o, "note"_L1, at, Need::Optional);
    c.estimateText = r.text(o, "estimate_text"_L1, at, Need::Optional);
    c.extendedLabel = r.text(o, "extended_label"_L1, at, Need::Optional);
    c.source = r.text(o, "source"_L1, at);
    c.fulfilledBy = r.strings(o, "fulfilled_by"_L1, at);
    c.electronicTransfer = o.value("electronic_transfer"_L1).toBool();
    c.cardFunded = o.value("card_funded"_L1).toBool();
    // Every rule must speak both languages of the app.
    for (const LocalizedText* t : {&c.name, &c.text, &c.source}) {
        for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
            if (r.ok() && !t->has(language))
                r.fail(ClockTable::tr("The clock “%1” has no %2 text.").arg(c.key, language),
                       at + u": missing language "_s + language);
        }
    }
    return c;
}

QString fill(QString text, const QString& provider, const QString& deadline)
{
    return text.replace(u"{provider}"_s, provider).replace(u"{deadline}"_s, deadline);
}

bool sentToCompany(const Letter& l)
{
    // Regulator letters and public posts go elsewhere; every other kind is to the company.
    return l.status == status::Sent && l.kind != u"regulator" && l.kind != u"public_post";
}

// Whether a pending reminder was made from `rule` (its text in either language).
bool madeFrom(const ClockRule& rule, const Reminder& reminder)
{
    if (reminder.kind != rule.kind || reminder.text.isEmpty())
        return false;
    for (const LocalizedText* t : {&rule.text, &rule.estimateText}) {
        for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
            if (const QString text = t->text(language);
                !text.isEmpty() && ClockTable::textPattern(text).match(reminder.text).hasMatch())
                return true;
        }
    }
    return false;
}


} // namespace

// ------------------------------------------------------------------------------- ClockContext

ClockContext ClockContext::fromCase(const CaseSnapshot& snapshot,
                                    const ProviderDirectory* directory, const QString& language,
                                    const QString& userRegion)
{
    ClockContext c;
    const CaseRecord& r = snapshot.record;
    c.providerKey = r.providerKey;
    c.providerName = r.providerName.trimmed();
    c.family = r.family;
    c.userRegion = normalRegion(userRegion);
    c.providerKind = r.providerKey.isEmpty() ? QString() : u"wallet"_s;
    if (directory) {
        if (const auto p = directory->provider(r.providerKey)) {
            for (const QString& region : p->regions)
                c.regions << normalRegion(region);
            if (const QString name = p->name.text(language); !name.isEmpty())
                c.providerName = name;
            // The directory's entries say what kind of institution they are.
            if (!p->kind.isEmpty())
                c.providerKind = p->kind;
        }
    }
    c.complaintSentAt = CaseLifecycle::complaintSentAt(snapshot);
    for (const Letter& l : snapshot.letters) {
        if (l.status == status::Sent && l.sentAt == c.complaintSentAt) {
            c.channel = l.channel;
            break;
        }
    }
    // The reply date the latest letter to the company asks for: what the user sent, so its
    // text decides.
    const Letter* latest = nullptr;
    for (const Letter& l : snapshot.letters) {
        if (l.status != status::Sent || !l.sentAt || !ClockTable::asksForReply(l.kind))
            continue;
        if (!latest || *l.sentAt > *latest->sentAt ||
            (*l.sentAt == *latest->sentAt && l.id > latest->id))
            latest = &l;
    }
    if (latest)
        c.replyRequestedOn = ClockTable::requestedReplyDate(*latest);
    for (const TransactionRecord& t : snapshot.transactions) {
        if (t.occurredAt && (!c.transactionAt || *t.occurredAt < *c.transactionAt))
            c.transactionAt = t.occurredAt;
    }
    c.incidentAt = r.incidentAt;
    c.regulationE = regulationEReach(snapshot, regulationEFundingVaries(r.providerKey));
    c.funding = fundingOf(snapshot);
    if (!c.transactionAt && r.family != family::Service) {
        c.transactionAt = r.incidentAt;
        c.transactionFromIncident = r.incidentAt.has_value();
    }
    c.language = r.language;
    QStringList actions{QString(fulfilled::LetterToCompany), QString(fulfilled::ContactWithCompany),
                        u"written_letter_to_company"_s};
    for (const ChecklistItem& item : snapshot.checklist)
        actions << QString(fulfilled::FirstStep) + u':' + item.itemKey;
    for (const QString& action : std::as_const(actions)) {
        if (const auto at = ClockTable::actionDoneAt(action, snapshot))
            c.actionsDone.insert(action, *at);
    }
    return c;
}

std::optional<qint64> ClockContext::startOf(const QString& start) const
{
    if (start == clockstart::ComplaintSent)
        return complaintSentAt;
    if (start == clockstart::FinalResponse)
        return finalResponseAt;
    if (start == clockstart::StatementDate)
        return statementAt;
    if (start == clockstart::TransactionDate)
        return transactionAt;
    if (start == clockstart::Incident)
        return incidentAt;
    if (start == clockstart::DisputeOpened)
        return disputeOpenedAt;
    return std::nullopt;
}

// --------------------------------------------------------------------------------- ClockTable

Result<ClockTable> ClockTable::load()
{
    auto bytes = Reader::readResource(QString(ResourcePath));
    if (!bytes)
        return std::move(bytes).error();
    return fromJson(*bytes);
}

bool ClockTable::asksForReply(const QString& letterKind)
{
    return letterKind == u"initial" || letterKind == u"follow_up" || letterKind == u"escalation";
}

QRegularExpression ClockTable::textPattern(const QString& text)
{
    QString pattern = QRegularExpression::escape(text);
    for (const QString& slot : {u"{provider}"_s, u"{deadline}"_s, u"{problem}"_s, u"{start}"_s})
        pattern.replace(QRegularExpression::escape(slot), u"(.+?)"_s);
    // Not anchored at the start: an offer may wrap the rule's text in a condition ("If you
    // paid from your balance or bank account (not a credit card): …", if_from_account_text).
    return QRegularExpression(pattern + u"\\z"_s, QRegularExpression::DotMatchesEverythingOption);
}

std::optional<ClockTable::Recognised> ClockTable::recognise(const Reminder& reminder) const
{
    if (reminder.text.isEmpty() || reminder.contactId)
        return std::nullopt;
    for (const ClockRule& rule : m_rules) {
        if (rule.kind != reminder.kind)
            continue;
        for (const bool estimate : {false, true}) {
            const LocalizedText& text = estimate ? rule.estimateText : rule.text;
            for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
                const QString words = text.text(language);
                if (!words.isEmpty() && textPattern(words).match(reminder.text).hasMatch())
                    return Recognised{rule, estimate};
            }
        }
    }
    return std::nullopt;
}

std::optional<qint64> ClockTable::actionDoneAt(const QString& action, const CaseSnapshot& snapshot)
{
    std::optional<qint64> first;
    const auto take = [&first](qint64 at) {
        if (!first || at < *first)
            first = at;
    };
    if (action == fulfilled::LetterToCompany || action == u"written_letter_to_company") {
        // A letter read out on the phone is no written notice.
        const bool written = action != fulfilled::LetterToCompany;
        for (const Letter& l : snapshot.letters) {
            if (sentToCompany(l) && l.sentAt && !(written && l.channel == u"hotline"))
                take(*l.sentAt);
        }
    } else if (action == fulfilled::ContactWithCompany) {
        for (const Contact& c : snapshot.contacts) {
            if (c.direction == u"outgoing")
                take(c.occurredAt);
        }
    } else if (action.startsWith(QString(fulfilled::FirstStep) + u':')) {
        const QString key = action.section(u':', 1);
        for (const ChecklistItem& item : snapshot.checklist) {
            if (item.itemKey == key && item.doneAt)
                take(*item.doneAt);
        }
    }
    return first;
}

QString ClockTable::regionalDate(const QDate& date, const QString& region, const QString& language)
{
    if (!date.isValid())
        return {};
    // Noon in UTC is that day in the conventions' own (UTC) zone.
    if (const auto conventions =
            LetterConventions::load(region, language.startsWith(u"zh") ? u"zh_CN"_s : u"en"_s,
                                    QTimeZone::utc()))
        return conventions->date(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    return followup::longDate(date, language);
}

QString ClockTable::readyToSendText(const QString& language, const QString& problem,
                                    const QString& provider) const
{
    const ClockRule* rule = nullptr;
    for (const ClockRule& r : m_purposeRules) {
        if (r.key == (provider.trimmed().isEmpty() ? u"ready_to_send_without_provider"_s
                                                   : u"ready_to_send"_s))
            rule = &r;
    }
    if (!rule)
        return {};
    return rule->text.text(language)
        .replace(u"{problem}"_s, problem)
        .replace(u"{provider}"_s, provider.trimmed());
}

std::optional<QDate> ClockTable::requestedReplyDate(const Letter& letter,
                                                    std::optional<QDate> computed)
{
    // Only the sentences that ask for a reply: the letter also gives the incident's dates.
    static const QRegularExpression sentenceEnd(u"[。！？!?\\n]|\\.(?=\\s|$)"_s);
    static const QRegularExpression cue(u"reply|respon[ds]|答复|回复|答覆"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QDate> asked;
    for (const QString& sentence : letter.body.split(sentenceEnd)) {
        if (sentence.contains(cue))
            asked << ClockTable::datesIn(sentence);
    }
    // The deadline the drafter stored with the letter is the better source, unless the text
    // now asks for another date.
    if (!computed && letter.replyBy)
        computed = followup::localDate(*letter.replyBy, QTimeZone::systemTimeZone());
    if (computed && computed->isValid() && (asked.isEmpty() || asked.contains(*computed)))
        return computed;
    if (asked.isEmpty())
        return std::nullopt;
    return asked.last(); // the request closes the letter; earlier ones quote past deadlines
}

QDate ClockTable::draftedReplyDate(qint64 draftedAtMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(draftedAtMs, zone)
        .addDays(LetterDrafter::DefaultReplyDays)
        .date();
}

Result<ClockTable> ClockTable::fromJson(const QByteArray& json)
{
    Reader r(tr("WalletCase's table of complaint deadlines (clocks.json)"),
             tr("Reinstall WalletCase, or undo the last change to that file (see "
                "docs/followup.md)."),
             u"clocks.json"_s);
    const QJsonObject root = r.document(json);
    r.schemaVersion(root, SchemaVersion);
    ClockTable t;
    t.m_updated = r.string(root, "updated"_L1, {}, Need::Optional);
    t.m_providerFallback = r.text(root, "provider_fallback"_L1, {});
    t.m_ifFromAccountName = r.text(root, "if_from_account_name"_L1, {}, Need::Optional);
    t.m_ifFromAccountText = r.text(root, "if_from_account_text"_L1, {}, Need::Optional);
    // The ready-to-send reminder: two texts, one purpose.
    const QJsonObject ready = root.value("ready_to_send"_L1).toObject();
    if (!ready.isEmpty()) {
        const QString at = u"ready_to_send"_s;
        const QStringList fulfilledBy = r.strings(ready, "fulfilled_by"_L1, at);
        for (const auto& [key, textKey] :
             {std::pair{u"ready_to_send"_s, "text"_L1},
              std::pair{u"ready_to_send_without_provider"_s, "text_without_provider"_L1}}) {
            ClockRule rule;
            rule.key = key;
            rule.kind = u"follow_up"_s;
            rule.text = r.text(ready, textKey, at);
            rule.fulfilledBy = fulfilledBy;
            t.m_purposeRules.append(rule);
        }
    }
    const QJsonObject steps = root.value("first_steps_fulfilled_by"_L1).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        if (it.key() != u"about")
            t.m_stepFulfilment.insert(it.key(), r.strings(steps, QLatin1String(it.key().toLatin1()),
                                                          u"first_steps_fulfilled_by"_s));
    }
    const QJsonObject starts = root.value("start_names"_L1).toObject();
    for (auto it = starts.begin(); it != starts.end(); ++it) {
        if (it.key() != u"about")
            t.m_startNames.insert(it.key(), r.text(starts, QLatin1String(it.key().toLatin1()),
                                                   u"start_names"_s));
    }
    QSet<QString> keys;
    for (const auto& [item, at] : r.objects(root, "clocks"_L1, {})) {
        ClockRule rule = readRule(r, item, at);
        if (r.ok() && keys.contains(rule.key)) {
            r.fail(tr("The clock “%1” is listed twice.").arg(rule.key),
                   u"duplicate clock "_s + rule.key);
        }
        keys.insert(rule.key);
        t.m_rules.append(rule);
    }
    if (!r.ok())
        return r.error();
    return t;
}

std::optional<ClockRule> ClockTable::rule(const QString& key) const
{
    for (const ClockRule& c : m_rules) {
        if (c.key == key)
            return c;
    }
    return std::nullopt;
}

bool ClockTable::applies(const ClockRule& rule, const ClockContext& context) const
{
    if (!rule.regions.isEmpty()) {
        // A provider in several regions: the user's own region decides when it is known.
        QStringList regions;
        for (const QString& r : context.regions)
            regions << normalRegion(r);
        const QString user = normalRegion(context.userRegion);
        if (!user.isEmpty() && (regions.isEmpty() || regions.contains(user)))
            regions = {user};
        const bool any = std::any_of(regions.cbegin(), regions.cend(),
                                     [&](const QString& r) { return rule.regions.contains(r); });
        if (!any)
            return false;
    }
    const QString target = context.target.isEmpty() ? u"company"_s : context.target;
    if (!rule.targets.isEmpty() && !rule.targets.contains(target))
        return false;
    if (!rule.families.isEmpty() && !rule.families.contains(context.family))
        return false;
    // A payment a credit card funded is no electronic fund transfer: no Regulation E clock.
    if (rule.electronicTransfer && context.regulationE == RegulationEReach::None)
        return false;
    // A card's clock (a chargeback) needs a card: one the case says paid, a card wallet (which
    // only ever passes a card on), or a wallet taking cards too whose case does not say how it
    // was paid (regulationEReach's IfFromAccount). A payment from a balance has none.
    if (rule.cardFunded && context.funding != Funding::CreditCard &&
        context.providerKind != u"card_wallet" &&
        !(context.funding == Funding::Unknown &&
          context.regulationE == RegulationEReach::IfFromAccount))
        return false;
    if (!rule.providers.isEmpty() || !rule.providerKinds.isEmpty()) {
        if (!rule.providers.contains(context.providerKey) &&
            !rule.providerKinds.contains(context.providerKind))
            return false;
    }
    return true;
}

QList<ClockOffer> ClockTable::offers(const ClockContext& context, qint64 nowMs,
                                     const QTimeZone& zone, const QList<Reminder>& existing,
                                     const BusinessCalendar& calendar) const
{
    QList<ClockOffer> out;
    for (const ClockRule& rule : m_rules) {
        if (!applies(rule, context))
            continue;
        ClockOffer offer;
        offer.rule = rule;
        // The funding is not known on a wallet that takes cards too: offered, but saying when
        // the rule applies, in the offer and in the reminder it makes.
        if (rule.electronicTransfer && context.regulationE == RegulationEReach::IfFromAccount) {
            offer.ifFromAccount = true;
            for (const QString& language : {u"zh_CN"_s, u"en"_s}) {
                if (m_ifFromAccountName.isEmpty() || m_ifFromAccountText.isEmpty())
                    break; // a table without the wording (tests): the rule's own
                offer.rule.name.byLanguage.insert(
                    language, m_ifFromAccountName.text(language).replace(
                                  u"{name}"_s, rule.name.text(language)));
                offer.rule.text.byLanguage.insert(
                    language, m_ifFromAccountText.text(language).replace(
                                  u"{text}"_s, rule.text.text(language)));
                if (const QString estimate = rule.estimateText.text(language); !estimate.isEmpty())
                    offer.rule.estimateText.byLanguage.insert(
                        language,
                        m_ifFromAccountText.text(language).replace(u"{text}"_s, estimate));
            }
        }
        std::optional<qint64> start = context.startOf(rule.starts);
        if (rule.starts == clockstart::ReplyRequested && context.replyRequestedOn)
            start = followup::atLocalTime(*context.replyRequestedOn, zone, QTime(0, 0));
        offer.startKey = rule.starts;
        if (!start && !rule.startFallback.isEmpty()) {
            start = context.startOf(rule.startFallback);
            offer.startIsFallback = start.has_value();
            offer.startKey = rule.startFallback == clockstart::TransactionDate &&
                                     context.transactionFromIncident
                                 ? QString(clockstart::Incident)
                                 : rule.startFallback;
        }
        if (!start)
            continue;
        offer.startAt = *start;
        offer.zone = zone;
        offer.region = LetterConventions::regionFor(context.regions, zone, context.language);
        const QDate startDate = followup::localDate(*start, zone);
        offer.deadline = followup::addToDate(startDate, rule.amount, rule.unit, calendar);
        if (rule.extendedAmount)
            offer.extendedDeadline =
                followup::addToDate(startDate, *rule.extendedAmount, rule.extendedUnit, calendar);
        QDate remindOn = offer.deadline.addDays(-rule.remindBeforeDays);
        if (remindOn <= startDate)
            remindOn = offer.deadline;
        offer.remindAt = followup::atLocalTime(remindOn, zone, m_reminderTime);
        // The deadline's last day is still usable until it ends.
        offer.passed = followup::atLocalTime(offer.deadline.addDays(1), zone, QTime(0, 0)) <= nowMs;
        // Done already (the user called on the day of the theft): no reminder is needed, and
        // a notice given in time is no deadline missed.
        for (const QString& action : rule.fulfilledBy) {
            const auto at = context.actionsDone.constFind(action);
            if (at != context.actionsDone.cend() && (!offer.fulfilledAt || *at < *offer.fulfilledAt))
                offer.fulfilledAt = *at;
        }
        if (offer.fulfilledAt) {
            offer.fulfilledInTime = followup::localDate(*offer.fulfilledAt, zone) <= offer.deadline;
            if (offer.fulfilledInTime)
                offer.passed = false;
        }
        offer.recommended =
            !offer.passed && !offer.fulfilledAt &&
            (rule.defaultOn || rule.defaultOnProviders.contains(context.providerKey));
        // One reminder per deadline: the one set on that day, or one made from the same rule
        // (counted from another start before the case had its transactions).
        // The reply date a letter asks for is a new deadline with each letter: a reminder of
        // an earlier letter's date is not this one.
        const bool perLetter = rule.starts == clockstart::ReplyRequested;
        offer.alreadySet = std::any_of(existing.cbegin(), existing.cend(), [&](const Reminder& r) {
            if (r.state != u"pending" || r.kind != rule.kind)
                return false;
            if (followup::localDate(r.dueAt, zone) == remindOn)
                return true;
            return madeFrom(rule, r) &&
                (!perLetter || ClockTable::datesIn(r.text).contains(offer.deadline));
        });
        if (offer.alreadySet)
            offer.recommended = false;
        out.append(offer);
    }
    std::stable_sort(out.begin(), out.end(), [](const ClockOffer& a, const ClockOffer& b) {
        return a.remindAt < b.remindAt;
    });
    return out;
}

Reminder ClockTable::makeReminder(const ClockOffer& offer, qint64 caseId,
                                  const QString& providerName, const QString& language) const
{
    Reminder r;
    r.caseId = caseId;
    r.kind = offer.rule.kind;
    r.dueAt = offer.remindAt;
    const QString provider = providerName.trimmed().isEmpty() ? m_providerFallback.text(language)
                                                              : providerName.trimmed();
    // Dates as the case's letters write them: a US case reads "December 21, 2026".
    const QString deadline = regionalDate(offer.deadline, offer.region, language);
    const QString estimate = offer.rule.estimateText.text(language);
    if (offer.startIsFallback && !estimate.isEmpty()) {
        QString start = m_startNames.value(offer.startKey).text(language);
        const QString startDate = regionalDate(
            followup::localDate(offer.startAt, offer.zone.isValid() ? offer.zone : QTimeZone::utc()),
            offer.region, language);
        start = start.isEmpty() ? startDate : start.replace(u"{date}"_s, startDate);
        r.text = fill(estimate, provider, deadline).replace(u"{start}"_s, start);
    } else
        r.text = fill(offer.rule.text.text(language), provider, deadline);
    return r;
}

Result<QList<qint64>> ClockTable::accept(CaseStore& store, qint64 caseId,
                                         const QList<ClockOffer>& accepted,
                                         const QString& providerName, const QString& language) const
{
    QList<qint64> ids;
    auto written = store.runBatch([&]() -> Result<void> {
        for (const ClockOffer& offer : accepted) {
            auto id = store.addReminder(makeReminder(offer, caseId, providerName, language));
            if (!id)
                return std::move(id).error();
            ids << *id;
        }
        return {};
    });
    if (!written)
        return std::move(written).error();
    return ids;
}

// The dates written in `text` the way WalletCase's letters write them (2026年12月12日,
// 12 December 2026, December 12, 2026, 2026-12-12), in the order they appear.
QList<QDate> ClockTable::datesIn(const QString& text)
{
    static const QString months = u"(January|February|March|April|May|June|July|August|"
                                  u"September|October|November|December)"_s;
    static const QRegularExpression any(
        u"(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"_s // 1-3
        + u"|(\\d{1,2})\\s+"_s + months + u"\\s+(\\d{4})"_s  // 4-6
        + u"|"_s + months + u"\\s+(\\d{1,2}),?\\s+(\\d{4})"_s // 7-9
        + u"|(\\d{4})-(\\d{2})-(\\d{2})"_s,                    // 10-12
        QRegularExpression::CaseInsensitiveOption);
    const auto month = [](const QString& name) {
        static const QStringList names{u"january"_s,   u"february"_s, u"march"_s,
                                       u"april"_s,     u"may"_s,      u"june"_s,
                                       u"july"_s,      u"august"_s,   u"september"_s,
                                       u"october"_s,   u"november"_s, u"december"_s};
        return int(names.indexOf(name.toLower())) + 1;
    };
    QList<QDate> out;
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QDate date;
        if (m.capturedLength(1) > 0)
            date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        else if (m.capturedLength(4) > 0)
            date = QDate(m.captured(6).toInt(), month(m.captured(5)), m.captured(4).toInt());
        else if (m.capturedLength(7) > 0)
            date = QDate(m.captured(9).toInt(), month(m.captured(7)), m.captured(8).toInt());
        else
            date = QDate(m.captured(10).toInt(), m.captured(11).toInt(), m.captured(12).toInt());
        if (date.isValid())
            out << date;
    }
    return out;
}

} // namespace wc::core
