// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/SnoozeDateDialog.h"

#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

SnoozeDateDialog::SnoozeDateDialog(const QDate& earliest, QWidget* parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this)), m_hint(new QLabel(this))
{
    setObjectName(u"snoozeDateDialog"_s);
    setWindowTitle(tr("Remind me again on…"));
    m_calendar->setObjectName(u"snoozeCalendar"_s);
    m_calendar->setMinimumDate(earliest);
    m_calendar->setSelectedDate(earliest);
    m_calendar->setGridVisible(true);

    m_hint->setObjectName(u"snoozeHintLabel"_s);
    m_hint->setWordWrap(true);
    updateHint();
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
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    m_calendar->setFocus();
}

void SnoozeDateDialog::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    updateHint();
}

void SnoozeDateDialog::updateHint()
{
    const QTime time = AppSettings::reminderTime();
    QString at = QLocale().toString(time, CaseText::timeFormat());
    const qint64 sample = core::followup::atLocalTime(m_calendar->selectedDate(), m_zone, time);
    if (const QString suffix = CaseText::zoneSuffix(m_zone, sample); !suffix.isEmpty())
        //: %1 is a time of day; %2 a UTC offset such as UTC+8.
        at = tr("%1 (%2)", "time, zone").arg(at, suffix);
    m_hint->setText(tr("The reminder comes back at %1 on the day you pick.").arg(at));
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
