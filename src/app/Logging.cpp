// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace wc::app {

namespace {

std::shared_ptr<spdlog::logger> g_logger;
QString g_path;
QtMessageHandler g_previous = nullptr;

void forward(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray text = message.toUtf8();
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
    if (!QDir().mkpath(folder))
        return false;
    g_path = QDir(folder).filePath(u"walletcase.log"_s);
    try {
        // Three files of 2 MiB: enough history to diagnose a problem, never a disk hog.
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            g_path.toStdString(), 2 * 1024 * 1024, 3);
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

QString Logging::logFilePath() { return g_path; }

void Logging::flush()
{
    if (g_logger)
        g_logger->flush();
}

} // namespace wc::app
