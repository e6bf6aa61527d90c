// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace wc::gui::windowfit {

QRect availableArea(const QWidget* widget)
{
    const QScreen* screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

bool fits(const QRect& frame, const QRect& area)
{
    return area.isEmpty() || area.contains(frame);
}

bool keepOnScreen(QWidget* window)
{
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return false;
    const QRect frame = window->frameGeometry();
    if (fits(frame, area))
        return false;
    // The frame (title bar, borders) comes on top of the client size.
    const QSize decoration = frame.size() - window->size();
    const QSize room = area.size() - decoration;
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    QRect moved = window->frameGeometry();
    moved.moveLeft(qBound(area.left(), moved.left(), qMax(area.left(), area.right() - moved.width() + 1)));
    moved.moveTop(qBound(area.top(), moved.top(), qMax(area.top(), area.bottom() - moved.height() + 1)));
    if (moved.topLeft() != window->frameGeometry().topLeft())
        window->move(moved.topLeft());
    return true;
}

} // namespace wc::gui::windowfit
