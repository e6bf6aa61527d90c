// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/RecentlyDeleted.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

// Case ▸ Recently Deleted Cases: the cases deleted from this file in the last 30 days, newest
// first, each with when it was deleted. "Put Back" returns one to the file whole; "Delete
// Now" removes it for good, and optionally from the file's automatic backups too.
class RecentlyDeletedDialog : public QDialog
{
    Q_OBJECT

public:
    RecentlyDeletedDialog(core::CaseStore& store, const QString& deletedRoot,
                          const QString& backupRoot, QWidget* parent = nullptr);

    int count() const;
    // For tests and the keyboard: acts on the selected row.
    void putBackSelected();
    void deleteSelectedNow();

signals:
    // A case was put back into the file under this id.
    void caseRestored(qint64 caseId);

private:
    void reload();
    void updateButtons();
    const core::RecentlyDeleted::Entry* selected() const;

    core::CaseStore& m_store;
    core::RecentlyDeleted m_bin;
    QString m_backupRoot;
    QList<core::RecentlyDeleted::Entry> m_entries;
    QListWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_putBack;
    QPushButton* m_deleteNow;
};

} // namespace wc::gui
