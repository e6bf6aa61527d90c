// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

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

    // "2026年1月15日 09:30" / "15 Jan 2026, 09:30" in `zone`.
    QString dateTime(qint64 epochMs, const QTimeZone& zone) const;
    QString date(qint64 epochMs, const QTimeZone& zone) const;
    // The date, or "not given".
    QString optionalDateTime(std::optional<qint64> epochMs, const QTimeZone& zone) const;
    // "1,234.50 CNY": the currency's decimals, grouped so long amounts stay readable.
    QString money(qint64 minor, const QString& currency) const;
    // "980 bytes", "12.3 KB", "4.1 MB".
    QString fileSize(qint64 bytes) const;
    // Items joined with "、" or ", ".
    QString list(const QStringList& items) const;

private:
    bool m_chinese = false;
};

} // namespace wc::report
