// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Application.h"

#include "Logging.h"
#include "Translations.h"
#include "gui/dialogs/CaseFileOpener.h"
#include "gui/mainwindow/MainWindow.h"
#include "store/BackupManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QFuture>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "walletcase.app")

namespace wc::app {

namespace {

// Backs up the case file when the last backup is older than a day. Runs on a worker thread with
// its own connection, so a large file never stalls the window.
void backupInBackground(const QString& caseFile, const QString& backupRoot)
{
    core::CaseStore::OpenOptions options;
    options.shared = true;
    auto store = core::CaseStore::open(caseFile, options);
    if (!store) {
        qCWarning(lcApp) << "backup skipped:" << store.error().detail;
        return;
    }
    core::BackupManager backups(backupRoot);
    auto written = backups.backupIfDue(**store, core::Clock::system().nowMs());
    if (!written)
        qCWarning(lcApp) << "backup failed:" << written.error().detail;
    else if (!written->isEmpty())
        qCInfo(lcApp) << "backup written";
}

} // namespace

void Application::setIdentity()
{
    // No organisation name: data goes to ~/.local/share/walletcase, settings to
    // ~/.config/walletcase.conf.
    QCoreApplication::setApplicationName(u"walletcase"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

int Application::runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(u"WalletCase"_s);
    QGuiApplication::setDesktopFileName(u"walletcase"_s);
    // Left to itself, Qt draws Chinese with the Japanese variant of Noto Sans CJK (different
    // glyph shapes for many characters). Naming the Simplified Chinese face after the default
    // family makes every character the default font lacks come from it.
    QFont font = QApplication::font();
    font.setFamilies({font.family(), u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);

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
    parser.addPositionalArgument(
        u"file"_s, QCoreApplication::translate("wc::app::Application",
                                               "The case file to open (default: your own "
                                               "case file in the data folder)."));
    parser.process(app);

    installTranslations(parser.value(langOption));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!Logging::start(QDir(dataDir).filePath(u"logs"_s)))
        qCWarning(lcApp) << "logging to file is not available";
    qCInfo(lcApp) << "WalletCase" << WC_VERSION << "starting";

    const QString backupRoot = QDir(dataDir).filePath(u"backups"_s);
    const QStringList files = parser.positionalArguments();
    const bool useDefault = files.isEmpty();
    const QString path = useDefault ? QDir(dataDir).filePath(u"cases.wcase"_s) : files.first();

    gui::CaseFileOpener opener(backupRoot, core::Clock::system());
    auto store = opener.open(path, useDefault, nullptr);
    if (!store) {
        qCInfo(lcApp) << "no case file opened; quitting";
        return 0;
    }
    QFuture<void> backup = QtConcurrent::run(&backupInBackground, store->path(), backupRoot);

    gui::MainWindow window(std::move(store), backupRoot);
    window.show();
    const int code = app.exec();
    backup.waitForFinished();
    qCInfo(lcApp) << "WalletCase exiting";
    Logging::flush();
    return code;
}

} // namespace wc::app
