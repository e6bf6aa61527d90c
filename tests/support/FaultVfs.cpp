// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "support/FaultVfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace wc::test {

struct FaultVfs::State
{
    sqlite3_vfs* real = nullptr;
    qint64 budget = -1;
    int failures = 0;
};

namespace {

// Our sqlite3_file: SQLite allocates szOsFile bytes, we put the real VFS's file right after.
struct FaultFile
{
    sqlite3_file base;
    FaultVfs::State* state;
    sqlite3_file* real;
};

FaultVfs::State* stateOf(sqlite3_vfs* vfs) { return static_cast<FaultVfs::State*>(vfs->pAppData); }
FaultFile* faultOf(sqlite3_file* file) { return reinterpret_cast<FaultFile*>(file); }
sqlite3_file* realOf(sqlite3_file* file) { return faultOf(file)->real; }

// How many bytes a file may grow by now; takes them from the budget.
qint64 takeGrowth(FaultVfs::State* state, qint64 growth)
{
    if (state->budget < 0 || growth <= 0)
        return growth;
    const qint64 granted = std::min(growth, state->budget);
    state->budget -= granted;
    return granted;
}

int faultClose(sqlite3_file* f)
{
    return realOf(f)->pMethods->xClose(realOf(f));
}

int faultRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}

int faultWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = realOf(f);
    sqlite3_int64 size = 0;
    if (int rc = real->pMethods->xFileSize(real, &size); rc != SQLITE_OK)
        return rc;
    const qint64 growth = std::max<qint64>(0, offset + amount - size);
    const qint64 granted = takeGrowth(faultOf(f)->state, growth);
    if (granted == growth)
        return real->pMethods->xWrite(real, buffer, amount, offset);
    // A full disk stores the part that fits, then reports the rest as lost.
    const qint64 fits = std::max<qint64>(0, size + granted - offset);
    if (fits > 0)
        (void)real->pMethods->xWrite(real, buffer, int(fits), offset);
    ++faultOf(f)->state->failures;
    return SQLITE_FULL;
}

int faultTruncate(sqlite3_file* f, sqlite3_int64 newSize)
{
    sqlite3_file* real = realOf(f);
    sqlite3_int64 size = 0;
    if (int rc = real->pMethods->xFileSize(real, &size); rc != SQLITE_OK)
        return rc;
    const qint64 growth = std::max<qint64>(0, newSize - size);
    if (takeGrowth(faultOf(f)->state, growth) != growth) {
        ++faultOf(f)->state->failures;
        return SQLITE_FULL;
    }
    return real->pMethods->xTruncate(real, newSize);
}

int faultSync(sqlite3_file* f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int faultFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int faultLock(sqlite3_file* f, int level) { return realOf(f)->pMethods->xLock(realOf(f), level); }
int faultUnlock(sqlite3_file* f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int faultCheckReservedLock(sqlite3_file* f, int* out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int faultFileControl(sqlite3_file* f, int op, void* arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int faultSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int faultDeviceCharacteristics(sqlite3_file* f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int faultShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int faultShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void faultShmBarrier(sqlite3_file* f) { realOf(f)->pMethods->xShmBarrier(realOf(f)); }
int faultShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int faultFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int faultUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

const sqlite3_io_methods kMethods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    FaultFile* fault = faultOf(file);
    fault->state = stateOf(vfs);
    fault->real = reinterpret_cast<sqlite3_file*>(fault + 1);
    fault->real->pMethods = nullptr;
    sqlite3_vfs* real = stateOf(vfs)->real;
    const int rc = real->xOpen(real, name, fault->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    fault->base.pMethods = fault->real->pMethods ? &kMethods : nullptr;
    return rc;
}

sqlite3_vfs* realVfs(sqlite3_vfs* vfs) { return stateOf(vfs)->real; }

int faultDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}
int faultAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, out);
}
int faultFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}
void* faultDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return realVfs(vfs)->xDlOpen(realVfs(vfs), name);
}
void faultDlError(sqlite3_vfs* vfs, int size, char* out)
{
    realVfs(vfs)->xDlError(realVfs(vfs), size, out);
}
void (*faultDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
}
void faultDlClose(sqlite3_vfs* vfs, void* handle) { realVfs(vfs)->xDlClose(realVfs(vfs), handle); }
int faultRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}
int faultSleep(sqlite3_vfs* vfs, int micros) { return realVfs(vfs)->xSleep(realVfs(vfs), micros); }
int faultCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), out);
}
int faultGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return realVfs(vfs)->xGetLastError(realVfs(vfs), size, out);
}
int faultCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), out);
}

} // namespace

FaultVfs::FaultVfs() : m_state(std::make_unique<State>()), m_vfs(std::make_unique<sqlite3_vfs>())
{
    sqlite3_initialize();
    m_previousDefault = sqlite3_vfs_find(nullptr);
    m_state->real = sqlite3_vfs_find("unix");
    sqlite3_vfs& vfs = *m_vfs;
    std::memset(&vfs, 0, sizeof vfs);
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(FaultFile)) + m_state->real->szOsFile;
    vfs.mxPathname = m_state->real->mxPathname;
    vfs.zName = "wc_fault";
    vfs.pAppData = m_state.get();
    vfs.xOpen = faultOpen;
    vfs.xDelete = faultDelete;
    vfs.xAccess = faultAccess;
    vfs.xFullPathname = faultFullPathname;
    vfs.xDlOpen = faultDlOpen;
    vfs.xDlError = faultDlError;
    vfs.xDlSym = faultDlSym;
    vfs.xDlClose = faultDlClose;
    vfs.xRandomness = faultRandomness;
    vfs.xSleep = faultSleep;
    vfs.xCurrentTime = faultCurrentTime;
    vfs.xGetLastError = faultGetLastError;
    vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    sqlite3_vfs_register(m_vfs.get(), 1);
}

FaultVfs::~FaultVfs()
{
    sqlite3_vfs_unregister(m_vfs.get());
    if (m_previousDefault)
        sqlite3_vfs_register(m_previousDefault, 1);
}

void FaultVfs::setBudget(qint64 bytes) { m_state->budget = bytes < 0 ? -1 : bytes; }

int FaultVfs::failures() const { return m_state->failures; }

} // namespace wc::test
