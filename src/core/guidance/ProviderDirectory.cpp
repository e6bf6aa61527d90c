// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/ProviderDirectory.h"
#include "guidance/GuidanceReader.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using guidance::Need;
using guidance::Reader;

bool isKnownChannelKind(const QString& kind)
{
    static const QSet<QString> kinds{u"hotline"_s, u"in_app"_s, u"web_form"_s, u"email"_s,
                                     u"social"_s};
    return kinds.contains(kind);
}

// The shipped file's general "check this first" text stands in for a missing note, so every
// uncertain entry tells the user what to do.
void fillNote(LocalizedText& note, bool verify, const LocalizedText& defaultNote)
{
    if (verify && note.isEmpty())
        note = defaultNote;
}

Channel readChannel(Reader& r, const QJsonObject& o, const QString& where,
                    const LocalizedText& defaultNote)
{
    Channel c;
    c.kind = r.string(o, "kind"_L1, where);
    if (r.ok() && !isKnownChannelKind(c.kind)) {
        r.fail(ProviderDirectory::tr("The entry “%1” has the channel kind “%2”; use hotline, "
                                     "in_app, web_form, email or social.")
                   .arg(where, c.kind),
               where + u": unknown channel kind "_s + c.kind);
    }
    c.value = r.string(o, "value"_L1, where, Need::Optional);
    c.label = r.text(o, "label"_L1, where, Need::Optional);
    c.path = r.text(o, "path"_L1, where, Need::Optional);
    c.note = r.text(o, "note"_L1, where, Need::Optional);
    c.verify = r.flag(o, "verify"_L1, where);
    if (r.ok() && c.value.isEmpty() && c.path.isEmpty()) {
        r.fail(ProviderDirectory::tr("The entry “%1” needs a “value” (a number, address or "
                                     "account) or a “path” (the steps to follow).")
                   .arg(where),
               where + u": channel without value or path"_s);
    }
    fillNote(c.note, c.verify, defaultNote);
    return c;
}

QList<Channel> readChannels(Reader& r, const QJsonObject& o, QLatin1String key,
                            const QString& where, const LocalizedText& defaultNote)
{
    QList<Channel> out;
    for (const auto& [item, at] : r.objects(o, key, where, Need::Optional))
        out.append(readChannel(r, item, at, defaultNote));
    return out;
}

Provider readProvider(Reader& r, const QJsonObject& o, const QString& where,
                      const LocalizedText& defaultNote)
{
    Provider p;
    p.key = r.string(o, "key"_L1, where);
    p.name = r.text(o, "name"_L1, where);
    p.regions = r.strings(o, "regions"_L1, where);
    p.kind = r.string(o, "kind"_L1, where, Need::Optional);
    p.channels = readChannels(r, o, "channels"_L1, where, defaultNote);
    p.freeze = readChannels(r, o, "freeze"_L1, where, defaultNote);
    p.note = r.text(o, "note"_L1, where, Need::Optional);
    p.verify = r.flag(o, "verify"_L1, where);
    p.source = r.string(o, "source"_L1, where, Need::Optional);
    fillNote(p.note, p.verify, defaultNote);
    return p;
}

Regulator readRegulator(Reader& r, const QJsonObject& o, const QString& where,
                        const LocalizedText& defaultNote)
{
    Regulator g;
    g.key = r.string(o, "key"_L1, where);
    g.region = r.string(o, "region"_L1, where).toUpper();
    g.kind = r.string(o, "kind"_L1, where);
    static const QSet<QString> kinds{u"regulator"_s, u"ombudsman"_s, u"public_platform"_s,
                                     u"police"_s};
    if (r.ok() && !kinds.contains(g.kind)) {
        r.fail(ProviderDirectory::tr("The entry “%1” has the kind “%2”; use regulator, "
                                     "ombudsman, public_platform or police.")
                   .arg(where, g.kind),
               where + u": unknown regulator kind "_s + g.kind);
    }
    g.name = r.text(o, "name"_L1, where);
    g.channels = readChannels(r, o, "channels"_L1, where, defaultNote);
    g.when = r.text(o, "when"_L1, where);
    g.note = r.text(o, "note"_L1, where, Need::Optional);
    g.verify = r.flag(o, "verify"_L1, where);
    g.source = r.string(o, "source"_L1, where, Need::Optional);
    fillNote(g.note, g.verify, defaultNote);
    return g;
}

