// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// The follow-up subcommands: due reminders and calendar export. Cli parses the arguments and
// calls these; they print through printOut/printError and return an ExitCode.

#include <QString>

#include <optional>

namespace wc::app::cli {

// `walletcase reminders FILE [--due-by ISO8601]`: the pending reminders due by then (default
// now), oldest first, one per line: due time (ISO 8601 with the local offset), a tab, the case
// id, a tab, the kind, a tab, the text. `dueBy` is the option's text, empty when absent; a date
// alone means the end of that day.
int reminders(const QString& file, const QString& dueBy);

// `walletcase export FILE [--case ID] --ics OUT`: the pending reminders of one case, or of all
// cases, as an iCalendar file; OUT may be - for standard output.
int exportIcs(const QString& file, std::optional<qint64> caseId, const QString& out);

} // namespace wc::app::cli
