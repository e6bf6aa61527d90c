// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Reading case bundles: everything is parsed and checked first, then written in one batch.
#include "exchange/BundleFields.h"
#include "exchange/CaseBundle.h"
#include "model/EventChain.h"
#include "store/CaseStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using bundle::Problems;

struct ParsedBundle
{
    QHash<QString, QByteArray> blobs; // content by SHA-256, already verified
    QList<CaseSnapshot> cases;
    std::optional<Profile> profile;
    QList<ProviderOverride> providers;
    QStringList warnings; // cases imported as they are, with a history altered before export
};

bool isSha256Hex(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Decodes and checks the evidence content. The blobs are taken out of `root`: when it is the only
// reference to its document (importJson), their Base64 text (a third more than the evidence) is
// freed as soon as the last one is decoded, before the cases are read.
void readBlobs(QJsonObject& root, QHash<QString, QByteArray>& out, Problems& p)
{
    QJsonValue value = root.take(u"blobs"_s);
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject())
        return p.wrongType(u"blobs"_s, CaseBundle::tr("an object"));
    const QJsonObject blobs = value.toObject();
    value = QJsonValue();
    out.reserve(blobs.size());
    for (auto it = blobs.constBegin(); it != blobs.constEnd() && p.ok(); ++it) {
        const QString key = it.key();
        if (!isSha256Hex(key)) {
            return p.report(CaseBundle::tr("The case bundle cannot be imported: its evidence "
                                           "content is filed under a name that is not a SHA-256 "
                                           "fingerprint."),
                            u"blob key is not a lower-case SHA-256"_s);
        }
        auto decoded = QByteArray::fromBase64Encoding(it->toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!it->isString() || !decoded)
            return p.wrongType(u"blobs.%1"_s.arg(key), CaseBundle::tr("Base64 text"));
        // An empty file is still evidence; the store tells "missing" from "empty" by isNull().
        QByteArray data = decoded.decoded.isNull() ? QByteArray("", 0) : std::move(decoded.decoded);
        // Decoded in place, it keeps the Base64 text's buffer, a third larger than the content:
        // across a bundle that slack was as much memory as all the Base64 text.
        data.squeeze();
        if (sha256Hex(data) != key) {
            return p.report(CaseBundle::tr("The case bundle is damaged: the content of an evidence "
                                           "file (fingerprint %1…) does not match its "
                                           "fingerprint. Ask for a fresh export.")
                                .arg(key.left(12)),
                            u"blob hash mismatch"_s);
        }
        out.insert(key, data);
    }
}

template <typename T>
QList<T> readList(const QJsonObject& parent, const QString& key, const QString& where, Problems& p,
                  const T& prototype = T{})
{
    QList<T> out;
    const auto it = parent.constFind(key);
    if (it == parent.constEnd())
        return out;
    const QString listWhere = where + u'.' + key;
    if (!it->isArray()) {
        p.wrongType(listWhere, CaseBundle::tr("a list"));
        return out;
    }
    const QJsonArray array = it->toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && p.ok(); ++i) {
        const QString itemWhere = listWhere + u'[' + QString::number(i) + u']';
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            p.wrongType(itemWhere, CaseBundle::tr("an object"));
            break;
        }
        T record = prototype;
        bundle::fromJson(v.toObject(), itemWhere, record, p);
        out << record;
    }
    return out;
}

// Puts every original before the redacted copies made from it, since the store maps
// derived_from only to evidence it has already written. Returns false for a cycle.
bool originalsFirst(QList<Evidence>& list, const QHash<qint64, qsizetype>& indexById)
{
    enum State : char
    {
        Pending,
        OnPath,
        Written
    };
    std::vector<State> state(size_t(list.size()), Pending);
    QList<Evidence> ordered;
    ordered.reserve(list.size());
    std::vector<qsizetype> path;
    for (qsizetype i = 0; i < list.size(); ++i) {
        // Each item has at most one original, so the dependencies are chains: walk up to an
        // item already written (or a root), then write the chain from the top down.
        path.clear();
        for (qsizetype at = i; at >= 0 && state[size_t(at)] != Written;) {
            if (state[size_t(at)] == OnPath)
                return false;
            state[size_t(at)] = OnPath;
            path.push_back(at);
            const auto& origin = list[at].derivedFrom;
            at = origin ? indexById.value(*origin, -1) : -1;
        }
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            state[size_t(*it)] = Written;
            ordered << list[*it];
        }
    }
    list = std::move(ordered);
    return true;
}

