// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// The command line's subcommands, one function each; Cli parses the arguments and calls them.

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <optional>

namespace wc::app::cli {

// Process exit codes, documented in docs/cli.md. Scripts depend on them: never renumber.
enum ExitCode : int
{
    Success = 0,
    UsageError = 1,    // unknown command or option, missing argument
    CannotOpen = 2,    // the case file could not be opened
    ProblemsFound = 3, // `check` found damage
    BadInput = 4,      // the bundle file is unreadable or not a valid bundle
    Failed = 5,        // anything else: cannot write the output, disk full, no good backup …
};

// The translation context of every command-line message.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(wc::app::Cli)
};

// One line on stdout / one "walletcase: …" line on stderr, UTF-8.
void printOut(const QString& line);
void printError(const QString& line);
// Raw bytes on stdout (JSON, PDF, iCalendar); false, and nothing more to do, when they could not
// all be written.
bool writeStdout(const QByteArray& bytes);
// Writes `bytes` to `out`, or to standard output when `out` is "-": owner-only (the output holds
// personal data, like the case file) and atomically (an interrupted export never leaves half a
// file, and an existing file of that name survives a failed one). On failure prints
// `stdoutFailure`, or `fileFailure` with %1 the path and %2 the reason, and returns false.
bool writeOutput(const QString& out, const QByteArray& bytes, const QString& stdoutFailure,
                 const QString& fileFailure);

int check(const QString& file);
int importBundle(const QString& file, const QString& bundlePath);
int exportBundle(const QString& file, std::optional<qint64> caseId, const QString& out);
int search(const QString& file, const QString& query);
// Reads standard input and reports its heated passages with the proposal for each sentence, in
// the UI language; as JSON with `json`. `language` (the text's) empty means: zh_CN when the text
// has Chinese, else en. Success whether or not passages are found.
int tone(const QString& language, bool json);
// Prints the case's newest letter (in `language` unless empty); drafts and saves one when none.
int letter(const QString& file, qint64 caseId, const QString& language);

struct PdfOptions
{
    bool letterOnly = false;
    QString language; // empty: the language of the case's letter
    std::optional<QPageSize::PageSizeId> pageSize; // unset: by the case's region
};
// Writes the case as a PDF dossier (or only its letter) to `out`, "-" meaning standard output.
// Draws text, so it needs a QGuiApplication (see needsGuiApplication()).
int exportPdf(const QString& file, qint64 caseId, const QString& out, const PdfOptions& options);

// True when the command line draws text (export --pdf): main() must then create a
// QGuiApplication, on the "offscreen" platform so that no display is needed.
bool needsGuiApplication(const QStringList& arguments);
// main() for those commands: creates the QGuiApplication (offscreen platform) and runs the command.
int runOnGuiApplication(int& argc, char** argv);

} // namespace wc::app::cli
