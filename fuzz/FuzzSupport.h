// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace wc::fuzz {

// What every target does once before the first input: a QCoreApplication, as the app and the
// command line have one (translations, resources and image plugins are found through it), and
// Qt's warnings silenced — a damaged image or statement makes Qt warn on nearly every input,
// which would only slow the fuzzer and bury its own report.
inline void initQt()
{
    static int argc = 1;
    static char name[] = "walletcase-fuzz";
    static char* argv[] = {name, nullptr};
    // Never destroyed: libFuzzer ends with exit(), after Qt's own globals are gone.
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

// The input as a QByteArray that owns a copy: libFuzzer's buffer is exactly `size` long, so an
// over-read past it is an ASan report rather than a read of Qt's terminating NUL.
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace wc::fuzz
