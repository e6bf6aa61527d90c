// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/AccountLineEdit.h"

#include "model/Masking.h"

#include <QFocusEvent>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

AccountLineEdit::AccountLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(u"accountLineEdit"_s);
    setToolTip(tr("Shown partly hidden while you are not editing it; the full value is kept in "
                  "the case file for your letters."));
    // Autocompletion or the platform's input history would keep the number elsewhere.
    setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_value = text.trimmed();
        emit valueEdited(m_value);
    });
}

QString AccountLineEdit::value() const
{
    return m_revealed ? text().trimmed() : m_value;
}

void AccountLineEdit::setValue(const QString& value)
{
    m_value = value.trimmed();
    setText(m_revealed ? m_value : core::maskAccount(m_value));
}

void AccountLineEdit::focusInEvent(QFocusEvent* event)
{
    reveal();
    QLineEdit::focusInEvent(event);
}

void AccountLineEdit::focusOutEvent(QFocusEvent* event)
{
    // The context menu takes focus for a moment; the user is still editing.
    if (event->reason() != Qt::PopupFocusReason)
        conceal();
    QLineEdit::focusOutEvent(event);
}

void AccountLineEdit::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    setText(m_value);
    end(false);
}

void AccountLineEdit::conceal()
{
    if (!m_revealed)
        return;
    m_value = text().trimmed();
    m_revealed = false;
    setText(core::maskAccount(m_value));
}

} // namespace wc::gui
