// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "letters/LetterFacts.h"

#include "model/Masking.h"
#include "model/PromiseDate.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace mu = kainjow::mustache;

mu::data textValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? mu::data(false) : mu::data(trimmed.toStdString());
}

namespace {

mu::data listOrFalse(const mu::list& items)
{
    return items.empty() ? mu::data(false) : mu::data(items);
}

// The contact's channel as the letter names it; a channel newer than the wording data keeps its
// key, which reads well enough.
QString channelName(const LetterPhrases& phrases, const QString& channel)
{
    const QString key = channel.isEmpty() ? u"other"_s : channel;
    const QString name = phrases.in(u"channels"_s, key);
    return name.isEmpty() ? channel : name;
}

// A promise is overdue when its date has passed while the case is still open: the user is
// writing because it was not kept.
bool promiseOverdue(const Contact& c, const LetterContext& ctx)
{
    return c.promisedBy && *c.promisedBy < ctx.nowMs && !c.promise.trimmed().isEmpty()
        && !isClosedStatus(ctx.snapshot.record.status);
}

// The case names no payment at all: no transaction, no amount, no reference.
bool holdsNoTransaction(const CaseSnapshot& s)
{
    const bool anyReference = std::any_of(s.record.references.cbegin(), s.record.references.cend(),
                                          [](const QString& r) { return !r.trimmed().isEmpty(); });
    return s.transactions.isEmpty() && !s.record.amountMinor && !anyReference;
}

// `withNote`: the user's own words for what they ask are listed too (not in a public post).
// `amount`: the case's amount as the letter writes it, named in the refund it asks for (empty
// when the case holds none).
mu::list remedyItems(const CaseSnapshot& s, const LetterPhrases& phrases, bool withNote,
                     const QString& amount)
{
    const CaseRecord& record = s.record;
    // Without a transaction on record, "the transaction" points at nothing; someone in control
    // of the account can only have made payments the user did not authorise, so those are what
    // the letter asks to reverse.
    const bool unauthorised = record.subtype == u"account_stolen"
        || record.subtype == u"unauthorized_payment" || record.subtype == u"unusual_login";
    const bool noTransaction = holdsNoTransaction(s);
    const auto payments = std::count_if(s.transactions.cbegin(), s.transactions.cend(),
                                        [](const TransactionRecord& t) {
                                            return t.direction != direction::In;
                                        });
    mu::list items;
    for (const QString& key : record.remedies) {
        // "other" only pointed at the note, which is now an item of its own below.
        if (key == u"other")
            continue;
        QString phraseKey = key;
        if (key == u"reversal" && noTransaction && unauthorised)
            phraseKey = u"reversalUnauthorised"_s;
        else if (key == u"reversal" && payments > 1)
            phraseKey = u"reversalPlural"_s; // two transfers are not "the transaction"
        QString text = phrases.in(u"remedies"_s, phraseKey);
        // "退还相关款项" alone left the company to guess how much.
        if (key == u"refund" && !amount.isEmpty())
            text = phrases.in(u"remedies"_s, u"refundAmount"_s).replace(u"%1"_s, amount);
        if (!text.isEmpty())
            items.push_back(mu::object{{"text", textValue(text)}});
    }
    // What the user asked for in their own words is one more item of the list, as typed (an
    // "In addition: Secure my account" line read as a capital in mid-sentence).
    const QString note = withNote ? asClause(record.remedyNote) : QString();
    if (items.empty() && note.isEmpty())
        items.push_back(mu::object{{"text", textValue(phrases.subtype(record.subtype, u"remedy"_s))}});
    if (!note.isEmpty())
        items.push_back(mu::object{{"text", textValue(note)}});
    return items;
}

// One line per transaction, in date order (undated ones last, as listed).
mu::list transactionItems(const LetterContext& ctx)
{
    QList<TransactionRecord> sorted = ctx.snapshot.transactions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TransactionRecord& a, const TransactionRecord& b) {
                         if (a.occurredAt && b.occurredAt)
                             return *a.occurredAt < *b.occurredAt;
                         return a.occurredAt.has_value() && !b.occurredAt.has_value();
                     });
    const LetterPhrases& phrases = ctx.phrases;
    const QString separator = phrases.in(u"transaction"_s, u"separator"_s);
    const auto labelled = [&phrases](const QString& key, const QString& text) {
        return phrases.in(u"transaction"_s, key).replace(u"%1"_s, text);
    };
    mu::list items;
    for (const TransactionRecord& t : std::as_const(sorted)) {
        QStringList parts;
        if (t.occurredAt)
            parts << ctx.conventions.dateTime(*t.occurredAt);
        if (const QString who = asClause(t.counterparty); !who.isEmpty())
            parts << labelled(u"counterparty"_s, who);
        if (t.amountMinor != 0) {
            const QString money = ctx.conventions.money(t.amountMinor, t.currency);
            parts << labelled(t.direction == u"in" ? u"refund"_s : u"amount"_s, money);
        }
        if (const QString ref = asClause(t.reference); !ref.isEmpty())
            parts << labelled(u"reference"_s, ref);
        if (!parts.isEmpty())
            items.push_back(mu::object{{"transactionLine", textValue(parts.join(separator))}});
    }
    return items;
}

