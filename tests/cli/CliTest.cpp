// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The command line, run as the real executable with no display and a private HOME: every
// command, its exit codes and its messages.
#include "Cli.h"
#include "CliCommands.h"
#include "report/DossierFixture.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"
#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

using wc::test::CliTest;
using wc::test::Outcome;
using wc::test::kSample;

TEST_F(CliTest, VersionAndHelp)
{
    Outcome r = run({u"--version"_s});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith("walletcase 0.")) << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    for (const QString& flag : {u"--help"_s, u"-h"_s}) {
        r = run({flag});
        EXPECT_EQ(r.code, 0);
        EXPECT_TRUE(r.out.contains("walletcase export FILE [--case ID] --json OUT"));
        EXPECT_TRUE(r.out.contains("Exit codes"));
    }
}

// --help, -h and --version answer in any argument order and never open the window (no display
// here: a window would fail to start); --lang given with --help chooses the help's language.
// "--lang zh_CN" before a command gives its messages in that language, as it does for the
// window, instead of opening the window.
TEST_F(CliTest, LanguageBeforeACommandChoosesItsMessages)
{
    using wc::app::Cli;
    EXPECT_TRUE(Cli::wantsCli({u"walletcase"_s, u"--lang"_s, u"zh_CN"_s, u"check"_s, u"a"_s}));
    EXPECT_TRUE(Cli::wantsCli({u"walletcase"_s, u"--lang=en"_s, u"restore"_s, u"a"_s}));
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s, u"--lang"_s, u"zh_CN"_s, u"cases.wcase"_s}));
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s, u"--lang"_s, u"zh_CN"_s}));

    const Outcome english = run({u"--lang"_s, u"en"_s, u"check"_s, u"missing.wcase"_s});
    EXPECT_EQ(english.code, 2) << english.err.toStdString();
    const Outcome chinese = run({u"--lang"_s, u"zh_CN"_s, u"check"_s, u"missing.wcase"_s});
    EXPECT_EQ(chinese.code, 2) << chinese.err.toStdString();
    EXPECT_NE(chinese.err, english.err);
    EXPECT_TRUE(chinese.err.contains(QRegularExpression(u"\\p{Han}"_s)))
        << chinese.err.toStdString();
    EXPECT_EQ(run({u"--lang"_s, u"fr"_s, u"check"_s, u"missing.wcase"_s}).code, 1);
}

TEST_F(CliTest, HelpAndVersionInAnyOrder)
{
    using wc::app::Cli;
    for (const QStringList& args : {QStringList{u"--lang"_s, u"zh_CN"_s, u"--help"_s},
                                    {u"--lang=en"_s, u"-h"_s},
                                    {u"cases.wcase"_s, u"--help"_s},
                                    {u"--now"_s, u"2026-03-09T08:59"_s, u"--version"_s},
                                    {u"check"_s, u"--help"_s}}) {
        EXPECT_TRUE(Cli::wantsCli(QStringList{u"walletcase"_s} + args))
            << args.join(u' ').toStdString();
    }
    // After "--" a word is a word (a search for "-h"), not a request for help.
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s, u"--"_s, u"--help"_s}));

    Outcome r = run({u"--lang"_s, u"en"_s, u"--help"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Exit codes")) << r.out.toStdString();

    r = run({u"cases.wcase"_s, u"--lang"_s, u"en"_s, u"--version"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("walletcase 0.")) << r.out.toStdString();
    EXPECT_FALSE(QFile::exists(file(u"cases.wcase"_s))); // nothing opened or created

    // The environment says English; --lang zh_CN wins for the help text: it reads exactly as on
    // a Chinese system (in Chinese wherever the translation has the help's current wording).
    const QByteArray chosen = run({u"--lang"_s, u"zh_CN"_s, u"--help"_s}).out;
    EXPECT_EQ(run({u"-h"_s, u"--lang=zh_CN"_s}).out, chosen);
    env.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"zh_CN"_s);
    r = run({u"--help"_s});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(chosen, r.out);
    EXPECT_TRUE(chosen.contains("walletcase export FILE [--case ID] --json OUT"));
    // And a Chinese system asking for English gets English.
    r = run({u"--help"_s, u"--lang"_s, u"en"_s});
    EXPECT_TRUE(r.out.contains("Exit codes")) << r.out.toStdString();
}

TEST_F(CliTest, ImportCreatesTheFileAndPrintsTheNewIds)
{
    Outcome r = run({u"import"_s, u"cases.wcase"_s, kSample});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, "1\n");
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(QFile::permissions(file(u"cases.wcase"_s)) & 0x0077, 0); // owner only

    r = run({u"import"_s, u"cases.wcase"_s, kSample});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out, "2\n"); // a copy, with a new identity

    r = run({u"check"_s, u"cases.wcase"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, "OK: 2 cases\n");
}

