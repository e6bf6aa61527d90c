// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

#include <memory>

namespace wc::core {

// An exclusive flock(2) on a case file's inode, held while the store is open. The lock file
// beside the case file (QLockFile) is keyed on a path, so a second name for the same file (a
// hard link, a bind mount) was not recognised, and SQLite, which keeps a write-ahead log per
// name, lost one writer's committed changes. flock locks belong to the inode and do not
// interfere with SQLite's own fcntl(2) locks; the kernel drops them when the process dies, so a
// crash never leaves a file locked.
class InodeLock
{
public:
    enum class Outcome
    {
        Locked,
        Busy,  // another open store holds the file
        Failed // the file could not be opened or locked (e.g. a file system without flock)
    };

    // The lock, or null with `outcome` saying why not.
    static std::unique_ptr<InodeLock> acquire(const QString& path, Outcome* outcome);
    ~InodeLock();

    InodeLock(const InodeLock&) = delete;
    InodeLock& operator=(const InodeLock&) = delete;

private:
    explicit InodeLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace wc::core
