// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/CaseTimeZone.h"

#include "followup/EscalationLadder.h"
#include "guidance/ProviderDirectory.h"

#include <QDateTime>
#include <QLocale>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

QByteArray systemId(const QTimeZone& system)
{
    const QByteArray id = system.isValid() ? system.id() : QByteArray();
    return id.isEmpty() ? QByteArray("UTC") : id;
}

bool isUsZone(const QTimeZone& zone)
{
    return zone.isValid() && zone.territory() == QLocale::UnitedStates;
}

bool isEuropeanZone(const QTimeZone& zone)
{
    return zone.isValid() && zone.id().startsWith("Europe/");
}

} // namespace

const ProviderDirectory* CaseTimeZone::shippedDirectory()
{
    // Read once: the zone of a case is asked for on every refresh of its views.
    static const std::unique_ptr<ProviderDirectory> shipped = []() {
        auto loaded = ProviderDirectory::load();
        return loaded ? std::make_unique<ProviderDirectory>(std::move(*loaded)) : nullptr;
    }();
    return shipped.get();
}

QTimeZone CaseTimeZone::zoneFor(const CaseRecord& record)
{
    if (!record.timeZone.isEmpty()) {
        const QTimeZone stored(record.timeZone.toLatin1());
        if (stored.isValid())
            return stored;
    }
    const QTimeZone fallback(defaultZoneId(record));
    return fallback.isValid() ? fallback : QTimeZone::utc();
}

QByteArray CaseTimeZone::zoneIdForRegion(const QString& region, const QTimeZone& system)
{
    const QString r = region.toUpper();
    if (r == u"CN")
        return "Asia/Shanghai";
    if (r == u"US")
        return isUsZone(system) ? systemId(system) : QByteArray("America/New_York");
    if (r == u"UK" || r == u"GB")
        return "Europe/London";
    if (r == u"EU")
        return isEuropeanZone(system) ? systemId(system) : QByteArray("Europe/Paris");
    return systemId(system);
}

QByteArray CaseTimeZone::defaultZoneId(const CaseRecord& record, const ProviderDirectory* directory,
                                       const QTimeZone& system)
{
    if (!directory)
        directory = shippedDirectory();
    QStringList regions;
    if (directory && !record.providerKey.isEmpty()) {
        if (const auto provider = directory->provider(record.providerKey))
            regions = provider->regions;
    }
    if (regions.isEmpty())
        return systemId(system);
    const QString computerRegion = EscalationLadder::regionForTerritory(system.territory());
    return zoneIdForRegion(EscalationLadder::regionFor(regions, computerRegion, record.language),
                           system);
}

QList<QByteArray> CaseTimeZone::commonZoneIds()
{
    return {"Asia/Shanghai",   "Asia/Hong_Kong", "America/New_York",
            "America/Chicago", "America/Denver", "America/Los_Angeles",
            "Europe/London",   "Europe/Paris",   "Europe/Berlin"};
}

QString CaseTimeZone::offsetText(const QTimeZone& zone, qint64 atMs)
{
    const int seconds = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    if (seconds == 0)
        return u"UTC"_s;
    const int minutes = qAbs(seconds) / 60;
    QString text = u"UTC"_s + (seconds < 0 ? u'-' : u'+') + QString::number(minutes / 60);
    if (minutes % 60)
        text += u':' + QString::number(minutes % 60).rightJustified(2, u'0');
    return text;
}

bool CaseTimeZone::differsFromSystem(const QTimeZone& zone, qint64 atMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    return zone.offsetFromUtc(at) != QTimeZone::systemTimeZone().offsetFromUtc(at);
}

} // namespace wc::core