TEST_F(CliTest, ExportImportExportGivesTheSameBundle)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    Outcome r = run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"a.json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const QByteArray first = readAll(file(u"a.json"_s));
    EXPECT_EQ(QFile::permissions(file(u"a.json"_s)) & 0x0077, 0); // personal data: owner only
    // The fixture itself was made by this code, so it survives the trip unchanged too.
    EXPECT_EQ(jsonOf(first, true), jsonOf(readAll(kSample), true));

    ASSERT_EQ(run({u"import"_s, u"b.wcase"_s, u"a.json"_s}).code, 0);
    r = run({u"export"_s, u"b.wcase"_s, u"--json=-"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(jsonOf(r.out), jsonOf(first));

    // Standard input works as a bundle too.
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.setStandardInputFile(file(u"a.json"_s));
    process.start(QStringLiteral(WC_EXE), {u"import"_s, u"c.wcase"_s, u"-"_s});
    ASSERT_TRUE(process.waitForFinished(-1));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_EQ(process.readAllStandardOutput(), "1\n");
}

TEST_F(CliTest, ExportOfOneCase)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    Outcome r = run({u"export"_s, u"a.wcase"_s, u"--case"_s, u"2"_s, u"--json"_s, u"-"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject one = jsonOf(r.out);
    EXPECT_EQ(one.value(u"cases"_s).toArray().size(), 1);
    EXPECT_EQ(one.value(u"cases"_s)[0][u"id"_s].toInteger(), 2);
    EXPECT_FALSE(one.contains(u"profile"_s));

    r = run({u"export"_s, u"a.wcase"_s, u"--case"_s, u"99"_s, u"--json"_s, u"x.json"_s});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"no case with the id 99"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(file(u"x.json"_s)));
    EXPECT_EQ(run({u"export"_s, u"a.wcase"_s, u"--case"_s, u"abc"_s, u"--json"_s, u"-"_s}).code, 1);
}

TEST_F(CliTest, ExportThatCannotBeWrittenFails)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    Outcome r = run({u"export"_s, u"a.wcase"_s, u"--json"_s, file(u"no/such/folder/x.json"_s)});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"could not be written"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CliTest, FilesThatCannotBeOpened)
{
    Outcome r = run({u"check"_s, u"missing.wcase"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"does not exist"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    writeFile(file(u"empty.wcase"_s), {});
    r = run({u"check"_s, u"empty.wcase"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"empty (0 bytes)"_s)) << r.err.toStdString();

    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    writeFile(file(u"noise.wcase"_s), noise);
    r = run({u"export"_s, u"noise.wcase"_s, u"--json"_s, u"-"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"not a WalletCase case file"_s)) << r.err.toStdString();
    EXPECT_EQ(readAll(file(u"noise.wcase"_s)), noise); // never written to

    {
        auto db =
            sqlite::Database::open(file(u"other.db"_s), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db->exec(u"CREATE TABLE notes (text TEXT)"_s).ok());
    }
    r = run({u"search"_s, u"other.db"_s, u"x"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"not a WalletCase case file"_s)) << r.err.toStdString();
    r = run({u"import"_s, u"other.db"_s, kSample});
    EXPECT_EQ(r.code, 2);

    // Held by another WalletCase process (here: this test).
    ASSERT_EQ(run({u"import"_s, u"held.wcase"_s, kSample}).code, 0);
    auto held = CaseStore::open(file(u"held.wcase"_s));
    ASSERT_TRUE(held.ok());
    r = run({u"check"_s, u"held.wcase"_s});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"already open"_s)) << r.err.toStdString();
}

