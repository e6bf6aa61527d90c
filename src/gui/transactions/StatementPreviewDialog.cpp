// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/StatementPreviewDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/mainwindow/WindowFit.h"
#include "gui/transactions/StatementRowsModel.h"
#include "guidance/CaseTimeZone.h"
#include "statements/DuplicateDetector.h"
#include "statements/StatementEncoding.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr int DuplicatesListed = 4;

// The same transaction, whether the case got it by hand or from an earlier import.
bool sameTransaction(const core::TransactionRecord& a, const core::TransactionRecord& b)
{
    if (!a.reference.isEmpty() || !b.reference.isEmpty())
        return a.reference == b.reference;
    return a.occurredAt == b.occurredAt && a.amountMinor == b.amountMinor &&
           a.currency == b.currency && a.counterparty == b.counterparty;
}

} // namespace

QString StatementPreviewDialog::formatName(core::StatementFormat format)
{
    switch (format) {
    case core::StatementFormat::Alipay:
        return tr("Alipay");
    case core::StatementFormat::WeChat:
        return tr("WeChat Pay");
    case core::StatementFormat::PayPal:
        return tr("PayPal");
    case core::StatementFormat::Generic:
        return tr("Other CSV");
    case core::StatementFormat::Unknown:
        break;
    }
    return tr("Unknown");
}

