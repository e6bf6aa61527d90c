// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QObject>

#include <functional>

class QCalendarWidget;

namespace wc::gui {

// Behaviour every window of the app should have, installed once on the application as an event
// filter rather than repeated in each dialog:
// - a widget that takes the keyboard focus (by Tab or by its mnemonic, Alt+letter) inside a
//   scroll area is scrolled into view, so a choice made from the keyboard is never off-screen;
// - a calendar pop-up marks the app's "today" (under --now, the moved date) rather than only
//   the computer's real date.
class AppWideFixes : public QObject
{
    Q_OBJECT

public:
    explicit AppWideFixes(QObject* parent = nullptr);

    // Where "now" comes from (epoch ms); unset: the real clock.
    void setClock(std::function<qint64()> nowMs);

    bool eventFilter(QObject* watched, QEvent* event) override;

    // Marks the clock's today on `calendar` (bold, underlined) and unmarks a day marked before.
    void markToday(QCalendarWidget* calendar) const;

private:
    std::function<qint64()> m_nowMs;
};

} // namespace wc::gui