// docs/cli.md: exit 3 is for a damaged case file, 2 for one that cannot be opened. A case file
// too damaged to open at all (its header broken, or cut short) is damage `check` reports with 3;
// the walk's file with a broken header exited 2, as a missing file does.
TEST_F(CliTest, CheckCallsACaseFileTooDamagedToOpenDamaged)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    const QByteArray good = readAll(file(u"a.wcase"_s));
    ASSERT_GT(good.size(), 8192);

    QByteArray badHeader = good;
    badHeader[16] = 0; // page size 3: the signature is right, the header is not
    badHeader[17] = 3;
    writeFile(file(u"header.wcase"_s), badHeader);
    Outcome r = run({u"check"_s, u"header.wcase"_s});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"damaged"_s)) << r.err.toStdString();

    writeFile(file(u"short.wcase"_s), good.left(good.size() - 1000));
    r = run({u"check"_s, u"short.wcase"_s});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();

    // Not a database at all, or missing: could not be opened, as before.
    writeFile(file(u"noise.wcase"_s), QByteArray(8192, 'x'));
    EXPECT_EQ(run({u"check"_s, u"noise.wcase"_s}).code, 2);
    EXPECT_EQ(run({u"check"_s, u"missing.wcase"_s}).code, 2);
    // Other commands say "could not be opened" for the damaged file (2): only check judges it.
    EXPECT_EQ(run({u"export"_s, u"header.wcase"_s, u"--json"_s, u"-"_s}).code, 2);
}

TEST_F(CliTest, CheckReportsAnAlteredHistory)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    {
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->database().exec(u"DELETE FROM events WHERE seq = 3"_s).ok());
    }
    Outcome r = run({u"check"_s, u"a.wcase"_s});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(u"has been altered"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"1 problem found"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

// Issue 14 §2: a flipped byte inside a stored screenshot is reported by check, and export still
// writes a bundle that imports (the damaged content under its real fingerprint), with a warning.
TEST_F(CliTest, DamagedEvidenceIsReportedAndStillExported)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    {
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)
                        ->database()
                        .exec(u"UPDATE blobs SET data = zeroblob(length(data)) "
                              u"WHERE rowid = (SELECT min(rowid) FROM blobs)"_s)
                        .ok());
    }
    Outcome r = run({u"check"_s, u"a.wcase"_s});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(u"is damaged"_s)) << r.err.toStdString();

    r = run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"a.json"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"is damaged in the case file"_s)) << r.err.toStdString();
    r = run({u"import"_s, u"b.wcase"_s, u"a.json"_s});
    EXPECT_EQ(r.code, 0) << "one damaged screenshot made the bundle unimportable: "
                         << r.err.toStdString();
}

// Issue 14 §2: a case whose history was altered in the file is exported marked as such, with a
// warning, and the bundle still imports (the case keeps reporting the break); before, export
// said nothing and import refused the whole bundle.
TEST_F(CliTest, AlteredHistoryIsExportedMarkedAndStillImports)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    {
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->database().exec(u"DELETE FROM events WHERE seq = 3"_s).ok());
    }
    Outcome r = run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"a.json"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"has been altered at entry"_s)) << r.err.toStdString();
    const QJsonObject bundle = jsonOf(readAll(file(u"a.json"_s)));
    EXPECT_GT(bundle[u"cases"_s].toArray().at(0)[u"history_altered_at"_s].toInteger(), 0);

    r = run({u"import"_s, u"b.wcase"_s, u"a.json"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"imported as it is"_s)) << r.err.toStdString();
    r = run({u"check"_s, u"b.wcase"_s});
    EXPECT_EQ(r.code, 3) << "the imported case must still show its altered history";
    EXPECT_TRUE(r.err.contains(u"has been altered"_s)) << r.err.toStdString();

    // The mark covers one break at one entry, not any change made to the bundle afterwards.
    QByteArray moved = readAll(file(u"a.json"_s));
    const qint64 at = bundle[u"cases"_s].toArray().at(0)[u"history_altered_at"_s].toInteger();
    moved.replace(u"\"history_altered_at\": %1"_s.arg(at).toUtf8(),
                  u"\"history_altered_at\": %1"_s.arg(at + 1).toUtf8());
    writeFile(file(u"moved.json"_s), moved);
    r = run({u"import"_s, u"c.wcase"_s, u"moved.json"_s});
    EXPECT_EQ(r.code, 4) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"history has been altered"_s)) << r.err.toStdString();
}

// Issue 14 §2: export warns when the database itself is damaged (here a trigger WalletCase did
// not make), and still writes the bundle.
TEST_F(CliTest, ExportWarnsAboutADamagedStructure)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    {
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)
                        ->database()
                        .exec(u"CREATE TRIGGER stranger AFTER INSERT ON cases BEGIN "
                              u"SELECT 1; END"_s)
                        .ok());
    }
    Outcome r = run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"a.json"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"stranger"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"The case file is damaged"_s)) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(file(u"a.json"_s)));

    r = run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"-"_s});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.err.contains(u"The case file is damaged"_s));
}

