// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The Transactions tab: editing by hand in the table, importing each kind of statement through
// the preview (and the column-mapping dialog), cancelling a big import, and the duplicate-charge
// detector's suggestion. Everything is read back from the store.
#include "gui/transactions/TransactionsPanel.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/transactions/ColumnMappingDialog.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/transactions/StatementPreviewDialog.h"
#include "gui/transactions/StatementRowsModel.h"
#include "gui/transactions/TransactionTableModel.h"
#include "gui/wizard/NewCaseWizard.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "statements/StatementParser.h"
#include "support/ComputerZone.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TimeoutMs = 120'000; // generous: the machine is shared and slow

QString fixture(const QString& name)
{
    return QStringLiteral(WC_TEST_DATA_DIR) + u"/statements/"_s + name;
}

// What the parser itself reads from a fixture, to compare what reached the store with.
ParsedStatement parsed(const QString& name)
{
    auto result = StatementParser::parseFile(fixture(name));
    EXPECT_TRUE(result.ok()) << name.toStdString();
    return result ? *result : ParsedStatement{};
}

const StatementRow* rowAt(const ParsedStatement& s, qsizetype line)
{
    for (const StatementRow& row : s.rows) {
        if (row.line == line)
            return &row;
    }
    ADD_FAILURE() << "no row on line " << line;
    return nullptr;
}

void grabIfAsked(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

class TransactionsPanelTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        AppSettings::setFileForTesting(dir.file(u"settings.conf"_s));
        caseId = makeCase(u"refund_not_received"_s);
        panel = std::make_unique<TransactionsPanel>();
        panel->resize(1100, 560);
        panel->setCase(store.get(), caseId);
        panel->show();
        MessageBox::takeAskedCount();
    }

    void TearDown() override
    {
        panel.reset();
        AppSettings::setFileForTesting({});
    }

    qint64 makeCase(const QString& subtype)
    {
        CaseRecord r;
        r.title = u"Case "_s + subtype;
        r.family = u"transaction"_s;
        r.subtype = subtype;
        r.currency = u"CNY"_s;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    qint64 addRecord(const QString& counterparty, qint64 amount, std::optional<qint64> at,
                     const QString& reference, const QString& currency = u"HKD"_s)
    {
        TransactionRecord r;
        r.caseId = caseId;
        r.counterparty = counterparty;
        r.amountMinor = amount;
        r.currency = currency;
        r.occurredAt = at;
        r.reference = reference;
        auto id = store->addTransaction(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    QList<TransactionRecord> stored()
    {
        auto list = store->transactions(caseId);
        EXPECT_TRUE(list.ok());
        return list.ok() ? *list : QList<TransactionRecord>();
    }

    TransactionRecord storedById(qint64 id)
    {
        for (const TransactionRecord& r : stored()) {
            if (r.id == id)
                return r;
        }
        ADD_FAILURE() << "no transaction " << id;
        return {};
    }

    QTableView* table() const
    {
        return panel->findChild<QTableView*>(u"transactionsTableView"_s);
    }

    QPushButton* button(const QString& name, QWidget* in = nullptr) const
    {
        auto* b = (in ? in : panel.get())->findChild<QPushButton*>(name);
        EXPECT_TRUE(b) << name.toStdString();
        return b;
    }

    // Opens the cell editor of a transaction, as a double-click or F2 does.
    QWidget* openEditor(qint64 id, int column)
    {
        const int row = panel->model()->rowOf(id);
        EXPECT_GE(row, 0);
        const QModelIndex index = panel->model()->index(row, column);
        table()->setCurrentIndex(index);
        table()->edit(index);
        QWidget* editor = table()->indexWidget(index);
        EXPECT_TRUE(editor);
        return editor;
    }

    // Return in a cell editor: the view commits and closes it on its next turn of the loop.
    static void commit(QWidget* editor)
    {
        QPointer<QWidget> open(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 5000));
    }

    void typeInto(qint64 id, int column, const QString& text)
    {
        auto* edit = qobject_cast<QLineEdit*>(openEditor(id, column));
        ASSERT_TRUE(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
        commit(edit);
    }

    StatementPreviewDialog* startImport(const QString& name)
    {
        FileDialog::setNextFileName(fixture(name));
        button(u"importStatementButton"_s)->click();
        return waitPreview();
    }

    StatementPreviewDialog* waitPreview()
    {
        StatementPreviewDialog* preview = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                preview = panel->findChild<StatementPreviewDialog*>(u"statementPreviewDialog"_s);
                return (preview && preview->isVisible()) || !panel->importFlow() ||
                       !panel->message().isEmpty();
            },
            TimeoutMs);
        EXPECT_TRUE(preview && preview->isVisible()) << panel->message().toStdString();
        return preview;
    }

    ColumnMappingDialog* waitMapping()
    {
        ColumnMappingDialog* mapping = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                mapping = panel->findChild<ColumnMappingDialog*>(u"columnMappingDialog"_s);
                return (mapping && mapping->isVisible()) || !panel->importFlow();
            },
            TimeoutMs);
        EXPECT_TRUE(mapping && mapping->isVisible()) << panel->message().toStdString();
        return mapping;
    }

    static QPushButton* okButton(QDialog* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    bool waitImportOver()
    {
        return QTest::qWaitFor([&] { return !panel->importFlow(); }, TimeoutMs);
    }

    // Ticks a row of the preview as a click on its check box does.
    static void tick(StatementPreviewDialog* preview, qsizetype line, bool on = true)
    {
        StatementRowsModel* rows = preview->rowsModel();
        for (int i = 0; i < rows->rowCount(); ++i) {
            if (rows->rows().at(i).line == line) {
                rows->setData(rows->index(i, StatementRowsModel::LineColumn),
                              on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
                return;
            }
        }
        ADD_FAILURE() << "no preview row for line " << line;
    }

    static void expectSame(const TransactionRecord& stored, const StatementRow& row)
    {
        EXPECT_EQ(stored.occurredAt, row.record.occurredAt);
        EXPECT_EQ(stored.counterparty, row.record.counterparty);
        EXPECT_EQ(stored.amountMinor, row.record.amountMinor);
        EXPECT_EQ(stored.currency, row.record.currency);
        EXPECT_EQ(stored.reference, row.record.reference);
        EXPECT_EQ(stored.status, row.record.status);
        EXPECT_EQ(stored.note, row.record.note);
        EXPECT_EQ(stored.source, row.record.source);
        EXPECT_EQ(stored.direction, moneyFlowKey(row.flow));
    }

    const TransactionRecord* byReference(const QList<TransactionRecord>& list, const QString& ref)
    {
        for (const TransactionRecord& r : list) {
            if (r.reference == ref)
                return &r;
        }
        ADD_FAILURE() << "no transaction with reference " << ref.toStdString();
        return nullptr;
    }

    qint64 caseId = 0;
    std::unique_ptr<TransactionsPanel> panel; // declared after the store: destroyed first
};

TEST_F(TransactionsPanelTest, AddsAndEditsInPlace)
{
    EXPECT_TRUE(panel->findChild<QLabel*>(u"transactionsEmptyLabel"_s)->isVisible());
    QSignalSpy changed(panel.get(), &TransactionsPanel::changed);
    button(u"addTransactionButton"_s)->click();
    ASSERT_EQ(stored().size(), 1);
    const qint64 id = stored().first().id;
    EXPECT_EQ(stored().first().occurredAt, clock.nowMs());
    EXPECT_EQ(stored().first().currency, u"CNY"_s); // the case's currency
    EXPECT_EQ(stored().first().source, u"manual"_s);
    EXPECT_EQ(stored().first().direction, u"out"_s);
    EXPECT_TRUE(table()->isVisible());

    // The counterparty's editor is open straight away.
    const QModelIndex counterparty =
        panel->model()->index(0, TransactionTableModel::CounterpartyColumn);
    auto* edit = qobject_cast<QLineEdit*>(table()->indexWidget(counterparty));
    ASSERT_TRUE(edit);
    QTest::keyClicks(edit, u"Example Food Delivery"_s);
    commit(edit);
    EXPECT_EQ(storedById(id).counterparty, u"Example Food Delivery"_s);

    typeInto(id, TransactionTableModel::AmountColumn, u"1,234.50"_s);
    EXPECT_EQ(storedById(id).amountMinor, 123450) << panel->message().toStdString();
    EXPECT_EQ(panel->model()->index(0, TransactionTableModel::AmountColumn).data().toString(),
              u"1,234.50"_s);

    // Money that is not an amount is refused with core::Money's words, and nothing changes.
    QSignalSpy errors(panel.get(), &TransactionsPanel::errorOccurred);
    typeInto(id, TransactionTableModel::AmountColumn, u"12.3.4"_s);
    EXPECT_EQ(storedById(id).amountMinor, 123450);
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(panel->message().startsWith(u"The amount was not changed"_s));

    typeInto(id, TransactionTableModel::ReferenceColumn, u"2026112322001"_s);
    typeInto(id, TransactionTableModel::StatusColumn, u"Paid"_s);
    typeInto(id, TransactionTableModel::NoteColumn, u"charged twice"_s);
    TransactionRecord r = storedById(id);
    EXPECT_EQ(r.reference, u"2026112322001"_s);
    EXPECT_EQ(r.status, u"Paid"_s);
    EXPECT_EQ(r.note, u"charged twice"_s);

    // Currency: the amount keeps what it reads; one without the needed digits is refused.
    auto* currency = qobject_cast<QComboBox*>(openEditor(id, TransactionTableModel::CurrencyColumn));
    ASSERT_TRUE(currency);
    EXPECT_TRUE(currency->isEditable()); // common codes offered, any code typed
    currency->lineEdit()->selectAll();
    QTest::keyClicks(currency->lineEdit(), u"usd"_s);
    commit(currency);
    EXPECT_EQ(storedById(id).currency, u"USD"_s);
    EXPECT_EQ(storedById(id).amountMinor, 123450);
    currency = qobject_cast<QComboBox*>(openEditor(id, TransactionTableModel::CurrencyColumn));
    ASSERT_TRUE(currency);
    currency->setCurrentText(u"JPY"_s);
    commit(currency);
    EXPECT_EQ(storedById(id).currency, u"USD"_s);
    EXPECT_TRUE(panel->message().contains(u"currency was not changed"_s));

    // Time through the date-time editor.
    auto* time = qobject_cast<QDateTimeEdit*>(openEditor(id, TransactionTableModel::TimeColumn));
    ASSERT_TRUE(time);
    const QDateTime when(QDate(2026, 11, 23), QTime(12, 45, 27));
    time->setDateTime(when);
    commit(time);
    EXPECT_EQ(storedById(id).occurredAt, when.toMSecsSinceEpoch());

    // Money received: a refund is kept as one.
    auto* direction =
        qobject_cast<QComboBox*>(openEditor(id, TransactionTableModel::DirectionColumn));
    ASSERT_TRUE(direction);
    direction->setCurrentIndex(direction->findData(u"in"_s));
    commit(direction);
    EXPECT_EQ(storedById(id).direction, u"in"_s);
    EXPECT_EQ(panel->model()->index(0, TransactionTableModel::DirectionColumn).data().toString(),
              u"Money received"_s);
    // Heard after the table has left its commit, not from inside it.
    QTRY_VERIFY(changed.count() >= 9);
}

// A case without an amount has no currency yet: a row added by hand is in the money of the
// case's zone (the walk's PayPal case in Los Angeles got "0.00 CNY").
TEST_F(TransactionsPanelTest, ARowAddedToACaseWithoutACurrencyIsInTheMoneyOfItsZone)
{
    CaseRecord r;
    r.title = u"PayPal charged twice"_s;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.providerKey = u"paypal"_s;
    r.timeZone = u"America/Los_Angeles"_s;
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok());
    caseId = *id;
    panel->setCase(store.get(), caseId);
    button(u"addTransactionButton"_s)->click();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().currency, u"USD"_s);
}

