// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/WalInspector.h"

#include <QFile>

#include <array>
#include <cstdint>

namespace wc::core {

namespace {

constexpr int kHeaderBytes = 32;
constexpr int kFrameHeaderBytes = 24;
constexpr quint32 kMagicLittle = 0x377f0682; // checksums over little-endian words
constexpr quint32 kMagicBig = 0x377f0683;    // … over big-endian words

quint32 bigEndian(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 littleEndian(const uchar* p)
{
    return (quint32(p[3]) << 24) | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | quint32(p[0]);
}

// SQLite's WAL checksum: over pairs of 32-bit words, continuing from `sum`.
void checksum(const uchar* data, qsizetype bytes, bool big, std::array<quint32, 2>& sum)
{
    quint32 s0 = sum[0];
    quint32 s1 = sum[1];
    for (qsizetype i = 0; i + 8 <= bytes; i += 8) {
        const quint32 x0 = big ? bigEndian(data + i) : littleEndian(data + i);
        const quint32 x1 = big ? bigEndian(data + i + 4) : littleEndian(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
    sum = {s0, s1};
}

} // namespace

std::optional<WalReport> WalInspector::inspect(const QString& walPath)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return std::nullopt;
    const QByteArray headerBytes = file.read(kHeaderBytes);
    WalReport report;
    if (headerBytes.size() < kHeaderBytes) {
        report.headerDamaged = true;
        return report;
    }
    const auto* header = reinterpret_cast<const uchar*>(headerBytes.constData());
    const quint32 magic = bigEndian(header);
    const quint32 pageSize = bigEndian(header + 8);
    const bool big = magic == kMagicBig;
    std::array<quint32, 2> sum{0, 0};
    checksum(header, 24, big, sum);
    const bool pageSizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    if ((magic != kMagicLittle && magic != kMagicBig) || !pageSizeOk
        || sum[0] != bigEndian(header + 24) || sum[1] != bigEndian(header + 28)) {
        report.headerDamaged = true;
        return report;
    }
    const quint32 salt1 = bigEndian(header + 16);
    const quint32 salt2 = bigEndian(header + 20);

    // Frames are read one at a time: a log can be as large as the file.
    bool damaged = false;
    QByteArray frame;
    for (;;) {
        frame = file.read(kFrameHeaderBytes + qint64(pageSize));
        if (frame.size() < kFrameHeaderBytes + qsizetype(pageSize))
            break; // a torn last frame is never a committed one
        const auto* f = reinterpret_cast<const uchar*>(frame.constData());
        // Frames of an earlier generation of the log (other salts) are leftovers, not damage.
        if (bigEndian(f + 8) != salt1 || bigEndian(f + 12) != salt2) {
            if (!damaged)
                break;
            continue;
        }
        const bool commit = bigEndian(f + 4) != 0;
        if (!damaged) {
            std::array<quint32, 2> next = sum;
            checksum(f, 8, big, next);
            checksum(f + kFrameHeaderBytes, pageSize, big, next);
            if (next[0] == bigEndian(f + 16) && next[1] == bigEndian(f + 20)) {
                sum = next;
                if (commit)
                    ++report.appliedCommits;
                continue;
            }
            damaged = true;
        }
        if (commit)
            ++report.droppedCommits;
    }
    if (report.appliedCommits == 0 && report.droppedCommits == 0)
        return std::nullopt;
    return report;
}

} // namespace wc::core
