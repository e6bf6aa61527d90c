// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/LetterSentDialog.h"
#include "ui_LetterSentDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/ContactDialog.h"
#include "gui/widgets/DateTimeField.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

LetterSentDialog::LetterSentDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LetterSentDialog>())
{
    m_ui->setupUi(this);
    m_channel = m_ui->sentChannelComboBox;
    m_sentAt = m_ui->sentDateTimeEdit;
    m_reference = m_ui->sentReferenceLineEdit;
    m_sentTo = m_ui->sentToComboBox;
    m_form = m_ui->formLayout;

    for (const QString& key : ContactDialog::channelKeys())
        m_channel->addItem(CaseText::contactChannel(key), key);
    m_sentAt->setTimeSpec(Qt::UTC); // the case zone's clock time (setTimeZone)
    updateSentTo();

    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okPushButton"_s);
    ok->setText(tr("&Mark as sent"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LetterSentDialog::~LetterSentDialog() = default;

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
    m_ui->sentZoneLabel->setText(CaseText::zoneSuffix(m_zone, at));
    m_reference->setText(letter.reference);
    m_kind = letter.kind;
    // Opened again for a letter already sent: its sending is shown and corrected here, not
    // "marked" a second time.
    const bool sent = letter.status == u"sent" && letter.sentAt;
    setWindowTitle(sent ? tr("Letter sent %1").arg(CaseText::dateTime(*letter.sentAt, m_zone))
                        : tr("Mark the letter as sent"));
    // Sa&ve: "&Sent to:" has the S.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setText(sent ? tr("Sa&ve") : tr("&Mark as sent"));
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
