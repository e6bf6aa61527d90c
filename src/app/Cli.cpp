// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Cli.h"

#include "Application.h"
#include "CliCommands.h"
#include "CliFollowUp.h"
#include "CliRestore.h"
#include "CliStatement.h"
#include "Logging.h"
#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace wc::app {

namespace {

using cli::Text;

const QStringList& commands()
{
    static const QStringList list{u"check"_s,   u"import"_s,    u"export"_s,
                                  u"search"_s,  u"restore"_s,   u"tone"_s,
                                  u"letter"_s,  u"statement"_s, u"reminders"_s};
    return list;
}

QString usage()
{
    return Text::tr("Usage:\n"
                    "  walletcase check FILE\n"
                    "  walletcase import FILE BUNDLE.json\n"
                    "  walletcase export FILE [--case ID] --json OUT\n"
                    "  walletcase export FILE --case ID --pdf OUT [--letter-only]\n"
                    "                    [--lang zh_CN|en] [--page-size A4|Letter]\n"
                    "  walletcase export FILE [--case ID] --ics OUT\n"
                    "  walletcase search FILE QUERY\n"
                    "  walletcase restore FILE [--list | --backup N] [--force]\n"
                    "  walletcase tone [--lang zh_CN|en] [--json] < TEXT\n"
                    "  walletcase letter FILE --case ID [--lang zh_CN|en]\n"
                    "  walletcase statement CSV [--format alipay|wechat|paypal|generic] [--encoding ENC]\n"
                    "  walletcase reminders FILE [--due-by ISO8601]\n"
                    "  walletcase --version | --help\n"
                    "  walletcase [--lang zh_CN|en] [--now ISO8601] [FILE]   (opens the window)\n");
}

QString help()
{
    return usage() +
           Text::tr("\n"
                    "Commands:\n"
                    "  check    Check a case file for damage; prints the number of cases when healthy.\n"
                    "  import   Add the cases of a bundle to a case file (created if missing);\n"
                    "           prints the new case ids, one per line. BUNDLE may be - (stdin).\n"
                    "  export   Write all cases, or the case --case ID, as a bundle to OUT\n"
                    "           (- for standard output). With --pdf: the case as a PDF dossier\n"
                    "           (or only its letter with --letter-only), in the language of its\n"
                    "           letter unless --lang is given, on US Letter for a US case and A4\n"
                    "           otherwise unless --page-size says.\n"
                    "           With --ics: the pending reminders (of --case ID, or of all cases)\n"
                    "           as an iCalendar file for any calendar app.\n"
                    "  search   List matching cases, best first: id, a tab, the title.\n"
                    "  restore  Replace a damaged case file with its newest good backup, or with\n"
                    "           backup N of --list (1 = newest). The file it replaces is moved\n"
                    "           aside, never deleted; a file that is not damaged is replaced\n"
                    "           only with --force. --list prints each backup: number, date,\n"
                    "           cases, size, and any file an earlier restore set aside.\n"
                    "  letter   Print the case's current letter (the newest, in --lang when given);\n"
                    "           drafts and saves one first when the case has none.\n"
                    "  tone     Check the text on standard input for emotional wording; prints\n"
                    "           each passage (line, column, kind, advice) and the calmer wording\n"
                    "           proposed for its sentence, or with --json the same as JSON. The\n"
                    "           text's language is guessed when --lang is absent.\n"
                    "  statement Read a wallet statement (Alipay, WeChat Pay, PayPal or any CSV) and print\n"
                    "           its transactions, unreadable lines and likely duplicate charges as JSON.\n"
                    "  reminders List the pending reminders due by --due-by (default: now), oldest\n"
                    "           first: due time, case id, kind and text, separated by tabs.\n"
                    "\n"
                    "Exit codes: 0 success, 1 usage error, 2 the case file could not be opened,\n"
                    "3 check found problems, 4 bad bundle or statement, 5 other failure.\n"
                    "Without a command, WalletCase opens its window. --now runs it as if it\n"
                    "were that moment (e.g. 2026-03-09T08:59), to see reminders fall due; what\n"
                    "you change meanwhile is recorded at the moved time, so try it on a copy.\n");
}

int usageError(const QString& problem)
{
    cli::printError(problem);
    std::fputs(usage().toUtf8().constData(), stderr);
    return cli::UsageError;
}

// The words and options after the command. Options take one value ("--json OUT" or
// "--json=OUT") unless they are flags (in `flags`, no value); "--" ends the options, so a query
// may start with a dash.
struct Arguments
{
    QStringList words;
    QHash<QString, QString> options;
    QString problem;
};

Arguments parse(const QStringList& args, const QStringList& known, const QStringList& flags = {})
{
    Arguments out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size() && out.problem.isEmpty(); ++i) {
        const QString& a = args[i];
        if (optionsEnded || a == u"-"_s || !a.startsWith(u'-')) {
            out.words << a;
        } else if (a == u"--"_s) {
            optionsEnded = true;
        } else {
            const qsizetype eq = a.indexOf(u'=');
            const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
            if (!a.startsWith(u"--"_s) || !(known.contains(name) || flags.contains(name)))
                out.problem = Text::tr("unknown option “%1”.").arg(a);
            else if (out.options.contains(name))
                out.problem = Text::tr("the option “%1” is given twice.").arg(a);
            else if (flags.contains(name) && eq >= 0)
                out.problem = Text::tr("the option “%1” takes no value.").arg(a);
            else if (flags.contains(name))
                out.options.insert(name, u"yes"_s);
            else if (eq >= 0)
                out.options.insert(name, a.mid(eq + 1));
            else if (i + 1 < args.size())
                out.options.insert(name, args[++i]);
            else
                out.problem = Text::tr("the option “%1” needs a value.").arg(a);
        }
    }
    return out;
}

