// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/LetterEditor.h"

#include "gui/widgets/ToneHighlighter.h"
#include "gui/widgets/ToneProposalDialog.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

bool sameFindings(const QList<core::ToneFinding>& a, const QList<core::ToneFinding>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const core::ToneFinding& x, const core::ToneFinding& y) {
                          return x.start == y.start && x.length == y.length &&
                                 x.category == y.category && x.text == y.text;
                      });
}

} // namespace

LetterEditor::LetterEditor(QWidget* parent)
    : QWidget(parent), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_summaryLabel(new QLabel(this)), m_timer(new QTimer(this)),
      m_highlighter(new ToneHighlighter(m_body->document())), m_review(new QPushButton(this))
{
    m_subject->setObjectName(u"subjectLineEdit"_s);
    m_body->setObjectName(u"bodyPlainTextEdit"_s);
    m_summaryLabel->setObjectName(u"toneSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_body->setTabChangesFocus(true);
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    m_body->viewport()->installEventFilter(this);
    m_body->installEventFilter(this); // Ctrl+. / Alt+Enter / F7 while typing
    m_review->setObjectName(u"reviewTonePushButton"_s);
    m_review->setText(tr("Rev&iew tone…"));
    m_review->setToolTip(tr("Go through the underlined passages one by one and decide on a "
                            "calmer wording for each (F7). Ctrl+. opens the one at the cursor."));
    m_review->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("S&ubject:"), m_subject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    auto* toneRow = new QHBoxLayout;
    toneRow->addWidget(m_summaryLabel, 1);
    toneRow->addWidget(m_review, 0, Qt::AlignTop);
    layout->addLayout(toneRow);

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
    connect(m_review, &QPushButton::clicked, this, &LetterEditor::reviewTone);
    // F7 also from the subject line and the review button; in the body the key filter has it.
    auto* reviewKey = new QShortcut(QKeySequence(Qt::Key_F7), this);
    reviewKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reviewKey, &QShortcut::activated, this, &LetterEditor::reviewTone);

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
    if (readOnly && m_dialog && m_dialog->isVisible())
        m_dialog->reject();
    updateSummaryLabel();
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
    QList<bool> kept;
    if (!m_kept.isEmpty()) {
        for (const core::ToneFinding& f : std::as_const(m_findings))
            kept << isKept(f);
    }
    m_highlighter->setFindings(m_findings, kept);
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
    const bool open = std::any_of(m_findings.cbegin(), m_findings.cend(),
                                  [this](const core::ToneFinding& f) { return !isKept(f); });
    m_review->setEnabled(open && !m_body->isReadOnly());
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
    return tr("%1: %2").arg(core::ToneChecker::categoryName(finding.category), finding.suggestion) +
           u'\n' + tr("Ctrl+. shows a calmer wording to edit.");
}

bool LetterEditor::eventFilter(QObject* watched, QEvent* event)
{
    // The menu key and Shift+F10 open the context menu where the text cursor is, not where
    // the mouse happens to be, so a finding's proposal is reachable without a mouse.
    if (watched == m_body && event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent*>(event)->reason() == QContextMenuEvent::Keyboard) {
        showContextMenu(m_body->cursorRect().center());
        return true;
    }
    if (watched == m_body &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (event->type() == QEvent::ShortcutOverride) {
            // The editor's own keys win over window shortcuts while the letter has focus.
            const bool ours =
                (key->key() == Qt::Key_Period && key->modifiers() & Qt::ControlModifier) ||
                ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                 key->modifiers() & Qt::AltModifier) ||
                key->key() == Qt::Key_F7 ||
                (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier);
            if (ours)
                event->accept();
            return ours;
        }
        return handleKey(key);
    }
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
    // a proposal for words that have moved.
    checkNow();
    const qsizetype at = m_body->cursorForPosition(viewportPos).position();
    auto finding = findingAt(at);
    if (!finding && at > 0)
        finding = findingAt(at - 1);
    if (!finding)
        return menu;
    QAction* first = menu->actions().value(0);
    auto* hint = new QAction(
        tr("Flagged: %1").arg(core::ToneChecker::categoryName(finding->category)), menu.get());
    hint->setObjectName(u"findingHintAction"_s);
    hint->setToolTip(finding->suggestion);
    hint->setEnabled(false);
    menu->insertAction(first, hint);
    if (!m_body->isReadOnly()) {
        auto* review = new QAction(tr("&Suggest a calmer wording…"), menu.get());
        review->setObjectName(u"reviewFindingAction"_s);
        review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
        review->setShortcutVisibleInContextMenu(true);
        const qsizetype position = finding->start;
        // Queued: the menu closes before the dialog opens.
        connect(
            review, &QAction::triggered, this, [this, position] { reviewFindingAt(position); },
            Qt::QueuedConnection);
        menu->insertAction(first, review);
    }
    menu->insertSeparator(first);
    return menu;
}

