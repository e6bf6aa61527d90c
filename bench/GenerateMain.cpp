// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// wc_bench_generate OUT.wcase --cases N [--seed S]: a reproducible case file for benchmarks.
#include "CaseGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a reproducible WalletCase case file."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"The case file to create."_s);
    parser.addOption({u"cases"_s, u"Number of cases."_s, u"N"_s, u"100"_s});
    parser.addOption({u"seed"_s, u"Seed; the same seed gives the same content."_s, u"S"_s, u"1"_s});
    parser.addOption({u"digest"_s, u"Print the content digest when done."_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    wc::bench::GeneratorOptions options;
    bool ok = true;
    options.cases = parser.value(u"cases"_s).toLongLong(&ok);
    bool seedOk = true;
    options.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!ok || !seedOk || options.cases < 0) {
        std::fprintf(stderr, "--cases and --seed take non-negative numbers\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    options.progress = [&](qint64 done) {
        if (done % 10'000 == 0 || done == options.cases)
            std::fprintf(stderr, "%lld cases, %.1f s\n", done, double(timer.elapsed()) / 1000);
    };
    const QString path = parser.positionalArguments().first();
    if (auto r = wc::bench::generateCaseFile(path, options); !r) {
        std::fprintf(stderr, "%s (%s)\n", qPrintable(r.error().message),
                     qPrintable(r.error().detail));
        return 1;
    }
    if (parser.isSet(u"digest"_s)) {
        auto store = wc::core::CaseStore::open(path);
        auto digest = store ? wc::bench::contentDigest(**store)
                            : wc::core::Result<QByteArray>(std::move(store).error());
        if (!digest) {
            std::fprintf(stderr, "%s\n", qPrintable(digest.error().detail));
            return 1;
        }
        std::printf("%s\n", digest->toHex().constData());
    }
    return 0;
}