StatementPreviewDialog::StatementPreviewDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent), m_fileName(fileName), m_rows(new StatementRowsModel(this)),
      m_filter(new StatementRowsFilter(this)), m_summary(new QLabel(this)),
      m_format(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_columns(new QPushButton(tr("C&olumns…"), this)), m_search(new QLineEdit(this)),
      m_show(new QComboBox(this)), m_table(new QTableView(this)), m_chosen(new QLabel(this)),
      m_duplicates(new QLabel(this)), m_problemsLabel(new QLabel(this)),
      m_problems(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_searchTimer(new QTimer(this)), m_zoneNote(new QLabel(this)),
      m_otherWallet(new QFrame(this)), m_otherWalletLabel(new QLabel(m_otherWallet)),
      m_newCase(new QRadioButton(m_otherWallet)), m_thisCase(new QRadioButton(m_otherWallet))
{
    setObjectName(u"statementPreviewDialog"_s);
    setWindowTitle(tr("Import from “%1”").arg(fileName));
    setSizeGripEnabled(true);

    m_summary->setObjectName(u"statementSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_format->setObjectName(u"formatComboBox"_s);
    for (core::StatementFormat f : {core::StatementFormat::Alipay, core::StatementFormat::WeChat,
                                    core::StatementFormat::PayPal, core::StatementFormat::Generic})
        m_format->addItem(formatName(f), int(f));
    m_format->setToolTip(tr("The kind of export; choose another if the rows look wrong"));
    m_encoding->setObjectName(u"encodingComboBox"_s);
    m_encoding->addItems(core::StatementEncoding::offered());
    m_encoding->setToolTip(tr("How the file's text is encoded; choose another if the Chinese "
                              "text shows as garbage"));
    m_columns->setObjectName(u"changeColumnsButton"_s);

    m_zoneNote->setObjectName(u"previewZoneLabel"_s);
    m_zoneNote->setWordWrap(true);
    m_zoneNote->hide();

    // Rows of one wallet in another wallet's case end up quoted in its letters: said before
    // anything is added, with the case of their own as the choice already made.
    m_otherWallet->setObjectName(u"otherWalletFrame"_s);
    m_otherWallet->setStyleSheet(u"#otherWalletFrame { background: rgba(255, 179, 0, 60); "
                                 "border: 1px solid rgba(200, 140, 0, 160); border-radius: 4px; }"_s);
    m_otherWalletLabel->setObjectName(u"otherWalletLabel"_s);
    m_otherWalletLabel->setWordWrap(true);
    m_otherWalletLabel->setTextFormat(Qt::PlainText);
    m_newCase->setObjectName(u"newCaseRadioButton"_s);
    m_thisCase->setObjectName(u"thisCaseRadioButton"_s);
    m_newCase->setChecked(true);
    auto* otherLayout = new QVBoxLayout(m_otherWallet);
    otherLayout->addWidget(m_otherWalletLabel);
    otherLayout->addWidget(m_newCase);
    otherLayout->addWidget(m_thisCase);
    m_otherWallet->hide();
    connect(m_newCase, &QRadioButton::toggled, this, [this] {
        updateChosen();
        emit targetChanged();
    });
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto* top = new QHBoxLayout;
    top->addWidget(formatLabel);
    top->addWidget(m_format);
    top->addWidget(encodingLabel);
    top->addWidget(m_encoding);
    top->addWidget(m_columns);
    top->addStretch(1);

    m_search->setObjectName(u"previewFilterLineEdit"_s);
    m_search->setPlaceholderText(tr("Search counterparty, reference, amount, note…"));
    m_search->setClearButtonEnabled(true);
    m_show->setObjectName(u"previewShowComboBox"_s);
    m_show->addItem(tr("All rows"), StatementRowsFilter::AllRows);
    m_show->addItem(tr("Chosen rows"), StatementRowsFilter::ChosenRows);
    m_show->addItem(tr("Likely duplicates"), StatementRowsFilter::DuplicateRows);
    m_show->addItem(tr("Payments"), StatementRowsFilter::Payments);
    m_show->addItem(tr("Money received"), StatementRowsFilter::MoneyReceived);
    auto* selectShown = new QPushButton(tr("C&hoose shown"), this);
    selectShown->setObjectName(u"selectShownButton"_s);
    selectShown->setToolTip(tr("Tick every row the search and filter show"));
    auto* clearShown = new QPushButton(tr("C&lear shown"), this);
    clearShown->setObjectName(u"clearShownButton"_s);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_show);
    filterRow->addWidget(selectShown);
    filterRow->addWidget(clearShown);

    m_filter->setSourceModel(m_rows);
    m_table->setObjectName(u"previewTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(StatementRowsModel::LineColumn, 64);
    m_table->setColumnWidth(StatementRowsModel::DirectionColumn, 150);
    m_table->setColumnWidth(StatementRowsModel::AmountColumn, 90);
    m_table->setColumnWidth(StatementRowsModel::CurrencyColumn, 70);
    m_table->setColumnWidth(StatementRowsModel::TimeColumn, 150);
    m_table->setColumnWidth(StatementRowsModel::CounterpartyColumn, 170);
    m_table->setColumnWidth(StatementRowsModel::ReferenceColumn, 215);

    m_chosen->setObjectName(u"chosenCountLabel"_s);
    m_duplicates->setObjectName(u"duplicatesLabel"_s);
    m_duplicates->setWordWrap(true);
    m_duplicates->setTextFormat(Qt::PlainText);
    m_duplicates->setStyleSheet(u"QLabel { background: rgba(255, 179, 0, 60); border: 1px solid "
                                "rgba(200, 140, 0, 160); border-radius: 4px; padding: 6px; }"_s);
    m_problemsLabel->setObjectName(u"problemsLabel"_s);
    m_problems->setObjectName(u"problemsListWidget"_s);
    m_problems->setWordWrap(true);
    auto* problemsBox = new QWidget(this);
    auto* problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsLabel);
    problemsLayout->addWidget(m_problems, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(problemsBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_otherWallet);
    layout->addWidget(m_summary);
    layout->addWidget(m_zoneNote);
    layout->addLayout(top);
    layout->addWidget(m_duplicates);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_chosen, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // a 100,000-row file is filtered once typing pauses
    connect(m_searchTimer, &QTimer::timeout, this, &StatementPreviewDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_show, &QComboBox::currentIndexChanged, this, &StatementPreviewDialog::applyFilter);
    connect(selectShown, &QPushButton::clicked, this,
            [this] { m_rows->setChecked(m_filter->shownSourceRows(), true); });
    connect(clearShown, &QPushButton::clicked, this,
            [this] { m_rows->setChecked(m_filter->shownSourceRows(), false); });
    connect(m_rows, &StatementRowsModel::checkedCountChanged, this,
            &StatementPreviewDialog::updateChosen);
    connect(m_format, &QComboBox::activated, this, &StatementPreviewDialog::requestReparse);
    connect(m_encoding, &QComboBox::activated, this, &StatementPreviewDialog::requestReparse);
    connect(m_columns, &QPushButton::clicked, this, &StatementPreviewDialog::columnsRequested);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // As wide as a statement's columns want, within the screen's free area less a title bar
    // (1280×720 laptops leave about 680 px).
    const QRect area = windowfit::availableArea(this);
    resize(QSize(1100, 680).boundedTo(area.size() - QSize(16, 48)).expandedTo(minimumSizeHint()));
}

void StatementPreviewDialog::setStatement(const core::ParsedStatement& statement,
                                          const QList<core::TransactionRecord>& existing)
{
    m_statement = statement;
    m_existing = existing;
    const QList<core::StatementRow>& rows = statement.rows;

    // The statement's own zone only says how its times were read; they are shown in the case's,
    // in the one on-screen format, as the rows above show them.
    const QTimeZone zone = m_zone.isValid() ? m_zone : QTimeZone::systemTimeZone();
    const auto writeTime = [&zone](qint64 ms) { return CaseText::dateTime(ms, zone); };
    // Money as the interface writes it ("¥28.16", not "28.16 CNY" in the Chinese window).
    const auto writeMoney = [](qint64 minor, const QString& currency) {
        return CaseText::money(minor, currency);
    };
    const QList<core::DuplicateGroup> groups = core::DuplicateDetector::find(rows);
    QHash<int, QString> notes;
    QStringList explanations;
    for (const core::DuplicateGroup& g : groups) {
        const QString explanation = g.explain(writeTime, writeMoney);
        for (int row : g.rows)
            notes.insert(row, explanation);
        explanations << explanation;
    }
    QSet<int> already;
    QSet<QString> references;
    QList<core::TransactionRecord> unreferenced;
    for (const core::TransactionRecord& e : existing) {
        if (e.reference.isEmpty())
            unreferenced << e;
        else
            references.insert(e.reference);
    }
    for (int i = 0; i < rows.size() && !existing.isEmpty(); ++i) {
        const core::TransactionRecord& r = rows.at(i).record;
        const bool known = !r.reference.isEmpty()
                               ? references.contains(r.reference)
                               : std::any_of(unreferenced.cbegin(), unreferenced.cend(),
                                             [&r](const core::TransactionRecord& e) {
                                                 return sameTransaction(r, e);
                                             });
        if (known)
            already.insert(i);
    }
    m_rows->setRows(rows, notes, already, zone);
    // Likely duplicates are what most people import a statement for: they come ticked.
    QList<int> ticked;
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (!already.contains(it.key()))
            ticked << it.key();
    }
    m_rows->setChecked(ticked, true);

    showChoices();

    qsizetype skipped = 0;
    m_problems->clear();
    for (const core::StatementProblem& p : statement.problems) {
        auto* item = new QListWidgetItem(p.text(), m_problems);
        if (p.rowSkipped && p.line > 0)
            ++skipped;
        item->setToolTip(p.text());
    }
    m_problemsLabel->setText(statement.problems.isEmpty()
                                 ? QString()
                                 : tr("Lines not read, and things to check (%1):")
                                       .arg(statement.problems.size()));
    m_problemsLabel->setVisible(!statement.problems.isEmpty());
    m_problems->setVisible(!statement.problems.isEmpty());

    const QString encoding = statement.encodingDetected
                                 ? tr("%1 (detected)").arg(statement.encoding)
                                 : tr("%1 (chosen)").arg(statement.encoding);
    // English has a singular; the translation says the same either way. Each part is a whole
    // sentence that takes the ones before it as %1, so the translation decides how they join.
    QString summary = (rows.size() == 1
                           ? tr("%1 statement, %2, header on line %3: 1 row read.")
                           : tr("%1 statement, %2, header on line %3: %4 rows read."))
                          .arg(formatName(statement.format), encoding)
                          .arg(statement.headerLine)
                          .arg(rows.size());
    if (skipped == 1)
        //: %1 is the sentence before, about the statement read.
        summary = tr("%1 1 line was skipped.").arg(summary);
    else if (skipped > 1)
        //: %1 is the sentence before, about the statement read; %2 a number of lines.
        summary = tr("%1 %2 lines were skipped.").arg(summary, QString::number(skipped));
    if (already.size() == 1)
        //: %1 is what was said before about the statement read.
        summary = tr("%1 1 of the rows is already in this case.").arg(summary);
    else if (already.size() > 1)
        //: %1 is what was said before about the statement read; %2 a number of rows.
        summary = tr("%1 %2 of the rows are already in this case.")
                      .arg(summary, QString::number(already.size()));
    m_summary->setText(summary);

    if (groups.isEmpty()) {
        m_duplicates->hide();
    } else {
        QStringList shown = explanations.mid(0, DuplicatesListed);
        if (explanations.size() > DuplicatesListed)
            shown << tr("… and %1 more: show “Likely duplicates” to see them all.")
                         .arg(explanations.size() - DuplicatesListed);
        m_duplicates->setText(tr("Likely duplicate charges (ticked):") + u"\n• "_s +
                              shown.join(u"\n• "_s));
        m_duplicates->show();
    }
    applyFilter();
    updateChosen();
    updateZoneNote();
}

void StatementPreviewDialog::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_rows->setTimeZone(m_zone);
    updateZoneNote();
}

void StatementPreviewDialog::setTarget(const QTimeZone& zone,
                                       const QList<core::TransactionRecord>& existing)
{
    // The duplicate notes name times too, and "already in the case" depends on the case: the
    // statement is shown again, with what the user ticked still ticked where it can be.
    const QList<int> ticked = m_rows->checkedRows();
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    setStatement(m_statement, existing);
    QList<int> keep;
    for (int row : ticked) {
        if (!m_rows->data(m_rows->index(row, 0), StatementRowsModel::AlreadyInCaseRole).toBool())
            keep << row;
    }
    m_rows->setChecked(m_rows->checkedRows(), false);
    m_rows->setChecked(keep, true);
}

void StatementPreviewDialog::offerNewCase(const QString& statementWallet,
                                          const QString& caseWallet)
{
    m_statementWallet = statementWallet;
    if (statementWallet.isEmpty() || caseWallet.isEmpty()) {
        m_otherWallet->hide();
        updateChosen();
        return;
    }
    //: %1 and %2 are wallets, e.g. PayPal and Cash App.
    m_otherWalletLabel->setText(tr("This is a %1 statement; this case is about %2. Its rows in "
                                   "this case would be quoted in this case's letters.")
                                    .arg(statementWallet, caseWallet));
    m_newCase->setText(tr("Start a &new %1 case with the chosen rows").arg(statementWallet));
    m_thisCase->setText(tr("Add them to this %1 case an&yway").arg(caseWallet));
    m_otherWallet->show();
    updateChosen();
}

bool StatementPreviewDialog::newCaseChosen() const
{
    return !m_otherWallet->isHidden() && m_newCase->isChecked();
}

void StatementPreviewDialog::updateZoneNote()
{
    // Named only where the computer's zone would show other clock times: then "14:32" could be
    // read as the computer's.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool differs = core::CaseTimeZone::differsFromSystem(m_zone, now);
    if (differs)
        m_zoneNote->setText(newCaseChosen()
                                ? tr("Times are shown in %1, the time zone of the new case.")
                                      .arg(CaseText::zoneName(m_zone, now))
                                : tr("Times are shown in %1, the time zone of this case.")
                                      .arg(CaseText::zoneName(m_zone, now)));
    m_zoneNote->setVisible(differs);
}

void StatementPreviewDialog::showChoices()
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(m_statement.format))));
    if (m_encoding->findText(m_statement.encoding) < 0)
        m_encoding->addItem(m_statement.encoding);
    m_encoding->setCurrentText(m_statement.encoding);
    m_columns->setVisible(m_statement.format == core::StatementFormat::Generic);
}

