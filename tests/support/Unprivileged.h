// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Running test code as an ordinary user. CI runs the tests as root, and root may read and
// write any file whatever its permission bits; a test about a file the user may not open or
// a folder the user may not write to must drop root's rights to mean anything. Neither helper
// skips: when the rights cannot be dropped, the test fails and says so.

#include <algorithm>
#include <functional>
#include <grp.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace wc::test {

inline constexpr uid_t kNobody = 65534;
// Exit codes of runUnprivileged's child besides the body's own.
inline constexpr int kCannotDropPrivileges = 201;
inline constexpr int kChildCrashed = 202;

// Runs `body` in a forked child that, when root, first becomes nobody for good (groups, gid,
// uid); returns the body's result as the child's exit code (0–200), kCannotDropPrivileges or
// kChildCrashed. For code that uses no thread started before the fork (the child has only the
// forking thread: a Qt thread pool's idle workers are gone there).
inline int runUnprivileged(const std::function<int()>& body)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(kCannotDropPrivileges);
        ::_exit(body());
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid)
        return kChildCrashed;
    return WIFEXITED(status) ? WEXITSTATUS(status) : kChildCrashed;
}

// Within its scope the whole process (every thread: glibc applies set*id to all of them) acts
// as nobody: root's effective ids and supplementary groups are dropped and put back when the
// scope ends. For code that needs the process's threads, such as a widget's worker pool, where
// a forked child would wait for workers that do not exist. Does nothing for a non-root user.
class Unprivileged
{
public:
    Unprivileged()
    {
        if (::geteuid() != 0) {
            m_dropped = true;
            return;
        }
        m_groups.resize(std::size_t(std::max(0, ::getgroups(0, nullptr))));
        if (::getgroups(int(m_groups.size()), m_groups.data()) < 0)
            return;
        m_wasRoot = true;
        m_dropped = ::setgroups(0, nullptr) == 0 && ::setegid(kNobody) == 0 &&
                    ::seteuid(kNobody) == 0;
    }
    ~Unprivileged()
    {
        if (!m_wasRoot)
            return;
        // Back to root first: only root may set the groups and gid again.
        (void)::seteuid(0);
        (void)::setegid(0);
        (void)::setgroups(m_groups.size(), m_groups.data());
    }
    Unprivileged(const Unprivileged&) = delete;
    Unprivileged& operator=(const Unprivileged&) = delete;

    // False when root's rights could not be dropped: the test must fail, not pass as root.
    bool dropped() const { return m_dropped; }

private:
    bool m_wasRoot = false;
    bool m_dropped = false;
    std::vector<gid_t> m_groups;
};

} // namespace wc::test
