// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/ColumnMappingDialog.h"

#include "gui/dialogs/AppSettings.h"
#include "model/Money.h"
#include "statements/StatementEncoding.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr int SampleRowsShown = 12;

// The settings key of a header: its names, hashed (a header can be long and hold any text).
QString settingsKey(const QStringList& header)
{
    const QByteArray names = header.join(QChar(0x1f)).toUtf8();
    return u"statementMappings/"_s +
           QString::fromLatin1(QCryptographicHash::hash(names, QCryptographicHash::Sha1).toHex());
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(QWidget* parent)
    : QDialog(parent), m_dateOrder(new QComboBox(this)), m_amountSign(new QComboBox(this)),
      m_currency(new QComboBox(this)), m_dateFormat(new QLineEdit(this)),
      m_headerLine(new QSpinBox(this)), m_encoding(new QComboBox(this)), m_sample(new QTableWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(u"columnMappingDialog"_s);
    setWindowTitle(tr("Choose the columns"));
    auto* intro = new QLabel(tr("WalletCase does not know this kind of file. Say which column "
                                "holds what; a date and an amount are needed, the rest helps. "
                                "Your choice is remembered for files with the same columns."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    m_headerLine->setObjectName(u"headerLineSpinBox"_s);
    m_headerLine->setRange(1, 200);
    m_headerLine->setToolTip(tr("The line of the file that holds the column names"));
    form->addRow(tr("&Header row on line:"), m_headerLine);
    m_encoding->setObjectName(u"mappingEncodingComboBox"_s);
    m_encoding->addItems(core::StatementEncoding::offered());
    m_encoding->setToolTip(tr("How the file's text is encoded; choose another if the names "
                              "show as garbage"));
    form->addRow(tr("&Encoding:"), m_encoding);
    connect(m_encoding, &QComboBox::activated, this, [this] {
        if (!m_filling)
            emit encodingChanged(m_encoding->currentText());
    });
    for (const QString& key : core::ColumnMapping::fieldKeys()) {
        auto* box = new QComboBox(this);
        box->setObjectName(key + u"MappingComboBox"_s);
        // Long sample values must not push the sample table off the dialog.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(22);
        m_columns.insert(key, box);
        form->addRow(core::ColumnMapping::fieldLabel(key) + u':', box);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);
    }
    m_dateOrder->setObjectName(u"dateOrderComboBox"_s);
    m_dateOrder->addItem(tr("Decide from the file"), int(core::DateOrder::Auto));
    m_dateOrder->addItem(tr("Day first (22/11/2026)"), int(core::DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month first (11/22/2026)"), int(core::DateOrder::MonthDayYear));
    form->addRow(tr("&Dates are written:"), m_dateOrder);
    m_dateFormat->setObjectName(u"dateFormatLineEdit"_s);
    m_dateFormat->setPlaceholderText(tr("optional, for example dd.MM.yyyy HH:mm"));
    m_dateFormat->setToolTip(tr("Only when dates are not read right: the pattern of a date, with "
                                "yyyy year, MM month, dd day, HH hour, mm minute, ss second"));
    form->addRow(tr("Date &pattern:"), m_dateFormat);
    m_amountSign->setObjectName(u"amountSignComboBox"_s);
    m_amountSign->addItem(tr("Decide from the file"), int(core::AmountSign::Auto));
    m_amountSign->addItem(tr("Negative amounts are payments (bank style)"),
                          int(core::AmountSign::NegativeIsOutgoing));
    m_amountSign->addItem(tr("Positive amounts are payments, negative are refunds"),
                          int(core::AmountSign::PositiveIsOutgoing));
    form->addRow(tr("&Minus sign means:"), m_amountSign);
    m_currency->setObjectName(u"defaultCurrencyComboBox"_s);
    m_currency->setEditable(true);
    m_currency->addItems(core::Money::commonCurrencies());
    form->addRow(tr("C&urrency when no column says:"), m_currency);

    m_sample->setObjectName(u"mappingSampleTable"_s);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->verticalHeader()->hide();
    m_sample->horizontalHeader()->setDefaultSectionSize(110);
    m_hint->setObjectName(u"mappingHintLabel"_s);
    m_hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Read the file"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember(m_header, mapping());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_headerLine, &QSpinBox::valueChanged, this, [this](int line) {
        if (!m_filling)
            emit headerLineChanged(line);
    });

    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_sample, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(980, 540);
}

void ColumnMappingDialog::setStatement(const core::ParsedStatement& statement,
                                       const core::ColumnMapping& initial)
{
    m_filling = true;
    m_header = statement.columns;
    m_headerLine->setValue(int(qMax<qsizetype>(1, statement.headerLine)));
    if (m_encoding->findText(statement.encoding) < 0)
        m_encoding->addItem(statement.encoding);
    m_encoding->setCurrentText(statement.encoding);
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox* box = it.value();
        box->clear();
        box->addItem(tr("(not in this file)"), -1);
        for (int c = 0; c < m_header.size(); ++c) {
            const QString sample = statement.sampleRows.isEmpty()
                                       ? QString()
                                       : statement.sampleRows.first().value(c).trimmed();
            const QString name = m_header.at(c).isEmpty() ? tr("Column %1").arg(c + 1)
                                                          : m_header.at(c);
            box->addItem(sample.isEmpty() ? name : tr("%1 (e.g. %2)").arg(name, sample.left(24)),
                         c);
        }
        box->setCurrentIndex(qMax(0, box->findData(initial.column(it.key()))));
    }
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(int(initial.dateOrder))));
    m_amountSign->setCurrentIndex(qMax(0, m_amountSign->findData(int(initial.amountSign))));
    m_currency->setCurrentText(initial.defaultCurrency);
    m_dateFormat->setText(initial.dateFormats.join(u"; "_s));

    m_sample->clear();
    m_sample->setColumnCount(int(m_header.size()));
    m_sample->setHorizontalHeaderLabels(m_header);
    const int rows = int(qMin<qsizetype>(SampleRowsShown, statement.sampleRows.size()));
    m_sample->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList& cells = statement.sampleRows.at(r);
        for (int c = 0; c < cells.size() && c < m_header.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(cells.at(c).trimmed()));
    }
    m_filling = false;
    updateState();
    m_sample->resizeColumnsToContents();
}