// "--help" (or "-h") or "--version" anywhere before a "--", whatever else is given: the first
// one asked for, or "" when neither is. `walletcase --lang zh_CN --help` prints the help too.
QString infoRequest(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--"_s)
            break;
        if (a == u"-h"_s)
            return u"--help"_s;
        if (a == u"--help"_s || a == u"--version"_s)
            return a;
    }
    return {};
}

// The --lang given with --help ("--lang zh_CN" or "--lang=zh_CN"); "" for the system language.
QString helpLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == u"--"_s)
            break;
        QString value;
        if (a == u"--lang"_s && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (a.startsWith(u"--lang="_s))
            value = a.mid(7);
        if (value == u"zh_CN"_s || value == u"en"_s)
            return value;
    }
    return {};
}

// Only user messages belong on stderr: Qt's and the core's diagnostics go to the log file.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fputs(message.toUtf8().constData(), stderr);
        std::abort();
    }
}

int exportPdf(const Arguments& a)
{
    const qsizetype n = a.words.size();
    if (n != 1 || !a.options.contains(u"case"_s)) {
        return n > 1 ? usageError(Text::tr("too many arguments for “%1”.").arg(u"export"_s))
                     : usageError(Text::tr("missing arguments for “%1”.").arg(u"export"_s));
    }
    if (a.options.contains(u"json"_s))
        return usageError(Text::tr("--json and --pdf cannot be used together."));
    bool ok = false;
    const qint64 caseId = a.options.value(u"case"_s).toLongLong(&ok);
    if (!ok || caseId <= 0)
        return usageError(Text::tr("--case needs a case id (a positive number)."));
    cli::PdfOptions options;
    options.letterOnly = a.options.contains(u"letter-only"_s);
    options.language = a.options.value(u"lang"_s);
    if (a.options.contains(u"lang"_s) && options.language != u"zh_CN"_s
        && options.language != u"en"_s)
        return usageError(Text::tr("--lang must be zh_CN or en."));
    // Unset: the case's region decides (US Letter for a US case, A4 elsewhere).
    if (a.options.contains(u"page-size"_s)) {
        const QString pageSize = a.options.value(u"page-size"_s).toLower();
        if (pageSize != u"a4"_s && pageSize != u"letter"_s)
            return usageError(Text::tr("--page-size must be A4 or Letter."));
        options.pageSize = pageSize == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    }
    const QString out = a.options.value(u"pdf"_s);
    if (out.isEmpty())
        return usageError(Text::tr("--pdf needs a file name, or - for standard output."));
    return cli::exportPdf(a.words[0], caseId, out, options);
}

int exportIcs(const Arguments& a)
{
    for (const QString& other :
         {u"json"_s, u"pdf"_s, u"letter-only"_s, u"lang"_s, u"page-size"_s}) {
        if (a.options.contains(other))
            return usageError(Text::tr("--ics cannot be used with --%1.").arg(other));
    }
    const qsizetype n = a.words.size();
    if (n != 1) {
        return n > 1 ? usageError(Text::tr("too many arguments for “%1”.").arg(u"export"_s))
                     : usageError(Text::tr("missing arguments for “%1”.").arg(u"export"_s));
    }
    std::optional<qint64> caseId;
    if (a.options.contains(u"case"_s)) {
        bool ok = false;
        caseId = a.options.value(u"case"_s).toLongLong(&ok);
        if (!ok || *caseId <= 0)
            return usageError(Text::tr("--case needs a case id (a positive number)."));
    }
    const QString out = a.options.value(u"ics"_s);
    if (out.isEmpty())
        return usageError(Text::tr("--ics needs a file name, or - for standard output."));
    return cli::exportIcs(a.words[0], caseId, out);
}

