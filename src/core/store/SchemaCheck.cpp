// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/SchemaCheck.h"

#include "store/Schema.h"

#include <QHash>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

struct Column
{
    QString type;
    bool notNull = false;
    int pk = 0;
};

struct Structure
{
    QHash<QString, QString> objects;               // name → type (table, index, trigger, view)
    QHash<QString, QList<std::pair<QString, Column>>> columns; // table → columns in order
};

Result<Structure> structureOf(sqlite::Database& db)
{
    Structure out;
    auto objects = db.prepare(u"SELECT name, type FROM sqlite_schema "
                              u"WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    if (!objects)
        return std::move(objects).error();
    WC_TRY(objects->forEach([&](const sqlite::Statement& row) {
        out.objects.insert(row.text(0), row.text(1));
    }));
    for (auto it = out.objects.cbegin(); it != out.objects.cend(); ++it) {
        if (it.value() != u"table"_s)
            continue;
        auto info = db.prepare(u"SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1)"_s);
        if (!info)
            return std::move(info).error();
        info->bind(1, it.key());
        QList<std::pair<QString, Column>> columns;
        WC_TRY(info->forEach([&](const sqlite::Statement& row) {
            columns.append({row.text(0), Column{row.text(1).toUpper(), row.int64(2) != 0,
                                                int(row.int64(3))}});
        }));
        out.columns.insert(it.key(), columns);
    }
    return out;
}

Result<Structure> expectedStructure()
{
    auto db = sqlite::Database::open(u":memory:"_s, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return std::move(db).error();
    for (const auto& step : schema::migrations())
        WC_TRY(step.apply(*db));
    return structureOf(*db);
}

QString kindName(const QString& type)
{
    if (type == u"table"_s)
        return SchemaCheck::tr("table");
    if (type == u"index"_s)
        return SchemaCheck::tr("index");
    if (type == u"trigger"_s)
        return SchemaCheck::tr("trigger");
    return SchemaCheck::tr("view");
}

} // namespace

Result<QStringList> SchemaCheck::problems(sqlite::Database& db)
{
    auto expected = expectedStructure();
    if (!expected)
        return std::move(expected).error();
    auto actual = structureOf(db);
    if (!actual)
        return std::move(actual).error();

    QStringList out;
    QStringList names = expected->objects.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const QString type = expected->objects.value(name);
        const auto found = actual->objects.constFind(name);
        if (found == actual->objects.cend() || *found != type) {
            out << tr("The %1 “%2” is missing from the file.").arg(kindName(type), name);
            continue;
        }
        if (type != u"table"_s)
            continue;
        const auto& want = expected->columns.value(name);
        const auto& have = actual->columns.value(name);
        for (const auto& [column, spec] : want) {
            // Named in the capture: clang before 16 cannot capture a structured binding.
            const auto match =
                std::find_if(have.cbegin(), have.cend(),
                             [&wanted = column](const auto& c) { return c.first == wanted; });
            if (match == have.cend()) {
                out << tr("The column “%1” of the table “%2” is missing.").arg(column, name);
            } else if (match->second.type != spec.type || match->second.notNull != spec.notNull
                       || match->second.pk != spec.pk) {
                out << tr("The column “%1” of the table “%2” has been changed (%3 instead of %4).")
                           .arg(column, name,
                                match->second.type.isEmpty() ? u"ANY"_s : match->second.type,
                                spec.type.isEmpty() ? u"ANY"_s : spec.type);
            }
        }
    }
    QStringList extra = actual->objects.keys();
    extra.sort();
    for (const QString& name : std::as_const(extra)) {
        const QString type = actual->objects.value(name);
        // Extra tables or indexes are harmless to the app; a trigger or view it did not make
        // could change or expose data behind its back.
        if (!expected->objects.contains(name) && (type == u"trigger"_s || type == u"view"_s))
            out << tr("The file holds a %1 “%2” that WalletCase did not make.")
                       .arg(kindName(type), name);
    }

    // FTS5 checks its own index against its content; SQLite's integrity_check does not look
    // inside it.
    for (const char* table : {"case_fts", "case_fts_short"}) {
        const QString name = QString::fromLatin1(table);
        if (!actual->objects.contains(name))
            continue;
        if (auto checked =
                db.exec(u"INSERT INTO %1(%1) VALUES('integrity-check')"_s.arg(name));
            !checked)
            out << tr("The search index “%1” is damaged; searching may miss cases.").arg(name);
    }
    return out;
}

} // namespace wc::core
