// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/Statement.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimer;

namespace wc::gui {

class StatementRowsFilter;
class StatementRowsModel;

// The rows read from a wallet statement, before any reach the case: the user ticks the ones that
// belong to it (likely duplicate charges come ticked, rows the case already has never do), finds
// them in a big file by searching and by kind, sees the format and encoding that were detected
// and can choose others (the file is then read again), and sees every line that could not be
// read with its line number. Accepting hands the ticked rows to the caller.
// Object names: statementPreviewDialog, statementSummaryLabel, formatComboBox, encodingComboBox,
// changeColumnsButton, previewFilterLineEdit, previewShowComboBox, previewTableView,
// selectShownButton, clearShownButton, chosenCountLabel, duplicatesLabel, problemsLabel,
// problemsListWidget.
class StatementPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StatementPreviewDialog(const QString& fileName, QWidget* parent = nullptr);

    // The zone of the case the rows go into, in which their times are shown: the same instant
    // reads the same here and in the case's table, whatever zone the statement was written in.
    // Default: the computer's zone.
    void setTimeZone(const QTimeZone& zone);
    // Shows `statement`; rows matching `existing` (the case's transactions) are marked as
    // already in the case.
    void setStatement(const core::ParsedStatement& statement,
                      const QList<core::TransactionRecord>& existing);
    // The rows now go into another case (zone and transactions): the statement is shown again
    // for it, keeping the user's ticks on rows that case does not already have.
    void setTarget(const QTimeZone& zone, const QList<core::TransactionRecord>& existing);

    // The statement is `statementWallet`'s and the case `caseWallet`'s: says so and offers a new
    // case for the rows (chosen) or this case anyway. Empty names: no such offer.
    void offerNewCase(const QString& statementWallet, const QString& caseWallet);
    // The rows are to start a new case of the statement's wallet rather than join this one.
    bool newCaseChosen() const;
    const core::ParsedStatement& statement() const { return m_statement; }
    QList<core::StatementRow> chosenRows() const;
    StatementRowsModel* rowsModel() const { return m_rows; }
    StatementRowsFilter* rowsFilter() const { return m_filter; }
    // Shows the format and encoding of the statement on screen again (after another choice
    // could not be read).
    void showChoices();
    // Ticks (or clears) the rows read from these lines of the file (tests and keyboard users).
    void setLinesChecked(const QList<qsizetype>& lines, bool checked);

    // "Alipay", "WeChat Pay", "PayPal", "Other CSV".
    static QString formatName(core::StatementFormat format);

signals:
    // The user chose another format or encoding: read the file again with them.
    void reparseRequested(core::StatementFormat format, const QString& encoding);
    // The user wants to change the columns of a generic CSV.
    void columnsRequested();
    // The user chose between a new case and this case (newCaseChosen()).
    void targetChanged();

private:
    void updateChosen();
    void applyFilter();
    void requestReparse();
    void updateZoneNote();

    core::ParsedStatement m_statement;
    QString m_fileName;
    StatementRowsModel* m_rows;
    StatementRowsFilter* m_filter;
    QLabel* m_summary;
    QComboBox* m_format;
    QComboBox* m_encoding;
    QPushButton* m_columns;
    QLineEdit* m_search;
    QComboBox* m_show;
    QTableView* m_table;
    QLabel* m_chosen;
    QLabel* m_duplicates;
    QLabel* m_problemsLabel;
    QListWidget* m_problems;
    QDialogButtonBox* m_buttons;
    QTimer* m_searchTimer;
    QLabel* m_zoneNote;
    QWidget* m_otherWallet;
    QLabel* m_otherWalletLabel;
    QRadioButton* m_newCase;
    QRadioButton* m_thisCase;
    QString m_statementWallet;
    QList<core::TransactionRecord> m_existing;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace wc::gui
