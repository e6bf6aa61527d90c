// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/ProviderEditor.h"

#include "ui_ProviderEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr int BaseRole = Qt::UserRole + 1; // the row's channel object as last stored

const QStringList& channelKinds()
{
    static const QStringList kinds{u"hotline"_s, u"in_app"_s, u"web_form"_s, u"email"_s,
                                   u"social"_s};
    return kinds;
}

QString kindName(const QString& kind)
{
    if (kind == u"hotline"_s)
        return ProviderEditor::tr("Phone");
    if (kind == u"in_app"_s)
        return ProviderEditor::tr("In the app");
    if (kind == u"web_form"_s)
        return ProviderEditor::tr("Web form");
    if (kind == u"email"_s)
        return ProviderEditor::tr("Email");
    if (kind == u"social"_s)
        return ProviderEditor::tr("Social media");
    return kind;
}

// Sets one language of a {"zh_CN": …, "en": …} text inside `o`, dropping what becomes empty so
// the saved entry looks like a hand-written one.
void setText(QJsonObject& o, const QString& field, const QString& language, const QString& text)
{
    QJsonObject texts = o.value(field).toObject();
    if (text.trimmed().isEmpty())
        texts.remove(language);
    else
        texts.insert(language, text.trimmed());
    if (texts.isEmpty())
        o.remove(field);
    else
        o.insert(field, texts);
}

QString textOf(const QJsonObject& o, const QString& field, const QString& language)
{
    return o.value(field).toObject().value(language).toString();
}

// Wide enough to read, never so wide that one long path pushes the other columns out of
// view; the full text is in the cell's tooltip.
void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    for (int column = ProviderEditor::ValueColumn; column <= ProviderEditor::NoteColumn; ++column)
        table->setColumnWidth(column, qBound(110, table->columnWidth(column), 240));
    int kindWidth = table->columnWidth(ProviderEditor::KindColumn);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (QWidget* combo = table->cellWidget(row, ProviderEditor::KindColumn))
            kindWidth = qMax(kindWidth, combo->sizeHint().width());
    }
    table->setColumnWidth(ProviderEditor::KindColumn, kindWidth);
}

// Three lines high: a note, not a letter.
void fitNoteHeight(QPlainTextEdit* edit)
{
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
}

} // namespace

ProviderEditor::ProviderEditor(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProviderEditor>())
{
    m_ui->setupUi(this);
    m_ui->textLanguageComboBox->addItem(u"English"_s, u"en"_s);
    m_ui->textLanguageComboBox->addItem(u"简体中文"_s, u"zh_CN"_s);
    connect(m_ui->textLanguageComboBox, &QComboBox::currentIndexChanged, this,
            [this] { setTextLanguage(m_ui->textLanguageComboBox->currentData().toString()); });

    for (QLineEdit* edit : {m_ui->nameZhLineEdit, m_ui->nameEnLineEdit, m_ui->regionsLineEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProviderEditor::edited);
    for (QPlainTextEdit* edit : {m_ui->noteZhPlainTextEdit, m_ui->noteEnPlainTextEdit}) {
        fitNoteHeight(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &ProviderEditor::edited);
    }
    connect(m_ui->verifyCheckBox, &QCheckBox::toggled, this, &ProviderEditor::edited);

    setUpChannelTable(m_ui->channelsTableWidget);
    setUpChannelTable(m_ui->freezeTableWidget);
    setUpRowButtons(m_ui->channelsTableWidget, u"Channel"_s);
    setUpRowButtons(m_ui->freezeTableWidget, u"Freeze"_s);
}

ProviderEditor::~ProviderEditor() = default;

QTableWidget* ProviderEditor::channelsTable() const
{
    return m_ui->channelsTableWidget;
}

QTableWidget* ProviderEditor::freezeTable() const
{
    return m_ui->freezeTableWidget;
}

void ProviderEditor::setUpRowButtons(QTableWidget* table, const QString& prefix)
{
    auto* add = findChild<QPushButton*>(u"add%1PushButton"_s.arg(prefix));
    auto* remove = findChild<QPushButton*>(u"remove%1PushButton"_s.arg(prefix));
    connect(add, &QPushButton::clicked, this, [this, table] {
        const int row = addChannelRow(table);
        table->setCurrentCell(row, ValueColumn);
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            emit edited();
        }
    });
}

void ProviderEditor::setUpChannelTable(QTableWidget* table)
{
    // The form sets the columns, their titles and tooltips; sizes follow the content.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(table, &QTableWidget::itemChanged, this, &ProviderEditor::edited);
}

