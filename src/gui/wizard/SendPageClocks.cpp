// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// SendPage's deadlines: the clocks that apply to the complaint as it was sent, offered as check
// boxes, and the reminders of the ticked ones added when the wizard finishes.
#include "gui/wizard/SendPage.h"

#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/reminders/NextStep.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

core::ClockContext SendPage::clockContext() const
{
    const core::CaseDraft& draft = m_session.draft();
    core::CaseSnapshot snapshot;
    snapshot.record = draft.record;
    snapshot.transactions = m_transactions;
    if (m_sent->isChecked()) {
        core::Letter letter = draft.letter.value_or(core::Letter{});
        letter.status = QString(core::status::Sent);
        letter.sentAt = m_sentAt->dateTime().toMSecsSinceEpoch();
        letter.channel = m_sentChannel->currentData().toString();
        snapshot.letters = {letter};
    }
    return core::ClockContext::fromCase(snapshot, &m_session.providers(),
                                        WizardSession::uiLanguage(), NextStep::userRegion());
}

void SendPage::updateClocks()
{
    // Remember what the user changed before the boxes are made again.
    for (QCheckBox* box : std::as_const(m_clockChecks)) {
        const QString key = box->property("clockKey").toString();
        const bool recommended = box->property("recommended").toBool();
        if (box->isEnabled() && box->isChecked() != recommended)
            (box->isChecked() ? m_userTicked : m_userUnticked).insert(key);
        else if (box->isEnabled()) {
            m_userTicked.remove(key);
            m_userUnticked.remove(key);
        }
    }
    qDeleteAll(m_clockChecks);
    m_clockChecks.clear();
    for (QLabel* label : m_clocksBox->findChildren<QLabel*>(u"clockSourceLabel"_s))
        delete label;
    m_offers.clear();
    if (!m_clockTable) {
        m_clocksBox->setVisible(true);
        return;
    }
    QList<core::Reminder> existing;
    if (m_session.caseId() > 0) {
        if (auto reminders = m_session.store().reminders(m_session.caseId()))
            existing = std::move(*reminders);
    }
    const qint64 now = m_session.clock().nowMs();
    const auto offers = m_clockTable->offers(clockContext(), now, QTimeZone::systemTimeZone(),
                                             existing);
    const QString language = WizardSession::uiLanguage();
    // The data's recommendations assume the law of the user's country. Where the locale does
    // not say which country that is, a provider serving several regions would get the
    // deadlines of all of them, so none is ticked and the user picks.
    const bool regionKnown = !NextStep::userRegion().isEmpty();
    for (const core::ClockOffer& offer : offers) {
        if (offer.rule.kind == u"follow_up")
            continue; // the follow-up date above is that reminder
        m_offers << offer;
        const QString key = offer.rule.key;
        const QString deadline = core::followup::longDate(offer.deadline, language);
        QString text = tr("%1 — by %2").arg(offer.rule.name.text(language), deadline);
        // Each note takes the text before it as %1, so the translation decides how they join.
        if (offer.extendedDeadline)
            //: %1 is "<deadline name> — by <date>"; %2 a later date.
            text = tr("%1 (%2 in exceptional cases)")
                       .arg(text, core::followup::longDate(*offer.extendedDeadline, language));
        if (offer.passed)
            //: %1 is "<deadline name> — by <date>".
            text = tr("%1 (already passed)").arg(text);
        else if (offer.alreadySet)
            //: %1 is "<deadline name> — by <date>".
            text = tr("%1 (reminder already set)").arg(text);
        auto* box = new QCheckBox(text, m_clocksBox);
        box->setObjectName(u"clockCheckBox_"_s + key);
        box->setProperty("clockKey", key);
        const bool recommended = offer.recommended && regionKnown;
        box->setProperty("recommended", recommended);
        const bool ticked =
            m_userTicked.contains(key) || (recommended && !m_userUnticked.contains(key));
        box->setChecked(!offer.passed && (offer.alreadySet || ticked));
        box->setEnabled(!offer.passed && !offer.alreadySet);
        QStringList tip;
        if (const QString note = offer.rule.note.text(language); !note.isEmpty())
            tip << note;
        tip << tr("WalletCase reminds you on %1.").arg(CaseText::dateTime(offer.remindAt));
        box->setToolTip(tip.join(u'\n'));
        auto* source =
            new QLabel(tr("Source: %1").arg(offer.rule.source.text(language)), m_clocksBox);
        source->setObjectName(u"clockSourceLabel"_s);
        source->setWordWrap(true);
        source->setTextFormat(Qt::PlainText);
        source->setContentsMargins(22, 0, 0, 4);
        QFont small = source->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        source->setFont(small);
        source->setForegroundRole(QPalette::PlaceholderText);
        m_clocksLayout->addWidget(box);
        m_clocksLayout->addWidget(source);
        m_clockChecks << box;
    }
    m_clocksNote->setText(
        m_offers.isEmpty() ? QString()
        : regionKnown
            ? tr("These deadlines apply to your complaint. Ticked ones become reminders when you "
                 "finish.")
            : tr("These deadlines may apply to your complaint, depending on the country you live "
                 "in. Tick the ones that apply: they become reminders when you finish."));
    m_clocksNote->setVisible(!m_offers.isEmpty());
    m_clocksBox->setVisible(!m_offers.isEmpty());
}

QStringList SendPage::tickedClocks() const
{
    QStringList keys;
    for (const QCheckBox* box : m_clockChecks) {
        if (box->isEnabled() && box->isChecked())
            keys << box->property("clockKey").toString();
    }
    return keys;
}

bool SendPage::acceptClocks()
{
    const QStringList ticked = tickedClocks();
    if (!m_clockTable || ticked.isEmpty() || m_session.caseId() <= 0)
        return true;
    // Worked out again against the file, so finishing twice never doubles a reminder.
    QList<core::Reminder> existing;
    if (auto reminders = m_session.store().reminders(m_session.caseId()))
        existing = std::move(*reminders);
    const auto offers = m_clockTable->offers(clockContext(), m_session.clock().nowMs(),
                                             QTimeZone::systemTimeZone(), existing);
    QList<core::ClockOffer> accepted;
    for (const core::ClockOffer& offer : offers) {
        if (ticked.contains(offer.rule.key) && !offer.alreadySet && !offer.passed)
            accepted << offer;
    }
    if (accepted.isEmpty())
        return true;
    const core::ClockContext context = clockContext();
    auto added = m_clockTable->accept(m_session.store(), m_session.caseId(), accepted,
                                      context.providerName, WizardSession::uiLanguage());
    if (!added) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The deadline reminders could not be saved: %1")
                                      .arg(added.error().message));
        return false;
    }
    updateClocks();
    return true;
}

} // namespace wc::gui