TEST_F(TransactionsPanelTest, SortedByTimeAndRemovedAfterAsking)
{
    const qint64 base = QDateTime(QDate(2026, 11, 1), QTime(9, 0)).toMSecsSinceEpoch();
    const qint64 late = addRecord(u"C"_s, 300, base + 3'600'000, u"R3"_s);
    const qint64 undated = addRecord(u"D"_s, 400, std::nullopt, u"R4"_s);
    const qint64 early = addRecord(u"A"_s, 100, base, u"R1"_s);
    panel->reload();
    const TransactionTableModel* model = panel->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->recordAt(0)->id, early);
    EXPECT_EQ(model->recordAt(1)->id, late);
    EXPECT_EQ(model->recordAt(2)->id, undated); // undated last

    // A new time moves the row to its place, and the selection goes with it.
    auto* time = qobject_cast<QDateTimeEdit*>(openEditor(undated, TransactionTableModel::TimeColumn));
    ASSERT_TRUE(time);
    time->setDateTime(QDateTime::fromMSecsSinceEpoch(base - 60'000));
    commit(time);
    EXPECT_EQ(model->recordAt(0)->id, undated);
    EXPECT_EQ(table()->currentIndex().row(), 0);

    // Remove two at once, after the question; Keep leaves them.
    table()->clearSelection();
    table()->selectRow(model->rowOf(late));
    table()->selectionModel()->select(model->index(model->rowOf(early), 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    MessageBox::setNextChoice(TransactionsPanel::KeepTransactions);
    button(u"removeTransactionButton"_s)->click();
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"these 2 transactions"_s));
    EXPECT_EQ(stored().size(), 3);
    MessageBox::setNextChoice(TransactionsPanel::RemoveTransactions);
    QTest::keyClick(table(), Qt::Key_Delete);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().id, undated);
    EXPECT_EQ(model->rowCount(), 1);
}

