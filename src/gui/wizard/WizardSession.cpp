// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/WizardSession.h"

#include "gui/caseview/CaseText.h"
#include "guidance/CaseTimeZone.h"

#include <QDateTime>
#include <QLocale>

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

void WizardSession::syncTimeZone()
{
    core::CaseRecord& r = m_draft.record;
    if (!r.timeZone.isEmpty() && r.providerKey == m_zoneProvider)
        return;
    r.timeZone = QString::fromLatin1(core::CaseTimeZone::defaultZoneId(r, &m_providers));
    m_zoneProvider = r.providerKey;
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
        // Written the way each language writes a short date in a title.
        date = language == u"zh_CN"_s ? u"%1月%2日"_s.arg(day.month()).arg(day.day())
                                      : QLocale(QLocale::English).toString(day, u"d MMM yyyy"_s);
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

} // namespace wc::gui
