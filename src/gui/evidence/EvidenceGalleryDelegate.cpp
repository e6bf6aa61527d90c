// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceGalleryDelegate.h"

#include "gui/evidence/EvidenceGalleryModel.h"
#include "gui/widgets/EvidenceItemWidget.h"

#include <QApplication>
#include <QIcon>
#include <QStyleOption>
#include <QPainter>
#include <QStyle>

namespace wc::gui {

namespace {

constexpr int Padding = 6;
constexpr int LineGap = 2;

} // namespace

EvidenceGalleryDelegate::EvidenceGalleryDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QSize EvidenceGalleryDelegate::sizeHint(const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {TileWidth, Padding + ImageSide + Padding + 3 * (metrics.height() + LineGap) + Padding};
}

void EvidenceGalleryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : option.state & QStyle::State_Active   ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    // The whole tile is the selection (styles mark only an item's text, and a tile's text is
    // drawn here); hover gets a lighter shade of the same.
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = option.palette.color(group, QPalette::Highlight);
        if (!selected)
            fill.setAlpha(40);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 4, 4);
    }

    const QRect tile = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QRect box(tile.left() + (tile.width() - ImageSide) / 2, tile.top(), ImageSide, ImageSide);

    // A light frame marks the preview box, so small and empty images still read as tiles.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(option.palette.color(group, QPalette::Mid));
    painter->setBrush(option.palette.color(group, QPalette::Base));
    painter->drawRect(box.adjusted(0, 0, -1, -1));

    const QImage preview = index.data(EvidenceGalleryModel::PreviewRole).value<QImage>();
    if (!preview.isNull()) {
        const QSize size = preview.size().scaled(box.size() - QSize(4, 4), Qt::KeepAspectRatio)
                               .boundedTo(preview.size());
        const QRect target(box.left() + (box.width() - size.width()) / 2,
                           box.top() + (box.height() - size.height()) / 2, size.width(),
                           size.height());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, preview);
    } else {
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const int side = 48;
        icon.paint(painter, QRect(box.center().x() - side / 2, box.center().y() - side / 2, side,
                                  side));
    }

    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text
                                  : option.palette.color(group, QPalette::PlaceholderText);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    int y = box.bottom() + 1 + Padding;
    const auto line = [&](const QString& value, const QFont& font, const QFontMetrics& fm,
                          const QColor& colour, Qt::TextElideMode elide) {
        painter->setFont(font);
        painter->setPen(colour);
        const QRect r(tile.left(), y, tile.width(), fm.height());
        painter->drawText(r, Qt::AlignHCenter | Qt::AlignVCenter,
                          fm.elidedText(value, elide, r.width()));
        y += fm.height() + LineGap;
    };
    // Cut as on the wizard's cards; the whole title is in the tile's tooltip.
    const QString title = index.data(Qt::DisplayRole).toString();
    line(title, bold, boldMetrics, text,
         EvidenceItemWidget::titleElideMode(
             title, index.data(EvidenceGalleryModel::FileNameRole).toString()));
    line(index.data(EvidenceGalleryModel::KindTextRole).toString(), option.font, metrics, quiet,
         Qt::ElideRight);
    line(index.data(EvidenceGalleryModel::TimeTextRole).toString(), option.font, metrics, quiet,
         Qt::ElideRight);

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace wc::gui
