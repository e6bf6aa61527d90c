// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/LetterSentDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/ContactDialog.h"

#include <QComboBox>
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

LetterSentDialog::LetterSentDialog(QWidget* parent)
    : QDialog(parent), m_channel(new QComboBox(this)), m_sentAt(new QDateTimeEdit(this)),
      m_reference(new QLineEdit(this)), m_sentTo(new QComboBox(this)), m_form(new QFormLayout)
{
    setObjectName(u"letterSentDialog"_s);
    setWindowTitle(tr("Mark the letter as sent"));

    m_channel->setObjectName(u"sentChannelComboBox"_s);
    for (const QString& key : ContactDialog::channelKeys())
        m_channel->addItem(CaseText::contactChannel(key), key);
    m_sentTo->setObjectName(u"sentToComboBox"_s);
    m_sentAt->setObjectName(u"sentDateTimeEdit"_s);
    m_sentAt->setCalendarPopup(true);
    m_sentAt->setTimeSpec(Qt::UTC); // the case zone's clock time (setTimeZone)
    m_sentAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_reference->setObjectName(u"sentReferenceLineEdit"_s);
    m_reference->setPlaceholderText(tr("Ticket or case number you were given, if any"));
    m_reference->setClearButtonEnabled(true);

    auto* intro = new QLabel(tr("Keep a record of how and when you sent it: the follow-up and "
                                "escalation letters refer to it."),
                             this);
    intro->setWordWrap(true);

    m_form->addRow(tr("&Sent to:"), m_sentTo);
    m_form->addRow(tr("Sent &through:"), m_channel);
    m_form->addRow(tr("Sent &on:"), m_sentAt);
    m_form->addRow(tr("&Reference number:"), m_reference);
    updateSentTo();
    setTabOrder(m_sentTo, m_channel);
    setTabOrder(m_channel, m_sentAt);
    setTabOrder(m_sentAt, m_reference);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okPushButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark as sent"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LetterSentDialog::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void LetterSentDialog::setLetter(const core::Letter& letter, qint64 nowMs)
{
    int channel = m_channel->findData(letter.channel.isEmpty() ? u"email"_s : letter.channel);
    if (channel < 0 && !letter.channel.isEmpty()) {
        m_channel->addItem(CaseText::contactChannel(letter.channel), letter.channel);
        channel = m_channel->count() - 1;
    }
    m_channel->setCurrentIndex(qMax(0, channel));
    const qint64 at = letter.sentAt.value_or(nowMs - nowMs % 60'000);
    m_sentAt->setDateTime(CaseText::wallClock(at, m_zone));
    m_reference->setText(letter.reference);
    m_kind = letter.kind;
    updateSentTo();
}

void LetterSentDialog::setRegulators(const QList<core::Regulator>& regulators,
                                     const QString& language)
{
    m_sentTo->clear();
    for (const core::Regulator& regulator : regulators)
        m_sentTo->addItem(regulator.name.text(language), regulator.key);
    m_sentTo->setCurrentIndex(0);
    updateSentTo();
}

void LetterSentDialog::updateSentTo()
{
    m_form->setRowVisible(m_sentTo, m_kind == u"regulator" && m_sentTo->count() > 0);
}

QString LetterSentDialog::sentTo() const
{
    if (m_kind == u"regulator" && m_sentTo->count() > 0)
        return m_sentTo->currentData().toString();
    return u"company"_s;
}

core::Letter LetterSentDialog::sentLetter(const core::Letter& letter) const
{
    core::Letter sent = letter;
    sent.status = u"sent"_s;
    sent.channel = m_channel->currentData().toString();
    sent.sentAt = CaseText::fromWallClock(m_sentAt->dateTime(), m_zone);
    sent.reference = m_reference->text().trimmed();
    return sent;
}

} // namespace wc::gui