TEST_F(CliTest, BadBundles)
{
    writeFile(file(u"broken.json"_s),
              R"({"format": "walletcase-bundle", "version": 1, "cases": [}")");
    Outcome r = run({u"import"_s, u"new.wcase"_s, u"broken.json"_s});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(u"not well-formed JSON"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"at byte"_s));
    EXPECT_FALSE(QFile::exists(file(u"new.wcase"_s))); // nothing left behind

    writeFile(file(u"other.json"_s), R"({"format": "something", "version": 1})");
    r = run({u"import"_s, u"new.wcase"_s, u"other.json"_s});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(u"not a WalletCase case bundle"_s)) << r.err.toStdString();

    QByteArray tampered = readAll(kSample);
    tampered.replace("\"kind\": \"case.created\"", "\"kind\": \"case.forged\"");
    writeFile(file(u"tampered.json"_s), tampered);
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    const QByteArray before = run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"-"_s}).out;
    r = run({u"import"_s, u"a.wcase"_s, u"tampered.json"_s});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(u"history has been altered"_s)) << r.err.toStdString();
    EXPECT_EQ(jsonOf(run({u"export"_s, u"a.wcase"_s, u"--json"_s, u"-"_s}).out), jsonOf(before));

    r = run({u"import"_s, u"a.wcase"_s, u"nowhere.json"_s});
    EXPECT_EQ(r.code, 4);
    EXPECT_TRUE(r.err.contains(u"could not be read"_s)) << r.err.toStdString();
}

TEST_F(CliTest, UsageErrors)
{
    const QList<QStringList> bad{
        {u"check"_s},
        {u"check"_s, u"a"_s, u"b"_s},
        {u"import"_s, u"a.wcase"_s},
        {u"export"_s, u"a.wcase"_s},
        {u"export"_s, u"a.wcase"_s, u"--json"_s},
        {u"export"_s, u"a.wcase"_s, u"--json"_s, u"x"_s, u"--frobnicate"_s, u"1"_s},
        {u"search"_s, u"a.wcase"_s},
        {u"restore"_s},
    };
    for (const QStringList& args : bad) {
        Outcome r = run(args);
        EXPECT_EQ(r.code, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"Usage:"_s)) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(file(u"a.wcase"_s)));
}

// A bare word that is not a file is a mistyped command; a path or a file name goes to the
// window. Cli::run's answer is checked in this process.
TEST_F(CliTest, UnknownCommandAndWhatGoesToTheWindow)
{
    using wc::app::Cli;
    EXPECT_TRUE(Cli::wantsCli({u"walletcase"_s, u"check"_s}));
    EXPECT_TRUE(Cli::wantsCli({u"walletcase"_s, u"-h"_s}));
    EXPECT_TRUE(Cli::wantsCli({u"walletcase"_s, u"--version"_s}));
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s}));
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s, u"cases.wcase"_s}));
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s, u"--lang"_s, u"en"_s}));
    EXPECT_FALSE(Cli::wantsCli({u"walletcase"_s, u"dir/cases"_s}));
    EXPECT_TRUE(Cli::wantsCli({u"walletcase"_s, u"frobnicate"_s}));

    QTemporaryFile capture;
    ASSERT_TRUE(capture.open());
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    ::dup2(capture.handle(), STDERR_FILENO);
    const int code = Cli::run({u"walletcase"_s, u"frobnicate"_s});
    std::fflush(stderr);
    ::dup2(saved, STDERR_FILENO);
    ::close(saved);
    EXPECT_EQ(code, 1);
    capture.seek(0);
    const QString err = QString::fromUtf8(capture.readAll());
    EXPECT_TRUE(err.contains(u"unknown command “frobnicate”"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"Usage:"_s));
}

