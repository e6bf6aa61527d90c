// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace wc::test {

// A private X server for real-window tests: Xvfb on a display number it picks itself
// (-displayfd), so parallel tests and a developer's own display never collide. Stops on
// destruction.
class XvfbServer
{
public:
    XvfbServer() = default;
    ~XvfbServer();

    // Starts Xvfb with one screen of `width`×`height`; returns an explanation on failure.
    QString start(int width = 1280, int height = 800);
    // ":N" once started.
    QString display() const { return m_display; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_display;
};

} // namespace wc::test
