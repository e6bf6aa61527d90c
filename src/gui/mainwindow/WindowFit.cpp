// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/WindowFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSplitter>
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

bool widenPane(QSplitter* splitter, int index, int needed)
{
    QList<int> sizes = splitter->sizes();
    if (index < 0 || index >= sizes.size() || sizes.at(index) >= needed)
        return false;
    int missing = needed - sizes.at(index);
    for (int i = 0; i < sizes.size() && missing > 0; ++i) {
        if (i == index)
            continue;
        const int spare = sizes.at(i) - splitter->widget(i)->minimumSizeHint().width();
        const int taken = qBound(0, spare, missing);
        sizes[i] -= taken;
        sizes[index] += taken;
        missing -= taken;
    }
    if (sizes == splitter->sizes())
        return false;
    splitter->setSizes(sizes);
    return true;
}

} // namespace wc::gui::windowfit
