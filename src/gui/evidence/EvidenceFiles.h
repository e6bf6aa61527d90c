// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

// Evidence leaving the case file: the original saved back to disk byte for byte, and a
// temporary copy opened with the system's viewer (through UrlOpener, so tests see the URL).
// The temporary copies live in one private folder that is removed when the application quits.
// Each function returns the message for the user when it failed, else an empty string.
class EvidenceFiles
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::EvidenceFiles)

public:
    // Asks where to save (FileDialog::saveFileName, suggesting the stored file name) and writes
    // the stored bytes there; an empty string too when the user cancelled.
    static QString saveOriginalAs(QWidget* parent, core::CaseStore& store,
                                  const core::Evidence& item);
    // Writes the stored bytes to `path` atomically (QSaveFile): the file is complete or untouched.
    static QString saveOriginal(core::CaseStore& store, const core::Evidence& item,
                                const QString& path);
    // Opens a temporary copy with the program the system uses for its type.
    static QString openWithSystemViewer(core::CaseStore& store, const core::Evidence& item);
    // Writes the temporary copy and returns its path in `path`.
    static QString writeTemporaryCopy(core::CaseStore& store, const core::Evidence& item,
                                      QString* path);
    // The private folder of the temporary copies (created on first use); empty when it could
    // not be made.
    static QString temporaryFolder();
    // Removes the folder and every copy in it (done at quit; tests call it directly).
    static void removeTemporaryCopies();

    // A file name safe on every file system, keeping the stored name's look and extension.
    static QString safeFileName(const core::Evidence& item);
};

} // namespace wc::gui
