// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Internal to the report library: the content of each part of the dossier.

#include "report/CaseDossier.h"
#include "report/DossierImages.h"
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
    // The story of the dispute (core::CaseChronology), in the case's zone.
    void chronology();
    // The full edit log with its hash-chain check, as an appendix.
    void editLog();
    void transactions();
    void contacts();
    // One page per image (scaled to fit, with its details), then the other files. Returns false
    // when `progress` asked to stop.
    bool evidence(const DossierProgress& progress, int& done, int total);
    void manifest();

    // When the dossier was exported, as its times are written: with the abbreviation each time
    // carries in a zone that changes its clocks ("1:29 PM PST"), else with the offset the
    // column headers give ("09:24 (UTC+8)").
    QString exportedAt() const;

    const DossierText& text() const { return m_t; }
    const DossierFonts& fonts() const { return m_f; }
    // "E3": how the dossier refers to an evidence item, the same on its page and in the manifest.
    QString evidenceLabel(const core::Evidence& item) const;

private:
    void sectionHeading(const QString& title);
    // A time in the case's zone; in a zone with daylight saving time each time names its zone
    // ("PST"/"PDT"), elsewhere the zone is named once on the cover and in the table headers.
    QString when(qint64 epochMs) const;
    QString when(std::optional<qint64> epochMs) const;
    QString day(qint64 epochMs) const;
    // Starts a section: on a new page, or below the previous one when it is `empty`.
    void startSection(bool empty);
    // "Time (UTC+8)": a table header naming the zone where the times below could be misread.
    QString timeHeader(DossierText::Key key) const;
    // "All times in this dossier are China Standard Time (UTC+8)."
    QString zoneStatement() const;
    // "Resolved fully, ¥128.00 recovered"; empty while the case is open.
    QString outcomeText() const;
    QString stepLabel(const core::ChecklistItem& item) const;
    // How many of a letter's last lines stay together: its closing and signature with the end
    // of the paragraph before them.
    int closingLines(const QString& body) const;
    QStringList contactDetails(const core::Contact& c) const;
    QString providerName() const;
    QString problemName() const;
    QString eventDetails(const core::CaseEvent& event) const;
    void sectionHeadingOn(PageFlow& flow) const;
    // An image's heading and details, above it on its page.
    void imageHeader(PageFlow& flow, const core::Evidence& item) const;
    // What is left of the page for the image, and its box in pixels at imagePpi.
    static QSizeF imageRoom(const PageFlow& flow);
    QSize imageBox(const PageFlow& flow) const;
    // The images in `items` with the box each will be drawn in, for DossierImages.
    QList<DossierImages::Job> planImages(const QList<core::Evidence>& items) const;
    void imagePage(const core::Evidence& item, bool startPage, DossierImages& images, int index);

    PageFlow& m_flow;
    const CaseDossier& m_d;
    const DossierOptions& m_options;
    DossierText m_t;
    DossierFonts m_f;
    QList<core::Evidence> m_evidence; // in the order they were added
    bool m_daylight = false;          // the zone moves its clocks in the dossier's year
};

} // namespace wc::report
