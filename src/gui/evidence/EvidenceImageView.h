// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QImage>
#include <QScrollArea>

namespace wc::gui {

// Shows one image at a zoom level, scrolled and dragged like any image viewer: fit to the window
// (the whole image inside the viewport with no scroll bars; a large one shrunk as far as needed,
// a small one enlarged by the largest whole factor that fits, its pixels kept crisp and even, so
// a 1×1 or an icon-sized image is seen at all while a 600×400 one that cannot be doubled stays
// at 100 %), actual size, or steps in between and above. Only the visible part is drawn at
// the chosen scale, so an 8× zoom of a phone screenshot costs no extra memory. The picture may be
// a reduced copy of a larger original: zoom is measured against the original's pixels, so 100 %
// means the original's size whatever was decoded. Ctrl+wheel zooms, dragging pans.
// Object name: evidenceImageView.
class EvidenceImageView : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.05;
    static constexpr double MaxZoom = 8.0;

    explicit EvidenceImageView(QWidget* parent = nullptr);

    // `originalSize`: the size of the image `image` was reduced from (default: its own).
    void setImage(const QImage& image, QSize originalSize = {});
    const QImage& image() const { return m_image; }
    QSize originalSize() const { return m_original; }

    // The scale the original is drawn at (1.0 = 100 %).
    double zoom() const { return m_zoom; }
    bool isFitToWindow() const { return m_fit; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void setZoom(double zoom);

signals:
    void zoomChanged(double zoom, bool fit);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyZoom(double zoom, bool fit);
    double fitZoom() const;

    class Canvas;
    Canvas* m_canvas;
    QImage m_image;
    QSize m_original;
    double m_zoom = 1.0;
    bool m_fit = true;
    QPoint m_dragFrom;
    bool m_dragging = false;
};

} // namespace wc::gui