TEST_F(TransactionsPanelTest, ImportsAnAlipayExportInGb18030)
{
    const ParsedStatement expected = parsed(u"alipay-app-gb18030.csv"_s);
    StatementPreviewDialog* preview = startImport(u"alipay-app-gb18030.csv"_s);
    ASSERT_TRUE(preview);
    // A small file is read before the progress dialog's minimum duration: it must not appear
    // afterwards over the preview (it once did, stuck at 100 %).
    QTest::qWait(500);
    if (const auto* flow = panel->importFlow(); flow && flow->progressDialog()) {
        EXPECT_FALSE(flow->progressDialog()->isVisible());
    }
    const QString summary = preview->findChild<QLabel*>(u"statementSummaryLabel"_s)->text();
    EXPECT_TRUE(summary.contains(u"Alipay statement"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"GB18030 (detected)"_s));
    EXPECT_TRUE(summary.contains(u"header on line 25"_s));
    EXPECT_TRUE(summary.contains(u"14 rows read"_s));
    EXPECT_EQ(preview->findChild<QComboBox*>(u"formatComboBox"_s)->currentText(), u"Alipay"_s);
    EXPECT_EQ(preview->findChild<QComboBox*>(u"encodingComboBox"_s)->currentText(), u"GB18030"_s);
    EXPECT_TRUE(preview->findChild<QListWidget*>(u"problemsListWidget"_s)->isHidden());
    // The duplicate pair comes ticked, with the detector's explanation.
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 2);
    const QString duplicates = preview->findChild<QLabel*>(u"duplicatesLabel"_s)->text();
    // Money as the interface writes it (CN¥128.00 in the US English window, ¥128.00 in Chinese).
    EXPECT_TRUE(duplicates.contains(
        u"2 payments of %1 to 示例优选超市"_s.arg(CaseText::money(12'800, u"CNY"_s))))
        << duplicates.toStdString();
    EXPECT_EQ(preview->findChild<QLabel*>(u"chosenCountLabel"_s)->text(), u"2 of 14 rows chosen"_s);
    tick(preview, 32); // the book's refund (不计收支, 退款): money received
    EXPECT_EQ(okButton(preview)->text(), u"&Add 3 transactions"_s);
    grabIfAsked(preview, u"preview-alipay.png"_s);

    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());
    const QList<TransactionRecord> list = stored();
    ASSERT_EQ(list.size(), 3);
    for (qsizetype line : {27, 29, 32}) {
        SCOPED_TRACE(line);
        const StatementRow* row = rowAt(expected, line);
        ASSERT_TRUE(row);
        const TransactionRecord* r = byReference(list, row->record.reference);
        ASSERT_TRUE(r);
        expectSame(*r, *row);
    }
    const TransactionRecord* first = byReference(list, rowAt(expected, 29)->record.reference);
    EXPECT_EQ(first->counterparty, u"示例优选超市"_s);
    EXPECT_EQ(first->amountMinor, 12800);
    EXPECT_EQ(first->source, u"alipay"_s);
    EXPECT_EQ(byReference(list, rowAt(expected, 32)->record.reference)->direction, u"in"_s);
    EXPECT_EQ(panel->message(), u"Added 3 transactions from the Alipay statement."_s);
    EXPECT_EQ(table()->selectionModel()->selectedRows().size(), 3);
    grabIfAsked(panel.get(), u"transactions.png"_s);

    // The same file again: what the case has is marked and not ticked, even the duplicates.
    preview = startImport(u"alipay-app-gb18030.csv"_s);
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 0);
    EXPECT_TRUE(preview->findChild<QLabel*>(u"statementSummaryLabel"_s)
                    ->text()
                    .contains(u"3 of the rows are already in this case."_s));
    preview->reject();
    ASSERT_TRUE(waitImportOver());
    EXPECT_EQ(stored().size(), 3);
}

TEST_F(TransactionsPanelTest, ImportsAWeChatBillAndSuggestsADuplicateChargeCase)
{
    QSignalSpy suggested(panel.get(), &TransactionsPanel::duplicateCaseSuggested);
    const ParsedStatement expected = parsed(u"wechat-utf8-bom.csv"_s);
    StatementPreviewDialog* preview = startImport(u"wechat-utf8-bom.csv"_s);
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->findChild<QLabel*>(u"statementSummaryLabel"_s)
                    ->text()
                    .contains(u"WeChat Pay statement, UTF-8 (detected)"_s));
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 2); // lines 19 and 20
    tick(preview, 18);                                 // and the refund that followed
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());

    const QList<TransactionRecord> list = stored();
    ASSERT_EQ(list.size(), 3);
    for (qsizetype line : {18, 19, 20}) {
        SCOPED_TRACE(line);
        const TransactionRecord* r = byReference(list, rowAt(expected, line)->record.reference);
        ASSERT_TRUE(r);
        expectSame(*r, *rowAt(expected, line));
    }
    EXPECT_EQ(byReference(list, rowAt(expected, 18)->record.reference)->direction, u"in"_s);
    EXPECT_EQ(byReference(list, rowAt(expected, 20)->record.reference)->amountMinor, 2816);

    // This case is about a refund, not a duplicate charge: the window is offered one, once.
    ASSERT_EQ(suggested.count(), 1);
    const auto charges = suggested.at(0).at(0).value<QList<TransactionRecord>>();
    ASSERT_EQ(charges.size(), 2);
    for (const TransactionRecord& c : charges) {
        EXPECT_EQ(c.amountMinor, 2816);
        EXPECT_EQ(c.direction, u"out"_s);
        EXPECT_GT(c.id, 0);
    }
    auto* frame = panel->findChild<QWidget*>(u"duplicatesFrame"_s);
    EXPECT_TRUE(frame->isVisible());
    const QString explanation =
        panel->findChild<QLabel*>(u"transactionDuplicatesLabel"_s)->text();
    EXPECT_TRUE(explanation.contains(u"within 35 seconds"_s)) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(u"A refund of %1 from the same payee followed"_s.arg(
        CaseText::money(2'816, u"CNY"_s))));
    // The flagged rows are marked in the table, with the explanation as their tooltip.
    const int row = panel->model()->rowOf(charges.first().id);
    EXPECT_TRUE(panel->model()->index(row, 0).data(TransactionTableModel::DuplicateRole).toBool());
    EXPECT_TRUE(panel->model()->index(row, 3).data(Qt::ToolTipRole).toString().contains(
        u"likely a duplicate charge"_s));
    // Reading the case again offers nothing new; the button offers it again on request.
    panel->reload();
    EXPECT_EQ(suggested.count(), 1);
    button(u"suggestDuplicateCaseButton"_s)->click();
    EXPECT_EQ(suggested.count(), 2);
}

TEST_F(TransactionsPanelTest, LinesThatCannotBeReadAreListedWithTheirNumbers)
{
    const ParsedStatement expected = parsed(u"malformed.csv"_s);
    ASSERT_FALSE(expected.problems.isEmpty());
    StatementPreviewDialog* preview = startImport(u"malformed.csv"_s);
    ASSERT_TRUE(preview);
    auto* problems = preview->findChild<QListWidget*>(u"problemsListWidget"_s);
    EXPECT_TRUE(problems->isVisible());
    ASSERT_EQ(problems->count(), expected.problems.size());
    for (int i = 0; i < problems->count(); ++i) {
        EXPECT_EQ(problems->item(i)->text(), expected.problems.at(i).text());
        EXPECT_TRUE(problems->item(i)->text().startsWith(
            u"Line %1: "_s.arg(expected.problems.at(i).line)));
    }
    EXPECT_EQ(preview->rowsModel()->rowCount(), expected.rows.size()); // the good rows still come
    EXPECT_TRUE(preview->findChild<QLabel*>(u"statementSummaryLabel"_s)
                    ->text()
                    .contains(u"lines were skipped."_s));
    preview->reject();
    ASSERT_TRUE(waitImportOver());
}

TEST_F(TransactionsPanelTest, ImportsFromPayPalFindingTheRowBySearch)
{
    const ParsedStatement expected = parsed(u"paypal-activity.csv"_s);
    StatementPreviewDialog* preview = startImport(u"paypal-activity.csv"_s);
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->findChild<QLabel*>(u"statementSummaryLabel"_s)
                    ->text()
                    .contains(u"PayPal statement"_s));
    button(u"clearShownButton"_s, preview)->click(); // nothing chosen: the duplicates unticked
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 0);
    EXPECT_FALSE(okButton(preview)->isEnabled());

    auto* search = preview->findChild<QLineEdit*>(u"previewFilterLineEdit"_s);
    QTest::keyClicks(search, u"smith"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->rowsFilter()->rowCount() == 1; }, 5000));
    button(u"selectShownButton"_s, preview)->click();
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 1);
    // "Chosen rows" shows just that one; "Money received" none of what was chosen.
    auto* show = preview->findChild<QComboBox*>(u"previewShowComboBox"_s);
    search->clear();
    show->setCurrentIndex(show->findData(StatementRowsFilter::ChosenRows));
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->rowsFilter()->rowCount() == 1; }, 5000));
    show->setCurrentIndex(show->findData(StatementRowsFilter::MoneyReceived));
    EXPECT_GT(preview->rowsFilter()->rowCount(), 0);
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());

    ASSERT_EQ(stored().size(), 1);
    const TransactionRecord r = stored().first();
    expectSame(r, *rowAt(expected, 7));
    EXPECT_EQ(r.counterparty, u"Smith, Jane"_s);
    EXPECT_EQ(r.amountMinor, 125000);
    EXPECT_EQ(r.currency, u"USD"_s);
    EXPECT_EQ(r.note, u"Express Checkout Payment; Vintage camera; Thanks!\nSee you at the market"_s);
    EXPECT_EQ(r.source, u"paypal"_s);
}

