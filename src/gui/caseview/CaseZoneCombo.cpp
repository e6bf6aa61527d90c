// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseZoneCombo.h"

#include "guidance/CaseTimeZone.h"

#include <QDateTime>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// "Asia/Shanghai (UTC+8)": ids are what people find in other software; the offset says now.
QString zoneLabel(const QByteArray& id)
{
    const QTimeZone zone(id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return u"%1 (%2)"_s.arg(QString::fromLatin1(id).replace(u'_', u' '),
                            core::CaseTimeZone::offsetText(zone, now));
}

} // namespace

CaseZoneCombo::CaseZoneCombo(QWidget* parent) : QComboBox(parent)
{
    setObjectName(u"caseTimeZoneComboBox"_s);
    setFocusPolicy(Qt::StrongFocus);
    // Hundreds of zones: typing a few letters of the city finds one.
    setMaxVisibleItems(20);
    QList<QByteArray> common = core::CaseTimeZone::commonZoneIds();
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && !common.contains(system) && QTimeZone(system).isValid())
        common.append(system);
    for (const QByteArray& id : std::as_const(common))
        addZone(id);
}

void CaseZoneCombo::showPopup()
{
    // The long tail is read only when someone looks for it: hundreds of zone files.
    if (!m_complete) {
        m_complete = true;
        const QSignalBlocker blocker(this);
        insertSeparator(count());
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
            // Region/City ids only: aliases ("PRC", "US/Eastern", "Etc/GMT-8") only confuse.
            if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("US/") &&
                QChar::fromLatin1(id.at(0)).isUpper() && findData(id) < 0)
                addItem(QString::fromLatin1(id).replace(u'_', u' '), id);
        }
    }
    QComboBox::showPopup();
}

void CaseZoneCombo::addZone(const QByteArray& id)
{
    addItem(zoneLabel(id), id);
}

void CaseZoneCombo::setZoneId(const QByteArray& id)
{
    const QSignalBlocker blocker(this);
    int index = findData(id);
    if (index < 0 && !id.isEmpty()) {
        insertItem(0, zoneLabel(id), id);
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

} // namespace wc::gui
