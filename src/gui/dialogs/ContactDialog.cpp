// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/ContactDialog.h"

#include "ui_ContactDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/FutureTime.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

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
    : QDialog(parent), m_ui(std::make_unique<Ui::ContactDialog>())
{
    m_ui->setupUi(this);
    m_occurred = m_ui->occurredDateTimeEdit;
    m_channel = m_ui->channelComboBox;
    m_direction = m_ui->directionComboBox;
    m_agentName = m_ui->agentNameLineEdit;
    m_agentId = m_ui->agentIdLineEdit;
    m_reference = m_ui->referenceLineEdit;
    m_summary = m_ui->summaryPlainTextEdit;
    m_promise = m_ui->promiseLineEdit;
    m_hasPromisedBy = m_ui->promisedByCheckBox;
    m_promisedBy = m_ui->promisedByDateEdit;
    m_outcome = m_ui->outcomeLineEdit;
    m_hint = m_ui->hintLabel;
    // Like the incident time's warning (CaseFactsForm): under the field, in words.
    m_occurredWarning = new QLabel(this);
    m_occurredWarning->setObjectName(u"occurredWarningLabel"_s);
    m_occurredWarning->setWordWrap(true);
    m_occurredWarning->setTextFormat(Qt::PlainText);
    m_occurredWarning->setStyleSheet(u"QLabel { color:#8a4b00; }"_s);
    m_occurredWarning->hide();
    m_ui->formLayout->insertRow(1, QString(), m_occurredWarning);

    m_occurred->setTimeSpec(Qt::UTC); // the case zone's clock time (setTimeZone)
    m_occurred->setProvisionalValue(
        CaseText::wallClock(QDateTime::currentMSecsSinceEpoch(), m_zone));
    m_ui->occurredLayout->insertWidget(1, m_occurred->timeUnknownBox(this));

    for (const QString& key : channelKeys())
        m_channel->addItem(channelName(key), key);
    m_direction->addItem(tr("I contacted them"), u"outgoing"_s);
    m_direction->addItem(tr("They contacted me"), u"incoming"_s);

    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);

    // A day, in the same format every date of the app has.
    m_promisedBy->setDisplayFormat(CaseText::dateFormat());
    m_promisedBy->setDate(QDate::currentDate().addDays(7));
    connect(m_hasPromisedBy, &QCheckBox::toggled, m_promisedBy, &QWidget::setEnabled);
    // What the date will do, said where it is set: the reminder that day at the user's time.
    m_ui->promiseReminderLabel->setText(
        tr("Reminder that day at %1")
            .arg(QLocale().toString(AppSettings::reminderTime(), CaseText::timeFormat())));
    m_ui->promiseReminderLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->promiseReminderLabel->setVisible(false);
    connect(m_hasPromisedBy, &QCheckBox::toggled, m_ui->promiseReminderLabel,
            &QWidget::setVisible);

    // Said inline and in words, not by a greyed-out OK: the user learns what the letter needs.
    m_hint->setStyleSheet(u"QLabel { background:#fff5d6; border:1px solid #e3c25a; color:#321;"
                          u" border-radius:4px; padding:6px; }"_s);
    m_hint->hide();
    const auto hideHint = [this] { m_hint->hide(); };
    for (QLineEdit* edit : {m_agentName, m_agentId, m_reference})
        connect(edit, &QLineEdit::textEdited, this, hideHint);
    connect(m_summary, &QPlainTextEdit::textChanged, this, hideHint);

    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okPushButton"_s);
    ok->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    connect(m_occurred, &QDateTimeEdit::dateTimeChanged, this, &ContactDialog::checkOccurred);

    // Quick entry right after a call: the time and channel are already right, so the first
    // thing to type is who answered.
    m_agentName->setFocus();
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    updateZone();
}

void ContactDialog::setClock(const core::Clock* clock)
{
    m_clock = clock;
    checkOccurred();
}

qint64 ContactDialog::nowMs() const
{
    return (m_clock ? *m_clock : core::Clock::system()).nowMs();
}

void ContactDialog::checkOccurred()
{
    const QString warning = FutureTime::warning(m_occurred->dateTime(), m_zone, nowMs());
    m_occurredWarning->setText(warning);
    m_occurredWarning->setVisible(!warning.isEmpty());
}

void ContactDialog::updateZone()
{
    // "UTC+8" beside the time when the computer's clock would read otherwise.
    const qint64 at = CaseText::fromWallClock(m_occurred->dateTime(), m_zone);
    m_ui->occurredZoneLabel->setText(CaseText::zoneSuffix(m_zone, at));
    checkOccurred();
}

void ContactDialog::setContact(const core::Contact& contact, bool isNew)
{
    m_contact = contact;
    const qint64 at = contact.occurredAt > 0 ? contact.occurredAt : nowMs();
    if (isNew || contact.occurredAt <= 0)
        m_occurred->setProvisionalValue(CaseText::wallClock(at, m_zone));
    else
        m_occurred->setValue(CaseText::wallClock(at, m_zone), contact.timeKnown);
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
    updateZone();
}

core::Contact ContactDialog::contact() const
{
    core::Contact c = m_contact;
    c.occurredAt = CaseText::fromWallClock(m_occurred->dateTime(), m_zone);
    c.timeKnown = m_occurred->timeKnown();
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
    // A contact cannot have happened yet; the letters would state the mistyped time.
    if (!FutureTime::confirm(this, m_occurred->dateTime(), m_zone, nowMs())) {
        m_occurred->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace wc::gui
