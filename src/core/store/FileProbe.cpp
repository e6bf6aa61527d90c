// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/FileProbe.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

constexpr int kHeaderSize = 100;

quint32 bigEndian32(const QByteArray& b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

Error truncated(const QString& detail)
{
    return {ErrorCode::Truncated,
            FileProbe::tr("The case file is incomplete: it was cut short, perhaps by an "
                          "interrupted copy or download. Restore the newest backup, or copy the "
                          "file again from where it came from."),
            detail};
}

} // namespace

Result<void> FileProbe::check(const QString& path)
{
    // Opening a named pipe waits for a writer forever, and a device never ends: only a regular
    // file (or a link to one) can be a case file.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        return Error{ErrorCode::InvalidArgument,
                     info.isDir() ? tr("This is a folder, not a case file. Choose a file ending "
                                       "in .wcase inside it.")
                                  : tr("This is not an ordinary file (it is a device or a pipe), "
                                       "so it cannot be a case file. Choose a file ending in "
                                       ".wcase."),
                     u"not a regular file"_s};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     tr("The case file cannot be read. Check that it exists and that you are "
                        "allowed to open it."),
                     u"probe open: "_s + file.errorString()};
    }
    const qint64 size = file.size();
    if (size == 0) {
        return Error{ErrorCode::EmptyFile,
                     tr("The file is empty (0 bytes), so it holds no cases. If it should hold "
                        "your cases, restore the newest backup; otherwise create a new case file."),
                     u"zero-byte file"_s};
    }
    const QByteArray header = file.read(kHeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic)) {
        return Error{ErrorCode::NotADatabase,
                     tr("This file is not a WalletCase case file. Choose a file ending in .wcase, "
                        "or create a new case file."),
                     u"no SQLite header"_s};
    }
    if (header.size() < kHeaderSize)
        return truncated(u"size %1, shorter than the header"_s.arg(size));

    // Byte 16: page size (1 stands for 65536). Bytes 28–31: the page count, valid when bytes
    // 92–95 equal the change counter at 24–27 (see the SQLite file format).
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        // The signature is right but the header is not: damage, not a different kind of file.
        return Error{ErrorCode::Corrupt,
                     tr("The case file is damaged. Restore the newest good backup, or open "
                        "another case file."),
                     u"page size %1 in header"_s.arg(pageSize)};
    }
    // With a write-ahead log next to the file, the file may legitimately lag behind its header
    // after an interrupted checkpoint: SQLite repairs that from the log, so only judge without one.
    const QFileInfo wal(path + u"-wal"_s);
    const bool hasWal = wal.exists() && wal.size() > 0;
    const bool sizeValid = bigEndian32(header, 92) == bigEndian32(header, 24);
    const qint64 declared = qint64(bigEndian32(header, 28)) * pageSize;
    if (!hasWal && (size % pageSize != 0 || (sizeValid && size < declared)))
        return truncated(
            u"size %1, page size %2, declared %3"_s.arg(size).arg(pageSize).arg(declared));
    return {};
}

} // namespace wc::core
