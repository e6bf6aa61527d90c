// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// A JPEG or PNG cut short decodes without an error (the rest is grey), so evidence intake asks
// ImageIntegrity whether the file runs to its end marker. Real files made with Qt's writers.
#include "evidence/ImageIntegrity.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <gtest/gtest.h>

using wc::core::ImageIntegrity;
using Ending = wc::core::ImageIntegrity::Ending;

namespace {

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int i = 0; i < 20; ++i)
        p.fillRect(i * width / 20, 0, width / 40, height, QColor::fromHsv(i * 17, 200, 200));
    return image;
}

QByteArray encode(const QImage& image, const char* format, bool progressive = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setProgressiveScanWrite(progressive);
    EXPECT_TRUE(writer.write(image)) << writer.errorString().toStdString();
    return bytes;
}

// The JPEG with an APP1 segment after SOI that holds a whole small JPEG (as EXIF thumbnails do),
// so the bytes FF D9 occur early in the file.
QByteArray withEmbeddedThumbnail(const QByteArray& jpeg)
{
    const QByteArray thumbnail = encode(picture(16, 12), "JPEG");
    QByteArray app1 = QByteArray("Exif\0\0", 6) + thumbnail;
    const int length = int(app1.size()) + 2;
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(app1);
    return QByteArray(jpeg.left(2) + segment + jpeg.mid(2));
}

} // namespace

TEST(ImageIntegrityTest, AWholeJpegIsCompleteAndACutOneIsNot)
{
    const QByteArray jpeg = encode(picture(640, 480), "JPEG");
    ASSERT_GT(jpeg.size(), 1000);
    EXPECT_EQ(ImageIntegrity::check(jpeg), Ending::Complete);
    EXPECT_EQ(ImageIntegrity::check(jpeg.left(jpeg.size() / 2)), Ending::Truncated);
    EXPECT_EQ(ImageIntegrity::check(jpeg.left(jpeg.size() - 2)), Ending::Truncated);
    EXPECT_EQ(ImageIntegrity::check(jpeg.left(200)), Ending::Truncated); // inside the headers
    // Some phones append their own data after the end marker: still complete.
    EXPECT_EQ(ImageIntegrity::check(QByteArray(jpeg + QByteArray("SEFHtrailing data", 17))), Ending::Complete);
}

TEST(ImageIntegrityTest, AnEmbeddedThumbnailsEndMarkerDoesNotHideACut)
{
    const QByteArray jpeg = withEmbeddedThumbnail(encode(picture(640, 480), "JPEG"));
    ASSERT_EQ(QImage::fromData(jpeg).size(), QSize(640, 480));
    EXPECT_EQ(ImageIntegrity::check(jpeg), Ending::Complete);
    const QByteArray cut = jpeg.left(jpeg.size() * 2 / 3);
    ASSERT_TRUE(cut.contains(QByteArray("\xFF\xD9", 2)));
    EXPECT_EQ(ImageIntegrity::check(cut), Ending::Truncated);
}

TEST(ImageIntegrityTest, ProgressiveJpegsAreWalkedScanByScan)
{
    const QByteArray jpeg = encode(picture(640, 480), "JPEG", true);
    EXPECT_EQ(ImageIntegrity::check(jpeg), Ending::Complete);
    EXPECT_EQ(ImageIntegrity::check(jpeg.left(jpeg.size() * 3 / 4)), Ending::Truncated);
}

TEST(ImageIntegrityTest, PngsNeedTheirEndChunk)
{
    const QByteArray png = encode(picture(300, 200), "PNG");
    EXPECT_EQ(ImageIntegrity::check(png), Ending::Complete);
    EXPECT_EQ(ImageIntegrity::check(png.left(png.size() - 12)), Ending::Truncated);
    EXPECT_EQ(ImageIntegrity::check(png.left(png.size() / 2)), Ending::Truncated);
}

TEST(ImageIntegrityTest, OtherFormatsAreNotJudged)
{
    EXPECT_EQ(ImageIntegrity::check(QByteArray()), Ending::Unknown);
    EXPECT_EQ(ImageIntegrity::check(QByteArray("GIF89a....")), Ending::Unknown);
    EXPECT_EQ(ImageIntegrity::check(QByteArray("%PDF-1.4\n")), Ending::Unknown);
    EXPECT_EQ(ImageIntegrity::check(encode(picture(20, 20), "BMP")), Ending::Unknown);
}
