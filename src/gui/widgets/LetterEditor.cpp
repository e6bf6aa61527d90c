// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/LetterEditor.h"

#include "gui/widgets/ToneHighlighter.h"

#include <QContextMenuEvent>
#include <QFormLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

bool sameFindings(const QList<core::ToneFinding>& a, const QList<core::ToneFinding>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const core::ToneFinding& x, const core::ToneFinding& y) {
                          return x.start == y.start && x.length == y.length
                              && x.category == y.category && x.text == y.text;
                      });
}

// The example wording a suggestion quotes ("…" or “…”), if it gives one: that is the part the
// user can drop into the letter and then adjust.
QString quotedExample(const QString& suggestion)
{
    static const QRegularExpression quote(u"[\"“「]([^\"”」]+)[\"”」]"_s);
    const QRegularExpressionMatch m = quote.match(suggestion);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// A calmer spelling of a shouted passage: capitals become normal case, repeated marks one mark.
QString unshouted(const QString& text)
{
    bool hasLetter = false;
    for (QChar c : text)
        hasLetter = hasLetter || c.isLetter();
    if (!hasLetter)
        return text.isEmpty() ? text : QString(text.front());
    QString lower = text.toLower();
    if (!lower.isEmpty())
        lower[0] = text.front(); // keep a sentence's first capital
    return lower;
}

} // namespace

LetterEditor::LetterEditor(QWidget* parent)
    : QWidget(parent), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_summaryLabel(new QLabel(this)), m_timer(new QTimer(this)),
      m_highlighter(new ToneHighlighter(m_body->document()))
{
    m_subject->setObjectName(u"subjectLineEdit"_s);
    m_body->setObjectName(u"bodyPlainTextEdit"_s);
    m_summaryLabel->setObjectName(u"toneSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_body->setTabChangesFocus(true);
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    m_body->viewport()->installEventFilter(this);

    auto* form = new QFormLayout;
    form->addRow(tr("S&ubject:"), m_subject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_summaryLabel);

    m_timer->setSingleShot(true);
    m_timer->setInterval(CheckDelayMs);
    connect(m_timer, &QTimer::timeout, this, &LetterEditor::runCheck);
    connect(m_subject, &QLineEdit::textEdited, this, &LetterEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        // Re-highlighting also reports document changes; only a change of the text counts.
        const QString text = m_body->toPlainText();
        if (text == m_lastBody)
            return;
        m_lastBody = text;
        if (m_settingText)
            return;
        emit edited();
        m_timer->start();
    });
    connect(m_body, &QWidget::customContextMenuRequested, this, &LetterEditor::showContextMenu);

    setLanguage(u"zh_CN"_s);
}

LetterEditor::~LetterEditor() = default;

void LetterEditor::setLanguage(const QString& language)
{
    if (language == m_language && m_checker)
        return;
    m_language = language;
    auto checker = core::ToneChecker::load(language);
    if (checker) {
        m_checker = std::move(*checker);
    } else {
        m_checker.reset();
        emit errorOccurred(checker.error().message);
    }
    runCheck();
}

void LetterEditor::setSubject(const QString& subject)
{
    m_subject->setText(subject);
    m_subject->setCursorPosition(0); // a long subject shows its beginning, not its end
}

QString LetterEditor::subject() const
{
    return m_subject->text();
}

void LetterEditor::setBody(const QString& body)
{
    m_settingText = true;
    m_body->setPlainText(body);
    m_settingText = false;
    runCheck();
}

QString LetterEditor::body() const
{
    return m_body->toPlainText();
}

void LetterEditor::setReadOnly(bool readOnly)
{
    m_subject->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
}

bool LetterEditor::isReadOnly() const
{
    return m_body->isReadOnly();
}

void LetterEditor::checkNow()
{
    if (m_timer->isActive())
        m_timer->stop();
    runCheck();
}

void LetterEditor::runCheck()
{
    m_timer->stop();
    const QString text = m_body->toPlainText();
    QList<core::ToneFinding> findings;
    if (m_checker) {
        findings = m_checker->check(text);
        m_summary = m_checker->summarize(findings, text);
    } else {
        m_summary = core::ToneSummary{};
        m_summary.description = tr("The tone check is not available: its word lists could not "
                                   "be loaded.");
    }
    const bool changed = !sameFindings(findings, m_findings);
    m_findings = findings;
    m_highlighter->setFindings(m_findings);
    updateSummaryLabel();
    if (changed)
        emit findingsChanged();
}

