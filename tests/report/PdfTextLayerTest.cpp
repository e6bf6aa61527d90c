// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The text-layer repair on its own: Qt's ToUnicode maps with Noto Sans CJK, before and after.
#include "report/DossierLayout.h"
#include "report/PdfTextLayer.h"
#include "support/TempDir.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

#include <gtest/gtest.h>

using namespace wc::report;
using namespace Qt::Literals::StringLiterals;

namespace {

// Ideographs whose glyphs Noto Sans CJK SC shares with a radical (Kangxi or supplement) or with
// a stroke: 户 and 页 are simplified forms that the Unicode equivalence table gets wrong.
const QString kShared = u"人一日月金户页民长马鱼龙言"_s;

QByteArray drawWithQt(const QString& text, const QStringList& families)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QFont font;
        font.setFamilies(families);
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), text);
    }
    return pdf;
}

QString textOf(const QByteArray& pdf)
{
    wc::test::TempDir dir;
    const QString path = dir.file(u"t.pdf"_s);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished(60'000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

TEST(PdfTextLayer, QtAloneWritesRadicalsForSharedGlyphs)
{
    // Why the repair exists; if a Qt update fixes this, the repair may go.
    const QString before = textOf(drawWithQt(kShared, {u"Noto Sans CJK SC"_s}));
    EXPECT_NE(before, kShared);
    EXPECT_TRUE(before.contains(QChar(0x2F08))) << before.toStdString(); // ⼈ KANGXI RADICAL MAN
}

TEST(PdfTextLayer, RepairGivesBackTheDrawnIdeographs)
{
    const QString text = kShared + u" 2026年1月15日 金额 128.00 元 Amount 1234.56"_s;
    const QByteArray pdf = drawWithQt(text, DossierLayout::families());
    auto repaired = PdfTextLayer::repair(pdf, text, DossierLayout::rawFonts());
    ASSERT_TRUE(repaired.ok()) << repaired.error().detail.toStdString();
    EXPECT_GE(repaired->entriesChanged, kShared.size());
    EXPECT_EQ(textOf(repaired->pdf), text);

    wc::test::TempDir dir;
    QFile f(dir.file(u"r.pdf"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(repaired->pdf);
    f.close();
    QProcess qpdf;
    qpdf.start(u"qpdf"_s, {u"--check"_s, f.fileName()});
    qpdf.waitForFinished(60'000);
    EXPECT_EQ(qpdf.exitCode(), 0) << qpdf.readAllStandardOutput().toStdString();
}

TEST(PdfTextLayer, WithoutTheFontsUnicodeEquivalenceStillFixesKangxiRadicals)
{
    const QByteArray pdf = drawWithQt(u"人日"_s, {u"Noto Sans CJK SC"_s});
    auto repaired = PdfTextLayer::repair(pdf, u"人日"_s, {});
    ASSERT_TRUE(repaired.ok());
    EXPECT_EQ(textOf(repaired->pdf), u"人日"_s);
}

TEST(PdfTextLayer, CMapRoundTripKeepsEveryEntry)
{
    const QByteArray cmap = "2 beginbfrange\n<0001> <0003> [<2F08> <0031> <D840DC0B>]\n"
                            "<0010> <0012> <0041>\nendbfrange\n1 beginbfchar\n<0020> <4EBA>\n"
                            "endbfchar\n";
    const QMap<quint32, QString> entries = PdfTextLayer::parseCMap(cmap);
    ASSERT_EQ(entries.size(), 7);
    EXPECT_EQ(entries.value(1), QString(QChar(0x2F08)));
    EXPECT_EQ(entries.value(3), QString::fromUcs4(U"\U0002000B", 1));
    EXPECT_EQ(entries.value(0x12), u"C"_s);
    EXPECT_EQ(entries.value(0x20), u"人"_s);
    EXPECT_EQ(PdfTextLayer::parseCMap(PdfTextLayer::writeCMap(entries)), entries);
}

TEST(PdfTextLayer, NotAPdfIsAnErrorNotACrash)
{
    EXPECT_FALSE(PdfTextLayer::repair("hello", u"x"_s, {}).ok());
    EXPECT_FALSE(PdfTextLayer::repair("%PDF-1.4\nstartxref\n999999\n%%EOF", u"x"_s, {}).ok());
}

} // namespace
