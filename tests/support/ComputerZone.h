// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <time.h>

namespace wc::test {

// The computer's time zone for the length of a scope ("America/New_York"), restored however the
// test ends; cases keep their own zone, so a test can see which of the two a view uses.
class ComputerZone
{
public:
    explicit ComputerZone(const char* zone)
        : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ComputerZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    ComputerZone(const ComputerZone&) = delete;
    ComputerZone& operator=(const ComputerZone&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace wc::test
