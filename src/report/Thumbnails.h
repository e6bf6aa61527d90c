// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace wc::report {

// Small previews of evidence images. Decoding is bounded: an image whose decoded size would be
// absurd (a "decompression bomb", or a corrupt header claiming huge dimensions) is refused with a
// message instead of exhausting memory. Safe to call from worker threads.
class Thumbnails
{
    Q_DECLARE_TR_FUNCTIONS(wc::report::Thumbnails)

public:
    // Largest image we agree to decode, in pixels. 60 megapixels: any phone screenshot or photo
    // fits, a forged 50000×50000 header does not, and a decoded 32-bit image (240 MB) stays under
    // the 256 MB image allocation limit main() sets (Qt 6.4's default is 128 MB), so the limit
    // that bites is ours, with our message.
    static constexpr qint64 MaxPixels = 60'000'000;
    // PNGs up to this size are decoded whole and then scaled (faster); larger ones are scaled
    // while decoding (less memory: 12 megapixels are 48 MB decoded).
    static constexpr qint64 WholePngPixels = 12'000'000;

    // The image format the bytes really are ("png", "jpeg" …), or empty when Qt cannot read them.
    static QByteArray detectFormat(const QByteArray& bytes);

    // A preview that fits in `box`, keeping the aspect ratio and never enlarging.
    static core::Result<QImage> make(const QByteArray& bytes, QSize box);
};

} // namespace wc::report
