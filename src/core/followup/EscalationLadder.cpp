// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "followup/EscalationLadder.h"

#include "followup/CaseLifecycle.h"
#include "followup/ClockTable.h"
#include "guidance/GuidanceReader.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using guidance::Need;
using guidance::Reader;

// The letter kinds (Letter::kind) the drafter knows or is to know.
const QStringList& knownTemplates()
{
    static const QStringList keys{u"initial"_s, u"follow_up"_s, u"escalation"_s, u"regulator"_s,
                                  u"public_post"_s};
    return keys;
}

const QStringList& knownRegions()
{
    static const QStringList regions{u"CN"_s, u"US"_s, u"UK"_s, u"EU"_s};
    return regions;
}

// Channels where a complaint is a conversation with front-line staff, not a written complaint.
bool isCustomerServiceChannel(const QString& channel)
{
    return channel == u"hotline" || channel == u"in_app_chat" || channel == u"social" ||
           channel == u"branch";
}

QString rungOfLetter(const Letter& l)
{
    if (l.kind == u"initial")
        return isCustomerServiceChannel(l.channel) ? QString(rung::CustomerService)
                                                   : QString(rung::FormalComplaint);
    if (l.kind == u"escalation")
        return QString(rung::FormalComplaint);
    if (l.kind == u"regulator")
        return QString(rung::Regulator);
    if (l.kind == u"public_post")
        return QString(rung::Public);
    return QString(rung::CustomerService); // a follow-up keeps the case where it was
}

// The reply date the latest sent letter to the company asked for, when no reply has been logged
// since it went out (an incoming contact after it answers it).
std::optional<QDate> awaitedReplyDate(const CaseSnapshot& snapshot, const QTimeZone& zone)
{
    const Letter* latest = nullptr;
    for (const Letter& l : snapshot.letters) {
        if (l.status != status::Sent || !l.sentAt || !ClockTable::asksForReply(l.kind))
            continue;
        if (!latest || *l.sentAt > *latest->sentAt ||
            (*l.sentAt == *latest->sentAt && l.id > latest->id))
            latest = &l;
    }
    if (!latest)
        return std::nullopt;
    for (const Contact& c : snapshot.contacts) {
        if (c.direction == u"incoming" && c.occurredAt >= *latest->sentAt)
            return std::nullopt;
    }
    // The stored deadline is a moment: its day is the case's day, not the computer's.
    std::optional<QDate> stored;
    if (latest->replyBy)
        stored = followup::localDate(*latest->replyBy, zone);
    return ClockTable::requestedReplyDate(*latest, stored);
}

// Whether the company let a promise lapse: a contact in which it promised something by a day
// that has ended (in the case's zone) with no answer from it since the promise was made and no
// letter sent after that day (which has followed it up already).
bool promiseMissed(const CaseSnapshot& snapshot, qint64 nowMs, const QTimeZone& zone)
{
    const QDate today = followup::localDate(nowMs, zone);
    for (const Contact& c : snapshot.contacts) {
        if (!c.promisedBy || followup::localDate(*c.promisedBy, zone) >= today)
            continue;
        const qint64 dayEnd = followup::atLocalTime(
            followup::localDate(*c.promisedBy, zone).addDays(1), zone, QTime(0, 0));
        const bool answered = std::any_of(
            snapshot.contacts.cbegin(), snapshot.contacts.cend(), [&](const Contact& other) {
                return &other != &c && other.direction == u"incoming" &&
                    other.occurredAt > c.occurredAt;
            });
        const bool followedUp = std::any_of(
            snapshot.letters.cbegin(), snapshot.letters.cend(), [&](const Letter& l) {
                return l.status == status::Sent && l.sentAt && *l.sentAt >= dayEnd;
            });
        if (!answered && !followedUp)
            return true;
    }
    return false;
}

