// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// `walletcase statement CSV [--format alipay|wechat|paypal|generic] [--encoding ENC]`.

#include <QString>

namespace wc::app::cli {

// Reads a wallet statement and prints it as JSON on stdout: the detected format and encoding,
// the normalized transactions, the lines that could not be read and the likely duplicate
// charges. `format` and `encoding` empty: detected. Exit codes as in CliCommands.h: UsageError
// for an unknown format or encoding, BadInput when the file is missing, empty or no statement.
int statement(const QString& csvPath, const QString& format, const QString& encoding);

} // namespace wc::app::cli
