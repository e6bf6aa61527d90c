// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace wc::core {

// What kind of failure happened; the GUI and CLI choose their reaction (and exit codes) by it.
enum class ErrorCode {
    Internal,
    InvalidArgument,
    NotFound,
    EmptyFile,      // a zero-byte file where a case file was expected
    NotADatabase,   // random bytes, or some other kind of file
    Truncated,      // a SQLite file cut short
    NotWalletCase,  // a real SQLite database, but not ours
    TooNew,         // written by a newer WalletCase with a higher schema version
    ReadOnly,       // the file or its folder cannot be written
    DiskFull,
    AlreadyOpen,    // another WalletCase window or process holds the file
    Corrupt,        // damaged pages inside an otherwise valid file
    Io,
    Busy,
    MigrationFailed,
    Constraint,
};

// An error as a value: `message` is for the user (translated, says what to do next), `detail` is
// technical context for the log and must not contain personal data.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
};

// Either a value or an Error. Core functions return these instead of throwing, so every caller
// must decide what the user sees.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const& { return std::get<1>(m_state); }
    Error&& error() && { return std::get<1>(std::move(m_state)); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const& { return m_error; }
    Error&& error() && { return std::move(m_error); }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace wc::core

// Propagates an error from an expression returning Result<...> out of the current function.
#define WC_TRY(expr)                                                                               \
    do {                                                                                           \
        if (auto wcTryResult_ = (expr); !wcTryResult_.ok())                                        \
            return std::move(wcTryResult_).error();                                                \
    } while (false)
