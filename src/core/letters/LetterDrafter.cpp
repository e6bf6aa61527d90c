// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "letters/LetterDrafter.h"

#include "followup/CaseLifecycle.h"
#include "guidance/Taxonomy.h"
#include "model/Masking.h"
#include "model/Money.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

namespace mu = kainjow::mustache;

// A value for the template. Empty text becomes `false`, never "": the template shows an optional
// line only inside a section over its value, and kainjow treats "" as true. An explicit false
// also stops the lookup from falling through to a same-named value of an outer context.
mu::data value(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? mu::data(false) : mu::data(trimmed.toStdString());
}

mu::data listOrFalse(const mu::list& items)
{
    return items.empty() ? mu::data(false) : mu::data(items);
}

// Ends user text with a full stop of the letter's language unless it already ends a sentence,
// so the template can run sentences together without doubling or missing punctuation.
QString asSentence(const QString& text, const QString& end)
{
    QString t = text.trimmed();
    static const QString enders = u"。！？.!?…"_s;
    if (!t.isEmpty() && !enders.contains(t.back()))
        t += end;
    return t;
}

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

// The letter's wording data, resources/letters/<language>/phrases.json.
class Phrases
{
public:
    explicit Phrases(QJsonObject root) : m_root(std::move(root)) {}

    QString text(const QString& key) const { return m_root.value(key).toString(); }
    QString in(const QString& group, const QString& key) const
    {
        return m_root.value(group).toObject().value(key).toString();
    }
    QString subtype(const QString& subtype, const QString& key) const
    {
        const QString specific =
            m_root.value(u"subtypes"_s).toObject().value(subtype).toObject().value(key).toString();
        return specific.isEmpty() ? in(u"generic"_s, key) : specific;
    }

    // Minor units by the currency's own exponent (JPY has none), in the language's pattern.
    QString money(qint64 minor, const QString& currency) const
    {
        const QString code = currency.trimmed().toUpper();
        const QString number = Money::format(minor, code);
        const QJsonObject patterns = m_root.value(u"money"_s).toObject();
        QString pattern = patterns.value(code).toString();
        if (pattern.isEmpty())
            pattern = patterns.value(code.isEmpty() ? u""_s : u"*"_s).toString(u"%2 %1"_s);
        // replace(), not arg(): a pattern may leave out the code ("%1" for no currency).
        return pattern.replace(u"%1"_s, number).replace(u"%2"_s, code).trimmed();
    }

private:
    QJsonObject m_root;
};

Result<Phrases> loadPhrases(const QString& language)
{
    const QString path = u":/letters/%1/phrases.json"_s.arg(language);
    auto data = readResource(path);
    if (!data)
        return std::move(data).error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
    if (!doc.isObject() || doc.object().value(u"format"_s) != u"walletcase-letter-phrases"_s) {
        return Error{ErrorCode::Internal,
                     LetterDrafter::tr("The letter wording data is damaged. Reinstall WalletCase."),
                     u"bad %1: %2"_s.arg(path, parseError.errorString())};
    }
    return Phrases(doc.object());
}

struct Formats
{
    QLocale locale;
    QTimeZone zone;
    QString date;
    QString dateTime;

    QString at(qint64 ms, bool withTime) const
    {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone), withTime ? dateTime : date);
    }
};

QString subtypeName(const Taxonomy& taxonomy, const CaseRecord& record, const Phrases& phrases,
                    const QString& language)
{
    if (const auto subtype = taxonomy.subtype(record.subtype))
        return subtype->name.text(language);
    if (const auto family = taxonomy.family(record.family))
        return family->name.text(language);
    return phrases.in(u"generic"_s, u"subject"_s);
}

mu::data contactItem(const Contact& c, const Phrases& phrases, const Formats& formats)
{
    const QString end = phrases.text(u"sentenceEnd"_s);
    QString channel = phrases.in(u"channels"_s, c.channel.isEmpty() ? u"other"_s : c.channel);
    if (channel.isEmpty())
        channel = c.channel; // a channel newer than the wording data: its key reads well enough
    mu::data item;
    item.set("when", value(formats.at(c.occurredAt, true)));
    item.set("channel", value(channel));
    item.set("agent", mu::data(!c.agentName.trimmed().isEmpty() || !c.agentId.trimmed().isEmpty()));
    item.set("agentName", value(c.agentName));
    item.set("agentId", value(c.agentId));
    item.set("ticket", value(c.reference));
    item.set("summary", value(asSentence(c.summary, end)));
    item.set("promise", value(asSentence(c.promise, end)));
    item.set("promisedBy", c.promisedBy ? value(formats.at(*c.promisedBy, false)) : mu::data(false));
    item.set("outcome", value(asSentence(c.outcome, end)));
    return item;
}

