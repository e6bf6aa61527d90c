// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// LettersTab's actions on letters (new, re-draft, status and sent, copy, email, delete), apart
// from the list and the editor so each file reads in one sitting.
#include "gui/caseview/LettersTab.h"

#include "followup/CaseLifecycle.h"
#include "followup/EscalationLadder.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/LetterSentDialog.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/reminders/ClockOffersDialog.h"
#include "gui/reminders/ClockOffersList.h"
#include "gui/reminders/NextStep.h"
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "gui/wizard/SendPage.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "letters/LetterDrafter.h"
#include "store/CaseStore.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

const QString Sent = u"sent"_s;

} // namespace

QList<core::Regulator> LettersTab::caseRegulators() const
{
    QList<core::Regulator> regulators;
    if (!m_providers || !m_store || m_caseId <= 0)
        return regulators;
    auto record = m_store->caseById(m_caseId);
    if (!record)
        return regulators;
    QStringList regions;
    if (const auto provider = m_providers->provider(record->providerKey))
        regions = provider->regions;
    const QString region = core::EscalationLadder::regionFor(
        regions, core::EscalationLadder::regionForTerritory(QLocale().territory()),
        record->language);
    for (const core::Regulator& regulator : m_providers->regulators(region)) {
        if (regulator.kind == u"regulator" || regulator.kind == u"ombudsman")
            regulators << regulator;
    }
    return regulators;
}

void LettersTab::fillNewLetterMenu()
{
    m_newMenu->clear();
    const QList<core::Regulator> regulators = caseRegulators();
    const QString language = CaseText::uiLanguage();
    for (const QString& kind : core::LetterDrafter::kinds()) {
        const QString name = CaseText::letterKind(kind);
        if (kind == u"regulator" && !regulators.isEmpty()) {
            // Addressed to a body by name: the user picks which one.
            QMenu* to = m_newMenu->addMenu(name);
            to->setObjectName(u"newLetter_%1_Menu"_s.arg(kind));
            for (const core::Regulator& regulator : std::as_const(regulators)) {
                QAction* action = to->addAction(regulator.name.text(language));
                action->setObjectName(u"newLetter_%1_%2_Action"_s.arg(kind, regulator.key));
                connect(action, &QAction::triggered, this,
                        [this, kind, key = regulator.key] { newLetter(kind, key); });
            }
            continue;
        }
        QAction* action = m_newMenu->addAction(name);
        action->setObjectName(u"newLetter_%1Action"_s.arg(kind));
        connect(action, &QAction::triggered, this, [this, kind] { newLetter(kind); });
    }
}

void LettersTab::statusPicked()
{
    if (m_loading || m_current.id <= 0)
        return;
    const QString status = m_status->currentData().toString();
    if (status == m_current.status)
        return;
    if (status == Sent) {
        showCurrent(); // stays as it was until the form is confirmed
        markSent();
        return;
    }
    if (!saveNow()) {
        showCurrent();
        return;
    }
    core::Letter letter = m_current;
    if (letter.status == Sent) {
        const int answer =
            MessageBox::ask(this, QMessageBox::Question, tr("Mark the letter as not sent?"),
                            tr("The record of when and how it was sent (%1) will be cleared.")
                                .arg(caseStatusText(letter)),
                            {{ClearSent, tr("&Mark as not sent"), QMessageBox::DestructiveRole},
                             {KeepSent, tr("&Keep it as sent"), QMessageBox::RejectRole}},
                            KeepSent);
        if (answer != ClearSent) {
            showCurrent();
            return;
        }
        letter.sentAt.reset();
        letter.channel.clear();
        letter.reference.clear();
    }
    letter.status = status;
    storeLetter(letter, tr("The letter's status could not be saved: %1"));
}

void LettersTab::markSent()
{
    if (m_current.id <= 0 || !m_store)
        return;
    if (m_sentDialog) {
        m_sentDialog->raise();
        m_sentDialog->activateWindow();
        return;
    }
    auto* dialog = new LetterSentDialog(this);
    dialog->setTimeZone(caseZone());
    dialog->setLetter(m_current, m_store->clock().nowMs());
    dialog->setRegulators(caseRegulators(), CaseText::uiLanguage());
    dialog->setWindowModality(Qt::WindowModal);
    const qint64 letterId = m_current.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, letterId] {
        if (m_current.id != letterId || !saveNow())
            return;
        core::Letter sent = dialog->sentLetter(m_current);
        // Marked sent on a day before it was drafted (the walk: sent on the 2nd, logged on the
        // 7th): its date line, reply date and history are made true to the day it went out.
        bool redated = false;
        const QString note = dateAsSent(sent, redated);
        if (!storeLetter(sent, tr("The letter could not be marked as sent: %1"), redated))
            return;
        if (!note.isEmpty())
            showNote(note);
        moveCaseOnAfterSending(sent.kind);
        offerClocks(sent, dialog->sentTo());
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    m_sentDialog = dialog;
    dialog->open();
}

