// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/Statement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace wc::core {

struct DuplicateOptions
{
    // Charges further apart than this are separate purchases, however alike.
    qint64 windowMs = 10 * 60 * 1000;
    // The zone of the ISO times in `explanation` (files, logs and the command line's JSON);
    // a view writes its own times with DuplicateGroup::explain.
    QTimeZone displayZone = QTimeZone::utc();
};

// Payments that look like one charge taken more than once.
struct DuplicateGroup
{
    QList<int> rows;    // indexes into the rows given to find(), oldest first
    QList<int> refunds; // later refunds of the same amount from the same counterparty
    QString counterparty;
    qint64 amountMinor = 0;
    QString currency;
    qint64 firstAt = 0; // UTC ms
    qint64 lastAt = 0;
    qint64 firstRefundAt = 0; // UTC ms; 0 without refunds
    // Every payment has a reference of its own: then the explanation says so (it said it of
    // rows typed in by hand with none).
    bool ownReferences = false;
    // Translated sentences with the amount and ISO times in DuplicateOptions::displayZone, for
    // the command line's JSON; a view shows explain() with its own date-time format.
    QString explanation;
    QString suggestedSubtype = QStringLiteral("duplicate_charge"); // the case type to open

    // The translated sentences for the user, each time written by `writeTime` (epoch ms to text:
    // the GUI gives its locale's date-time in the case's zone).
    // `writeMoney` writes the amount as the view writes money (the window's "¥28.16" in the
    // Chinese interface); without it, core::Money's digits and the code ("28.16 CNY").
    QString explain(const std::function<QString(qint64)>& writeTime,
                    const std::function<QString(qint64, const QString&)>& writeMoney = {}) const;

    // What was taken beyond the one payment that was meant.
    qint64 excessMinor() const { return amountMinor * (rows.size() - 1); }
};

// Finds likely duplicate charges in a statement: outgoing payments that went through, to the
// same counterparty, for the same amount and currency, each within `windowMs` of the one before,
// under different references. Income, refunds, transfers between the user's own accounts and
// failed or closed payments never count; neither does one transaction listed twice (same
// reference), nor the same amount to another merchant, nor a monthly subscription.
class DuplicateDetector
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::DuplicateDetector)

public:
    // Groups in time order.
    static QList<DuplicateGroup> find(const QList<StatementRow>& rows,
                                      const DuplicateOptions& options = {});
    // Transactions entered by hand or stored, as rows find() takes, in their direction
    // (TransactionRecord::direction); no money moved when the status says so.
    static QList<StatementRow> rowsFromRecords(const QList<TransactionRecord>& records);
};

} // namespace wc::core