int dispatch(const QString& command, const QStringList& args)
{
    const Arguments a = parse(
        args,
        command == u"export"_s
            ? QStringList{u"case"_s, u"json"_s, u"pdf"_s, u"ics"_s, u"lang"_s, u"page-size"_s}
        : command == u"tone"_s      ? QStringList{u"lang"_s}
        : command == u"letter"_s    ? QStringList{u"case"_s, u"lang"_s}
        : command == u"statement"_s ? QStringList{u"format"_s, u"encoding"_s}
        : command == u"reminders"_s ? QStringList{u"due-by"_s}
        : command == u"restore"_s   ? QStringList{u"backup"_s}
                                    : QStringList{},
        command == u"export"_s ? QStringList{u"letter-only"_s}
        : command == u"tone"_s ? QStringList{u"json"_s}
        : command == u"restore"_s ? QStringList{u"list"_s, u"force"_s}
                               : QStringList{});
    if (!a.problem.isEmpty())
        return usageError(a.problem);
    const qsizetype n = a.words.size();
    const auto missing = [&] {
        return usageError(Text::tr("missing arguments for “%1”.").arg(command));
    };
    const auto extra = [&] {
        return usageError(Text::tr("too many arguments for “%1”.").arg(command));
    };

    if (command == u"check"_s || command == u"restore"_s) {
        if (n != 1)
            return n < 1 ? missing() : extra();
        if (command == u"check"_s)
            return cli::check(a.words[0]);
        cli::RestoreOptions options;
        options.list = a.options.contains(u"list"_s);
        options.force = a.options.contains(u"force"_s);
        if (a.options.contains(u"backup"_s)) {
            bool ok = false;
            options.backup = a.options.value(u"backup"_s).toInt(&ok);
            if (!ok || options.backup <= 0)
                return usageError(Text::tr("--backup needs a backup's number from --list (1 is "
                                           "the newest)."));
            if (options.list)
                return usageError(Text::tr("--list cannot be used with --backup."));
        }
        return cli::restore(a.words[0], options);
    }
    if (command == u"tone"_s) {
        if (n != 0)
            return extra();
        const QString lang = a.options.value(u"lang"_s);
        if (a.options.contains(u"lang"_s) && lang != u"zh_CN"_s && lang != u"en"_s)
            return usageError(Text::tr("--lang must be zh_CN or en."));
        return cli::tone(lang, a.options.contains(u"json"_s));
    }
    if (command == u"letter"_s) {
        if (n != 1 || !a.options.contains(u"case"_s))
            return n > 1 ? extra() : missing();
        bool ok = false;
        const qint64 caseId = a.options.value(u"case"_s).toLongLong(&ok);
        if (!ok || caseId <= 0)
            return usageError(Text::tr("--case needs a case id (a positive number)."));
        const QString lang = a.options.value(u"lang"_s);
        if (a.options.contains(u"lang"_s) && lang != u"zh_CN"_s && lang != u"en"_s)
            return usageError(Text::tr("--lang must be zh_CN or en."));
        return cli::letter(a.words[0], caseId, lang);
    }
    if (command == u"import"_s) {
        if (n != 2)
            return n < 2 ? missing() : extra();
        return cli::importBundle(a.words[0], a.words[1]);
    }
    if (command == u"search"_s) {
        if (n < 2)
            return missing();
        return cli::search(a.words[0], a.words.mid(1).join(u' '));
    }
    if (command == u"statement"_s) {
        if (n != 1)
            return n < 1 ? missing() : extra();
        const QString format = a.options.value(u"format"_s);
        if (a.options.contains(u"format"_s)
            && !QStringList{u"alipay"_s, u"wechat"_s, u"paypal"_s, u"generic"_s}.contains(format))
            return usageError(Text::tr("--format must be alipay, wechat, paypal or generic."));
        return cli::statement(a.words[0], format, a.options.value(u"encoding"_s));
    }
    if (command == u"reminders"_s) {
        if (n != 1)
            return n < 1 ? missing() : extra();
        if (a.options.contains(u"due-by"_s) && a.options.value(u"due-by"_s).isEmpty())
            return usageError(Text::tr("--due-by needs a date, or a date and time."));
        return cli::reminders(a.words[0], a.options.value(u"due-by"_s));
    }
    // export
    if (a.options.contains(u"pdf"_s))
        return exportPdf(a);
    if (a.options.contains(u"ics"_s))
        return exportIcs(a);
    for (const QString& pdfOnly : {u"letter-only"_s, u"lang"_s, u"page-size"_s}) {
        if (a.options.contains(pdfOnly))
            return usageError(Text::tr("--%1 works only with --pdf.").arg(pdfOnly));
    }
    if (n != 1 || !a.options.contains(u"json"_s))
        return n > 1 ? extra() : missing();
    std::optional<qint64> caseId;
    if (a.options.contains(u"case"_s)) {
        bool ok = false;
        caseId = a.options.value(u"case"_s).toLongLong(&ok);
        if (!ok || *caseId <= 0)
            return usageError(Text::tr("--case needs a case id (a positive number)."));
    }
    const QString out = a.options.value(u"json"_s);
    if (out.isEmpty())
        return usageError(Text::tr("--json needs a file name, or - for standard output."));
    return cli::exportBundle(a.words[0], caseId, out);
}

} // namespace

