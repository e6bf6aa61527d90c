// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/InodeLock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wc::core {

std::unique_ptr<InodeLock> InodeLock::acquire(const QString& path, Outcome* outcome)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *outcome = Outcome::Failed;
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        *outcome = errno == EWOULDBLOCK ? Outcome::Busy : Outcome::Failed;
        ::close(fd);
        return nullptr;
    }
    *outcome = Outcome::Locked;
    return std::unique_ptr<InodeLock>(new InodeLock(fd));
}

InodeLock::~InodeLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace wc::core
