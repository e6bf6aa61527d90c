// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/PageFlow.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace wc::report {

namespace {

const QColor kRule(0xB0, 0xB5, 0xBD);
const QColor kHeaderFill(0xE8, 0xEC, 0xF2);
const QColor kStripe(0xF6, 0xF7, 0xF9);

} // namespace

PageFlow::PageFlow(QPaintDevice* device, const QRectF& body)
    : m_device(device), m_body(body), m_y(body.top())
{
    m_pages.append(LaidOutPage{});
}

qreal PageFlow::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

qreal PageFlow::pt(qreal points) const
{
    return points * m_device->logicalDpiY() / 72.0;
}

LaidOutPage& PageFlow::page()
{
    return m_pages.last();
}

void PageFlow::newPage()
{
    m_pages.append(LaidOutPage{});
    m_y = m_body.top();
    m_keep.reset();
}

bool PageFlow::breakPage()
{
    const std::optional<Anchor> keep = m_keep;
    const qreal bottom = m_y;
    newPage();
    // A heading already at the top of its page has nowhere better to go.
    if (!keep || keep->page != m_pages.size() - 2 || keep->y <= m_body.top() + 0.5)
        return false;
    QList<PageItem>& from = m_pages[keep->page].items;
    QList<PageItem> moved = from.mid(keep->item);
    from.remove(keep->item, from.size() - keep->item);
    const qreal dy = m_body.top() - keep->y;
    for (PageItem& item : moved) {
        item.rect.translate(0, dy);
        item.baseline += dy;
    }
    page().items = moved;
    m_y = bottom + dy;
    m_keep = Anchor{m_pages.size() - 1, 0, m_body.top()};
    return true;
}

void PageFlow::space(qreal height)
{
    if (!atTop())
        m_y = std::min(m_y + height, m_body.bottom());
}

void PageFlow::keep(qreal height)
{
    if (!atTop() && height > remaining())
        breakPage();
}

PageFlow::Line PageFlow::measured(const QString& text, const QFont& font) const
{
    // The line's height and ascent from the fonts it is actually drawn with (a CJK fallback
    // is taller than DejaVu Sans).
    QTextLayout layout(text.isEmpty() ? QStringLiteral(" ") : text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e9);
    layout.endLayout();
    return {text, line.height() * 1.2, line.ascent() + line.height() * 0.1};
}

QList<PageFlow::Line> PageFlow::wrap(const QString& text, const QFont& font, qreal width) const
{
    // Greedy line filling over Unicode's line-break opportunities (UAX #14, as
    // QTextBoundaryFinder finds them): Qt's own WrapAtWordBoundaryOrAnywhere cut English words
    // ("automate d") and reference numbers whenever the next word did not fit. Here a word or
    // number that does not fit moves whole to the next line, and only one longer than a whole
    // line is cut, between grapheme clusters.
    QList<Line> lines;
    QString cleaned = text;
    cleaned.replace(u'\r', QString()).replace(u'\t', u' ');
    const QFontMetricsF metrics(font, m_device);
    const qreal room = std::max<qreal>(width, 1);
    const auto fits = [&](const QString& s) {
        return metrics.horizontalAdvance(s) <= room;
    };
    for (const QString& paragraph : cleaned.split(u'\n')) {
        if (paragraph.isEmpty()) {
            lines.append(measured(QString(), font));
            continue;
        }
        QList<qsizetype> breaks; // where a line may start, and the paragraph's end
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, paragraph);
        for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary())
            breaks.append(at);
        // After spaces a line may always break (UAX #14 LB18); Qt's tables miss some of these,
        // e.g. in "¥88.50, 2025112422001456780501234567" the amount and the order number came
        // out as one piece, which was then cut inside the number.
        for (qsizetype at = 1; at < paragraph.size(); ++at) {
            if (paragraph.at(at - 1).isSpace() && !paragraph.at(at).isSpace())
                breaks.append(at);
        }
        breaks.append(paragraph.size());
        std::sort(breaks.begin(), breaks.end());
        breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
        qsizetype start = 0;
        qsizetype next = 0; // index into breaks
        while (start < paragraph.size()) {
            qsizetype end = -1;
            while (next < breaks.size()) {
                const qsizetype candidate = breaks[next];
                if (candidate <= start) {
                    ++next;
                    continue;
                }
                // Spaces at the end of a line take no room.
                if (!fits(paragraph.mid(start, candidate - start).trimmed()))
                    break;
                end = candidate;
                ++next;
            }
            if (end < 0) {
                // One token longer than the line: cut it at the last grapheme that fits.
                QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, paragraph);
                graphemes.setPosition(start);
                qsizetype cut = graphemes.toNextBoundary();
                for (qsizetype at = cut; at > 0 && fits(paragraph.mid(start, at - start));
                     at = graphemes.toNextBoundary()) {
                    cut = at;
                    if (at >= paragraph.size())
                        break;
                }
                end = std::max(cut, start + 1);
            }
            QString line = paragraph.mid(start, end - start);
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
            lines.append(measured(line, font));
            start = end;
        }
    }
    return lines;
}

