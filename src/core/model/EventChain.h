// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>

namespace wc::core {

// The tamper-evident chain of a case's events: each event's hash covers the previous hash and
// the event's own sequence number, time, kind and payload, so the chronology cannot be edited,
// reordered or cut in the middle without the check noticing.
namespace eventchain {

// The previous hash of a case's first event.
QString genesisHash();
QString hashOf(const QString& prevHash, qint64 seq, qint64 at, const QString& kind,
               const QString& payload);
// Checks a case's events, given in sequence order.
struct Check
{
    bool intact = true;
    qint64 firstBrokenSeq = 0;
};
Check verify(const QList<CaseEvent>& events);

} // namespace eventchain
} // namespace wc::core
