// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "CliCommands.h"

#include "exchange/CaseBundle.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "letters/LetterDrafter.h"
#include "letters/ToneChecker.h"
#include "report/CaseDossier.h"
#include "report/DossierWriter.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCli, "walletcase.cli")

namespace wc::app::cli {

namespace {

using core::ErrorCode;

// The user sees the message; the log gets the technical detail, which by contract holds no
// personal data (so no paths either).
void report(const QString& subject, const core::Error& error)
{
    printError(subject + u": "_s + error.message);
    qCWarning(lcCli) << "failed:" << int(error.code) << error.detail;
}

std::unique_ptr<core::CaseStore> openCaseFile(const QString& file, bool createIfMissing)
{
    core::CaseStore::OpenOptions options;
    options.createIfMissing = createIfMissing;
    auto store = core::CaseStore::open(file, options);
    if (!store) {
        report(file, store.error());
        return nullptr;
    }
    return std::move(*store);
}

// The largest bundle `import` reads: far above a case file's worth of screenshots, below what
// would exhaust memory while the bundle is checked as a whole.
constexpr qint64 MaxBundleBytes = qint64(1) << 30;

// The whole input file ("-" meaning stdin); says why on stderr when it cannot be read. Never
// waits on a named pipe given as a path, never reads without end (/dev/zero, `yes |`): a bundle
// is JSON, so input that does not start like JSON is refused at its first bytes.
std::optional<QByteArray> readInput(const QString& path)
{
    const bool fromStdin = path == u"-"_s;
    if (!fromStdin) {
        if (const QFileInfo info(path); info.exists() && !info.isFile()) {
            printError(Text::tr("%1: this is not an ordinary file (a folder, a device or a pipe); "
                                "give the bundle's file, or - to read standard input.")
                           .arg(path));
            return std::nullopt;
        }
    }
    QFile input(path);
    const bool opened = fromStdin ? input.open(stdin, QIODevice::ReadOnly)
                                  : input.open(QIODevice::ReadOnly);
    if (!opened) {
        printError(
            Text::tr("%1: the bundle could not be read (%2).").arg(path, input.errorString()));
        return std::nullopt;
    }
    QByteArray data;
    // Read into one buffer of the file's size: grown chunk by chunk it is copied as it grows,
    // and near the end the old and the new buffer (about twice the bundle) are both alive.
    if (!fromStdin)
        data.reserve(qsizetype(qMin(input.size(), MaxBundleBytes) + 1));
    bool looked = false;
    while (!input.atEnd() || fromStdin) {
        const QByteArray chunk = input.read(1 << 20);
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (!looked) {
            // Past a UTF-8 byte order mark and white space, a bundle starts with "{".
            QByteArrayView start(data);
            if (start.startsWith("\xEF\xBB\xBF"))
                start = start.sliced(3);
            start = start.trimmed();
            if (!start.isEmpty()) {
                looked = true;
                if (!start.startsWith('{')) {
                    printError(Text::tr("%1: this is not a WalletCase bundle (a bundle is a JSON "
                                        "file written by “walletcase export”).")
                                   .arg(path));
                    return std::nullopt;
                }
            }
        }
        if (data.size() > MaxBundleBytes) {
            printError(Text::tr("%1: the bundle is larger than %2 GB, more than WalletCase "
                                "imports at once. Export fewer cases per bundle.")
                           .arg(path)
                           .arg(MaxBundleBytes >> 30));
            return std::nullopt;
        }
    }
    if (input.error() != QFileDevice::NoError) {
        printError(
            Text::tr("%1: the bundle could not be read (%2).").arg(path, input.errorString()));
        return std::nullopt;
    }
    return data;
}

// Removes a case file this command created, so a refused import leaves nothing behind.
void removeCreatedFile(const QString& file)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(absolute + QString::fromLatin1(suffix));
}

} // namespace

void printOut(const QString& line)
{
    std::fputs(QString(line + u'\n').toUtf8().constData(), stdout);
}

void printError(const QString& line)
{
    std::fputs(QString(u"walletcase: "_s + line + u'\n').toUtf8().constData(), stderr);
}

bool writeStdout(const QByteArray& bytes)
{
    const auto size = size_t(bytes.size());
    return std::fwrite(bytes.constData(), 1, size, stdout) == size && std::fflush(stdout) == 0;
}

