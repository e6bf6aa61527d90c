// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wc::core {

// One row of the case list: what the list view shows, without loading whole cases.
struct CaseListRow
{
    qint64 id = 0;
    QString title;
    QString providerKey;
    QString providerName;
    QString family;
    QString subtype;
    QString status;
    int urgency = 1;
    std::optional<qint64> nextFollowUpAt;
    std::optional<qint64> amountMinor;
    QString currency;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // What CaseTimeZone::zoneFor needs (with providerKey) to show the row's times in the case's
    // zone, as the case pane does.
    QString timeZone;
    QString language;
};

enum class CaseSort {
    Urgency,     // default: open security cases first, then by next follow-up date, then id
    Title,
    Provider,
    Problem,     // family, subtype
    Status,
    NextFollowUp,
    Amount,
    Created,
    Updated,
};

// A page of the case list. Paging is by key (the last row of the previous page), so the cost of
// a page does not grow with how far down the list it is or with the number of cases.
struct CaseListQuery
{
    QString status;      // empty: any
    QString providerKey; // empty: any
    QString family;      // empty: any
    bool openOnly = false;
    // Only these cases (search hits, for instance); none: every case. An empty list matches none.
    std::optional<QList<qint64>> ids;
    CaseSort sort = CaseSort::Urgency;
    bool descending = false;
    int limit = 100;
    // Continue after this row (the last row of the previous page); none for the first page.
    std::optional<CaseListRow> after;
};

// A provider that cases in the file name, for the case list's provider filter.
struct ProviderInUse
{
    QString key;
    QString name; // as stored on one of its cases (may be empty)
    int caseCount = 0;
};

struct CasePage
{
    QList<CaseListRow> rows;
    bool hasMore = false;
};

} // namespace wc::core
