// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/TransactionsPanel.h"

#include "gui/caseview/CaseText.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/transactions/StatementPreviewDialog.h"
#include "gui/transactions/TransactionDelegate.h"
#include "gui/transactions/TransactionTableModel.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "statements/DuplicateDetector.h"
#include "store/CaseStore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// A finding by the transactions in it, so the same one is offered once.
QString groupKey(const QList<core::TransactionRecord>& charges)
{
    QList<qint64> ids;
    for (const core::TransactionRecord& r : charges)
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

TransactionsPanel::TransactionsPanel(QWidget* parent)
    : QWidget(parent), m_model(new TransactionTableModel(this))
{
    setObjectName(u"transactionsPanel"_s);
    m_model->setSaver([this](const core::TransactionRecord& r) { return saveRecord(r); });
    connect(m_model, &TransactionTableModel::errorOccurred, this, &TransactionsPanel::report);
    buildUi();
    updateActions();
}

TransactionsPanel::~TransactionsPanel()
{
    cancelImport();
}

void TransactionsPanel::buildUi()
{
    m_addButton = new QPushButton(tr("&Add transaction"), this);
    m_addButton->setObjectName(u"addTransactionButton"_s);
    m_addButton->setToolTip(tr("Add a transaction by hand and type its details in the table "
                               "(Insert)"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(u"removeTransactionButton"_s);
    m_removeButton->setToolTip(tr("Remove the selected transactions from the case (Del)"));
    m_importButton = new QPushButton(tr("&Import statement…"), this);
    m_importButton->setObjectName(u"importStatementButton"_s);
    m_importButton->setToolTip(tr("Read an Alipay, WeChat Pay or PayPal export, or any CSV, and "
                                  "choose the transactions that belong to this case"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    connect(m_addButton, &QPushButton::clicked, this, &TransactionsPanel::addTransaction);
    connect(m_removeButton, &QPushButton::clicked, this, &TransactionsPanel::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &TransactionsPanel::importStatement);

    m_messageBar = new MessageBar(this);

    m_duplicatesFrame = new QFrame(this);
    m_duplicatesFrame->setObjectName(u"duplicatesFrame"_s);
    m_duplicatesFrame->setStyleSheet(u"#duplicatesFrame { background: rgba(255, 179, 0, 60); "
                                     "border: 1px solid rgba(200, 140, 0, 160); "
                                     "border-radius: 4px; }"_s);
    m_duplicatesLabel = new QLabel(m_duplicatesFrame);
    m_duplicatesLabel->setObjectName(u"transactionDuplicatesLabel"_s);
    m_duplicatesLabel->setWordWrap(true);
    m_duplicatesLabel->setTextFormat(Qt::PlainText);
    m_duplicatesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suggestButton = new QPushButton(tr("Start a &duplicate-charge complaint…"),
                                      m_duplicatesFrame);
    m_suggestButton->setObjectName(u"suggestDuplicateCaseButton"_s);
    auto* duplicates = new QHBoxLayout(m_duplicatesFrame);
    duplicates->addWidget(m_duplicatesLabel, 1);
    duplicates->addWidget(m_suggestButton, 0, Qt::AlignTop);
    m_duplicatesFrame->hide();
    connect(m_suggestButton, &QPushButton::clicked, this,
            &TransactionsPanel::suggestDuplicateCase);

    m_table = new QTableView(this);
    m_table->setObjectName(u"transactionsTableView"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TransactionDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TransactionTableModel::TimeColumn, 175);
    m_table->setColumnWidth(TransactionTableModel::CounterpartyColumn, 180);
    m_table->setColumnWidth(TransactionTableModel::DirectionColumn, 150);
    m_table->setColumnWidth(TransactionTableModel::AmountColumn, 100);
    m_table->setColumnWidth(TransactionTableModel::CurrencyColumn, 70);
    m_table->setColumnWidth(TransactionTableModel::ReferenceColumn, 215);
    m_table->setColumnWidth(TransactionTableModel::StatusColumn, 100);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransactionsPanel::updateActions);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"transactionsEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_duplicatesFrame);
    layout->addWidget(m_stack, 1);
}

void TransactionsPanel::setCase(core::CaseStore* store, qint64 caseId)
{
    const bool sameCase = store && store == m_store && caseId == m_caseId;
    if (!sameCase) {
        cancelImport();
        m_messageBar->hide();
        m_offered.clear();
    }
    m_store = store;
    m_caseId = store ? caseId : 0;
    m_subtype.clear();
    m_currency.clear();
    if (m_store && m_caseId > 0) {
        if (auto record = m_store->caseById(m_caseId)) {
            m_subtype = record->subtype;
            m_currency = record->currency;
            // A case without an amount says nothing of its currency: the money of the
            // country of its zone (a PayPal case in Los Angeles got CNY rows in the walk).
            if (m_currency.isEmpty()) {
                const QTimeZone zone = core::CaseTimeZone::zoneFor(*record);
                m_currency = QLocale(QLocale::AnyLanguage, zone.territory())
                                 .currencySymbol(QLocale::CurrencyIsoCode);
            }
        }
    }
    reload();
}

qint64 TransactionsPanel::caseId() const
{
    return m_caseId;
}

StatementImportFlow* TransactionsPanel::importFlow() const
{
    return m_import;
}

QString TransactionsPanel::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

void TransactionsPanel::reload()
{
    refresh(false);
}

void TransactionsPanel::refresh(bool offer)
{
    QList<core::TransactionRecord> records;
    if (m_store && m_caseId > 0) {
        // Read each time: the zone may have been changed on the Overview since.
        if (auto record = m_store->caseById(m_caseId))
            m_model->setTimeZone(core::CaseTimeZone::zoneFor(*record));
        auto read = m_store->transactions(m_caseId);
        if (read)
            records = std::move(*read);
        else
            report(tr("The transactions of this case could not be read. %1")
                       .arg(read.error().message));
    }
    m_model->setRecords(records);
    updateDuplicates(offer);
    updateActions();
}

void TransactionsPanel::updateActions()
{
    const bool open = m_store && m_caseId > 0;
    m_addButton->setEnabled(open);
    m_importButton->setEnabled(open && !m_import);
    m_removeButton->setEnabled(open && m_table->selectionModel()->hasSelection());
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_table);
    m_emptyLabel->setText(
        !open ? tr("Choose a case to see its transactions.")
              : tr("No transactions yet. Add the payments this complaint is about by hand, or "
                   "import them from a wallet statement: Alipay, WeChat Pay and PayPal exports "
                   "are read as they are, any other CSV after you point out its columns."));
}

void TransactionsPanel::updateDuplicates(bool offer)
{
    const QList<core::TransactionRecord>& records = m_model->records();
    const QList<core::DuplicateGroup> groups =
        core::DuplicateDetector::find(core::DuplicateDetector::rowsFromRecords(records));
    // The times as the table shows them: the one on-screen format, in the case's zone.
    const QTimeZone zone = m_model->timeZone();
    const auto writeTime = [&zone](qint64 ms) { return CaseText::dateTime(ms, zone); };
    // Money as the interface writes it ("¥28.16", not "28.16 CNY" in the Chinese window).
    const auto writeMoney = [](qint64 minor, const QString& currency) {
        return CaseText::money(minor, currency);
    };
    QHash<qint64, QString> notes;
    QStringList explanations;
    m_groups.clear();
    QList<core::TransactionRecord> fresh;
    for (const core::DuplicateGroup& g : groups) {
        QList<core::TransactionRecord> charges;
        for (int row : g.rows) {
            charges << records.at(row);
            notes.insert(records.at(row).id, g.explain(writeTime, writeMoney));
        }
        explanations << g.explain(writeTime, writeMoney);
        m_groups << charges;
        const QString key = groupKey(charges);
        if (!m_offered.contains(key)) {
            m_offered.insert(key); // found on opening, or offered now: either way only once
            if (offer)
                fresh += charges;
        }
    }
    m_model->setDuplicateNotes(notes);
    const bool duplicateCase = m_subtype == u"duplicate_charge";
    m_duplicatesFrame->setVisible(!groups.isEmpty());
    m_duplicatesLabel->setText(
        groups.isEmpty() ? QString()
                         : (duplicateCase ? tr("Likely duplicate charges in this case:")
                                          : tr("Likely duplicate charges — this case is not "
                                               "about a duplicate charge, so they may need a "
                                               "complaint of their own:")) +
                               u"\n• "_s + explanations.join(u"\n• "_s));
    m_suggestButton->setVisible(!groups.isEmpty() && !duplicateCase);
    if (!fresh.isEmpty() && !duplicateCase)
        emit duplicateCaseSuggested(fresh);
}

void TransactionsPanel::suggestDuplicateCase()
{
    QList<core::TransactionRecord> charges;
    for (const QList<core::TransactionRecord>& g : std::as_const(m_groups))
        charges += g;
    if (!charges.isEmpty())
        emit duplicateCaseSuggested(charges);
}

QString TransactionsPanel::saveRecord(const core::TransactionRecord& record)
{
    if (!m_store)
        return tr("The case file is closed.");
    auto saved = m_store->updateTransaction(record);
    if (!saved)
        return tr("The change could not be saved. %1").arg(saved.error().message);
    // After the model has taken the edit and the table has left its commit (this runs inside
    // the delegate's setModelData): whoever hears of the change may reload the case, its list
    // or this table, which must not happen under the editor being committed (both walks lost
    // the app typing a counterparty and pressing Tab; not reproduced in a test). A changed
    // amount or time may also make or end a finding.
    QTimer::singleShot(0, this, [this] {
        emit changed();
        updateDuplicates(true);
    });
    return {};
}

void TransactionsPanel::addTransaction()
{
    if (!m_store || m_caseId <= 0)
        return;
    core::TransactionRecord record;
    record.caseId = m_caseId;
    record.occurredAt = m_store->clock().nowMs();
    record.currency = m_currency.isEmpty() ? u"CNY"_s : m_currency;
    record.source = u"manual"_s;
    auto id = m_store->addTransaction(record);
    if (!id) {
        report(tr("The transaction could not be added. %1").arg(id.error().message));
        return;
    }
    reload();
    emit changed();
    const int row = m_model->rowOf(*id);
    if (row < 0)
        return;
    const QModelIndex cell = m_model->index(row, TransactionTableModel::CounterpartyColumn);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
    m_table->setFocus();
    m_table->edit(cell);
}

void TransactionsPanel::removeSelected()
{
    if (!m_store)
        return;
    QList<core::TransactionRecord> chosen;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const core::TransactionRecord* r = m_model->recordAt(index.row()))
            chosen << *r;
    }
    if (chosen.isEmpty())
        return;
    const QString what =
        chosen.size() == 1
            ? tr("Remove the transaction %1 %2 %3 from this case?")
                  .arg(chosen.first().counterparty,
                       TransactionTableModel::amountText(chosen.first().amountMinor,
                                                         chosen.first().currency),
                       chosen.first().currency)
                  .simplified()
            : tr("Remove these %1 transactions from this case?").arg(chosen.size());
    const int answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Remove transactions"),
        what + u"\n\n"_s + tr("The statement they came from is not changed."),
        {{RemoveTransactions, tr("&Remove"), QMessageBox::DestructiveRole},
         {KeepTransactions, tr("&Keep"), QMessageBox::RejectRole}},
        KeepTransactions);
    if (answer != RemoveTransactions)
        return;
    auto removed = m_store->runBatch([&]() -> core::Result<void> {
        for (const core::TransactionRecord& r : std::as_const(chosen))
            WC_TRY(m_store->removeTransaction(r.id));
        return {};
    });
    if (!removed)
        report(tr("The transactions could not be removed. %1").arg(removed.error().message));
    reload();
    if (removed)
        emit changed();
}

