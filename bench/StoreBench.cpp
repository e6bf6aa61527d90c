// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// wc_bench_store FILE...: opening, the first page of the case list and search latency per case
// file, with the same search SQL timed by the sqlite3 command-line tool as a baseline.
#include "store/CaseStore.h"
#include "store/SearchIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace wc::core;

namespace {

struct Stats
{
    double p50 = 0;
    double p95 = 0;
};

Stats stats(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples[qsizetype(q * double(samples.size() - 1) + 0.5)]; };
    return {at(0.5), at(0.95)};
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct QueryResult
{
    QString query;
    qint64 hits = 0;
    Stats store;
    Stats cliReal;
    Stats cliCpu;
};

struct FileResult
{
    QString name;
    double sizeMb = 0;
    qint64 cases = 0;
    double openMs = 0;
    double firstPageMs = 0; // the first list query after opening
    Stats page;             // the same query repeated
    QList<QueryResult> queries;
};

[[noreturn]] void fail(const Error& e)
{
    std::fprintf(stderr, "error: %s (%s)\n", qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

// The sqlite3 shell prints "Run Time: real R user U sys S" per statement with `.timer on`.
void runCli(const QString& file, QueryResult& q, int reps)
{
    const QString sql = search::searchSqlText(q.query, 50);
    QString script = u".timer on\n.output /dev/null\n"_s;
    for (int i = 0; i < reps + 1; ++i)
        script += sql + u";\n"_s;
    QProcess cli;
    cli.start(u"sqlite3"_s, {u"-bail"_s, file});
    cli.write(script.toUtf8());
    cli.closeWriteChannel();
    if (!cli.waitForFinished(600'000) || cli.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", cli.readAllStandardError().constData());
        return;
    }
    static const QRegularExpression line(
        u"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s);
    QList<double> real;
    QList<double> cpu;
    auto it = line.globalMatch(QString::fromUtf8(cli.readAllStandardOutput()));
    bool first = true;
    while (it.hasNext()) {
        const auto m = it.next();
        if (std::exchange(first, false))
            continue; // the first run warms the cache, as the store's warm-up call does
        real << m.captured(1).toDouble() * 1000;
        cpu << (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000;
    }
    q.cliReal = stats(real);
    q.cliCpu = stats(cpu);
}

FileResult measure(const QString& file, const QStringList& queries, int reps)
{
    FileResult r;
    r.name = QFileInfo(file).fileName();
    r.sizeMb = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    std::unique_ptr<CaseStore> store;
    r.openMs = timeMs([&] {
        auto opened = CaseStore::open(file);
        if (!opened)
            fail(opened.error());
        store = std::move(*opened);
    });
    CaseListQuery firstPage; // default order, 100 rows
    r.firstPageMs = timeMs([&] {
        if (auto page = store->listCases(firstPage); !page)
            fail(page.error());
    });
    auto count = store->caseCount();
    if (!count)
        fail(count.error());
    r.cases = *count;
    QList<double> pageTimes;
    for (int i = 0; i < 50; ++i)
        pageTimes << timeMs([&] { (void)store->listCases(firstPage); });
    r.page = stats(pageTimes);

    for (const QString& text : queries) {
        QueryResult q;
        q.query = text;
        auto all = store->search(text, 100'000'000);
        if (!all)
            fail(all.error());
        q.hits = all->size();
        QList<double> times;
        for (int i = 0; i < reps; ++i) {
            times << timeMs([&] {
                if (auto hits = store->search(text, 50); !hits)
                    fail(hits.error());
            });
        }
        q.store = stats(times);
        r.queries << q;
    }
    store.reset(); // the baseline runs on the closed, checkpointed file
    for (QueryResult& q : r.queries)
        runCli(file, q, reps);
    return r;
}

void printTable(const QList<FileResult>& results)
{
    auto row = [&](const QString& label, const std::function<QString(const FileResult&)>& cell) {
        QString line = label.leftJustified(36);
        for (const FileResult& r : results)
            line += cell(r).rightJustified(22);
        std::printf("%s\n", qPrintable(line));
    };
    auto ms = [](double v) { return QString::number(v, 'f', 2); };
    auto pair = [&](const Stats& s) -> QString { return ms(s.p50) + u" / "_s + ms(s.p95); };
    row(u""_s, [](const FileResult& r) { return r.name; });
    row(u"file size (MiB)"_s, [](const FileResult& r) { return QString::number(r.sizeMb, 'f', 1); });
    row(u"cases"_s, [](const FileResult& r) { return QString::number(r.cases); });
    row(u"open (ms)"_s, [&](const FileResult& r) { return ms(r.openMs); });
    row(u"first page, 100 rows: first (ms)"_s, [&](const FileResult& r) { return ms(r.firstPageMs); });
    row(u"first page, 100 rows: p50/p95 (ms)"_s, [&](const FileResult& r) { return pair(r.page); });
    for (qsizetype i = 0; i < results.first().queries.size(); ++i) {
        const QString query = results.first().queries[i].query;
        row(u"search \"%1\": hits"_s.arg(query), [&](const FileResult& r) {
            return QString::number(r.queries[i].hits);
        });
        row(u"  store p50/p95 (ms)"_s, [&](const FileResult& r) { return pair(r.queries[i].store); });
        row(u"  sqlite3 CLI real p50/p95 (ms)"_s,
            [&](const FileResult& r) { return pair(r.queries[i].cliReal); });
        row(u"  sqlite3 CLI cpu p50/p95 (ms)"_s,
            [&](const FileResult& r) { return pair(r.queries[i].cliCpu); });
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times opening, listing and searching case files."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"files"_s, u"Case files to measure."_s, u"FILE..."_s);
    parser.addOption({u"reps"_s, u"Repetitions per search."_s, u"N"_s, u"200"_s});
    parser.addOption({u"query"_s, u"A search to time (repeatable); default: a Latin word, a "
                                  u"2-character and a 5-character Chinese query."_s,
                      u"text"_s});
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    QStringList queries = parser.values(u"query"_s);
    if (queries.isEmpty())
        queries = {u"refund"_s, u"扣款"_s, u"重复扣款了"_s};
    const int reps = std::max(1, parser.value(u"reps"_s).toInt());

    QList<FileResult> results;
    for (const QString& file : parser.positionalArguments()) {
        std::fprintf(stderr, "measuring %s\n", qPrintable(file));
        results << measure(file, queries, reps);
    }
    std::printf("%d repetitions per search (limit 50); p50 / p95\n\n", reps);
    printTable(results);
    return 0;
}