bool cli::needsGuiApplication(const QStringList& arguments)
{
    if (arguments.value(1) != u"export"_s)
        return false;
    for (const QString& a : arguments.mid(2)) {
        if (a == u"--"_s)
            return false;
        if (a == u"--pdf"_s || a.startsWith(u"--pdf="_s))
            return true;
    }
    return false;
}

int cli::runOnGuiApplication(int& argc, char** argv)
{
    // Offscreen: fonts without a display, so the command works over SSH and in scripts. The
    // platform's start-up chatter (XDG_RUNTIME_DIR …) is not for the user's terminal.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(&quietMessages);
    QGuiApplication app(argc, argv);
    Application::setIdentity();
    return Cli::run(QCoreApplication::arguments());
}

namespace {

// "--lang zh_CN" (or "--lang=zh_CN") before a command: the language of its messages, as for the
// window (`walletcase --lang zh_CN restore F`). How many arguments it takes (0, 1 or 2), and the
// language.
std::pair<int, QString> leadingLanguage(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--lang"_s && arguments.size() > 3)
        return {2, arguments.value(2)};
    if (first.startsWith(u"--lang="_s) && arguments.size() > 2)
        return {1, first.mid(7)};
    return {0, QString()};
}

} // namespace

bool Cli::wantsCli(const QStringList& arguments)
{
    const int skipped = leadingLanguage(arguments).first;
    if (arguments.size() < 2 + skipped)
        return false;
    const QString& first = arguments[1 + skipped];
    // "--lang zh_CN cases.wcase" still opens the window; only a command follows into here.
    if (skipped > 0)
        return commands().contains(first) || !infoRequest(arguments).isEmpty();
    if (commands().contains(first) || !infoRequest(arguments).isEmpty())
        return true;
    // A bare word that is no file ("walletcase chekc") is a mistyped command, not a case file
    // to open: answer it with the usage instead of a window.
    return !first.startsWith(u'-') && !first.contains(u'/') && !first.contains(u'.')
        && !QFileInfo::exists(first);
}

int Cli::run(const QStringList& arguments)
{
    // --help and --version answer whatever else is on the line, in the --lang given with
    // them; a command's own --lang is the language of what it writes, so the system's decides
    // its messages.
    const QString info = infoRequest(arguments);
    const auto [skipped, messagesLanguage] = leadingLanguage(arguments);
    if (skipped > 0 && messagesLanguage != u"zh_CN"_s && messagesLanguage != u"en"_s)
        return usageError(Text::tr("--lang must be zh_CN or en."));
    installTranslations(!info.isEmpty() ? helpLanguage(arguments) : messagesLanguage);
    if (info == u"--version"_s) {
        cli::printOut(u"walletcase "_s + QStringLiteral(WC_VERSION));
        return cli::Success;
    }
    if (info == u"--help"_s) {
        std::fputs(help().toUtf8().constData(), stdout);
        return cli::Success;
    }
    const QString first = arguments.value(1 + skipped);
    if (!commands().contains(first)) {
        return usageError(first.isEmpty() ? Text::tr("no command given.")
                                          : Text::tr("unknown command “%1”.").arg(first));
    }

    qInstallMessageHandler(&quietMessages);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Logging::start(QDir(dataDir).filePath(u"logs"_s));
    const int code = dispatch(first, arguments.mid(2 + skipped));
    Logging::flush();
    return code;
}

} // namespace wc::app
