// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/EscalationLadder.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace wc::core {
class CaseStore;
class ProviderDirectory;
} // namespace wc::core

namespace wc::gui {

// What an overdue case should do next, in words, and the letter that starts it. Shared by the
// reminder pop-up, the follow-ups view and the case list, so all three suggest the same step.
class NextStep
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::NextStep)

public:
    struct Context
    {
        const core::EscalationLadder* ladder = nullptr;    // none: no suggestions
        const core::ProviderDirectory* directory = nullptr; // regions and regulator names
        QString userRegion; // CN, US, UK, EU or empty; see EscalationLadder::regionFor
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    // The user's region from the default locale's territory (CN, US, UK, EU or empty).
    static QString userRegion();

    // The suggestion for one case as of `nowMs` (reads its letters, contacts and history).
    static core::Result<core::SuggestedStep> forCase(core::CaseStore& store, qint64 caseId,
                                                     const Context& context, qint64 nowMs);

    // The step as a button would say it: "Write a follow-up letter", "Complain to the
    // regulator" …; empty when there is nothing to suggest.
    static QString action(const core::SuggestedStep& step);
    // Why and where, in `language`: the rung's advice, the bodies to go to, and when the next
    // rung opens for a follow-up (a day of the case, in `zone`, written the way the interface
    // writes dates).
    static QString detail(const core::SuggestedStep& step, const core::ProviderDirectory* directory,
                          const QString& language,
                          const QTimeZone& zone = QTimeZone::systemTimeZone());
    // The reminder kinds as titles ("Follow up", "Reply deadline" …).
    static QString kindTitle(const QString& kind);

    // Drafts the step's letter (`kind`, e.g. "follow_up") in the case's language from the case as
    // it is now and saves it as a draft letter of the case; its id. The first regulator of the
    // step is the one addressed. A step started twice makes one letter: while the case holds an
    // unsent letter of that kind, its id is returned and nothing is added.
    static core::Result<qint64> draftLetter(core::CaseStore& store,
                                            const core::ProviderDirectory* directory, qint64 caseId,
                                            const QString& kind, const QString& regulatorKey);
};

} // namespace wc::gui
