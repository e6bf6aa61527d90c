// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "evidence/ImageIntegrity.h"

namespace wc::core {

namespace {

quint8 at(QByteArrayView bytes, qsizetype i)
{
    return quint8(bytes[i]);
}

quint32 bigEndian32(QByteArrayView bytes, qsizetype i)
{
    return (quint32(at(bytes, i)) << 24) | (quint32(at(bytes, i + 1)) << 16) |
           (quint32(at(bytes, i + 2)) << 8) | quint32(at(bytes, i + 3));
}

bool isJpeg(QByteArrayView bytes)
{
    return bytes.size() >= 3 && at(bytes, 0) == 0xFF && at(bytes, 1) == 0xD8 &&
           at(bytes, 2) == 0xFF;
}

bool isPng(QByteArrayView bytes)
{
    static constexpr char Signature[] = "\x89PNG\r\n\x1a\n";
    return bytes.size() >= 8 && bytes.first(8) == QByteArrayView(Signature, 8);
}

// Markers that stand alone, without a length: TEM and the restart markers.
bool standalone(quint8 marker)
{
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

} // namespace

ImageIntegrity::Ending ImageIntegrity::check(QByteArrayView bytes)
{
    if (isJpeg(bytes))
        return checkJpeg(bytes);
    if (isPng(bytes))
        return checkPng(bytes);
    return Ending::Unknown;
}

ImageIntegrity::Ending ImageIntegrity::checkJpeg(QByteArrayView bytes)
{
    if (!isJpeg(bytes))
        return Ending::Unknown;
    const qsizetype size = bytes.size();
    qsizetype pos = 2;
    for (;;) {
        // The next marker: 0xFF (any number of fill bytes) and a code. Stray bytes between
        // segments are skipped as lenient decoders do.
        while (pos < size && at(bytes, pos) != 0xFF)
            ++pos;
        while (pos < size && at(bytes, pos) == 0xFF)
            ++pos;
        if (pos >= size)
            return Ending::Truncated;
        const quint8 marker = at(bytes, pos++);
        if (marker == 0xD9)
            return Ending::Complete; // EOI
        if (marker == 0x00 || standalone(marker))
            continue;
        if (pos + 2 > size)
            return Ending::Truncated;
        const qsizetype length = (qsizetype(at(bytes, pos)) << 8) | at(bytes, pos + 1);
        if (length < 2)
            return Ending::Unknown; // garbled: not a cut, and not ours to judge
        pos += length;
        if (pos > size)
            return Ending::Truncated;
        if (marker != 0xDA)
            continue;
        // After a scan header (SOS) comes entropy-coded data, in which 0xFF is followed by 0x00
        // (a stuffed byte) or a restart marker; any other marker ends the scan. A progressive
        // JPEG has several scans, so the walk goes on from there.
        while (pos + 1 < size) {
            if (at(bytes, pos) != 0xFF) {
                ++pos;
                continue;
            }
            const quint8 next = at(bytes, pos + 1);
            if (next == 0x00 || standalone(next) || next == 0xFF) {
                pos += next == 0xFF ? 1 : 2;
                continue;
            }
            break; // a marker: the outer loop reads it
        }
        if (pos + 1 >= size)
            return Ending::Truncated;
    }
}

ImageIntegrity::Ending ImageIntegrity::checkPng(QByteArrayView bytes)
{
    if (!isPng(bytes))
        return Ending::Unknown;
    const qsizetype size = bytes.size();
    qsizetype pos = 8;
    while (pos + 8 <= size) {
        const quint32 length = bigEndian32(bytes, pos);
        if (length > 0x7FFFFFFFu)
            return Ending::Unknown; // not a length PNG allows: garbled rather than cut
        if (bytes.sliced(pos + 4, 4) == QByteArrayView("IEND"))
            return Ending::Complete;
        pos += 12 + qsizetype(length); // length, type, data, CRC
    }
    return Ending::Truncated;
}

} // namespace wc::core
