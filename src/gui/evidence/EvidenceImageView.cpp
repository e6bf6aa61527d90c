// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceImageView.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The steps of zoom in and out, as most viewers have them.
constexpr std::array<double, 17> Steps{0.05, 0.1, 0.125, 0.25, 0.33, 0.5, 0.67, 0.75, 1.0,
                                       1.25, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0};

} // namespace

// The image at the view's scale; paints only the exposed part.
class EvidenceImageView::Canvas : public QWidget
{
public:
    explicit Canvas(EvidenceImageView* view) : QWidget(view), m_view(view)
    {
        setObjectName(u"evidenceImageCanvas"_s);
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        const QImage& image = m_view->image();
        if (image.isNull())
            return;
        QPainter p(this);
        // Screen pixels per pixel of the picture held, which may be a reduced copy.
        const double scale = m_view->zoom() * m_view->originalSize().width() / image.width();
        // Crisp pixels when enlarged (screenshot text stays readable), smooth when reduced.
        p.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
        const QRectF exposed = QRectF(event->rect()).intersected(QRectF(rect()));
        const QRectF source(exposed.left() / scale, exposed.top() / scale,
                            exposed.width() / scale, exposed.height() / scale);
        p.drawImage(exposed, image, source);
    }

private:
    EvidenceImageView* m_view;
};

EvidenceImageView::EvidenceImageView(QWidget* parent)
    : QScrollArea(parent), m_canvas(new Canvas(this))
{
    setObjectName(u"evidenceImageView"_s);
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Dark);
    m_canvas->installEventFilter(this);
    m_canvas->setCursor(Qt::OpenHandCursor);
}

void EvidenceImageView::setImage(const QImage& image, QSize originalSize)
{
    m_image = image;
    m_original = image.isNull() ? QSize() : originalSize.isValid() ? originalSize : image.size();
    applyZoom(m_fit ? fitZoom() : m_zoom, m_fit);
}

double EvidenceImageView::fitZoom() const
{
    if (m_image.isNull())
        return 1.0;
    // The whole viewport: at a fit nothing is scrolled, so there are no scroll bars to leave
    // room for (counting them once left an image cropped behind the bars it caused).
    const QSize room = maximumViewportSize().expandedTo(QSize(1, 1));
    const double scale = std::min(double(room.width()) / m_original.width(),
                                  double(room.height()) / m_original.height());
    if (scale < 1.0)
        return scale; // however far a long scrolling screenshot must shrink to be seen whole
    // Small images are enlarged ("fit" that left a 1×1 image one pixel showed nothing), but
    // only by whole factors: each pixel becomes an equal square, so screenshot text stays
    // even. 115 % doubled every seventh row of pixels; an image that fits but cannot be
    // doubled is shown at its actual size.
    return std::floor(scale + 1e-9);
}

void EvidenceImageView::applyZoom(double zoom, bool fit)
{
    const double fitted = fitZoom();
    // A fit may go beyond the zoom steps either way (a tiny image filling the window, a very
    // long one shrunk to show all of it).
    zoom = std::clamp(zoom, std::min(MinZoom, fitted), std::max(MaxZoom, fitted));
    // At a fit the image is inside the viewport: no scroll bars, not even for a pixel of
    // rounding, and none left over from a zoom before (each bar kept the other one needed).
    const Qt::ScrollBarPolicy bars = fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(bars);
    setVerticalScrollBarPolicy(bars);
    // Keep the point in the middle of the window where it is.
    const QPointF centre((horizontalScrollBar()->value() + viewport()->width() / 2.0) / m_zoom,
                         (verticalScrollBar()->value() + viewport()->height() / 2.0) / m_zoom);
    const bool changed = !qFuzzyCompare(zoom, m_zoom) || fit != m_fit;
    m_zoom = zoom;
    m_fit = fit;
    const QSize size = m_image.isNull()
                           ? QSize(0, 0)
                           : QSize(qMax(1, int(std::lround(m_original.width() * zoom))),
                                   qMax(1, int(std::lround(m_original.height() * zoom))));
    m_canvas->resize(size);
    horizontalScrollBar()->setValue(int(centre.x() * zoom - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(int(centre.y() * zoom - viewport()->height() / 2.0));
    m_canvas->update();
    if (changed)
        emit zoomChanged(m_zoom, m_fit);
}

void EvidenceImageView::zoomIn()
{
    const auto next = std::find_if(Steps.begin(), Steps.end(),
                                   [this](double s) { return s > m_zoom * 1.001; });
    applyZoom(next == Steps.end() ? std::max(m_zoom, MaxZoom) : *next, false);
}

void EvidenceImageView::zoomOut()
{
    const auto next = std::find_if(Steps.rbegin(), Steps.rend(),
                                   [this](double s) { return s < m_zoom * 0.999; });
    applyZoom(next == Steps.rend() ? MinZoom : *next, false);
}

void EvidenceImageView::fitToWindow()
{
    applyZoom(fitZoom(), true);
}

void EvidenceImageView::actualSize()
{
    applyZoom(1.0, false);
}

void EvidenceImageView::setZoom(double zoom)
{
    applyZoom(zoom, false);
}

void EvidenceImageView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        applyZoom(fitZoom(), true);
}

void EvidenceImageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

bool EvidenceImageView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_canvas) {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton) {
                m_dragging = true;
                m_dragFrom = mouse->globalPosition().toPoint();
                m_canvas->setCursor(Qt::ClosedHandCursor);
                setFocus(Qt::MouseFocusReason);
                return true;
            }
            break;
        }
        case QEvent::MouseMove:
            if (m_dragging) {
                auto* mouse = static_cast<QMouseEvent*>(event);
                const QPoint now = mouse->globalPosition().toPoint();
                const QPoint delta = now - m_dragFrom;
                m_dragFrom = now;
                horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
                verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
                return true;
            }
            break;
        case QEvent::MouseButtonRelease:
            if (m_dragging) {
                m_dragging = false;
                m_canvas->setCursor(Qt::OpenHandCursor);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace wc::gui