TEST_F(CliTest, SearchListsMatchesBestFirst)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    Outcome r = run({u"search"_s, u"a.wcase"_s, u"重复扣款"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out), u"1\t支付宝重复扣款 Alipay duplicate charge\n"_s);
    r = run({u"search"_s, u"a.wcase"_s, u"nothing-like-this"_s});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CliTest, RestoreTakesTheNewestGoodBackup)
{
    Outcome r = run({u"restore"_s, u"a.wcase"_s});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"no automatic backup"_s)) << r.err.toStdString();

    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    {
        // Where the child's data folder puts backups: $XDG_DATA_HOME/walletcase/backups.
        BackupManager backups(dir.file(u"data/walletcase/backups"_s));
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(backups.backupNow(**store, 1'764'000'000'000).ok());
    }
    writeFile(file(u"a.wcase"_s), QByteArray(8192, 'x'));
    ASSERT_EQ(run({u"check"_s, u"a.wcase"_s}).code, 2);

    r = run({u"restore"_s, u"a.wcase"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("Restored a.wcase from the backup ")) << r.out.toStdString();
    r = run({u"check"_s, u"a.wcase"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, "OK: 1 case\n");
}

TEST_F(CliTest, RestoreRefusesAHealthyFileUnlessForcedAndCanPickABackup)
{
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);
    {
        BackupManager backups(dir.file(u"data/walletcase/backups"_s));
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE(backups.backupNow(**store, 1'764'000'000'000).ok());
    }
    // Work done after the backup: a second case.
    ASSERT_EQ(run({u"import"_s, u"a.wcase"_s, kSample}).code, 0);

    Outcome r = run({u"restore"_s, u"a.wcase"_s});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"is not damaged (2 cases)"_s)) << r.err.toStdString();
    EXPECT_EQ(run({u"check"_s, u"a.wcase"_s}).out, "OK: 2 cases\n") << "a healthy file was replaced";

    r = run({u"restore"_s, u"a.wcase"_s, u"--list"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(u"1\t"_s));
    EXPECT_TRUE(lines[0].contains(u"\t1 case\t"_s)) << lines[0].toStdString();

    EXPECT_EQ(run({u"restore"_s, u"a.wcase"_s, u"--backup"_s, u"2"_s, u"--force"_s}).code, 1);
    EXPECT_EQ(run({u"restore"_s, u"a.wcase"_s, u"--backup"_s, u"0"_s}).code, 1);

    r = run({u"restore"_s, u"a.wcase"_s, u"--backup"_s, u"1"_s, u"--force"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("The file it replaced was kept as ")) << r.out.toStdString();
    EXPECT_EQ(run({u"check"_s, u"a.wcase"_s}).out, "OK: 1 case\n");

    // The replaced file is listed, and it still holds both cases.
    r = run({u"restore"_s, u"a.wcase"_s, u"--list"_s});
    ASSERT_EQ(r.code, 0);
    const QStringList after = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(after.size(), 2) << r.out.toStdString();
    ASSERT_TRUE(after[1].startsWith(u"set aside\t"_s)) << after[1].toStdString();
    const QString asidePath = after[1].section(u'\t', 2);
    EXPECT_EQ(run({u"check"_s, asidePath}).out, "OK: 2 cases\n");
}

TEST_F(CliTest, ToneReportsFindingsAsJson)
{
    const QByteArray zh = QStringLiteral("你们这群骗子！！！我的账户被盗刷了。").toUtf8();
    Outcome r = run({u"tone"_s, u"--json"_s}, zh);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(r.out).array();
    QStringList categories;
    for (const auto& v : findings) {
        const QJsonObject f = v.toObject();
        categories << f.value(u"category"_s).toString();
        // Offsets are UTF-16 positions into the input; line and column count characters.
        EXPECT_EQ(QString::fromUtf8(zh).mid(f.value(u"start"_s).toInt(),
                                            f.value(u"length"_s).toInt()),
                  f.value(u"text"_s).toString());
        EXPECT_EQ(f.value(u"line"_s).toInt(), 1);
        EXPECT_EQ(f.value(u"column"_s).toInt(), f.value(u"start"_s).toInt() + 1);
        EXPECT_FALSE(f.value(u"suggestion"_s).toString().isEmpty());
        // The proposal for the sentence: it states no fact, so its removal.
        EXPECT_EQ(f.value(u"sentence"_s).toString(), u"你们这群骗子！！！"_s);
        EXPECT_EQ(f.value(u"rewrite"_s).toString(), QString());
        EXPECT_TRUE(f.value(u"removable"_s).toBool());
    }
    EXPECT_EQ(categories, (QStringList{u"insult"_s, u"shouting"_s})); // 盗刷 describes the issue
    EXPECT_EQ(findings.at(0).toObject().value(u"category_name"_s).toString(), u"Insult"_s);

    r = run({u"tone"_s, u"--lang"_s, u"en"_s, u"--json"_s}, "This was an unauthorized payment.");
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(r.out).array().isEmpty()) << r.out.toStdString();
    r = run({u"tone"_s, u"--lang=en"_s, u"--json"_s}, "Refund me.\nYou people NEVER answer!!!");
    const QJsonArray en = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(en.size(), 3) << r.out.toStdString();
    EXPECT_EQ(en.at(1).toObject().value(u"line"_s).toInt(), 2);
    EXPECT_EQ(en.at(1).toObject().value(u"column"_s).toInt(), 12); // NEVER
    EXPECT_EQ(en.at(1).toObject().value(u"rewrite"_s).toString(), u"You people never answer."_s);

    EXPECT_EQ(run({u"tone"_s, u"--lang"_s, u"fr"_s}, "x").code, 1);
    EXPECT_EQ(run({u"tone"_s, u"extra"_s}, "x").code, 1);
    EXPECT_EQ(run({u"tone"_s, u"--json=yes"_s}, "x").code, 1);
}

