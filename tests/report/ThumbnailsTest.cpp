// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/Thumbnails.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>

#include <gtest/gtest.h>

using wc::report::Thumbnails;

namespace {

QByteArray encode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// PNG chunks carry a CRC-32 of their type and data; a forged header needs a correct one or the
// decoder rejects it for the wrong reason.
quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void putBigEndian(QByteArray& bytes, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (24 - 8 * i)) & 0xff);
}

QImage phoneScreenshot()
{
    QImage image(1080, 2400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(0, 0, 1080, 200, Qt::blue);
    return image;
}

TEST(Thumbnails, FitsTheBoxAndKeepsTheAspectRatio)
{
    auto thumb = Thumbnails::make(encode(phoneScreenshot(), "PNG"), QSize(160, 160));
    ASSERT_TRUE(thumb.ok());
    EXPECT_EQ(thumb->height(), 160);
    EXPECT_EQ(thumb->width(), 72);
    EXPECT_EQ(QColor(thumb->pixel(36, 2)), QColor(Qt::blue));
}

// A phone photo as the camera stores it: a landscape sensor image, the top of the scene on its
// left edge (red), with EXIF "rotate 90° clockwise" to show it upright.
QByteArray sidewaysPhoto()
{
    QImage stored(400, 300, QImage::Format_RGB32);
    stored.fill(Qt::white);
    QPainter(&stored).fillRect(0, 0, 40, 300, Qt::red);
    QByteArray bytes = encode(stored, "JPEG");
    // Qt writes no EXIF, so the camera's APP1 segment is put in by hand after SOI: a big-endian
    // TIFF header and one IFD entry, Orientation (0x0112) = 6 ("rotate 90° clockwise").
    const QByteArray exif = QByteArray::fromHex("FFE10022"                 // APP1, length 34
                                                "457869660000"             // "Exif\0\0"
                                                "4D4D002A00000008"         // MM, 42, IFD at 8
                                                "0001"                     // one entry
                                                "011200030000000100060000" // Orientation: 6
                                                "00000000");               // no next IFD
    bytes.insert(2, exif);
    return bytes;
}

TEST(Thumbnails, APhotoIsTurnedUprightAndFillsTheBoxTheRightWayRound)
{
    const QByteArray photo = sidewaysPhoto();
    {
        QBuffer buffer;
        buffer.setData(photo);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        ASSERT_TRUE(reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
            << "the test photo lacks its EXIF rotation";
    }
    auto thumb = Thumbnails::make(photo, QSize(200, 200));
    ASSERT_TRUE(thumb.ok());
    // Upright it is 300 × 400: in a 200 × 200 box, 150 × 200, not shrunk to fit the stored shape.
    EXPECT_EQ(thumb->size(), QSize(150, 200));
    // The top of the scene is on top.
    EXPECT_GT(QColor(thumb->pixel(75, 3)).red(), 200);
    EXPECT_LT(QColor(thumb->pixel(75, 3)).green(), 80);
    EXPECT_GT(QColor(thumb->pixel(75, 150)).green(), 200);
}

TEST(Thumbnails, NeverEnlargesSmallImages)
{
    QImage small(40, 20, QImage::Format_RGB32);
    small.fill(Qt::red);
    auto thumb = Thumbnails::make(encode(small, "JPEG"), QSize(160, 160));
    ASSERT_TRUE(thumb.ok());
    EXPECT_EQ(thumb->size(), QSize(40, 20));
}

TEST(Thumbnails, DetectsTheRealFormat)
{
    EXPECT_EQ(Thumbnails::detectFormat(encode(phoneScreenshot(), "JPEG")), "jpeg");
    EXPECT_EQ(Thumbnails::detectFormat(encode(phoneScreenshot(), "PNG")), "png");
    EXPECT_TRUE(Thumbnails::detectFormat("just some text, named .png").isEmpty());
}

TEST(Thumbnails, RefusesBrokenAndAbsurdImagesWithAMessage)
{
    auto notImage = Thumbnails::make("plain text pretending to be a PNG", QSize(100, 100));
    ASSERT_FALSE(notImage.ok());
    EXPECT_FALSE(notImage.error().message.isEmpty());

    QByteArray truncated = encode(phoneScreenshot(), "PNG");
    truncated.truncate(truncated.size() / 3);
    EXPECT_FALSE(Thumbnails::make(truncated, QSize(100, 100)).ok());

    // A valid PNG header that claims 60000 × 60000 pixels: refused before decoding.
    QByteArray bomb = encode(QImage(1, 1, QImage::Format_RGB32), "PNG");
    putBigEndian(bomb, 16, 60000); // IHDR width
    putBigEndian(bomb, 20, 60000); // IHDR height
    putBigEndian(bomb, 29, crc32(bomb.mid(12, 17)));
    auto refused = Thumbnails::make(bomb, QSize(100, 100));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("too large")));
}

} // namespace