void TransactionsPanel::importStatement()
{
    if (!m_store || m_caseId <= 0 || m_import)
        return;
    const QString path = FileDialog::openFileName(
        this, tr("Import a wallet statement"),
        tr("Statements (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importStatementFile(path);
}

void TransactionsPanel::importStatementFile(const QString& path)
{
    if (!m_store || m_caseId <= 0 || m_import)
        return;
    m_messageBar->hide();
    m_import = new StatementImportFlow(path, m_model->records(), this);
    m_import->setTimeZone(m_model->timeZone());
    // Read now: the zone may have changed on Overview, and the wallet is compared with the
    // statement's.
    if (auto record = m_store->caseById(m_caseId))
        m_import->setTargetCase(m_store, *record);
    connect(m_import, &StatementImportFlow::rowsChosen, this, &TransactionsPanel::addImported);
    connect(m_import, &StatementImportFlow::caseStarted, this,
            [this](qint64 id, int count, core::StatementFormat format) {
                const QString from = StatementPreviewDialog::formatName(format);
                inform(count == 1
                           ? tr("Started a new %1 case with 1 transaction; this case is "
                                "unchanged.").arg(from)
                           : tr("Started a new %1 case with %2 transactions; this case is "
                                "unchanged.").arg(from).arg(count));
                emit draftStarted(id);
            });
    connect(m_import, &StatementImportFlow::failed, this, &TransactionsPanel::report);
    connect(m_import, &StatementImportFlow::cancelled, this, [this] {
        inform(tr("Reading the statement was cancelled; nothing was added."));
    });
    connect(m_import, &StatementImportFlow::finished, this, [this] {
        m_import = nullptr;
        updateActions();
    });
    updateActions();
    m_import->start();
}

void TransactionsPanel::addImported(const QList<core::StatementRow>& rows,
                                    core::StatementFormat format)
{
    if (!m_store || m_caseId <= 0 || rows.isEmpty())
        return;
    QList<qint64> ids;
    // One transaction for the lot: the case gets all the chosen rows or none.
    auto added = m_store->runBatch([&]() -> core::Result<void> {
        for (const core::StatementRow& row : rows) {
            core::TransactionRecord r = row.record;
            r.id = 0;
            r.caseId = m_caseId;
            if (r.source.isEmpty())
                r.source = core::statementFormatKey(format);
            auto id = m_store->addTransaction(r);
            if (!id)
                return std::move(id).error();
            ids << *id;
        }
        return {};
    });
    if (!added) {
        report(tr("The transactions could not be added; nothing was changed. %1")
                   .arg(added.error().message));
        return;
    }
    refresh(true); // what was just added may be a duplicate charge worth a complaint
    selectIds(ids);
    const QString from = StatementPreviewDialog::formatName(format);
    inform(ids.size() == 1 ? tr("Added 1 transaction from the %1 statement.").arg(from)
                           : tr("Added %1 transactions from the %2 statement.")
                                 .arg(ids.size())
                                 .arg(from));
    emit changed();
}

void TransactionsPanel::selectIds(const QList<qint64>& ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, TransactionTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

void TransactionsPanel::cancelImport()
{
    if (m_import) {
        m_import->disconnect(this);
        delete m_import;
    }
}

bool TransactionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    // An open cell editor takes its own keys; these reach the table only outside one.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeSelected();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Insert) {
            addTransaction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TransactionsPanel::report(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    emit errorOccurred(message);
}

void TransactionsPanel::inform(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Information, message);
}

} // namespace wc::gui
