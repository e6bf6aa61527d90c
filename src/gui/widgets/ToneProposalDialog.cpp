// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/ToneProposalDialog.h"

#include "gui/widgets/ToneHighlighter.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The sentence as rich text with the flagged passages marked in their category's colour, bold
// and underlined, so the marking does not rely on colour alone.
QString markedSentence(const core::ToneProposal& p)
{
    QList<std::pair<qsizetype, qsizetype>> spans; // relative [start, end), non-overlapping
    QList<QString> colours;
    QList<core::ToneFinding> findings = p.findings;
    std::sort(findings.begin(), findings.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    qsizetype covered = 0;
    for (const core::ToneFinding& f : std::as_const(findings)) {
        const qsizetype start = std::max(f.start - p.sentenceStart, covered);
        const qsizetype end = f.start - p.sentenceStart + f.length;
        if (end <= start)
            continue;
        spans.append({start, end});
        colours.append(ToneHighlighter::colorFor(f.category).name());
        covered = end;
    }
    const auto escaped = [](const QString& s) {
        return s.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    };
    QString html;
    qsizetype at = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        html += escaped(p.sentence.mid(at, spans[i].first - at));
        html += u"<span style=\"color:%1; font-weight:600; text-decoration:underline;\">"_s.arg(
                    colours[i]) +
                escaped(p.sentence.mid(spans[i].first, spans[i].second - spans[i].first)) +
                u"</span>"_s;
        at = spans[i].second;
    }
    html += escaped(p.sentence.mid(at));
    return html;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ToneProposalDialog::ToneProposalDialog(CheckFunction check, QWidget* parent)
    : QDialog(parent), m_check(std::move(check)), m_category(new QLabel(this)),
      m_progress(new QLabel(this)), m_flagged(new QLabel(this)), m_advice(new QLabel(this)),
      m_edit(new QPlainTextEdit(this)), m_changes(new QLabel(this)), m_checkLabel(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply my wording"), this)),
      m_keep(new QPushButton(tr("&Keep as is"), this)),
      m_remove(new QPushButton(tr("&Remove the sentence"), this)),
      m_skip(new QPushButton(tr("&Skip"), this)), m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(u"toneProposalDialog"_s);
    setWindowTitle(tr("A calmer wording"));
    m_category->setObjectName(u"proposalCategoryLabel"_s);
    m_progress->setObjectName(u"proposalProgressLabel"_s);
    m_flagged->setObjectName(u"flaggedSentenceLabel"_s);
    m_advice->setObjectName(u"adviceLabel"_s);
    m_edit->setObjectName(u"proposalEdit"_s);
    m_changes->setObjectName(u"proposalChangesLabel"_s);
    m_checkLabel->setObjectName(u"proposalCheckLabel"_s);
    m_apply->setObjectName(u"applyProposalButton"_s);
    m_keep->setObjectName(u"keepFindingButton"_s);
    m_remove->setObjectName(u"removeSentenceButton"_s);
    m_skip->setObjectName(u"skipFindingButton"_s);
    m_close->setObjectName(u"closeReviewButton"_s);

    m_flagged->setTextFormat(Qt::RichText);
    m_flagged->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Advice and the list of changes come from data and the user's letter: never markup.
    for (QLabel* label : {m_advice, m_changes, m_checkLabel, m_category, m_progress})
        label->setTextFormat(Qt::PlainText);
    for (QLabel* label : {m_flagged, m_advice, m_changes, m_checkLabel}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(90);
    m_apply->setDefault(true);
    m_apply->setToolTip(
        tr("Put this wording into the letter in place of the sentence (Ctrl+Enter). "
           "Ctrl+Z in the letter undoes it."));
    m_keep->setToolTip(tr("Leave the sentence as you wrote it and stop flagging it."));
    m_remove->setToolTip(tr("The sentence states no fact; taking it out loses nothing."));

    auto* flaggedBox = new QFrame(this);
    flaggedBox->setFrameShape(QFrame::StyledPanel);
    auto* flaggedLayout = new QVBoxLayout(flaggedBox);
    flaggedLayout->addWidget(heading(tr("Your sentence"), flaggedBox));
    flaggedLayout->addWidget(m_flagged, 1);
    auto* adviceBox = new QFrame(this);
    adviceBox->setFrameShape(QFrame::StyledPanel);
    auto* adviceLayout = new QVBoxLayout(adviceBox);
    adviceLayout->addWidget(heading(tr("A calmer pattern to adapt"), adviceBox));
    adviceLayout->addWidget(m_advice, 1);
    auto* adviceNote = new QLabel(
        tr("Use only what is true for your case; the blanks are for your own facts."), adviceBox);
    adviceNote->setWordWrap(true);
    adviceNote->setEnabled(false);
    adviceLayout->addWidget(adviceNote);

    auto* sideBySide = new QGridLayout;
    sideBySide->addWidget(flaggedBox, 0, 0);
    sideBySide->addWidget(adviceBox, 0, 1);
    sideBySide->setColumnStretch(0, 1);
    sideBySide->setColumnStretch(1, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_category, 1);
    top->addWidget(m_progress);

    auto* editLabel = new QLabel(tr("&Your new wording (edit it as you like):"), this);
    editLabel->setBuddy(m_edit);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_skip, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(sideBySide);
    layout->addWidget(editLabel);
    layout->addWidget(m_edit);
    layout->addWidget(m_changes);
    layout->addWidget(m_checkLabel);
    layout->addWidget(buttons);
    resize(680, 420);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &ToneProposalDialog::updateCheck);
    connect(m_apply, &QPushButton::clicked, this, [this] { decide(Outcome::Applied); });
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(Outcome::Kept); });
    connect(m_remove, &QPushButton::clicked, this, [this] { decide(Outcome::Removed); });
    connect(m_skip, &QPushButton::clicked, this, [this] { decide(Outcome::Skipped); });
    connect(m_close, &QPushButton::clicked, this, &ToneProposalDialog::reject);
    // Return in the wording adds a line; Ctrl+Return applies, as the tooltip says.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, m_apply, &QPushButton::click);
    }
}