bool writeOutput(const QString& out, const QByteArray& bytes, const QString& stdoutFailure,
                 const QString& fileFailure)
{
    if (out == u"-"_s) {
        if (!writeStdout(bytes)) {
            printError(stdoutFailure);
            return false;
        }
        return true;
    }
    QSaveFile output(out);
    bool ok = output.open(QIODevice::WriteOnly);
    if (ok) {
        output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = output.write(bytes) == bytes.size() && output.commit();
    }
    if (!ok) {
        printError(fileFailure.arg(out, output.errorString()));
        qCWarning(lcCli) << "output write failed:" << int(output.error());
    }
    return ok;
}

int check(const QString& file)
{
    core::CaseStore::OpenOptions options;
    options.createIfMissing = false;
    auto opened = core::CaseStore::open(file, options);
    if (!opened) {
        report(file, opened.error());
        // A case file too damaged to open (its header or pages, or cut short) is what `check`
        // looks for: exit 3 as for damage found inside, as docs/cli.md says. A file that is not
        // a SQLite database at all, missing, locked … is still "could not be opened" (2).
        const ErrorCode code = opened.error().code;
        return code == ErrorCode::Corrupt || code == ErrorCode::Truncated ? ProblemsFound
                                                                          : CannotOpen;
    }
    const std::unique_ptr<core::CaseStore> store = std::move(*opened);
    auto problems = store->checkIntegrity();
    if (!problems) {
        report(file, problems.error());
        return problems.error().code == ErrorCode::Corrupt ? ProblemsFound : Failed;
    }
    if (!problems->isEmpty()) {
        for (const QString& problem : std::as_const(*problems))
            printError(file + u": "_s + problem);
        // Spelled out rather than "%n problem(s)": English has no plural translation file.
        printError(problems->size() == 1
                       ? Text::tr("%1: 1 problem found. Restore the newest good backup with "
                                  "“walletcase restore”.")
                             .arg(file)
                       : Text::tr("%1: %2 problems found. Restore the newest good backup with "
                                  "“walletcase restore”.")
                             .arg(file, QString::number(problems->size())));
        qCWarning(lcCli) << "check found" << problems->size() << "problems";
        return ProblemsFound;
    }
    auto count = store->caseCount();
    if (!count) {
        report(file, count.error());
        return Failed;
    }
    // Spelled out rather than "%n case(s)": English has no plural translation file.
    printOut(*count == 1 ? Text::tr("OK: 1 case") : Text::tr("OK: %1 cases").arg(*count));
    return Success;
}

int importBundle(const QString& file, const QString& bundlePath)
{
    auto data = readInput(bundlePath);
    if (!data)
        return BadInput;
    const bool existed = QFileInfo::exists(file);
    auto store = openCaseFile(file, true);
    if (!store)
        return CannotOpen;
    QStringList warnings;
    // Moved in: the bundle's bytes are freed once parsed (the largest part of the peak memory).
    auto ids = core::CaseBundle::importJson(*store, std::move(*data), &warnings);
    if (!ids) {
        store.reset();
        if (!existed)
            removeCreatedFile(file);
        const ErrorCode code = ids.error().code;
        report(bundlePath, ids.error());
        return code == ErrorCode::InvalidArgument || code == ErrorCode::Constraint ? BadInput
                                                                                   : Failed;
    }
    for (qint64 id : std::as_const(*ids))
        printOut(QString::number(id));
    for (const QString& warning : std::as_const(warnings))
        printError(bundlePath + u": "_s + warning);
    qCInfo(lcCli) << "imported" << ids->size() << "cases";
    return Success;
}

int exportBundle(const QString& file, std::optional<qint64> caseId, const QString& out)
{
    auto store = openCaseFile(file, false);
    if (!store)
        return CannotOpen;
    // Damage to the database itself is said first: the bundle is still written (it may be the
    // best copy the user has), but they should not take it for a healthy one.
    auto structure = store->checkStructure();
    if (!structure) {
        report(file, structure.error());
        return Failed;
    }
    QStringList warnings = *structure;
    if (!warnings.isEmpty())
        warnings << Text::tr("The case file is damaged: the bundle holds what could still be "
                             "read. Keep the file, and see “walletcase check” and “walletcase "
                             "restore”.");
    auto json = core::CaseBundle::exportJson(
        *store, {.caseId = caseId,
                 .generator = u"WalletCase "_s + QStringLiteral(WC_VERSION),
                 .warnings = &warnings});
    if (!json) {
        if (caseId && json.error().code == ErrorCode::NotFound) {
            printError(Text::tr("%1: there is no case with the id %2 (see “walletcase search”).")
                           .arg(file)
                           .arg(*caseId));
            return Failed;
        }
        report(file, json.error());
        return Failed;
    }

    if (!writeOutput(out, *json, Text::tr("The bundle could not be written to standard output."),
                     Text::tr("%1: the bundle could not be written (%2). Check that the folder "
                              "exists, that you may write to it and that the disk is not full.")))
        return Failed;
    // Said after the bundle is safely written: the export is still the user's best copy.
    for (const QString& warning : std::as_const(warnings))
        printError(file + u": "_s + warning);
    qCInfo(lcCli) << "exported" << (caseId ? "one case" : "all cases") << warnings.size()
                  << "warnings";
    return Success;
}

