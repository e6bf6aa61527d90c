// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Bundle import on any bytes: CaseBundle::importJson into a fresh, empty case file per input (so
// no input depends on what an earlier one left behind). A bundle it accepts is exported again
// and that export must import too: what WalletCase writes it must be able to read.
#include "FuzzSupport.h"

#include "exchange/CaseBundle.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<QTemporaryDir> tempDir;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wc::fuzz::initQt();
    // Case files are made and removed for every input: in memory where the system has it.
    const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    tempDir = std::make_unique<QTemporaryDir>(base + u"/wc-fuzz-bundle-XXXXXX"_s);
    if (!tempDir->isValid()) {
        std::fprintf(stderr, "fuzz_bundle_import: no temporary folder\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = tempDir->filePath(u"target.wcase"_s);
    {
        CaseStore::OpenOptions options;
        options.createIfMissing = true;
        auto opened = CaseStore::open(path, options);
        if (!opened) {
            std::fprintf(stderr, "fuzz_bundle_import: cannot create %s: %s\n", qPrintable(path),
                         qPrintable(opened.error().detail));
            std::abort();
        }
        CaseStore& store = **opened;
        const auto imported = CaseBundle::importJson(store, wc::fuzz::bytes(data, size));
        if (imported) {
            const auto exported = CaseBundle::exportJson(store, {});
            if (!exported) {
                std::fprintf(stderr, "export after import failed: %s\n",
                             qPrintable(exported.error().detail));
                std::abort();
            }
            const auto again = CaseBundle::importJson(store, *exported);
            if (!again) {
                std::fprintf(stderr, "re-import of the export failed: %s\n",
                             qPrintable(again.error().detail));
                std::abort();
            }
        }
    }
    // The store is closed: remove the file and its companions (-wal, -shm, lock, set-aside).
    const QDir dir(tempDir->path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(dir.filePath(name));
    return 0;
}
