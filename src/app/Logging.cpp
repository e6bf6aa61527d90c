// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Logging.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace wc::app {

namespace {

std::shared_ptr<spdlog::logger> g_logger;
QString g_path;
QtMessageHandler g_previous = nullptr;

// Qt's own warnings name files: "Unable to detect a launcher for 'file:///…/big.jpg'" when
// evidence is opened without a desktop handler, QFile and image reader warnings with a path. A
// file name can be personal data ("refund claim Zhang Wei.pdf"), so file URLs and absolute
// paths are cut out of every line before it reaches the log file.
QString withoutFileNames(const QString& message)
{
    // Up to the last quote of the line: a name may hold a quote of its own ("Zhang's.jpg").
    static const QRegularExpression quoted(
        u"(?<q>['\"])(?:file:|/|~/)[^\\n]*\\k<q>|“(?:file:|/|~/)[^\\n]*”"_s);
    // Unquoted, a name may hold spaces: the rest of the line goes.
    static const QRegularExpression bare(u"(?:file:|(?<![\\w.:/])/(?=[^\\s/]+/)).*"_s);
    QString out = message;
    out.replace(quoted, u"'[file]'"_s);
    out.replace(bare, u"[file]"_s);
    return out;
}

void forward(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray text = withoutFileNames(message).toUtf8();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        g_logger->debug("[{}] {}", category, text.constData());
        break;
    case QtInfoMsg:
        g_logger->info("[{}] {}", category, text.constData());
        break;
    case QtWarningMsg:
        g_logger->warn("[{}] {}", category, text.constData());
        break;
    case QtCriticalMsg:
        g_logger->error("[{}] {}", category, text.constData());
        break;
    case QtFatalMsg:
        g_logger->critical("[{}] {}", category, text.constData());
        g_logger->flush();
        break;
    }
    // Keep printing to stderr as well, so a developer running from a terminal sees warnings.
    if (g_previous && type != QtDebugMsg)
        g_previous(type, context, message);
}

} // namespace

bool Logging::start(const QString& folder)
{
    if (g_logger)
        return true;
    // The log's folder sits in the app's data folder, beside the case file and the backups:
    // both are the user's alone, and so are the log files (their names are personal enough).
    namespace pf = core::privatefiles;
    const QString parent = QFileInfo(QDir::cleanPath(folder)).path();
    if (!pf::makeFolder(parent) || !pf::makeFolder(folder))
        return false;
    g_path = QDir(folder).filePath(u"walletcase.log"_s);
    if (!pf::makeFile(g_path))
        return false;
    constexpr int kFiles = 3;
    for (int i = 1; i <= kFiles; ++i) { // what rotation left, from before this was fixed
        const QString rotated = QDir(folder).filePath(u"walletcase.%1.log"_s.arg(i));
        if (QFileInfo::exists(rotated))
            pf::makeFile(rotated);
    }
    try {
        // A file rotation opens is created with the umask's mode; it is narrowed at once.
        spdlog::file_event_handlers events;
        events.after_open = [](const spdlog::filename_t&, std::FILE* file) {
            (void)::fchmod(::fileno(file), 0600);
        };
        // Three files of 2 MiB: enough history to diagnose a problem, never a disk hog.
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            g_path.toStdString(), 2 * 1024 * 1024, kFiles, false, events);
        g_logger = std::make_shared<spdlog::logger>("walletcase", sink);
    } catch (const spdlog::spdlog_ex&) {
        g_path.clear();
        return false;
    }
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
    g_logger->set_level(spdlog::level::info);
    g_logger->flush_on(spdlog::level::warn);
    g_previous = qInstallMessageHandler(&forward);
    return true;
}

void Logging::stop()
{
    if (!g_logger)
        return;
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    g_logger->flush();
    g_logger.reset();
    g_path.clear();
}

QString Logging::logFilePath() { return g_path; }

void Logging::flush()
{
    if (g_logger)
        g_logger->flush();
}

} // namespace wc::app