mu::list remedyItems(const CaseRecord& record, const Phrases& phrases)
{
    mu::list items;
    for (const QString& key : record.remedies) {
        // "other" only points at the note; without a note it would promise something absent.
        if (key == u"other" && record.remedyNote.trimmed().isEmpty())
            continue;
        const QString text = phrases.in(u"remedies"_s, key);
        if (!text.isEmpty())
            items.push_back(mu::object{{"text", value(text)}});
    }
    if (items.empty())
        items.push_back(mu::object{{"text", value(phrases.subtype(record.subtype, u"remedy"_s))}});
    return items;
}

// Text that ends inside a list item or a label: trailing punctuation would double up with the
// separator that follows it ("Shop., CNY 5").
QString clause(const QString& text)
{
    QString t = text.simplified();
    static const QString trailing = u"。，、；：！？.,;:!?"_s;
    while (!t.isEmpty() && trailing.contains(t.back()))
        t.chop(1);
    return t.trimmed();
}

// One line per transaction, in date order (undated ones last, as listed): date and time,
// counterparty, amount, reference, each labelled by the wording data and left out when unknown.
mu::list transactionItems(const QList<TransactionRecord>& transactions, const Phrases& phrases,
                          const Formats& formats)
{
    QList<TransactionRecord> sorted = transactions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TransactionRecord& a, const TransactionRecord& b) {
                         if (a.occurredAt && b.occurredAt)
                             return *a.occurredAt < *b.occurredAt;
                         return a.occurredAt.has_value() && !b.occurredAt.has_value();
                     });
    const QString separator = phrases.in(u"transaction"_s, u"separator"_s);
    const auto labelled = [&phrases](const QString& key, const QString& text) {
        return phrases.in(u"transaction"_s, key).replace(u"%1"_s, text);
    };
    mu::list items;
    for (const TransactionRecord& t : std::as_const(sorted)) {
        QStringList parts;
        if (t.occurredAt)
            parts << formats.at(*t.occurredAt, true);
        if (const QString who = clause(t.counterparty); !who.isEmpty())
            parts << labelled(u"counterparty"_s, who);
        if (t.amountMinor != 0)
            parts << labelled(u"amount"_s, phrases.money(t.amountMinor, t.currency));
        if (const QString ref = clause(t.reference); !ref.isEmpty())
            parts << labelled(u"reference"_s, ref);
        if (!parts.isEmpty())
            items.push_back(mu::object{{"transactionLine", value(parts.join(separator))}});
    }
    return items;
}

