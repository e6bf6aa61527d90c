// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Cli.h"

#include "CliCommands.h"
#include "Logging.h"
#include "Translations.h"

#include <QDir>
#include <QFileInfo>
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
    static const QStringList list{u"check"_s,  u"import"_s,  u"export"_s,
                                  u"search"_s, u"restore"_s, u"tone"_s, u"letter"_s};
    return list;
}

QString usage()
{
    return Text::tr("Usage:\n"
                    "  walletcase check FILE\n"
                    "  walletcase import FILE BUNDLE.json\n"
                    "  walletcase export FILE [--case ID] --json OUT\n"
                    "  walletcase search FILE QUERY\n"
                    "  walletcase restore FILE\n"
                    "  walletcase tone [--lang zh_CN|en] < TEXT\n"
                    "  walletcase letter FILE --case ID [--lang zh_CN|en]\n"
                    "  walletcase --version | --help\n"
                    "  walletcase [--lang zh_CN|en] [FILE]   (opens the window)\n");
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
                    "           (- for standard output).\n"
                    "  search   List matching cases, best first: id, a tab, the title.\n"
                    "  restore  Replace a damaged case file with its newest good backup.\n"
                    "  letter   Print the case's current letter (the newest, in --lang when given);\n"
                    "           drafts and saves one first when the case has none.\n"
                    "  tone     Check the text on standard input for emotional wording; prints\n"
                    "           the findings as JSON (language guessed when --lang is absent).\n"
                    "\n"
                    "Exit codes: 0 success, 1 usage error, 2 the case file could not be opened,\n"
                    "3 check found problems, 4 bad bundle, 5 other failure.\n"
                    "Without a command, WalletCase opens its window.\n");
}

int usageError(const QString& problem)
{
    cli::printError(problem);
    std::fputs(usage().toUtf8().constData(), stderr);
    return cli::UsageError;
}

// The words and options after the command. Options take one value ("--json OUT" or
// "--json=OUT"); "--" ends the options, so a query may start with a dash.
struct Arguments
{
    QStringList words;
    QHash<QString, QString> options;
    QString problem;
};

Arguments parse(const QStringList& args, const QStringList& known)
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
            if (!a.startsWith(u"--"_s) || !known.contains(name))
                out.problem = Text::tr("unknown option “%1”.").arg(a);
            else if (out.options.contains(name))
                out.problem = Text::tr("the option “%1” is given twice.").arg(a);
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

// Only user messages belong on stderr: Qt's and the core's diagnostics go to the log file.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fputs(message.toUtf8().constData(), stderr);
        std::abort();
    }
}

int dispatch(const QString& command, const QStringList& args)
{
    const Arguments a =
        parse(args, command == u"export"_s ? QStringList{u"case"_s, u"json"_s}
                    : command == u"tone"_s ? QStringList{u"lang"_s}
                    : command == u"letter"_s ? QStringList{u"case"_s, u"lang"_s}
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
        return command == u"check"_s ? cli::check(a.words[0]) : cli::restore(a.words[0]);
    }
    if (command == u"tone"_s) {
        if (n != 0)
            return extra();
        const QString lang = a.options.value(u"lang"_s);
        if (a.options.contains(u"lang"_s) && lang != u"zh_CN"_s && lang != u"en"_s)
            return usageError(Text::tr("--lang must be zh_CN or en."));
        return cli::tone(lang);
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
    // export
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

bool Cli::wantsCli(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& first = arguments[1];
    if (commands().contains(first) || first == u"--version"_s || first == u"--help"_s
        || first == u"-h"_s)
        return true;
    // A bare word that is no file ("walletcase chekc") is a mistyped command, not a case file
    // to open: answer it with the usage instead of a window.
    return !first.startsWith(u'-') && !first.contains(u'/') && !first.contains(u'.')
        && !QFileInfo::exists(first);
}

int Cli::run(const QStringList& arguments)
{
    // The GUI's --lang has no command-line counterpart yet: the system language decides.
    installTranslations({});
    const QString first = arguments.value(1);
    if (first == u"--version"_s) {
        cli::printOut(u"walletcase "_s + QStringLiteral(WC_VERSION));
        return cli::Success;
    }
    if (first == u"--help"_s || first == u"-h"_s) {
        std::fputs(help().toUtf8().constData(), stdout);
        return cli::Success;
    }
    if (!commands().contains(first)) {
        return usageError(first.isEmpty() ? Text::tr("no command given.")
                                          : Text::tr("unknown command “%1”.").arg(first));
    }

    qInstallMessageHandler(&quietMessages);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Logging::start(QDir(dataDir).filePath(u"logs"_s));
    const int code = dispatch(first, arguments.mid(2));
    Logging::flush();
    return code;
}

} // namespace wc::app