// The preview's time of each row of `preview`, by line, against the case zone's wording.
static void expectTimesIn(StatementPreviewDialog* preview, const QTimeZone& zone)
{
    StatementRowsModel* rows = preview->rowsModel();
    ASSERT_GT(rows->rowCount(), 0);
    for (int i = 0; i < rows->rowCount(); ++i) {
        const auto at = rows->rows().at(i).record.occurredAt;
        if (!at)
            continue;
        EXPECT_EQ(rows->index(i, StatementRowsModel::TimeColumn).data().toString(),
                  CaseText::dateTime(*at, zone))
            << "line " << rows->rows().at(i).line;
    }
}

TEST_F(TransactionsPanelTest, ThePreviewShowsTimesInTheCasesZoneAsTheCaseTableDoes)
{
    const wc::test::ComputerZone newYork("America/New_York");
    // The case's zone was changed (on Overview) after the tab was shown.
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    record->timeZone = u"Asia/Shanghai"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());

    StatementPreviewDialog* preview = startImport(u"paypal-activity.csv"_s);
    ASSERT_TRUE(preview);
    const QTimeZone china("Asia/Shanghai");
    expectTimesIn(preview, china);
    const QString first = preview->rowsModel()
                              ->index(0, StatementRowsModel::TimeColumn)
                              .data()
                              .toString();
    EXPECT_FALSE(first.contains(u"-"_s)) << "not ISO: " << first.toStdString();
    // Named, as the computer would show other clock times.
    auto* note = preview->findChild<QLabel*>(u"previewZoneLabel"_s);
    ASSERT_TRUE(note);
    EXPECT_FALSE(note->isHidden());
    EXPECT_TRUE(note->text().contains(
        CaseText::zoneName(china, QDateTime::currentMSecsSinceEpoch())))
        << note->text().toStdString();
    EXPECT_TRUE(preview->findChild<QWidget*>(u"otherWalletFrame"_s)->isHidden())
        << "a case without a wallet is no mix-up";
    preview->reject();
    ASSERT_TRUE(waitImportOver());
}

