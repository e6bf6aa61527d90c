// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/BackupManager.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace wc::gui {

// Lets the user pick what to put in place of a damaged case file: one of its automatic backups
// (when it was taken, how many cases it holds, its size; one that does not open cannot be
// picked), or a file an earlier restore set aside. The newest backup that opens is preselected.
class RestoreChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString path;
        bool setAside = false; // a file an earlier restore moved aside, put back as it is
    };

    RestoreChoiceDialog(const QList<core::BackupSummary>& backups,
                        const QList<core::BackupInfo>& setAside, QWidget* parent = nullptr);

    std::optional<Choice> choice() const;

    // Shows the dialog and returns the choice, or nothing when cancelled. Tests queue the row
    // to pick (or -1 for Cancel) with setNextRow(), so no dialog is shown.
    static std::optional<Choice> choose(const QList<core::BackupSummary>& backups,
                                        const QList<core::BackupInfo>& setAside,
                                        QWidget* parent);
    static void setNextRow(int row);

private:
    void updateButtons();

    QListWidget* m_list = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace wc::gui
