// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace wc::core {

class CaseStore;

// A duplicate charge found among another case's transactions deserves a complaint of its own
// (its remedy, clocks and letter differ). This starts it as a draft: a transaction problem of
// subtype duplicate_charge with the wallet the charges came from (the statement's provider when
// they were imported from a wallet's own export, else the other case's provider and account),
// the other case's language, the charges' references, the amount charged once too often, and the
// charges copied as its transactions, ready for the wizard to resume at `wizardStep`.
class DuplicateChargeCase
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::DuplicateChargeCase)

public:
    // The provider directory key of the wallet whose export a transaction was imported from
    // (TransactionRecord::source "alipay", "wechat", "paypal"); empty for typed-in rows and
    // generic CSVs, which do not say whose they are.
    static QString providerKeyForSource(const QString& source);
    // The draft's record (not saved). `charges` in any order; at least two are expected.
    static CaseRecord draftRecord(const CaseRecord& from, const QList<TransactionRecord>& charges,
                                  int wizardStep);
    // Saves the draft and its transactions; returns the new case's id.
    static Result<qint64> start(CaseStore& store, qint64 fromCaseId,
                                const QList<TransactionRecord>& charges, int wizardStep);
};

} // namespace wc::core