QStringList PageFlow::lines(const QString& text, const QFont& font, qreal width) const
{
    QStringList out;
    for (const Line& l : wrap(text, font, width))
        out << l.text;
    return out;
}

qreal PageFlow::height(const QString& text, const QFont& font, qreal width) const
{
    const QList<Line> lines = wrap(text, font, width);
    return std::accumulate(lines.cbegin(), lines.cend(), qreal(0),
                           [](qreal sum, const Line& l) { return sum + l.height; });
}

void PageFlow::text(const QString& text, const QFont& font, const QColor& color, qreal indent,
                    Qt::Alignment align, int keepLastLines)
{
    const qreal width = m_body.width() - indent;
    // Each line knows the paragraph it belongs to: a paragraph's first line is not left alone at
    // the foot of a page, nor its last line alone at the top of the next one.
    QList<Line> lines;
    QList<qsizetype> paragraphEnd; // per line: the index after its paragraph's last line
    QList<qsizetype> paragraphStart;
    for (const QString& paragraph : text.split(u'\n')) {
        const qsizetype start = lines.size();
        lines << wrap(paragraph, font, width);
        for (qsizetype i = start; i < lines.size(); ++i) {
            paragraphStart << start;
            paragraphEnd << lines.size();
        }
    }
    const qsizetype tailStart = keepLastLines > 0 ? lines.size() - keepLastLines : -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        if (i == tailStart && i > 0) {
            qreal tail = 0;
            for (qsizetype j = i; j < lines.size(); ++j)
                tail += lines[j].height;
            if (tail > remaining() && tail <= m_body.height())
                breakPage();
        }
        qreal together = line.height;
        const qsizetype length = paragraphEnd[i] - paragraphStart[i];
        const bool first = i == paragraphStart[i] && length >= 2;
        const bool beforeLast = i == paragraphEnd[i] - 2 && length >= 3;
        if (first || beforeLast)
            together += lines[i + 1].height;
        if (together > remaining() && !atTop())
            breakPage();
        if (line.height > remaining())
            breakPage();
        PageItem item;
        item.rect = QRectF(m_body.left() + indent, m_y, width, line.height);
        item.baseline = m_y + line.ascent;
        item.text = line.text;
        item.font = font;
        item.color = color;
        item.align = align;
        page().items.append(item);
        m_y += line.height;
        this->placed();
    }
}

void PageFlow::heading(const QString& text, const QFont& font, const QColor& color)
{
    // The heading and about four lines of what follows stay together.
    keep(height(text, font, m_body.width()) + pt(60));
    // A run of headings moves as one: the first of them anchors the run.
    const std::optional<Anchor> earlier = m_keep;
    const Anchor here{m_pages.size() - 1, page().items.size(), m_y};
    this->text(text, font, color);
    space(pt(4));
    m_keep = earlier ? earlier : here;
}

