// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QtGlobal>

namespace wc::core {

// The source of "now" (UTC epoch milliseconds). Injected so tests, benchmarks and the
// command-line "--now" option can move time without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    // The process-wide real clock.
    static const Clock& system();
};

// A clock that only moves when told to.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 nowMs) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 nowMs) { m_now = nowMs; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace wc::core
