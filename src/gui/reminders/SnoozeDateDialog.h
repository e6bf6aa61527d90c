// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDate>
#include <QDialog>
#include <QTimeZone>

class QCalendarWidget;
class QLabel;

namespace wc::gui {

// "Snooze until…": a month calendar to pick the day a reminder comes back, at the user's reminder
// time (AppSettings::reminderTime(), 09:00 unless changed) in the case's zone, which the hint
// names when the computer's differs. Days before `earliest` cannot be picked.
// Object names: snoozeDateDialog, snoozeCalendar, snoozeHintLabel, snoozeOkButton.
class SnoozeDateDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeDateDialog(const QDate& earliest, QWidget* parent = nullptr);

    // The zone the reminder's day is in (its case's); the computer's by default.
    void setTimeZone(const QTimeZone& zone);

    QDate date() const;
    void setDate(const QDate& date);

private:
    void updateHint();

    QCalendarWidget* m_calendar;
    QLabel* m_hint;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace wc::gui
