// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

#include <functional>

namespace wc::gui {

// The disputed transactions of one case, oldest first (undated ones last), edited in place:
// amounts are read with core::Money in the row's currency, times come from a date-time editor.
// An edit is handed to the saver (the panel, which writes it to the store) and shown only once
// it is saved; a refused edit leaves the row as it was and says why through errorOccurred.
// Rows the duplicate detector flags are tinted, with its explanation as their tooltip.
class TransactionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        CounterpartyColumn,
        DirectionColumn,
        AmountColumn,
        CurrencyColumn,
        ReferenceColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    // The column's title, also used by the import preview for the same fields.
    static QString columnTitle(int column);
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        DuplicateRole, // bool: the detector flags this row
        TimeZoneRole,  // QByteArray: the IANA id of the zone times are shown and edited in
    };
    // Saves an edited record; the message for the user when it could not, else empty.
    using Saver = std::function<QString(const core::TransactionRecord&)>;

    explicit TransactionTableModel(QObject* parent = nullptr);

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The case's zone: times are shown in it, and the time column's edit value is its clock
    // time held in a Qt::UTC QDateTime (CaseText::wallClock), read back in it. The header says
    // the zone when it differs from the computer's. Default: the computer's zone.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    void setRecords(QList<core::TransactionRecord> records);
    const QList<core::TransactionRecord>& records() const { return m_records; }
    const core::TransactionRecord* recordAt(int row) const;
    int rowOf(qint64 id) const;
    // Explanations of the detector's findings by transaction id.
    void setDuplicateNotes(const QHash<qint64, QString>& notes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // "Payment", "Money received", "Between own accounts".
    static QString directionText(const QString& key);
    static QStringList directionKeys();
    // Minor units in the locale's digits, without the currency: "1,234.50".
    static QString amountText(qint64 minor, const QString& currency);
    // "2026-11-23 12:45:27" in `zone` (default: the system's): seconds matter when two charges
    // are 35 seconds apart, and wallets write times this way.
    static QString timeText(std::optional<qint64> ms, const QTimeZone& zone = {});

signals:
    void errorOccurred(const QString& message);

private:
    // Puts the records in time order, keeping persistent indexes (and so the selection).
    void sortRecords();

    QList<core::TransactionRecord> m_records;
    QHash<qint64, QString> m_duplicateNotes;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    Saver m_saver;
};

} // namespace wc::gui
