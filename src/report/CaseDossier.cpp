// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/CaseDossier.h"

#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "report/Thumbnails.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

// Newer first: sent letters by their sending time, then drafts by when they were written.
bool newer(const core::Letter& a, const core::Letter& b)
{
    const bool aSent = a.status == u"sent"_s;
    const bool bSent = b.status == u"sent"_s;
    if (aSent != bSent)
        return aSent;
    const qint64 at = aSent ? a.sentAt.value_or(a.createdAt) : a.createdAt;
    const qint64 bt = bSent ? b.sentAt.value_or(b.createdAt) : b.createdAt;
    return at != bt ? at > bt : a.id > b.id;
}

bool mayBeImage(const core::Evidence& e)
{
    static const QStringList suffixes{u"png"_s, u"jpg"_s,  u"jpeg"_s, u"gif"_s,
                                      u"bmp"_s, u"webp"_s, u"heic"_s};
    return e.mimeType.startsWith(u"image/"_s) ||
           suffixes.contains(e.fileName.section(u'.', -1).toLower());
}

} // namespace

core::Result<CaseDossier> CaseDossier::read(core::CaseStore& store, qint64 caseId)
{
    CaseDossier d;
    auto snapshot = store.snapshot(caseId);
    if (!snapshot)
        return std::move(snapshot).error();
    d.snapshot = std::move(*snapshot);
    auto chain = store.verifyEvents(caseId);
    if (!chain)
        return std::move(chain).error();
    d.chain = *chain;
    auto profile = store.profile();
    if (!profile)
        return std::move(profile).error();
    d.profile = *profile;

    for (const core::Evidence& e : std::as_const(d.snapshot.evidence)) {
        if (d.images.contains(e.sha256) || !mayBeImage(e))
            continue;
        auto bytes = store.blobData(e.sha256);
        if (!bytes)
            return std::move(bytes).error();
        // A file named .png that is not one is listed with the other files, not drawn.
        if (!Thumbnails::detectFormat(*bytes).isEmpty())
            d.images.insert(e.sha256, *bytes);
    }

    // Names in both languages come from the shipped guidance; a missing or broken data file
    // only costs the nicer names, never the export.
    const core::CaseRecord& r = d.snapshot.record;
    if (auto taxonomy = core::Taxonomy::load()) {
        if (auto family = taxonomy->family(r.family)) {
            d.familyName = family->name;
            for (const core::ChecklistStep& step : std::as_const(family->checklist))
                d.stepLabels.insert(step.key, step.label);
        }
        if (auto subtype = taxonomy->subtype(r.subtype))
            d.subtypeName = subtype->name;
    }
    if (auto directory = core::ProviderDirectory::load()) {
        auto overrides = store.providerOverrides();
        const core::ProviderDirectory all =
            overrides ? directory->withOverrides(*overrides) : *directory;
        if (auto provider = all.provider(r.providerKey)) {
            d.providerName = provider->name;
            d.providerRegions = provider->regions;
        }
    }
    return d;
}

QString CaseDossier::language() const
{
    if (auto letter = currentLetter({}); letter && !letter->language.isEmpty())
        return letter->language;
    return snapshot.record.language.isEmpty() ? u"zh_CN"_s : snapshot.record.language;
}

std::optional<core::Letter> CaseDossier::letter(qint64 id) const
{
    for (const core::Letter& l : snapshot.letters) {
        if (l.id == id)
            return l;
    }
    return std::nullopt;
}

std::optional<core::Letter> CaseDossier::currentLetter(const QString& lang) const
{
    QList<core::Letter> letters = snapshot.letters;
    std::sort(letters.begin(), letters.end(), newer);
    for (const core::Letter& l : std::as_const(letters)) {
        if (lang.isEmpty() || l.language == lang)
            return l;
    }
    if (!letters.isEmpty())
        return letters.first();
    return std::nullopt;
}

} // namespace wc::report
