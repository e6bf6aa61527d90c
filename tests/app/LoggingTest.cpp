// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Logging.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/mainwindow/RecentFiles.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLogTest, "walletcase.test")

namespace {

QString logText()
{
    wc::app::Logging::flush();
    QFile log(wc::app::Logging::logFilePath());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

// The permission bits of `path`, or -1.
int modeOf(const QString& path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Sets the umask for a test and puts the old one back.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_old;
};

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
    wc::app::Logging::stop();
}

TEST(Logging, FileNamesInQtsWarningsStayOutOfTheLog)
{
    wc::test::TempDir dir;
    ASSERT_TRUE(wc::app::Logging::start(dir.file(u"logs"_s)));
    // What Qt itself prints when evidence is opened on a desktop without a handler for it
    // (QDesktopServices, qgenericunixservices.cpp), in its own words and category.
    const QUrl evidence =
        QUrl::fromLocalFile(u"/home/wei/Zhang Wei's claim/big.jpg"_s);
    qWarning("Unable to detect a launcher for '%s'", qPrintable(evidence.toString()));
    qWarning("This plugin does not support QPlatformServices::openUrl() for '%s'.",
             qPrintable(evidence.toString()));
    qWarning("QImageReader: cannot read /home/wei/Zhang Wei's claim/big.jpg (unknown format)");
    qWarning() << "QFile::open:" << u"/home/wei/refund Zhang Wei.pdf"_s << "not found";
    qCWarning(lcLogTest) << "evidence could not be opened: code 5";
    const QString text = logText();
    wc::app::Logging::stop();

    EXPECT_TRUE(text.contains(u"Unable to detect a launcher for"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"QImageReader: cannot read"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"evidence could not be opened: code 5"_s));
    for (const QString& secret : {u"big.jpg"_s, u"Zhang"_s, u"wei"_s, u"claim"_s})
        EXPECT_FALSE(text.contains(secret, Qt::CaseInsensitive)) << text.toStdString();
}

TEST(Logging, TheLogAndItsFoldersAreTheUsersAloneWhateverTheUmask)
{
    const Umask open(0);
    wc::test::TempDir dir;
    const QString data = dir.file(u"share/WalletCase/walletcase"_s);
    ASSERT_TRUE(wc::app::Logging::start(data + u"/logs"_s));
    qCWarning(lcLogTest) << "a line";
    logText();
    wc::app::Logging::stop();
    EXPECT_EQ(modeOf(data), 0700);
    EXPECT_EQ(modeOf(data + u"/logs"_s), 0700);
    EXPECT_EQ(modeOf(data + u"/logs/walletcase.log"_s), 0600);
}

TEST(Logging, OpenFilesLeftByAnOlderVersionAreClosedOnStart)
{
    const Umask open(0);
    wc::test::TempDir dir;
    const QString data = dir.file(u"walletcase"_s);
    ASSERT_TRUE(QDir().mkpath(data + u"/logs"_s));
    for (const QString& name : {u"walletcase.log"_s, u"walletcase.1.log"_s}) {
        QFile file(data + u"/logs/"_s + name);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("2026-01-01T00:00:00.000+0000 info [walletcase.app] old line\n");
    }
    ASSERT_EQ(modeOf(data), 0777);
    ASSERT_EQ(modeOf(data + u"/logs/walletcase.1.log"_s), 0666);
    ASSERT_TRUE(wc::app::Logging::start(data + u"/logs"_s));
    const QString text = logText();
    wc::app::Logging::stop();
    EXPECT_TRUE(text.contains(u"old line"_s)); // fixed, not replaced
    EXPECT_EQ(modeOf(data), 0700);
    EXPECT_EQ(modeOf(data + u"/logs"_s), 0700);
    EXPECT_EQ(modeOf(data + u"/logs/walletcase.log"_s), 0600);
    EXPECT_EQ(modeOf(data + u"/logs/walletcase.1.log"_s), 0600);
}

TEST(Settings, TheSettingsFileWithRecentCaseFilesIsTheUsersAlone)
{
    const Umask open(0);
    wc::test::TempDir dir;
    const QString file = dir.file(u"config/walletcase.conf"_s);
    wc::gui::AppSettings::setFileForTesting(file);
    wc::gui::RecentFiles().add(dir.file(u"Zhang Wei dispute.wcase"_s));
    EXPECT_EQ(modeOf(file), 0600);
    EXPECT_EQ(wc::gui::RecentFiles().files().size(), 1);

    // One an older version wrote open is closed the next time the settings are read.
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
    ASSERT_EQ(modeOf(file), 0604);
    EXPECT_EQ(wc::gui::RecentFiles().files().size(), 1);
    EXPECT_EQ(modeOf(file), 0600);
    wc::gui::AppSettings::setFileForTesting({});
}

} // namespace
