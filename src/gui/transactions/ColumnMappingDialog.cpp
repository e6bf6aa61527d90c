// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/ColumnMappingDialog.h"
#include "ui_ColumnMappingDialog.h"

#include "gui/dialogs/AppSettings.h"
#include "model/Money.h"
#include "statements/StatementEncoding.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

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
    : QDialog(parent), m_ui(std::make_unique<Ui::ColumnMappingDialog>())
{
    m_ui->setupUi(this);
    m_ui->mappingEncodingComboBox->addItems(core::StatementEncoding::offered());
    connect(m_ui->mappingEncodingComboBox, &QComboBox::activated, this, [this] {
        if (!m_filling)
            emit encodingChanged(m_ui->mappingEncodingComboBox->currentText());
    });
    // One row per column the mapping knows, after the header line and encoding rows.
    int row = 2;
    for (const QString& key : core::ColumnMapping::fieldKeys()) {
        auto* box = new QComboBox(this);
        box->setObjectName(key + u"MappingComboBox"_s);
        // Long sample values must not push the sample table off the dialog.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(22);
        m_columns.insert(key, box);
        m_ui->formLayout->insertRow(row++, core::ColumnMapping::fieldLabel(key) + u':', box);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);
    }
    m_ui->dateOrderComboBox->addItem(tr("Decide from the file"), int(core::DateOrder::Auto));
    m_ui->dateOrderComboBox->addItem(tr("Day first (22/11/2026)"),
                                     int(core::DateOrder::DayMonthYear));
    m_ui->dateOrderComboBox->addItem(tr("Month first (11/22/2026)"),
                                     int(core::DateOrder::MonthDayYear));
    m_ui->amountSignComboBox->addItem(tr("Decide from the file"), int(core::AmountSign::Auto));
    m_ui->amountSignComboBox->addItem(tr("Negative amounts are payments (bank style)"),
                                      int(core::AmountSign::NegativeIsOutgoing));
    m_ui->amountSignComboBox->addItem(tr("Positive amounts are payments, negative are refunds"),
                                      int(core::AmountSign::PositiveIsOutgoing));
    m_ui->defaultCurrencyComboBox->addItems(core::Money::commonCurrencies());

    m_ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Read the file"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        remember(m_header, mapping());
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->headerLineSpinBox, &QSpinBox::valueChanged, this, [this](int line) {
        if (!m_filling)
            emit headerLineChanged(line);
    });
}

ColumnMappingDialog::~ColumnMappingDialog() = default;

void ColumnMappingDialog::setStatement(const core::ParsedStatement& statement,
                                       const core::ColumnMapping& initial)
{
    m_filling = true;
    m_header = statement.columns;
    m_ui->headerLineSpinBox->setValue(int(qMax<qsizetype>(1, statement.headerLine)));
    if (m_ui->mappingEncodingComboBox->findText(statement.encoding) < 0)
        m_ui->mappingEncodingComboBox->addItem(statement.encoding);
    m_ui->mappingEncodingComboBox->setCurrentText(statement.encoding);
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
    m_ui->dateOrderComboBox->setCurrentIndex(qMax(0, m_ui->dateOrderComboBox->findData(int(initial.dateOrder))));
    m_ui->amountSignComboBox->setCurrentIndex(qMax(0, m_ui->amountSignComboBox->findData(int(initial.amountSign))));
    m_ui->defaultCurrencyComboBox->setCurrentText(initial.defaultCurrency);
    m_ui->dateFormatLineEdit->setText(initial.dateFormats.join(u"; "_s));

    m_ui->mappingSampleTable->clear();
    m_ui->mappingSampleTable->setColumnCount(int(m_header.size()));
    m_ui->mappingSampleTable->setHorizontalHeaderLabels(m_header);
    const int rows = int(qMin<qsizetype>(SampleRowsShown, statement.sampleRows.size()));
    m_ui->mappingSampleTable->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList& cells = statement.sampleRows.at(r);
        for (int c = 0; c < cells.size() && c < m_header.size(); ++c)
            m_ui->mappingSampleTable->setItem(r, c, new QTableWidgetItem(cells.at(c).trimmed()));
    }
    m_filling = false;
    updateState();
    m_ui->mappingSampleTable->resizeColumnsToContents();
}

core::ColumnMapping ColumnMappingDialog::mapping() const
{
    core::ColumnMapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        m.setColumn(it.key(), it.value()->currentData().toInt());
    m.dateOrder = core::DateOrder(m_ui->dateOrderComboBox->currentData().toInt());
    m.amountSign = core::AmountSign(m_ui->amountSignComboBox->currentData().toInt());
    const QString currency = m_ui->defaultCurrencyComboBox->currentText().trimmed().toUpper();
    if (!currency.isEmpty())
        m.defaultCurrency = currency;
    for (const QString& format : m_ui->dateFormatLineEdit->text().split(u';', Qt::SkipEmptyParts)) {
        if (!format.trimmed().isEmpty())
            m.dateFormats << format.trimmed();
    }
    return m;
}

qsizetype ColumnMappingDialog::headerLine() const
{
    return m_ui->headerLineSpinBox->value();
}

void ColumnMappingDialog::updateState()
{
    if (m_filling)
        return;
    const core::ColumnMapping m = mapping();
    m_ok->setEnabled(m.isUsable());
    m_ui->mappingHintLabel->setText(m.isUsable() ? QString()
                                 : tr("Choose at least the column with the date and the column "
                                      "with the amount."));
    // The chosen columns stand out in the sample, so a wrong pick is easy to see.
    for (int c = 0; c < m_ui->mappingSampleTable->columnCount(); ++c) {
        QString label = c < m_header.size() ? m_header.at(c) : QString();
        for (const QString& key : core::ColumnMapping::fieldKeys()) {
            if (m.column(key) == c)
                label += u"\n→ "_s + core::ColumnMapping::fieldLabel(key);
        }
        m_ui->mappingSampleTable->setHorizontalHeaderItem(c, new QTableWidgetItem(label));
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