// The references the provider may file the case under: typed ones, then the transactions'.
struct References
{
    QStringList typed;
    QStringList listed; // on the transactions
    QStringList all;
};

References references(const CaseSnapshot& s)
{
    References r;
    for (const TransactionRecord& t : s.transactions) {
        const QString ref = asClause(t.reference);
        if (!ref.isEmpty() && !r.listed.contains(ref))
            r.listed << ref;
    }
    for (const QString& ref : s.record.references) {
        const QString trimmed = asClause(ref);
        if (!trimmed.isEmpty() && !r.typed.contains(trimmed))
            r.typed << trimmed;
    }
    r.all = r.typed;
    for (const QString& ref : std::as_const(r.listed)) {
        if (!r.all.contains(ref))
            r.all << ref;
    }
    return r;
}

// The steps the user already took against a stolen account or money, from the first-steps
// checklist: when the account was frozen (to the minute: it bounds the loss), passwords
// changed, the card issuer told, the police informed. Only ticked steps are stated.
mu::list securitySteps(const LetterContext& ctx)
{
    const QJsonObject steps = ctx.phrases.group(u"securitySteps"_s);
    QList<ChecklistItem> done;
    for (const ChecklistItem& item : ctx.snapshot.checklist) {
        if (item.doneAt && steps.contains(item.itemKey))
            done << item;
    }
    std::stable_sort(done.begin(), done.end(), [](const ChecklistItem& a, const ChecklistItem& b) {
        return *a.doneAt < *b.doneAt;
    });
    mu::list items;
    for (const ChecklistItem& item : std::as_const(done)) {
        const bool exact = item.itemKey == u"freeze_account";
        const QString when = exact ? ctx.conventions.dateTime(*item.doneAt)
                                   : ctx.conventions.date(*item.doneAt);
        items.push_back(mu::object{
            {"text", textValue(steps.value(item.itemKey).toString().replace(u"%1"_s, when))}});
    }
    return items;
}

// The impact as the subtype states it, unless the account was frozen since: then the money is
// no longer "at risk" in the present tense. When it was frozen is stated once, among the steps
// taken (securitySteps); a phrase may still name it with %1.
QString impact(const LetterContext& ctx)
{
    const QString subtype = ctx.snapshot.record.subtype;
    std::optional<qint64> frozenAt;
    for (const ChecklistItem& item : ctx.snapshot.checklist) {
        if (item.itemKey == u"freeze_account" && item.doneAt && (!frozenAt || *item.doneAt < *frozenAt))
            frozenAt = item.doneAt;
    }
    if (frozenAt) {
        QString frozen = ctx.phrases.subtype(subtype, u"impactFrozen"_s);
        if (!frozen.isEmpty())
            return frozen.replace(u"%1"_s, ctx.conventions.dateTime(*frozenAt));
    }
    return ctx.phrases.subtype(subtype, u"impact"_s);
}

