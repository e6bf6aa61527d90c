// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Application.h"

#include <QApplication>

using namespace Qt::Literals::StringLiterals;

namespace wc::app {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(u"WalletCase"_s);
    QCoreApplication::setApplicationName(u"WalletCase"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
}

int Application::runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    setIdentity();
    return 0;
}

} // namespace wc::app