core::ColumnMapping ColumnMappingDialog::mapping() const
{
    core::ColumnMapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        m.setColumn(it.key(), it.value()->currentData().toInt());
    m.dateOrder = core::DateOrder(m_dateOrder->currentData().toInt());
    m.amountSign = core::AmountSign(m_amountSign->currentData().toInt());
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (!currency.isEmpty())
        m.defaultCurrency = currency;
    for (const QString& format : m_dateFormat->text().split(u';', Qt::SkipEmptyParts)) {
        if (!format.trimmed().isEmpty())
            m.dateFormats << format.trimmed();
    }
    return m;
}

qsizetype ColumnMappingDialog::headerLine() const
{
    return m_headerLine->value();
}

void ColumnMappingDialog::updateState()
{
    if (m_filling)
        return;
    const core::ColumnMapping m = mapping();
    m_ok->setEnabled(m.isUsable());
    m_hint->setText(m.isUsable() ? QString()
                                 : tr("Choose at least the column with the date and the column "
                                      "with the amount."));
    // The chosen columns stand out in the sample, so a wrong pick is easy to see.
    for (int c = 0; c < m_sample->columnCount(); ++c) {
        QString label = c < m_header.size() ? m_header.at(c) : QString();
        for (const QString& key : core::ColumnMapping::fieldKeys()) {
            if (m.column(key) == c)
                label += u"\n→ "_s + core::ColumnMapping::fieldLabel(key);
        }
        m_sample->setHorizontalHeaderItem(c, new QTableWidgetItem(label));
    }
}

std::optional<core::ColumnMapping> ColumnMappingDialog::remembered(const QStringList& header)
{
    const QString json = AppSettings::open()->value(settingsKey(header)).toString();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const core::ColumnMapping m = core::ColumnMapping::fromJson(doc.object(), header);
    return m.isUsable() ? std::optional(m) : std::nullopt;
}

void ColumnMappingDialog::remember(const QStringList& header, const core::ColumnMapping& mapping)
{
    if (header.isEmpty() || !mapping.isUsable())
        return;
    auto settings = AppSettings::open();
    settings->setValue(settingsKey(header), QString::fromUtf8(QJsonDocument(mapping.toJson(header))
                                                                  .toJson(QJsonDocument::Compact)));
    settings->sync();
}

} // namespace wc::gui
