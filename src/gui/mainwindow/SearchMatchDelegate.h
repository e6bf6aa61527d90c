// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QStyledItemDelegate>

namespace wc::gui {

// Draws the case list's title cell while searching: the title on the first line and, under it,
// where the case matched ("in the letter: …charged twice…") with the search terms in bold, from
// CaseListModel::MatchHtmlRole. Rows without a match are drawn as usual.
class SearchMatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wc::gui
