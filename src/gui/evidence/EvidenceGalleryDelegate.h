// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QStyledItemDelegate>

namespace wc::gui {

// Draws one gallery tile: the preview (or the kind's icon) in a fixed box, and under it the
// title in bold, the kind and the capture time, each on one line and elided when too long.
class EvidenceGalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ImageSide = 128;
    static constexpr int TileWidth = 184;

    explicit EvidenceGalleryDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wc::gui
