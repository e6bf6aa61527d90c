// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/Taxonomy.h"
#include "guidance/GuidanceReader.h"
#include "model/Entities.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

using guidance::Need;
using guidance::Reader;

// GB is the ISO code; the data files say UK.
QString normalRegion(const QString& region)
{
    const QString upper = region.trimmed().toUpper();
    return upper == u"GB" ? u"UK"_s : upper;
}

QList<EvidenceSuggestion> readEvidence(Reader& r, const QJsonObject& o, const QString& where)
{
    QList<EvidenceSuggestion> out;
    for (const auto& [item, at] : r.objects(o, "evidence"_L1, where, Need::Optional)) {
        out.append({r.string(item, "key"_L1, at), r.text(item, "text"_L1, at)});
    }
    return out;
}

QList<ChecklistStep> readChecklist(Reader& r, const QJsonObject& o, const QString& where)
{
    QList<ChecklistStep> out;
    QSet<QString> keys;
    for (const auto& [item, at] : r.objects(o, "checklist"_L1, where)) {
        ChecklistStep step;
        step.key = r.string(item, "key"_L1, at);
        step.label = r.text(item, "label"_L1, at);
        step.why = r.text(item, "why"_L1, at, Need::Optional);
        step.source = r.text(item, "source"_L1, at, Need::Optional);
        step.recordsTime = r.flag(item, "records_time"_L1, at);
        step.onlyFor = r.strings(item, "only_for"_L1, at);
        step.notFor = r.strings(item, "not_for"_L1, at);
        for (const QString& region : r.strings(item, "regions"_L1, at))
            step.regions << normalRegion(region);
        if (r.ok() && !step.onlyFor.isEmpty() && !step.notFor.isEmpty()) {
            r.fail(Taxonomy::tr("The first step “%1” has both “only_for” and “not_for”; use one.")
                       .arg(step.key),
                   at + u": both only_for and not_for"_s);
        }
        if (r.ok() && keys.contains(step.key)) {
            r.fail(Taxonomy::tr("Two first steps in “%1” have the same key “%2”.")
                       .arg(where, step.key),
                   where + u": duplicate checklist key "_s + step.key);
        }
        keys.insert(step.key);
        out.append(step);
    }
    return out;
}

Subtype readSubtype(Reader& r, const QJsonObject& o, const QString& where, const QString& family)
{
    Subtype s;
    s.key = r.string(o, "key"_L1, where);
    s.family = family;
    s.name = r.text(o, "name"_L1, where);
    s.explanation = r.text(o, "explanation"_L1, where);
    s.cfpbIssue = r.string(o, "cfpb_issue"_L1, where, Need::Optional);
    s.evidence = readEvidence(r, o, where);
    return s;
}

Family readFamily(Reader& r, const QJsonObject& o, const QString& where)
{
    Family f;
    f.key = r.string(o, "key"_L1, where);
    if (r.ok() && !isKnownFamily(f.key)) {
        // The key is stored in case files, so only the families the store knows can be used.
        r.fail(Taxonomy::tr("“%1” is not a kind of problem WalletCase knows (use transaction, "
                            "security or service).")
                   .arg(f.key),
               where + u": unknown family "_s + f.key);
    }
    f.name = r.text(o, "name"_L1, where);
    f.explanation = r.text(o, "explanation"_L1, where, Need::Optional);
    f.urgent = r.flag(o, "urgent"_L1, where);
    f.checklist = readChecklist(r, o, where);
    for (const auto& [item, at] : r.objects(o, "subtypes"_L1, where))
        f.subtypes.append(readSubtype(r, item, at, f.key));
    return f;
}

// Cross-references that no single entry can check on its own.
void checkReferences(Reader& r, const QList<Family>& families, const QList<CfpbIssue>& issues)
{
    QSet<QString> issueKeys;
    for (const CfpbIssue& issue : issues)
        issueKeys.insert(issue.key);
    QSet<QString> familyKeys;
    QSet<QString> subtypeKeys;
    for (const Family& f : families) {
        if (familyKeys.contains(f.key)) {
            r.fail(Taxonomy::tr("The kind of problem “%1” is listed twice.").arg(f.key),
                   u"duplicate family "_s + f.key);
        }
        familyKeys.insert(f.key);
        QSet<QString> own;
        for (const Subtype& s : f.subtypes) {
            if (subtypeKeys.contains(s.key)) {
                r.fail(Taxonomy::tr("The problem type “%1” is listed twice.").arg(s.key),
                       u"duplicate subtype "_s + s.key);
            }
            if (!s.cfpbIssue.isEmpty() && !issueKeys.contains(s.cfpbIssue)) {
                r.fail(Taxonomy::tr("The problem type “%1” refers to the CFPB issue “%2”, which "
                                    "is not in the list of CFPB issues.")
                           .arg(s.key, s.cfpbIssue),
                       s.key + u": unknown cfpb_issue "_s + s.cfpbIssue);
            }
            subtypeKeys.insert(s.key);
            own.insert(s.key);
        }
        for (const ChecklistStep& step : f.checklist) {
            for (const QString& only : step.onlyFor + step.notFor) {
                if (!own.contains(only)) {
                    r.fail(Taxonomy::tr("The first step “%1” is limited to “%2”, which is not a "
                                        "problem type of “%3”.")
                               .arg(step.key, only, f.key),
                           step.key + u": only_for/not_for names unknown subtype "_s + only);
                }
            }
        }
    }
    for (QLatin1String required : {family::Transaction, family::Security, family::Service}) {
        if (r.ok() && !familyKeys.contains(required)) {
            r.fail(Taxonomy::tr("The kind of problem “%1” is missing.").arg(required),
                   u"missing family "_s + required);
        }
    }
}

} // namespace

