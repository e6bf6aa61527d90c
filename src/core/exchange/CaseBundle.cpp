// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Writing case bundles. Reading them is in CaseBundleImport.cpp.
#include "exchange/CaseBundle.h"

#include "exchange/BundleFields.h"
#include "model/EventChain.h"
#include "store/CaseStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

template <typename T> QJsonArray toJsonArray(const QList<T>& records)
{
    QJsonArray out;
    for (const T& r : records)
        out.append(bundle::toJson(r));
    return out;
}

QJsonObject caseToJson(const CaseSnapshot& s)
{
    QJsonObject out = bundle::toJson(s.record);
    out.insert(u"checklist"_s, toJsonArray(s.checklist));
    out.insert(u"transactions"_s, toJsonArray(s.transactions));
    out.insert(u"evidence"_s, toJsonArray(s.evidence));
    out.insert(u"contacts"_s, toJsonArray(s.contacts));
    out.insert(u"letters"_s, toJsonArray(s.letters));
    out.insert(u"reminders"_s, toJsonArray(s.reminders));
    out.insert(u"events"_s, toJsonArray(s.events));
    return out;
}

Result<QJsonArray> providersToJson(CaseStore& store)
{
    auto list = store.providerOverrides();
    if (!list)
        return std::move(list).error();
    QJsonArray out;
    for (const ProviderOverride& p : *list) {
        // Stored as JSON text; written as an object so the bundle stays readable.
        out.append(QJsonObject{{u"key"_s, p.key},
                               {u"data"_s, QJsonDocument::fromJson(p.data.toUtf8()).object()}});
    }
    return out;
}

} // namespace

Result<QJsonObject> CaseBundle::exportObject(CaseStore& store, const ExportOptions& options)
{
    QList<qint64> ids;
    if (options.caseId) {
        ids << *options.caseId;
    } else {
        auto all = store.caseIds();
        if (!all)
            return std::move(all).error();
        ids = std::move(*all);
    }

    QJsonArray cases;
    // Sorted, so the blobs object is built by appending (QJsonObject keeps its keys sorted).
    QMap<QString, QString> blobs;
    // Stored fingerprint → the content's real one, for content damaged in the file.
    QHash<QString, QString> realHash;
    for (qint64 id : std::as_const(ids)) {
        auto snap = store.snapshot(id);
        if (!snap)
            return std::move(snap).error();
        for (Evidence& e : snap->evidence) {
            if (!realHash.contains(e.sha256)) {
                auto data = store.blobData(e.sha256);
                if (!data)
                    return std::move(data).error();
                const QString actual = QString::fromLatin1(
                    QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex());
                realHash.insert(e.sha256, actual);
                blobs.insert(actual, QString::fromLatin1(data->toBase64()));
            }
            const QString actual = realHash.value(e.sha256);
            if (actual != e.sha256) {
                if (options.warnings)
                    *options.warnings
                        << tr("Evidence “%1” of case %2 is damaged in the case file: its content "
                              "no longer matches the fingerprint it was stored with. It was "
                              "exported as it is now.")
                               .arg(e.title.isEmpty() ? e.fileName : e.title)
                               .arg(id);
                e.sha256 = actual;
            }
        }
        QJsonObject json = caseToJson(*snap);
        // Marked rather than refused or repaired: the bundle is often the user's best copy, and
        // import accepts the break at exactly this entry, keeping it visible in the new file.
        if (const auto chain = eventchain::verify(snap->events); !chain.intact) {
            json.insert(u"history_altered_at"_s, chain.firstBrokenSeq);
            if (options.warnings)
                *options.warnings << tr("The history of case %1 has been altered at entry %2 in "
                                        "the case file. It was exported as it is, marked as "
                                        "altered.")
                                         .arg(id)
                                         .arg(chain.firstBrokenSeq);
        }
        cases.append(json);
    }
    QJsonObject blobObject;
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it)
        blobObject.insert(it.key(), it.value());

    QString generator = options.generator;
    if (generator.isEmpty()) {
        generator = u"WalletCase"_s;
        if (const QString v = QCoreApplication::applicationVersion(); !v.isEmpty())
            generator += u' ' + v;
    }
    QJsonObject out{
        {u"format"_s, QString(FormatName)},
        {u"version"_s, FormatVersion},
        {u"exported_at"_s, store.clock().nowMs()},
        {u"generator"_s, generator},
        {u"cases"_s, cases},
        {u"blobs"_s, blobObject},
    };
    // The profile and provider overrides belong to the whole file, not to any one case.
    if (!options.caseId) {
        auto profile = store.profile();
        if (!profile)
            return std::move(profile).error();
        out.insert(u"profile"_s, bundle::toJson(*profile));
        auto providers = providersToJson(store);
        if (!providers)
            return std::move(providers).error();
        out.insert(u"providers"_s, *providers);
    }
    return out;
}

Result<QByteArray> CaseBundle::exportJson(CaseStore& store, const ExportOptions& options)
{
    auto object = exportObject(store, options);
    if (!object)
        return std::move(object).error();
    return QJsonDocument(*object).toJson(QJsonDocument::Indented);
}

} // namespace wc::core
