// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/Thumbnails.h"

#include <QBuffer>
#include <QImageReader>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

QByteArray Thumbnails::detectFormat(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader::imageFormat(&buffer);
}

core::Result<QImage> Thumbnails::make(const QByteArray& bytes, QSize box)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        return core::Error{core::ErrorCode::InvalidArgument,
                           tr("This file is not an image WalletCase can read (or it is damaged). "
                              "It is kept as a file; open it with another program to check it."),
                           u"unreadable image: "_s + reader.errorString()};
    }
    if (qint64(size.width()) * size.height() > MaxPixels) {
        return core::Error{core::ErrorCode::InvalidArgument,
                           tr("This image is too large to preview (%1 × %2 pixels). It is kept "
                              "as it is; a smaller screenshot previews fine.")
                               .arg(size.width())
                               .arg(size.height()),
                           u"image too large"_s};
    }
    // The box is for the image as shown, after its EXIF rotation; the reader's size and its
    // scaled size are as stored, before it. A sideways-stored photo would otherwise be fitted
    // the wrong way round and come out smaller than the box allows.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize shown = turned ? size.transposed() : size;
    const QSize target = shown.scaled(box.boundedTo(shown), Qt::KeepAspectRatio);
    // Decode straight at the reduced size where the format allows (JPEG does), which keeps
    // memory low for big photos. Qt's PNG reader also offers it, but scales row by row in plain
    // C: for a phone screenshot decoding whole and scaling after costs a third less time
    // (docs/performance.md), so that is done up to a size whose whole decode is still modest.
    if (reader.format() != "png" || qint64(size.width()) * size.height() > WholePngPixels)
        reader.setScaledSize(turned ? target.transposed() : target);
    QImage image = reader.read();
    if (image.isNull()) {
        // Over Qt's allocation limit the decoder refuses a sound image: not "damaged".
        const QSize decoded = reader.supportsOption(QImageIOHandler::ScaledSize) ? target : size;
        const qint64 needed = qint64(decoded.width()) * decoded.height() * 4;
        if (QImageReader::allocationLimit() > 0 &&
            needed > qint64(QImageReader::allocationLimit()) * 1024 * 1024) {
            return core::Error{core::ErrorCode::InvalidArgument,
                               tr("This image is too large to show (%1 × %2 pixels). It is kept "
                                  "as it is.")
                                   .arg(size.width())
                                   .arg(size.height()),
                               u"over the allocation limit"_s};
        }
        return core::Error{core::ErrorCode::InvalidArgument,
                           tr("This image is damaged and cannot be shown. It is kept as it is."),
                           u"decode failed: "_s + reader.errorString()};
    }
    if (image.size() != target)
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace wc::report