mu::data letterData(const CaseSnapshot& snapshot, const Profile& profile, const Phrases& phrases,
                    const Formats& formats, const QString& name, qint64 nowMs, qint64 replyByMs)
{
    const CaseRecord& r = snapshot.record;
    const QString end = phrases.text(u"sentenceEnd"_s);
    const QString listSeparator = phrases.text(u"listSeparator"_s);
    mu::data d;
    d.set("provider", value(r.providerName));
    d.set("subtypeName", value(name));

    // The subject quotes every reference the provider may file the case under: the ones typed
    // on the case and those of the transactions listed, each once and in that order.
    QStringList listed;
    for (const TransactionRecord& t : snapshot.transactions) {
        const QString ref = clause(t.reference);
        if (!ref.isEmpty() && !listed.contains(ref))
            listed << ref;
    }
    QStringList typed;
    for (const QString& ref : r.references) {
        const QString trimmed = clause(ref);
        if (!trimmed.isEmpty() && !typed.contains(trimmed))
            typed << trimmed;
    }
    QStringList all = typed;
    for (const QString& ref : std::as_const(listed)) {
        if (!all.contains(ref))
            all << ref;
    }
    // A statement import can bring dozens of transactions; a subject line holds a few.
    constexpr qsizetype SubjectReferences = 3;
    QString subjectReferences = all.mid(0, SubjectReferences).join(listSeparator);
    if (all.size() > SubjectReferences)
        subjectReferences += phrases.text(u"moreReferences"_s);
    d.set("subjectReferences", value(subjectReferences));
    // The references line names only what the transaction list below does not show already.
    QStringList unlisted;
    for (const QString& ref : std::as_const(typed)) {
        if (!listed.contains(ref))
            unlisted << ref;
    }
    d.set("references", value(unlisted.join(listSeparator)));

    const mu::list transactions = transactionItems(snapshot.transactions, phrases, formats);
    d.set("transactions", mu::data(!transactions.empty()));
    d.set("transactionList", listOrFalse(transactions));

    // The account is named masked: enough for the provider to find it, too little to misuse
    // if the letter is forwarded or posted.
    const QString account = maskAccount(r.accountRef);
    const bool hasProfile = !profile.name.trimmed().isEmpty() || !profile.phone.trimmed().isEmpty()
        || !profile.email.trimmed().isEmpty() || !account.isEmpty();
    mu::data complainant;
    complainant.set("name", value(profile.name));
    complainant.set("phone", value(profile.phone));
    complainant.set("email", value(profile.email));
    complainant.set("account", value(account));
    d.set("complainant", hasProfile ? complainant : mu::data(false));
    d.set("signName", value(profile.name));

    d.set("problem", value(phrases.subtype(r.subtype, u"problem"_s)));
    d.set("incidentAt", r.incidentAt ? value(formats.at(*r.incidentAt, true)) : mu::data(false));
    d.set("amount", r.amountMinor ? value(phrases.money(*r.amountMinor, r.currency)) : mu::data(false));
    QString description = r.description;
    description.replace(u"\r\n"_s, u"\n"_s);
    d.set("description", value(description));

    QList<Contact> contacts = snapshot.contacts;
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact& a, const Contact& b) { return a.occurredAt < b.occurredAt; });
    mu::list contactList;
    for (const Contact& c : std::as_const(contacts))
        contactList.push_back(contactItem(c, phrases, formats));
    d.set("contacts", contactList.empty() ? mu::data(false) : mu::data(true));
    d.set("contactList", listOrFalse(contactList));

    d.set("impact", value(phrases.subtype(r.subtype, u"impact"_s)));
    d.set("remedies", mu::data(remedyItems(r, phrases)));
    d.set("remedyNote", value(asSentence(r.remedyNote, end)));
    d.set("replyBy", value(formats.at(replyByMs, false)));

    mu::list evidence;
    for (const Evidence& e : snapshot.evidence) {
        const QString title = e.title.trimmed().isEmpty() ? e.fileName : e.title;
        if (!title.trimmed().isEmpty())
            evidence.push_back(mu::object{{"title", value(title)}});
    }
    d.set("evidence", evidence.empty() ? mu::data(false) : mu::data(true));
    d.set("evidenceList", listOrFalse(evidence));
    d.set("today", value(formats.at(nowMs, false)));
    return d;
}

constexpr qint64 DayMs = 24 * 3600 * 1000LL;

bool isSent(const Letter& l)
{
    return l.status == status::Sent && l.sentAt.has_value();
}

// Where the complaint first went: the earliest sent "initial" letter, else the earliest sent
// letter, else the earliest outgoing contact (a complaint made on the phone), else the moment
// the case history shows it as sent (then how is unknown).
struct Original
{
    qint64 at = 0;
    QString channel;
    QString reference;
    const Letter* letter = nullptr;
    const Contact* contact = nullptr;
};

std::optional<Original> findOriginal(const CaseSnapshot& s)
{
    const Letter* best = nullptr;
    for (const Letter& l : s.letters) {
        if (!isSent(l))
            continue;
        const bool initial = l.kind == u"initial";
        const bool bestInitial = best && best->kind == u"initial";
        if (!best || (initial && !bestInitial) ||
            (initial == bestInitial && *l.sentAt < *best->sentAt))
            best = &l;
    }
    if (best)
        return Original{*best->sentAt, best->channel, best->reference, best, nullptr};
    const Contact* first = nullptr;
    for (const Contact& c : s.contacts) {
        if (c.direction != u"incoming" && (!first || c.occurredAt < first->occurredAt))
            first = &c;
    }
    if (first)
        return Original{first->occurredAt, first->channel, first->reference, nullptr, first};
    if (const auto at = CaseLifecycle::complaintSentAt(s))
        return Original{*at, {}, {}, nullptr, nullptr};
    return std::nullopt;
}

