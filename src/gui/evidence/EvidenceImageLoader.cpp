// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceImageLoader.h"

#include "evidence/ImageIntegrity.h"
#include "report/Thumbnails.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>
#include <cmath>

namespace wc::gui {

namespace {

constexpr qint64 BytesPerPixel = 4;
constexpr qint64 MiB = 1024 * 1024;

// Qt's limit on one decoded image, in bytes; 0 for none.
qint64 allocationLimitBytes()
{
    return qint64(QImageReader::allocationLimit()) * MiB;
}

} // namespace

qint64 EvidenceImageLoader::pixelBudget(qint64 maxPixels)
{
    const qint64 limit = allocationLimitBytes();
    if (limit <= 0)
        return maxPixels;
    // Half the limit: a JPEG decoder scales by eighths and may hand over an image somewhat
    // larger than asked for before the last smooth step.
    return std::min(maxPixels, limit / BytesPerPixel / 2);
}

DisplayImage EvidenceImageLoader::decode(const QByteArray& bytes, qint64 maxPixels)
{
    DisplayImage out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize stored = reader.size();
    if (!reader.canRead() || !stored.isValid()) {
        out.error = tr("This file is not an image WalletCase can read, or it is damaged. It is "
                       "kept unchanged; open it with the system viewer to check it.");
        return out;
    }
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize shown = turned ? stored.transposed() : stored;
    out.originalSize = shown;
    const qint64 pixels = qint64(shown.width()) * shown.height();
    const QString tooLarge =
        tr("This image is too large to show here (%1 × %2 pixels). It is kept unchanged; open "
           "it with the system viewer, or save the original.")
            .arg(shown.width())
            .arg(shown.height());
    if (pixels > report::Thumbnails::MaxPixels) {
        out.error = tooLarge; // a forged header, or a panorama beyond any screen
        return out;
    }
    QSize target = shown;
    const qint64 budget = pixelBudget(maxPixels);
    if (pixels > budget) {
        const double factor = std::sqrt(double(budget) / double(pixels));
        target = QSize(std::max(1, int(shown.width() * factor)),
                       std::max(1, int(shown.height() * factor)));
    }
    reader.setScaledSize(turned ? target.transposed() : target);
    // Formats that cannot decode at a reduced size (PNG) decode whole, then get scaled.
    const bool scalesWhileDecoding = reader.supportsOption(QImageIOHandler::ScaledSize);
    QImage image = reader.read();
    if (image.isNull()) {
        const QSize decoded = scalesWhileDecoding ? target : shown;
        const qint64 needed = qint64(decoded.width()) * decoded.height() * BytesPerPixel;
        const qint64 limit = allocationLimitBytes();
        out.error = limit > 0 && needed > limit
                        ? tooLarge
                        : tr("This image is damaged and cannot be shown. It is kept unchanged; "
                             "another program may still open it.");
        return out;
    }
    if (image.size() != target)
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    out.image = image;
    out.incomplete =
        core::ImageIntegrity::check(bytes) == core::ImageIntegrity::Ending::Truncated;
    return out;
}

} // namespace wc::gui