int ProviderEditor::addChannelRow(QTableWidget* table, const QString& kind)
{
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto* kindItem = new QTableWidgetItem;
    QJsonObject base;
    base.insert(u"kind"_s, kind);
    kindItem->setData(BaseRole, base);
    table->setItem(row, KindColumn, kindItem);
    auto* combo = new QComboBox(table);
    combo->setObjectName(u"kindComboBox"_s);
    for (const QString& k : channelKinds())
        combo->addItem(kindName(k), k);
    if (combo->findData(kind) < 0)
        combo->addItem(kind, kind); // kept as found so the checker can name it
    combo->setCurrentIndex(combo->findData(kind));
    connect(combo, &QComboBox::currentIndexChanged, this, &ProviderEditor::edited);
    table->setCellWidget(row, KindColumn, combo);
    for (int column : {ValueColumn, LabelColumn, PathColumn, NoteColumn})
        table->setItem(row, column, new QTableWidgetItem);
    auto* verify = new QTableWidgetItem;
    verify->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    verify->setCheckState(Qt::Unchecked);
    table->setItem(row, VerifyColumn, verify);
    fitColumns(table);
    return row;
}

void ProviderEditor::fillTable(QTableWidget* table, const QJsonArray& channels)
{
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    for (const QJsonValue& value : channels) {
        const QJsonObject c = value.toObject();
        const int row = addChannelRow(table, c.value(u"kind"_s).toString());
        table->item(row, KindColumn)->setData(BaseRole, c);
        table->item(row, ValueColumn)->setText(c.value(u"value"_s).toString());
        table->item(row, LabelColumn)->setText(textOf(c, u"label"_s, m_textLanguage));
        table->item(row, PathColumn)->setText(textOf(c, u"path"_s, m_textLanguage));
        table->item(row, NoteColumn)->setText(textOf(c, u"note"_s, m_textLanguage));
        for (int column : {ValueColumn, LabelColumn, PathColumn, NoteColumn}) {
            QTableWidgetItem* item = table->item(row, column);
            item->setToolTip(item->text());
        }
        table->item(row, VerifyColumn)
            ->setCheckState(c.value(u"verify"_s).toBool() ? Qt::Checked : Qt::Unchecked);
    }
    fitColumns(table);
}

QJsonObject ProviderEditor::readRow(const QTableWidget* table, int row) const
{
    QJsonObject c = table->item(row, KindColumn)->data(BaseRole).toJsonObject();
    if (const auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, KindColumn)))
        c.insert(u"kind"_s, combo->currentData().toString());
    const QString value = table->item(row, ValueColumn)->text().trimmed();
    if (value.isEmpty())
        c.remove(u"value"_s);
    else
        c.insert(u"value"_s, value);
    setText(c, u"label"_s, m_textLanguage, table->item(row, LabelColumn)->text());
    setText(c, u"path"_s, m_textLanguage, table->item(row, PathColumn)->text());
    setText(c, u"note"_s, m_textLanguage, table->item(row, NoteColumn)->text());
    if (table->item(row, VerifyColumn)->checkState() == Qt::Checked)
        c.insert(u"verify"_s, true);
    else
        c.remove(u"verify"_s);
    return c;
}

QString ProviderEditor::channelKindName(const QString& kind)
{
    return kindName(kind);
}

bool ProviderEditor::isEmptyChannel(const QJsonObject& channel)
{
    // Texts in the other language count: the row is not empty just because this view is.
    for (const QString& field : {u"value"_s, u"label"_s, u"path"_s, u"note"_s}) {
        if (channel.contains(field))
            return false;
    }
    return true;
}

QJsonArray ProviderEditor::readTable(const QTableWidget* table) const
{
    QJsonArray out;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QJsonObject c = readRow(table, row);
        if (!isEmptyChannel(c))
            out.append(c);
    }
    return out;
}

void ProviderEditor::storeTableTexts()
{
    for (QTableWidget* table : {m_ui->channelsTableWidget, m_ui->freezeTableWidget}) {
        const QSignalBlocker blocker(table);
        for (int row = 0; row < table->rowCount(); ++row)
            table->item(row, KindColumn)->setData(BaseRole, readRow(table, row));
    }
}

QString ProviderEditor::textLanguage() const
{
    return m_textLanguage;
}

void ProviderEditor::setTextLanguage(const QString& language)
{
    if (language == m_textLanguage)
        return;
    // Keep what was typed in the old language before the tables switch to the new one.
    storeTableTexts();
    m_textLanguage = language;
    {
        const QSignalBlocker blocker(m_ui->textLanguageComboBox);
        m_ui->textLanguageComboBox->setCurrentIndex(
            qMax(0, m_ui->textLanguageComboBox->findData(language)));
    }
    for (QTableWidget* table : {m_ui->channelsTableWidget, m_ui->freezeTableWidget}) {
        QJsonArray rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, KindColumn)->data(BaseRole).toJsonObject());
        fillTable(table, rows);
    }
}