// `alteredAt` is the entry at which the exporting file already found the case's history
// altered (0: intact when exported). Only a break at exactly that entry is accepted: the case
// arrives as it was, still reported as altered by `check`, and any other break is refused.
void checkCase(CaseSnapshot& s, qsizetype number, const QHash<QString, QByteArray>& blobs,
               qint64 alteredAt, ParsedBundle& out, Problems& p)
{
    const CaseRecord& r = s.record;
    const QString detail = u"case %1: "_s.arg(number);
    auto refuse = [&](const QString& why, const QString& technical) {
        p.report(CaseBundle::tr("Case %1 of the bundle (“%2”) cannot be imported: %3")
                     .arg(number)
                     .arg(r.title, why),
                 detail + technical);
    };
    if (!isKnownFamily(r.family))
        return refuse(
            CaseBundle::tr("its kind of problem “%1” is not one WalletCase knows.").arg(r.family),
            u"unknown family"_s);
    if (!isKnownStatus(r.status))
        return refuse(CaseBundle::tr("its status “%1” is not one WalletCase knows.").arg(r.status),
                      u"unknown status"_s);
    if (r.satisfaction && (*r.satisfaction < 1 || *r.satisfaction > 5))
        return refuse(CaseBundle::tr("its satisfaction rating is not between 1 and 5."),
                      u"satisfaction out of range"_s);

    QHash<qint64, qsizetype> evidenceIndex;
    evidenceIndex.reserve(s.evidence.size());
    for (qsizetype i = 0; i < s.evidence.size(); ++i) {
        const Evidence& e = s.evidence[i];
        const auto blob = blobs.constFind(e.sha256);
        if (blob == blobs.constEnd())
            return refuse(CaseBundle::tr("the content of its evidence “%1” is missing from the "
                                         "bundle.")
                              .arg(e.title),
                          u"missing blob"_s);
        if (e.size >= 0 && e.size != blob->size())
            return refuse(CaseBundle::tr("the size recorded for its evidence “%1” does not match "
                                         "the content; the bundle is damaged.")
                              .arg(e.title),
                          u"evidence size mismatch"_s);
        if (evidenceIndex.contains(e.id))
            return refuse(CaseBundle::tr("two of its evidence items have the same id."),
                          u"duplicate evidence id"_s);
        evidenceIndex.insert(e.id, i);
    }
    for (const Evidence& e : std::as_const(s.evidence)) {
        if (e.derivedFrom && (*e.derivedFrom == e.id || !evidenceIndex.contains(*e.derivedFrom)))
            return refuse(CaseBundle::tr("its evidence “%1” is marked as a copy of evidence that "
                                         "is not in the case.")
                              .arg(e.title),
                          u"dangling derived_from"_s);
    }
    if (!originalsFirst(s.evidence, evidenceIndex))
        return refuse(CaseBundle::tr("its evidence items are marked as copies of each other."),
                      u"derived_from cycle"_s);

    QSet<qint64> contactIds;
    contactIds.reserve(s.contacts.size());
    for (const Contact& c : std::as_const(s.contacts)) {
        if (contactIds.contains(c.id))
            return refuse(CaseBundle::tr("two of its contacts have the same id."),
                          u"duplicate contact id"_s);
        contactIds.insert(c.id);
    }
    for (const Reminder& m : std::as_const(s.reminders)) {
        if (m.state != u"pending"_s && m.state != u"done"_s && m.state != u"dismissed"_s)
            return refuse(CaseBundle::tr("a reminder has the unknown state “%1”.").arg(m.state),
                          u"unknown reminder state"_s);
        if (m.contactId && !contactIds.contains(*m.contactId))
            return refuse(CaseBundle::tr("a reminder refers to a contact that is not in the case."),
                          u"dangling contact_id"_s);
    }

    // The store writes an empty payload as "{}"; check the chain as it will be stored.
    for (CaseEvent& e : s.events) {
        if (e.payload.isEmpty())
            e.payload = u"{}"_s;
    }
    const auto chain = eventchain::verify(s.events);
    if (!chain.intact && alteredAt > 0 && chain.firstBrokenSeq == alteredAt) {
        out.warnings << CaseBundle::tr("Case %1 of the bundle (“%2”) was exported with a history "
                                       "already altered at entry %3 in the file it came from. It "
                                       "was imported as it is, and “Check” will keep reporting "
                                       "it.")
                            .arg(number)
                            .arg(r.title)
                            .arg(alteredAt);
        return;
    }
    if (!chain.intact)
        return refuse(CaseBundle::tr("its history has been altered (entry %1 does not match the "
                                     "entries before it). Ask for a fresh export of the case.")
                          .arg(chain.firstBrokenSeq),
                      u"event chain broken at seq %1"_s.arg(chain.firstBrokenSeq));
}

