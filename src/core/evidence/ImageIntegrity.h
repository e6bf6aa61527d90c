// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QByteArrayView>

namespace wc::core {

// Whether the bytes of an image run to the end its format defines. A JPEG or PNG cut short (a
// download or a copy that did not finish) still decodes: Qt fills the missing part with grey and
// reports no error, so the only sign is that the file stops before its end marker (JPEG EOI,
// PNG IEND). This walks the file's segments or chunks to find that marker — searching for the
// bytes alone is not enough, since a JPEG's embedded EXIF thumbnail carries an EOI of its own.
// Pure and cheap (no decoding); safe from any thread.
class ImageIntegrity
{
public:
    enum class Ending
    {
        Complete,  // the end marker is there
        Truncated, // the file stops before it
        Unknown,   // not a JPEG or PNG, or too garbled to walk
    };

    static Ending check(QByteArrayView bytes);
    static Ending checkJpeg(QByteArrayView bytes);
    static Ending checkPng(QByteArrayView bytes);
};

} // namespace wc::core
