// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/SnoozeDateDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

SnoozeDateDialog::SnoozeDateDialog(const QDate& earliest, QWidget* parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this))
{
    setObjectName(u"snoozeDateDialog"_s);
    setWindowTitle(tr("Remind me again on…"));
    m_calendar->setObjectName(u"snoozeCalendar"_s);
    m_calendar->setMinimumDate(earliest);
    m_calendar->setSelectedDate(earliest);
    m_calendar->setGridVisible(true);

    auto* hint = new QLabel(tr("The reminder comes back at 9:00 on the day you pick."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"snoozeOkButton"_s);
    ok->setText(tr("&Snooze"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A double-click on a day is the quick way to choose it.
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_calendar->setFocus();
}

QDate SnoozeDateDialog::date() const
{
    return m_calendar->selectedDate();
}

void SnoozeDateDialog::setDate(const QDate& date)
{
    m_calendar->setSelectedDate(date);
}

} // namespace wc::gui
