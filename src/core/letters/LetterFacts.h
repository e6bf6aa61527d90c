// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/BusinessCalendar.h"
#include "letters/LetterConventions.h"
#include "letters/LetterPhrases.h"
#include "model/Entities.h"
#include "store/CaseStore.h"

#include <kainjow/mustache.hpp>

namespace wc::core {

// Who reads a letter decides what it carries: the company and a regulator need the full account
// identifier and the whole story; anything public gets neither names nor numbers.
enum class LetterAudience
{
    Company,
    Regulator,
    Public
};

// Everything the facts of one letter are drawn from. Internal to the letter drafter.
struct LetterContext
{
    const CaseSnapshot& snapshot;
    const Profile& profile;
    const LetterPhrases& phrases;
    const LetterConventions& conventions;
    QString kind;
    LetterAudience audience = LetterAudience::Company;
    qint64 nowMs = 0;
    qint64 replyByMs = 0;
    bool fullAccount = true;
    QString subtypeName;
    QString regulatorName; // the regulator a "regulator" letter is addressed to, if known
    bool regulationE = false; // a US notice of error under Regulation E (12 CFR 1005.11)
    // The notice is given only to the extent the transfer was an electronic fund transfer: the
    // wallet takes card-funded payments too and the case does not say how this one was funded.
    bool regulationEConditional = false;
    // When the company was first told of the error in writing, in an earlier letter (a later
    // letter says so instead of giving the notice again), and the day its 10 business days for
    // the investigation end, counted with the region's business calendar.
    std::optional<qint64> regulationENoticeAt;
    QDate regulationEDue;
    // The business days of the letter's region (weekends and its public holidays).
    BusinessCalendar calendar;
};

// The values the letter templates read: the facts the case holds that matter for the letter's
// addressee, each already written in the region's conventions. A fact the case does not hold is
// `false`, so the template leaves its line out; nothing is ever invented.
kainjow::mustache::data letterFacts(const LetterContext& context);

// What the letters after the first one add: when and how the complaint went out and the reply
// deadline it set, letters and calls since, replies, promises whose date passed and deadlines
// missed. Adds to `data`.
void addLetterHistory(kainjow::mustache::data& data, const LetterContext& context);

// One contact as the letters list it (`when` with the time, channel, agent, what was said, the
// promise and whether its date passed while the case is open, the outcome).
kainjow::mustache::data contactItem(const Contact& contact, const LetterContext& context);

// The promise a contact logged, as a letter states it: who promised on which day, the user's words
// once and quoted, and the date it was promised by only when the words do not already say it.
// `company` names the company when no agent is named ("You" to the company, "The company" to a
// regulator). Empty when the contact holds no promise.
QString promiseSentence(const Contact& contact, const LetterContext& context, const QString& company);

// The value a template reads for text: empty text is `false`, never "" (kainjow treats "" as
// true, and an explicit false stops the lookup from falling through to an outer context).
kainjow::mustache::data textValue(const QString& text);

} // namespace wc::core
