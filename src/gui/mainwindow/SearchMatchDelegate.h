// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QStyledItemDelegate>

namespace wc::gui {

// Draws the case list's title cell while searching: the title on the first line and, under it,
// where the case matched ("Complaint letter to Cash App (sent 28 Nov 2026) — …charged twice…")
// with the search terms in bold, from CaseListModel::MatchHtmlRole. In a narrow column the
// part's name is shortened first and the excerpt starts near the term, so the term stays in
// view. Rows without a match are drawn as usual.
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
