// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseZoneCombo.h"

#include "guidance/CaseTimeZone.h"

#include <QCompleter>
#include <QDateTime>
#include <QHash>
#include <QKeyEvent>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// "Los Angeles (Pacific Time, UTC-8)", "洛杉矶" where Qt has no name for the city: the place
// people know, the zone's name in the UI language, and the offset it has now. The raw IANA id
// (America/Los_Angeles) stays the item's data and its tooltip.
// The cities of the zones the providers' regions use, as a Chinese reader knows them: Qt gives
// no city names, and "Shanghai（中国时间，UTC+8）" stood in the Chinese Overview. Others keep the
// id's English name.
QString chineseCity(const QByteArray& id)
{
    static const QHash<QByteArray, QString> cities = {
        {"Asia/Shanghai", u"上海"_s},       {"Asia/Hong_Kong", u"香港"_s},
        {"Asia/Macau", u"澳门"_s},          {"Asia/Taipei", u"台北"_s},
        {"Asia/Singapore", u"新加坡"_s},    {"Asia/Tokyo", u"东京"_s},
        {"Asia/Seoul", u"首尔"_s},          {"Asia/Urumqi", u"乌鲁木齐"_s},
        {"America/New_York", u"纽约"_s},    {"America/Chicago", u"芝加哥"_s},
        {"America/Denver", u"丹佛"_s},      {"America/Phoenix", u"凤凰城"_s},
        {"America/Los_Angeles", u"洛杉矶"_s}, {"America/Anchorage", u"安克雷奇"_s},
        {"Pacific/Honolulu", u"檀香山"_s},  {"America/Toronto", u"多伦多"_s},
        {"America/Vancouver", u"温哥华"_s}, {"Europe/London", u"伦敦"_s},
        {"Europe/Paris", u"巴黎"_s},        {"Europe/Berlin", u"柏林"_s},
        {"Europe/Amsterdam", u"阿姆斯特丹"_s}, {"Europe/Madrid", u"马德里"_s},
        {"Europe/Rome", u"罗马"_s},         {"Australia/Sydney", u"悉尼"_s},
        {"Australia/Melbourne", u"墨尔本"_s},
    };
    return cities.value(id);
}

QString zoneLabel(const QByteArray& id)
{
    const QTimeZone zone(id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString offset = core::CaseTimeZone::offsetText(zone, now);
    QString city = QLocale().language() == QLocale::Chinese ? chineseCity(id) : QString();
    if (city.isEmpty())
        city = QString::fromLatin1(id).section(u'/', -1).replace(u'_', u' ');
    QString name = zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName, QLocale());
    // Qt 6.4 answers the generic name with the standard one ("Pacific Standard Time"), wrong
    // half the year where the clocks change: the zone's name for the whole year reads right.
    if (zone.hasDaylightTime()) {
        name.replace(u" Standard Time"_s, u" Time"_s);
        name.replace(u"标准时间"_s, u"时间"_s);
    }
    if (name.isEmpty() || name.startsWith(u"GMT"_s) || name.startsWith(u"UTC"_s))
        return CaseZoneCombo::tr("%1 (%2)", "city (UTC offset)").arg(city, offset);
    return CaseZoneCombo::tr("%1 (%2, %3)", "city (time zone name, UTC offset)")
        .arg(city, name, offset);
}

} // namespace

CaseZoneCombo::CaseZoneCombo(QWidget* parent) : QComboBox(parent)
{
    setObjectName(u"caseTimeZoneComboBox"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMaxVisibleItems(20);
    // Hundreds of zones: typing any part of the city, the zone's name or the offset ("pacific",
    // "Paris", "UTC+8") offers the matching ones. Only a listed zone can be chosen.
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    QList<QByteArray> common = core::CaseTimeZone::commonZoneIds();
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && !common.contains(system) && QTimeZone(system).isValid())
        common.append(system);
    for (const QByteArray& id : std::as_const(common))
        addZone(id);
}

void CaseZoneCombo::listEveryZone()
{
    // The long tail is read only when someone looks for it: hundreds of zone files.
    if (m_complete)
        return;
    m_complete = true;
    const QSignalBlocker blocker(this);
    const int current = currentIndex();
    insertSeparator(count());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        // Region/City ids only: aliases ("PRC", "US/Eastern", "Etc/GMT-8") only confuse.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("US/") &&
            QChar::fromLatin1(id.at(0)).isUpper() && findData(id) < 0)
            addZone(id);
    }
    setCurrentIndex(current);
}

void CaseZoneCombo::showPopup()
{
    listEveryZone();
    QComboBox::showPopup();
}

void CaseZoneCombo::addZone(const QByteArray& id)
{
    addItem(zoneLabel(id), id);
    setItemData(count() - 1, QString::fromLatin1(id), Qt::ToolTipRole);
}

QString CaseZoneCombo::labelFor(const QByteArray& id)
{
    return zoneLabel(id);
}

void CaseZoneCombo::setZoneId(const QByteArray& id)
{
    const QSignalBlocker blocker(this);
    int index = findData(id);
    if (index < 0 && !id.isEmpty()) {
        insertItem(0, zoneLabel(id), id);
        setItemData(0, QString::fromLatin1(id), Qt::ToolTipRole);
        index = 0;
    }
    setCurrentIndex(index);
}

QByteArray CaseZoneCombo::zoneId() const
{
    return currentData().toByteArray();
}

void CaseZoneCombo::wheelEvent(QWheelEvent* event)
{
    if (!hasFocus()) {
        event->ignore(); // the scroll area underneath scrolls
        return;
    }
    QComboBox::wheelEvent(event);
}

void CaseZoneCombo::keyPressEvent(QKeyEvent* event)
{
    // Typing searches every zone, not only the common ones.
    if (!event->text().isEmpty())
        listEveryZone();
    QComboBox::keyPressEvent(event);
}

void CaseZoneCombo::focusOutEvent(QFocusEvent* event)
{
    // Half-typed text is a search, not a zone: the field shows the chosen zone again.
    QComboBox::focusOutEvent(event);
    if (currentIndex() >= 0 && currentText() != itemText(currentIndex()))
        setEditText(itemText(currentIndex()));
}

} // namespace wc::gui