QList<RungWait> readWaits(Reader& r, const QJsonObject& o, const QString& at)
{
    QList<RungWait> out;
    for (const auto& [item, itemAt] : r.objects(o, "waits"_L1, at, Need::Optional)) {
        RungWait w;
        w.families = r.strings(item, "families"_L1, itemAt);
        const QJsonValue amount = item.value("amount"_L1);
        w.amount = amount.toInt(-1);
        if (r.ok() && (!amount.isDouble() || w.amount < 1 || amount.toDouble() != w.amount)) {
            r.fail(EscalationLadder::tr("The entry “%1” should be a whole number of at least 1.")
                       .arg(Reader::path(itemAt, "amount"_L1)),
                   itemAt + u".amount invalid"_s);
        }
        const QString unit = r.string(item, "unit"_L1, itemAt);
        if (r.ok()) {
            if (const auto u = followup::unitFromKey(unit))
                w.unit = *u;
            else
                r.fail(EscalationLadder::tr("“%1” is not a unit of time WalletCase knows (use "
                                            "days, business_days, weeks or months).")
                           .arg(unit),
                       itemAt + u": unknown unit "_s + unit);
        }
        out.append(w);
    }
    return out;
}

} // namespace

Result<EscalationLadder> EscalationLadder::load(const ProviderDirectory* directory)
{
    auto bytes = Reader::readResource(QString(ResourcePath));
    if (!bytes)
        return std::move(bytes).error();
    return fromJson(*bytes, directory);
}

Result<EscalationLadder> EscalationLadder::fromJson(const QByteArray& json,
                                                    const ProviderDirectory* directory)
{
    Reader r(tr("WalletCase's escalation ladder (escalation.json)"),
             tr("Reinstall WalletCase, or undo the last change to that file (see "
                "docs/followup.md)."),
             u"escalation.json"_s);
    const QJsonObject root = r.document(json);
    r.schemaVersion(root, SchemaVersion);
    EscalationLadder e;
    QStringList order;
    for (const auto& [item, at] : r.objects(root, "rungs"_L1, {})) {
        const QString key = r.string(item, "key"_L1, at);
        order << key;
        e.m_rungNames.append({key, r.text(item, "name"_L1, at)});
    }
    const QJsonObject followUp = root.value("follow_up"_L1).toObject();
    e.m_followUpTemplate = r.string(followUp, "template"_L1, u"follow_up"_s);
    e.m_followUpText = r.text(followUp, "text"_L1, u"follow_up"_s);

    for (const auto& [item, at] : r.objects(root, "ladders"_L1, {})) {
        Ladder ladder;
        ladder.region = r.string(item, "region"_L1, at);
        if (r.ok() && !knownRegions().contains(ladder.region)) {
            r.fail(tr("“%1” is not a region WalletCase knows (use CN, US, UK or EU).")
                       .arg(ladder.region),
                   at + u": unknown region "_s + ladder.region);
        }
        int last = -1;
        for (const auto& [rungItem, rungAt] : r.objects(item, "rungs"_L1, at)) {
            EscalationRung step;
            step.key = r.string(rungItem, "rung"_L1, rungAt);
            const int index = int(order.indexOf(step.key));
            if (r.ok() && index <= last) {
                r.fail(tr("The step “%1” is unknown or out of order. Steps go: %2.")
                           .arg(step.key, order.join(u", "_s)),
                       rungAt + u": rung out of order "_s + step.key);
            }
            last = index;
            step.name = e.rungName(step.key);
            step.templateKey = r.string(rungItem, "template"_L1, rungAt, Need::Optional);
            if (r.ok() && !step.templateKey.isEmpty() &&
                !knownTemplates().contains(step.templateKey)) {
                r.fail(
                    tr("“%1” is not a kind of letter WalletCase can draft.").arg(step.templateKey),
                    rungAt + u": unknown template "_s + step.templateKey);
            }
            step.regulators = r.strings(rungItem, "regulators"_L1, rungAt);
            for (const QString& key : std::as_const(step.regulators)) {
                if (!r.ok() || !directory)
                    continue;
                const auto found = std::find_if(
                    directory->allRegulators().cbegin(), directory->allRegulators().cend(),
                    [&](const Regulator& reg) { return reg.key == key; });
                if (found == directory->allRegulators().cend() || found->region != ladder.region)
                    r.fail(tr("The step “%1” of %2 names “%3”, which is not one of that "
                              "region's regulators in the provider directory.")
                               .arg(step.key, ladder.region, key),
                           rungAt + u": unknown regulator "_s + key);
            }
            step.waits = readWaits(r, rungItem, rungAt);
            step.orFinalResponse = r.flag(rungItem, "or_final_response"_L1, rungAt);
            step.when = r.text(rungItem, "when"_L1, rungAt);
            step.verify = r.flag(rungItem, "verify"_L1, rungAt);
            step.source = r.string(rungItem, "source"_L1, rungAt);
            ladder.rungs.append(step);
        }
        if (r.ok() && e.ladder(ladder.region)) {
            r.fail(tr("The region “%1” has two ladders.").arg(ladder.region),
                   u"duplicate ladder "_s + ladder.region);
        }
        e.m_ladders.append(ladder);
    }
    if (!r.ok())
        return r.error();
    return e;
}