// Whether a typed reference can be called a transaction reference: only when it is what a
// provider's transaction number looks like (a long run of digits) and the case does not hold it
// as the reference of a call, a message or a letter (a ticket). Anything else is a reference of
// unknown kind, and the letter says no more than that.
bool looksLikeTransactionReference(const QString& ref, const CaseSnapshot& s)
{
    static const QRegularExpression digits(u"^[0-9]{10,}$"_s);
    if (!digits.match(ref).hasMatch())
        return false;
    for (const Contact& c : s.contacts) {
        if (asClause(c.reference) == ref)
            return false;
    }
    for (const Letter& l : s.letters) {
        if (asClause(l.reference) == ref)
            return false;
    }
    return true;
}

mu::data complainant(const LetterContext& ctx)
{
    if (ctx.audience == LetterAudience::Public)
        return mu::data(false);
    const Profile& p = ctx.profile;
    const QString account = ctx.fullAccount ? ctx.snapshot.record.accountRef.trimmed()
                                            : maskAccount(ctx.snapshot.record.accountRef);
    if (p.name.trimmed().isEmpty() && p.phone.trimmed().isEmpty() && p.email.trimmed().isEmpty()
        && p.address.trimmed().isEmpty() && account.isEmpty())
        return mu::data(false);
    mu::data c;
    c.set("name", textValue(p.name));
    c.set("phone", textValue(p.phone));
    c.set("email", textValue(p.email));
    // A postal address matters to a regulator (China's 12315 asks for it); a company already
    // has the user's contact details in the account.
    c.set("address", ctx.audience == LetterAudience::Regulator ? textValue(p.address)
                                                                : mu::data(false));
    c.set("account", textValue(account));
    return c;
}

mu::data regulationE(const LetterContext& ctx)
{
    if (!ctx.regulationE)
        return mu::data(false);
    const LetterPhrases& p = ctx.phrases;
    mu::data r;
    r.set("error", textValue(p.in(u"regulationE"_s, ctx.snapshot.record.subtype)));
    r.set("conditional", mu::data(ctx.regulationEConditional));
    // A later letter reminds the company of the notice it was given and where the 10 business
    // days stand, instead of giving the notice again.
    const bool given = ctx.regulationENoticeAt.has_value() && ctx.regulationEDue.isValid();
    r.set("noticeGiven",
          given ? textValue(ctx.conventions.date(*ctx.regulationENoticeAt)) : mu::data(false));
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.nowMs, ctx.conventions.zone()).date();
    const qint64 dueMs =
        QDateTime(ctx.regulationEDue, QTime(12, 0), ctx.conventions.zone()).toMSecsSinceEpoch();
    r.set("due", given ? textValue(ctx.conventions.date(dueMs)) : mu::data(false));
    // The day itself is not over: "end on" until it is.
    r.set("duePassed", mu::data(given && ctx.regulationEDue < today));
    return r;
}

} // namespace

QString promiseSentence(const Contact& c, const LetterContext& ctx, const QString& company)
{
    // The bullet the sentence ends already says who spoke and when: the sentence says what was
    // promised, in the user's words once and quoted, and by when only if the words do not say it.
    const QString words = asClause(c.promise);
    if (words.isEmpty())
        return {};
    const LetterPhrases& phrases = ctx.phrases;
    const QDate by = c.promisedBy
        ? QDateTime::fromMSecsSinceEpoch(*c.promisedBy, ctx.conventions.zone()).date()
        : QDate();
    if (!c.promisedBy || promiseNamesDate(words, by))
        return phrases.in(u"promise"_s, u"said"_s).replace(u"%1"_s, company).replace(u"%2"_s, words);
    return phrases.in(u"promise"_s, u"saidBy"_s)
        .replace(u"%1"_s, company)
        .replace(u"%2"_s, words)
        .replace(u"%3"_s, ctx.conventions.date(*c.promisedBy));
}

