// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::core {

struct CaseSnapshot;

// How the disputed money was paid, as far as the case says.
enum class Funding
{
    Unknown,
    CreditCard, // a card dispute under the Fair Credit Billing Act, not Regulation E
    Account     // the wallet's balance or a bank account: an electronic fund transfer
};

// What the statement rows' types and the user's notes on transactions name. A PayPal export
// lists the funding as a row of its own ("General Credit Card Deposit", "Bank Deposit to PP
// Account"), so every row of the case counts, whichever way its money went. A debit card draws
// on a bank account but does not say which account the wallet debited, so it decides nothing.
Funding fundingOf(const CaseSnapshot& snapshot);

// How far the US Regulation E protections (notice of error, investigation, liability limits)
// reach the case's payments, by their funding. The one decision the letters and the deadline
// clocks share: a payment the case says a credit card paid is no electronic fund transfer (from
// any wallet); on a wallet that takes both kinds of funding (`fundingVaries`: PayPal, Venmo)
// and a case that does not say which, they apply only if the money came from the balance or a
// bank account; otherwise they apply.
enum class RegulationEReach
{
    None,
    Full,
    IfFromAccount
};
RegulationEReach regulationEReach(const CaseSnapshot& snapshot, bool fundingVaries);

// Whether payments through `providerKey` may be funded either way: the "fundingVaries" list of
// the US Regulation E rules in resources/letters/conventions.json.
bool regulationEFundingVaries(const QString& providerKey);

} // namespace wc::core
