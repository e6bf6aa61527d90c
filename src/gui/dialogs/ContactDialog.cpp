// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/ContactDialog.h"

#include "gui/caseview/CaseText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The same on every locale and readable in both languages; a two-digit year is not.
const QString DateTimeFormat = u"yyyy-MM-dd HH:mm"_s;
const QString DateFormat = u"yyyy-MM-dd"_s;

// A promised-by date is a day, not a moment: kept at noon in the case's zone so the day reads
// the same in any nearby time zone (a letter drafted elsewhere, a bundle opened abroad).
qint64 dayToMs(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(12, 0), zone).toMSecsSinceEpoch();
}

QDate msToDay(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

} // namespace

ContactDialog::ContactDialog(QWidget* parent)
    : QDialog(parent), m_occurred(new QDateTimeEdit(this)), m_channel(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_agentName(new QLineEdit(this)),
      m_agentId(new QLineEdit(this)), m_reference(new QLineEdit(this)),
      m_summary(new QPlainTextEdit(this)), m_promise(new QLineEdit(this)),
      m_hasPromisedBy(new QCheckBox(tr("Promised &by:"), this)), m_promisedBy(new QDateEdit(this)),
      m_outcome(new QLineEdit(this)), m_hint(new QLabel(this))
{
    setObjectName(u"contactDialog"_s);
    setWindowTitle(tr("Earlier contact"));

    m_occurred->setObjectName(u"occurredDateTimeEdit"_s);
    m_occurred->setDisplayFormat(DateTimeFormat);
    m_occurred->setCalendarPopup(true);
    m_occurred->setTimeSpec(Qt::UTC); // the case zone's clock time (setTimeZone)
    m_occurred->setDateTime(CaseText::wallClock(QDateTime::currentMSecsSinceEpoch(), m_zone));

    m_channel->setObjectName(u"channelComboBox"_s);
    for (const QString& key : channelKeys())
        m_channel->addItem(channelName(key), key);

    m_direction->setObjectName(u"directionComboBox"_s);
    m_direction->addItem(tr("I contacted them"), u"outgoing"_s);
    m_direction->addItem(tr("They contacted me"), u"incoming"_s);

    m_agentName->setObjectName(u"agentNameLineEdit"_s);
    m_agentName->setPlaceholderText(tr("The name the agent gave"));
    m_agentId->setObjectName(u"agentIdLineEdit"_s);
    m_agentId->setPlaceholderText(tr("Ask for it: 工号"));
    m_agentId->setToolTip(tr("The agent's employee or staff number (工号 at Chinese providers). "
                             "Agents give it when asked; it makes the conversation traceable."));
    m_reference->setObjectName(u"referenceLineEdit"_s);
    m_reference->setPlaceholderText(tr("Ticket, case or complaint number they gave"));

    m_summary->setObjectName(u"summaryPlainTextEdit"_s);
    m_summary->setPlaceholderText(tr("What you asked and what they said"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);

    m_promise->setObjectName(u"promiseLineEdit"_s);
    m_promise->setPlaceholderText(tr("e.g. refund within 3 working days"));
    m_hasPromisedBy->setObjectName(u"promisedByCheckBox"_s);
    m_promisedBy->setObjectName(u"promisedByDateEdit"_s);
    m_promisedBy->setDisplayFormat(DateFormat);
    m_promisedBy->setCalendarPopup(true);
    m_promisedBy->setEnabled(false);
    m_promisedBy->setDate(QDate::currentDate().addDays(7));
    connect(m_hasPromisedBy, &QCheckBox::toggled, m_promisedBy, &QWidget::setEnabled);

    m_outcome->setObjectName(u"outcomeLineEdit"_s);
    m_outcome->setPlaceholderText(tr("e.g. no reply yet / refused / refund received"));

    // Said inline and in words, not by a greyed-out OK: the user learns what the letter needs.
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setStyleSheet(u"QLabel { background:#fff5d6; border:1px solid #e3c25a; color:#321;"
                          u" border-radius:4px; padding:6px; }"_s);
    m_hint->hide();
    const auto hideHint = [this] { m_hint->hide(); };
    for (QLineEdit* edit : {m_agentName, m_agentId, m_reference})
        connect(edit, &QLineEdit::textEdited, this, hideHint);
    connect(m_summary, &QPlainTextEdit::textChanged, this, hideHint);

    auto* promisedByRow = new QHBoxLayout;
    promisedByRow->addWidget(m_hasPromisedBy);
    promisedByRow->addWidget(m_promisedBy);
    promisedByRow->addStretch(1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&When:"), m_occurred);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("Agent &name:"), m_agentName);
    form->addRow(tr("Employee &ID:"), m_agentId);
    form->addRow(tr("&Reference no.:"), m_reference);
    form->addRow(tr("What was &said:"), m_summary);
    form->addRow(tr("What they &promised:"), m_promise);
    form->addRow(QString(), promisedByRow);
    form->addRow(tr("O&utcome:"), m_outcome);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okPushButton"_s);
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    // Quick entry right after a call: the time and channel are already right, so the first
    // thing to type is who answered.
    m_agentName->setFocus();
    setMinimumWidth(520);
}

void ContactDialog::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void ContactDialog::setContact(const core::Contact& contact)
{
    m_contact = contact;
    m_occurred->setDateTime(CaseText::wallClock(
        contact.occurredAt > 0 ? contact.occurredAt : QDateTime::currentMSecsSinceEpoch(), m_zone));
    int channel = m_channel->findData(contact.channel);
    if (channel < 0 && !contact.channel.isEmpty()) {
        // A channel this version does not know (a newer file): shown and kept as it is.
        m_channel->addItem(channelName(contact.channel), contact.channel);
        channel = m_channel->count() - 1;
    }
    m_channel->setCurrentIndex(qMax(0, channel));
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(contact.direction)));
    m_agentName->setText(contact.agentName);
    m_agentId->setText(contact.agentId);
    m_reference->setText(contact.reference);
    m_summary->setPlainText(contact.summary);
    m_promise->setText(contact.promise);
    m_hasPromisedBy->setChecked(contact.promisedBy.has_value());
    m_promisedBy->setDate(contact.promisedBy ? msToDay(*contact.promisedBy, m_zone)
                                             : m_occurred->date().addDays(7));
    m_outcome->setText(contact.outcome);
    m_hint->hide();
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_contact;
    c.occurredAt = CaseText::fromWallClock(m_occurred->dateTime(), m_zone);
    c.channel = m_channel->currentData().toString();
    c.direction = m_direction->currentData().toString();
    c.agentName = m_agentName->text().trimmed();
    c.agentId = m_agentId->text().trimmed();
    c.reference = m_reference->text().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    c.promise = m_promise->text().trimmed();
    c.promisedBy = m_hasPromisedBy->isChecked()
                       ? std::optional<qint64>(dayToMs(m_promisedBy->date(), m_zone))
                       : std::nullopt;
    c.outcome = m_outcome->text().trimmed();
    return c;
}

QStringList ContactDialog::channelKeys()
{
    return {u"hotline"_s, u"in_app_chat"_s, u"email"_s,  u"web_form"_s,
            u"social"_s,  u"branch"_s,      u"letter"_s, u"other"_s};
}

QString ContactDialog::channelName(const QString& key)
{
    return CaseText::contactChannel(key);
}

void ContactDialog::accept()
{
    const core::Contact c = contact();
    if (c.summary.isEmpty() && c.reference.isEmpty() && c.agentName.isEmpty() &&
        c.agentId.isEmpty()) {
        m_hint->setText(tr("Add at least one of these: what was said, the reference number, or "
                           "the agent's name or employee ID. Without one, your letter cannot "
                           "point to this contact."));
        m_hint->show();
        m_summary->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace wc::gui
