// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// PageFlow's page and line breaks: a heading or a table header is never left alone at the foot
// of a page, a letter's closing stays with its last paragraph, lines break only where Unicode
// allows (never inside a word or a number that fits on a line).
#include "report/PageFlow.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextBoundaryFinder>

#include <gtest/gtest.h>

#include <memory>

using namespace wc::report;
using namespace Qt::Literals::StringLiterals;

namespace {

class PageFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setPageSize(QPageSize(QPageSize::A4));
        writer->setPageMargins(QMarginsF(0, 0, 0, 0));
        const qreal mm = writer->logicalDpiY() / 25.4;
        const QRectF page(0, 0, writer->width(), writer->height());
        flow = std::make_unique<PageFlow>(writer.get(),
                                          page.adjusted(18 * mm, 24 * mm, -18 * mm, -22 * mm));
        body.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
        body.setPointSizeF(9.5);
        heading = body;
        heading.setPointSizeF(14);
        heading.setBold(true);
        small = body;
        small.setPointSizeF(8);
    }

    // Fills the page so that exactly `room` is left (plus a hair).
    void leaveRoom(qreal room)
    {
        flow->text(u"Something earlier on the page."_s, body);
        flow->space(flow->remaining() - room - flow->pt(0.5));
    }

    // The page index holding a text item that reads `text`, or -1.
    static int pageOf(const QList<LaidOutPage>& pages, const QString& text)
    {
        for (qsizetype p = 0; p < pages.size(); ++p) {
            for (const PageItem& item : pages[p].items) {
                if (item.kind == PageItem::Kind::Text && item.text == text)
                    return int(p);
            }
        }
        return -1;
    }

    static QString lastText(const LaidOutPage& page)
    {
        QString last;
        qreal bottom = -1;
        for (const PageItem& item : page.items) {
            if (item.kind == PageItem::Kind::Text && item.rect.top() >= bottom) {
                bottom = item.rect.top();
                last = item.text;
            }
        }
        return last;
    }

    FlowTable table() const
    {
        FlowTable t{{u"Date"_s, u"Channel"_s, u"Summary"_s}, {2, 2, 5}, {}, small, small};
        // A first row too tall for the room left under the heading.
        t.rows.append({u"1 Dec 2026"_s, u"Hotline"_s,
                       u"First row line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7"_s});
        t.rows.append({u"2 Dec 2026"_s, u"Email"_s, u"Second row"_s});
        return t;
    }

    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<PageFlow> flow;
    QFont body;
    QFont heading;
    QFont small;
};

TEST_F(PageFlowTest, AHeadingAndTableHeaderMoveWithTheFirstRowToTheNextPage)
{
    const QString title = u"5. Contact log"_s;
    // Room for the heading's own keep (its height and about four lines), but not for the table
    // header with its first row under it: the old flow left "5. Contact log" alone here.
    leaveRoom(flow->height(title, heading, flow->body().width()) + flow->pt(62));
    flow->heading(title, heading, Qt::black);
    flow->table(table());
    const QList<LaidOutPage> pages = flow->takePages();

    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pageOf(pages, title), 1) << "the heading stayed at the foot of page 1";
    EXPECT_EQ(pageOf(pages, u"First row line 1"_s), 1);
    EXPECT_EQ(pageOf(pages, u"Channel"_s), 1);
    EXPECT_EQ(lastText(pages[0]), u"Something earlier on the page."_s);
    // Moved to the top of the body, not left where it was.
    for (const PageItem& item : pages[1].items) {
        if (item.text == title) {
            EXPECT_NEAR(item.rect.top(), flow->body().top(), 1.0);
        }
    }
}

TEST_F(PageFlowTest, ATableHeaderIsNotLeftAloneWithoutAHeading)
{
    FlowTable t = table();
    const qreal header = flow->height(t.headers.join(u' '), small, flow->body().width());
    leaveRoom(header * 3 + flow->pt(20));
    flow->table(t);
    const QList<LaidOutPage> pages = flow->takePages();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pageOf(pages, u"Date"_s), 1);
    EXPECT_EQ(lastText(pages[0]), u"Something earlier on the page."_s);
}

TEST_F(PageFlowTest, TwoHeadingsInARowMoveTogether)
{
    const qreal room = flow->height(u"6. Evidence"_s, heading, flow->body().width()) + flow->pt(70);
    leaveRoom(room);
    flow->heading(u"6. Evidence"_s, heading, Qt::black);
    flow->heading(u"Other evidence"_s, body, Qt::black);
    flow->table(table());
    const QList<LaidOutPage> pages = flow->takePages();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pageOf(pages, u"6. Evidence"_s), 1);
    EXPECT_EQ(pageOf(pages, u"Other evidence"_s), 1);
    EXPECT_EQ(pageOf(pages, u"First row line 1"_s), 1);
}

