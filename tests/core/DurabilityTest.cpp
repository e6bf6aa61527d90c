// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// A writer killed with SIGKILL at random moments, many times over, never loses a committed edit
// and never leaves a damaged case file.
#include "store/CaseStore.h"
#include "support/TempDir.h"

#include <QElapsedTimer>
#include <QSet>

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kRounds = 30;
// Only a guard against a writer that never starts; no assertion depends on timing.
constexpr qint64 kStartGuardMs = 20'000;

struct Writer
{
    pid_t pid = -1;
    int output = -1;
};

Writer startWriter(const QString& path)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return {};
    const QByteArray nativePath = QFile::encodeName(path);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::execl(WC_DURABILITY_CHILD, "wc_durability_child", nativePath.constData(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

// What one writer reported before it was killed.
struct Round
{
    QList<qint64> committed;
    bool exitedByItself = false;
    int status = 0;
};

Round runAndKill(const QString& path, int delayMs, bool delayFromStart)
{
    Round round;
    const Writer writer = startWriter(path);
    if (writer.pid < 0) {
        ADD_FAILURE() << "cannot start the writer";
        return round;
    }
    QByteArray pending;
    auto readAvailable = [&](int timeoutMs) -> bool { // false at end of output
        pollfd fd{writer.output, POLLIN, 0};
        if (::poll(&fd, 1, timeoutMs) <= 0)
            return true;
        char buffer[4096];
        const ssize_t n = ::read(writer.output, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        pending.append(buffer, n);
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            round.committed << pending.left(end).toLongLong();
            pending.remove(0, end + 1);
        }
        return true;
    };

    QElapsedTimer clock;
    clock.start();
    bool open = true;
    if (!delayFromStart) {
        while (open && round.committed.isEmpty() && clock.elapsed() < kStartGuardMs)
            open = readAvailable(50);
        clock.restart();
    }
    while (open && clock.elapsed() < delayMs)
        open = readAvailable(int(std::max<qint64>(1, delayMs - clock.elapsed())));
    round.exitedByItself = !open;
    ::kill(writer.pid, SIGKILL);
    while (readAvailable(1000)) {
    }
    ::close(writer.output);
    // Reaped before the next writer starts, so its lock file is recognised as stale.
    ::waitpid(writer.pid, &round.status, 0);
    return round;
}

TEST(Durability, KilledWriterLosesNoCommittedEdit)
{
    const QByteArray fixedSeed = qgetenv("WC_DURABILITY_SEED");
    const unsigned seed = fixedSeed.isEmpty() ? std::random_device{}() : fixedSeed.toUInt();
    SCOPED_TRACE("seed " + std::to_string(seed) + " (rerun with WC_DURABILITY_SEED=" +
                 std::to_string(seed) + ")");
    std::mt19937 rng(seed);

    wc::test::TempDir dir;
    const QString path = dir.file(u"durability.wcase"_s);
    QSet<qint64> reported;
    qint64 highest = 0;
    for (int i = 0; i < kRounds; ++i) {
        const int delayMs = 5 + int(rng() % 146);
        // Mostly killed while editing; sometimes while starting, opening or creating the file.
        const bool fromStart = rng() % 3 == 0;
        SCOPED_TRACE("round " + std::to_string(i) + ", " + std::to_string(delayMs) + " ms"
                     + (fromStart ? " from start" : " from first edit"));
        const Round round = runAndKill(path, delayMs, fromStart);
        ASSERT_FALSE(round.exitedByItself) << "the writer stopped by itself, status "
                                           << round.status;
        ASSERT_TRUE(WIFSIGNALED(round.status));
        if (!round.committed.isEmpty()) {
            // A new writer numbers after everything committed before, so a lost edit could not
            // hide behind a reused number.
            EXPECT_GT(round.committed.first(), highest);
            highest = round.committed.last();
        }
        for (const qint64 edit : round.committed)
            reported.insert(edit);
    }
    ASSERT_GT(reported.size(), 0) << "no edit was committed in any round";

    auto opened = CaseStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    CaseStore& store = **opened;
    auto problems = store.checkIntegrity();
    ASSERT_TRUE(problems.ok()) << problems.error().detail.toStdString();
    EXPECT_EQ(problems->join(u"; ").toStdString(), "");

    auto caseId = store.database().queryInt(u"SELECT min(id) FROM cases"_s);
    ASSERT_TRUE(caseId.ok());
    auto contacts = store.contacts(*caseId);
    ASSERT_TRUE(contacts.ok());
    QSet<qint64> stored;
    for (const Contact& contact : *contacts) {
        const qint64 edit = contact.summary.mid(5).toLongLong();
        EXPECT_FALSE(stored.contains(edit)) << "edit " << edit << " stored twice";
        stored.insert(edit);
    }
    for (const qint64 edit : reported)
        EXPECT_TRUE(stored.contains(edit)) << "committed edit " << edit << " was lost";
    EXPECT_EQ(store.verifyEvents(*caseId)->eventCount, contacts->size() + 1);
}

} // namespace