QString countText(const Phrases& phrases, const QString& group, qint64 n)
{
    const QString key = n == 1 ? u"one"_s : (n == 2 ? u"two"_s : u"many"_s);
    QString pattern = phrases.in(group, key);
    if (pattern.isEmpty())
        pattern = phrases.in(group, u"many"_s);
    return pattern.replace(u"%1"_s, QString::number(n));
}

mu::data sentItem(qint64 at, const QString& action, const QString& via, const QString& ticket,
                  const QString& summary, const Formats& formats)
{
    mu::data item;
    item.set("when", value(formats.at(at, false)));
    item.set("what", value(action));
    item.set("via", value(via));
    item.set("ticket", value(clause(ticket)));
    item.set("summary", value(summary));
    return item;
}

// What the letters after the first one add: when and how the complaint went out, what the user
// did since (letters and outgoing contacts), what came back, and how long the company has had.
void addHistory(mu::data& d, const CaseSnapshot& s, const Phrases& phrases, const Formats& formats,
                qint64 nowMs, bool isPublic)
{
    const QString end = phrases.text(u"sentenceEnd"_s);
    const auto original = findOriginal(s);
    const auto via = [&phrases](const QString& channel) {
        return phrases.in(u"via"_s, channel.isEmpty() ? u"other"_s : channel);
    };
    if (original) {
        mu::data o;
        o.set("sentDate", value(formats.at(original->at, false)));
        o.set("via", value(via(original->channel)));
        // A public post names how the complaint went, not the company's reference for it.
        o.set("ticket", isPublic ? mu::data(false) : value(clause(original->reference)));
        d.set("original", o);
        const qint64 days = (nowMs - original->at) / DayMs;
        d.set("waited", days >= 1 ? value(countText(phrases, u"waited"_s, days)) : mu::data(false));
    } else {
        d.set("original", mu::data(false));
        d.set("waited", mu::data(false));
    }
    const qint64 since = original ? original->at : std::numeric_limits<qint64>::min();

    struct Dated
    {
        qint64 at;
        mu::data item;
    };
    // std::vector, not QList: mustache data can be moved but not copy-assigned.
    std::vector<Dated> letters;
    std::vector<Dated> chases;
    for (const Letter& l : s.letters) {
        if (!isSent(l) || (original && &l == original->letter))
            continue;
        QString action = phrases.in(u"actions"_s, l.kind);
        if (action.isEmpty())
            action = phrases.in(u"actions"_s, u"initial"_s);
        const mu::data item =
            sentItem(*l.sentAt, action, via(l.channel), l.reference, {}, formats);
        letters.push_back({*l.sentAt, item});
        if (*l.sentAt >= since)
            chases.push_back({*l.sentAt, item});
    }
    std::vector<Dated> replies;
    for (const Contact& c : s.contacts) {
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
            item.set("when", value(formats.at(c.occurredAt, false)));
            item.set("channel", value(phrases.in(u"replyChannels"_s, c.channel)));
            item.set("text", value(said.join(end == u"." ? u" "_s : QString())));
            replies.push_back({c.occurredAt, std::move(item)});
        } else if (c.occurredAt >= since) {
            QString action = phrases.in(u"actions"_s, c.channel);
            if (action.isEmpty())
                action = phrases.in(u"actions"_s, u"other"_s);
            chases.push_back({c.occurredAt, sentItem(c.occurredAt, action, {}, c.reference,
                                                  asSentence(c.summary, end), formats)});
        }
    }
    const auto toList = [](std::vector<Dated>& items) {
        std::stable_sort(items.begin(), items.end(),
                         [](const Dated& a, const Dated& b) { return a.at < b.at; });
        mu::list out;
        for (Dated& i : items)
            out.push_back(std::move(i.item));
        return out;
    };
    const mu::list letterList = toList(letters);
    const mu::list chaseList = toList(chases);
    const mu::list replyList = toList(replies);
    d.set("letters", mu::data(!letterList.empty()));
    d.set("letterList", listOrFalse(letterList));
    d.set("chases", mu::data(!chaseList.empty()));
    d.set("chaseList", listOrFalse(chaseList));
    d.set("replies", mu::data(!replyList.empty()));
    d.set("replyList", listOrFalse(replyList));
    d.set("followUps", chaseList.empty()
                           ? mu::data(false)
                           : value(countText(phrases, u"followUps"_s, qint64(chaseList.size()))));
}

