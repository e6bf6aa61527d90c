// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "letters/ToneChecker.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTimer;

namespace wc::gui {

class ToneHighlighter;

// Edits a letter's subject and body and shows, while the user types, which passages read as
// heated (underlined, with a calm alternative in the tooltip and the context menu) and a one-line
// summary of how calm the letter reads. The same widget serves the wizard and the case view.
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
    // The tooltip text for a finding: its category name and the calm suggestion.
    static QString toolTipFor(const core::ToneFinding& finding);
    // Replaces a finding's passage with `replacement` as an ordinary, undoable edit. Does
    // nothing when the text at the finding's place is no longer the finding's text.
    void replaceFinding(const core::ToneFinding& finding, const QString& replacement);

    // The body's context menu for a point in its viewport: the standard edit actions, and for
    // a finding under the point its explanation and, when there is one, "Replace with: …"
    // (object name replaceFindingAction). The menu the user sees; tests trigger its actions.
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
};

} // namespace wc::gui
