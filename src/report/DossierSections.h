// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Internal to the report library: the content of each part of the dossier.

#include "report/CaseDossier.h"
#include "report/DossierLayout.h"
#include "report/DossierText.h"
#include "report/PageFlow.h"

#include <QFont>

namespace wc::report {

struct DossierFonts
{
    QFont title;
    QFont heading;
    QFont subheading;
    QFont body;
    QFont bold;
    QFont small;
    QFont smallBold;
    QFont mono;

    static DossierFonts make();
};

// Writes the sections of one dossier into a PageFlow, in the dossier's language.
class DossierSections
{
public:
    DossierSections(PageFlow& flow, const CaseDossier& dossier, const DossierOptions& options,
                    const QString& language);

    void cover();
    void letters();
    void letter(const core::Letter& letter, bool withDetails);
    void facts();
    void chronology();
    void transactions();
    void contacts();
    // One page per image (scaled to fit, with its details), then the other files. Returns false
    // when `progress` asked to stop.
    bool evidence(const DossierProgress& progress, int& done, int total);
    void manifest();

    const DossierText& text() const { return m_t; }
    const DossierFonts& fonts() const { return m_f; }
    // "E3": how the dossier refers to an evidence item, the same on its page and in the manifest.
    QString evidenceLabel(const core::Evidence& item) const;

private:
    void sectionHeading(const QString& title);
    QString when(qint64 epochMs) const;
    QString when(std::optional<qint64> epochMs) const;
    QString providerName() const;
    QString problemName() const;
    QString eventDetails(const core::CaseEvent& event) const;
    void imagePage(const core::Evidence& item, bool startPage);

    PageFlow& m_flow;
    const CaseDossier& m_d;
    const DossierOptions& m_options;
    DossierText m_t;
    DossierFonts m_f;
    QList<core::Evidence> m_evidence; // in the order they were added
};

} // namespace wc::report
