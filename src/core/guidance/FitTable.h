// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QString>

namespace wc::core {

class ClockTable;
class ProviderDirectory;
class Taxonomy;

// The fit table of docs/content.md: for every problem subtype × provider × region, the first
// steps and the deadline clocks WalletCase offers, and each entry's public source. It is built
// with the app's own selection (Taxonomy::checklist(family, subtype, regions) and
// ClockTable::applies() for a complaint to the company), so the table cannot drift from what
// users are shown; tests/core/FitTableTest.cpp keeps the document in step.
class FitTable
{
public:
    static constexpr QLatin1String Begin{
        "<!-- fit-table: generated from the shipped data by FitTableTest; do not edit by hand -->"};
    static constexpr QLatin1String End{"<!-- /fit-table -->"};

    // The generated part, Begin to End, ending in a newline.
    static QString markdown(const Taxonomy& taxonomy, const ProviderDirectory& providers,
                            const ClockTable& clocks);
    // `document` with its generated part replaced by `table` (appended when it has none).
    static QString replaceIn(const QString& document, const QString& table);
};

} // namespace wc::core
