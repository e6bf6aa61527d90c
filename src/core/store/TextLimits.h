// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "store/CaseStore.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace wc::core {

// How much text one field of a case may hold: far above anything typed or pasted (a complaint
// letter is a few thousand characters), below what makes a file, its search index, an export or
// a dossier unusable. A bundle with a 50 MB title once took 739 MB to import (issue 14 §5). The
// store refuses a longer value with a message naming the field, whether it comes from the
// window, the command line or a bundle.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::TextLimits)

public:
    static constexpr qsizetype ShortText = 1'000;   // titles, names, references, labels
    static constexpr qsizetype LongText = 200'000;  // descriptions, letters, notes, summaries
    static constexpr qsizetype MaxReferences = 200; // references quoted by one case

    static Result<void> check(const CaseRecord& record);
    static Result<void> check(const ChecklistItem& item);
    static Result<void> check(const TransactionRecord& record);
    static Result<void> check(const Evidence& item);
    static Result<void> check(const Contact& contact);
    static Result<void> check(const Letter& letter);
    static Result<void> check(const Reminder& reminder);
    static Result<void> check(const CaseSnapshot& snapshot);
};

} // namespace wc::core
