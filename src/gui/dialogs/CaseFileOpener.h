// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace wc::core {
class BackupManager;
}

namespace wc::gui {

// Opens a case file for the window, and when that fails explains why and offers the ways out
// that fit the problem: restore a backup the user picks (when the file is damaged and a backup,
// or a file an earlier restore set aside, exists), open another file, create a new one, or
// quit. Nothing is changed without the user choosing it.
class CaseFileOpener
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::CaseFileOpener)

public:
    enum ChoiceId { Restore = 1, OpenOther, CreateNew, Quit, Retry, CreateHere };

    CaseFileOpener(QString backupRoot, const core::Clock& clock);

    // Returns the open store, or null when the user chose to give up. At start-up giving up
    // quits the app; from a window it keeps the current file (`atStartup` picks the wording).
    std::unique_ptr<core::CaseStore> open(QString path, bool createIfMissing, QWidget* parent,
                                          bool atStartup = true);

    static QString fileFilter();

private:
    // Lets the user pick a backup (or a file set aside before) and puts it in place.
    void restoreChosen(const QString& path, core::BackupManager& backups, QWidget* parent) const;

    QString m_backupRoot;
    const core::Clock& m_clock;
};

} // namespace wc::gui
