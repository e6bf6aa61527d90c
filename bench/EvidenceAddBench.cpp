// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Adds a batch of large screenshots to a case through the Evidence tab (EvidenceGallery::addFiles,
// the path the file dialog, a drop and a paste of files take in the window) on the offscreen
// platform, and measures how responsive the GUI thread stays meanwhile: a 10 ms timer runs all
// along, and every gap between two of its ticks longer than it asked for is a stall of the event
// loop (the window could neither paint nor take a click for that long). Prints the longest gap,
// the 99th percentile, how many gaps passed 100 ms, the total time and the evidence rate.
//   wc_bench_evidence_add --make-files DIR [--files N] [--mib M]   writes the screenshots once
//   wc_bench_evidence_add DIR [--runs R] [--keep-case FILE]       adds every file of DIR
#include "gui/evidence/EvidenceGallery.h"
#include "gui/widgets/EvidenceIntake.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace wc;
using namespace Qt::Literals::StringLiterals;

namespace {

// A phone screenshot of a photo-heavy screen: flat bars, and an area of sensor-like noise sized
// so the encoded file comes out near `targetBytes` (noise is what PNG and JPEG cannot squeeze).
// Every third file is a JPEG, as camera photos of receipts are.
QByteArray makeFile(int seed, qint64 targetBytes, bool jpeg)
{
    const int width = 1440;
    const int height = 3200;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(245, 245, 245));
    QRandomGenerator rng(quint32(seed) * 7919u + 3u);
    // Measured on this generator: about 2.2 bytes of PNG / 1.1 bytes of JPEG (q 97) per noisy
    // pixel; the noisy band's height is chosen from that.
    const double perPixel = jpeg ? 1.1 : 2.2;
    const int band = std::clamp(int(double(targetBytes) / perPixel / width), 100, height - 300);
    QPainter p(&image);
    p.fillRect(0, 0, width, 120, QColor(30, 30, 30));
    p.fillRect(0, 120, width, 180, QColor(22, 119, 255));
    p.end();
    const int r0 = rng.bounded(256), g0 = rng.bounded(256), b0 = rng.bounded(256);
    for (int y = 300; y < 300 + band; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const auto noisy = [&](int v) { return std::clamp(v + rng.bounded(-24, 25), 0, 255); };
            line[x] = qRgb(noisy((r0 + x / 8) & 255), noisy((g0 + y / 8) & 255), noisy(b0));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, jpeg ? "jpg" : "png", jpeg ? 97 : -1);
    return bytes;
}

int makeFiles(const QString& dirPath, int count, double mib)
{
    if (!QDir().mkpath(dirPath)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dirPath));
        return 1;
    }
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const bool jpeg = i % 3 == 2;
        const QByteArray bytes = makeFile(i, qint64(mib * 1024 * 1024), jpeg);
        QFile file(QDir(dirPath).filePath(
            u"Screenshot_%1.%2"_s.arg(i + 1, 3, 10, QChar(u'0')).arg(jpeg ? u"jpg"_s : u"png"_s)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        total += bytes.size();
    }
    std::printf("%d files, %.1f MiB\n", count, double(total) / (1024.0 * 1024.0));
    return 0;
}

