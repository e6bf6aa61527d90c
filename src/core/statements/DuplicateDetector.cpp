// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/DuplicateDetector.h"

#include "model/Money.h"
#include "statements/StatementValues.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

// The same payee however the statement spaced or cased it ("Ｍｅｉｔｕａｎ  美团" = "meituan
// 美团").
QString payeeKey(const QString& counterparty)
{
    return statement::headerKey(counterparty);
}

struct Payment
{
    int payee;
    int currency;
    qint64 amount;
    qint64 at;
    int row;

    bool sameAs(const Payment& o) const
    {
        return payee == o.payee && currency == o.currency && amount == o.amount;
    }
    bool operator<(const Payment& o) const
    {
        return std::tie(payee, currency, amount, at, row) <
               std::tie(o.payee, o.currency, o.amount, o.at, o.row);
    }
};

QString timeText(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

QString DuplicateGroup::explain(const std::function<QString(qint64)>& writeTime,
                               const std::function<QString(qint64, const QString&)>& writeMoney) const
{
    const QString amount = writeMoney ? writeMoney(amountMinor, currency)
                                      : Money::format(amountMinor, currency) + u' ' + currency;
    const qint64 seconds = (lastAt - firstAt) / 1000;
    QString span;
    if (seconds < 60)
        span = seconds == 1 ? DuplicateDetector::tr("1 second")
                            : DuplicateDetector::tr("%1 seconds").arg(seconds);
    else if (const qint64 minutes = (seconds + 30) / 60; minutes == 1)
        span = DuplicateDetector::tr("1 minute");
    else
        span = DuplicateDetector::tr("%1 minutes").arg(minutes);
    QString text =
        (ownReferences
             ? DuplicateDetector::tr(
                   "%1 payments of %2 to %3 within %4, the first at %5 and the last at %6, "
                   "each under its own reference. The same amount to the same payee this close "
                   "together is likely a duplicate charge.")
             : DuplicateDetector::tr(
                   "%1 payments of %2 to %3 within %4, the first at %5 and the last at %6. The "
                   "same amount to the same payee this close together is likely a duplicate "
                   "charge."))
            .arg(rows.size())
            .arg(amount, counterparty, span, writeTime(firstAt), writeTime(lastAt));
    if (!refunds.isEmpty()) {
        const QString refundAt = writeTime(firstRefundAt);
        text += u' '
            + (refunds.size() == 1
                   ? DuplicateDetector::tr("A refund of %1 from the same payee followed at %2; "
                                           "check whether it settles the duplicate.")
                         .arg(amount, refundAt)
                   : DuplicateDetector::tr("%1 refunds of %2 from the same payee followed, the "
                                           "first at %3; check whether they settle the "
                                           "duplicate.")
                         .arg(refunds.size())
                         .arg(amount, refundAt));
    }
    return text;
}

QList<StatementRow> DuplicateDetector::rowsFromRecords(const QList<TransactionRecord>& records)
{
    QList<StatementRow> rows;
    rows.reserve(records.size());
    for (const TransactionRecord& r : records) {
        StatementRow row;
        row.record = r;
        row.flow = r.direction == direction::In        ? MoneyFlow::In
                   : r.direction == direction::Neutral ? MoneyFlow::Neutral
                                                       : MoneyFlow::Out;
        // As in a statement: a refund that says "refunded in full" (已全额退款) arrived.
        const bool refund = row.flow == MoneyFlow::In &&
                            (r.status.contains(u"退款") ||
                             r.status.contains(u"refund", Qt::CaseInsensitive));
        row.moneyMoved = refund || !statement::statusMeansNoMoneyMoved(r.status);
        rows << row;
    }
    return rows;
}

QList<DuplicateGroup> DuplicateDetector::find(const QList<StatementRow>& rows,
                                              const DuplicateOptions& options)
{
    // Payees and currencies as small numbers, then one sort brings alike payments together in
    // time order: cheap for 100,000 rows, unlike a hash keyed by text.
    QHash<QString, int> payees;
    QHash<QString, int> currencies;
    const auto idOf = [](QHash<QString, int>& ids, const QString& key) {
        auto it = ids.constFind(key);
        if (it == ids.cend())
            it = ids.insert(key, int(ids.size()));
        return *it;
    };
    QHash<QString, int> payeeIds; // raw counterparty text → id of its normalized form
    QList<Payment> charges;
    QList<Payment> refunds;
    for (int i = 0; i < rows.size(); ++i) {
        const StatementRow& row = rows.at(i);
        const TransactionRecord& r = row.record;
        if (!r.occurredAt || r.amountMinor <= 0 || !row.moneyMoved ||
            (row.flow != MoneyFlow::Out && row.flow != MoneyFlow::In))
            continue;
        auto known = payeeIds.constFind(r.counterparty);
        if (known == payeeIds.cend()) {
            const QString key = payeeKey(r.counterparty);
            known = payeeIds.insert(r.counterparty, key.isEmpty() ? -1 : idOf(payees, key));
        }
        if (*known < 0)
            continue;
        const Payment p{*known, idOf(currencies, r.currency.toUpper()), r.amountMinor,
                        *r.occurredAt, i};
        (row.flow == MoneyFlow::Out ? charges : refunds) << p;
    }
    std::sort(charges.begin(), charges.end());
    std::sort(refunds.begin(), refunds.end());

    QList<DuplicateGroup> groups;
    qsizetype start = 0;
    while (start < charges.size()) {
        // A run of alike charges, each within the window of the one before.
        qsizetype end = start + 1;
        while (end < charges.size() && charges.at(end).sameAs(charges.at(start)) &&
               charges.at(end).at - charges.at(end - 1).at <= options.windowMs)
            ++end;
        DuplicateGroup group;
        if (end - start >= 2) {
            QSet<QString> references;
            for (qsizetype k = start; k < end; ++k) {
                const QString& reference = rows.at(charges.at(k).row).record.reference;
                // The same reference twice is one payment listed twice, not two payments.
                if (!reference.isEmpty() && references.contains(reference))
                    continue;
                references.insert(reference);
                group.rows << charges.at(k).row;
            }
        }
        const Payment first = charges.at(start);
        start = end;
        if (group.rows.size() < 2)
            continue;
        const TransactionRecord& record = rows.at(first.row).record;
        group.counterparty = record.counterparty;
        group.amountMinor = record.amountMinor;
        group.currency = record.currency;
        group.firstAt = first.at;
        group.lastAt = *rows.at(group.rows.last()).record.occurredAt;
        group.ownReferences = std::all_of(group.rows.cbegin(), group.rows.cend(), [&rows](int r) {
            return !rows.at(r).record.reference.isEmpty();
        });
        const Payment from{first.payee, first.currency, first.amount, first.at, -1};
        for (auto it = std::lower_bound(refunds.cbegin(), refunds.cend(), from);
             it != refunds.cend() && it->sameAs(first); ++it)
            group.refunds << it->row;
        groups << group;
    }
    std::sort(groups.begin(), groups.end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
        return a.firstAt != b.firstAt ? a.firstAt < b.firstAt : a.rows.first() < b.rows.first();
    });

    for (DuplicateGroup& g : groups) {
        if (!g.refunds.isEmpty())
            g.firstRefundAt = *rows.at(g.refunds.first()).record.occurredAt;
        g.explanation =
            g.explain([&options](qint64 ms) { return timeText(ms, options.displayZone); });
    }
    return groups;
}

} // namespace wc::core
