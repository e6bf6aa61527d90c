// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ReminderDialog.h"

#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/MessageBar.h"
#include "guidance/CaseTimeZone.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ReminderDialog::ReminderDialog(core::CaseStore& store, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_store(store), m_caseId(caseId), m_zone(QTimeZone::systemTimeZone()),
      m_messageBar(new MessageBar(this)),
      m_when(new DateTimeField(this)), m_zoneLabel(new QLabel(this)), m_text(new QLineEdit(this))
{
    setObjectName(u"reminderDialog"_s);
    setWindowTitle(tr("Add a reminder"));
    setMinimumWidth(440);

    if (caseId > 0) {
        if (auto record = store.caseById(caseId))
            m_zone = core::CaseTimeZone::zoneFor(*record);
    }
    // Tomorrow at the user's reminder time (09:00 unless changed), by the app's clock: the usual
    // answer to "remind me about this".
    const qint64 now = store.clock().nowMs();
    const QDate tomorrow = core::followup::localDate(now, m_zone).addDays(1);
    m_when->setObjectName(u"reminderDateTimeEdit"_s);
    m_when->setTimeSpec(Qt::UTC); // the zone's clock time (CaseText::wallClock)
    m_when->setDateTime(CaseText::wallClock(
        core::followup::atLocalTime(tomorrow, m_zone, AppSettings::reminderTime()), m_zone));
    m_zoneLabel->setObjectName(u"reminderZoneLabel"_s);
    m_zoneLabel->setText(CaseText::zoneSuffix(m_zone, now));
    m_text->setObjectName(u"reminderTextLineEdit"_s);
    m_text->setPlaceholderText(tr("e.g. Call the hotline again and ask for the refund"));
    m_text->setClearButtonEnabled(true);

    auto* form = new QFormLayout;
    auto* when = new QHBoxLayout;
    when->addWidget(m_when, 1);
    when->addWidget(m_zoneLabel);
    auto* whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, when);
    form->addRow(tr("W&hat:"), m_text);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"reminderOkButton"_s);
    ok->setText(tr("&Add reminder"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReminderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_text->setFocus();
}

ReminderDialog* ReminderDialog::openFor(QWidget* parent, core::CaseStore& store, qint64 caseId)
{
    auto* dialog = new ReminderDialog(store, caseId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReminderDialog::accept()
{
    const QString text = m_text->text().trimmed();
    if (text.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Write what the reminder is about, so you know what to do "
                                     "when it comes up."));
        m_text->setFocus();
        return;
    }
    const qint64 due = CaseText::fromWallClock(m_when->dateTime(), m_zone);
    if (due <= m_store.clock().nowMs()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Choose a time in the future."));
        m_when->setFocus();
        return;
    }
    core::Reminder reminder;
    reminder.caseId = m_caseId;
    reminder.kind = u"custom"_s;
    reminder.dueAt = due;
    reminder.text = text;
    reminder.createdAt = m_store.clock().nowMs();
    auto id = m_store.addReminder(reminder);
    if (!id) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error,
            tr("The reminder could not be saved: %1").arg(id.error().message));
        return;
    }
    emit reminderAdded(m_caseId, *id);
    QDialog::accept();
}

} // namespace wc::gui
