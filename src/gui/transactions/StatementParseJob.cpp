// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/StatementParseJob.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <optional>

namespace wc::gui {

namespace {

// Result<T> has no default state, which QFuture wants; this is the same as a plain value.
struct Outcome
{
    std::optional<core::ParsedStatement> statement;
    core::Error error;
};

} // namespace

StatementParseJob::StatementParseJob(QObject* parent) : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_shared)
            emit progress(m_shared->permille.load(std::memory_order_relaxed));
    });
}

StatementParseJob::~StatementParseJob()
{
    // The worker stops at its next check; its result is dropped with the watcher.
    if (m_shared)
        m_shared->cancel.store(true);
}

void StatementParseJob::start(const QString& path, core::StatementOptions options)
{
    if (m_shared)
        m_shared->cancel.store(true);
    const quint64 generation = ++m_generation;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    m_running = true;
    options.cancel = &shared->cancel;
    options.progress = [shared](qint64 done, qint64 total) {
        if (total > 0)
            shared->permille.store(int(done * 1000 / total), std::memory_order_relaxed);
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer parse replaced this one
        m_running = false;
        m_poll->stop();
        Outcome outcome = watcher->result();
        if (outcome.statement) {
            emit progress(1000);
            emit finished(*outcome.statement);
        } else if (core::StatementParser::isCancelled(outcome.error)) {
            emit cancelled();
        } else {
            emit failed(outcome.error);
        }
    });
    // `shared` travels with the work: the options point into it for as long as it runs.
    watcher->setFuture(QtConcurrent::run([path, options, shared] {
        auto parsed = core::StatementParser::parseFile(path, options);
        Outcome out;
        if (parsed)
            out.statement = std::move(parsed).value();
        else
            out.error = parsed.error();
        return out;
    }));
    m_poll->start();
    emit progress(0);
}

void StatementParseJob::cancel()
{
    if (m_shared && m_running)
        m_shared->cancel.store(true);
}

} // namespace wc::gui