QStringList EscalationLadder::regions() const
{
    QStringList out;
    for (const Ladder& l : m_ladders)
        out << l.region;
    return out;
}

std::optional<Ladder> EscalationLadder::ladder(const QString& region) const
{
    const QString wanted = region.toUpper() == u"GB" ? u"UK"_s : region.toUpper();
    for (const Ladder& l : m_ladders) {
        if (l.region == wanted)
            return l;
    }
    return std::nullopt;
}

LocalizedText EscalationLadder::rungName(const QString& rungKey) const
{
    for (const auto& [key, name] : m_rungNames) {
        if (key == rungKey)
            return name;
    }
    return {};
}

QStringList EscalationLadder::templateKeys() const
{
    QStringList out{m_followUpTemplate};
    for (const Ladder& l : m_ladders) {
        for (const EscalationRung& step : l.rungs) {
            if (!step.templateKey.isEmpty() && !out.contains(step.templateKey))
                out << step.templateKey;
        }
    }
    return out;
}

QString EscalationLadder::regionFor(const QStringList& providerRegions, const QString& userRegion,
                                    const QString& caseLanguage)
{
    QStringList regions;
    for (const QString& r : providerRegions)
        regions << (r.toUpper() == u"GB" ? u"UK"_s : r.toUpper());
    const QString user = userRegion.toUpper() == u"GB" ? u"UK"_s : userRegion.toUpper();
    if (!user.isEmpty() && (regions.isEmpty() || regions.contains(user)))
        return user;
    if (caseLanguage.startsWith(u"zh") && regions.contains(u"CN"_s))
        return u"CN"_s;
    if (!regions.isEmpty())
        return regions.first();
    return user;
}

QString EscalationLadder::regionForTerritory(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::China:
        return u"CN"_s;
    case QLocale::UnitedStates:
        return u"US"_s;
    case QLocale::UnitedKingdom:
        return u"UK"_s;
    // The EU and EEA states: PSD2 applies in all of them.
    case QLocale::Austria:
    case QLocale::Belgium:
    case QLocale::Bulgaria:
    case QLocale::Croatia:
    case QLocale::Cyprus:
    case QLocale::Czechia:
    case QLocale::Denmark:
    case QLocale::Estonia:
    case QLocale::Finland:
    case QLocale::France:
    case QLocale::Germany:
    case QLocale::Greece:
    case QLocale::Hungary:
    case QLocale::Ireland:
    case QLocale::Italy:
    case QLocale::Latvia:
    case QLocale::Lithuania:
    case QLocale::Luxembourg:
    case QLocale::Malta:
    case QLocale::Netherlands:
    case QLocale::Poland:
    case QLocale::Portugal:
    case QLocale::Romania:
    case QLocale::Slovakia:
    case QLocale::Slovenia:
    case QLocale::Spain:
    case QLocale::Sweden:
    case QLocale::Iceland:
    case QLocale::Liechtenstein:
    case QLocale::Norway:
        return u"EU"_s;
    default:
        return {};
    }
}

