// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/Sqlite.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::sqlite {

namespace {
// Gives the messages below one translation context that lupdate can see.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::Sqlite)
};
} // namespace

Error toError(int code, const QString& detail)
{
    const QString technical = detail + u" (sqlite "_s + QString::number(code) + u": "_s
        + QString::fromUtf8(sqlite3_errstr(code)) + u')';
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull,
                Messages::tr("The disk is full, so the last change could not be saved. Free some space and "
                   "try again; everything saved before is still in the case file."),
                technical};
    case SQLITE_READONLY:
        return {ErrorCode::ReadOnly,
                Messages::tr("The case file cannot be written (it or its folder is read-only). Copy it to a "
                   "folder you can write to, or change its permissions."),
                technical};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt,
                Messages::tr("The case file is damaged. Restore the newest good backup, or open another "
                   "case file."),
                technical};
    case SQLITE_NOTADB:
        return {ErrorCode::NotADatabase,
                Messages::tr("This file is not a WalletCase case file (it is not a database at all)."),
                technical};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy,
                Messages::tr("The case file is busy in another program. Close it there and try again."),
                technical};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Constraint,
                Messages::tr("The change was refused because it conflicts with data already saved."),
                technical};
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return {ErrorCode::Io,
                Messages::tr("The case file could not be opened. Check that the file and its folder exist "
                   "and that you may read and write them."),
                technical};
    case SQLITE_IOERR:
        return {ErrorCode::Io,
                Messages::tr("Reading or writing the case file failed (a disk or file system error). Check "
                   "the disk and try again."),
                technical};
    default:
        return {ErrorCode::Internal,
                Messages::tr("An unexpected database error occurred. Please try again; if it keeps "
                   "happening, report it with the log file."),
                technical};
    }
}

// ---------------------------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                        SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::optional<qint64> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return toError(sqlite3_extended_errcode(m_db),
                   u"step: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<void> Statement::exec()
{
    for (;;) {
        auto more = step();
        if (!more)
            return std::move(more).error();
        if (!*more)
            return {};
    }
}

Result<void> Statement::forEach(const std::function<void(const Statement&)>& onRow)
{
    for (;;) {
        auto more = step();
        if (!more)
            return std::move(more).error();
        if (!*more)
            return {};
        onRow(*this);
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::optional<qint64> Statement::optInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return size == 0 && !isNull(column) ? QByteArray("") : QByteArray();
    return QByteArray(static_cast<const char*>(data), size);
}

// ---------------------------------------------------------------------------------------------

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_depth(std::exchange(other.m_depth, 0))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_depth = std::exchange(other.m_depth, 0);
    }
    return *this;
}

Database::~Database() { close(); }

Result<Database> Database::open(const QString& path, int flags)
{
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const int ext = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        return toError(ext, u"open"_s);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

void Database::close()
{
    if (m_db) {
        // close_v2 defers the close until any forgotten statement is finalized, never leaks.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = u"exec: "_s + QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return toError(sqlite3_extended_errcode(m_db), detail);
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return toError(sqlite3_extended_errcode(m_db),
                       u"prepare: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Statement(m_db, stmt);
}

Result<qint64> Database::queryInt(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::move(stmt).error();
    auto row = stmt->step();
    if (!row)
        return std::move(row).error();
    return *row ? stmt->int64(0) : 0;
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

QString Database::lastErrorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

// ---------------------------------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(db)
{
    m_level = m_db.transactionDepth();
    m_begun = m_level == 0 ? m_db.exec(u"BEGIN IMMEDIATE"_s)
                           : m_db.exec(u"SAVEPOINT wc_sp"_s + QString::number(m_level));
    if (m_begun.ok()) {
        m_active = true;
        ++m_db.transactionDepth();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --m_db.transactionDepth();
    if (m_level == 0) {
        (void)m_db.exec(u"ROLLBACK"_s);
    } else {
        const QString name = u"wc_sp"_s + QString::number(m_level);
        (void)m_db.exec(u"ROLLBACK TO "_s + name);
        (void)m_db.exec(u"RELEASE "_s + name);
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? Result<void>(Error{ErrorCode::Internal, Messages::tr("Nothing to commit."),
                                                 u"commit twice"_s})
                            : m_begun;
    auto result = m_level == 0 ? m_db.exec(u"COMMIT"_s)
                               : m_db.exec(u"RELEASE wc_sp"_s + QString::number(m_level));
    if (result.ok()) {
        m_active = false;
        --m_db.transactionDepth();
    }
    // On failure the destructor rolls back, so a half-written change never stays behind.
    return result;
}

} // namespace wc::core::sqlite
