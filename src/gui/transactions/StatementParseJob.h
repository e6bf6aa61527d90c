// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/StatementParser.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace wc::gui {

// Parses one statement file on a worker thread (core::StatementParser with its progress callback
// and cancel flag), so a 100,000-row export never freezes the window. Progress is polled from the
// GUI thread; the result comes back there. Deleting the job cancels it; a late result is dropped.
class StatementParseJob : public QObject
{
    Q_OBJECT

public:
    explicit StatementParseJob(QObject* parent = nullptr);
    ~StatementParseJob() override;

    // Starts reading `path` with `options` (their progress and cancel are the job's own); a
    // running parse is cancelled first.
    void start(const QString& path, core::StatementOptions options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // 0…1000 of the file read.
    void progress(int permille);
    void finished(const wc::core::ParsedStatement& statement);
    void failed(const wc::core::Error& error);
    void cancelled();

private:
    struct Shared
    {
        std::atomic<bool> cancel{false};
        std::atomic<int> permille{0};
    };

    std::shared_ptr<Shared> m_shared;
    QTimer* m_poll;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace wc::gui
