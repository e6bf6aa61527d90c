// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/AppWideFixes.h"

#include <QAbstractScrollArea>
#include <QCalendarWidget>
#include <QDateTime>
#include <QEvent>
#include <QFocusEvent>
#include <QScrollArea>
#include <QTextCharFormat>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

const char* const kMarkedTodayProperty = "wcMarkedToday";

} // namespace

AppWideFixes::AppWideFixes(QObject* parent) : QObject(parent) {}

void AppWideFixes::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

bool AppWideFixes::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        // Every scroll area around the widget, innermost first (a page inside a scrolling
        // wizard inside a scrolling dialog).
        QWidget* inner = widget;
        for (QWidget* w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(w); area && area->widget()
                && area->widget()->isAncestorOf(inner)) {
                area->ensureWidgetVisible(inner, 16, 16);
                inner = area;
            }
        }
    } else if (event->type() == QEvent::Show) {
        if (auto* calendar = qobject_cast<QCalendarWidget*>(watched))
            markToday(calendar);
    }
    return QObject::eventFilter(watched, event);
}

void AppWideFixes::markToday(QCalendarWidget* calendar) const
{
    const qint64 now = m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    const QDate before = calendar->property(kMarkedTodayProperty).toDate();
    if (before == today)
        return;
    if (before.isValid())
        calendar->setDateTextFormat(before, QTextCharFormat());
    // The computer's own date is only marked by Qt when it is also the app's today.
    if (today != QDate::currentDate())
        calendar->setDateTextFormat(QDate::currentDate(), QTextCharFormat());
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontUnderline(true);
    calendar->setDateTextFormat(today, format);
    calendar->setProperty(kMarkedTodayProperty, today);
}

} // namespace wc::gui
