// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// GoogleTest main for WalletCase tests. gtest_discover_tests runs test binaries at build time
// without the test environment, so the offscreen platform is set here, not only in ctest.
#include <gtest/gtest.h>

#ifdef WC_TEST_GUI
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef WC_LSAN_SUPPRESSIONS
    // Read by the sanitizer when a program starts: this affects the programs the tests run.
    if (qEnvironmentVariableIsEmpty("LSAN_OPTIONS"))
        qputenv("LSAN_OPTIONS", "suppressions=" WC_LSAN_SUPPRESSIONS);
#endif
    TestApp app(argc, argv);
    TestApp::setApplicationName(QStringLiteral("walletcase-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
