// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/LocalizedText.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QStringList>

#include <optional>

namespace wc::core {

// Something worth saving as evidence for one kind of problem.
struct EvidenceSuggestion
{
    QString key;
    LocalizedText text;
};

// One first step the user ticks off; the key is stored on the case (ChecklistItem::itemKey).
// A family's steps fit its subtypes by default; a step can be limited to some subtypes
// ("only_for"), left out for others ("not_for"), or be about one region's law ("regions").
struct ChecklistStep
{
    QString key;
    LocalizedText label;
    LocalizedText why;
    LocalizedText source;     // the public rule or page the step rests on; may be empty
    bool recordsTime = false; // ask when it was done (e.g. when the account was frozen)
    QStringList onlyFor;      // subtypes it applies to; empty = the whole family
    QStringList notFor;       // subtypes it does not fit
    QStringList regions;      // CN, US, UK, EU: the law it is about; empty = everywhere

    bool appliesTo(const QString& subtype) const
    {
        return (onlyFor.isEmpty() || onlyFor.contains(subtype)) && !notFor.contains(subtype);
    }
    // True when the step fits `subtype` and one of `caseRegions` (the regions the case may
    // be in: the user's, else its provider's). A region-limited step needs a matching region.
    bool appliesTo(const QString& subtype, const QStringList& caseRegions) const;
};

// An issue of the CFPB complaint form for "Mobile or digital wallet", for cross-checking.
struct CfpbIssue
{
    QString key;
    LocalizedText name;
};

struct Subtype
{
    QString key;    // e.g. "duplicate_charge"; stored on the case (CaseRecord::subtype)
    QString family; // e.g. "transaction"
    LocalizedText name;
    LocalizedText explanation;
    QString cfpbIssue; // a CfpbIssue key, or empty when none fits
    QList<EvidenceSuggestion> evidence;
};

struct Family
{
    QString key; // family::Transaction, family::Security or family::Service
    LocalizedText name;
    LocalizedText explanation;
    bool urgent = false;
    QList<ChecklistStep> checklist;
    QList<Subtype> subtypes;
};

// The kinds of problem the app knows (families and their subtypes), with each family's first
// steps and each subtype's evidence. The content ships as resources/data/taxonomy.json (see
// docs/content.md) so it can be corrected without touching code; loading checks it thoroughly,
// because the wizard relies on every family being there.
class Taxonomy
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::Taxonomy)

public:
    static constexpr int SchemaVersion = 1;
    static constexpr QLatin1String ResourcePath{":/data/taxonomy.json"};

    // The taxonomy shipped inside the application.
    static Result<Taxonomy> load();
    static Result<Taxonomy> fromJson(const QByteArray& json);

    int schemaVersion() const { return m_schemaVersion; }
    QString updated() const { return m_updated; }

    const QList<Family>& families() const { return m_families; }
    std::optional<Family> family(const QString& key) const;
    QList<Subtype> subtypes(const QString& family) const;
    std::optional<Subtype> subtype(const QString& key) const;
    QList<ChecklistStep> checklist(const QString& family) const;
    // The family's steps that apply to `subtype` (some steps are for one subtype only), and
    // of the region-limited steps those of `regions` (e.g. the US Reg E notice for a case
    // about Cash App); without regions, only the steps that apply everywhere.
    QList<ChecklistStep> checklist(const QString& family, const QString& subtype,
                                   const QStringList& regions = {}) const;
    // The regions a case is in for its guidance: the user's own region when the provider
    // serves it (or the provider is unknown), else every region the provider serves. "GB"
    // reads as UK.
    static QStringList caseRegions(const QStringList& providerRegions, const QString& userRegion);
    QList<EvidenceSuggestion> evidenceSuggestions(const QString& subtype) const;

    const QList<CfpbIssue>& cfpbIssues() const { return m_cfpbIssues; }
    std::optional<CfpbIssue> cfpbIssue(const QString& key) const;
    QString cfpbSource() const { return m_cfpbSource; }

private:
    const Family* findFamily(const QString& key) const;
    const Subtype* findSubtype(const QString& key) const;

    int m_schemaVersion = 0;
    QString m_updated;
    QString m_cfpbSource;
    QList<CfpbIssue> m_cfpbIssues;
    QList<Family> m_families;
};

} // namespace wc::core