void LettersTab::moveCaseOnAfterSending(const QString& kind)
{
    // The case's story follows its letters: the first one out makes it sent, a formal
    // escalation or a regulator complaint makes it escalated (CaseLifecycle).
    auto record = m_store->caseById(m_caseId);
    if (!record)
        return;
    const QString next = core::CaseLifecycle::statusAfterSending(record->status, kind);
    if (next == record->status)
        return;
    if (auto moved = core::CaseLifecycle::move(*m_store, m_caseId, next); !moved) {
        showError(tr("The letter is marked as sent, but the case's status could not be "
                     "changed: %1")
                      .arg(moved.error().message));
        return;
    }
    emit changed();
}

void LettersTab::offerClocks(const core::Letter& sent, const QString& sentTo)
{
    if (!m_clockTable) {
        auto table = core::ClockTable::load();
        if (!table) {
            showError(
                tr("The table of deadlines could not be loaded: %1").arg(table.error().message));
            return;
        }
        m_clockTable = std::move(*table);
    }
    // Read each time: the user may have changed it in Settings since.
    m_clockTable->setReminderTime(AppSettings::reminderTime());
    auto snapshot = m_store->snapshot(m_caseId);
    if (!snapshot)
        return;
    const QString language = CaseText::uiLanguage();
    const QString userRegion = NextStep::userRegion();
    core::ClockContext context =
        core::ClockContext::fromCase(*snapshot, m_providers, language, userRegion);
    // Which deadlines start depends on who the letter went to. A complaint to a regulator
    // starts the regulator's clocks from this letter; the company's clocks keep counting from
    // the first complaint to the company (fromCase), not from a later follow-up.
    context.target = sentTo;
    if (sentTo != u"company") {
        context.complaintSentAt = sent.sentAt;
        context.channel = sent.channel;
    }
    QList<core::ClockOffer> offers;
    for (const core::ClockOffer& offer : m_clockTable->offers(
             context, m_store->clock().nowMs(), caseZone(), snapshot->reminders)) {
        // Follow-ups are set with the follow-up date; passed or set ones need no choice.
        if (offer.rule.kind != u"follow_up" && !offer.passed && !offer.alreadySet)
            offers << offer;
    }
    if (offers.isEmpty())
        return;
    auto* dialog = new ClockOffersDialog(this);
    dialog->list()->setTimeZone(caseZone());
    dialog->setOffers(offers, language, !userRegion.isEmpty());
    dialog->setWindowModality(Qt::WindowModal);
    const qint64 caseId = m_caseId;
    connect(
        dialog, &QDialog::accepted, this,
        [this, dialog, caseId, providerName = context.providerName, language] {
            const QList<core::ClockOffer> ticked = dialog->tickedOffers();
            if (ticked.isEmpty() || !m_store)
                return;
            auto added = m_clockTable->accept(*m_store, caseId, ticked, providerName, language);
            if (!added) {
                showError(
                    tr("The deadline reminders could not be saved: %1").arg(added.error().message));
                return;
            }
            emit changed();
        });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void LettersTab::languagePicked()
{
    if (m_loading || m_current.id <= 0)
        return;
    const QString language = m_language->currentData().toString();
    if (language != m_current.language && !redraft(language))
        showCurrent(); // the text stays in its language, and so does the choice describing it
}

core::Result<core::Letter> LettersTab::draftFor(const QString& kind, const QString& language,
                                                const QString& regulatorKey,
                                                std::optional<bool> fullAccount,
                                                std::optional<qint64> asOfMs,
                                                bool freshReplyDate)
{
    auto snapshot = m_store->snapshot(m_caseId);
    if (!snapshot)
        return std::move(snapshot).error();
    if (asOfMs)
        core::LetterDrafter::asItWas(*snapshot, *asOfMs);
    if (m_providers)
        core::LetterDrafter::nameProvider(*snapshot, *m_providers, language);
    auto profile = m_store->profile();
    if (!profile)
        return std::move(profile).error();
    core::LetterDrafter::Request request;
    request.kind = kind;
    request.language = language;
    request.nowMs = asOfMs.value_or(m_store->clock().nowMs());
    if (asOfMs && !freshReplyDate)
        request.replyByMs = m_current.replyBy;
    request.zone = core::CaseTimeZone::zoneFor(snapshot->record);
    request.regulatorKey = regulatorKey;
    request.fullAccount = fullAccount.value_or(m_fullAccount->isChecked());
    return core::LetterDrafter::draft(*snapshot, *profile, request);
}

bool LettersTab::newLetter(const QString& kind, const QString& regulatorKey)
{
    if (!m_store || m_caseId <= 0)
        return false;
    saveNow();
    QString language = CaseText::uiLanguage();
    if (auto record = m_store->caseById(m_caseId);
        record && core::LetterDrafter::languages().contains(record->language))
        language = record->language;
    auto letter = draftFor(kind, language, regulatorKey);
    if (!letter) {
        showError(tr("The letter could not be drafted: %1").arg(letter.error().message));
        return false;
    }
    letter->caseId = m_caseId;
    letter->kind = kind;
    letter->status = u"draft"_s;
    auto id = m_store->addLetter(*letter, true);
    if (!id) {
        showError(tr("The new letter could not be saved: %1").arg(id.error().message));
        return false;
    }
    readLetters();
    fillList();
    selectLetter(*id);
    m_messageBar->hide();
    m_editor->bodyEdit()->setFocus();
    emit changed();
    return true;
}

bool LettersTab::redraft(const QString& requested, std::optional<bool> untouchedIfFullAccount)
{
    if (!m_store || m_current.id <= 0 || m_current.status == Sent)
        return false;
    const QString language = requested.isEmpty() ? m_current.language : requested;
    // A regulator letter stays addressed to the body it names.
    const QString regulator = core::LetterDrafter::regulatorAddressedIn(m_current);
    auto fresh = draftFor(m_current.kind, language, regulator);
    if (!fresh) {
        showError(tr("The letter could not be drafted again: %1").arg(fresh.error().message));
        return false;
    }
    const core::Letter edited = editedLetter();
    const bool hasText = !edited.subject.trimmed().isEmpty() || !edited.body.trimmed().isEmpty();
    if (fresh->subject == edited.subject && fresh->body == edited.body &&
        language == m_current.language) {
        showNote(tr("The letter already reads as the template drafts it."));
        return true;
    }
    // Only the user's own words are worth a question. A text that differs from a new draft only
    // because the case's facts changed since is still WalletCase's draft: it is replaced without
    // asking. Typing not saved yet counts; so does an edit the case's log records from earlier.
    const bool userEdited = holdsUsersWords(edited, regulator);
    bool untouched = false;
    if (untouchedIfFullAccount) {
        auto before =
            draftFor(m_current.kind, m_current.language, regulator, untouchedIfFullAccount);
        untouched = before && before->subject == edited.subject && before->body == edited.body;
    }
    if (hasText && userEdited && !untouched) {
        const int answer = MessageBox::ask(
            this, QMessageBox::Question, tr("Replace your changes to the letter?"),
            tr("You changed this letter after WalletCase drafted it. Drafting it again replaces "
               "its subject line and its whole body, your changes included, with a new draft "
               "in %1 from the template and the case as it is now. To keep a passage, copy it "
               "first.")
                .arg(CaseText::languageName(language)),
            {{ReplaceText, tr("&Replace the text"), QMessageBox::DestructiveRole},
             {KeepText, tr("&Keep my text"), QMessageBox::RejectRole}},
            KeepText);
        if (answer != ReplaceText)
            return false;
    }
    core::Letter letter = m_current;
    letter.subject = fresh->subject;
    letter.body = fresh->body;
    letter.language = language;
    letter.replyBy = fresh->replyBy;
    if (!storeLetter(letter, tr("The new draft could not be saved: %1"), true))
        return false;
    if (!userEdited)
        showNote(tr("Drafted again from the case as it is now."));
    return true;
}

bool LettersTab::holdsUsersWords(const core::Letter& edited, const QString& regulatorKey)
{
    if (m_dirty)
        return true;
    const auto logged = m_store->letterEditedSinceDrafted(m_current.id);
    // The log cannot tell for a letter saved before it recorded whose words a text is (the
    // wizard's, until it did): one that still reads exactly as drafted holds none of the user's.
    return (!logged || *logged) && !readsAsDrafted(edited, regulatorKey);
}

QString LettersTab::dateAsSent(core::Letter& sent, bool& redated)
{
    redated = false;
    const QTimeZone zone = caseZone();
    const auto dayOf = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    };
    if (!sent.sentAt || dayOf(*sent.sentAt) >= dayOf(m_current.createdAt))
        return {};
    const QString regulator = core::LetterDrafter::regulatorAddressedIn(m_current);
    if (!holdsUsersWords(editedLetter(), regulator)) {
        auto fresh = draftFor(m_current.kind, m_current.language, regulator, std::nullopt,
                              *sent.sentAt, true);
        if (fresh) {
            sent.subject = fresh->subject;
            sent.body = fresh->body;
            sent.replyBy = fresh->replyBy;
            redated = true;
            return tr("The letter is now dated %1, the day it was sent, and its reply date is "
                      "counted from then.")
                .arg(CaseText::date(*sent.sentAt, zone));
        }
    }
    return tr("This letter is dated %1, the day it was drafted, but was sent on %2. Its date "
              "line and the dates it states are as of %1: check them against the letter you "
              "sent.")
        .arg(CaseText::date(m_current.createdAt, zone), CaseText::date(*sent.sentAt, zone));
}