// Every reference of the case (typed ones, then those of its transactions), each once.
QStringList allReferences(const CaseSnapshot& s)
{
    QStringList out;
    for (const QString& ref : s.record.references) {
        const QString c = clause(ref);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    for (const TransactionRecord& t : s.transactions) {
        const QString c = clause(t.reference);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

QString regulatorName(const QString& key, const QString& language)
{
    if (key.isEmpty())
        return {};
    auto directory = ProviderDirectory::load();
    if (!directory)
        return {};
    for (const Regulator& r : directory->allRegulators()) {
        if (r.key == key)
            return r.name.text(language);
    }
    return {};
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

void LetterDrafter::nameProvider(CaseSnapshot& snapshot, const ProviderDirectory& directory,
                                 const QString& language)
{
    if (auto provider = directory.provider(snapshot.record.providerKey)) {
        const QString name = provider->name.text(language);
        if (!name.isEmpty())
            snapshot.record.providerName = name;
    }
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
    auto phrases = loadPhrases(language);
    if (!phrases)
        return std::move(phrases).error();
    auto source = readResource(u":/letters/%1/%2.mustache"_s.arg(language, kind));
    if (!source)
        return std::move(source).error();
    auto taxonomy = Taxonomy::load();
    if (!taxonomy)
        return std::move(taxonomy).error();

    const qint64 nowMs = request.nowMs;
    const Formats formats{QLocale(language),
                          request.zone.isValid() ? request.zone : QTimeZone::utc(),
                          phrases->text(u"dateFormat"_s), phrases->text(u"dateTimeFormat"_s)};
    qint64 replyByMs = 0;
    if (request.replyByMs) {
        replyByMs = *request.replyByMs;
    } else {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, formats.zone);
        replyByMs = now.addDays(DefaultReplyDays).toMSecsSinceEpoch();
    }
    const QString name = subtypeName(*taxonomy, snapshot.record, *phrases, language);
    mu::data data = letterData(snapshot, profile, *phrases, formats, name, nowMs, replyByMs);
    if (kind != u"initial") {
        const bool isPublic = kind == u"public_post";
        addHistory(data, snapshot, *phrases, formats, nowMs, isPublic);
        const QStringList refs = allReferences(snapshot);
        data.set("allReferences", value(refs.join(phrases->text(u"listSeparator"_s))));
        const QString provider = snapshot.record.providerName.trimmed();
        const QString fallback = phrases->text(kind == u"regulator" ? u"regulatorCompany"_s
                                                                     : u"company"_s);
        data.set("company", value(provider.isEmpty() ? fallback : provider));
        data.set("regulator", value(regulatorName(request.regulatorKey, language)));
        if (isPublic) {
            // Posted for anyone to read: no name, contact details or account; references
            // masked like account numbers; the date without the time.
            QStringList masked;
            for (const QString& ref : refs)
                masked << maskAccount(ref);
            data.set("maskedReferences", value(masked.join(phrases->text(u"listSeparator"_s))));
            const auto& incident = snapshot.record.incidentAt;
            data.set("incidentDate",
                     incident ? value(formats.at(*incident, false)) : mu::data(false));
            data.set("complainant", mu::data(false));
            data.set("signName", mu::data(false));
        }
    }

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
    letter.caseId = snapshot.record.id;
    letter.kind = kind;
    letter.language = language;
    letter.status = u"draft"_s;
    letter.subject = text.left(split).trimmed();
    letter.body = split < 0 ? QString() : text.mid(split + 2).trimmed();
    letter.createdAt = nowMs;
    letter.updatedAt = nowMs;
    if (letter.subject.isEmpty() || letter.body.isEmpty()) {
        return Error{ErrorCode::Internal,
                     tr("The letter template is damaged. Reinstall WalletCase."),
                     u"template %1/%2 has no subject line or no body"_s.arg(language, kind)};
    }
    return letter;
}

} // namespace wc::core
