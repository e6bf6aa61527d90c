// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Keyset paging: a page is "the next `limit` rows after this key" in the sort's index order, so
// page 1,000 costs what page 1 costs and rows inserted meanwhile neither repeat nor vanish.
#include "store/CaseList.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::caselist {

namespace {

using KeyValue = std::variant<qint64, QString>;

// One column of a sort key: its SQL expression, written exactly as in the schema's index for
// that order (SQLite matches index expressions textually), and its value in a listed row.
struct KeyPart
{
    const char16_t* sql;
    KeyValue (*value)(const CaseListRow&);
};

// The "no follow-up" value of cases_by_urgency & co.: such cases sort after every dated one.
constexpr qint64 kNoFollowUp = std::numeric_limits<qint64>::max();

const KeyPart kId{u"id", [](const CaseListRow& r) -> KeyValue { return r.id; }};
const KeyPart kUrgency{u"urgency", [](const CaseListRow& r) -> KeyValue { return r.urgency; }};
const KeyPart kFollowUp{u"ifnull(next_followup_at, 9223372036854775807)",
                        [](const CaseListRow& r) -> KeyValue {
                            return r.nextFollowUpAt.value_or(kNoFollowUp);
                        }};

// Status, provider and problem group the list and keep the default order inside each group,
// which lets the filtered and grouped orders share the same indexes.
QList<KeyPart> keyFor(CaseSort sort)
{
    switch (sort) {
    case CaseSort::Urgency:
        break;
    case CaseSort::Title:
        return {{u"title COLLATE NOCASE", [](const CaseListRow& r) -> KeyValue { return r.title; }},
                kId};
    case CaseSort::Provider:
        return {{u"provider_key", [](const CaseListRow& r) -> KeyValue { return r.providerKey; }},
                kUrgency, kFollowUp, kId};
    case CaseSort::Problem:
        return {{u"family", [](const CaseListRow& r) -> KeyValue { return r.family; }},
                {u"subtype", [](const CaseListRow& r) -> KeyValue { return r.subtype; }},
                kUrgency, kFollowUp, kId};
    case CaseSort::Status:
        return {{u"status", [](const CaseListRow& r) -> KeyValue { return r.status; }}, kUrgency,
                kFollowUp, kId};
    case CaseSort::NextFollowUp:
        return {kFollowUp, kId};
    case CaseSort::Amount:
        // No amount sorts before every amount (amounts are not negative).
        return {{u"ifnull(amount_minor, -1)",
                 [](const CaseListRow& r) -> KeyValue { return r.amountMinor.value_or(-1); }},
                kId};
    case CaseSort::Created:
        return {{u"created_at", [](const CaseListRow& r) -> KeyValue { return r.createdAt; }},
                kId};
    case CaseSort::Updated:
        return {{u"updated_at", [](const CaseListRow& r) -> KeyValue { return r.updatedAt; }},
                kId};
    }
    return {kUrgency, kFollowUp, kId};
}

CaseListRow readRow(const sqlite::Statement& s)
{
    CaseListRow r;
    r.id = s.int64(0);
    r.title = s.text(1);
    r.providerKey = s.text(2);
    r.providerName = s.text(3);
    r.family = s.text(4);
    r.subtype = s.text(5);
    r.status = s.text(6);
    r.urgency = int(s.int64(7));
    r.nextFollowUpAt = s.optInt64(8);
    r.amountMinor = s.optInt64(9);
    r.currency = s.text(10);
    r.createdAt = s.int64(11);
    r.updatedAt = s.int64(12);
    r.timeZone = s.text(13);
    r.language = s.text(14);
    return r;
}

} // namespace

QString pageSql(const CaseListQuery& query)
{
    const QList<KeyPart> key = keyFor(query.sort);
    QStringList where;
    int param = 0;
    if (!query.status.isEmpty())
        where << u"status = ?"_s + QString::number(++param);
    if (!query.providerKey.isEmpty())
        where << u"provider_key = ?"_s + QString::number(++param);
    if (!query.family.isEmpty())
        where << u"family = ?"_s + QString::number(++param);
    if (query.ids) // one JSON array parameter, however many ids
        where << u"id IN (SELECT value FROM json_each(?"_s + QString::number(++param) + u"))"_s;
    if (query.openOnly)
        where << u"urgency < 2"_s;
    QStringList columns;
    QStringList order;
    for (const KeyPart& part : key) {
        columns << QString::fromUtf16(part.sql);
        order << QString::fromUtf16(part.sql) + (query.descending ? u" DESC"_s : QString());
    }
    if (query.after) {
        QStringList values;
        for (qsizetype i = 0; i < key.size(); ++i)
            values << u"?"_s + QString::number(++param);
        where << u"("_s + columns.join(u", "_s) + (query.descending ? u") < ("_s : u") > ("_s)
                + values.join(u", "_s) + u')';
    }
    return u"SELECT id, title, provider_key, provider_name, family, subtype, status, urgency,"
           u" next_followup_at, amount_minor, currency, created_at, updated_at, time_zone, language"
           u" FROM cases"_s
        + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) + u" ORDER BY "_s
        + order.join(u", "_s) + u" LIMIT ?"_s + QString::number(++param);
}

Result<CasePage> queryPage(sqlite::Database& db, const CaseListQuery& query)
{
    // One extra row tells whether another page follows without a count(*).
    const int limit = qBound(1, query.limit, 100'000);
    auto stmt = db.prepare(pageSql(query));
    if (!stmt)
        return std::move(stmt).error();
    int param = 0;
    for (const QString* filter : {&query.status, &query.providerKey, &query.family}) {
        if (!filter->isEmpty())
            stmt->bind(++param, *filter);
    }
    if (query.ids) {
        QJsonArray ids;
        for (qint64 id : *query.ids)
            ids.append(id);
        stmt->bind(++param, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    if (query.after) {
        for (const KeyPart& part : keyFor(query.sort)) {
            const KeyValue v = part.value(*query.after);
            if (const auto* number = std::get_if<qint64>(&v))
                stmt->bind(++param, *number);
            else // never NULL: a NULL in a row-value comparison would end the list here
                stmt->bind(++param, std::get<QString>(v).isNull() ? u""_s : std::get<QString>(v));
        }
    }
    stmt->bind(++param, limit + 1);

    CasePage page;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::move(row).error();
        if (!*row)
            break;
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.rows << readRow(*stmt);
    }
    return page;
}

Result<QList<ProviderInUse>> providersInUse(sqlite::Database& db)
{
    // Counted on cases_by_provider alone (it covers provider_key), then one row read per
    // provider for a name: max(provider_name) over the group read every case's row, which
    // grew with the file before the window's first frame (issue 13 §1).
    auto stmt = db.prepare(
        u"SELECT g.provider_key,"
        u" ifnull((SELECT c.provider_name FROM cases c"
        u"         WHERE c.provider_key = g.provider_key AND c.provider_name <> '' LIMIT 1), ''),"
        u" g.cases"
        u" FROM (SELECT provider_key, count(*) AS cases FROM cases"
        u"       WHERE provider_key <> '' GROUP BY provider_key) AS g"
        u" ORDER BY g.provider_key"_s);
    if (!stmt)
        return std::move(stmt).error();
    QList<ProviderInUse> providers;
    auto read = stmt->forEach([&](const sqlite::Statement& s) {
        providers << ProviderInUse{s.text(0), s.text(1), int(s.int64(2))};
    });
    if (!read)
        return std::move(read).error();
    return providers;
}

} // namespace wc::core::caselist
