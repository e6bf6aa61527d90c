// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "util/Clock.h"

#include <QDateTime>

namespace wc::core {

namespace {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace wc::core
