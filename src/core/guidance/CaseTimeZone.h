// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace wc::core {

class ProviderDirectory;

// The one time zone of a case (CaseRecord::timeZone, an IANA id): every time the app shows or
// writes for the case is in it, and times the user types are read in it, so "14:32" means the
// same instant in the form, the transactions table, the dossier and every letter. A new case gets
// its provider's region's zone; the user may change it (which re-displays the same instants).
class CaseTimeZone
{
public:
    // The zone a case's times are in: its stored zone when that is a valid IANA id, else the
    // default for its provider in the shipped directory (defaultZoneId), else the computer's
    // zone. Never invalid.
    static QTimeZone zoneFor(const CaseRecord& record);

    // The zone a case gets when it is created (or read from a file or bundle that had none):
    // from its provider's region in `directory` (CN → Asia/Shanghai; US → the computer's zone
    // when it is a US zone, else America/New_York; UK → Europe/London; EU → the computer's zone
    // when it is European, else Europe/Paris). A provider in several regions takes the
    // computer's region when it serves it, else CN for a Chinese case it serves, else its first
    // region (EscalationLadder::regionFor). An unknown provider, or one with no region: the
    // computer's zone. `directory` may be null (the shipped directory is used).
    static QByteArray defaultZoneId(const CaseRecord& record,
                                    const ProviderDirectory* directory = nullptr,
                                    const QTimeZone& system = QTimeZone::systemTimeZone());
    // The zone for a region (CN, US, UK or GB, EU); the computer's zone for any other.
    static QByteArray zoneIdForRegion(const QString& region,
                                      const QTimeZone& system = QTimeZone::systemTimeZone());

    // The zones a picker offers first: mainland China and Hong Kong, the four main US zones,
    // London, Paris, Berlin.
    static QList<QByteArray> commonZoneIds();

    // "UTC+8", "UTC-5", "UTC+5:30", "UTC" — the zone's offset at `atMs`, in any language.
    static QString offsetText(const QTimeZone& zone, qint64 atMs);
    // True when `zone` and the computer's zone give different wall-clock times at `atMs`, so a
    // time shown without its zone could be misread.
    static bool differsFromSystem(const QTimeZone& zone, qint64 atMs);

    // The directory shipped in the application, read once; null if it cannot be read.
    static const ProviderDirectory* shippedDirectory();
};

} // namespace wc::core
