// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace wc::gui {

// "Snooze until…": a month calendar to pick the day a reminder comes back (at 09:00 that day).
// Days before `earliest` cannot be picked.
// Object names: snoozeDateDialog, snoozeCalendar, snoozeOkButton.
class SnoozeDateDialog : public QDialog
{
    Q_OBJECT

public:
    SnoozeDateDialog(const QDate& earliest, QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);

private:
    QCalendarWidget* m_calendar;
};

} // namespace wc::gui
