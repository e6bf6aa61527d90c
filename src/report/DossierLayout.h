// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "report/CaseDossier.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QRawFont>

#include <atomic>
#include <functional>

class QPagedPaintDevice;

namespace wc::report {

// Progress of a long export, and the way to stop it. Called on the worker thread.
struct DossierProgress
{
    std::function<void(int done, int total)> report; // may be empty
    const std::atomic<bool>* cancelled = nullptr;    // may be null

    bool isCancelled() const { return cancelled && cancelled->load(); }
    void step(int done, int total) const
    {
        if (report)
            report(done, total);
    }
};

// Lays a dossier out and paints it on a paged device: a QPdfWriter for export, a QPrinter for
// printing, so both look the same. Safe on a worker thread (painting on QPdfWriter and QPrinter
// outside the GUI thread is supported by Qt); one instance per document.
class DossierLayout
{
    Q_DECLARE_TR_FUNCTIONS(wc::report::DossierLayout)

public:
    DossierLayout(const CaseDossier& dossier, const DossierOptions& options);

    // Sets the page size on `device` (margins are the layout's own: the device should paint
    // the full page, e.g. QPrinter::setFullPage(true)), then lays out and paints every page.
    // Fails with ErrorCode::InvalidArgument when a letter-only export has no letter, and with a
    // "cancelled" error (see isCancelled()) when `progress` asks to stop.
    core::Result<void> render(QPagedPaintDevice& device, const DossierProgress& progress = {});

    int pageCount() const { return m_pageCount; }
    // Every character painted, for PdfTextLayer.
    const QString& drawnText() const { return m_drawn; }
    QString language() const { return m_language; }

    // The fonts the dossier draws with: DejaVu Sans for Latin text and digits, Noto Sans CJK SC
    // for Chinese (Simplified shapes; a CJK font first in the list would give Latin digits
    // glyphs that Qt cannot put in the text layer). Also the raw fonts, for PdfTextLayer.
    // The paper a case prints on when none is chosen: US Letter where its letters follow US
    // conventions, A4 elsewhere. `zone` invalid: the case's own.
    static QPageSize::PageSizeId paperFor(const CaseDossier& dossier, const QTimeZone& zone,
                                          const QString& language);
    static QStringList families();
    static QList<QRawFont> rawFonts();
    // An error when the fonts the language needs are not installed.
    static core::Result<void> checkFonts(const QString& language);

    static bool isCancelled(const core::Error& error);

private:
    CaseDossier m_dossier;
    DossierOptions m_options;
    QString m_language;
    QString m_drawn;
    int m_pageCount = 0;
};

} // namespace wc::report
