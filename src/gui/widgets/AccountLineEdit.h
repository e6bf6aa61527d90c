// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QLineEdit>

namespace wc::gui {

// A line edit for an account identifier (phone number, email, card or wallet number): shows
// core::maskAccount(value) while it does not have focus, so the number is not on screen for
// anyone looking over a shoulder or at a screenshot, and the full value while being edited.
// value() is always the full value. Object name: accountLineEdit.
class AccountLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit AccountLineEdit(QWidget* parent = nullptr);

    // The full identifier, trimmed, whether shown masked or not.
    QString value() const;
    void setValue(const QString& value);
    // True while the full value is on screen (the field is being edited).
    bool isRevealed() const { return m_revealed; }

signals:
    // The user changed the value (not emitted for setValue() or for masking).
    void valueEdited(const QString& value);

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void reveal();
    void conceal();

    QString m_value;
    bool m_revealed = false;
};

} // namespace wc::gui
