// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/StatementRowsModel.h"

#include "gui/caseview/CaseText.h"
#include "gui/transactions/TransactionTableModel.h"
#include "guidance/CaseTimeZone.h"
#include "model/Money.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QPalette>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

StatementRowsModel::StatementRowsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatementRowsModel::setRows(const QList<core::StatementRow>& rows,
                                 const QHash<int, QString>& duplicateNotes,
                                 const QSet<int>& alreadyInCase, const QTimeZone& zone)
{
    beginResetModel();
    m_zone = zone;
    m_rows = rows;
    m_checked = QList<bool>(rows.size(), false);
    m_duplicateNotes = duplicateNotes;
    m_alreadyInCase = alreadyInCase;
    m_checkedCount = 0;
    updateZoneTitle();
    endResetModel();
    emit checkedCountChanged(0);
}

void StatementRowsModel::setTimeZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    updateZoneTitle();
    if (m_rows.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
    emit dataChanged(index(0, TimeColumn), index(int(m_rows.size()) - 1, TimeColumn),
                     {Qt::DisplayRole});
}

void StatementRowsModel::updateZoneTitle()
{
    const QTimeZone zone = m_zone.isValid() ? m_zone : QTimeZone::systemTimeZone();
    QSet<QString> offsets;
    bool differs = false;
    for (const core::StatementRow& row : std::as_const(m_rows)) {
        if (!row.record.occurredAt)
            continue;
        differs = differs || core::CaseTimeZone::differsFromSystem(zone, *row.record.occurredAt);
        offsets.insert(core::CaseTimeZone::offsetText(zone, *row.record.occurredAt));
    }
    if (offsets.isEmpty()) // no dated row: as the case's table says it today
        m_zoneTitle = CaseText::zoneSuffix(zone, QDateTime::currentMSecsSinceEpoch());
    else if (!differs)
        m_zoneTitle.clear();
    else if (offsets.size() == 1)
        m_zoneTitle = *offsets.cbegin();
    else
        m_zoneTitle = QString::fromLatin1(zone.id()).section(u'/', -1).replace(u'_', u' ');
}

QString StatementRowsModel::timeText(std::optional<qint64> ms) const
{
    // The one on-screen format, in the zone of the case the rows go into: what the case's table
    // will show once they are added.
    return ms ? CaseText::dateTime(*ms, m_zone.isValid() ? m_zone : QTimeZone::systemTimeZone())
              : QString();
}

void StatementRowsModel::setChecked(const QList<int>& rows, bool checked)
{
    int first = int(m_rows.size());
    int last = -1;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size() || m_checked.at(row) == checked)
            continue;
        m_checked[row] = checked;
        m_checkedCount += checked ? 1 : -1;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last < 0)
        return;
    emit dataChanged(index(first, LineColumn), index(last, LineColumn), {Qt::CheckStateRole});
    emit checkedCountChanged(m_checkedCount);
}

QList<int> StatementRowsModel::checkedRows() const
{
    QList<int> out;
    for (int i = 0; i < m_checked.size(); ++i) {
        if (m_checked.at(i))
            out << i;
    }
    return out;
}

int StatementRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// headerData() relies on the record's columns being the case table's, in order, one over.
static_assert(StatementRowsModel::TimeColumn - 1 == TransactionTableModel::TimeColumn &&
              StatementRowsModel::NoteColumn - StatementRowsModel::TimeColumn ==
                  TransactionTableModel::NoteColumn &&
              StatementRowsModel::KindColumn == StatementRowsModel::NoteColumn + 1);