TEST_F(CliTest, ToneShowsEachPassageWithItsPlaceKindAndProposal)
{
    // It used to print only the advice, as JSON: no place a person can find, no proposal.
    Outcome r = run({u"tone"_s, u"--lang"_s, u"en"_s},
                    "Dear team,\nPlease REFUND me now!!! You are useless idiots.\n");
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(u"Line 2, column 8 — Shouting (capitals, !!!): “REFUND”"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"Line 2, column 21 — Shouting (capitals, !!!): “!!!”"_s));
    EXPECT_TRUE(out.contains(u"Line 2, column 33 — Insult: “useless”"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"    Advice: Use a single full stop"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"  Sentence: Please REFUND me now!!!\n"
                             "  Proposal: “Please refund me now.”\n"
                             "  Changes: Capitals changed to normal case. “!!!” changed to “.”.\n"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"  Sentence: You are useless idiots.\n"
                             "  Proposal: remove the sentence; it states no fact.\n"_s))
        << out.toStdString();
    EXPECT_TRUE(out.endsWith(u"Tone: Heated: 4 passages may get the letter set aside. Calm "
                             "wording with facts and dates works better.\n"_s))
        << out.toStdString();

    r = run({u"tone"_s}, "On 3 May I was charged twice.");
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(r.out, "Tone: Calm: nothing here should put the reader on the defensive.\n");
}

TEST_F(CliTest, ToneSpeaksTheUiLanguageForEveryCategory)
{
    // A Chinese system gets Chinese names for every kind of passage, whatever the letter's
    // language; the advice stays in the letter's language, as it is wording to adapt.
    env.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"zh_CN"_s);
    const QStringList english{u"Insult"_s,  u"Accusation of wrongdoing"_s,
                              u"Absolute (always, never)"_s, u"Threat"_s,
                              u"Swearing"_s, u"Sarcasm"_s, u"Shouting (capitals, !!!)"_s};
    const QByteArray enText = "You idiots. You stole my money. You never reply. I will sue you. "
                              "This damn app. Thanks for nothing. REFUND NOW!!!";
    const QByteArray zhText = QStringLiteral("你们这群骗子。你们偷钱。你们总是推卸。我要起诉你们。"
                                             "他妈的。呵呵，又等三天。退款！！！")
                                  .toUtf8();
    for (const QByteArray& text : {enText, zhText}) {
        Outcome r = run({u"tone"_s, u"--json"_s}, text);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        QSet<QString> categories;
        for (const auto& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject f = v.toObject();
            categories << f.value(u"category"_s).toString();
            const QString name = f.value(u"category_name"_s).toString();
            EXPECT_FALSE(english.contains(name)) << name.toStdString();
            EXPECT_TRUE(std::any_of(name.cbegin(), name.cend(),
                                    [](QChar c) { return c.script() == QChar::Script_Han; }))
                << name.toStdString();
        }
        EXPECT_EQ(categories.size(), 7) << r.out.toStdString();
        r = run({u"tone"_s}, text);
        const QString out = QString::fromUtf8(r.out);
        for (const QString& name : english)
            EXPECT_FALSE(out.contains(name)) << name.toStdString() << "\n" << out.toStdString();
    }
}

