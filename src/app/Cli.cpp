// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Cli.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace wc::app {

bool Cli::wantsCli(const QStringList& arguments)
{
    return arguments.size() > 1 && arguments[1] == u"--version"_s;
}

int Cli::run(const QStringList&)
{
    std::printf("walletcase %s\n", WC_VERSION);
    return 0;
}

} // namespace wc::app
