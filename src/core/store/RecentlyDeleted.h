// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wc::core {

class CaseStore;

// Where deleted cases wait before they are gone for good, so a delete can be undone. Deleting
// writes the whole case (evidence included) as a one-case bundle into a private folder outside
// the case file, then deletes it from the file, which keeps none of its words (CaseStore::
// deleteCase). Undo imports the bundle back with its identity. After `keepDays` the bundle is
// removed; the user can also remove it at once.
//
// One folder per case file under `root` (named like its backups' folder), mode 0700; each
// entry is `<UTC time>-<uuid>.json` (the bundle) beside `<…>.title` (the title, so the list
// never reads a bundle full of screenshots), both 0600.
class RecentlyDeleted
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::RecentlyDeleted)

public:
    static constexpr int DefaultKeepDays = 30;

    struct Entry
    {
        QString bundlePath;
        QString title;
        QString uuid;
        qint64 deletedAt = 0; // UTC epoch ms
    };

    RecentlyDeleted(QString root, const QString& caseFile);

    QString folder() const { return m_folder; }
    // Newest first.
    QList<Entry> entries() const;

    // Keeps the case in the folder, then deletes it from the file. When it cannot be kept
    // (disk full, folder not writable) nothing is deleted.
    Result<Entry> deleteCase(CaseStore& store, qint64 caseId, qint64 nowMs);
    // Puts the case back into the file and forgets the entry. Returns the case's new id.
    Result<qint64> restore(CaseStore& store, const Entry& entry);
    // Removes the entry for good.
    Result<void> purge(const Entry& entry);
    // Removes entries older than `keepDays`; returns how many went.
    int purgeOlderThan(qint64 nowMs, int keepDays = DefaultKeepDays);

private:
    QString m_folder;
};

} // namespace wc::core
