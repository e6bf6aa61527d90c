// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// SendPage's deadlines: the clocks that apply to the complaint as it was sent, offered as check
// boxes, and the reminders of the ticked ones added when the wizard finishes.
#include "gui/wizard/SendPage.h"

#include "followup/ReminderPurpose.h"
#include "gui/caseview/CaseText.h"
#include "gui/reminders/ClockOffersList.h"
#include "gui/reminders/NextStep.h"
#include "gui/widgets/DateTimeField.h"
#include "letters/LetterDrafter.h"

#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

core::ClockContext SendPage::clockContext() const
{
    const core::CaseDraft& draft = m_session.draft();
    core::CaseSnapshot snapshot;
    snapshot.record = draft.record;
    snapshot.transactions = m_transactions;
    // A call logged or a first step ticked may already have done what a deadline asks.
    snapshot.contacts = draft.contacts;
    snapshot.checklist = draft.checklist;
    if (m_sent->isChecked()) {
        core::Letter letter = draft.letter.value_or(core::Letter{});
        letter.status = QString(core::status::Sent);
        letter.sentAt = CaseText::fromWallClock(m_sentAt->dateTime(), caseZone());
        letter.channel = m_sentChannel->currentData().toString();
        snapshot.letters = {letter};
    }
    core::ClockContext context = core::ClockContext::fromCase(
        snapshot, &m_session.providers(), WizardSession::uiLanguage(), NextStep::userRegion());
    // The letter's own "please reply by" date once it is sent: the deadline the drafter gave
    // it (stored with the letter) unless the text now asks for another date. A letter not sent
    // yet asks nobody anything ("Has it replied?" would be untrue); recording it as sent later
    // offers that reminder from the Letters tab.
    if (m_sent->isChecked() && draft.letter &&
        core::ClockTable::asksForReply(draft.letter->kind)) {
        // The letter as Finish will store it: one sent on an earlier day is drafted again as of
        // that day (dateLetterAsSent), its reply date counted from then (the walk's offer read
        // the 22nd while the letter saved asked for the 18th).
        core::Letter letter = *draft.letter;
        const qint64 sentAt = CaseText::fromWallClock(m_sentAt->dateTime(), caseZone());
        const auto dayOf = [this](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, caseZone()).date();
        };
        if (!draft.letterEdited && dayOf(sentAt) < dayOf(m_session.clock().nowMs())) {
            if (auto fresh = m_session.draftLetter(letter.language, sentAt)) {
                letter.body = fresh->body;
                letter.replyBy = fresh->replyBy;
            }
        }
        std::optional<QDate> drafted;
        if (letter.replyBy || !draft.letterEdited) {
            if (const auto due = core::LetterDrafter::replyDeadline(letter, caseZone()))
                drafted = core::followup::localDate(*due, caseZone());
        }
        context.replyRequestedOn = core::ClockTable::requestedReplyDate(letter, drafted);
    }
    return context;
}

void SendPage::updateClocks()
{
    if (!m_clockTable) {
        m_clockList->setOffers({}, WizardSession::uiLanguage(), false);
        m_clocksBox->setVisible(true);
        return;
    }
    QList<core::Reminder> existing;
    if (m_session.caseId() > 0) {
        if (auto reminders = m_session.store().reminders(m_session.caseId()))
            existing = std::move(*reminders);
    }
    const qint64 now = m_session.clock().nowMs();
    QList<core::ClockOffer> offers;
    for (const core::ClockOffer& offer :
         m_clockTable->offers(clockContext(), now, caseZone(), existing)) {
        if (offer.rule.kind != u"follow_up")
            offers << offer; // the follow-up date above is that reminder
    }
    // The data's recommendations assume the law of the user's country. Where the locale does
    // not say which country that is, a provider serving several regions would get the
    // deadlines of all of them, so none is ticked and the user picks.
    const bool regionKnown = !NextStep::userRegion().isEmpty();
    m_clockList->setTimeZone(caseZone());
    m_clockList->setOffers(offers, WizardSession::uiLanguage(), regionKnown);
    m_clocksNote->setText(
        offers.isEmpty() ? QString()
        : regionKnown
            ? tr("These deadlines apply to your complaint. Ticked ones become reminders when you "
                 "finish.")
            : tr("These deadlines may apply to your complaint, depending on the country you live "
                 "in. Tick the ones that apply: they become reminders when you finish."));
    m_clocksNote->setVisible(!offers.isEmpty());
    m_clocksBox->setVisible(!offers.isEmpty());
}

QList<core::ClockOffer> SendPage::clockOffers() const
{
    return m_clockList->offers();
}

QStringList SendPage::tickedClocks() const
{
    return m_clockList->tickedKeys();
}

void SendPage::tickFulfilledSteps()
{
    // A first step a call logged in the wizard or the sent letter itself did (the Reg E "tell
    // the company within 2 business days" step): ticked at the time of the first of them, as
    // the case view does for a contact logged or a letter marked sent later.
    if (!m_clockTable)
        return;
    core::CaseDraft& draft = m_session.draft();
    core::CaseSnapshot snapshot;
    if (draft.letter)
        snapshot.letters = {*draft.letter};
    snapshot.contacts = draft.contacts;
    snapshot.checklist = draft.checklist;
    for (core::ChecklistItem& item : draft.checklist) {
        if (item.doneAt)
            continue;
        for (const QString& action : m_clockTable->stepFulfilment().value(item.itemKey)) {
            const auto at = core::ClockTable::actionDoneAt(action, snapshot);
            if (at && (!item.doneAt || *at < *item.doneAt))
                item.doneAt = at;
        }
    }
}

bool SendPage::acceptClocks()
{
    const QStringList ticked = tickedClocks();
    if (!m_clockTable || ticked.isEmpty() || m_session.caseId() <= 0) {
        settle();
        return true;
    }
    // Worked out again against the file, so finishing twice never doubles a reminder.
    QList<core::Reminder> existing;
    if (auto reminders = m_session.store().reminders(m_session.caseId()))
        existing = std::move(*reminders);
    const auto offers =
        m_clockTable->offers(clockContext(), m_session.clock().nowMs(), caseZone(), existing);
    QList<core::ClockOffer> accepted;
    // A deadline completed already (ReminderPurpose, on the first finish) is not set again.
    const auto completed = [&existing](const core::ClockOffer& offer) {
        return std::any_of(existing.cbegin(), existing.cend(), [&](const core::Reminder& r) {
            return r.state == u"done" && r.kind == offer.rule.kind && r.dueAt == offer.remindAt;
        });
    };
    for (const core::ClockOffer& offer : offers) {
        if (ticked.contains(offer.rule.key) && !offer.alreadySet && !offer.passed &&
            !completed(offer))
            accepted << offer;
    }
    if (accepted.isEmpty()) {
        settle();
        return true;
    }
    const core::ClockContext context = clockContext();
    auto added = m_clockTable->accept(m_session.store(), m_session.caseId(), accepted,
                                      context.providerName, WizardSession::uiLanguage());
    if (!added) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The deadline reminders could not be saved: %1")
                                      .arg(added.error().message));
        return false;
    }
    settle();
    updateClocks();
    return true;
}

void SendPage::settle()
{
    if (m_session.caseId() <= 0)
        return;
    // A deadline whose purpose this very wizard already recorded (the complaint sent to the
    // company, the "tell the company" step ticked) is marked done at once, with the reason;
    // so is an earlier "send it" reminder of a resumed draft now sent.
    if (auto settled = core::ReminderPurpose::settleCase(m_session.store(), m_session.caseId());
        !settled) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, settled.error().message);
    }
}

} // namespace wc::gui