Result<Taxonomy> Taxonomy::load()
{
    auto bytes = Reader::readResource(QString(ResourcePath));
    if (!bytes)
        return std::move(bytes).error();
    return fromJson(*bytes);
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray& json)
{
    Reader r(tr("WalletCase's list of problem types (taxonomy.json)"),
             tr("Reinstall WalletCase, or undo the last change to that file (see "
                "docs/content.md)."),
             u"taxonomy.json"_s);
    const QJsonObject root = r.document(json);
    Taxonomy t;
    t.m_schemaVersion = r.schemaVersion(root, SchemaVersion);
    t.m_updated = r.string(root, "updated"_L1, {}, Need::Optional);
    t.m_cfpbSource = r.string(root, "cfpb_source"_L1, {}, Need::Optional);
    for (const auto& [item, at] : r.objects(root, "cfpb_issues"_L1, {}, Need::Optional))
        t.m_cfpbIssues.append({r.string(item, "key"_L1, at), r.text(item, "name"_L1, at)});
    for (const auto& [item, at] : r.objects(root, "families"_L1, {}))
        t.m_families.append(readFamily(r, item, at));
    if (r.ok())
        checkReferences(r, t.m_families, t.m_cfpbIssues);
    if (!r.ok())
        return r.error();
    return t;
}

const Family* Taxonomy::findFamily(const QString& key) const
{
    for (const Family& f : m_families) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const Subtype* Taxonomy::findSubtype(const QString& key) const
{
    for (const Family& f : m_families) {
        for (const Subtype& s : f.subtypes) {
            if (s.key == key)
                return &s;
        }
    }
    return nullptr;
}

std::optional<Family> Taxonomy::family(const QString& key) const
{
    if (const Family* f = findFamily(key))
        return *f;
    return std::nullopt;
}

QList<Subtype> Taxonomy::subtypes(const QString& family) const
{
    const Family* f = findFamily(family);
    return f ? f->subtypes : QList<Subtype>{};
}

std::optional<Subtype> Taxonomy::subtype(const QString& key) const
{
    if (const Subtype* s = findSubtype(key))
        return *s;
    return std::nullopt;
}

QList<ChecklistStep> Taxonomy::checklist(const QString& family) const
{
    const Family* f = findFamily(family);
    return f ? f->checklist : QList<ChecklistStep>{};
}

bool ChecklistStep::appliesTo(const QString& subtype, const QStringList& caseRegions) const
{
    if (!appliesTo(subtype))
        return false;
    if (regions.isEmpty())
        return true;
    return std::any_of(caseRegions.cbegin(), caseRegions.cend(),
                       [&](const QString& r) { return regions.contains(normalRegion(r)); });
}

QList<ChecklistStep> Taxonomy::checklist(const QString& family, const QString& subtype,
                                         const QStringList& regions) const
{
    QList<ChecklistStep> out;
    for (const ChecklistStep& step : checklist(family)) {
        if (step.appliesTo(subtype, regions))
            out.append(step);
    }
    return out;
}

QStringList Taxonomy::caseRegions(const QStringList& providerRegions, const QString& userRegion)
{
    QStringList regions;
    for (const QString& r : providerRegions)
        regions << normalRegion(r);
    const QString user = normalRegion(userRegion);
    if (!user.isEmpty() && (regions.isEmpty() || regions.contains(user)))
        return {user};
    return regions;
}

QList<EvidenceSuggestion> Taxonomy::evidenceSuggestions(const QString& subtype) const
{
    const Subtype* s = findSubtype(subtype);
    return s ? s->evidence : QList<EvidenceSuggestion>{};
}

std::optional<CfpbIssue> Taxonomy::cfpbIssue(const QString& key) const
{
    for (const CfpbIssue& issue : m_cfpbIssues) {
        if (issue.key == key)
            return issue;
    }
    return std::nullopt;
}

} // namespace wc::core