void ProviderEditor::setEntry(const QJsonObject& entry)
{
    m_original = entry;
    const QSignalBlocker b1(m_ui->nameZhLineEdit), b2(m_ui->nameEnLineEdit),
        b3(m_ui->regionsLineEdit), b4(m_ui->noteZhPlainTextEdit), b5(m_ui->noteEnPlainTextEdit),
        b6(m_ui->verifyCheckBox);
    m_ui->nameZhLineEdit->setText(textOf(entry, u"name"_s, u"zh_CN"_s));
    m_ui->nameEnLineEdit->setText(textOf(entry, u"name"_s, u"en"_s));
    QStringList regions;
    for (const QJsonValue& r : entry.value(u"regions"_s).toArray())
        regions.append(r.toString());
    m_ui->regionsLineEdit->setText(regions.join(u", "_s));
    fillTable(m_ui->channelsTableWidget, entry.value(u"channels"_s).toArray());
    fillTable(m_ui->freezeTableWidget, entry.value(u"freeze"_s).toArray());
    m_ui->noteZhPlainTextEdit->setPlainText(textOf(entry, u"note"_s, u"zh_CN"_s));
    m_ui->noteEnPlainTextEdit->setPlainText(textOf(entry, u"note"_s, u"en"_s));
    m_ui->verifyCheckBox->setChecked(entry.value(u"verify"_s).toBool());
}

void ProviderEditor::clear()
{
    setEntry({});
}

QJsonObject ProviderEditor::entry() const
{
    QJsonObject e = m_original;
    setText(e, u"name"_s, u"zh_CN"_s, m_ui->nameZhLineEdit->text());
    setText(e, u"name"_s, u"en"_s, m_ui->nameEnLineEdit->text());
    QJsonArray regions;
    static const QRegularExpression separators(u"[,，、;；\\s]+"_s);
    for (const QString& r : m_ui->regionsLineEdit->text().split(separators, Qt::SkipEmptyParts))
        regions.append(r.toUpper());
    e.insert(u"regions"_s, regions);
    e.insert(u"channels"_s, readTable(m_ui->channelsTableWidget));
    const QJsonArray freeze = readTable(m_ui->freezeTableWidget);
    if (freeze.isEmpty())
        e.remove(u"freeze"_s);
    else
        e.insert(u"freeze"_s, freeze);
    setText(e, u"note"_s, u"zh_CN"_s, m_ui->noteZhPlainTextEdit->toPlainText());
    setText(e, u"note"_s, u"en"_s, m_ui->noteEnPlainTextEdit->toPlainText());
    if (m_ui->verifyCheckBox->isChecked())
        e.insert(u"verify"_s, true);
    else
        e.remove(u"verify"_s);
    return e;
}

QString ProviderEditor::nameForKey() const
{
    const QString en = m_ui->nameEnLineEdit->text().trimmed();
    return en.isEmpty() ? m_ui->nameZhLineEdit->text().trimmed() : en;
}

QString ProviderEditor::validate()
{
    if (m_ui->nameZhLineEdit->text().trimmed().isEmpty() &&
        m_ui->nameEnLineEdit->text().trimmed().isEmpty()) {
        m_ui->nameEnLineEdit->setFocus();
        return tr("Give the provider a name, in Chinese, English or both.");
    }
    const struct
    {
        QTableWidget* table;
        QString name;
    } tables[] = {{m_ui->channelsTableWidget, tr("Ways to complain")},
                  {m_ui->freezeTableWidget, tr("Ways to freeze the account")}};
    for (const auto& [table, name] : tables) {
        for (int row = 0; row < table->rowCount(); ++row) {
            const QJsonObject c = readRow(table, row);
            if (isEmptyChannel(c) || c.contains(u"value"_s) || c.contains(u"path"_s))
                continue;
            table->setFocus();
            table->setCurrentCell(row, ValueColumn);
            return tr("Row %1 of “%2” needs a number, address or account, or the steps to "
                      "follow. Fill one in, or remove the row.")
                .arg(row + 1)
                .arg(name);
        }
    }
    if (readTable(m_ui->channelsTableWidget).isEmpty()) {
        m_ui->channelsTableWidget->setFocus();
        if (m_ui->channelsTableWidget->rowCount() > 0)
            m_ui->channelsTableWidget->setCurrentCell(0, ValueColumn);
        return tr("Add at least one way to complain: a hotline, the steps in the app, a web "
                  "form, an email address or a social media account.");
    }
    return {};
}

void ProviderEditor::focusFirstField()
{
    QLineEdit* first = m_textLanguage == u"zh_CN"_s ? m_ui->nameZhLineEdit : m_ui->nameEnLineEdit;
    first->setFocus();
}

} // namespace wc::gui
