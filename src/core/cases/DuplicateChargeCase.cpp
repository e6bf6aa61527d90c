// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "cases/DuplicateChargeCase.h"

#include "cases/CaseDraft.h"
#include "store/CaseStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

QString DuplicateChargeCase::providerKeyForSource(const QString& source)
{
    if (source == u"alipay")
        return u"alipay"_s;
    if (source == u"wechat")
        return u"wechat_pay"_s;
    if (source == u"paypal")
        return u"paypal"_s;
    return {};
}

CaseRecord DuplicateChargeCase::draftRecord(const CaseRecord& from,
                                            const QList<TransactionRecord>& charges,
                                            int wizardStep)
{
    CaseRecord r;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.status = QString(status::Draft);
    r.providerKey = from.providerKey;
    r.providerName = from.providerName;
    r.accountRef = from.accountRef;
    r.language = from.language;
    r.remedies = {u"refund"_s};
    r.wizardStep = wizardStep;
    // Charges read from a wallet's own statement are that wallet's, whatever the case they were
    // imported into is about (a PayPal export looked at from a Venmo case). The other case's
    // account then belongs to another wallet and is not taken.
    QString statementProvider;
    for (const TransactionRecord& t : charges) {
        const QString key = providerKeyForSource(t.source);
        if (key.isEmpty())
            continue;
        if (!statementProvider.isEmpty() && statementProvider != key) {
            statementProvider.clear(); // charges from two wallets: no single statement to follow
            break;
        }
        statementProvider = key;
    }
    if (!statementProvider.isEmpty() && statementProvider != r.providerKey) {
        r.providerKey = statementProvider;
        r.providerName.clear();
        r.accountRef.clear();
    }
    QList<TransactionRecord> sorted = charges;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.occurredAt.value_or(0) < b.occurredAt.value_or(0);
    });
    for (const TransactionRecord& t : std::as_const(sorted)) {
        if (!t.reference.isEmpty() && !r.references.contains(t.reference))
            r.references << t.reference;
    }
    if (!sorted.isEmpty()) {
        // The incident is the charge that should not have happened: the later one. The amount
        // in dispute is one charge, the one taken too often.
        r.incidentAt = sorted.constLast().occurredAt;
        r.amountMinor = sorted.constLast().amountMinor;
        r.currency = sorted.constLast().currency;
    }
    return r;
}

Result<qint64> DuplicateChargeCase::start(CaseStore& store, qint64 fromCaseId,
                                          const QList<TransactionRecord>& charges, int wizardStep)
{
    auto from = store.caseById(fromCaseId);
    if (!from)
        return std::move(from).error();
    auto profile = store.profile();
    CaseDraft draft;
    draft.record = draftRecord(*from, charges, wizardStep);
    if (profile)
        draft.profile = *profile;
    WC_TRY(draft.save(store));
    const qint64 id = draft.record.id;
    for (TransactionRecord t : charges) {
        t.id = 0;
        t.caseId = id;
        if (auto added = store.addTransaction(t); !added) {
            return Error{added.error().code,
                         tr("The new case was started, but its transactions could not all be "
                            "copied: %1")
                             .arg(added.error().message),
                         added.error().detail};
        }
    }
    return id;
}

} // namespace wc::core
