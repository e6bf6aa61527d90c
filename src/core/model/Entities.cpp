// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "model/Entities.h"

namespace wc::core {

bool isClosedStatus(const QString& s)
{
    return s == status::Resolved || s == status::ClosedUnresolved;
}

bool isKnownStatus(const QString& s)
{
    for (QLatin1String known : {status::Draft, status::Ready, status::Sent, status::AwaitingReply,
                                status::Escalated, status::Resolved, status::ClosedUnresolved}) {
        if (s == known)
            return true;
    }
    return false;
}

bool isKnownFamily(const QString& f)
{
    return f == family::Transaction || f == family::Security || f == family::Service;
}

} // namespace wc::core
