// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/SearchMatchDelegate.h"

#include "gui/mainwindow/CaseListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The match line for a cell too narrow for all of it: the part's name gives up room first
// (it is whole in the tooltip), then the excerpt starts a few characters before the first term,
// so the term the user searched for stays in view.
QString narrowLine(const QModelIndex& index, const QFontMetrics& metrics, int width)
{
    const QString label = index.data(CaseListModel::MatchLabelRole).toString();
    const auto* model = qobject_cast<const CaseListModel*>(index.model());
    const auto match = model ? model->searchMatch(index.data(CaseListModel::CaseIdRole).toLongLong())
                             : std::nullopt;
    if (label.isEmpty() || !match || match->marks.isEmpty())
        return {};
    constexpr qsizetype Lead = 3; // characters of context kept before the term
    const qsizetype from = qMax<qsizetype>(0, match->marks.first().first - Lead);
    QString html = metrics.elidedText(label, Qt::ElideRight, width / 3).toHtmlEscaped()
                   + u" \u2014 "_s + (from > 0 ? u"\u2026"_s : QString());
    qsizetype at = from;
    for (const auto& [start, length] : match->marks) {
        if (start < at)
            continue;
        html += match->excerpt.mid(at, start - at).toHtmlEscaped() + u"<b>"_s
                + match->excerpt.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    return html + match->excerpt.mid(at).toHtmlEscaped();
}

} // namespace

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
    if (doc.idealWidth() > text.width()) {
        if (const QString narrow = narrowLine(index, opt.fontMetrics, text.width()); !narrow.isEmpty())
            doc.setHtml(narrow);
    }
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