bool LettersTab::readsAsDrafted(const core::Letter& edited, const QString& regulatorKey)
{
    // The letter's own date line is the day it was drafted, which the store does not keep: the
    // day it was saved and the day it last changed are the candidates.
    for (const qint64 asOf : {m_current.createdAt, m_current.updatedAt}) {
        if (asOf <= 0)
            continue;
        auto then = draftFor(m_current.kind, m_current.language, regulatorKey, std::nullopt, asOf);
        if (then && then->subject == edited.subject && then->body == edited.body)
            return true;
    }
    return false;
}

void LettersTab::copyLetter()
{
    if (m_current.id <= 0)
        return;
    const core::Letter letter = editedLetter();
    QGuiApplication::clipboard()->setText(letter.subject + u"\n\n"_s + letter.body);
    setSaveText(tr("Copied to the clipboard"));
}

QString LettersTab::providerEmail()
{
    if (!m_providers || !m_store)
        return {};
    auto record = m_store->caseById(m_caseId);
    if (!record)
        return {};
    const auto provider = m_providers->provider(record->providerKey);
    if (!provider)
        return {};
    for (const core::Channel& c : provider->channels) {
        if (c.kind == u"email" && c.value.contains(u'@'))
            return c.value.trimmed();
    }
    return {};
}

