// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QRect>

class QSplitter;
class QWidget;

namespace wc::gui::windowfit {

// Keeping windows inside the screen: a 1366×768 laptop with a panel leaves about 1366×728, and
// a window taller than that hides its own buttons. Used by the main window and its dialogs.

// The available area (without panels) of the screen `widget` is on, or of the primary screen.
QRect availableArea(const QWidget* widget);
// Whether `frame` (a window's frame geometry) lies inside `area`.
bool fits(const QRect& frame, const QRect& area);
// Shrinks and moves the top-level `window` so its frame lies inside its screen's available area.
// Returns whether it had to change anything.
bool keepOnScreen(QWidget* window);
// Moves `splitter`'s handle so its pane `index` is at least `needed` pixels wide, taking the room
// from the other panes down to their minimum sizes (never more). Returns whether it moved.
bool widenPane(QSplitter* splitter, int index, int needed);

} // namespace wc::gui::windowfit
