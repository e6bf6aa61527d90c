// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/NextStep.h"

#include "exchange/IcsExport.h"
#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "letters/LetterDrafter.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

QString NextStep::userRegion()
{
    return core::EscalationLadder::regionForTerritory(QLocale().territory());
}

core::Result<core::SuggestedStep> NextStep::forCase(core::CaseStore& store, qint64 caseId,
                                                    const Context& context, qint64 nowMs)
{
    if (!context.ladder)
        return core::SuggestedStep{};
    core::CaseSnapshot snapshot;
    auto record = store.caseById(caseId);
    if (!record)
        return std::move(record).error();
    snapshot.record = std::move(*record);
    auto letters = store.letters(caseId);
    if (!letters)
        return std::move(letters).error();
    snapshot.letters = std::move(*letters);
    auto contacts = store.contacts(caseId);
    if (!contacts)
        return std::move(contacts).error();
    snapshot.contacts = std::move(*contacts);
    auto events = store.events(caseId);
    if (!events)
        return std::move(events).error();
    snapshot.events = std::move(*events);
    QStringList regions;
    if (context.directory) {
        if (const auto p = context.directory->provider(snapshot.record.providerKey))
            regions = p->regions;
    }
    const QString region = core::EscalationLadder::regionFor(regions, context.userRegion,
                                                             snapshot.record.language);
    return context.ladder->nextStep(snapshot, region, nowMs, context.zone);
}

QString NextStep::action(const core::SuggestedStep& step)
{
    using Kind = core::SuggestedStep::Kind;
    if (step.kind == Kind::None)
        return {};
    if (step.kind == Kind::Wait)
        return tr("Wait for the reply your letter asked for");
    if (step.kind == Kind::FollowUp)
        return tr("Write a follow-up letter");
    if (step.rungKey == core::rung::CustomerService)
        return tr("Contact customer service");
    // The complaint letter went out (by chat or social media, which the ladder counts as front-
    // line contact): the next rung escalates it rather than sending a first one.
    if (step.rungKey == core::rung::FormalComplaint)
        return step.complaintLetterSent ? tr("Escalate your complaint in writing")
                                        : tr("Send a formal written complaint");
    if (step.rungKey == core::rung::Regulator)
        return tr("Complain to the regulator");
    if (step.rungKey == core::rung::Public)
        return tr("Post a public complaint");
    if (step.rungKey == core::rung::Legal)
        return tr("Get legal advice");
    return tr("Go to the next step");
}

QString NextStep::detail(const core::SuggestedStep& step, const core::ProviderDirectory* directory,
                         const QString& language, const QTimeZone& zone)
{
    if (step.kind == core::SuggestedStep::Kind::None)
        return {};
    QStringList parts;
    if (step.kind == core::SuggestedStep::Kind::Wait && step.replyBy) {
        const qint64 replyDay = core::followup::atLocalTime(*step.replyBy, zone);
        parts << tr("Your letter asked for a reply by %1. If none has come by then, follow up "
                    "or take the next step from %2.")
                     .arg(CaseText::date(replyDay, zone),
                          CaseText::date(step.opensAt.value_or(replyDay), zone));
        return parts.join(u'\n');
    }
    if (const QString text = step.text.text(language); !text.isEmpty())
        parts << text;
    if (step.kind == core::SuggestedStep::Kind::FollowUp && step.opensAt) {
        parts << tr("The next step (%1) opens on %2.")
                     .arg(step.rungName.text(language), CaseText::date(*step.opensAt, zone));
    }
    if (step.kind == core::SuggestedStep::Kind::Rung && directory && !step.regulators.isEmpty()) {
        QStringList names;
        for (const core::Regulator& r : directory->allRegulators()) {
            if (step.regulators.contains(r.key))
                names << r.name.text(language);
        }
        if (!names.isEmpty())
            parts << tr("Where: %1").arg(names.join(language == u"zh_CN" ? u"、"_s : u"; "_s));
    }
    return parts.join(u'\n');
}

QString NextStep::kindTitle(const QString& kind)
{
    if (kind == u"custom")
        return tr("Your reminder");
    return core::IcsExport::kindTitle(kind);
}

core::Result<qint64> NextStep::draftLetter(core::CaseStore& store,
                                           const core::ProviderDirectory* directory, qint64 caseId,
                                           const QString& kind, const QString& regulatorKey)
{
    auto snapshot = store.snapshot(caseId);
    if (!snapshot)
        return std::move(snapshot).error();
    // The newest letter of this step not sent yet: pressing the step's button again shows it.
    for (auto it = snapshot->letters.crbegin(); it != snapshot->letters.crend(); ++it) {
        if (it->kind == kind && it->status != core::status::Sent && !it->sentAt)
            return it->id;
    }
    auto profile = store.profile();
    if (!profile)
        return std::move(profile).error();
    core::LetterDrafter::Request request;
    request.kind = kind;
    request.language = core::LetterDrafter::languages().contains(snapshot->record.language)
        ? snapshot->record.language
        : u"zh_CN"_s;
    request.nowMs = store.clock().nowMs();
    request.zone = core::CaseTimeZone::zoneFor(snapshot->record);
    request.regulatorKey = regulatorKey;
    if (directory)
        core::LetterDrafter::nameProvider(*snapshot, *directory, request.language);
    auto letter = core::LetterDrafter::draft(*snapshot, *profile, request);
    if (!letter)
        return std::move(letter).error();
    return store.addLetter(*letter);
}

} // namespace wc::gui
