// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/Statement.h"

#include <QDialog>
#include <QHash>

#include <optional>

#include <memory>

class QComboBox;
class QPushButton;

namespace wc::gui {

namespace Ui {
class ColumnMappingDialog;
}

// For a CSV that is not a known wallet export: which column holds the date, the amount, the
// counterparty … (pre-filled by the guesser, or by what the user chose last time for a file
// with the same header), how dates are written and what a minus sign means, with the first rows
// of the file beside it. The choice is remembered by the header's column names (AppSettings), so
// the next export of the same bank or shop opens already mapped. The header row can be moved
// when the guess picked the wrong line: headerLineChanged asks for the file to be read again.
// The fixed part of the layout is ui/ColumnMappingDialog.ui; the column rows are added to its form.
// Object names: columnMappingDialog, <key>MappingComboBox for each ColumnMapping::fieldKeys()
// key (timeMappingComboBox, amountMappingComboBox …), dateOrderComboBox, amountSignComboBox,
// defaultCurrencyComboBox, dateFormatLineEdit, headerLineSpinBox, mappingEncodingComboBox,
// mappingSampleTable, mappingHintLabel.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ColumnMappingDialog(QWidget* parent = nullptr);
    ~ColumnMappingDialog() override;

    // Shows the columns and first rows of `statement`, with `initial` chosen.
    void setStatement(const core::ParsedStatement& statement, const core::ColumnMapping& initial);
    core::ColumnMapping mapping() const;
    qsizetype headerLine() const;
    QComboBox* comboFor(const QString& key) const { return m_columns.value(key); }

    // What the user chose for a file with this header before, if anything.
    static std::optional<core::ColumnMapping> remembered(const QStringList& header);
    static void remember(const QStringList& header, const core::ColumnMapping& mapping);

signals:
    void headerLineChanged(qsizetype line);
    // The user chose another encoding: read the file again with it.
    void encodingChanged(const QString& encoding);

private:
    void updateState();

    std::unique_ptr<Ui::ColumnMappingDialog> m_ui;
    QHash<QString, QComboBox*> m_columns;
    QPushButton* m_ok = nullptr;
    QStringList m_header;
    bool m_filling = false;
};

} // namespace wc::gui
