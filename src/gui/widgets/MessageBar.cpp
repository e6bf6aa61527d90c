// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
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
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    // Colours with enough contrast for light themes; the frame keeps it readable on dark ones.
    static const char* const styles[] = {
        "background:#e8f1fb; border:1px solid #9cc2ea; color:#123;",
        "background:#fff5d6; border:1px solid #e3c25a; color:#321;",
        "background:#fde8e8; border:1px solid #e59a9a; color:#400;",
    };
    setStyleSheet(u"#messageBar { "_s + QString::fromLatin1(styles[int(kind)])
                  + u" border-radius:4px; }"_s);
    m_label->setText(text);
    show();
}

QString MessageBar::text() const { return m_label->text(); }

} // namespace wc::gui
