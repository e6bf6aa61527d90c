// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "letters/LetterConventions.h"

#include <QString>
#include <QTimeZone>

#include <optional>

namespace wc::report {

// The dossier's own wording, in the language of the document ("zh_CN" or "en"), which follows the
// case's letter rather than the interface: a Chinese user may hand an English dossier to PayPal.
// Like the letter templates it is document content, so both languages are always available here
// instead of going through the installed translator (which only ever holds the UI language).
class DossierText
{
public:
    enum Key
    {
        DossierTitle,
        LetterTitle,
        Case,
        Provider,
        Problem,
        Status,
        AmountInDispute,
        TransactionsTotal,
        RefundsReceived,
        IncidentDate,
        FirstComplaint,
        LatestContact,
        CaseOpened,
        Account,
        References,
        Complainant,
        Name,
        Phone,
        Email,
        Address,
        Remedies,
        RemedyNote,
        Contents,
        LettersSection,
        FactsSection,
        ChronologySection,
        TransactionsSection,
        ContactsSection,
        EvidenceSection,
        ManifestSection,
        LetterSentAt,
        LetterChannel,
        LetterReference,
        LetterNotSent,
        NoLetterSent,
        WhatHappened,
        FirstSteps,
        Step,
        StepState,
        StepDone,
        StepOpen,
        DoneAt,
        Note,
        ChainIntact,
        ChainBroken,
        ChainEmpty,
        Time,
        Event,
        Details,
        Hash,
        Date,
        Counterparty,
        Amount,
        Reference,
        TransactionStatus,
        NoneRecorded,
        Channel,
        Agent,
        AgentId,
        TicketReference,
        Summary,
        Promise,
        PromisedBy,
        ContactOutcome,
        Outgoing,
        Incoming,
        Captured,
        Added,
        FileName,
        Size,
        Sha256,
        Kind,
        Title,
        Number,
        OtherEvidence,
        ImageUnreadable,
        PageXofY,
        ExportedAt,
        GeneratedBy,
        NotGiven,
        Bytes,
        KiB,
        MiB,
        // The case's zone, the close, the story of the dispute and the edit-log appendix.
        TimesInZone,
        TimesInUtc,
        TimesInZoneDaylight,
        ZoneInHeader,
        Outcome,
        OutcomeRecovered,
        ClosedOn,
        AppendixSection,
        EditLogIntro,
        StoryEmpty,
        StoryIncident,
        StoryPayment,
        StoryMoneyBack,
        StoryStepDone,
        StoryContactOut,
        StoryContactIn,
        StoryLetterSent,
        StoryReplyDue,
        StoryPromiseDue,
        StoryDeadline,
        DeadlineEstimated,
        DeadlineSource,
        StoryClosed,
        StateUpcoming,
        StateMet,
        StateMissed,
        StateAnsweredLate,
        AgentWithId,
        ReferenceLabel,
        PromisedLabel,
        AgentAndReference,
        OutcomeNote,
        KeyCount
    };

    // "zh_CN" for Chinese, anything else reads as English.
    explicit DossierText(const QString& language);

    QString language() const { return m_chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"); }
    bool chinese() const { return m_chinese; }

    QString operator()(Key key) const;

    // Stored keys (status, remedy, channel …) in words; an unknown key is shown as it is.
    QString status(const QString& key) const;
    QString remedy(const QString& key) const;
    // The remedies as one phrase: "Refund and a written explanation" (only the first keeps its
    // capital, the list reads as English), "退款、书面说明".
    QString remedies(const QStringList& keys) const;
    QString channel(const QString& key) const;
    QString evidenceKind(const QString& key) const;
    QString letterKind(const QString& key) const;
    QString eventKind(const QString& key) const;
    // A field a "case.updated" entry names ("incident_at": "when it happened", "发生时间").
    QString caseField(const QString& key) const;
    // resolved_fully / resolved_partly / not_resolved in words.
    QString outcome(const QString& key) const;

    // "2026年1月15日 09:30" / "15 January 2026, 09:30" / "January 15, 2026, 9:30 AM" in `zone`:
    // as the case's letters write them once setConventions() was given conventions in that zone,
    // else "15 Jan 2026, 09:30".
    QString dateTime(qint64 epochMs, const QTimeZone& zone) const;
    QString date(qint64 epochMs, const QTimeZone& zone) const;
    // The date, or "not given".
    QString optionalDateTime(std::optional<qint64> epochMs, const QTimeZone& zone) const;
    // The amount as the case's letters write it ("$1,240.00", "128.00元", "£74.50"): the
    // conventions of the case's region in this language (setConventions); without them
    // "1,234.50 CNY".
    QString money(qint64 minor, const QString& currency) const;
    void setConventions(const core::LetterConventions& conventions) { m_conventions = conventions; }
    // "980 bytes", "12.3 KB", "4.1 MB".
    QString fileSize(qint64 bytes) const;
    // Items joined with "、" or ", ".
    QString list(const QStringList& items) const;

private:
    bool m_chinese = false;
    std::optional<core::LetterConventions> m_conventions;
};

} // namespace wc::report