// The explanation of a likely duplicate and the case's table write times as every view does
// (CaseText::dateTime in the case's zone), never as ISO.
TEST_F(TransactionsPanelTest, DuplicatesAndTheTableShowTimesInTheAppsFormat)
{
    const wc::test::ComputerZone newYork("America/New_York");
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    record->timeZone = u"Asia/Shanghai"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    panel->setCase(store.get(), caseId);
    const QTimeZone china("Asia/Shanghai");
    static const QRegularExpression iso(u"\\d{4}-\\d{2}-\\d{2}"_s);

    const ParsedStatement expected = parsed(u"wechat-utf8-bom.csv"_s);
    const TransactionRecord first = rowAt(expected, 19)->record;
    const TransactionRecord second = rowAt(expected, 20)->record;
    const qint64 firstAt = std::min(*first.occurredAt, *second.occurredAt);
    const qint64 lastAt = std::max(*first.occurredAt, *second.occurredAt);
    StatementPreviewDialog* preview = startImport(u"wechat-utf8-bom.csv"_s);
    ASSERT_TRUE(preview);
    const QString previewed = preview->findChild<QLabel*>(u"duplicatesLabel"_s)->text();
    EXPECT_FALSE(previewed.contains(iso)) << previewed.toStdString();
    EXPECT_TRUE(previewed.contains(CaseText::dateTime(firstAt, china))) << previewed.toStdString();
    EXPECT_TRUE(previewed.contains(CaseText::dateTime(lastAt, china))) << previewed.toStdString();
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());

    const QList<TransactionRecord> list = stored();
    const TransactionRecord* added = byReference(list, first.reference);
    ASSERT_TRUE(added);
    const int row = panel->model()->rowOf(added->id);
    ASSERT_GE(row, 0);
    const QString shown =
        panel->model()->index(row, TransactionTableModel::TimeColumn).data().toString();
    EXPECT_EQ(shown, CaseText::dateTime(*first.occurredAt, china));
    EXPECT_FALSE(shown.contains(iso)) << shown.toStdString();
    const QString explained =
        panel->findChild<QLabel*>(u"transactionDuplicatesLabel"_s)->text();
    EXPECT_FALSE(explained.contains(iso)) << explained.toStdString();
    EXPECT_TRUE(explained.contains(CaseText::dateTime(lastAt, china))) << explained.toStdString();
    EXPECT_TRUE(panel->model()
                    ->index(row, 3)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(CaseText::dateTime(firstAt, china)));
}

TEST_F(TransactionsPanelTest, APayPalStatementInACashAppCaseStartsAPayPalCaseByDefault)
{
    const wc::test::ComputerZone newYork("America/New_York");
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    record->providerKey = u"cash_app"_s;
    record->language = u"en"_s;
    record->timeZone = u"America/Los_Angeles"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    panel->setCase(store.get(), caseId);
    QSignalSpy started(panel.get(), &TransactionsPanel::draftStarted);

    const ParsedStatement expected = parsed(u"paypal-activity.csv"_s);
    StatementPreviewDialog* preview = startImport(u"paypal-activity.csv"_s);
    ASSERT_TRUE(preview);
    auto* frame = preview->findChild<QWidget*>(u"otherWalletFrame"_s);
    ASSERT_TRUE(frame);
    EXPECT_FALSE(frame->isHidden());
    const QString said = preview->findChild<QLabel*>(u"otherWalletLabel"_s)->text();
    EXPECT_TRUE(said.contains(u"This is a PayPal statement; this case is about Cash App."_s))
        << said.toStdString();
    auto* newCase = preview->findChild<QRadioButton*>(u"newCaseRadioButton"_s);
    auto* thisCase = preview->findChild<QRadioButton*>(u"thisCaseRadioButton"_s);
    ASSERT_TRUE(newCase && thisCase);
    EXPECT_TRUE(newCase->isChecked()) << "the safe choice comes chosen";
    QCoreApplication::processEvents(); // the layout settles before a picture is taken
    grabIfAsked(preview, u"preview_other_wallet.png"_s);

    // Times follow the case the rows go into: the new PayPal case's zone, or this one's.
    CaseRecord paypalCase;
    paypalCase.providerKey = u"paypal"_s;
    paypalCase.language = u"en"_s;
    expectTimesIn(preview, CaseTimeZone::zoneFor(paypalCase));
    thisCase->click();
    const QTimeZone pacific("America/Los_Angeles");
    expectTimesIn(preview, pacific);
    EXPECT_TRUE(preview->findChild<QLabel*>(u"previewZoneLabel"_s)
                    ->text()
                    .contains(CaseText::zoneName(pacific, QDateTime::currentMSecsSinceEpoch())));
    newCase->click();
    expectTimesIn(preview, CaseTimeZone::zoneFor(paypalCase));

    button(u"clearShownButton"_s, preview)->click();
    tick(preview, 7);
    EXPECT_TRUE(okButton(preview)->text().contains(u"PayPal case"_s))
        << okButton(preview)->text().toStdString();
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());

    EXPECT_TRUE(stored().isEmpty()) << "the Cash App case got no PayPal rows";
    ASSERT_EQ(started.count(), 1);
    const qint64 id = started.at(0).at(0).toLongLong();
    EXPECT_NE(id, caseId);
    auto created = store->caseById(id);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->providerKey, u"paypal"_s);
    EXPECT_EQ(created->status, QString(status::Draft));
    // The Cash App case's problem is not the PayPal row's: the wizard asks for it.
    EXPECT_TRUE(created->subtype.isEmpty()) << created->subtype.toStdString();
    EXPECT_TRUE(created->remedies.isEmpty());
    const StatementRow* row = rowAt(expected, 7);
    ASSERT_TRUE(row);
    EXPECT_EQ(created->references, QStringList{row->record.reference});
    EXPECT_EQ(created->timeZone.toLatin1(), CaseTimeZone::zoneFor(paypalCase).id());
    // The draft has the row's time and amount, for the wizard's details step.
    EXPECT_EQ(created->incidentAt, row->record.occurredAt);
    EXPECT_EQ(created->amountMinor, row->record.amountMinor);
    EXPECT_EQ(created->currency, row->record.currency);
    auto moved = store->transactions(id);
    ASSERT_TRUE(moved.ok());
    ASSERT_EQ(moved->size(), 1);
    expectSame(moved->first(), *row);
}

