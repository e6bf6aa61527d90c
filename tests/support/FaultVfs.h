// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QtGlobal>

#include <memory>

struct sqlite3_vfs;

namespace wc::test {

// A full disk for SQLite: wraps the default "unix" VFS and, once a byte budget is used up, makes
// writes fail with SQLITE_FULL the way a real full disk does. Only growth uses space: a write
// into bytes a file already has, or shrinking a file, still succeeds; a write that crosses the
// budget stores what fits and then fails.
//
// While an instance lives it is SQLite's default VFS, so connections opened meanwhile use it.
// Close them before the instance goes away.
class FaultVfs
{
public:
    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    // Bytes files may still grow by; negative for no limit (the start).
    void setBudget(qint64 bytes);
    // How many writes or truncations failed for lack of space.
    int failures() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
    std::unique_ptr<sqlite3_vfs> m_vfs;
    sqlite3_vfs* m_previousDefault = nullptr;
};

} // namespace wc::test
