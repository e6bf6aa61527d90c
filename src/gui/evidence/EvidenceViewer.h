// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace wc::gui {

class EvidenceImageView;
class EvidenceIntake;
class MessageBar;

// One piece of evidence at a time, large: an image with zoom (in, out, fit, 100 %), a chat log or
// other text as text, anything else described with a button to open it in the system's viewer.
// Next and previous follow the gallery's order (arrow keys, Page Up/Down, Home/End). Title,
// note, kind and capture time are edited beside it and saved at once through the intake, which
// the gallery shares, so both always show the same; the SHA-256 is shown whole and copyable;
// "Save original as…" writes the stored bytes. Images are decoded off the GUI thread.
// Object names: evidenceViewer, previousButton, nextButton, positionLabel, zoomOutButton,
// zoomInButton, fitButton, actualSizeButton, zoomLabel, evidenceImageView (EvidenceImageView),
// viewerTextView, viewerPlaceholderLabel, stageOpenButton, viewerTitleLineEdit, viewerNoteEdit,
// viewerKindComboBox, viewerCapturedCheckBox, viewerCapturedEdit, viewerFactsLabel,
// viewerShaLabel, viewerCopyShaButton, saveOriginalButton, openExternallyButton,
// deleteEvidenceButton, viewerMessageBar.
class EvidenceViewer : public QDialog
{
    Q_OBJECT

public:
    // `intake` is not owned and must outlive the viewer.
    explicit EvidenceViewer(EvidenceIntake* intake, QWidget* parent = nullptr);
    ~EvidenceViewer() override;

    // Shows the item with this id (a row of the intake's items).
    void showItem(qint64 evidenceId);
    qint64 currentId() const { return m_currentId; }
    // The position of the shown item in the intake's items; -1 when none.
    int currentRow() const;
    EvidenceImageView* imageView() const { return m_imageView; }
    // True while the shown image is being decoded.
    bool isLoading() const { return m_loading; }
    // The text of the viewer's own message bar (empty when hidden).
    QString message() const;

public slots:
    void next();
    void previous();
    void first();
    void last();
    // Saves edits not yet saved (the note is saved when typing pauses or focus leaves).
    void commitEdits();
    void saveOriginal();
    void openWithSystemViewer();
    void deleteCurrent();
    void copySha();

signals:
    void currentChanged(qint64 evidenceId);
    void errorOccurred(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void done(int result) override;

private:
    void buildUi();
    QWidget* buildStage();
    QWidget* buildSidePanel();
    void showRow(int row);
    void load(const core::Evidence& item);
    // The stage's page for what is not shown here: a message, with the kind's icon and the
    // button that opens it elsewhere when `openable`.
    void showPlaceholder(const QString& text, bool openable);
    void showFields(const core::Evidence& item);
    void showFacts(const core::Evidence& item);
    void updateNavigation();
    void updateZoomLabel();
    void onItemUpdated(const core::Evidence& item);
    void onItemRemoved(qint64 id);
    bool handleNavigationKey(int key);
    const core::Evidence* current() const;
    void report(const QString& message);

    EvidenceIntake* m_intake;
    qint64 m_currentId = 0;
    int m_lastRow = -1; // where the removed item was, to show its neighbour
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_populating = false;

    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QLabel* m_position = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QToolButton* m_actualSize = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QStackedWidget* m_stage = nullptr;
    EvidenceImageView* m_imageView = nullptr;
    QPlainTextEdit* m_textView = nullptr;
    QWidget* m_placeholderPage = nullptr;
    QLabel* m_placeholderIcon = nullptr;
    QLabel* m_placeholder = nullptr;
    QPushButton* m_stageOpen = nullptr;
    MessageBar* m_messageBar = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_capturedKnown = nullptr;
    QDateTimeEdit* m_captured = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_sha = nullptr;
    QPushButton* m_copySha = nullptr;
    QPushButton* m_saveOriginal = nullptr;
    QPushButton* m_openExternally = nullptr;
    QPushButton* m_delete = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace wc::gui