// The walk's "start a new PayPal case with these rows" with two rows of the same charge made a
// draft with neither amount nor time: it has the charge and the first row's time.
TEST_F(TransactionsPanelTest, ADraftFromSeveralRowsHasTheirAmountAndTime)
{
    CaseRecord from;
    from.family = u"transaction"_s;
    from.subtype = u"duplicate_charge"_s;
    from.language = u"en"_s;
    QList<StatementRow> rows(2);
    rows[0].record.occurredAt = 1'760'000'120'000;
    rows[1].record.occurredAt = 1'760'000'000'000;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].record.amountMinor = 2'816;
        rows[i].record.currency = u"USD"_s;
        rows[i].record.reference = u"REF-%1"_s.arg(i);
    }
    auto id = StatementImportFlow::startCase(*store, from, rows, StatementFormat::PayPal);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString() << id.error().detail.toStdString();
    auto created = store->caseById(*id);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->incidentAt, std::optional<qint64>(1'760'000'000'000));
    EXPECT_EQ(created->amountMinor, std::optional<qint64>(2'816));
    EXPECT_EQ(created->currency, u"USD"_s);

    // Different amounts in one currency: their total.
    rows[1].record.amountMinor = 1'000;
    id = StatementImportFlow::startCase(*store, from, rows, StatementFormat::PayPal);
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(store->caseById(*id)->amountMinor, std::optional<qint64>(3'816));
}

// The walk: a PayPal duplicate found from a Cash App takeover case started a draft titled
// "PayPal – Account taken over", on the red freeze step, with the takeover's remedies ticked.
// The new case is about what its rows show: a duplicate charge, its default remedy, its title.
TEST_F(TransactionsPanelTest, ANewCaseFromAnotherWalletsDuplicateIsADuplicateChargeCase)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CaseRecord from;
    from.family = u"account"_s;
    from.subtype = u"account_stolen"_s;
    from.providerKey = u"cash_app"_s;
    from.accountRef = u"$derek"_s;
    from.language = u"en"_s;
    from.remedies = {u"reversal"_s, u"explanation"_s, u"other"_s};
    QList<StatementRow> rows(2);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].record.occurredAt = 1'793'600'000'000 + i * 120'000;
        rows[i].record.counterparty = u"Corner Shop"_s;
        rows[i].record.amountMinor = 2'816;
        rows[i].record.direction = u"out"_s;
        rows[i].record.currency = u"USD"_s;
        rows[i].record.reference = u"PP-%1"_s.arg(i);
        rows[i].line = i + 2;
    }
    auto id = StatementImportFlow::startCase(*store, from, rows, StatementFormat::PayPal);
    ASSERT_TRUE(id.ok());
    auto created = store->caseById(*id);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->family, u"transaction"_s);
    EXPECT_EQ(created->subtype, u"duplicate_charge"_s);
    EXPECT_EQ(created->remedies, QStringList{u"refund"_s});
    EXPECT_EQ(created->providerKey, u"paypal"_s);
    EXPECT_TRUE(created->accountRef.isEmpty());
    EXPECT_EQ(created->wizardStep, int(NewCaseWizard::DetailsPageId));

    // Opened, the draft gets its own title at once (the list showed "(untitled case)").
    auto taxonomy = Taxonomy::load();
    auto providers = ProviderDirectory::load();
    ASSERT_TRUE(taxonomy.ok() && providers.ok());
    {
        NewCaseWizard wizard(*store, *taxonomy, *providers, clock, *id);
        EXPECT_EQ(wizard.currentId(), int(NewCaseWizard::DetailsPageId));
    }
    const QString title = store->caseById(*id)->title;
    EXPECT_TRUE(title.startsWith(u"PayPal – Duplicate charge"_s)) << title.toStdString();
    QLocale::setDefault(before);
}

// The duplicate-charge note writes money as the interface does: "每笔¥28.16" in the Chinese
// window, not "28.16 CNY" (the walk).
TEST_F(TransactionsPanelTest, TheDuplicateNoteWritesMoneyAsTheInterfaceDoes)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ParsedStatement statement;
    statement.rows.resize(2);
    for (qsizetype i = 0; i < statement.rows.size(); ++i) {
        TransactionRecord& r = statement.rows[i].record;
        r.occurredAt = 1'764'000'000'000 + i * 60'000;
        r.counterparty = u"便利店"_s;
        r.amountMinor = 2'816;
        r.currency = u"CNY"_s;
        r.reference = u"2026112200%1"_s.arg(i);
        statement.rows[i].line = i + 2;
    }
    StatementPreviewDialog preview(u"bill.csv"_s);
    preview.setTimeZone(QTimeZone("Asia/Shanghai"));
    preview.setStatement(statement, {});
    const QString note = preview.findChild<QLabel*>(u"duplicatesLabel"_s)->text();
    EXPECT_TRUE(note.contains(CaseText::money(2'816, u"CNY"_s))) << note.toStdString();
    EXPECT_TRUE(note.contains(u"¥"_s)) << note.toStdString();
    EXPECT_FALSE(note.contains(u"28.16 CNY"_s)) << note.toStdString();
    QLocale::setDefault(before);
}

// An October row in New York is titled with New York's October offset (UTC-4), not today's
// (the walk's preview said UTC-5 for it), and its amount carries its symbol.
TEST_F(TransactionsPanelTest, ThePreviewTitlesTimesWithTheRowsOffsetAndShowsTheSymbol)
{
    const wc::test::ComputerZone shanghai("Asia/Shanghai");
    StatementRowsModel model;
    QList<StatementRow> rows(1);
    rows[0].record.occurredAt =
        QDateTime(QDate(2026, 10, 2), QTime(10, 0), QTimeZone("America/New_York")).toMSecsSinceEpoch();
    rows[0].record.amountMinor = 2'816;
    rows[0].record.currency = u"USD"_s;
    model.setRows(rows, {}, {}, QTimeZone("America/New_York"));
    const QString title =
        model.headerData(StatementRowsModel::TimeColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    EXPECT_TRUE(title.contains(u"UTC-4"_s)) << title.toStdString();
    const QString amount = model.index(0, StatementRowsModel::AmountColumn).data().toString();
    EXPECT_TRUE(amount.contains(u"$"_s) && amount.contains(u"28.16"_s)) << amount.toStdString();
    // A December row beside it: the rows straddle the clock change, so the zone is named.
    rows << rows[0];
    rows[1].record.occurredAt =
        QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone("America/New_York")).toMSecsSinceEpoch();
    model.setRows(rows, {}, {}, QTimeZone("America/New_York"));
    EXPECT_TRUE(model.headerData(StatementRowsModel::TimeColumn, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .contains(u"New York"_s));
}

TEST_F(TransactionsPanelTest, AnotherWalletsRowsGoIntoThisCaseOnlyWhenTheUserSaysSo)
{
    auto record = store->caseById(caseId);
    ASSERT_TRUE(record.ok());
    record->providerKey = u"cash_app"_s;
    ASSERT_TRUE(store->updateCase(*record).ok());
    panel->setCase(store.get(), caseId);
    QSignalSpy started(panel.get(), &TransactionsPanel::draftStarted);

    // Cancel adds nothing anywhere.
    StatementPreviewDialog* preview = startImport(u"paypal-activity.csv"_s);
    ASSERT_TRUE(preview);
    preview->reject();
    ASSERT_TRUE(waitImportOver());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(started.count(), 0);

    preview = startImport(u"paypal-activity.csv"_s);
    ASSERT_TRUE(preview);
    preview->findChild<QRadioButton*>(u"thisCaseRadioButton"_s)->click();
    button(u"clearShownButton"_s, preview)->click();
    tick(preview, 7);
    EXPECT_EQ(okButton(preview)->text(), u"&Add 1 transaction"_s);
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());
    EXPECT_EQ(stored().size(), 1);
    EXPECT_EQ(started.count(), 0);
}

TEST_F(TransactionsPanelTest, GenericCsvGoesThroughTheMappingDialogWhichIsRemembered)
{
    FileDialog::setNextFileName(fixture(u"generic-cn.csv"_s));
    button(u"importStatementButton"_s)->click();
    ColumnMappingDialog* mapping = waitMapping();
    ASSERT_TRUE(mapping);
    // Pre-filled by the guesser.
    EXPECT_EQ(mapping->comboFor(u"time"_s)->currentData().toInt(), 0);
    EXPECT_EQ(mapping->comboFor(u"time_of_day"_s)->currentData().toInt(), 1);
    EXPECT_EQ(mapping->comboFor(u"counterparty"_s)->currentData().toInt(), 2);
    EXPECT_EQ(mapping->comboFor(u"amount"_s)->currentData().toInt(), 3);
    EXPECT_EQ(mapping->comboFor(u"status"_s)->currentData().toInt(), 6);
    EXPECT_TRUE(okButton(mapping)->isEnabled());
    grabIfAsked(mapping, u"mapping.png"_s);
    // Without an amount column nothing can be read: OK waits for one.
    QComboBox* amount = mapping->comboFor(u"amount"_s);
    amount->setCurrentIndex(amount->findData(-1));
    EXPECT_FALSE(okButton(mapping)->isEnabled());
    amount->setCurrentIndex(amount->findData(3));
    // The user leaves the status out (say the bank's statuses mean nothing to them).
    QComboBox* status = mapping->comboFor(u"status"_s);
    status->setCurrentIndex(status->findData(-1));
    okButton(mapping)->click();

    StatementPreviewDialog* preview = waitPreview();
    ASSERT_TRUE(preview);
    EXPECT_TRUE(preview->findChild<QLabel*>(u"statementSummaryLabel"_s)
                    ->text()
                    .contains(u"Other CSV statement"_s));
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 2); // the two fuel payments
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());
    const QList<TransactionRecord> list = stored();
    ASSERT_EQ(list.size(), 2);
    const TransactionRecord* fuel = byReference(list, u"GAS20261122090300"_s);
    ASSERT_TRUE(fuel);
    EXPECT_EQ(fuel->counterparty, u"示例加油站"_s);
    EXPECT_EQ(fuel->amountMinor, 5800);
    EXPECT_EQ(fuel->currency, u"CNY"_s);
    EXPECT_EQ(fuel->occurredAt, QDateTime(QDate(2026, 11, 22), QTime(9, 3)).toMSecsSinceEpoch());
    EXPECT_EQ(fuel->note, u"92号汽油"_s);
    EXPECT_EQ(fuel->status, QString()); // left out, as chosen
    EXPECT_EQ(fuel->source, u"generic"_s);
    EXPECT_EQ(fuel->direction, u"out"_s);

    // The next export with the same columns opens with the user's choice, not the guess.
    FileDialog::setNextFileName(fixture(u"generic-cn.csv"_s));
    button(u"importStatementButton"_s)->click();
    mapping = waitMapping();
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->comboFor(u"status"_s)->currentData().toInt(), -1);
    EXPECT_EQ(mapping->comboFor(u"amount"_s)->currentData().toInt(), 3);
    mapping->reject();
    ASSERT_TRUE(waitImportOver());
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(TransactionsPanelTest, AFileWithoutAKnownHeaderCanStillBeMappedByHand)
{
    FileDialog::setNextFileName(fixture(u"contacts.csv"_s));
    button(u"importStatementButton"_s)->click();
    ColumnMappingDialog* mapping = waitMapping();
    ASSERT_TRUE(mapping);
    EXPECT_FALSE(okButton(mapping)->isEnabled()); // no date, no amount: nothing to read yet
    EXPECT_FALSE(mapping->findChild<QLabel*>(u"mappingHintLabel"_s)->text().isEmpty());
    mapping->reject();
    ASSERT_TRUE(waitImportOver());
    EXPECT_TRUE(stored().isEmpty());

    // An empty file is no statement at all: said plainly, nothing added.
    const QString empty = fixture(u"empty.csv"_s);
    QSignalSpy errors(panel.get(), &TransactionsPanel::errorOccurred);
    panel->importStatementFile(empty);
    ASSERT_TRUE(waitImportOver());
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(panel->message(),
              u"“empty.csv” could not be read as a statement. The file is empty."_s);
}