int search(const QString& file, const QString& query)
{
    auto store = openCaseFile(file, false);
    if (!store)
        return CannotOpen;
    auto hits = store->search(query);
    if (!hits) {
        report(file, hits.error());
        return Failed;
    }
    for (const core::SearchHit& hit : std::as_const(*hits)) {
        // One hit per line, whatever the title holds.
        QString title = hit.title;
        title.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        printOut(QString::number(hit.caseId) + u'\t' + title);
    }
    return Success;
}

namespace {

// Where a passage starts, as a person counts: line and column from 1, one column per character
// (an emoji or a rare ideograph is one, not two UTF-16 units).
std::pair<int, int> lineAndColumn(const QString& text, qsizetype at)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < at; ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < at; ++i)
        column += !text.at(i).isLowSurrogate();
    return {line, column};
}

// What the app proposes for a sentence, in the words of the review dialog.
QStringList proposalLines(const core::ToneProposal& p)
{
    if (!p.rewrite.isEmpty()) {
        return {Text::tr("Proposal: “%1”").arg(p.rewrite.simplified()),
                Text::tr("Changes: %1").arg(p.changes.join(u' '))};
    }
    if (p.removable)
        return {Text::tr("Proposal: remove the sentence; it states no fact.")};
    return {Text::tr("Proposal: none that keeps your facts; reword the sentence yourself, "
                     "following the advice.")};
}

} // namespace

int tone(const QString& language, bool json)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(Text::tr("standard input could not be read."));
        return Failed;
    }
    const QString text = QString::fromUtf8(input.readAll());
    QString lang = language;
    if (lang.isEmpty()) {
        const bool chinese = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.script() == QChar::Script_Han;
        });
        lang = chinese ? u"zh_CN"_s : u"en"_s;
    }
    auto checker = core::ToneChecker::load(lang);
    if (!checker) {
        report(u"tone"_s, checker.error());
        return Failed;
    }
    const QList<core::ToneFinding> findings = checker->check(text);
    if (json) {
        // Offsets count UTF-16 code units, as editors and Qt do; line and column characters.
        QJsonArray out;
        for (const core::ToneFinding& f : findings) {
            const core::ToneProposal p = checker->propose(text, f);
            const auto [line, column] = lineAndColumn(text, f.start);
            out.append(QJsonObject{{u"start"_s, double(f.start)},
                                   {u"length"_s, double(f.length)},
                                   {u"line"_s, line},
                                   {u"column"_s, column},
                                   {u"text"_s, f.text},
                                   {u"category"_s, f.category},
                                   {u"category_name"_s, core::ToneChecker::categoryName(f.category)},
                                   {u"suggestion"_s, f.suggestion},
                                   {u"sentence"_s, p.sentence},
                                   {u"rewrite"_s, p.rewrite},
                                   {u"removable"_s, p.removable},
                                   {u"changes"_s, QJsonArray::fromStringList(p.changes)}});
        }
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
        return Success;
    }
    // For a person: each passage with where it is, what it is and the advice; after the
    // passages of one sentence, that sentence and what the app proposes for it, as the review
    // dialog shows them.
    std::optional<core::ToneProposal> open;
    const auto closeSentence = [&open] {
        if (!open)
            return;
        printOut(u"  "_s + Text::tr("Sentence: %1").arg(open->sentence.simplified()));
        for (const QString& line : proposalLines(*open))
            printOut(u"  "_s + line);
        printOut({});
        open.reset();
    };
    for (const core::ToneFinding& f : findings) {
        const core::ToneProposal p = checker->propose(text, f);
        if (open && (open->sentenceStart != p.sentenceStart ||
                     open->sentenceLength != p.sentenceLength))
            closeSentence();
        if (!open)
            open = p;
        const auto [line, column] = lineAndColumn(text, f.start);
        printOut(Text::tr("Line %1, column %2 — %3: “%4”")
                     .arg(line)
                     .arg(column)
                     .arg(core::ToneChecker::categoryName(f.category), f.text.simplified()));
        printOut(u"    "_s + Text::tr("Advice: %1").arg(f.suggestion));
    }
    closeSentence();
    printOut(Text::tr("Tone: %1").arg(checker->summarize(findings, text).description));
    return Success;
}