int EscalationLadder::currentRung(const Ladder& ladder, const CaseSnapshot& snapshot) const
{
    const auto indexOf = [&](const QString& key) {
        for (qsizetype i = 0; i < ladder.rungs.size(); ++i) {
            if (ladder.rungs.at(i).key == key)
                return int(i);
        }
        return -1;
    };
    int current = -1;
    for (const Letter& l : snapshot.letters) {
        if (l.status == status::Sent)
            current = std::max(current, indexOf(rungOfLetter(l)));
    }
    for (const Contact& c : snapshot.contacts) {
        if (c.direction == u"outgoing")
            current = std::max(current, indexOf(QString(rung::CustomerService)));
    }
    const QString& s = snapshot.record.status;
    if (s == status::Sent || s == status::AwaitingReply)
        current = std::max(current, indexOf(QString(rung::CustomerService)));
    if (s == status::Escalated)
        current = std::max(current, indexOf(QString(rung::FormalComplaint)));
    return current;
}

SuggestedStep EscalationLadder::nextStep(const CaseSnapshot& snapshot, const QString& region,
                                         qint64 nowMs, const QTimeZone& zone,
                                         std::optional<qint64> finalResponseAt,
                                         const BusinessCalendar& calendar) const
{
    SuggestedStep out;
    out.region = region;
    const auto found = ladder(region);
    if (!found || found->rungs.isEmpty() || isClosedStatus(snapshot.record.status))
        return out;
    const int current = currentRung(*found, snapshot);
    if (current >= 0)
        out.currentRungKey = found->rungs.at(current).key;
    out.complaintLetterSent = std::any_of(snapshot.letters.cbegin(), snapshot.letters.cend(),
                                          [](const Letter& l) {
                                              return l.kind == u"initial" &&
                                                  l.status == status::Sent;
                                          });
    // The company still has time to answer the letter: the step is to wait for its reply.
    // Not while the company broke a promise, or once the reply day has come (the reminder for
    // it fires that day): then the step is a follow-up letter holding it to its word.
    if (const auto replyBy = awaitedReplyDate(snapshot, zone)) {
        const qint64 lateFrom = followup::atLocalTime(replyBy->addDays(1), zone, QTime(0, 0));
        const bool dayReached = followup::localDate(nowMs, zone) >= *replyBy;
        if (nowMs < lateFrom && (dayReached || promiseMissed(snapshot, nowMs, zone))) {
            out.kind = SuggestedStep::Kind::FollowUp;
            out.templateKey = m_followUpTemplate;
            out.text = m_followUpText;
            out.replyBy = replyBy;
            out.opensAt = lateFrom;
            if (current + 1 < found->rungs.size()) {
                out.rungKey = found->rungs.at(current + 1).key;
                out.rungName = found->rungs.at(current + 1).name;
            }
            return out;
        }
        if (nowMs < lateFrom) {
            out.kind = SuggestedStep::Kind::Wait;
            out.replyBy = replyBy;
            out.opensAt = followup::atLocalTime(replyBy->addDays(1), zone);
            if (current + 1 < found->rungs.size()) {
                out.rungKey = found->rungs.at(current + 1).key;
                out.rungName = found->rungs.at(current + 1).name;
            }
            return out;
        }
    }
    if (current + 1 >= found->rungs.size())
        return out; // at the top already: nothing higher to suggest
    const EscalationRung& next = found->rungs.at(current + 1);
    out.rungKey = next.key;
    out.rungName = next.name;
    out.regulators = next.regulators;

    // The longest wait that applies to this family decides when the rung opens.
    const auto sentAt = CaseLifecycle::complaintSentAt(snapshot);
    std::optional<qint64> opensAt;
    if (sentAt && !(next.orFinalResponse && finalResponseAt)) {
        const QDate sentDate = followup::localDate(*sentAt, zone);
        for (const RungWait& w : next.waits) {
            if (!w.families.isEmpty() && !w.families.contains(snapshot.record.family))
                continue;
            const qint64 at = followup::atLocalTime(
                followup::addToDate(sentDate, w.amount, w.unit, calendar), zone);
            opensAt = opensAt ? std::max(*opensAt, at) : at;
        }
    }
    if (opensAt && nowMs < *opensAt) {
        out.kind = SuggestedStep::Kind::FollowUp;
        out.templateKey = m_followUpTemplate;
        out.text = m_followUpText;
        out.opensAt = opensAt;
        return out;
    }
    out.kind = SuggestedStep::Kind::Rung;
    out.templateKey = next.templateKey;
    out.text = next.when;
    return out;
}

} // namespace wc::core