// Reads one override; `entry` receives its JSON object, with the key filled in when the user's
// JSON left it out (the override's key is what the case file stores).
Result<Provider> readOverride(const ProviderOverride& o, const LocalizedText& defaultNote,
                              QJsonObject* entry)
{
    const QString document =
        o.key.trimmed().isEmpty()
            ? ProviderDirectory::tr("A provider correction without a key")
            : ProviderDirectory::tr("Your correction to the provider “%1”").arg(o.key);
    Reader r(document,
             ProviderDirectory::tr("WalletCase shows the shipped entry instead. Edit the "
                                   "correction and save it again."),
             u"provider override"_s);
    if (o.key.trimmed().isEmpty()) {
        r.fail(ProviderDirectory::tr("It needs a key: a shipped provider's key to correct that "
                                     "entry, or a new key to add a provider."),
               u"empty override key"_s);
        return r.error();
    }
    QJsonObject root = r.document(o.data.toUtf8());
    if (r.ok() && !root.contains("key"_L1))
        root.insert("key"_L1, o.key);
    Provider p = readProvider(r, root, {}, defaultNote);
    if (r.ok() && p.key != o.key) {
        r.fail(ProviderDirectory::tr("Its JSON names the provider “%1” instead.").arg(p.key),
               u"override key differs from its JSON key"_s);
    }
    if (!r.ok())
        return r.error();
    if (entry)
        *entry = root;
    return p;
}

} // namespace

bool Provider::needsVerification() const
{
    if (verify)
        return true;
    for (const QList<Channel>* list : {&channels, &freeze}) {
        for (const Channel& c : *list) {
            if (c.verify)
                return true;
        }
    }
    return false;
}

Result<ProviderDirectory> ProviderDirectory::load()
{
    auto bytes = Reader::readResource(QString(ResourcePath));
    if (!bytes)
        return std::move(bytes).error();
    return fromJson(*bytes);
}

Result<ProviderDirectory> ProviderDirectory::fromJson(const QByteArray& json)
{
    Reader r(tr("WalletCase's directory of wallets and regulators (providers.json)"),
             tr("Reinstall WalletCase, or undo the last change to that file (see "
                "docs/content.md)."),
             u"providers.json"_s);
    const QJsonObject root = r.document(json);
    ProviderDirectory d;
    d.m_schemaVersion = r.schemaVersion(root, SchemaVersion);
    d.m_updated = r.string(root, "updated"_L1, {}, Need::Optional);
    d.m_defaultVerifyNote = r.text(root, "default_verify_note"_L1, {});
    for (const auto& [item, at] : r.objects(root, "providers"_L1, {})) {
        Provider p = readProvider(r, item, at, d.m_defaultVerifyNote);
        if (r.ok() && d.m_entries.contains(p.key)) {
            r.fail(tr("The provider “%1” is listed twice.").arg(p.key),
                   u"duplicate provider "_s + p.key);
        }
        d.m_entries.insert(p.key, item);
        d.m_shippedKeys.insert(p.key);
        d.m_providers.append(std::move(p));
    }
    QSet<QString> regulatorKeys;
    for (const auto& [item, at] : r.objects(root, "regulators"_L1, {})) {
        Regulator g = readRegulator(r, item, at, d.m_defaultVerifyNote);
        if (r.ok() && regulatorKeys.contains(g.key)) {
            r.fail(tr("The regulator “%1” is listed twice.").arg(g.key),
                   u"duplicate regulator "_s + g.key);
        }
        regulatorKeys.insert(g.key);
        d.m_regulators.append(std::move(g));
    }
    if (!r.ok())
        return r.error();
    return d;
}

Result<Provider> ProviderDirectory::parseOverride(const ProviderOverride& entry) const
{
    return readOverride(entry, m_defaultVerifyNote, nullptr);
}

ProviderDirectory ProviderDirectory::withOverrides(const QList<ProviderOverride>& overrides,
                                                   QList<Error>* problems) const
{
    ProviderDirectory out = *this;
    for (const ProviderOverride& o : overrides) {
        QJsonObject entry;
        auto parsed = readOverride(o, m_defaultVerifyNote, &entry);
        if (!parsed) {
            if (problems)
                problems->append(parsed.error());
            continue;
        }
        Provider p = std::move(*parsed);
        p.origin = m_shippedKeys.contains(p.key) ? Provider::Origin::Overridden
                                                 : Provider::Origin::UserAdded;
        out.m_entries.insert(p.key, entry);
        auto existing = std::find_if(out.m_providers.begin(), out.m_providers.end(),
                                     [&](const Provider& q) { return q.key == p.key; });
        if (existing != out.m_providers.end())
            *existing = std::move(p);
        else
            out.m_providers.append(std::move(p));
    }
    return out;
}

std::optional<Provider> ProviderDirectory::provider(const QString& key) const
{
    for (const Provider& p : m_providers) {
        if (p.key == key)
            return p;
    }
    return std::nullopt;
}

QString ProviderDirectory::entryJson(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return {};
    return QString::fromUtf8(QJsonDocument(*it).toJson(QJsonDocument::Indented));
}

QList<Regulator> ProviderDirectory::regulators(const QString& region) const
{
    QString wanted = region.trimmed().toUpper();
    // GB is the ISO code users and locales give; the data says UK, as people do.
    if (wanted == u"GB"_s)
        wanted = u"UK"_s;
    QList<Regulator> out;
    for (const Regulator& g : m_regulators) {
        if (g.region == wanted)
            out.append(g);
    }
    return out;
}

QStringList ProviderDirectory::regions() const
{
    QStringList out;
    for (const Regulator& g : m_regulators) {
        if (!out.contains(g.region))
            out.append(g.region);
    }
    return out;
}

} // namespace wc::core
