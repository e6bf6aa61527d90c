// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "letters/ToneChecker.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace wc::gui {

class ToneHighlighter;
class ToneProposalDialog;

// Edits a letter's subject and body and shows, while the user types, which passages read as
// heated (underlined, with the category and a calm pattern in the tooltip) and a one-line
// summary of how calm the letter reads. The tone checker only proposes: Ctrl+. or Alt+Enter on
// an underlined passage, its context menu (also from the keyboard: the menu key or Shift+F10
// open it at the text cursor), or "Review tone…" (F7, stepping through them all)
// opens a ToneProposalDialog where the user edits a safe rewrite of the sentence, keeps it as
// written or removes it; every change is one undoable edit. The same widget serves the wizard and
// the case view. Object names: subjectLineEdit, bodyPlainTextEdit, toneSummaryLabel,
// reviewTonePushButton; the context menu's findingHintAction and reviewFindingAction.
class LetterEditor : public QWidget
{
    Q_OBJECT

public:
    // How long typing must pause before the text is checked again: checking on every keystroke
    // would re-highlight the whole letter while the user is mid-word.
    static constexpr int CheckDelayMs = 250;

    explicit LetterEditor(QWidget* parent = nullptr);
    ~LetterEditor() override;

    // "zh_CN" or "en": picks the tone lexicon. Rechecks the text at once.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    // Setting text programmatically checks it at once (no debounce) and does not emit edited().
    void setSubject(const QString& subject);
    QString subject() const;
    void setBody(const QString& body);
    QString body() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // The findings of the last check (body only; offsets are UTF-16 offsets in body()).
    QList<core::ToneFinding> findings() const { return m_findings; }
    core::ToneSummary summary() const { return m_summary; }
    // Runs a pending debounced check now (tests, and before the text is saved).
    void checkNow();

    // The finding under a body position, if any (used for tooltips and the context menu).
    std::optional<core::ToneFinding> findingAt(qsizetype position) const;
    // The tooltip text for a finding: its category name and the calm pattern to adapt.
    static QString toolTipFor(const core::ToneFinding& finding);

    // The checker's proposal for the sentence a finding (of the current text) is in.
    std::optional<core::ToneProposal> proposalFor(const core::ToneFinding& finding) const;
    // Puts `sentence` in place of the proposal's sentence, or removes the sentence when it is
    // blank, as one undoable edit. False (and nothing changes) when the text there is no longer
    // the proposal's sentence.
    bool applyProposal(const core::ToneProposal& proposal, const QString& sentence);
    // Opens the proposal for the finding at a body position (Ctrl+., Alt+Enter, the context
    // menu). False when there is no finding there or the letter is read-only.
    bool reviewFindingAt(qsizetype position);
    // Steps through the findings not kept, from the top of the letter (F7, Review tone…).
    void reviewTone();
    // The open or last proposal dialog; null until the first one is opened.
    ToneProposalDialog* proposalDialog() const { return m_dialog; }

    // Findings the user chose to keep as written are remembered by what they are (category,
    // words, sentence), so an edit of the sentence makes them a question again.
    QString signatureOf(const core::ToneFinding& finding) const;
    bool isKept(const core::ToneFinding& finding) const;
    void keepFindings(const QStringList& signatures);
    // The signatures of the heated findings (ToneChecker::isHeated) the user has not chosen to
    // keep, sorted: what the wizard asks about before moving on.
    QStringList openHeatedFindings() const;

    // The body's context menu for a point in its viewport: the standard edit actions, and for
    // a finding under the point its category (findingHintAction) and, unless the letter is
    // read-only, "Suggest a calmer wording…" (reviewFindingAction). Tests trigger its actions.
    std::unique_ptr<QMenu> createContextMenu(const QPoint& viewportPos);

    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLineEdit* subjectEdit() const { return m_subject; }

signals:
    // The user changed the subject or body.
    void edited();
    // A check finished with a different list of findings.
    void findingsChanged();
    // The tone lexicon could not be loaded (a damaged install); the editor still edits.
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runCheck();
    void updateSummaryLabel();
    void showContextMenu(const QPoint& pos);
    bool handleKey(QKeyEvent* event);
    void showProposal(const core::ToneFinding& finding);
    void proposalDecided(int outcome);
    std::optional<core::ToneFinding> nextToReview() const;
    // The sentences with findings still to decide on in the review under way.
    int sentencesToReview() const;

    QString m_language;
    std::optional<core::ToneChecker> m_checker;
    QList<core::ToneFinding> m_findings;
    core::ToneSummary m_summary;
    bool m_settingText = false;
    QString m_lastBody; // to tell real text changes from re-highlighting

    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_summaryLabel;
    QTimer* m_timer;
    ToneHighlighter* m_highlighter;
    QPushButton* m_review;
    ToneProposalDialog* m_dialog = nullptr;
    QSet<QString> m_kept;    // signatures the user chose to keep as written
    QSet<QString> m_skipped; // signatures passed over in the review under way
    bool m_reviewing = false;
    int m_reviewed = 0; // proposals shown in the review under way
};

} // namespace wc::gui