QList<core::StatementRow> StatementPreviewDialog::chosenRows() const
{
    QList<core::StatementRow> out;
    for (int row : m_rows->checkedRows())
        out << m_rows->rows().at(row);
    return out;
}

void StatementPreviewDialog::setLinesChecked(const QList<qsizetype>& lines, bool checked)
{
    QList<int> rows;
    const QList<core::StatementRow>& all = m_rows->rows();
    for (int i = 0; i < all.size(); ++i) {
        if (lines.contains(all.at(i).line))
            rows << i;
    }
    m_rows->setChecked(rows, checked);
}

void StatementPreviewDialog::updateChosen()
{
    const int count = m_rows->checkedCount();
    m_chosen->setText(tr("%1 of %2 rows chosen").arg(count).arg(m_rows->rowCount()));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (newCaseChosen())
        // The count is in the label beside it; the button says where the rows go.
        //: %1 is a wallet, e.g. PayPal.
        ok->setText(tr("&Add to a new %1 case").arg(m_statementWallet));
    else
        ok->setText(count == 1 ? tr("&Add 1 transaction")
                               : tr("&Add %1 transactions").arg(count));
    ok->setEnabled(count > 0);
}

void StatementPreviewDialog::applyFilter()
{
    m_searchTimer->stop();
    m_filter->setShow(StatementRowsFilter::Show(m_show->currentData().toInt()));
    m_filter->setSearchText(m_search->text());
}

void StatementPreviewDialog::requestReparse()
{
    const auto format = core::StatementFormat(m_format->currentData().toInt());
    const QString encoding = m_encoding->currentText();
    if (format == m_statement.format && encoding == m_statement.encoding)
        return;
    emit reparseRequested(format, encoding == m_statement.encoding && m_statement.encodingDetected
                                      ? QString()
                                      : encoding);
}

} // namespace wc::gui
