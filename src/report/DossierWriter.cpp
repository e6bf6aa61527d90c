// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/DossierWriter.h"

#include "report/PdfTextLayer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

core::Error writeError(const QString& target, const QString& reason)
{
    return core::Error{
        core::ErrorCode::Io,
        QCoreApplication::translate("wc::report::DossierWriter",
                                    "The PDF could not be saved as %1 (%2). Check that the folder "
                                    "exists, that you may write to it and that the disk is not "
                                    "full.")
            .arg(QDir::toNativeSeparators(target), reason),
        u"pdf write failed: "_s + reason};
}

} // namespace

core::Result<QByteArray> DossierWriter::pdf(const CaseDossier& dossier,
                                            const DossierOptions& options,
                                            const DossierProgress& progress, Written* written)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DossierLayout layout(dossier, options);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(u"WalletCase"_s);
        writer.setTitle(dossier.snapshot.record.title);
        WC_TRY(layout.render(writer, progress));
    }
    auto repaired =
        PdfTextLayer::repair(buffer.data(), layout.drawnText(), DossierLayout::rawFonts());
    if (!repaired)
        return std::move(repaired).error();
    if (written) {
        written->pages = layout.pageCount();
        written->bytes = repaired->pdf.size();
        written->language = layout.language();
    }
    return std::move(repaired->pdf);
}

core::Result<DossierWriter::Written> DossierWriter::write(const CaseDossier& dossier,
                                                          const DossierOptions& options,
                                                          const QString& target,
                                                          const DossierProgress& progress)
{
    // Opened first, so a folder that cannot be written is reported before any work is done.
    QSaveFile file(target);
    if (QFileInfo(target).isDir())
        return writeError(target, tr("that is a folder"));
    if (!file.open(QIODevice::WriteOnly))
        return writeError(target, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Written written;
    auto bytes = pdf(dossier, options, progress, &written);
    if (!bytes) {
        file.cancelWriting();
        return std::move(bytes).error();
    }
    if (progress.isCancelled()) {
        file.cancelWriting();
        return core::Error{core::ErrorCode::Internal,
                           DossierLayout::tr("The export was cancelled."), u"cancelled"_s};
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return writeError(target, file.errorString());
    return written;
}

} // namespace wc::report