mu::data contactItem(const Contact& c, const LetterContext& ctx)
{
    const LetterPhrases& phrases = ctx.phrases;
    const QString end = phrases.text(u"sentenceEnd"_s);
    mu::data item;
    // A contact logged by its day only is written as a day: no "12:00 AM" nobody gave.
    item.set("when", textValue(c.timeKnown ? ctx.conventions.dateTime(c.occurredAt)
                                           : ctx.conventions.date(c.occurredAt)));
    item.set("channel", textValue(channelName(phrases, c.channel)));
    item.set("incoming", mu::data(c.direction == u"incoming"));
    item.set("replyChannel", textValue(phrases.in(u"replyChannels"_s, c.channel)));
    item.set("agent", mu::data(!c.agentName.trimmed().isEmpty() || !c.agentId.trimmed().isEmpty()));
    item.set("agentName", textValue(c.agentName));
    item.set("agentId", textValue(c.agentId));
    item.set("ticket", textValue(asClause(c.reference)));
    item.set("summary", textValue(asSentence(c.summary, end)));
    item.set("promise", textValue(asClause(c.promise)));
    item.set("promiseSentence",
             textValue(promiseSentence(c, ctx,
                                       phrases.in(u"promise"_s,
                                                  ctx.audience == LetterAudience::Regulator
                                                      ? u"company"_s
                                                      : u"you"_s))));
    item.set("promisedBy",
             c.promisedBy ? textValue(ctx.conventions.date(*c.promisedBy)) : mu::data(false));
    item.set("promiseOverdue", mu::data(promiseOverdue(c, ctx)));
    item.set("outcome", textValue(asSentence(c.outcome, end)));
    return item;
}

