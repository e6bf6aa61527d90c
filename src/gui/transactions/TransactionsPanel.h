// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "statements/Statement.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class MessageBar;
class StatementImportFlow;
class TransactionTableModel;

// The Transactions tab of the case workspace: the disputed transactions of one case (time,
// counterparty, amount, currency, reference, status, note) to add and edit by hand and to
// import from a wallet statement (Alipay, WeChat Pay, PayPal, any CSV with a column mapping),
// with a preview where the user picks the rows that belong to the case, and the
// duplicate-charge detector's findings. Each edit is saved at once.
// Refunds and other money received are kept as such (TransactionRecord::direction "in"), so the
// detector tells a charge and its refund apart.
// Object names: transactionsPanel (this), transactionsTableView, addTransactionButton,
// removeTransactionButton, importStatementButton, transactionsEmptyLabel, messageBar,
// duplicatesFrame, transactionDuplicatesLabel, suggestDuplicateCaseButton; the import's dialogs:
// statementProgressDialog, columnMappingDialog, statementPreviewDialog (see their headers).
class TransactionsPanel : public QWidget
{
    Q_OBJECT

public:
    // The answers to "Remove these transactions?" (MessageBox::ask ids; tests queue them).
    enum RemoveChoice
    {
        KeepTransactions,
        RemoveTransactions
    };

    explicit TransactionsPanel(QWidget* parent = nullptr);
    ~TransactionsPanel() override;

    // `store` is not owned and must outlive the panel (or be replaced with setCase(nullptr, 0)
    // first). A running import is cancelled.
    void setCase(core::CaseStore* store, qint64 caseId);
    qint64 caseId() const;

    TransactionTableModel* model() const { return m_model; }
    // The import in progress (its dialogs), or null.
    StatementImportFlow* importFlow() const;
    // The text of the panel's own message bar (empty when hidden).
    QString message() const;

public slots:
    void reload();
    // Adds a transaction dated now and starts editing its counterparty.
    void addTransaction();
    // Removes the selected transactions after asking.
    void removeSelected();
    // Asks for a statement file (FileDialog seam) and starts importing it.
    void importStatement();
    // Starts importing `path` (the file dialog's answer).
    void importStatementFile(const QString& path);
    // Offers the findings of the duplicate detector again (duplicateCaseSuggested).
    void suggestDuplicateCase();

signals:
    // The user added, edited, imported or removed transactions.
    void changed();
    void errorOccurred(const QString& message);
    // Likely duplicate charges were found that this case (not a duplicate_charge case) does
    // not cover; the window may offer to start a duplicate_charge complaint with them.
    void duplicateCaseSuggested(const QList<wc::core::TransactionRecord>& charges);
    // A statement of another wallet started a draft case of its own (the window resumes it).
    void draftStarted(qint64 caseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    // Reads the transactions again; with `offer`, findings not seen before are offered.
    void refresh(bool offer);
    void updateActions();
    // Runs the detector over the case's transactions and shows its findings; with `offer`, new
    // findings in a case that is not about a duplicate charge are offered (signal).
    void updateDuplicates(bool offer);
    QString saveRecord(const core::TransactionRecord& record);
    void addImported(const QList<core::StatementRow>& rows, core::StatementFormat format);
    void selectIds(const QList<qint64>& ids);
    void cancelImport();
    void report(const QString& message);
    void inform(const QString& message);

    core::CaseStore* m_store = nullptr;
    qint64 m_caseId = 0;
    QString m_subtype; // the case's problem; a duplicate_charge case needs no suggestion
    QString m_currency;
    TransactionTableModel* m_model;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    MessageBar* m_messageBar = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QWidget* m_duplicatesFrame = nullptr;
    QLabel* m_duplicatesLabel = nullptr;
    QPushButton* m_suggestButton = nullptr;
    QList<QList<core::TransactionRecord>> m_groups; // the detector's current findings
    QSet<QString> m_offered; // findings already offered (or there when the case was opened)
    QPointer<StatementImportFlow> m_import;
};

} // namespace wc::gui
