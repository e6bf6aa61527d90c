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

// The system clock moved by a fixed offset, so time keeps flowing from a chosen moment. The app's
// "--now 2026-03-01T09:00" option uses it: a person can watch a reminder fall due without
// waiting a week, while timers, snoozes and "1 hour later" still behave as in real life.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(qint64 offsetMs = 0, const Clock& base = Clock::system())
        : m_base(base), m_offset(offsetMs)
    {
    }
    // A clock that reads `startMs` now and runs on from there.
    static ShiftedClock startingAt(qint64 startMs, const Clock& base = Clock::system())
    {
        return ShiftedClock(startMs - base.nowMs(), base);
    }
    qint64 nowMs() const override { return m_base.nowMs() + m_offset; }
    qint64 offsetMs() const { return m_offset; }

private:
    const Clock& m_base;
    qint64 m_offset;
};

} // namespace wc::core
