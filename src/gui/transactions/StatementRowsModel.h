// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/Statement.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimeZone>

#include <optional>

namespace wc::gui {

// The rows of a parsed statement for the import preview, each with a check box: the user picks
// the rows that belong to the case. Rows the duplicate detector groups are tinted with its
// explanation; rows the case already holds are greyed and say so. Sized for 100,000 rows:
// values are formatted only when a row is shown.
class StatementRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn, // with the check box
        TimeColumn,
        CounterpartyColumn,
        DirectionColumn,
        AmountColumn,
        CurrencyColumn,
        ReferenceColumn,
        StatusColumn,
        NoteColumn,
        KindColumn,
        ColumnCount
    };
    enum Role
    {
        DuplicateRole = Qt::UserRole + 1, // bool
        AlreadyInCaseRole,                // bool
        SearchTextRole,                   // every value of the row, lower case, for the filter
    };

    explicit StatementRowsModel(QObject* parent = nullptr);

    // `duplicateNotes` and `alreadyInCase` are by row index.
    // Times are shown in `zone`: the case's, so a row reads as it will in the case's table.
    void setRows(const QList<core::StatementRow>& rows, const QHash<int, QString>& duplicateNotes,
                 const QSet<int>& alreadyInCase, const QTimeZone& zone);
    const QList<core::StatementRow>& rows() const { return m_rows; }
    // Shows the same rows' times in another zone (the rows now go into another case).
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    // A row's time as the preview shows it (CaseText::dateTime in the zone); empty when unknown.
    QString timeText(std::optional<qint64> ms) const;
    bool isChecked(int row) const { return m_checked.value(row); }
    void setChecked(const QList<int>& rows, bool checked);
    QList<int> checkedRows() const;
    int checkedCount() const { return m_checkedCount; }
    bool isDuplicate(int row) const { return m_duplicateNotes.contains(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void checkedCountChanged(int count);

private:
    // "UTC-4" when every row's time has that offset in the zone (New York in October), the
    // zone's place ("New York") when they differ (rows either side of a clock change); empty
    // when the computer's zone shows the same clock times.
    void updateZoneTitle();
    QList<core::StatementRow> m_rows;
    QList<bool> m_checked;
    QHash<int, QString> m_duplicateNotes;
    QSet<int> m_alreadyInCase;
    QTimeZone m_zone;
    // The time column's zone, said for the rows' own dates (updateZoneTitle).
    QString m_zoneTitle;
    int m_checkedCount = 0;
};

// What the preview shows of the rows: those containing every word of the search text (in any
// column), of one kind (chosen, likely duplicates, payments, money received).
class StatementRowsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Show
    {
        AllRows,
        ChosenRows,
        DuplicateRows,
        Payments,
        MoneyReceived,
    };

    explicit StatementRowsFilter(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    void setShow(Show show);
    // Source rows of the rows shown, in the order shown.
    QList<int> shownSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    Show m_show = AllRows;
};

} // namespace wc::gui
