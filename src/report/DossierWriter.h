// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "report/CaseDossier.h"
#include "report/DossierLayout.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace wc::report {

// Writes a dossier as a PDF file: lays it out (DossierLayout), repairs the text layer
// (PdfTextLayer) and puts the file in place only when it is complete. Runs on any thread.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(wc::report::DossierWriter)

public:
    struct Written
    {
        int pages = 0;
        qint64 bytes = 0;
        QString language;
    };

    // The PDF in memory.
    static core::Result<QByteArray> pdf(const CaseDossier& dossier, const DossierOptions& options,
                                        const DossierProgress& progress = {},
                                        Written* written = nullptr);

    // Writes the PDF to `target` through a temporary file in the same folder, renamed into place
    // at the end: a cancelled or failed export leaves nothing at `target` (and an older file of
    // that name as it was). The file is readable only by its owner, like the case file: it holds
    // the same personal data.
    static core::Result<Written> write(const CaseDossier& dossier, const DossierOptions& options,
                                       const QString& target, const DossierProgress& progress = {});
};

} // namespace wc::report