void PageFlow::fields(const QList<std::pair<QString, QString>>& rows, const QFont& labelFont,
                      const QFont& valueFont, qreal labelWidth)
{
    FlowTable t;
    t.widths = {labelWidth, m_body.width() - labelWidth};
    for (const auto& [label, value] : rows)
        t.rows.append({label, value});
    t.font = valueFont;
    t.headerFont = labelFont;
    const qreal pad = pt(2);
    for (const QStringList& row : std::as_const(t.rows)) {
        const QList<Line> label = wrap(row[0], labelFont, labelWidth - 2 * pad);
        const QList<Line> value = wrap(row[1], valueFont, t.widths[1] - 2 * pad);
        qsizetype li = 0;
        qsizetype vi = 0;
        while (li < label.size() || vi < value.size()) {
            const qreal lh = li < label.size() ? label[li].height : 0;
            const qreal vh = vi < value.size() ? value[vi].height : 0;
            const qreal h = std::max(lh, vh);
            if (h > remaining())
                breakPage();
            // One baseline for label and value, whichever font (Latin or CJK) is taller.
            const qreal ascent = std::max(li < label.size() ? label[li].ascent : 0,
                                          vi < value.size() ? value[vi].ascent : 0);
            for (int col = 0; col < 2; ++col) {
                const QList<Line>& lines = col == 0 ? label : value;
                qsizetype& i = col == 0 ? li : vi;
                if (i >= lines.size())
                    continue;
                PageItem item;
                const qreal x = m_body.left() + (col == 0 ? 0 : labelWidth) + pad;
                item.rect = QRectF(x, m_y, t.widths[col] - 2 * pad, lines[i].height);
                item.baseline = m_y + ascent;
                item.text = lines[i].text;
                item.font = col == 0 ? labelFont : valueFont;
                item.color = col == 0 ? QColor(0x4A, 0x50, 0x58) : QColor(Qt::black);
                page().items.append(item);
                ++i;
            }
            m_y += h;
            this->placed();
        }
        m_y += pad;
    }
}

void PageFlow::tableHeader(const FlowTable& t, const QList<qreal>& x, const QList<qreal>& w)
{
    const qreal pad = pt(3);
    qreal h = 0;
    QList<QList<Line>> cells;
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        cells.append(wrap(t.headers[c], t.headerFont, w[c] - 2 * pad));
        qreal ch = 0;
        for (const Line& l : std::as_const(cells.last()))
            ch += l.height;
        h = std::max(h, ch);
    }
    h += 2 * pad;
    PageItem fill;
    fill.kind = PageItem::Kind::Fill;
    fill.rect = QRectF(m_body.left(), m_y, m_body.width(), h);
    fill.color = kHeaderFill;
    page().items.append(fill);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        qreal y = m_y + pad;
        for (const Line& l : std::as_const(cells[c])) {
            PageItem item;
            item.rect = QRectF(x[c] + pad, y, w[c] - 2 * pad, l.height);
            item.baseline = y + l.ascent;
            item.text = l.text;
            item.font = t.headerFont;
            page().items.append(item);
            y += l.height;
        }
    }
    m_y += h;
}

