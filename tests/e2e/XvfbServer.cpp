// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "XvfbServer.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace wc::test {

XvfbServer::~XvfbServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString XvfbServer::start(int width, int height)
{
    const QString xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    if (xvfb.isEmpty())
        return u"Xvfb is not installed (scripts/deps installs the xvfb package)"_s;
    m_process = std::make_unique<QProcess>();
    // -displayfd 1: Xvfb picks a free display and writes its number on stdout once it is ready
    // to accept clients, so there is no polling for the socket.
    m_process->start(xvfb, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s,
                            u"%1x%2x24"_s.arg(width).arg(height), u"-nolisten"_s, u"tcp"_s});
    if (!m_process->waitForStarted(10000))
        return u"Xvfb did not start: "_s + m_process->errorString();
    QByteArray out;
    while (!out.contains('\n')) {
        if (!m_process->waitForReadyRead(20000))
            return u"Xvfb did not report a display: "_s
                   + QString::fromLocal8Bit(m_process->readAllStandardError());
        out += m_process->readAllStandardOutput();
    }
    m_display = u":"_s + QString::fromLatin1(out.trimmed());
    return {};
}

} // namespace wc::test