std::optional<core::ToneProposal> LetterEditor::proposalFor(const core::ToneFinding& finding) const
{
    if (!m_checker)
        return std::nullopt;
    return m_checker->propose(body(), finding);
}

bool LetterEditor::applyProposal(const core::ToneProposal& proposal, const QString& sentence)
{
    const QString text = body();
    if (text.mid(proposal.sentenceStart, proposal.sentenceLength) != proposal.sentence)
        return false; // the text moved on since the proposal; do not overwrite the wrong words
    const bool remove = sentence.trimmed().isEmpty();
    const qsizetype start = remove ? proposal.removeStart : proposal.sentenceStart;
    const qsizetype length = remove ? proposal.removeLength : proposal.sentenceLength;
    // One edit through the cursor, so one Ctrl+Z brings the sentence back.
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    cursor.insertText(remove ? QString() : sentence.trimmed());
    cursor.endEditBlock();
    checkNow();
    return true;
}

QString LetterEditor::signatureOf(const core::ToneFinding& finding) const
{
    const QString text = body();
    const auto [start, end] =
        core::ToneChecker::sentenceSpan(text, finding.start, finding.start + finding.length);
    return finding.category + QChar(0x1f) + finding.text + QChar(0x1f) +
           text.mid(start, end - start);
}

bool LetterEditor::isKept(const core::ToneFinding& finding) const
{
    return !m_kept.isEmpty() && m_kept.contains(signatureOf(finding));
}

void LetterEditor::keepFindings(const QStringList& signatures)
{
    for (const QString& s : signatures)
        m_kept.insert(s);
    runCheck();
}

QStringList LetterEditor::openHeatedFindings() const
{
    QStringList open;
    for (const core::ToneFinding& f : m_findings) {
        if (core::ToneChecker::isHeated(f.category) && !isKept(f))
            open << signatureOf(f);
    }
    open.sort();
    return open;
}

bool LetterEditor::handleKey(QKeyEvent* key)
{
    const bool atCursor =
        (key->key() == Qt::Key_Period && key->modifiers() & Qt::ControlModifier) ||
        ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
         key->modifiers() & Qt::AltModifier);
    if (atCursor) {
        checkNow();
        const qsizetype at = m_body->textCursor().position();
        // On a passage, its proposal; elsewhere the review of them all.
        if (!reviewFindingAt(at) && !(at > 0 && reviewFindingAt(at - 1)))
            reviewTone();
        return true;
    }
    if (key->key() == Qt::Key_F7 && key->modifiers() == Qt::NoModifier) {
        reviewTone();
        return true;
    }
    if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
        showContextMenu(m_body->cursorRect().center());
        return true;
    }
    return false;
}

bool LetterEditor::reviewFindingAt(qsizetype position)
{
    if (m_body->isReadOnly() || !m_checker)
        return false;
    checkNow();
    const auto finding = findingAt(position);
    if (!finding)
        return false;
    m_reviewing = false;
    showProposal(*finding);
    return true;
}