void readCases(const QJsonObject& root, ParsedBundle& out, Problems& p)
{
    const QJsonValue value = root.value(u"cases"_s);
    if (!value.isArray())
        return p.wrongType(u"cases"_s, CaseBundle::tr("a list"));
    const QJsonArray cases = value.toArray();
    out.cases.reserve(cases.size());
    Evidence evidencePrototype;
    evidencePrototype.size = -1; // "size" absent: nothing to compare
    for (qsizetype i = 0; i < cases.size() && p.ok(); ++i) {
        const QString where = u"cases[%1]"_s.arg(i);
        if (!cases.at(i).isObject())
            return p.wrongType(where, CaseBundle::tr("an object"));
        const QJsonObject o = cases.at(i).toObject();
        CaseSnapshot s;
        s.record.family.clear();
        bundle::fromJson(o, where, s.record, p);
        s.checklist = readList<ChecklistItem>(o, u"checklist"_s, where, p);
        s.transactions = readList<TransactionRecord>(o, u"transactions"_s, where, p);
        s.evidence = readList<Evidence>(o, u"evidence"_s, where, p, evidencePrototype);
        s.contacts = readList<Contact>(o, u"contacts"_s, where, p);
        s.letters = readList<Letter>(o, u"letters"_s, where, p);
        s.reminders = readList<Reminder>(o, u"reminders"_s, where, p);
        s.events = readList<CaseEvent>(o, u"events"_s, where, p);
        if (!p.ok())
            return;
        const qint64 alteredAt =
            o.contains(u"history_altered_at"_s)
                ? bundle::wholeNumber(o.value(u"history_altered_at"_s)).value_or(-1)
                : 0;
        if (alteredAt < 0)
            return p.wrongType(where + u".history_altered_at"_s,
                               CaseBundle::tr("a whole number"));
        checkCase(s, i + 1, out.blobs, alteredAt, out, p);
        out.cases << std::move(s);
    }
}

void readFileSettings(const QJsonObject& root, ParsedBundle& out, Problems& p)
{
    if (const QJsonValue v = root.value(u"profile"_s); v.isObject()) {
        Profile profile;
        bundle::fromJson(v.toObject(), u"profile"_s, profile, p);
        out.profile = profile;
    } else if (!v.isUndefined() && !v.isNull()) {
        return p.wrongType(u"profile"_s, CaseBundle::tr("an object"));
    }

    const QJsonValue v = root.value(u"providers"_s);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray())
        return p.wrongType(u"providers"_s, CaseBundle::tr("a list"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"providers[%1]"_s.arg(i);
        const QJsonObject o = list.at(i).toObject();
        if (!list.at(i).isObject())
            return p.wrongType(where, CaseBundle::tr("an object"));
        if (!o.value(u"key"_s).isString() || o.value(u"key"_s).toString().trimmed().isEmpty())
            return p.wrongType(where + u".key"_s, CaseBundle::tr("a provider name"));
        if (!o.value(u"data"_s).isObject())
            return p.wrongType(where + u".data"_s, CaseBundle::tr("an object"));
        out.providers << ProviderOverride{
            o.value(u"key"_s).toString(),
            QString::fromUtf8(
                QJsonDocument(o.value(u"data"_s).toObject()).toJson(QJsonDocument::Compact)),
            0};
    }
}

