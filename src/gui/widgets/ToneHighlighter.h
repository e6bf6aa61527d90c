// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "letters/ToneChecker.h"

#include <QColor>
#include <QList>
#include <QSyntaxHighlighter>

namespace wc::gui {

// Underlines the tone checker's findings in a letter's text. The findings are computed for the
// whole document (their offsets are UTF-16 positions in QTextDocument::toPlainText()), and
// each block underlines the part of every finding that falls inside it, so a finding that
// spans a line break is underlined on both lines. Between the user's keystroke and the next
// check the findings are moved along with the text, so underlines never slide onto the wrong
// words while the user types. A finding the user chose to keep is underlined with dots instead
// of a wave: still visible, no longer a question.
class ToneHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ToneHighlighter(QTextDocument* document);

    // Replaces the findings and re-highlights the document. `kept` says, per finding, whether the
    // user chose to keep it as written (missing entries: not kept).
    void setFindings(const QList<core::ToneFinding>& findings, const QList<bool>& kept = {});
    const QList<core::ToneFinding>& findings() const { return m_findings; }

    // Underline colour by how much the category hurts a letter: insults, threats and swearing
    // red; accusations and shouting orange; absolutes and sarcasm a softer amber.
    static QColor colorFor(const QString& category);

protected:
    void highlightBlock(const QString& text) override;

private:
    // The document changed at `position`: findings after the change move by the size
    // difference; a finding the change touched is dropped until the next check.
    void followEdit(int position, int removed, int added);

    QList<core::ToneFinding> m_findings;
    QList<bool> m_kept; // parallel to m_findings
};

} // namespace wc::gui
