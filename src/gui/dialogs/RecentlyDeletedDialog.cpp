// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/RecentlyDeletedDialog.h"

#include "gui/caseview/CaseText.h"
#include "guidance/CaseTimeZone.h"
#include "gui/widgets/MessageBox.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

RecentlyDeletedDialog::RecentlyDeletedDialog(core::CaseStore& store, const QString& deletedRoot,
                                             const QString& backupRoot, QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_bin(deletedRoot, store.path()),
      m_backupRoot(backupRoot),
      m_list(new QListWidget(this)),
      m_empty(new QLabel(tr("No case was deleted from this file in the last %1 days.")
                             .arg(core::RecentlyDeleted::DefaultKeepDays),
                         this)),
      m_putBack(new QPushButton(tr("&Put Back"), this)),
      m_deleteNow(new QPushButton(tr("&Delete Now…"), this))
{
    setWindowTitle(tr("Recently Deleted Cases"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Deleted cases are kept here for %1 days, outside the case file, "
                                "then removed for good.")
                                 .arg(core::RecentlyDeleted::DefaultKeepDays),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* label = new QLabel(tr("&Cases:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_putBack, QDialogButtonBox::ActionRole);
    buttons->addButton(m_deleteNow, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("C&lose"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_putBack, &QPushButton::clicked, this, &RecentlyDeletedDialog::putBackSelected);
    connect(m_deleteNow, &QPushButton::clicked, this, &RecentlyDeletedDialog::deleteSelectedNow);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecentlyDeletedDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &RecentlyDeletedDialog::putBackSelected);
    reload();
    resize(520, 340);
}

int RecentlyDeletedDialog::count() const { return int(m_entries.size()); }

void RecentlyDeletedDialog::reload()
{
    m_entries = m_bin.entries();
    m_list->clear();
    for (const core::RecentlyDeleted::Entry& entry : std::as_const(m_entries)) {
        // Deleting is about this computer's files, so its time is in the computer's zone, named
        // (the case times around it are in each case's zone and could be misread otherwise).
        const QString title = entry.title.isEmpty() ? tr("(untitled case)") : entry.title;
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QString when = CaseText::dateTime(entry.deletedAt, zone) + u" ("_s
                             + core::CaseTimeZone::offsetText(zone, entry.deletedAt) + u')';
        m_list->addItem(tr("%1 — deleted %2").arg(title, when));
    }
    m_list->setVisible(!m_entries.isEmpty());
    m_empty->setVisible(m_entries.isEmpty());
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

void RecentlyDeletedDialog::updateButtons()
{
    m_putBack->setEnabled(selected() != nullptr);
    m_deleteNow->setEnabled(selected() != nullptr);
}

const core::RecentlyDeleted::Entry* RecentlyDeletedDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void RecentlyDeletedDialog::putBackSelected()
{
    const auto* entry = selected();
    if (!entry)
        return;
    auto restored = m_bin.restore(m_store, *entry);
    if (!restored) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Cannot put the case back"),
                           restored.error().message);
        return;
    }
    reload();
    emit caseRestored(*restored);
}

void RecentlyDeletedDialog::deleteSelectedNow()
{
    const auto* entry = selected();
    if (!entry)
        return;
    const core::BackupManager backups(m_backupRoot);
    const qsizetype held = backups.backupsFor(m_store.path()).size();
    enum { Remove = 1, Keep, RemoveEverywhere };
    QList<MessageBox::Choice> choices{{Remove, tr("Delete for Good"), QMessageBox::DestructiveRole}};
    const QString title = entry->title.isEmpty() ? tr("(untitled case)") : entry->title;
    QString text = tr("Delete “%1” for good? It cannot be put back afterwards.").arg(title);
    if (held > 0) {
        // Spelled out rather than "%n backup(s)": English has no plural translation file.
        text += u"\n\n"_s
            + (held == 1 ? tr("The automatic backup of this file taken before the case was "
                              "deleted still holds it.")
                         : tr("The %1 automatic backups of this file taken before the case was "
                              "deleted still hold it.")
                               .arg(held));
        choices << MessageBox::Choice{RemoveEverywhere, tr("Delete from Backups Too"),
                                      QMessageBox::DestructiveRole};
    }
    choices << MessageBox::Choice{Keep, tr("Keep It"), QMessageBox::RejectRole};
    const int choice = MessageBox::ask(this, QMessageBox::Warning, tr("Delete for good"), text,
                                       choices, Keep);
    if (choice != Remove && choice != RemoveEverywhere)
        return;
    const core::RecentlyDeleted::Entry gone = *entry;
    if (auto purged = m_bin.purge(gone); !purged) {
        MessageBox::inform(this, QMessageBox::Warning, tr("Cannot delete the case"),
                           purged.error().message);
        return;
    }
    if (choice == RemoveEverywhere) {
        const auto cleaned = backups.removeCaseFromBackups(m_store.path(), gone.uuid);
        if (cleaned.failed > 0)
            MessageBox::inform(this, QMessageBox::Warning, tr("Some backups not cleaned"),
                               tr("%1 of the backups could not be opened, so they may still "
                                  "hold the case. You can delete them from the backups folder "
                                  "(Help ▸ Where Is My Data).")
                                   .arg(cleaned.failed));
    }
    reload();
}

} // namespace wc::gui