QVariant StatementRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("Type");
    case TimeColumn:
        // Titled as the case's table titles it, zone included where it could be misread: the
        // offset of the rows' own dates (an October row in New York is UTC-4 though it is UTC-5
        // today), or the zone's place when the rows straddle a clock change.
        if (!m_zoneTitle.isEmpty())
            return TransactionTableModel::tr("%1 (%2)", "column title, time zone")
                .arg(TransactionTableModel::columnTitle(TransactionTableModel::TimeColumn),
                     m_zoneTitle);
        return TransactionTableModel::columnTitle(TransactionTableModel::TimeColumn);
    default:
        // The record's fields, in the case table's order one column over.
        return TransactionTableModel::columnTitle(section - TimeColumn);
    }
}

Qt::ItemFlags StatementRowsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == LineColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant StatementRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = index.row();
    const core::StatementRow& s = m_rows.at(row);
    const core::TransactionRecord& r = s.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return qlonglong(s.line);
        case TimeColumn:
            return timeText(r.occurredAt);
        case CounterpartyColumn:
            return r.counterparty;
        case DirectionColumn:
            return TransactionTableModel::directionText(core::moneyFlowKey(s.flow));
        case AmountColumn:
            // With its symbol ("$1,250.00"): a statement can mix currencies.
            return CaseText::money(r.amountMinor, r.currency);
        case CurrencyColumn:
            return r.currency;
        case ReferenceColumn:
            return r.reference;
        case StatusColumn:
            return r.status;
        case NoteColumn:
            return r.note.simplified();
        case KindColumn:
            return s.kind;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == LineColumn)
            return m_checked.value(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return m_duplicateNotes.contains(row) ? QVariant(QColor(255, 179, 0, 70)) : QVariant();
    case Qt::ForegroundRole:
        if (m_alreadyInCase.contains(row))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole: {
        QStringList tips;
        if (m_alreadyInCase.contains(row))
            tips << tr("This transaction is already in the case.");
        if (m_duplicateNotes.contains(row))
            tips << m_duplicateNotes.value(row);
        if (!s.moneyMoved)
            tips << tr("By its status no money moved (closed, failed or refunded in full).");
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(u"\n\n"_s));
    }
    case DuplicateRole:
        return m_duplicateNotes.contains(row);
    case AlreadyInCaseRole:
        return m_alreadyInCase.contains(row);
    case SearchTextRole:
        return QStringList{r.counterparty, r.reference, r.note, r.status, s.kind, s.merchantOrder,
                           core::Money::format(r.amountMinor, r.currency), r.currency,
                           timeText(r.occurredAt)}
            .join(u'\n')
            .toCaseFolded();
    default:
        return {};
    }
}

bool StatementRowsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != LineColumn || role != Qt::CheckStateRole)
        return false;
    setChecked({index.row()}, value.value<Qt::CheckState>() == Qt::Checked ||
                                  value.toInt() == int(Qt::Checked));
    return true;
}

StatementRowsFilter::StatementRowsFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void StatementRowsFilter::setSearchText(const QString& text)
{
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void StatementRowsFilter::setShow(Show show)
{
    m_show = show;
    invalidateRowsFilter();
}

QList<int> StatementRowsFilter::shownSourceRows() const
{
    QList<int> out;
    out.reserve(rowCount());
    for (int i = 0; i < rowCount(); ++i)
        out << mapToSource(index(i, 0)).row();
    return out;
}

bool StatementRowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* rows = qobject_cast<const StatementRowsModel*>(sourceModel());
    if (!rows || sourceParent.isValid() || sourceRow >= rows->rows().size())
        return false;
    const core::StatementRow& s = rows->rows().at(sourceRow);
    switch (m_show) {
    case AllRows:
        break;
    case ChosenRows:
        if (!rows->isChecked(sourceRow))
            return false;
        break;
    case DuplicateRows:
        if (!rows->isDuplicate(sourceRow))
            return false;
        break;
    case Payments:
        if (s.flow != core::MoneyFlow::Out)
            return false;
        break;
    case MoneyReceived:
        if (s.flow != core::MoneyFlow::In)
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString text =
        rows->index(sourceRow, 0).data(StatementRowsModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace wc::gui