void ToneProposalDialog::setProposal(const core::ToneFinding& finding,
                                     const core::ToneProposal& proposal, int position, int total)
{
    m_finding = finding;
    m_proposal = proposal;
    m_category->setText(tr("Flagged: %1 — “%2”")
                            .arg(core::ToneChecker::categoryName(finding.category), finding.text));
    m_progress->setText(total > 0 ? tr("%1 of %2").arg(position).arg(total) : QString());
    m_progress->setVisible(total > 0);
    m_skip->setVisible(total > 0);
    m_flagged->setText(markedSentence(proposal));
    m_advice->setText(proposal.advice);
    m_edit->setPlainText(proposal.rewrite.isEmpty() ? proposal.sentence : proposal.rewrite);
    if (!proposal.rewrite.isEmpty())
        m_changes->setText(tr("Proposed: %1").arg(proposal.changes.join(u' ')));
    else if (proposal.removable)
        m_changes->setText(tr("This sentence states no fact. You can remove it, or reword it "
                              "with a fact and a date."));
    else
        m_changes->setText(tr("There is no safe automatic change here: reword the sentence "
                              "yourself, keeping its facts, using the pattern above."));
    m_remove->setVisible(proposal.removable);
    // Return takes what is proposed: the rewrite, or for a sentence that states no fact and
    // has no rewrite, its removal.
    const bool removalProposed = proposal.rewrite.isEmpty() && proposal.removable;
    m_apply->setDefault(!removalProposed);
    m_remove->setDefault(removalProposed);
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
    updateCheck();
}

QString ToneProposalDialog::editedSentence() const
{
    return m_edit->toPlainText();
}

void ToneProposalDialog::updateCheck()
{
    const QString text = m_edit->toPlainText();
    const QString placeholder = core::ToneChecker::placeholderIn(text);
    // A blank from the pattern must never reach the letter.
    m_apply->setEnabled(placeholder.isEmpty());
    if (!placeholder.isEmpty()) {
        m_checkLabel->setText(
            tr("Replace “%1” with your own fact before applying.").arg(placeholder));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_checkLabel->setText(tr("An empty wording removes the sentence."));
        return;
    }
    QStringList names;
    for (const core::ToneFinding& f : m_check ? m_check(text) : QList<core::ToneFinding>{}) {
        const QString name = core::ToneChecker::categoryName(f.category);
        if (!names.contains(name))
            names << name;
    }
    m_checkLabel->setText(names.isEmpty()
                              ? tr("Nothing in this wording is flagged.")
                              : tr("Still flagged in this wording: %1.").arg(names.join(tr(", "))));
}

void ToneProposalDialog::decide(Outcome outcome)
{
    emit decided(outcome);
}

void ToneProposalDialog::reject()
{
    QDialog::reject();
    emit decided(Outcome::Closed);
}

} // namespace wc::gui
