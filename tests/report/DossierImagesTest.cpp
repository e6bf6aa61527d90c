// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Images decoded on several threads (DossierImages): every image on its page in the order the
// evidence was added, a damaged one still says so, and the PDF is the same as with one thread.

#include "report/CaseDossier.h"
#include "report/DossierImages.h"
#include "report/DossierWriter.h"
#include "report/DossierFixture.h"
#include "report/Thumbnails.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wc;
using namespace wc::report;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kImages = 7;
constexpr int kBroken = 3; // the fourth image is damaged past its header

QSize sizeOf(int i)
{
    // Small enough to be drawn at their own size, each a different width: pdfimages tells them
    // apart and so gives their order.
    return QSize(200 + 40 * i, 500);
}

// A PNG whose header (IHDR) is sound, so it is taken for an image, but whose pixel data stops
// halfway: only decoding it finds the damage.
QByteArray truncatedPng()
{
    const QByteArray whole = test::screenshotPng(99, QSize(400, 800));
    return whole.left(whole.size() / 2);
}

class DossierImagesTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        core::CaseRecord r;
        r.title = u"Screenshots in order"_s;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.providerKey = u"paypal"_s;
        r.language = u"en"_s;
        auto id = store->createCase(r);
        ASSERT_TRUE(id.ok());
        caseId = *id;
        for (int i = 0; i < kImages; ++i) {
            clock.advance(60'000);
            core::Evidence e;
            e.caseId = caseId;
            e.kind = u"screenshot"_s;
            e.title = u"Picture number %1"_s.arg(i + 1);
            e.fileName = u"shot-%1.png"_s.arg(i + 1);
            e.mimeType = u"image/png"_s;
            const QByteArray bytes =
                i == kBroken ? truncatedPng() : test::screenshotPng(i, sizeOf(i));
            ASSERT_TRUE(store->addEvidence(e, bytes).ok());
        }
    }

    QString exportWith(int threads, const QString& name)
    {
        auto dossier = CaseDossier::read(*store, caseId);
        EXPECT_TRUE(dossier.ok());
        DossierOptions o;
        o.language = u"en"_s;
        o.exportedAt = 1'760'000'000'000;
        o.decodeThreads = threads;
        const QString out = dir.file(name);
        auto written = DossierWriter::write(*dossier, o, out);
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().detail.toStdString());
        return out;
    }

    qint64 caseId = 0;
};

// The file without what differs from one second to the next (QPdfWriter's creation date).
QByteArray timeless(const QString& pdf)
{
    QFile file(pdf);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    static const QRegularExpression date(u"/CreationDate \\(D:[^)]*\\)"_s);
    QString latin = QString::fromLatin1(bytes);
    latin.replace(date, u"/CreationDate ()"_s);
    return latin.toLatin1();
}

} // namespace

TEST_F(DossierImagesTest, TheDamagedPngIsTakenForAnImageUntilDecoded)
{
    // Else the test below would not reach the parallel decoding with it.
    const QByteArray broken = truncatedPng();
    EXPECT_EQ(Thumbnails::detectFormat(broken), QByteArray("png"));
    EXPECT_FALSE(Thumbnails::make(broken, QSize(1000, 1000)).ok());
}

TEST_F(DossierImagesTest, EveryImageOnItsPageInOrderWithThePlaceholderForTheDamagedOne)
{
    // More threads than this machine may have cores: the decodes overlap wherever it runs.
    const QString pdf = exportWith(4, u"parallel.pdf"_s);
    const QStringList images = test::pdfImages(pdf);
    ASSERT_EQ(images.size(), kImages - 1);
    int previousPage = 0;
    int listed = 0;
    for (int i = 0; i < kImages; ++i) {
        if (i == kBroken)
            continue;
        // page num type width height …
        const QStringList cols = images[listed++].split(u' ', Qt::SkipEmptyParts);
        EXPECT_EQ(cols.value(3).toInt(), sizeOf(i).width()) << "image " << i + 1;
        EXPECT_EQ(cols.value(4).toInt(), sizeOf(i).height()) << "image " << i + 1;
        EXPECT_GT(cols.value(0).toInt(), previousPage) << "one image per page, in order";
        previousPage = cols.value(0).toInt();
    }

    // The damaged one has its page with its heading and the placeholder, between its neighbours.
    const QString text = test::pdfText(pdf);
    const qsizetype before = text.indexOf(u"Picturenumber%1"_s.arg(kBroken));
    const qsizetype broken = text.indexOf(u"Picturenumber%1"_s.arg(kBroken + 1));
    const qsizetype placeholder = text.indexOf(u"Theimagecouldnotbeshown"_s);
    const qsizetype after = text.indexOf(u"Picturenumber%1"_s.arg(kBroken + 2));
    ASSERT_GE(before, 0);
    EXPECT_LT(before, broken);
    EXPECT_LT(broken, placeholder);
    EXPECT_LT(placeholder, after);
    EXPECT_EQ(text.count(u"Theimagecouldnotbeshown"_s), 1);
}

TEST_F(DossierImagesTest, TheSamePdfWithOneThreadOrMany)
{
    const QByteArray serial = timeless(exportWith(1, u"serial.pdf"_s));
    const QByteArray parallel = timeless(exportWith(4, u"parallel.pdf"_s));
    ASSERT_FALSE(serial.isEmpty());
    EXPECT_TRUE(serial == parallel)
        << "the PDFs differ (" << serial.size() << " and " << parallel.size() << " bytes)";
}

TEST(DossierImages, HandsOutEachImageForItsBoxInOrderEvenWhenThePlanWasWrong)
{
    QList<DossierImages::Job> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.append({test::screenshotPng(i, QSize(300, 600)), QSize(150, 300)});
    DossierImages images(jobs, 3);
    for (int i = 0; i < 5; ++i) {
        // The third is asked for at another box than planned: decoded again for it.
        const QSize box = i == 2 ? QSize(100, 200) : QSize(150, 300);
        auto image = images.take(i, box);
        ASSERT_TRUE(image.ok());
        EXPECT_EQ(image->size(), box);
        auto expected = Thumbnails::make(jobs[i].bytes, box);
        ASSERT_TRUE(expected.ok());
        EXPECT_TRUE(*image == *expected) << "image " << i;
    }
}
