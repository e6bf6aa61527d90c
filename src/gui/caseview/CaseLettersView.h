// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace wc::gui {

// A case's letters, one tab each: what kind of letter, its language and status, when and how it
// was sent with the provider's reference, and the text itself, read-only but selectable so it
// can be copied again.
// Object names: lettersTabWidget, noLettersLabel; in each tab letterInfoLabel and
// letterTextEdit (a QPlainTextEdit).
class CaseLettersView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseLettersView(QWidget* parent = nullptr);

    // Keeps the current tab when the same letter is still there.
    void setLetters(const QList<core::Letter>& letters);
    int count() const;

    // "Sent 12/05/2026 09:20 by email, reference …", or the status when not sent.
    static QString statusText(const core::Letter& letter);

private:
    QWidget* letterPage(const core::Letter& letter);

    QLabel* m_noLetters;
    QTabWidget* m_tabs;
};

} // namespace wc::gui
