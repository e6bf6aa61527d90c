// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Inputs that never end or never start (issue 14 §5): a named pipe nobody writes to, /dev/zero
// as a file or as standard input. Each command must refuse them at once with a message; the
// runs are bounded so a regression fails instead of hanging the test run.
#include "CliFixture.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

using wc::test::CliTest;
using wc::test::kSample;

struct Bounded
{
    bool finished = false;
    int code = -1;
    QString err;
};

class CliHostileInputTest : public CliTest
{
protected:
    Bounded runBounded(const QStringList& args, const QString& stdinFile = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        if (!stdinFile.isEmpty())
            process.setStandardInputFile(stdinFile);
        process.start(QStringLiteral(WC_EXE), args);
        if (stdinFile.isEmpty())
            process.closeWriteChannel();
        Bounded out;
        out.finished = process.waitForFinished(30'000);
        if (!out.finished) {
            process.kill();
            process.waitForFinished();
            return out;
        }
        out.code = process.exitCode();
        out.err = QString::fromUtf8(process.readAllStandardError());
        return out;
    }

    QString fifo()
    {
        const QString path = file(u"pipe"_s);
        EXPECT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        return path;
    }
};

TEST_F(CliHostileInputTest, ANamedPipeIsRefusedNotWaitedOn)
{
    const QString pipe = fifo();
    for (const QStringList& args : {QStringList{u"statement"_s, pipe},
                                    QStringList{u"import"_s, u"cases.wcase"_s, pipe},
                                    QStringList{u"check"_s, pipe}}) {
        const Bounded r = runBounded(args);
        ASSERT_TRUE(r.finished) << args.join(u' ').toStdString() << " waited on the pipe";
        EXPECT_NE(r.code, 0);
        EXPECT_TRUE(r.err.contains(u"pipe"_s)) << r.err.toStdString();
    }
}

TEST_F(CliHostileInputTest, EndlessInputIsRefusedAtOnce)
{
    Bounded r = runBounded({u"statement"_s, u"/dev/zero"_s});
    ASSERT_TRUE(r.finished);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(u"device"_s)) << r.err.toStdString();

    r = runBounded({u"import"_s, u"cases.wcase"_s, u"/dev/zero"_s});
    ASSERT_TRUE(r.finished);
    EXPECT_NE(r.code, 0);

    r = runBounded({u"import"_s, u"cases.wcase"_s, u"-"_s}, u"/dev/zero"_s);
    ASSERT_TRUE(r.finished);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(u"not a WalletCase bundle"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(u"cases.wcase"_s))) << "a refused import left a case file";

    // An ordinary bundle through standard input still works.
    r = runBounded({u"import"_s, u"cases.wcase"_s, u"-"_s}, kSample);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
}

} // namespace
