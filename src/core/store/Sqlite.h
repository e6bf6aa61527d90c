// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace wc::core::sqlite {

// Turns a SQLite result code into an Error whose message tells the user what to do.
Error toError(int sqliteCode, const QString& detail);

// A prepared statement (RAII). Binding indices are 1-based as in SQLite; columns are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& text); // a null QString binds NULL
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, std::optional<qint64> value);
    Statement& bindNull(int index);

    // Runs one step: true with a row available, false when done; an Error on failure.
    Result<bool> step();
    // Runs to completion, for statements that return no rows.
    Result<void> exec();
    // Runs to completion, calling `onRow` for every row.
    Result<void> forEach(const std::function<void(const Statement&)>& onRow);
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    std::optional<qint64> optInt64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// One connection (RAII). Not thread-safe: use it from one thread at a time.
class Database
{
public:
    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // `flags` are SQLITE_OPEN_* flags; SQLITE_OPEN_NOMUTEX is added.
    static Result<Database> open(const QString& path, int flags);

    bool isOpen() const { return m_db != nullptr; }
    void close();
    sqlite3* handle() const { return m_db; }

    Result<void> exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    // Convenience for one-value queries ("PRAGMA user_version", "SELECT count(*) ...").
    Result<qint64> queryInt(const QString& sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorText() const;

    // Transaction nesting depth, kept by Transaction.
    int& transactionDepth() { return m_depth; }

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
    int m_depth = 0;
};

// A scoped write transaction. The outermost one is BEGIN IMMEDIATE (so a writer never meets
// SQLITE_BUSY half-way), inner ones are savepoints. Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // The error from starting the transaction, if any; check before doing work.
    const Result<void>& begun() const { return m_begun; }
    Result<void> commit();

private:
    Database& m_db;
    Result<void> m_begun;
    int m_level = 0;
    bool m_active = false;
};

} // namespace wc::core::sqlite