void LetterEditor::updateSummaryLabel()
{
    QStringList counts;
    for (auto it = m_summary.counts.cbegin(); it != m_summary.counts.cend(); ++it)
        counts << tr("%1: %2").arg(core::ToneChecker::categoryName(it.key())).arg(it.value());
    QString text = tr("Tone: %1").arg(m_summary.description);
    if (!counts.isEmpty())
        text += u' ' + tr("(%1)").arg(counts.join(tr(", ")));
    m_summaryLabel->setText(text);
    // The colour repeats the verdict for a glance; the words carry it for everyone else.
    QString color;
    if (m_summary.level == core::ToneLevel::Heated)
        color = ToneHighlighter::colorFor(u"insult"_s).name();
    else if (m_summary.level == core::ToneLevel::LittleHeated)
        color = ToneHighlighter::colorFor(u"absolute"_s).darker(130).name();
    m_summaryLabel->setStyleSheet(color.isEmpty() ? QString() : u"color: %1;"_s.arg(color));
}

std::optional<core::ToneFinding> LetterEditor::findingAt(qsizetype position) const
{
    for (const core::ToneFinding& f : m_findings) {
        if (position >= f.start && position < f.start + f.length)
            return f;
    }
    return std::nullopt;
}

QString LetterEditor::toolTipFor(const core::ToneFinding& finding)
{
    return tr("%1: %2").arg(core::ToneChecker::categoryName(finding.category), finding.suggestion);
}

bool LetterEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_body->viewport() && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (m_timer->isActive())
            checkNow(); // the tooltip explains the text as it is now
        const QTextCursor cursor = m_body->cursorForPosition(help->pos());
        // cursorForPosition gives the gap nearest the mouse; the character under it may be the
        // one before that gap.
        auto finding = findingAt(cursor.position());
        if (!finding && cursor.position() > 0)
            finding = findingAt(cursor.position() - 1);
        if (finding)
            QToolTip::showText(help->globalPos(), toolTipFor(*finding), m_body->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LetterEditor::showContextMenu(const QPoint& pos)
{
    const std::unique_ptr<QMenu> menu = createContextMenu(pos);
    menu->exec(m_body->viewport()->mapToGlobal(pos));
}

std::unique_ptr<QMenu> LetterEditor::createContextMenu(const QPoint& viewportPos)
{
    std::unique_ptr<QMenu> menu(m_body->createStandardContextMenu(viewportPos));
    // The findings describe the text as last checked; a right-click mid-typing must not offer
    // to replace words that have moved.
    checkNow();
    const qsizetype at = m_body->cursorForPosition(viewportPos).position();
    auto finding = findingAt(at);
    if (!finding && at > 0)
        finding = findingAt(at - 1);
    if (!finding)
        return menu;
    QAction* first = menu->actions().value(0);
    auto* hint = new QAction(toolTipFor(*finding), menu.get());
    hint->setObjectName(u"findingHintAction"_s);
    hint->setEnabled(false);
    menu->insertAction(first, hint);
    const QString replacement = finding->category == u"shouting"
        ? unshouted(finding->text)
        : quotedExample(finding->suggestion);
    if (!m_body->isReadOnly() && !replacement.isEmpty() && replacement != finding->text) {
        QString shown = replacement;
        if (shown.size() > 60)
            shown = shown.left(57) + u"…"_s;
        auto* replace = new QAction(tr("&Replace with: %1").arg(shown), menu.get());
        replace->setObjectName(u"replaceFindingAction"_s);
        const core::ToneFinding f = *finding;
        connect(replace, &QAction::triggered, this,
                [this, f, replacement] { replaceFinding(f, replacement); });
        menu->insertAction(first, replace);
    }
    menu->insertSeparator(first);
    return menu;
}

void LetterEditor::replaceFinding(const core::ToneFinding& finding, const QString& replacement)
{
    // A normal edit through the cursor, so Ctrl+Z brings the original words back.
    QTextCursor cursor(m_body->document());
    cursor.setPosition(int(finding.start));
    cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
    // A selection reports line breaks as U+2029; the finding's text has '\n'.
    if (cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n') != finding.text)
        return; // the text moved on since the check; do not replace the wrong words
    cursor.insertText(replacement);
    checkNow();
}

} // namespace wc::gui
