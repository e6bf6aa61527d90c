// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Logging.h"
#include "support/TempDir.h"

#include <QFile>
#include <QLoggingCategory>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLogTest, "walletcase.test")

namespace {

TEST(Logging, QtMessagesReachTheRotatingLogFile)
{
    wc::test::TempDir dir;
    ASSERT_TRUE(wc::app::Logging::start(dir.file(u"logs"_s)));
    EXPECT_EQ(wc::app::Logging::logFilePath(), dir.file(u"logs/walletcase.log"_s));
    qCWarning(lcLogTest) << "store open failed: code 7";
    qCInfo(lcLogTest) << "informational line";
    wc::app::Logging::flush();

    QFile log(wc::app::Logging::logFilePath());
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    EXPECT_TRUE(text.contains(u"warning [walletcase.test] store open failed: code 7"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"info [walletcase.test] informational line"_s));
}

} // namespace
