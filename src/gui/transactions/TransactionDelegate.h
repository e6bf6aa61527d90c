// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QStyledItemDelegate>

namespace wc::gui {

// The editors of the transactions table: a date-time editor with a calendar for the time, a
// list for the direction, common currency codes to pick or type; text cells edit as text (the
// model reads amounts with core::Money).
class TransactionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TransactionDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace wc::gui
