// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "cases/Funding.h"

#include "letters/LetterConventions.h"
#include "store/CaseStore.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

Funding fundingOf(const CaseSnapshot& s)
{
    static const QRegularExpression card(u"credit\\s*card|信用卡"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression account(
        u"bank\\s*(?:deposit|account|transfer)|\\bbalance\\b|\\bACH\\b|e-?check|余额|银行账户"_s,
        QRegularExpression::CaseInsensitiveOption);
    bool byCard = false;
    bool byAccount = false;
    for (const TransactionRecord& t : s.transactions) {
        const QString text = t.note + u' ' + t.status;
        byCard = byCard || card.match(text).hasMatch();
        byAccount = byAccount || account.match(text).hasMatch();
    }
    // Both named: some payments one way, some the other; nobody can say which is which.
    if (byCard == byAccount)
        return Funding::Unknown;
    return byCard ? Funding::CreditCard : Funding::Account;
}

RegulationEReach regulationEReach(const CaseSnapshot& snapshot, bool fundingVaries)
{
    switch (fundingOf(snapshot)) {
    case Funding::CreditCard:
        return RegulationEReach::None;
    case Funding::Account:
        return RegulationEReach::Full;
    case Funding::Unknown:
        break;
    }
    return fundingVaries ? RegulationEReach::IfFromAccount : RegulationEReach::Full;
}

bool regulationEFundingVaries(const QString& providerKey)
{
    // The list is part of the US conventions; the language and zone do not change it.
    const auto us = LetterConventions::load(u"US"_s, u"en"_s, QTimeZone::utc());
    return us && us->regulationEFundingVaries(providerKey);
}

} // namespace wc::core