void LettersTab::openMailDraft()
{
    if (m_current.id <= 0)
        return;
    const core::Letter letter = editedLetter();
    // Some mail programs cut long messages short; the clipboard holds the whole letter.
    QGuiApplication::clipboard()->setText(letter.subject + u"\n\n"_s + letter.body);
    const QString to = providerEmail();
    if (!UrlOpener::open(SendPage::mailtoUrl(to, letter.subject, letter.body))) {
        showError(UrlOpener::mailFailureMessage());
        return;
    }
    showNote(to.isEmpty() ? tr("A new email with the letter was opened. Add the provider's "
                               "address, and check that the whole letter arrived (it is also on "
                               "the clipboard).")
                          : tr("A new email to %1 with the letter was opened. Check that the "
                               "whole letter arrived (it is also on the clipboard).")
                                .arg(to));
}

void LettersTab::deleteLetter()
{
    if (m_current.id <= 0 || !m_store)
        return;
    const int answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Delete the letter?"),
        tr("Delete “%1” (%2)? Its text is gone for good; the case's history keeps a note that "
           "it was deleted.")
            .arg(CaseText::letterKind(m_current.kind), caseStatusText(m_current)),
        {{DeleteLetter, tr("&Delete the letter"), QMessageBox::DestructiveRole},
         {KeepLetter, tr("&Keep it"), QMessageBox::RejectRole}},
        KeepLetter);
    if (answer != DeleteLetter)
        return;
    const qint64 id = m_current.id;
    if (auto removed = m_store->removeLetter(id); !removed) {
        showError(tr("The letter could not be deleted: %1").arg(removed.error().message));
        return;
    }
    m_unsaved.remove(id);
    m_dirty = false;
    m_current = core::Letter{};
    m_current.id = 0;
    readLetters();
    fillList();
    selectLetter(m_letters.isEmpty() ? 0 : m_letters.last().id);
    emit changed();
}

QTimeZone LettersTab::caseZone() const
{
    if (m_store) {
        if (auto record = m_store->caseById(m_caseId))
            return core::CaseTimeZone::zoneFor(*record);
    }
    return QTimeZone::systemTimeZone();
}

QString LettersTab::caseStatusText(const core::Letter& letter) const
{
    return statusText(letter, caseZone());
}

QString LettersTab::statusText(const core::Letter& letter, const QTimeZone& zone)
{
    // The case pane's earlier letters view said this first; its translations still apply.
    if (letter.status != Sent)
        return CaseText::letterStatus(letter.status);
    QString text = letter.sentAt
                       ? QCoreApplication::translate("wc::gui::CaseLettersView", "Sent %1")
                             .arg(CaseText::dateTime(*letter.sentAt, zone))
                       : CaseText::letterStatus(letter.status);
    if (!letter.channel.isEmpty())
        text = QCoreApplication::translate("wc::gui::CaseLettersView", "%1 by %2",
                                           "sent <when> by <channel>")
                   .arg(text, CaseText::contactChannel(letter.channel).toLower());
    if (!letter.reference.trimmed().isEmpty())
        text = QCoreApplication::translate("wc::gui::CaseLettersView", "%1, reference %2",
                                           "sent …, reference <number>")
                   .arg(text, letter.reference.trimmed());
    return text;
}

} // namespace wc::gui
