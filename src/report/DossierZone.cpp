// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// How the dossier writes times: in the case's one zone, named once on the cover, in every
// table's time column, and next to each time where the zone changes its clocks.
#include "guidance/CaseTimeZone.h"
#include "report/DossierSections.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

// The abbreviation an English reader knows the zone by at `epochMs` ("PST"); empty in Chinese
// and where ICU has none (it spells those "GMT-8").
QString shortName(const QTimeZone& zone, qint64 epochMs, bool chinese)
{
    if (chinese)
        return {};
    const QString name = zone.displayName(QDateTime::fromMSecsSinceEpoch(epochMs, zone),
                                          QTimeZone::ShortName,
                                          QLocale(QLocale::English, QLocale::UnitedStates));
    return name.startsWith(u"GMT"_s) ? QString() : name;
}

} // namespace

QString DossierSections::when(qint64 epochMs) const
{
    const QString time = m_t.dateTime(epochMs, m_options.zone);
    if (!m_daylight)
        return time;
    QString name = shortName(m_options.zone, epochMs, m_t.chinese());
    if (name.isEmpty()) // an offset from UTC reads better than "GMT-8"
        name = core::CaseTimeZone::offsetText(m_options.zone, epochMs);
    return time + u' ' + name;
}

QString DossierSections::exportedAt() const
{
    const qint64 at = m_options.exportedAt;
    if (m_daylight)
        return when(at);
    return m_t(DossierText::ZoneInHeader)
        .arg(m_t.dateTime(at, m_options.zone), core::CaseTimeZone::offsetText(m_options.zone, at));
}

QString DossierSections::day(qint64 epochMs) const
{
    return m_t.date(epochMs, m_options.zone);
}

QString DossierSections::timeHeader(DossierText::Key key) const
{
    if (m_daylight)
        return m_t(key); // each time carries its own zone
    return m_t(DossierText::ZoneInHeader)
        .arg(m_t(key), core::CaseTimeZone::offsetText(m_options.zone, m_options.exportedAt));
}

QString DossierSections::zoneStatement() const
{
    const QTimeZone& zone = m_options.zone;
    const QLocale locale = m_t.chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                         : QLocale(QLocale::English, QLocale::UnitedStates);
    const qint64 at = m_options.exportedAt;
    if (!m_daylight && zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at)) == 0
        && !zone.id().contains("/"))
        return m_t(DossierText::TimesInUtc);
    if (!m_daylight) {
        QString name = zone.displayName(QTimeZone::StandardTime, QTimeZone::LongName, locale);
        if (name.isEmpty())
            name = QString::fromUtf8(zone.id());
        return m_t(DossierText::TimesInZone)
            .arg(name, core::CaseTimeZone::offsetText(zone, at));
    }
    // Both offsets of the year: mid-January and mid-July lie in different seasons everywhere.
    const int year = QDateTime::fromMSecsSinceEpoch(at, zone).date().year();
    qint64 standard = QDateTime(QDate(year, 1, 15), QTime(12, 0), zone).toMSecsSinceEpoch();
    qint64 daylight = QDateTime(QDate(year, 7, 15), QTime(12, 0), zone).toMSecsSinceEpoch();
    if (zone.isDaylightTime(QDateTime::fromMSecsSinceEpoch(standard, zone)))
        std::swap(standard, daylight);
    // The abbreviation each time carries ("PST") is introduced here with its offset, so the
    // zone's id, its name and the times' tags read as one zone.
    const auto tag = [&](qint64 ms) {
        const QString offset = core::CaseTimeZone::offsetText(zone, ms);
        const QString name = shortName(zone, ms, m_t.chinese());
        return name.isEmpty() ? offset : name + u", "_s + offset;
    };
    return m_t(DossierText::TimesInZoneDaylight)
        .arg(QString::fromUtf8(zone.id()),
             zone.displayName(QTimeZone::StandardTime, QTimeZone::LongName, locale), tag(standard),
             zone.displayName(QTimeZone::DaylightTime, QTimeZone::LongName, locale),
             tag(daylight));
}

} // namespace wc::report
