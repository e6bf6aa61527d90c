// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/TransactionTableModel.h"

#include "gui/caseview/CaseText.h"
#include "model/Money.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

bool earlier(const core::TransactionRecord& a, const core::TransactionRecord& b)
{
    if (a.occurredAt && b.occurredAt && *a.occurredAt != *b.occurredAt)
        return *a.occurredAt < *b.occurredAt;
    if (a.occurredAt.has_value() != b.occurredAt.has_value())
        return a.occurredAt.has_value(); // undated last
    return a.id < b.id;
}

} // namespace

TransactionTableModel::TransactionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QStringList TransactionTableModel::directionKeys()
{
    return {QString(core::direction::Out), QString(core::direction::In),
            QString(core::direction::Neutral)};
}

QString TransactionTableModel::directionText(const QString& key)
{
    if (key == core::direction::In)
        return tr("Money received");
    if (key == core::direction::Neutral)
        return tr("Between own accounts");
    return tr("Payment");
}

QString TransactionTableModel::amountText(qint64 minor, const QString& currency)
{
    // core::Money decides the digits; the locale adds its grouping and decimal mark. The whole
    // part goes through text, never a double, so large amounts keep every digit.
    const QLocale locale;
    const QString plain = core::Money::format(minor, currency);
    const qsizetype dot = plain.indexOf(u'.');
    QString text = locale.toString(plain.left(dot).toLongLong());
    if (dot >= 0)
        text += locale.decimalPoint() + plain.mid(dot + 1);
    return text;
}

QString TransactionTableModel::timeText(std::optional<qint64> ms, const QTimeZone& zone)
{
    if (!ms)
        return {};
    // The one on-screen format, as the statement preview shows the same row.
    return zone.isValid() ? CaseText::dateTime(*ms, zone) : CaseText::dateTime(*ms);
}

void TransactionTableModel::setTimeZone(const QTimeZone& zone)
{
    const QTimeZone next = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (next == m_zone)
        return;
    m_zone = next;
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void TransactionTableModel::setRecords(QList<core::TransactionRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    std::stable_sort(m_records.begin(), m_records.end(), earlier);
    endResetModel();
}

const core::TransactionRecord* TransactionTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int TransactionTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

void TransactionTableModel::setDuplicateNotes(const QHash<qint64, QString>& notes)
{
    // Only the rows whose finding changed: a change also resets any open cell editor in its
    // range, which must not throw away what the user is typing elsewhere.
    const QHash<qint64, QString> before = std::exchange(m_duplicateNotes, notes);
    for (int row = 0; row < m_records.size(); ++row) {
        const qint64 id = m_records.at(row).id;
        if (before.value(id) != notes.value(id) || before.contains(id) != notes.contains(id))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {Qt::BackgroundRole, Qt::ToolTipRole, Qt::DecorationRole,
                              DuplicateRole});
    }
}

int TransactionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TransactionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransactionTableModel::columnTitle(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case CounterpartyColumn:
        return tr("Counterparty");
    case DirectionColumn:
        return tr("Direction");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case ReferenceColumn:
        return tr("Reference");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

QVariant TransactionTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TimeColumn) {
        // Named where it could be misread: the computer's clock says another time.
        const QString zone = CaseText::zoneSuffix(m_zone, QDateTime::currentMSecsSinceEpoch());
        if (!zone.isEmpty())
            return tr("%1 (%2)", "column title, time zone").arg(columnTitle(section), zone);
    }
    return columnTitle(section);
}

