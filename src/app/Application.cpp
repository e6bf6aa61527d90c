// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Application.h"

#include "BackupScheduler.h"
#include "Logging.h"
#include "Translations.h"
#include "gui/caseview/CaseText.h"
#include "followup/FollowUpTime.h"
#include "gui/dialogs/CaseFileOpener.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/mainwindow/RecentFiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "walletcase.app")

namespace wc::app {

void Application::setIdentity()
{
    // No organisation name: data goes to ~/.local/share/walletcase, settings to
    // ~/.config/walletcase.conf.
    QCoreApplication::setApplicationName(u"walletcase"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

void Application::setUpFonts()
{
    // Left to itself, Qt draws Chinese with the Japanese variant of Noto Sans CJK (different
    // glyph shapes for many characters). Naming the Simplified Chinese face after the default
    // family makes every character the default font lacks come from it.
    QFont font = QApplication::font();
    font.setFamilies({font.family(), u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);
}

namespace {

// The language asked for before the application object exists (it reads the environment's
// locale when it starts): --lang, else the one chosen in Settings.
QString earlyLanguage(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return gui::SettingsDialog::savedLanguage();
}

} // namespace

int Application::runGui(int argc, char** argv)
{
    setIdentity(); // the settings file's name comes from it
    alignSystemLocale(earlyLanguage(argc, argv));
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(u"WalletCase"_s);
    QGuiApplication::setDesktopFileName(u"walletcase"_s);
    setUpFonts();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("wc::app::Application",
                                    "Complain effectively about digital wallets and follow "
                                    "each complaint through."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        u"lang"_s,
        QCoreApplication::translate("wc::app::Application", "Interface language (zh_CN or en)."),
        u"language"_s);
    parser.addOption(langOption);
    const QCommandLineOption nowOption(
        u"now"_s,
        QCoreApplication::translate("wc::app::Application",
                                    "Pretend it is this moment (ISO 8601, e.g. 2026-03-09T08:59); "
                                    "time runs on from there. For trying out reminders."),
        u"time"_s);
    parser.addOption(nowOption);
    parser.addPositionalArgument(
        u"file"_s, QCoreApplication::translate("wc::app::Application",
                                               "The case file to open (default: your own "
                                               "case file in the data folder)."));
    parser.process(app);

    // --lang for this run wins over the language chosen in Settings, which wins over the system.
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = gui::SettingsDialog::savedLanguage();
    installTranslations(language);
    if (!gui::CaseText::uiLanguage().startsWith(u"zh"_s)) {
        // In an English interface, quotes and dashes drawn from a CJK face are full-width
        // (“cannot open “maria.wcase” .”): a Latin face first draws them as English expects,
        // and Chinese in case data still comes from Noto Sans CJK SC.
        QFont font = QApplication::font();
        QStringList families = font.families();
        families.prepend(u"DejaVu Sans"_s);
        font.setFamilies(families);
        QApplication::setFont(font);
    }

    // The app's "now": the real clock, or one moved to --now that keeps running from there. The
    // case file (and with it the window, the wizard and the reminders) reads time from it;
    // backups stay on real time.
    qint64 shift = 0;
    if (parser.isSet(nowOption)) {
        const auto start =
            core::followup::parseMoment(parser.value(nowOption), QTimeZone::systemTimeZone());
        if (!start) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "wc::app::Application",
                                        "walletcase: --now needs a moment such as "
                                        "2026-03-09T08:59 or 2026-03-09T08:59+08:00.")));
            return 1;
        }
        shift = *start - core::Clock::system().nowMs();
    }
    const core::ShiftedClock appClock(shift);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!Logging::start(QDir(dataDir).filePath(u"logs"_s)))
        qCWarning(lcApp) << "logging to file is not available";
    qCInfo(lcApp) << "WalletCase" << WC_VERSION << "starting";

    const QString backupRoot = QDir(dataDir).filePath(u"backups"_s);
    const QStringList files = parser.positionalArguments();
    const bool useDefault = files.isEmpty();
    const QString defaultFile = QDir(dataDir).filePath(u"cases.wcase"_s);
    const QString path = useDefault ? defaultFile : files.first();

    gui::CaseFileOpener opener(backupRoot, appClock);
    auto store = opener.open(path, useDefault, nullptr);
    if (!store) {
        qCInfo(lcApp) << "no case file opened; quitting";
        return 0;
    }
    BackupScheduler backups(backupRoot);
    backups.watch(store->path());
    gui::RecentFiles().add(store->path());

    gui::MainWindow window(std::move(store), backupRoot, defaultFile);
    QObject::connect(&window, &gui::MainWindow::caseFileOpened, &backups,
                     &BackupScheduler::watch);
    window.show();
    // Once the window is on screen, so the question has the app behind it.
    QTimer::singleShot(0, &window, [&window] { window.offerExampleCaseOnFirstRun(); });
    const int code = app.exec();
    backups.finish(); // the work of this session, if any, into a backup before the app ends
    qCInfo(lcApp) << "WalletCase exiting";
    Logging::flush();
    return code;
}

} // namespace wc::app