mu::data letterFacts(const LetterContext& ctx)
{
    const CaseRecord& r = ctx.snapshot.record;
    const LetterPhrases& phrases = ctx.phrases;
    const LetterConventions& conv = ctx.conventions;
    const QString end = phrases.text(u"sentenceEnd"_s);
    const QString listSeparator = phrases.text(u"listSeparator"_s);
    mu::data d;
    const QString provider = r.providerName.trimmed();
    d.set("provider", textValue(provider));
    d.set("company", textValue(provider.isEmpty()
                                   ? phrases.in(u"addressees"_s, ctx.audience == LetterAudience::Regulator
                                                                      ? u"unnamedProvider"_s
                                                                      : u"unnamedCompany"_s)
                                   : provider));
    d.set("subtypeName", textValue(ctx.subtypeName));

    const References refs = references(ctx.snapshot);
    // A statement import can bring dozens of transactions; a subject line holds a few.
    constexpr qsizetype SubjectReferences = 3;
    QStringList subjectRefs = refs.all.mid(0, SubjectReferences);
    if (ctx.audience == LetterAudience::Public) {
        for (QString& ref : subjectRefs)
            ref = maskAccount(ref);
    }
    QString subjectReferences = subjectRefs.join(listSeparator);
    if (refs.all.size() > SubjectReferences)
        subjectReferences += phrases.text(u"moreReferences"_s);
    d.set("subjectReferences", textValue(subjectReferences));
    QStringList unlisted;
    for (const QString& ref : refs.typed) {
        if (!refs.listed.contains(ref))
            unlisted << ref;
    }
    // A reference is labelled a transaction's only when every one shown is known or looks to be.
    const auto allTransactions = [&](const QStringList& shown) {
        return std::all_of(shown.cbegin(), shown.cend(), [&](const QString& ref) {
            return refs.listed.contains(ref) || looksLikeTransactionReference(ref, ctx.snapshot);
        });
    };
    d.set("referencesAreTransactions", mu::data(allTransactions(unlisted)));
    d.set("allReferencesAreTransactions", mu::data(allTransactions(refs.all)));
    d.set("references", textValue(unlisted.join(listSeparator)));
    d.set("allReferences", textValue(refs.all.join(listSeparator)));

    const mu::list transactions = transactionItems(ctx);
    d.set("transactions", mu::data(!transactions.empty()));
    d.set("transactionList", listOrFalse(transactions));

    d.set("complainant", complainant(ctx));
    d.set("signName", ctx.audience == LetterAudience::Public ? mu::data(false)
                                                             : textValue(ctx.profile.name));

    d.set("problem", textValue(phrases.subtype(r.subtype, u"problem"_s)));
    // The public post names the day, not the minute: enough to recognise the case. A day the
    // user gave without a time is written as a day: a letter states no time nobody gave.
    if (r.incidentAt) {
        d.set("incidentAt", textValue(ctx.audience == LetterAudience::Public
                                              || !r.incidentTimeKnown
                                          ? conv.date(*r.incidentAt)
                                          : conv.dateTime(*r.incidentAt)));
        d.set("incidentTimeKnown", mu::data(r.incidentTimeKnown));
    } else {
        d.set("incidentAt", mu::data(false));
    }
    d.set("amount", r.amountMinor ? textValue(conv.money(*r.amountMinor, r.currency))
                                  : mu::data(false));
    QString description = r.description;
    description.replace(u"\r\n"_s, u"\n"_s);
    d.set("description", ctx.audience == LetterAudience::Public ? mu::data(false)
                                                                : textValue(description));

    const mu::list steps = securitySteps(ctx);
    d.set("security", mu::data(!steps.empty()));
    d.set("securitySteps", listOrFalse(steps));

    QList<Contact> contacts = ctx.snapshot.contacts;
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact& a, const Contact& b) { return a.occurredAt < b.occurredAt; });
    mu::list contactList;
    for (const Contact& c : std::as_const(contacts))
        contactList.push_back(contactItem(c, ctx));
    d.set("contacts", mu::data(!contactList.empty()));
    d.set("contactList", listOrFalse(contactList));

    d.set("impact", textValue(impact(ctx)));
    d.set("remedies",
          mu::data(remedyItems(ctx.snapshot, phrases, ctx.audience != LetterAudience::Public,
                               r.amountMinor ? conv.money(*r.amountMinor, r.currency) : QString())));
    d.set("remedyNote", textValue(asSentence(r.remedyNote, end)));
    d.set("replyBy", textValue(conv.date(ctx.replyByMs)));
    d.set("regulationE", regulationE(ctx));

    mu::list evidence;
    if (ctx.audience != LetterAudience::Public) {
        for (const Evidence& e : ctx.snapshot.evidence) {
            // A redacted copy travels with its original; listing both would count one item twice.
            if (e.derivedFrom)
                continue;
            const QString title = e.title.trimmed().isEmpty() ? e.fileName : e.title;
            if (!title.trimmed().isEmpty())
                evidence.push_back(mu::object{{"title", textValue(title)}});
        }
    }
    d.set("evidence", mu::data(!evidence.empty()));
    d.set("evidenceList", listOrFalse(evidence));

    const QString today = conv.date(ctx.nowMs);
    d.set("today", textValue(today));
    d.set("dateTop", conv.dateAtTop() ? textValue(today) : mu::data(false));
    d.set("dateBottom", conv.dateAtTop() ? mu::data(false) : textValue(today));
    // The closing, then the name and (where the region puts it there) the date, one per line.
    QStringList signature{conv.closing()};
    QStringList signedBy;
    if (ctx.audience != LetterAudience::Public && !ctx.profile.name.trimmed().isEmpty())
        signedBy << ctx.profile.name.trimmed();
    if (!conv.dateAtTop())
        signedBy << today;
    if (!signedBy.isEmpty())
        signature << QString() << signedBy.join(u'\n');
    // Not trimmed: a Chinese closing starts with the two-character indent of 此致.
    d.set("signature", mu::data(signature.join(u'\n').toStdString()));

    QString addressee;
    switch (ctx.audience) {
    case LetterAudience::Company:
        addressee = phrases.in(u"addressees"_s, ctx.kind == u"escalation" ? u"complaintsTeam"_s
                                                                           : u"serviceTeam"_s);
        addressee.replace(u"%1"_s, provider);
        addressee = addressee.simplified();
        if (provider.isEmpty())
            addressee = phrases.in(u"addressees"_s, u"unnamedTeam"_s);
        break;
    case LetterAudience::Regulator:
        addressee = phrases.in(u"addressees"_s, u"regulator"_s);
        break;
    case LetterAudience::Public:
        break;
    }
    d.set("salutation", addressee.isEmpty() ? mu::data(false)
                                            : textValue(conv.salutation(addressee)));
    d.set("regulator", textValue(ctx.regulatorName));
    return d;
}

} // namespace wc::core