int letter(const QString& file, qint64 caseId, const QString& language)
{
    auto store = openCaseFile(file, false);
    if (!store)
        return CannotOpen;
    auto snapshot = store->snapshot(caseId);
    if (!snapshot) {
        if (snapshot.error().code == ErrorCode::NotFound) {
            printError(Text::tr("%1: there is no case with the id %2 (see “walletcase search”).")
                           .arg(file)
                           .arg(caseId));
            return Failed;
        }
        report(file, snapshot.error());
        return Failed;
    }
    // The newest letter wins: it is the one the user last worked on.
    std::optional<core::Letter> current;
    for (const core::Letter& l : std::as_const(snapshot->letters)) {
        if ((language.isEmpty() || l.language == language)
            && (!current || l.createdAt > current->createdAt
                || (l.createdAt == current->createdAt && l.id > current->id)))
            current = l;
    }
    if (!current) {
        auto profile = store->profile();
        if (!profile) {
            report(file, profile.error());
            return Failed;
        }
        QString lang = language.isEmpty() ? snapshot->record.language : language;
        if (!core::LetterDrafter::languages().contains(lang))
            lang = u"zh_CN"_s;
        // The user's corrections to the directory count; without any, the shipped names do.
        if (auto shipped = core::ProviderDirectory::load()) {
            auto overrides = store->providerOverrides();
            core::LetterDrafter::nameProvider(
                *snapshot, overrides ? shipped->withOverrides(*overrides) : *shipped, lang);
        }
        auto drafted = core::LetterDrafter::draft(*snapshot, *profile, lang,
                                                  store->clock().nowMs(),
                                                  core::CaseTimeZone::zoneFor(snapshot->record));
        if (!drafted) {
            report(file, drafted.error());
            return Failed;
        }
        auto id = store->addLetter(*drafted);
        if (!id) {
            report(file, id.error());
            return Failed;
        }
        drafted->id = *id;
        current = *drafted;
        qCInfo(lcCli) << "drafted a letter";
    }
    printOut(current->subject);
    printOut(QString());
    printOut(current->body);
    return Success;
}

int exportPdf(const QString& file, qint64 caseId, const QString& out, const PdfOptions& options)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // main() decides the application type before any command runs; see needsGuiApplication.
        printError(Text::tr("PDF export is not available in this build of the command line."));
        qCWarning(lcCli) << "export --pdf without a QGuiApplication";
        return Failed;
    }
    auto store = openCaseFile(file, false);
    if (!store)
        return CannotOpen;
    auto dossier = report::CaseDossier::read(*store, caseId);
    if (!dossier) {
        if (dossier.error().code == ErrorCode::NotFound) {
            printError(Text::tr("%1: there is no case with the id %2 (see “walletcase search”).")
                           .arg(file)
                           .arg(caseId));
            return Failed;
        }
        report(file, dossier.error());
        return Failed;
    }
    store.reset(); // everything is read: the case file is free for the app again

    report::DossierOptions o;
    o.language = options.language;
    o.letterOnly = options.letterOnly;
    o.pageSize = options.pageSize;
    o.exportedAt = core::Clock::system().nowMs();
    if (out == u"-"_s) {
        auto pdf = report::DossierWriter::pdf(*dossier, o);
        if (!pdf) {
            report(file, pdf.error());
            return Failed;
        }
        if (!writeStdout(*pdf)) {
            printError(Text::tr("The PDF could not be written to standard output."));
            return Failed;
        }
        return Success;
    }
    auto written = report::DossierWriter::write(*dossier, o, out);
    if (!written) {
        printError(written.error().message);
        qCWarning(lcCli) << "pdf export failed:" << int(written.error().code)
                         << written.error().detail;
        return Failed;
    }
    qCInfo(lcCli) << "exported a PDF of" << written->pages << "pages";
    return Success;
}

} // namespace wc::app::cli