TEST_F(TransactionsPanelTest, FormatAndEncodingCanBeChosenAndTheFileIsReadAgain)
{
    StatementPreviewDialog* preview = startImport(u"alipay-app-gb18030.csv"_s);
    ASSERT_TRUE(preview);
    auto* summary = preview->findChild<QLabel*>(u"statementSummaryLabel"_s);
    auto* encoding = preview->findChild<QComboBox*>(u"encodingComboBox"_s);

    // Wrong on purpose: UTF-8 cannot read it. The message says so; the preview keeps what it
    // showed, with the choices that made it.
    encoding->setCurrentText(u"UTF-8"_s);
    emit encoding->activated(encoding->currentIndex());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->message().isEmpty(); }, TimeoutMs));
    EXPECT_TRUE(panel->message().contains(u"No Alipay header row was found"_s))
        << panel->message().toStdString();
    EXPECT_TRUE(preview->isVisible());
    EXPECT_TRUE(summary->text().contains(u"GB18030 (detected)"_s));
    EXPECT_EQ(encoding->currentText(), u"GB18030"_s);
    EXPECT_EQ(preview->rowsModel()->rowCount(), 14);

    // As any CSV: the columns are confirmed first, then the rows come back read that way.
    auto* format = preview->findChild<QComboBox*>(u"formatComboBox"_s);
    format->setCurrentIndex(format->findData(int(StatementFormat::Generic)));
    emit format->activated(format->currentIndex());
    ColumnMappingDialog* mapping = waitMapping();
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->headerLine(), 25);
    EXPECT_EQ(mapping->comboFor(u"amount"_s)->currentText().section(u' ', 0, 0), u"金额"_s);
    okButton(mapping)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary->text().contains(u"Other CSV"_s); },
                                TimeoutMs));
    EXPECT_TRUE(summary->text().contains(u"GB18030 (detected)"_s)); // the encoding stayed
    EXPECT_TRUE(preview->findChild<QPushButton*>(u"changeColumnsButton"_s)->isVisible());
    EXPECT_EQ(preview->rowsModel()->rowCount(), 14);
    EXPECT_EQ(preview->rowsModel()->rows().first().record.source, u"generic"_s);
    preview->reject();
    ASSERT_TRUE(waitImportOver());
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(TransactionsPanelTest, AnEncodingChosenByTheUserReadsTheNamesRight)
{
    // A European bank's CSV in windows-1252: not UTF-8, so it is first read as GB18030.
    const QString path = dir.file(u"bank.csv"_s);
    {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("Date;Payee;Amount;Currency;Reference;Memo\n"
                  "22.11.2026 10:15;Caf\xe9 M\xfcller;-4,50;EUR;R1;Kaffee\n"
                  "22.11.2026 10:16;Caf\xe9 M\xfcller;-4,50;EUR;R2;Kaffee\n");
    }
    panel->importStatementFile(path);
    ColumnMappingDialog* mapping = waitMapping();
    ASSERT_TRUE(mapping);
    okButton(mapping)->click();
    StatementPreviewDialog* preview = waitPreview();
    ASSERT_TRUE(preview);
    auto* summary = preview->findChild<QLabel*>(u"statementSummaryLabel"_s);
    EXPECT_TRUE(summary->text().contains(u"GB18030 (detected)"_s)) << summary->text().toStdString();
    EXPECT_NE(preview->rowsModel()->rows().first().record.counterparty, u"Café Müller"_s);

    auto* encoding = preview->findChild<QComboBox*>(u"encodingComboBox"_s);
    encoding->setCurrentText(u"windows-1252"_s);
    emit encoding->activated(encoding->currentIndex());
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary->text().contains(u"(chosen)"_s); },
                                TimeoutMs));
    EXPECT_TRUE(summary->text().contains(u"windows-1252 (chosen)"_s));
    EXPECT_EQ(preview->rowsModel()->rows().first().record.counterparty, u"Café Müller"_s);
    EXPECT_EQ(preview->rowsModel()->checkedCount(), 2); // one coffee paid twice
    okButton(preview)->click();
    ASSERT_TRUE(waitImportOver());
    ASSERT_EQ(stored().size(), 2);
    EXPECT_EQ(stored().first().counterparty, u"Café Müller"_s);
    EXPECT_EQ(stored().first().amountMinor, 450);
    EXPECT_EQ(stored().first().currency, u"EUR"_s);
}

