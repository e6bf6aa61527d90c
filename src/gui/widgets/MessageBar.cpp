// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QToolButton>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
           + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor& a, const QColor& b, double share)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() * (1 - share) + y.redF() * share),
                            float(x.greenF() * (1 - share) + y.greenF() * share),
                            float(x.blueF() * (1 - share) + y.blueF() * share));
}

QColor hueOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return QColor(0x2f, 0x7f, 0xd8);
    case MessageBar::Kind::Warning:
        return QColor(0xe0, 0xa8, 0x00);
    case MessageBar::Kind::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_actionButton(new QPushButton(this))
{
    setObjectName(u"messageBar"_s);
    m_label->setObjectName(u"messageBarLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setObjectName(u"messageBarCloseButton"_s);
    close->setText(u"×"_s);
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_actionButton->setObjectName(u"messageBarActionButton"_s);
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        // Taken first: the action may show another message on this bar.
        auto action = std::exchange(m_action, nullptr);
        hide();
        if (action)
            action();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    showMessage(kind, text, QString(), nullptr);
}

void MessageBar::showMessage(Kind kind, const QString& text, const QString& actionText,
                             std::function<void()> action)
{
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(m_action && !actionText.isEmpty());
    m_kind = kind;
    applyColours();
    m_label->setText(text);
    show();
}

QString MessageBar::text() const { return m_label->text(); }

MessageBar::Colours MessageBar::colours(Kind kind, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor hue = hueOf(kind);
    const bool dark = luminance(window) < 0.18;
    Colours c;
    // A wash of the kind's hue over the window colour: pale on a light theme, deep on a dark one.
    c.background = mix(window, hue, dark ? 0.28 : 0.14);
    c.border = mix(window, hue, dark ? 0.6 : 0.5);
    c.text = readableOn(c.background, palette.color(QPalette::WindowText));
    return c;
}

void MessageBar::styleNote(QLabel* label, Kind kind)
{
    // The parent's palette: the label's own takes on the colours of its style sheet.
    const QWidget* from = label->parentWidget() ? label->parentWidget() : label;
    const Colours c = colours(kind, from->palette());
    label->setStyleSheet(u"QLabel { background:%1; border:1px solid %2; color:%3;"
                         u" border-radius:4px; padding:4px 6px; }"_s.arg(
                             c.background.name(), c.border.name(), c.text.name()));
}

double MessageBar::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor MessageBar::readableOn(const QColor& background, const QColor& preferred)
{
    if (preferred.isValid() && contrastRatio(background, preferred) >= 4.5)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // A theme switched while the bar is up: its colours follow.
    if (event->type() == QEvent::PaletteChange && isVisibleTo(parentWidget()))
        applyColours();
}

void MessageBar::applyColours()
{
    // The parent's palette: the bar's own takes on the colours of its style sheet.
    const Colours c = colours(m_kind, parentWidget() ? parentWidget()->palette() : palette());
    // The style sheet sets the palette change event off again; only apply a real change.
    const QString sheet = u"#messageBar { background:%1; border:1px solid %2; border-radius:4px; }"
                          u" #messageBarLabel { color:%3; }"_s.arg(
                              c.background.name(), c.border.name(), c.text.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace wc::gui