double cpuMs(clockid_t which = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts{};
    clock_gettime(which, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Run
{
    double totalMs = 0;
    double cpuMs = 0;
    double longestGapMs = 0;
    double p99GapMs = 0;
    double longestGapCpuMs = 0; // the GUI thread's own CPU time within one gap
    int gapsOver100 = 0;
    int added = 0;
    int ticks = 0;
};

Run addOnce(const QStringList& paths, bool verbose, const QString& keepCase)
{
    Run run;
    QTemporaryDir dir;
    core::CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto store = core::CaseStore::open(dir.filePath(u"bench.wcase"_s), options);
    if (!store) {
        std::fprintf(stderr, "cannot create the case file: %s\n", qPrintable(store.error().detail));
        std::exit(1);
    }
    core::CaseRecord r;
    r.title = u"Duplicate charge, many screenshots"_s;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.providerKey = u"alipay"_s;
    const qint64 caseId = *(*store)->createCase(r);

    gui::EvidenceGallery gallery;
    gallery.resize(1000, 700);
    gallery.setCase(store->get(), caseId);
    gallery.show();
    QCoreApplication::processEvents();

    // The probe: a 10 ms timer; the time between two ticks is what the event loop needed to come
    // back, so anything above 10 ms is time the window could not react.
    std::vector<double> gaps;
    QElapsedTimer clock;
    qint64 lastTick = 0;
    double lastTickCpu = 0;
    double longestGapCpu = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(double(now - lastTick) / 1e6);
        const double threadCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        longestGapCpu = std::max(longestGapCpu, threadCpu - lastTickCpu);
        lastTickCpu = threadCpu;
        if (verbose && gaps.back() > 100)
            std::printf("  gap %.0f ms ending at %.0f ms, %d items in the gallery\n", gaps.back(),
                        double(now) / 1e6, gallery.count());
        lastTick = now;
    });

    QEventLoop loop;
    QObject::connect(gallery.intake(), &gui::EvidenceIntake::busyChanged, &loop,
                     [&](bool busy) {
                         if (!busy)
                             QTimer::singleShot(0, &loop, &QEventLoop::quit);
                     });
    const double cpu0 = cpuMs();
    lastTickCpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    clock.start();
    probe.start();
    gallery.addFiles(paths); // on the GUI thread too: the first tick's gap includes it
    if (gallery.isBusy())
        loop.exec();
    run.totalMs = double(clock.nsecsElapsed()) / 1e6;
    run.cpuMs = cpuMs() - cpu0;
    probe.stop();
    run.added = gallery.count();
    run.ticks = int(gaps.size());
    run.longestGapCpuMs = longestGapCpu;
    std::sort(gaps.begin(), gaps.end());
    run.longestGapMs = gaps.empty() ? 0 : gaps.back();
    run.p99GapMs = gaps.empty() ? 0 : gaps[size_t(double(gaps.size() - 1) * 0.99)];
    run.gapsOver100 = int(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 100; }));
    gallery.setCase(nullptr, 0);
    if (!keepCase.isEmpty()) {
        store->reset(); // closed, so the file holds everything
        if (!QFile::copy(dir.filePath(u"bench.wcase"_s), keepCase))
            std::fprintf(stderr, "cannot write %s\n", qPrintable(keepCase));
    }
    return run;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"DIR"_s, u"Folder of screenshots to add."_s);
    parser.addOption({u"make-files"_s, u"Only write the screenshots into this folder."_s, u"DIR"_s});
    parser.addOption({u"files"_s, u"With --make-files: how many."_s, u"N"_s, u"40"_s});
    parser.addOption({u"mib"_s, u"With --make-files: about how large each (MiB)."_s, u"M"_s, u"5"_s});
    parser.addOption({u"keep-case"_s,
                      u"Copy the case file of the (last) run here, e.g. to export a bundle."_s,
                      u"FILE"_s});
    parser.addOption({u"verbose"_s, u"Print each gap over 100 ms as it happens."_s});
    parser.addOption({u"runs"_s, u"Runs, each into a new case file."_s, u"R"_s, u"1"_s});
    parser.process(app);
    if (parser.isSet(u"make-files"_s))
        return makeFiles(parser.value(u"make-files"_s), parser.value(u"files"_s).toInt(),
                         parser.value(u"mib"_s).toDouble());
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QDir dir(parser.positionalArguments().first());
    QStringList paths;
    qint64 bytes = 0;
    for (const QFileInfo& info : dir.entryInfoList({u"*.png"_s, u"*.jpg"_s}, QDir::Files, QDir::Name)) {
        paths << info.absoluteFilePath();
        bytes += info.size();
    }
    if (paths.isEmpty()) {
        std::fprintf(stderr, "no *.png or *.jpg in %s\n", qPrintable(dir.path()));
        return 1;
    }
    const double mb = double(bytes) / 1e6;
    std::printf("adding %lld files, %.1f MB (%.1f MiB), through EvidenceGallery::addFiles\n",
                qint64(paths.size()), mb, double(bytes) / (1024.0 * 1024.0));
    // "longest gap" is wall time, which other work on the machine stretches; "its GUI cpu" is
    // the GUI thread's own CPU time within the costliest gap, what this program spends there.
    std::printf("%-4s %9s %8s %9s %12s %12s %9s %9s %6s\n", "run", "total ms", "MB/s", "cpu ms",
                "longest gap", "max GUI cpu", "p99 gap", "gaps>100", "added");
    std::vector<double> totals, longest, gapCpus, p99s, cpus;
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    for (int i = 0; i < runs; ++i) {
        const Run run = addOnce(paths, parser.isSet(u"verbose"_s), parser.value(u"keep-case"_s));
        std::printf("%-4d %9.0f %8.1f %9.0f %9.1f ms %9.1f ms %6.1f ms %9d %6d\n", i + 1,
                    run.totalMs, mb / (run.totalMs / 1e3), run.cpuMs, run.longestGapMs,
                    run.longestGapCpuMs, run.p99GapMs, run.gapsOver100, run.added);
        std::fflush(stdout);
        totals.push_back(run.totalMs);
        longest.push_back(run.longestGapMs);
        gapCpus.push_back(run.longestGapCpuMs);
        p99s.push_back(run.p99GapMs);
        cpus.push_back(run.cpuMs);
    }
    if (runs > 1)
        std::printf("%-4s %9.0f %8.1f %9.0f %9.1f ms %9.1f ms %6.1f ms\n", "med",
                    median(totals), mb / (median(totals) / 1e3), median(cpus), median(longest),
                    median(gapCpus), median(p99s));
    return 0;
}
