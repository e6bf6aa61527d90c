// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>

class QPaintDevice;
class QPainter;

namespace wc::report {

// One thing drawn on a page, in device units.
struct PageItem
{
    enum class Kind
    {
        Text, // one line of text; `rect` is the line box, `baseline` its baseline
        Image,
        Line, // from rect.topLeft() to rect.bottomRight()
        Fill
    };
    Kind kind = Kind::Text;
    QRectF rect;
    qreal baseline = 0;
    QString text;
    QFont font;
    QColor color = Qt::black;
    Qt::Alignment align = Qt::AlignLeft;
    QImage image;
};

struct LaidOutPage
{
    QList<PageItem> items;
};

// A table: column headers, relative column widths, rows of cell text.
struct FlowTable
{
    QStringList headers;
    QList<qreal> widths; // relative; one per column
    QList<QStringList> rows;
    QFont font;
    QFont headerFont;
};

// Flows text, tables and images down the body area of successive pages, breaking lines and
// pages. Works in the device units of the paint device it measures with (a QPdfWriter or a
// QPrinter), so what is measured is what is drawn. Pages are kept as lists of items and painted
// afterwards, when the page count is known for "page x of y".
class PageFlow
{
public:
    PageFlow(QPaintDevice* device, const QRectF& body);

    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;
    QRectF body() const { return m_body; }
    QPaintDevice* device() const { return m_device; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }
    int pageCount() const { return int(m_pages.size()); }

    // An explicit page break (a new section, a letter on its own sheets).
    void newPage();
    void space(qreal height);
    // Starts a new page unless `height` still fits on this one.
    void keep(qreal height);

    // Wrapped paragraphs ('\n' separates them), indented by `indent`. Lines break at the
    // places Unicode allows (spaces in English, between ideographs in Chinese; never inside a
    // word or a number); a word or reference longer than a whole line is the only thing cut.
    // The last `keepLastLines` lines go to the next page together rather than leave a few of
    // them alone there (a letter's closing and signature stay with its last paragraph).
    void text(const QString& text, const QFont& font, const QColor& color = Qt::black,
              qreal indent = 0, Qt::Alignment align = Qt::AlignLeft, int keepLastLines = 0);
    // A heading that is never left alone at the bottom of a page: it, and any heading or table
    // header right after it, moves to the next page with the first line of what follows.
    void heading(const QString& text, const QFont& font, const QColor& color);
    // Label/value pairs in two columns; the label column is `labelWidth` wide.
    void fields(const QList<std::pair<QString, QString>>& rows, const QFont& labelFont,
                const QFont& valueFont, qreal labelWidth);
    void table(const FlowTable& table);
    // Draws `image` in a box of `size` at the current position, centred; starts a new page when
    // it does not fit.
    void image(const QImage& image, const QSizeF& size);
    void rule(const QColor& color, qreal width);

    // Height of `text` wrapped to `width`.
    qreal height(const QString& text, const QFont& font, qreal width) const;
    // The lines `text` wraps to at `width`, as drawn (for tests and callers that plan breaks).
    QStringList lines(const QString& text, const QFont& font, qreal width) const;

    QList<LaidOutPage> takePages();

private:
    struct Line
    {
        QString text;
        qreal height = 0;
        qreal ascent = 0;
    };
    // Where a run of headings (and a table header) that must stay with what follows began.
    struct Anchor
    {
        qsizetype page = 0;
        qsizetype item = 0;
        qreal y = 0;
    };
    QList<Line> wrap(const QString& text, const QFont& font, qreal width) const;
    Line measured(const QString& line, const QFont& font) const;
    LaidOutPage& page();
    void tableHeader(const FlowTable& table, const QList<qreal>& x, const QList<qreal>& w);
    // A page break because the next thing does not fit: what is anchored moves along. True when
    // something moved.
    bool breakPage();
    // Content was placed: headings before it are no longer alone.
    void placed() { m_keep.reset(); }

    QPaintDevice* m_device = nullptr;
    QRectF m_body;
    qreal m_y = 0;
    QList<LaidOutPage> m_pages;
    std::optional<Anchor> m_keep;
};

// Paints the items of one page.
void paintItems(QPainter& painter, const QList<PageItem>& items);

} // namespace wc::report
