// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// The fixture of the command-line tests: runs the real executable with no display, a private
// HOME and English messages, and captures what it prints.

#include "support/TempDir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace wc::test {

using namespace Qt::Literals::StringLiterals;

inline const QString kSample = QStringLiteral(WC_TEST_DATA "/sample-bundle.json");

struct Outcome
{
    int code = -1;
    QByteArray out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        env = QProcessEnvironment::systemEnvironment();
        // No display of any kind: the command line must not need one.
        for (const QString& name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(name);
        // Never the real user's data folder (backups, logs), and English messages.
        env.insert(u"HOME"_s, dir.file(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.file(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, dir.file(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, dir.file(u"cache"_s));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
    }

    Outcome run(const QStringList& args, const QByteArray& input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(WC_EXE), args);
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(-1));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString& name) const { return dir.file(name); }

    static QJsonObject jsonOf(const QByteArray& data, bool dropGenerator = false)
    {
        QJsonObject o = QJsonDocument::fromJson(data).object();
        EXPECT_FALSE(o.isEmpty());
        o.remove(u"exported_at"_s);
        if (dropGenerator)
            o.remove(u"generator"_s);
        return o;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
        return f.readAll();
    }

    static void writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    wc::test::TempDir dir;
    QProcessEnvironment env;
};

} // namespace wc::test