void PageFlow::table(const FlowTable& t)
{
    const qreal total = std::accumulate(t.widths.cbegin(), t.widths.cend(), qreal(0));
    QList<qreal> x;
    QList<qreal> w;
    qreal left = m_body.left();
    for (qreal part : t.widths) {
        x << left;
        w << m_body.width() * part / total;
        left += w.last();
    }
    const qreal pad = pt(3);
    const qreal headerHeight = height(t.headers.join(u' '), t.headerFont, m_body.width()) + 2 * pad;
    keep(headerHeight * 3);
    // The header is not left alone at the foot of a page: it stays with the first row.
    if (!m_keep)
        m_keep = Anchor{m_pages.size() - 1, page().items.size(), m_y};
    tableHeader(t, x, w);
    // A page break inside the table repeats the header, unless the header itself (anchored,
    // with any heading above it) moved to the new page.
    const auto nextPage = [&] {
        if (!breakPage())
            tableHeader(t, x, w);
    };

    int rowNumber = 0;
    for (const QStringList& row : t.rows) {
        QList<QList<Line>> cells;
        qreal full = 0;
        for (qsizetype c = 0; c < w.size(); ++c) {
            cells.append(wrap(row.value(c), t.font, w[c] - 2 * pad));
            qreal ch = 0;
            for (const Line& l : std::as_const(cells.last()))
                ch += l.height;
            full = std::max(full, ch);
        }
        full += 2 * pad;
        // A row moves whole to the next page when it fits there; only a row taller than a page
        // is split, line by line, so nothing is ever cut off.
        if (full > remaining() && full <= m_body.height() - headerHeight)
            nextPage();
        QList<qsizetype> next(cells.size(), 0);
        const auto unfinished = [&] {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (next[c] < cells[c].size())
                    return true;
            }
            return false;
        };
        bool first = true;
        while (first || unfinished()) {
            first = false;
            if (remaining() < 2 * pad + pt(12))
                nextPage();
            const qreal room = remaining() - 2 * pad;
            const qsizetype fillAt = page().items.size();
            qreal used = 0;
            bool placed = false;
            // The first lines of all cells share a baseline, whichever font is taller.
            qreal ascent = 0;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (next[c] < cells[c].size())
                    ascent = std::max(ascent, cells[c][next[c]].ascent);
            }
            for (qsizetype c = 0; c < cells.size(); ++c) {
                qreal y = m_y + pad;
                if (next[c] < cells[c].size())
                    y += ascent - cells[c][next[c]].ascent;
                while (next[c] < cells[c].size()) {
                    const Line& l = cells[c][next[c]];
                    if (y + l.height > m_y + pad + room && placed)
                        break;
                    PageItem item;
                    item.rect = QRectF(x[c] + pad, y, w[c] - 2 * pad, l.height);
                    item.baseline = y + l.ascent;
                    item.text = l.text;
                    item.font = t.font;
                    page().items.append(item);
                    y += l.height;
                    ++next[c];
                    placed = true;
                }
                used = std::max(used, y - m_y - pad);
            }
            const qreal h = used + 2 * pad;
            if (rowNumber % 2 == 1) {
                PageItem fill;
                fill.kind = PageItem::Kind::Fill;
                fill.rect = QRectF(m_body.left(), m_y, m_body.width(), h);
                fill.color = kStripe;
                page().items.insert(fillAt, fill);
            }
            m_y += h;
            this->placed();
            PageItem line;
            line.kind = PageItem::Kind::Line;
            line.rect = QRectF(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
            line.color = kRule;
            page().items.append(line);
        }
        ++rowNumber;
    }
}

void PageFlow::image(const QImage& image, const QSizeF& size)
{
    if (size.height() > remaining())
        breakPage();
    PageItem item;
    item.kind = PageItem::Kind::Image;
    item.rect = QRectF(m_body.left() + (m_body.width() - size.width()) / 2, m_y, size.width(),
                       size.height());
    item.image = image;
    page().items.append(item);
    m_y += size.height();
    this->placed();
}

void PageFlow::rule(const QColor& color, qreal width)
{
    PageItem line;
    line.kind = PageItem::Kind::Line;
    line.rect = QRectF(QPointF(m_body.left(), m_y), QPointF(m_body.left() + width, m_y));
    line.color = color;
    page().items.append(line);
}

QList<LaidOutPage> PageFlow::takePages()
{
    QList<LaidOutPage> pages = std::move(m_pages);
    // A flow that ended with newPage() leaves an empty page behind.
    if (pages.size() > 1 && pages.last().items.isEmpty())
        pages.removeLast();
    m_pages = {LaidOutPage{}};
    m_y = m_body.top();
    return pages;
}

void paintItems(QPainter& painter, const QList<PageItem>& items)
{
    for (const PageItem& item : items) {
        switch (item.kind) {
        case PageItem::Kind::Text: {
            painter.setFont(item.font);
            painter.setPen(item.color);
            qreal x = item.rect.left();
            if (item.align & (Qt::AlignRight | Qt::AlignHCenter)) {
                const qreal w =
                    QFontMetricsF(item.font, painter.device()).horizontalAdvance(item.text);
                x = item.align & Qt::AlignRight ? item.rect.right() - w
                                                : item.rect.center().x() - w / 2;
            }
            painter.drawText(QPointF(x, item.baseline), item.text);
            break;
        }
        case PageItem::Kind::Image:
            painter.drawImage(item.rect, item.image);
            break;
        case PageItem::Kind::Line:
            painter.setPen(QPen(item.color, 0));
            painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case PageItem::Kind::Fill:
            painter.fillRect(item.rect, item.color);
            break;
        }
    }
}

} // namespace wc::report
