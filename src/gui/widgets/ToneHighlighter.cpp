// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/ToneHighlighter.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextCharFormat>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ToneHighlighter::ToneHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(static_cast<QObject*>(document))
{
    // Connected before setDocument() connects the highlighter's own re-highlighting, so the
    // findings have moved by the time the edited block is highlighted again.
    connect(document, &QTextDocument::contentsChange, this, &ToneHighlighter::followEdit);
    setDocument(document);
}

void ToneHighlighter::followEdit(int position, int removed, int added)
{
    // Re-highlighting reports its blocks as changed with equal lengths, and so does typing over
    // a selection of the same size: nothing moves in either case.
    const qsizetype delta = qsizetype(added) - qsizetype(removed);
    if (delta == 0 || m_findings.isEmpty())
        return;
    QList<core::ToneFinding> moved;
    QList<bool> kept;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        core::ToneFinding f = m_findings.at(i);
        if (f.start + f.length <= position) {
            moved << f;
            kept << m_kept.value(i);
        } else if (f.start >= position + removed) {
            f.start += delta;
            moved << f;
            kept << m_kept.value(i);
        }
    }
    m_findings = moved;
    m_kept = kept;
}

void ToneHighlighter::setFindings(const QList<core::ToneFinding>& findings, const QList<bool>& kept)
{
    m_findings = findings;
    m_kept = kept;
    m_kept.resize(m_findings.size(), false);
    rehighlight();
}

QColor ToneHighlighter::colorFor(const QString& category)
{
    if (category == u"insult" || category == u"threat" || category == u"profanity")
        return QColor(0xc6, 0x28, 0x28);
    if (category == u"accusation" || category == u"shouting")
        return QColor(0xe6, 0x51, 0x00);
    return QColor(0xc4, 0x8a, 0x00);
}

void ToneHighlighter::highlightBlock(const QString& text)
{
    // QTextBlock::position() counts each earlier block break as one character, the same as the
    // '\n' of toPlainText(), so document offsets convert to block offsets by subtraction.
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const core::ToneFinding& f = m_findings.at(i);
        const qsizetype start = std::max(f.start, blockStart);
        const qsizetype end = std::min(f.start + f.length, blockEnd);
        if (end <= start)
            continue;
        QTextCharFormat format;
        format.setUnderlineStyle(m_kept.value(i) ? QTextCharFormat::DotLine
                                                 : QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(colorFor(f.category));
        // Remember what the passage is, so tooltips and tests can read it from the format.
        format.setProperty(QTextFormat::UserProperty, f.category);
        setFormat(int(start - blockStart), int(end - start), format);
    }
}

} // namespace wc::gui
