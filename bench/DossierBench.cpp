// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Exports a case with 30 phone screenshots (1080×2400 PNG) as a PDF dossier and reports the time
// and the file size, at the shipped image resolution and at others for comparison. With
// --make-case it only writes that case to a file (and the screenshots to a folder) for
// bench/run-dossier-bench, which times `walletcase export --pdf` against img2pdf.
//   wc_bench_dossier [--screenshots N] [--ppi P[,P…]] [--keep OUT.pdf]
//   wc_bench_dossier --make-case FILE.wcase [--pngs DIR] [--screenshots N]
#include "report/CaseDossier.h"
#include "report/DossierWriter.h"
#include "store/CaseStore.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace wc;
using namespace Qt::Literals::StringLiterals;

namespace {

// A chat screenshot as phones save them, 0.5–1.5 MB of PNG: status and title bars, bubbles of
// mixed Chinese and Latin text with order numbers and amounts, and a photo (a product, a receipt
// shot with the camera) whose sensor noise is what makes real screenshots large: PNG cannot
// compress it away. The photo's height varies with the seed, so the sizes vary as real ones do.
QImage screenshot(int seed)
{
    QImage image(1080, 2400, QImage::Format_RGB32);
    image.fill(QColor(245, 245, 245));
    QRandomGenerator rng(quint32(seed) + 1);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(0, 0, 1080, 90, QColor(30, 30, 30));
    p.fillRect(0, 90, 1080, 160, QColor(22, 119, 255));
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    font.setPixelSize(44);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(40, 190, u"交易详情 Transaction %1"_s.arg(seed));

    const int photoHeight = 100 + rng.bounded(13) * 50; // 100–700 px
    const QRect photo(40, 300, 1000, photoHeight);
    QLinearGradient g(photo.topLeft(), photo.bottomRight());
    g.setColorAt(0, QColor(rng.bounded(256), 120, 80));
    g.setColorAt(1, QColor(40, rng.bounded(256), 200));
    p.fillRect(photo, g);
    p.end();
    for (int y = photo.top(); y <= photo.bottom(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = photo.left(); x <= photo.right(); ++x) {
            const QRgb c = line[x];
            const auto noisy = [&](int v) { return std::clamp(v + rng.bounded(-9, 10), 0, 255); };
            line[x] = qRgb(noisy(qRed(c)), noisy(qGreen(c)), noisy(qBlue(c)));
        }
    }

    p.begin(&image);
    p.setRenderHint(QPainter::Antialiasing);
    font.setPixelSize(38);
    p.setFont(font);
    int y = photo.bottom() + 50;
    while (y < 2250) {
        const bool left = rng.bounded(2) == 0;
        const int h = 110 + rng.bounded(3) * 52;
        const QRect bubble(left ? 40 : 300, y, 740, h);
        p.setPen(Qt::NoPen);
        p.setBrush(left ? QColor(255, 255, 255) : QColor(149, 236, 105));
        p.drawRoundedRect(bubble, 20, 20);
        p.setPen(Qt::black);
        p.drawText(bubble.adjusted(24, 18, -24, -10), Qt::TextWordWrap,
                   u"您好，订单号 20260115%1 金额 ¥%2.00 已于 14:%3 扣款两次，请核实。"_s
                       .arg(rng.bounded(100000, 999999))
                       .arg(rng.bounded(1000))
                       .arg(rng.bounded(10, 59)));
        y += h + 40;
    }
    return image;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"screenshots"_s, u"Number of screenshots."_s, u"N"_s, u"30"_s});
    parser.addOption({u"ppi"_s, u"Image resolutions to try."_s, u"P,P"_s, u"150,100,200"_s});
    parser.addOption({u"keep"_s, u"Keep the PDF at the shipped resolution."_s, u"OUT"_s});
    parser.addOption({u"make-case"_s,
                      u"Only write the case file (new) for timing walletcase export, print "
                      "its case id and stop."_s,
                      u"FILE"_s});
    parser.addOption({u"pngs"_s,
                      u"With --make-case: also write the screenshots to this folder "
                      "(Screenshot_01.png …), for a peer tool."_s,
                      u"DIR"_s});
    parser.process(app);
    const int count = parser.value(u"screenshots"_s).toInt();
    const QString caseFile = parser.value(u"make-case"_s);
    const QString pngDir = parser.value(u"pngs"_s);
    if (!caseFile.isEmpty() && QFileInfo::exists(caseFile)) {
        std::fprintf(stderr, "%s exists already\n", qPrintable(caseFile));
        return 1;
    }
    if (!pngDir.isEmpty() && !QDir().mkpath(pngDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(pngDir));
        return 1;
    }

    QTemporaryDir dir;
    core::FakeClock clock{1'768'000'000'000};
    core::CaseStore::OpenOptions options;
    options.createIfMissing = true;
    options.clock = &clock;
    auto store = core::CaseStore::open(
        caseFile.isEmpty() ? dir.filePath(u"bench.wcase"_s) : caseFile, options);
    if (!store) {
        std::fprintf(stderr, "cannot create the case file\n");
        return 1;
    }
    core::CaseRecord r;
    r.title = u"支付宝重复扣款 30 张截图"_s;
    r.family = u"transaction"_s;
    r.subtype = u"duplicate_charge"_s;
    r.providerKey = u"alipay"_s;
    r.amountMinor = 12'800;
    r.currency = u"CNY"_s;
    r.description = u"同一笔订单被扣款两次。"_s;
    const qint64 caseId = *(*store)->createCase(r);
    qint64 pngBytes = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = png(screenshot(i));
        pngBytes += bytes.size();
        core::Evidence e;
        e.caseId = caseId;
        e.kind = u"screenshot"_s;
        e.title = u"截图 %1"_s.arg(i + 1);
        e.fileName = u"Screenshot_%1.png"_s.arg(i + 1);
        e.mimeType = u"image/png"_s;
        e.capturedAt = clock.nowMs();
        if (!(*store)->addEvidence(e, bytes)) {
            std::fprintf(stderr, "cannot add evidence\n");
            return 1;
        }
        if (!pngDir.isEmpty()) {
            QFile file(
                QDir(pngDir).filePath(u"Screenshot_%1.png"_s.arg(i + 1, 2, 10, QChar(u'0'))));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
    }
    std::printf("case: %d screenshots 1080x2400 PNG, %.1f MiB of PNG\n", count,
                double(pngBytes) / (1024.0 * 1024.0));
    if (!caseFile.isEmpty()) {
        std::printf("case id: %lld\n", caseId);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    auto dossier = report::CaseDossier::read(**store, caseId);
    if (!dossier) {
        std::fprintf(stderr, "%s\n", qPrintable(dossier.error().detail));
        return 1;
    }
    std::printf("read case and blobs (GUI thread part): %lld ms\n\n", timer.elapsed());

    // Wall time on a shared machine is noisy; the CPU time of this process is steadier.
    std::printf("%-6s %8s %10s %9s %9s\n", "ppi", "pages", "size MiB", "wall ms", "cpu ms");
    const QStringList ppis = parser.value(u"ppi"_s).split(u',');
    for (const QString& ppi : ppis) {
        report::DossierOptions o;
        o.language = u"zh_CN"_s;
        o.imagePpi = ppi.toInt();
        o.exportedAt = clock.nowMs();
        const QString out = dir.filePath(u"bench-%1.pdf"_s.arg(ppi));
        timer.restart();
        const std::clock_t cpu = std::clock();
        auto written = report::DossierWriter::write(*dossier, o, out);
        const qint64 ms = timer.elapsed();
        const double cpuMs = 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().detail));
            return 1;
        }
        std::printf("%-6s %8d %10.2f %9lld %9.0f\n", qPrintable(ppi), written->pages,
                    double(written->bytes) / (1024.0 * 1024.0), ms, cpuMs);
        if (ppi == ppis.first() && parser.isSet(u"keep"_s)) {
            QFile::remove(parser.value(u"keep"_s));
            QFile::copy(out, parser.value(u"keep"_s));
        }
    }
    return 0;
}
