// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceGalleryModel.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/EvidenceIntake.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

EvidenceGalleryModel::EvidenceGalleryModel(EvidenceIntake* intake, QObject* parent)
    : QAbstractListModel(parent), m_intake(intake)
{
    connect(intake, &EvidenceIntake::itemAdded, this, &EvidenceGalleryModel::append);
    connect(intake, &EvidenceIntake::itemUpdated, this, &EvidenceGalleryModel::update);
    connect(intake, &EvidenceIntake::itemRemoved, this, &EvidenceGalleryModel::remove);
    connect(intake, &EvidenceIntake::previewReady, this, &EvidenceGalleryModel::setPreview);
    resetFromIntake();
}

void EvidenceGalleryModel::resetFromIntake()
{
    beginResetModel();
    m_items = m_intake->items();
    m_previews.clear();
    endResetModel();
    // After the reset: a cached preview comes back at once, through setPreview.
    for (const core::Evidence& item : std::as_const(m_items)) {
        if (auto cached = m_intake->preview(item))
            setPreview(item.sha256, *cached);
    }
}

int EvidenceGalleryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

const core::Evidence* EvidenceGalleryModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int EvidenceGalleryModel::rowOf(qint64 evidenceId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == evidenceId)
            return i;
    }
    return -1;
}

QString EvidenceGalleryModel::kindText(const QString& kind)
{
    if (kind == u"screenshot")
        return tr("Screenshot");
    if (kind == u"chat_log")
        return tr("Chat log");
    if (kind == u"email")
        return tr("Email");
    if (kind == u"statement")
        return tr("Statement");
    if (kind == u"other")
        return tr("Other");
    return tr("File");
}

QString EvidenceGalleryModel::timeText(const core::Evidence& item, const QTimeZone& zone)
{
    // The app's one date-time format, in the case's zone (the delegate elides what does not fit).
    const auto when = [&zone](qint64 ms) { return CaseText::dateTime(ms, zone); };
    if (item.capturedAt)
        return tr("Captured %1").arg(when(*item.capturedAt));
    return tr("Added %1").arg(when(item.addedAt));
}

QVariant EvidenceGalleryModel::data(const QModelIndex& index, int role) const
{
    const core::Evidence* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item->title;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(item->title, kindText(item->kind), timeText(*item, m_intake->timeZone()));
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2 · %3 · %4\n%5")
                          .arg(item->title, kindText(item->kind),
                               QFileInfo(item->fileName).fileName(),
                               CaseText::dataSize(item->size),
                               timeText(*item, m_intake->timeZone()));
        if (!item->note.isEmpty()) // "incomplete file", say, is read here without opening it
            tip += u"\n"_s + item->note;
        return tip;
    }
    case Qt::DecorationRole: {
        const QImage preview = m_previews.value(item->sha256);
        if (!preview.isNull())
            return preview;
        const QStyle::StandardPixmap icon =
            item->kind == u"chat_log" ? QStyle::SP_FileDialogDetailedView : QStyle::SP_FileIcon;
        return QApplication::style()->standardIcon(icon);
    }
    case EvidenceIdRole:
        return item->id;
    case KindTextRole:
        return kindText(item->kind);
    case TimeTextRole:
        return timeText(*item, m_intake->timeZone());
    case HasPreviewRole:
        return !m_previews.value(item->sha256).isNull();
    case PreviewRole:
        return m_previews.value(item->sha256);
    case FileNameRole:
        return item->fileName;
    default:
        return {};
    }
}

void EvidenceGalleryModel::append(const core::Evidence& item)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
    if (auto cached = m_intake->preview(item))
        setPreview(item.sha256, *cached);
}

void EvidenceGalleryModel::update(const core::Evidence& item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_items[row] = item;
    emit dataChanged(index(row), index(row));
}

void EvidenceGalleryModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

void EvidenceGalleryModel::setPreview(const QString& sha256, const QImage& image)
{
    m_previews.insert(sha256, image);
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).sha256 == sha256)
            emit dataChanged(index(row), index(row), {Qt::DecorationRole, HasPreviewRole,
                                                      PreviewRole});
    }
}

} // namespace wc::gui
