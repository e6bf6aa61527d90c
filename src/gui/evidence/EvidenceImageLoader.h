// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace wc::gui {

// An evidence image decoded for the viewer: the picture to draw, the size of the original
// (after its EXIF rotation), and what to tell the user.
struct DisplayImage
{
    QImage image;          // null when it could not be shown; then `error` says why
    QSize originalSize;    // the stored image's pixels; image.size() is smaller when reduced
    QString error;
    bool incomplete = false; // the file stops before its end (the missing part shows grey)

    bool reduced() const { return !image.isNull() && image.size() != originalSize; }
};

// Decodes a stored image for the viewer, within a memory budget: a 48-megapixel phone photo
// decoded whole would need 192 MB (over Qt's image allocation limit, so Qt refuses it), so a big
// image is decoded at a reduced size (JPEG decodes straight at it) while the view still measures
// zoom against the original. Says "too large to show" when the budget cannot be met and
// "damaged" only when the bytes really cannot be decoded. Safe to call from worker threads.
class EvidenceImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::EvidenceImageLoader)

public:
    // At most this many pixels are decoded for display (96 MB at 32 bits per pixel); fewer when
    // Qt's allocation limit is lower, so the decode is never refused for size.
    static constexpr qint64 MaxDisplayPixels = 24'000'000;

    static DisplayImage decode(const QByteArray& bytes, qint64 maxPixels = MaxDisplayPixels);
    // The budget `maxPixels` comes to under the current allocation limit.
    static qint64 pixelBudget(qint64 maxPixels = MaxDisplayPixels);
};

} // namespace wc::gui
