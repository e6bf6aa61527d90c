// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/BusinessCalendar.h"
#include "followup/FollowUpTime.h"
#include "guidance/LocalizedText.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace wc::core {

struct CaseSnapshot;
class ProviderDirectory;

namespace rung {
inline constexpr QLatin1String CustomerService{"customer_service"};
inline constexpr QLatin1String FormalComplaint{"formal_complaint"};
inline constexpr QLatin1String Regulator{"regulator"};
inline constexpr QLatin1String Public{"public"};
inline constexpr QLatin1String Legal{"legal"};
} // namespace rung

// How long the company must have had before a rung opens, for some families (empty = all).
struct RungWait
{
    QStringList families;
    int amount = 0;
    followup::Unit unit = followup::Unit::Days;
};

struct EscalationRung
{
    QString key; // a rung:: key
    LocalizedText name;
    QString templateKey;    // the letter kind to draft: initial, follow_up, escalation, regulator,
                            // public_post; empty when the rung needs no letter
    QStringList regulators; // keys of ProviderDirectory regulators
    QList<RungWait> waits;
    bool orFinalResponse = false; // a final response from the company opens it at once
    LocalizedText when;
    bool verify = false;
    QString source;
};

struct Ladder
{
    QString region;
    QList<EscalationRung> rungs; // in escalation order
};

// What an overdue case should do next.
struct SuggestedStep
{
    enum class Kind
    {
        None,     // closed, or nothing higher to go to
        FollowUp, // the next rung is not open yet: restate the complaint to the same company
        Rung,     // go up to `rungKey`
        // A sent letter asked for a reply by `replyBy` and that day has not passed, with no
        // reply logged since: nothing to send yet; follow up from `opensAt` (the day after).
        Wait
    };
    Kind kind = Kind::None;
    QString region;
    QString rungKey; // the next rung (for FollowUp: the one that opens at opensAt)
    LocalizedText rungName;
    QString templateKey; // the letter to draft for this step
    QStringList regulators;
    LocalizedText text; // why / when, for the pop-up
    std::optional<qint64> opensAt;
    QString currentRungKey; // where the case stands now; empty before anything was sent
    // The case holds a sent complaint letter (a written "initial" letter, whatever its
    // channel): the formal-complaint rung is then an escalation of it, not a first complaint.
    bool complaintLetterSent = false;
    std::optional<QDate> replyBy; // Wait: the day the latest sent letter asked for a reply by
};

// The escalation ladder per region (CN, US, UK, EU), shipped as resources/data/escalation.json
// with sources: company customer service → formal written complaint → regulator or ombudsman →
// public complaint platform / social media → legal advice. It tells an overdue case its next
// rung, respecting each rung's waiting time (UK FOS after 15 business days or 8 weeks, or at once
// after a final response). While the latest sent letter's reply date is still ahead (and no reply
// was logged since), the step is to wait for it: suggesting a new letter then would ask the
// company for what it still has time to do.
class EscalationLadder
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::EscalationLadder)

public:
    static constexpr int SchemaVersion = 1;
    static constexpr QLatin1String ResourcePath{":/data/escalation.json"};

    // With a directory, every regulator key must exist in it.
    static Result<EscalationLadder> load(const ProviderDirectory* directory = nullptr);
    static Result<EscalationLadder> fromJson(const QByteArray& json,
                                             const ProviderDirectory* directory = nullptr);

    QStringList regions() const;
    std::optional<Ladder> ladder(const QString& region) const;
    LocalizedText rungName(const QString& rungKey) const;
    // The template keys the ladder uses (the letter drafter must know each of them).
    QStringList templateKeys() const;

    // Which ladder fits a case: the user's region when the provider serves it (or is unknown),
    // else CN for a Chinese-language case with a Chinese provider, else the provider's first
    // region, else the user's region. Empty when nothing is known.
    static QString regionFor(const QStringList& providerRegions, const QString& userRegion,
                             const QString& caseLanguage);
    // CN, US, UK or EU for a locale's territory; empty elsewhere.
    static QString regionForTerritory(QLocale::Territory territory);

    // The highest rung the case has reached, from its sent letters (and their channels), its
    // contacts and its status; -1 before anything was sent.
    int currentRung(const Ladder& ladder, const CaseSnapshot& snapshot) const;
    SuggestedStep nextStep(const CaseSnapshot& snapshot, const QString& region, qint64 nowMs,
                           const QTimeZone& zone = QTimeZone::systemTimeZone(),
                           std::optional<qint64> finalResponseAt = std::nullopt,
                           const BusinessCalendar& calendar = BusinessCalendar()) const;

private:
    QList<std::pair<QString, LocalizedText>> m_rungNames; // in ladder order
    QString m_followUpTemplate;
    LocalizedText m_followUpText;
    QList<Ladder> m_ladders;
};

} // namespace wc::core
