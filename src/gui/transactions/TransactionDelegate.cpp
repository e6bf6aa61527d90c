// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/TransactionDelegate.h"

#include "gui/caseview/CaseText.h"
#include "gui/transactions/TransactionTableModel.h"
#include "gui/widgets/DateTimeField.h"
#include "model/Money.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

TransactionDelegate::TransactionDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* TransactionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    switch (index.column()) {
    case TransactionTableModel::TimeColumn: {
        auto* edit = new DateTimeField(parent);
        edit->setObjectName(u"transactionTimeEdit"_s);
        // Statement times carry seconds, which tell two charges a minute apart from a double
        // tap: the app's one format, with the seconds kept.
        QString time = CaseText::timeFormat();
        time.replace(u"mm"_s, u"mm:ss"_s);
        edit->setDisplayFormat(CaseText::dateFormat() + u' ' + time);
        edit->setTimeSpec(Qt::UTC); // the case zone's clock time; see TimeZoneRole
        return edit;
    }
    case TransactionTableModel::DirectionColumn: {
        auto* box = new QComboBox(parent);
        box->setObjectName(u"transactionDirectionComboBox"_s);
        for (const QString& key : TransactionTableModel::directionKeys())
            box->addItem(TransactionTableModel::directionText(key), key);
        return box;
    }
    case TransactionTableModel::CurrencyColumn: {
        auto* box = new QComboBox(parent);
        box->setObjectName(u"transactionCurrencyComboBox"_s);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(core::Money::commonCurrencies());
        return box;
    }
    default: {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            if (index.column() == TransactionTableModel::AmountColumn)
                line->setPlaceholderText(tr("for example 128.00"));
        }
        return editor;
    }
    }
}

void TransactionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor)) {
        const QDateTime time = value.toDateTime();
        const QTimeZone zone(index.data(TransactionTableModel::TimeZoneRole).toByteArray());
        edit->setDateTime(time.isValid()
                              ? time
                              : CaseText::wallClock(QDateTime::currentMSecsSinceEpoch(), zone));
        return;
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        if (box->isEditable()) {
            box->setCurrentText(value.toString());
        } else {
            box->setCurrentIndex(qMax(0, box->findData(value.toString())));
        }
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TransactionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QDateTimeEdit*>(editor)) {
        model->setData(index, edit->dateTime(), Qt::EditRole);
        return;
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->isEditable() ? box->currentText() : box->currentData(),
                       Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace wc::gui
