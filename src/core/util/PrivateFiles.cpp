// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wc::core::privatefiles {

bool makeFolder(const QString& folder)
{
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    // The parents that are missing, outermost first: mkdir's mode is cut by the umask but never
    // widened, so each is set explicitly afterwards.
    QStringList missing;
    for (QString p = path; !p.isEmpty() && !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString& p : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(p);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        (void)::chmod(native.constData(), 0700);
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat st{};
    if (::stat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    if ((st.st_mode & 077) != 0)
        return ::chmod(native.constData(), st.st_mode & 0700) == 0;
    return true;
}

bool makeFile(const QString& file)
{
    const QByteArray native = QFile::encodeName(file);
    // O_NOFOLLOW: a link planted where the file goes is not followed to chmod its target.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

} // namespace wc::core::privatefiles