Qt::ItemFlags TransactionTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant TransactionTableModel::data(const QModelIndex& index, int role) const
{
    const core::TransactionRecord* r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    const bool duplicate = m_duplicateNotes.contains(r->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r->occurredAt, m_zone);
        case CounterpartyColumn:
            return r->counterparty;
        case DirectionColumn:
            return directionText(r->direction);
        case AmountColumn:
            return amountText(r->amountMinor, r->currency);
        case CurrencyColumn:
            return r->currency;
        case ReferenceColumn:
            return r->reference;
        case StatusColumn:
            return r->status;
        case NoteColumn:
            return r->note.simplified(); // one line in the table; the editor has it whole
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TimeColumn:
            return r->occurredAt ? CaseText::wallClock(*r->occurredAt, m_zone) : QDateTime();
        case DirectionColumn:
            return r->direction;
        case AmountColumn:
            return core::Money::format(r->amountMinor, r->currency);
        case NoteColumn:
            return r->note;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (duplicate)
            return m_duplicateNotes.value(r->id);
        if (index.column() == NoteColumn && !r->note.isEmpty())
            return r->note;
        return {};
    case Qt::BackgroundRole:
        // Amber that reads on light and dark palettes alike.
        return duplicate ? QVariant(QColor(255, 179, 0, 70)) : QVariant();
    case Qt::DecorationRole:
        if (duplicate && index.column() == TimeColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case RecordIdRole:
        return r->id;
    case DuplicateRole:
        return duplicate;
    case TimeZoneRole:
        return m_zone.id();
    default:
        return {};
    }
}

bool TransactionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const core::TransactionRecord* current = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!current || role != Qt::EditRole)
        return false;
    core::TransactionRecord updated = *current;
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = value.toDateTime();
        updated.occurredAt = time.isValid()
                                 ? std::optional<qint64>(CaseText::fromWallClock(time, m_zone))
                                 : std::nullopt;
        break;
    }
    case CounterpartyColumn:
        updated.counterparty = value.toString().trimmed();
        break;
    case DirectionColumn:
        if (!directionKeys().contains(value.toString()))
            return false;
        updated.direction = value.toString();
        break;
    case AmountColumn: {
        const QString text = value.toString().trimmed();
        auto amount = core::Money::parse(text, current->currency);
        if (!amount) {
            emit errorOccurred(tr("The amount was not changed: %1").arg(amount.error().message));
            return false;
        }
        updated.amountMinor = *amount;
        break;
    }
    case CurrencyColumn: {
        const QString code = value.toString().trimmed().toUpper();
        static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
        if (!iso.match(code).hasMatch()) {
            emit errorOccurred(tr("“%1” is not a currency code. Use the three letters of ISO "
                                  "4217, such as CNY, USD or HKD.")
                                   .arg(value.toString().trimmed()));
            return false;
        }
        // The amount stays what it reads: 12.50 CNY becomes 12.50 USD, and a currency without
        // the digits it needs (12.50 in JPY) is refused rather than silently changed.
        auto amount =
            core::Money::parse(core::Money::format(current->amountMinor, current->currency), code);
        if (!amount) {
            emit errorOccurred(tr("The currency was not changed: %1").arg(amount.error().message));
            return false;
        }
        updated.currency = code;
        updated.amountMinor = *amount;
        break;
    }
    case ReferenceColumn:
        updated.reference = value.toString().trimmed();
        break;
    case StatusColumn:
        updated.status = value.toString().trimmed();
        break;
    case NoteColumn:
        updated.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (updated.occurredAt == current->occurredAt && updated.counterparty == current->counterparty &&
        updated.direction == current->direction && updated.amountMinor == current->amountMinor &&
        updated.currency == current->currency && updated.reference == current->reference &&
        updated.status == current->status && updated.note == current->note)
        return true; // nothing changed: nothing to save
    if (m_saver) {
        if (const QString why = m_saver(updated); !why.isEmpty()) {
            emit errorOccurred(why);
            return false;
        }
    }
    const int row = index.row();
    m_records[row] = updated;
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    if (index.column() == TimeColumn)
        sortRecords();
    return true;
}

void TransactionTableModel::sortRecords()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& i : before)
        ids << m_records.at(i.row()).id;
    std::stable_sort(m_records.begin(), m_records.end(), earlier);
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k)
        after << index(rowOf(ids.at(k)), before.at(k).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace wc::gui