TEST_F(PageFlowTest, ALettersClosingStaysWithItsLastParagraph)
{
    const QString letter = u"Dear team,\n\nPlease refund the duplicate charge.\nThank you.\n\n"
                           u"Sincerely,\nJohn Smith\nNovember 25, 2026"_s;
    const qreal line = flow->height(u"Sincerely,"_s, body, flow->body().width());
    // Room for everything but the last line: the old flow put only the date on page 2.
    leaveRoom(line * 7.5);
    flow->text(letter, body, Qt::black, 0, Qt::AlignLeft, 7);
    const QList<LaidOutPage> pages = flow->takePages();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pageOf(pages, u"November 25, 2026"_s), 1);
    EXPECT_EQ(pageOf(pages, u"Sincerely,"_s), 1);
    EXPECT_EQ(pageOf(pages, u"Please refund the duplicate charge."_s), 1);
    EXPECT_EQ(pageOf(pages, u"Dear team,"_s), 0);
}

TEST_F(PageFlowTest, AParagraphLeavesNeitherItsFirstNorItsLastLineAlone)
{
    const QString paragraph =
        u"On 24 November 2025 I paid Corner Market once, but my account was charged twice for "
        u"the same order; the second payment was made without my consent. I ask you to refund "
        u"it, to explain how it happened and to confirm in writing that it will not happen "
        u"again. I have attached the statement and the chat with your agent."_s;
    const QStringList lines = flow->lines(paragraph, body, flow->body().width());
    ASSERT_GE(lines.size(), 3);
    const qreal line = flow->height(u"Two"_s, body, flow->body().width());
    // Room for all lines but the last, which would stand alone on page 2.
    leaveRoom(line * (lines.size() - 0.5));
    flow->text(paragraph, body);
    auto pages = flow->takePages();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pageOf(pages, lines.first()), 0);
    EXPECT_EQ(pageOf(pages, lines.last()), 1);
    EXPECT_EQ(pageOf(pages, lines.at(lines.size() - 2)), 1);

    // Room for one line: the first line moves with the rest rather than stand alone.
    leaveRoom(line * 1.5);
    flow->text(paragraph, body);
    pages = flow->takePages();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pageOf(pages, lines.first()), 1);
}

// Every line ends where Unicode allows a break, unless the piece is itself wider than a line.
TEST_F(PageFlowTest, LinesBreakBetweenWordsAndNumbersNeverInsideThem)
{
    const QString text =
        u"The payment was automated without my consent; reference PP-7741-2208-9931-5521, "
        u"order 2025112422001456780501234567, amount $1,240.00. 我的订单 2026011512345 被重复扣款 "
        u"128.00 元，工单号 CS20251125-0042。 ¥88.50, 2025112422001456780501234567"_s;
    const QFontMetricsF metrics(small, writer.get());
    for (qreal mm = 12; mm <= 90; mm += 0.7) {
        const qreal width = mm * writer->logicalDpiX() / 25.4;
        const QStringList lines = flow->lines(text, small, width);
        QString rebuilt;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            rebuilt += lines[i];
            if (i + 1 == lines.size())
                break;
            // Where the line ended in the text: a break opportunity, or a cut inside a piece
            // that is wider than the line on its own.
            qsizetype at = rebuilt.size();
            while (at < text.size() && text.at(at).isSpace()) {
                rebuilt += text.at(at);
                ++at;
            }
            QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
            finder.setPosition(at);
            if (finder.isAtBoundary())
                continue;
            const qsizetype start = finder.toPreviousBoundary();
            finder.setPosition(at);
            const qsizetype end = finder.toNextBoundary();
            const QString piece = text.mid(start, end - start).trimmed();
            EXPECT_GT(metrics.horizontalAdvance(piece), width)
                << "cut inside \"" << piece.toStdString() << "\" at " << mm << " mm: \""
                << lines[i].toStdString() << "\"";
        }
        EXPECT_EQ(rebuilt.simplified(), text.simplified()) << mm;
        for (const QString& l : lines)
            EXPECT_LE(metrics.horizontalAdvance(l.trimmed()), width + 0.5) << l.toStdString();
    }
}

} // namespace
