// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/RestoreChoiceDialog.h"

#include "gui/caseview/CaseText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr int PathRole = Qt::UserRole;
constexpr int SetAsideRole = Qt::UserRole + 1;

QList<int>& queuedRows()
{
    static QList<int> rows;
    return rows;
}

// Backups are about this computer's files, so their times are in its own zone.
QString when(qint64 ms)
{
    return CaseText::dateTime(ms, QTimeZone::systemTimeZone());
}

} // namespace

RestoreChoiceDialog::RestoreChoiceDialog(const QList<core::BackupSummary>& backups,
                                         const QList<core::BackupInfo>& setAside,
                                         QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore a Backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Choose what to put in place of the case file. The file there now is kept beside "
           "it, renamed, so nothing is lost whichever you choose."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* label = new QLabel(tr("&Backups and set-aside files:"), this);
    m_list = new QListWidget(this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);

    const QLocale locale;
    int preselect = -1;
    for (const core::BackupSummary& backup : backups) {
        const QString size = CaseText::dataSize(backup.info.size, locale);
        // Spelled out rather than "%n case(s)": English has no plural translation file.
        const QString text = !backup.opens  ? tr("Backup of %1 — cannot be opened (%2)")
                                                  .arg(when(backup.info.createdAt), size)
            : backup.cases == 1             ? tr("Backup of %1 — 1 case (%2)")
                                                  .arg(when(backup.info.createdAt), size)
                                            : tr("Backup of %1 — %2 cases (%3)")
                                                  .arg(when(backup.info.createdAt))
                                                  .arg(backup.cases)
                                                  .arg(size);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(PathRole, backup.info.path);
        item->setData(SetAsideRole, false);
        item->setToolTip(QDir::toNativeSeparators(backup.info.path));
        if (!backup.opens)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else if (preselect < 0)
            preselect = m_list->row(item);
    }
    for (const core::BackupInfo& aside : setAside) {
        auto* item = new QListWidgetItem(
            tr("The file set aside on %1 (as it was before that restore)").arg(when(aside.createdAt)),
            m_list);
        item->setData(PathRole, aside.path);
        item->setData(SetAsideRole, true);
        item->setToolTip(QDir::toNativeSeparators(aside.path));
        if (preselect < 0)
            preselect = m_list->row(item);
    }

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreChoiceDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    if (preselect >= 0)
        m_list->setCurrentRow(preselect);
    updateButtons();
    resize(560, 360);
}

std::optional<RestoreChoiceDialog::Choice> RestoreChoiceDialog::choice() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return Choice{item->data(PathRole).toString(), item->data(SetAsideRole).toBool()};
}

void RestoreChoiceDialog::updateButtons()
{
    const auto picked = choice();
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(picked.has_value());
    }
    m_note->setText(!picked ? QString()
                    : picked->setAside
                        ? tr("This puts back the file exactly as it was set aside, even if it "
                             "was damaged: use it when a backup lacks your latest work and you "
                             "want to try the old file again.")
                        : tr("The backup is checked before it replaces anything."));
}

std::optional<RestoreChoiceDialog::Choice>
RestoreChoiceDialog::choose(const QList<core::BackupSummary>& backups,
                            const QList<core::BackupInfo>& setAside, QWidget* parent)
{
    RestoreChoiceDialog dialog(backups, setAside, parent);
    if (!queuedRows().isEmpty()) {
        const int row = queuedRows().takeFirst();
        if (row < 0)
            return std::nullopt;
        dialog.m_list->setCurrentRow(row);
        return dialog.choice();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

void RestoreChoiceDialog::setNextRow(int row)
{
    queuedRows().append(row);
}

} // namespace wc::gui
