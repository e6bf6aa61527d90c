// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/SearchMatchDelegate.h"

#include "gui/mainwindow/CaseListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace wc::gui {

void SearchMatchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QString match = index.data(CaseListModel::MatchHtmlRole).toString();
    if (match.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const int lineHeight = opt.fontMetrics.height();

    painter->save();
    painter->setClipRect(text);
    painter->setFont(opt.font);
    painter->setPen(ink);
    const QRect first(text.left(), text.top() + 1, text.width(), lineHeight);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, text.width()));

    // The match line: one line of rich text, clipped at the cell's edge.
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setHtml(match);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, ink);
    painter->translate(text.left(), first.bottom() + 1);
    context.clip = QRectF(0, 0, text.width(), lineHeight + 2);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchMatchDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(CaseListModel::MatchHtmlRole).toString().isEmpty())
        size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2 + 6));
    return size;
}

} // namespace wc::gui