TEST_F(CliTest, LetterDraftsOnceAndThenPrintsTheSavedLetter)
{
    {
        CaseStore::OpenOptions options;
        options.createIfMissing = true;
        auto store = CaseStore::open(file(u"a.wcase"_s), options);
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)->saveProfile({u"王小明"_s, {}, u"xm@example.com"_s, {}, 0}).ok());
        CaseRecord r;
        r.title = u"Duplicate"_s;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.providerName = u"PayPal"_s;
        r.amountMinor = 4990;
        r.currency = u"USD"_s;
        r.references = {u"9XK-123"_s};
        r.language = u"en"_s;
        ASSERT_TRUE((*store)->createCase(r).ok());
    }
    Outcome r = run({u"letter"_s, u"a.wcase"_s, u"--case"_s, u"1"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QString first = QString::fromUtf8(r.out);
    EXPECT_TRUE(first.startsWith(u"Complaint: PayPal — Duplicate charge, reference 9XK-123\n\n"_s))
        << first.toStdString();
    EXPECT_TRUE(first.contains(u"Amount: US$49.90"_s));
    EXPECT_TRUE(first.contains(u"Email: xm@example.com"_s));

    r = run({u"letter"_s, u"a.wcase"_s, u"--case=1"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(r.out), first);
    {
        auto store = CaseStore::open(file(u"a.wcase"_s));
        ASSERT_TRUE(store.ok());
        auto letters = (*store)->letters(1);
        ASSERT_TRUE(letters.ok());
        ASSERT_EQ(letters->size(), 1); // saved once, not on every call
        EXPECT_EQ(letters->at(0).language, u"en"_s);
        EXPECT_EQ(letters->at(0).status, u"draft"_s);
    }

    // Another language gets its own letter; the newest of any language is printed after that.
    r = run({u"letter"_s, u"a.wcase"_s, u"--case"_s, u"1"_s, u"--lang"_s, u"zh_CN"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(r.out).startsWith(u"投诉：PayPal——重复扣款"_s));
    EXPECT_EQ(run({u"letter"_s, u"a.wcase"_s, u"--case"_s, u"1"_s, u"--lang"_s, u"en"_s}).out,
              first.toUtf8());

    r = run({u"letter"_s, u"a.wcase"_s, u"--case"_s, u"99"_s});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"no case with the id 99"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    for (const QStringList& args : QList<QStringList>{
             {u"letter"_s, u"a.wcase"_s},
             {u"letter"_s, u"a.wcase"_s, u"--case"_s, u"x"_s},
             {u"letter"_s, u"a.wcase"_s, u"--case"_s, u"1"_s, u"--lang"_s, u"fr"_s}}) {
        r = run(args);
        EXPECT_EQ(r.code, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"Usage:"_s));
    }
    EXPECT_EQ(run({u"letter"_s, u"missing.wcase"_s, u"--case"_s, u"1"_s}).code, 2);
}

// ------------------------------------------------------------------------------ export --pdf

// A case file holding one complete case (see tests/report/DossierFixture.h), closed again so the
// command can open it.
qint64 makeCaseFile(const QString& path, const QString& letterLanguage = u"zh_CN"_s)
{
    wc::core::FakeClock clock{1'768'000'000'000};
    wc::core::CaseStore::OpenOptions options;
    options.createIfMissing = true;
    options.clock = &clock;
    auto store = wc::core::CaseStore::open(path, options);
    EXPECT_TRUE(store.ok());
    return store ? wc::test::buildCase(**store, clock, letterLanguage).caseId : 0;
}

TEST_F(CliTest, ExportPdfWritesTheDossierInTheLanguageOfTheLetter)
{
    const qint64 id = makeCaseFile(file(u"c.wcase"_s));
    Outcome r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, QString::number(id), u"--pdf"_s,
                     u"dossier.pdf"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QString pdf = file(u"dossier.pdf"_s);
    EXPECT_EQ(QFile::permissions(pdf) & 0x0077, 0); // personal data: owner only
    const QString text = wc::test::pdfText(pdf);
    for (const QString& expected : {u"投诉案卷"_s, u"人一日月金"_s, u"订单号2026011512345"_s,
                                    u"事件时间线"_s, u"证据清单"_s, u"A1024"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_TRUE(wc::test::runTool(u"pdfinfo"_s, {pdf}).out.contains(u"(A4)"_s));
    EXPECT_EQ(wc::test::runTool(u"qpdf"_s, {u"--check"_s, pdf}).code, 0);
    EXPECT_EQ(wc::test::pdfImages(pdf).size(), 2);
    // pdffonts: name type encoding emb sub uni object ID; every font embedded.
    const QStringList fonts =
        wc::test::runTool(u"pdffonts"_s, {pdf}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        EXPECT_EQ(cols.value(cols.size() - 5), u"yes"_s) << line.toStdString();
    }
}

TEST_F(CliTest, ExportPdfInEnglishOnLetterPaperAndLetterOnly)
{
    const qint64 id = makeCaseFile(file(u"c.wcase"_s));
    const QString caseId = QString::number(id);
    Outcome r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, caseId, u"--pdf=en.pdf"_s,
                     u"--lang"_s, u"en"_s, u"--page-size"_s, u"Letter"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString en = file(u"en.pdf"_s);
    EXPECT_TRUE(wc::test::pdfText(en).contains(u"7.Evidencemanifest"_s));
    EXPECT_TRUE(wc::test::runTool(u"pdfinfo"_s, {en}).out.contains(u"(letter)"_s));

    r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, caseId, u"--pdf"_s, u"letter.pdf"_s,
             u"--letter-only"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString letter = wc::test::pdfText(file(u"letter.pdf"_s));
    EXPECT_TRUE(letter.contains(u"投诉：重复扣款，订单号2026011512345"_s));
    EXPECT_FALSE(letter.contains(u"投诉案卷"_s));
    EXPECT_EQ(wc::test::pdfPages(file(u"letter.pdf"_s)), 1);

    r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, caseId, u"--pdf"_s, u"-"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("%PDF-"));
}

// Without --page-size the case's region decides, as in the window: US Letter for a US case
// (the CLI forced A4 on every case).
TEST_F(CliTest, ExportPdfOfAUsCaseIsOnLetterPaper)
{
    const qint64 id = makeCaseFile(file(u"c.wcase"_s));
    {
        auto store = CaseStore::open(file(u"c.wcase"_s));
        ASSERT_TRUE(store.ok());
        ASSERT_TRUE((*store)
                        ->database()
                        .exec(u"UPDATE cases SET provider_key = 'cash_app', provider_name = "
                              u"'Cash App', time_zone = 'America/Los_Angeles'"_s)
                        .ok());
    }
    Outcome r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, QString::number(id), u"--pdf"_s,
                     u"us.pdf"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(wc::test::runTool(u"pdfinfo"_s, {file(u"us.pdf"_s)}).out.contains(u"(letter)"_s));
    r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, QString::number(id), u"--pdf"_s,
             u"a4.pdf"_s, u"--page-size"_s, u"A4"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(wc::test::runTool(u"pdfinfo"_s, {file(u"a4.pdf"_s)}).out.contains(u"(A4)"_s));
}

TEST_F(CliTest, ExportPdfFailures)
{
    const qint64 id = makeCaseFile(file(u"c.wcase"_s));
    const QString caseId = QString::number(id);
    Outcome r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, u"99"_s, u"--pdf"_s, u"x.pdf"_s});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"there is no case with the id 99"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file(u"x.pdf"_s)));

    r = run({u"export"_s, u"c.wcase"_s, u"--case"_s, caseId, u"--pdf"_s, u"missing/x.pdf"_s});
    EXPECT_EQ(r.code, 5);
    EXPECT_TRUE(r.err.contains(u"could not be saved"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file(u"missing/x.pdf"_s)));

    r = run({u"export"_s, u"nope.wcase"_s, u"--case"_s, caseId, u"--pdf"_s, u"x.pdf"_s});
    EXPECT_EQ(r.code, 2);

    const QList<QStringList> usage{
        {u"--case"_s, caseId, u"--pdf"_s, u"x.pdf"_s, u"--json"_s, u"x.json"_s},
        {u"--pdf"_s, u"x.pdf"_s},
        {u"--case"_s, caseId, u"--pdf"_s, u"x.pdf"_s, u"--page-size"_s, u"A5"_s},
        {u"--case"_s, caseId, u"--pdf"_s, u"x.pdf"_s, u"--lang"_s, u"fr"_s},
        {u"--case"_s, caseId, u"--pdf"_s, u"x.pdf"_s, u"--letter-only=yes"_s},
        {u"--case"_s, caseId, u"--json"_s, u"x.json"_s, u"--letter-only"_s},
    };
    for (const QStringList& args : usage) {
        r = run(QStringList{u"export"_s, u"c.wcase"_s} + args);
        EXPECT_EQ(r.code, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"Usage:"_s)) << r.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(file(u"x.pdf"_s)));
}

TEST_F(CliTest, OnlyPdfExportNeedsAGuiApplication)
{
    using wc::app::cli::needsGuiApplication;
    EXPECT_TRUE(needsGuiApplication({u"walletcase"_s, u"export"_s, u"f"_s, u"--pdf"_s, u"o"_s}));
    EXPECT_TRUE(needsGuiApplication({u"walletcase"_s, u"export"_s, u"f"_s, u"--pdf=o"_s}));
    EXPECT_FALSE(needsGuiApplication({u"walletcase"_s, u"export"_s, u"f"_s, u"--json"_s, u"o"_s}));
    EXPECT_FALSE(needsGuiApplication({u"walletcase"_s, u"search"_s, u"f"_s, u"--pdf"_s}));
    EXPECT_FALSE(needsGuiApplication({u"walletcase"_s, u"export"_s, u"--"_s, u"--pdf"_s}));
}

} // namespace
