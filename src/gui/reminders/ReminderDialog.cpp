// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ReminderDialog.h"

#include "gui/widgets/MessageBar.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ReminderDialog::ReminderDialog(core::CaseStore& store, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_store(store), m_caseId(caseId), m_messageBar(new MessageBar(this)),
      m_when(new QDateTimeEdit(this)), m_text(new QLineEdit(this))
{
    setObjectName(u"reminderDialog"_s);
    setWindowTitle(tr("Add a reminder"));
    setMinimumWidth(440);

    // Tomorrow at 9:00 by the app's clock: the usual answer to "remind me about this".
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(store.clock().nowMs());
    m_when->setObjectName(u"reminderDateTimeEdit"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_when->setDateTime(QDateTime(now.date().addDays(1), QTime(9, 0)));
    m_text->setObjectName(u"reminderTextLineEdit"_s);
    m_text->setPlaceholderText(tr("e.g. Call the hotline again and ask for the refund"));
    m_text->setClearButtonEnabled(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
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
    const qint64 due = m_when->dateTime().toMSecsSinceEpoch();
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