void LetterEditor::reviewTone()
{
    if (m_body->isReadOnly() || !m_checker)
        return;
    checkNow();
    m_reviewing = true;
    m_reviewed = 0;
    m_skipped.clear();
    if (const auto next = nextToReview())
        showProposal(*next);
    else
        m_reviewing = false;
}

std::optional<core::ToneFinding> LetterEditor::nextToReview() const
{
    for (const core::ToneFinding& f : m_findings) {
        if (!isKept(f) && !m_skipped.contains(signatureOf(f)))
            return f;
    }
    return std::nullopt;
}

int LetterEditor::sentencesToReview() const
{
    const QString text = body();
    int sentences = 0;
    qsizetype covered = -1; // end of the last sentence counted; findings come in text order
    for (const core::ToneFinding& f : m_findings) {
        if (isKept(f) || m_skipped.contains(signatureOf(f)))
            continue;
        const auto [start, end] =
            core::ToneChecker::sentenceSpan(text, f.start, f.start + f.length);
        if (start >= covered)
            ++sentences;
        covered = std::max(covered, end);
    }
    return sentences;
}

void LetterEditor::showProposal(const core::ToneFinding& finding)
{
    if (!m_dialog) {
        m_dialog = new ToneProposalDialog(
            [this](const QString& text) {
                return m_checker ? m_checker->check(text) : QList<core::ToneFinding>{};
            },
            this);
        connect(m_dialog, &ToneProposalDialog::decided, this,
                [this](ToneProposalDialog::Outcome outcome) { proposalDecided(int(outcome)); });
    }
    const auto proposal = proposalFor(finding);
    if (!proposal)
        return;
    // Show where the sentence is: the letter scrolls to it and selects the flagged words.
    QTextCursor cursor(m_body->document());
    cursor.setPosition(int(finding.start));
    cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
    int position = 0;
    int total = 0;
    if (m_reviewing) {
        // Counted in sentences, as each step decides on one: counting findings made "1 of 4"
        // jump to "2 of 2" when a sentence with three of them was dealt with at once.
        position = ++m_reviewed;
        total = m_reviewed - 1 + std::max(sentencesToReview(), 1);
    }
    m_dialog->setProposal(finding, *proposal, position, total);
    if (!m_dialog->isVisible())
        m_dialog->open();
}

void LetterEditor::proposalDecided(int outcome)
{
    using Outcome = ToneProposalDialog::Outcome;
    const core::ToneProposal proposal = m_dialog->proposal();
    const auto remember = [this, &proposal](QSet<QString>& into) {
        for (const core::ToneFinding& f : proposal.findings)
            into.insert(signatureOf(f));
    };
    switch (Outcome(outcome)) {
    case Outcome::Applied: {
        const QString edited = m_dialog->editedSentence();
        if (edited.trimmed() == proposal.sentence || !applyProposal(proposal, edited)) {
            remember(m_skipped);
            break;
        }
        // What the user's own wording still holds is theirs: not asked about again this round.
        const qsizetype end = proposal.sentenceStart + edited.trimmed().size();
        for (const core::ToneFinding& f : std::as_const(m_findings)) {
            if (f.start >= proposal.sentenceStart && f.start < end)
                m_skipped.insert(signatureOf(f));
        }
        break;
    }
    case Outcome::Removed:
        applyProposal(proposal, QString());
        break;
    case Outcome::Kept:
        remember(m_kept);
        runCheck();
        break;
    case Outcome::Skipped:
        remember(m_skipped);
        break;
    case Outcome::Closed:
        m_reviewing = false;
        m_skipped.clear();
        m_body->setFocus();
        return;
    }
    if (m_reviewing) {
        if (const auto next = nextToReview()) {
            showProposal(*next);
            return;
        }
        m_reviewing = false;
    }
    m_skipped.clear();
    m_dialog->accept();
    m_body->setFocus();
}

} // namespace wc::gui