TEST_F(TransactionsPanelTest, CancellingABigImportKeepsTheWindowResponsiveAndAddsNothing)
{
    // 100,000 rows of an Alipay export: its preamble and header, then one row over and over.
    QFile source(fixture(u"alipay-app-utf8.csv"_s));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    ASSERT_GT(lines.size(), 26);
    const QString big = dir.file(u"alipay-100000.csv"_s);
    {
        QFile out(big);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < 25; ++i)
            out.write(lines.at(i) + '\n');
        const QByteArray row = lines.at(25);
        for (int i = 0; i < 100'000; ++i) {
            QByteArray copy = row;
            copy.replace(QByteArray("2026112222001477770001"),
                         QByteArray(QByteArray("20261122220014") + QByteArray::number(10'000'000 + i)));
            out.write(copy + '\n');
        }
    }

    int busyTicks = 0;
    QPointer<StatementImportFlow> flow;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (flow && flow->isParsing())
            ++busyTicks;
    });
    ticker.start();
    panel->importStatementFile(big);
    flow = panel->importFlow();
    ASSERT_TRUE(flow);
    ASSERT_TRUE(flow->isParsing());
    EXPECT_FALSE(button(u"importStatementButton"_s)->isEnabled()); // one import at a time

    // The event loop goes on while the file is read: timers fire. (The progress dialog shows
    // once reading takes longer than a moment; its Cancel works either way.)
    QProgressDialog* progress = flow->progressDialog();
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->objectName(), u"statementProgressDialog"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return busyTicks >= 5 || !flow->isParsing(); }, TimeoutMs));
    ASSERT_TRUE(flow->isParsing()) << "the file was read before it could be cancelled";
    EXPECT_GE(busyTicks, 5);

    progress->findChild<QPushButton*>()->click(); // Cancel
    EXPECT_TRUE(progress->wasCanceled());
    ASSERT_TRUE(waitImportOver());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_FALSE(panel->findChild<StatementPreviewDialog*>(u"statementPreviewDialog"_s));
    EXPECT_EQ(panel->message(), u"Reading the statement was cancelled; nothing was added."_s);
    EXPECT_TRUE(button(u"importStatementButton"_s)->isEnabled());
}

TEST_F(TransactionsPanelTest, HandEnteredDuplicatesAreFoundAsTheyAreTyped)
{
    const qint64 base = QDateTime(QDate(2026, 11, 23), QTime(12, 0)).toMSecsSinceEpoch();
    addRecord(u"Example Shop"_s, 4200, base, u"A"_s);
    const qint64 second = addRecord(u"example  shop"_s, 4300, base + 120'000, u"B"_s);
    QSignalSpy suggested(panel.get(), &TransactionsPanel::duplicateCaseSuggested);
    panel->reload();
    EXPECT_FALSE(panel->findChild<QWidget*>(u"duplicatesFrame"_s)->isVisible());

    typeInto(second, TransactionTableModel::AmountColumn, u"42.00"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return suggested.count() == 1; }, 5000));
    EXPECT_EQ(suggested.at(0).at(0).value<QList<TransactionRecord>>().size(), 2);
    EXPECT_TRUE(panel->findChild<QWidget*>(u"duplicatesFrame"_s)->isVisible());

    // A refund of the same amount is no third charge, and the finding is not offered again.
    const qint64 refund = addRecord(u"Example Shop"_s, 4200, base + 240'000, u"C"_s);
    TransactionRecord r = storedById(refund);
    r.direction = u"in"_s;
    ASSERT_TRUE(store->updateTransaction(r).ok());
    panel->reload();
    typeInto(second, TransactionTableModel::NoteColumn, u"the second one"_s);
    QTest::qWait(50);
    EXPECT_EQ(suggested.count(), 1);
    EXPECT_TRUE(panel->findChild<QLabel*>(u"transactionDuplicatesLabel"_s)
                    ->text()
                    .contains(u"A refund of %1"_s.arg(CaseText::money(4'200, u"HKD"_s))));

    // In a duplicate-charge case the finding is shown, but there is nothing to suggest.
    const qint64 duplicateCase = makeCase(u"duplicate_charge"_s);
    caseId = duplicateCase;
    addRecord(u"Shop"_s, 100, base, u"X"_s);
    const qint64 y = addRecord(u"Shop"_s, 200, base + 60'000, u"Y"_s);
    panel->setCase(store.get(), duplicateCase);
    typeInto(y, TransactionTableModel::AmountColumn, u"1.00"_s);
    QTest::qWait(50);
    EXPECT_EQ(suggested.count(), 1);
    EXPECT_TRUE(panel->findChild<QWidget*>(u"duplicatesFrame"_s)->isVisible());
    EXPECT_FALSE(panel->findChild<QWidget*>(u"suggestDuplicateCaseButton"_s)->isVisible());
}

} // namespace
