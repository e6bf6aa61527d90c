// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/LocalizedText.h"
#include "store/CaseStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPageSize>
#include <QTimeZone>

#include <optional>

namespace wc::report {

// How a dossier is laid out.
struct DossierOptions
{
    QString language; // "zh_CN" or "en"; empty: CaseDossier::language()
    // The paper; empty: the one of the case's region (DossierLayout::paperFor): US Letter for
    // a US case, A4 elsewhere.
    std::optional<QPageSize::PageSizeId> pageSize;
    bool letterOnly = false; // just one letter, ready to print
    qint64 letterId = 0;     // that letter (Letter::id); 0: the current one (currentLetter)
    qint64 exportedAt = 0;   // shown in every footer (epoch ms)
    // The zone every time is shown in; invalid (the default): the case's own
    // (core::CaseTimeZone::zoneFor), as everywhere else the case's times are shown.
    QTimeZone zone;
    // Resolution evidence images are stored at, for the size they are drawn at. 150 pixels per
    // inch keeps phone-screenshot text legible on paper and on screen while a case with 30
    // screenshots stays far below what mail servers accept (see docs/performance.md).
    int imagePpi = 150;
    // Threads decoding evidence images (DossierImages): 0 one per core, 1 none besides the
    // layout's. The PDF is the same either way.
    int decodeThreads = 0;
};

// Everything one dossier shows, read from the case file in one go. The store is single-threaded,
// so read() runs on the store's thread; the value is then self-contained and may be laid out and
// written on a worker thread.
struct CaseDossier
{
    Q_DECLARE_TR_FUNCTIONS(wc::report::CaseDossier)

public:
    core::CaseSnapshot snapshot;
    core::EventChainCheck chain;
    core::Profile profile;
    // Content of the evidence that is an image Qt can decode, by SHA-256.
    QHash<QString, QByteArray> images;
    core::LocalizedText providerName;
    // The provider's regions (ProviderDirectory): with the case's zone they decide whose
    // conventions money is written in, as in the case's letters (LetterConventions::regionFor).
    QStringList providerRegions;
    core::LocalizedText familyName;
    core::LocalizedText subtypeName;
    QHash<QString, core::LocalizedText> stepLabels; // first-step key → label

    static core::Result<CaseDossier> read(core::CaseStore& store, qint64 caseId);

    // The dossier's language when none is asked for: the current letter's, else the case's.
    QString language() const;
    // The letter a letter-only export prints: in `language` when the case has one in it, else in
    // any language; the newest sent letter first, else the newest draft.
    std::optional<core::Letter> currentLetter(const QString& language) const;
    // The letter with that id, if the case has it.
    std::optional<core::Letter> letter(qint64 id) const;
    bool isImage(const core::Evidence& item) const { return images.contains(item.sha256); }
};

} // namespace wc::report
