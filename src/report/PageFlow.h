// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>

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
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }
    int pageCount() const { return int(m_pages.size()); }

    void newPage();
    void space(qreal height);
    // Starts a new page unless `height` still fits on this one.
    void keep(qreal height);

    // Wrapped paragraphs ('\n' separates them), indented by `indent`.
    void text(const QString& text, const QFont& font, const QColor& color = Qt::black,
              qreal indent = 0, Qt::Alignment align = Qt::AlignLeft);
    // A heading that is never left alone at the bottom of a page.
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

    QList<LaidOutPage> takePages();

private:
    struct Line
    {
        QString text;
        qreal height = 0;
        qreal ascent = 0;
    };
    QList<Line> wrap(const QString& text, const QFont& font, qreal width) const;
    LaidOutPage& page();
    void tableHeader(const FlowTable& table, const QList<qreal>& x, const QList<qreal>& w);

    QPaintDevice* m_device = nullptr;
    QRectF m_body;
    qreal m_y = 0;
    QList<LaidOutPage> m_pages;
};

// Paints the items of one page.
void paintItems(QPainter& painter, const QList<PageItem>& items);

} // namespace wc::report
