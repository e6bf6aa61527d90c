// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/WizardSession.h"

#include "gui/caseview/CaseText.h"
#include "gui/caseview/PromiseReminders.h"
#include "guidance/CaseTimeZone.h"
#include "letters/LetterDrafter.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

WizardSession::WizardSession(core::CaseStore& store, const core::Taxonomy& taxonomy,
                             const core::ProviderDirectory& providers, const core::Clock& clock,
                             QObject* parent)
    : QObject(parent), m_store(store), m_taxonomy(taxonomy), m_providers(providers), m_clock(clock)
{
}

void WizardSession::setDraft(core::CaseDraft draft)
{
    m_draft = std::move(draft);
    m_zoneProvider = m_draft.record.providerKey;
    m_zoneChosen = false;
    // A resumed draft's saved contacts had their reminders made when they were saved.
    m_promisesSynced.clear();
    for (const core::Contact& contact : std::as_const(m_draft.contacts)) {
        if (contact.id > 0)
            m_promisesSynced.insert(contact.id, contact);
    }
    m_proposedTitle.clear();
    const QString title = m_draft.record.title.trimmed();
    for (const QString& language : {uiLanguage(), m_draft.record.language}) {
        if (!title.isEmpty() && title == proposedTitle(language))
            m_proposedTitle = title;
    }
}

bool WizardSession::save()
{
    const int next = m_nextStep ? m_nextStep() : -1;
    // The last page has no next step: a closed wizard comes back to that page.
    return saveAt(next >= 0 ? next : m_draft.record.wizardStep);
}

bool WizardSession::saveAt(int step)
{
    m_draft.record.wizardStep = qMax(0, step);
    syncTimeZone();
    auto saved = m_draft.save(m_store);
    if (saved)
        saved = syncPromiseReminders();
    if (!saved) {
        emit saveFailed(saved.error().message.isEmpty()
                            ? tr("Your entries could not be saved to the case file. They are "
                                 "still here; try again, or check that the disk is not full.")
                            : saved.error().message);
        return false;
    }
    emit this->saved(m_draft.record.id);
    return true;
}

core::Result<void> WizardSession::syncPromiseReminders()
{
    const auto samePromise = [](const core::Contact& a, const core::Contact& b) {
        // What the reminder is made of: the day, and who promised what on which contact.
        return a.promisedBy == b.promisedBy && a.promise == b.promise
            && a.agentName == b.agentName && a.agentId == b.agentId && a.channel == b.channel
            && a.reference == b.reference;
    };
    auto reminders = m_store.reminders(caseId());
    if (!reminders)
        return std::move(reminders).error();
    QSet<qint64> withReminder;
    QList<qint64> orphaned;
    for (const core::Reminder& reminder : std::as_const(*reminders)) {
        if (reminder.kind != u"promise")
            continue;
        if (reminder.contactId)
            withReminder.insert(*reminder.contactId);
        else
            orphaned << reminder.id; // its contact was deleted in the wizard
    }
    QHash<qint64, core::Contact> synced;
    for (const core::Contact& contact : std::as_const(m_draft.contacts)) {
        const bool wanted = contact.promisedBy.has_value();
        const bool has = withReminder.contains(contact.id);
        const auto before = m_promisesSynced.constFind(contact.id);
        const bool unchanged =
            before != m_promisesSynced.cend() && samePromise(*before, contact);
        // The same call a contact logged in the case makes (Ctrl+L): one reminder per promise.
        if (wanted != has || (wanted && !unchanged)) {
            auto kept = PromiseReminders::save(m_store, contact);
            if (!kept)
                return std::move(kept).error();
        }
        synced.insert(contact.id, contact);
    }
    for (const qint64 id : std::as_const(orphaned))
        WC_TRY(m_store.removeReminder(id));
    m_promisesSynced = std::move(synced);
    return {};
}

void WizardSession::syncTimeZone()
{
    core::CaseRecord& r = m_draft.record;
    if (!r.timeZone.isEmpty() && (m_zoneChosen || r.providerKey == m_zoneProvider))
        return;
    r.timeZone = QString::fromLatin1(core::CaseTimeZone::defaultZoneId(r, &m_providers));
    m_zoneProvider = r.providerKey;
}

void WizardSession::chooseTimeZone(const QByteArray& id)
{
    if (id.isEmpty() || !QTimeZone(id).isValid())
        return;
    m_draft.record.timeZone = QString::fromLatin1(id);
    m_zoneProvider = m_draft.record.providerKey;
    m_zoneChosen = true;
}

QString WizardSession::uiLanguage()
{
    return CaseText::uiLanguage();
}

QString WizardSession::proposedTitle(const QString& language) const
{
    const core::CaseRecord& r = m_draft.record;
    QString provider = r.providerName.trimmed();
    if (auto entry = m_providers.provider(r.providerKey)) {
        const QString name = entry->name.text(language);
        if (!name.isEmpty())
            provider = name;
    }
    QString problem;
    if (auto subtype = m_taxonomy.subtype(r.subtype))
        problem = subtype->name.text(language);
    QString date;
    if (r.incidentAt) {
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(*r.incidentAt, core::CaseTimeZone::zoneFor(r)).date();
        // Written the way each language writes a short date in a title; an English title in
        // the user's own conventions ("Nov 28, 2026" in the US, "28 Nov 2026" in the UK).
        const QLocale ui;
        date = language == u"zh_CN"_s
            ? u"%1月%2日"_s.arg(day.month()).arg(day.day())
            : CaseText::dayInWords(day, ui.language() == QLocale::English
                                            ? ui
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    const bool zh = language == u"zh_CN"_s;
    QStringList parts;
    if (!provider.isEmpty())
        parts << provider;
    if (!problem.isEmpty())
        parts << problem;
    // Chinese titles run together ("支付宝重复扣款"), English ones are separated.
    QString title = parts.join(zh ? QString() : u" – "_s);
    if (!date.isEmpty() && !title.isEmpty())
        title += zh ? u"（"_s + date + u"）"_s : u" ("_s + date + u")"_s;
    return title;
}

void WizardSession::refreshProposedTitle(const QString& language)
{
    if (!titleIsProposed())
        return;
    m_proposedTitle = proposedTitle(language);
    m_draft.record.title = m_proposedTitle;
}

bool WizardSession::titleIsProposed() const
{
    // An empty title is ours to fill; a title equal to what we proposed last is still ours.
    const QString title = m_draft.record.title.trimmed();
    return title.isEmpty() || title == m_proposedTitle;
}

core::Result<core::Letter> WizardSession::draftLetter(const QString& language, qint64 asOfMs) const
{
    core::CaseSnapshot snapshot;
    if (caseId() > 0) {
        auto stored = m_store.snapshot(caseId());
        if (!stored)
            return core::Error{stored.error().code,
                               tr("The letter could not be drafted because the case could not "
                                  "be read: %1")
                                   .arg(stored.error().message),
                               stored.error().detail};
        snapshot = std::move(*stored);
    }
    snapshot.record = m_draft.record;
    snapshot.contacts = m_draft.contacts;
    if (asOfMs < m_clock.nowMs())
        core::LetterDrafter::asItWas(snapshot, asOfMs);
    core::LetterDrafter::nameProvider(snapshot, m_providers, language);
    return core::LetterDrafter::draft(snapshot, m_draft.profile, language, asOfMs,
                                      core::CaseTimeZone::zoneFor(snapshot.record));
}

} // namespace wc::gui