Result<ParsedBundle> parse(QJsonObject root)
{
    if (root.value(u"format"_s).toString() != CaseBundle::FormatName) {
        return Error{ErrorCode::InvalidArgument,
                     CaseBundle::tr("This file is not a WalletCase case bundle. Choose a .json "
                                    "file exported from WalletCase."),
                     u"format is not walletcase-bundle"_s};
    }
    const auto version = bundle::wholeNumber(root.value(u"version"_s));
    if (!version || *version < 1) {
        return Error{ErrorCode::InvalidArgument,
                     CaseBundle::tr("The case bundle cannot be imported: its format version is "
                                    "missing or not valid."),
                     u"bad version"_s};
    }
    if (*version > CaseBundle::FormatVersion) {
        return Error{ErrorCode::InvalidArgument,
                     CaseBundle::tr("This case bundle was made by a newer version of WalletCase "
                                    "(bundle format %1; this version reads up to %2). Update "
                                    "WalletCase to import it.")
                         .arg(*version)
                         .arg(CaseBundle::FormatVersion),
                     u"bundle version %1 > %2"_s.arg(*version).arg(CaseBundle::FormatVersion)};
    }
    ParsedBundle out;
    Problems p;
    readBlobs(root, out.blobs, p);
    if (p.ok())
        readCases(root, out, p);
    if (p.ok())
        readFileSettings(root, out, p);
    if (!p.ok())
        return p.error();
    return out;
}

bool isEmpty(const Profile& p)
{
    return p.name.isEmpty() && p.phone.isEmpty() && p.email.isEmpty() && p.address.isEmpty();
}

Result<void> applyFileSettings(CaseStore& store, const ParsedBundle& bundle)
{
    if (bundle.profile && !isEmpty(*bundle.profile)) {
        auto current = store.profile();
        if (!current)
            return std::move(current).error();
        // Never overwrite the details of the person who owns this file, and never fill a file
        // that already holds cases with a bundle's: its owner may simply not have entered
        // theirs yet, and their letters would carry a stranger's phone and address. Only a
        // new, empty file (moving one's own cases to another computer) takes the profile.
        auto cases = store.caseCount();
        if (!cases)
            return std::move(cases).error();
        if (isEmpty(*current) && *cases == 0)
            WC_TRY(store.saveProfile(*bundle.profile));
    }
    if (bundle.providers.isEmpty())
        return {};
    auto existing = store.providerOverrides();
    if (!existing)
        return std::move(existing).error();
    QSet<QString> keys;
    for (const ProviderOverride& o : std::as_const(*existing))
        keys.insert(o.key);
    for (const ProviderOverride& o : bundle.providers) {
        if (keys.contains(o.key))
            continue;
        WC_TRY(store.saveProviderOverride(o));
        keys.insert(o.key);
    }
    return {};
}

Result<QList<qint64>> write(CaseStore& store, const ParsedBundle& parsed, QStringList* warnings)
{
    const auto& blobs = parsed.blobs;
    const auto content = [&blobs](const QString& sha256) { return blobs.value(sha256); };
    QList<qint64> ids;
    ids.reserve(parsed.cases.size());
    auto written = store.runBatch([&]() -> Result<void> {
        WC_TRY(applyFileSettings(store, parsed));
        for (const CaseSnapshot& s : parsed.cases) {
            auto id = store.importSnapshot(s, content);
            if (!id)
                return std::move(id).error();
            ids << *id;
        }
        return {};
    });
    if (!written)
        return std::move(written).error();
    if (warnings)
        *warnings << parsed.warnings;
    return ids;
}

} // namespace

Result<QList<qint64>> CaseBundle::importJson(CaseStore& store, QByteArray json,
                                             QStringList* warnings)
{
    Result<ParsedBundle> parsed = Error{};
    {
        // The parsed document is the largest thing in memory; it goes before the writing starts.
        QJsonParseError parseError;
        QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        json = QByteArray(); // freed here when the caller moved it in
        if (parseError.error != QJsonParseError::NoError) {
            return Error{ErrorCode::InvalidArgument,
                         tr("This file is not a valid case bundle: it is not well-formed JSON (%1 "
                            "at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         u"JSON parse error %1 at offset %2"_s.arg(int(parseError.error))
                             .arg(parseError.offset)};
        }
        if (!doc.isObject()) {
            return Error{ErrorCode::InvalidArgument,
                         tr("This file is not a WalletCase case bundle. Choose a .json file "
                            "exported from WalletCase."),
                         u"JSON root is not an object"_s};
        }
        QJsonObject root = doc.object();
        doc = QJsonDocument(); // `root` alone holds the document: readBlobs can take it apart
        parsed = parse(std::move(root));
    }
    if (!parsed)
        return std::move(parsed).error();
    return write(store, *parsed, warnings);
}

Result<QList<qint64>> CaseBundle::importObject(CaseStore& store, const QJsonObject& root,
                                               QStringList* warnings)
{
    auto parsed = parse(root);
    if (!parsed)
        return std::move(parsed).error();
    return write(store, *parsed, warnings);
}

} // namespace wc::core
