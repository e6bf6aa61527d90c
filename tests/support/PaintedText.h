// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What a grabbed picture of a widget shows, label by label: tests that draw a window assert on
// this rather than on "some pixels differ", which a blank panel with one border also passes.
#pragma once

#include <QHash>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QWidget>

#include <algorithm>

namespace wc::test {

struct PaintedLabels
{
    QStringList shown;     // texts (without markup) of the labels wholly on screen that drew ink
    QStringList unpainted; // "objectName: text" of those wholly on screen that drew none
};

// Every label with text that is entirely visible inside `root` (not scrolled away, not covered
// by a sibling) must show ink in `image` — `root->grab()` — where it stands: at least a few
// pixels that differ from the label's most common colour. Labels only partly visible are left
// out; a margin alone would pass or fail for the wrong reason.
inline PaintedLabels paintedLabels(QWidget* root, const QImage& image)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
    PaintedLabels out;
    const qreal scale = image.devicePixelRatio();
    const auto labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        const QString text = label->text().trimmed();
        if (text.isEmpty() || !label->isVisibleTo(root) || label->width() < 4
            || label->height() < 4)
            continue;
        if (label->visibleRegion().boundingRect() != label->rect())
            continue;
        const QRect inRoot(label->mapTo(root, QPoint(0, 0)), label->size());
        const QRect pixels(inRoot.topLeft() * scale, inRoot.size() * scale);
        if (!image.rect().contains(pixels))
            continue;
        QHash<QRgb, int> counts;
        for (int y = pixels.top(); y <= pixels.bottom(); ++y)
            for (int x = pixels.left(); x <= pixels.right(); ++x)
                ++counts[image.pixel(x, y)];
        int most = 0;
        for (int n : std::as_const(counts))
            most = std::max(most, n);
        const int ink = int(pixels.width()) * int(pixels.height()) - most;
        const QString name = label->objectName().isEmpty() ? QStringLiteral("(label)")
                                                           : label->objectName();
        if (ink >= 6)
            out.shown << QString(label->text()).remove(markup);
        else
            out.unpainted << name + QStringLiteral(": ") + text.left(60);
    }
    return out;
}

// Texts that look like internal keys ("cash_app", "wechat_pay", "unauthorized_payment") rather
// than words: lower case joined by underscores, the shape of every key in resources/*.json.
inline QStringList internalKeysShown(const QStringList& texts)
{
    static const QRegularExpression key(QStringLiteral(R"((?<![\w/.@-])[a-z]+(?:_[a-z]+)+(?![\w/.@-]))"));
    QStringList out;
    for (const QString& text : texts) {
        auto it = key.globalMatch(text);
        while (it.hasNext())
            out << it.next().captured(0);
    }
    return out;
}

} // namespace wc::test
