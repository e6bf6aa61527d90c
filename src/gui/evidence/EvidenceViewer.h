// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace wc::gui {

class EvidenceDetailsPanel;
class EvidenceImageView;
class EvidenceIntake;
class MessageBar;

// One piece of evidence at a time, large: an image with zoom (in, out, fit, 100 %), a chat log or
// other text as text, anything else described with a button to open it in the system's viewer.
// Next and previous follow the gallery's order: ← → (and Page Up/Down, Home/End) turn pages
// wherever the focus is in the window, except in a field that takes those keys for typing. The
// side panel (EvidenceDetailsPanel) edits title, note, kind and capture time through the intake,
// which the gallery shares, so both always show the same. Images are decoded off the GUI thread,
// a big photo at a reduced size (EvidenceImageLoader); an image whose file was cut short is shown
// with a warning. The window fits the screen it opens on and comes back at the size the user left
// it, if that still fits.
// Object names: evidenceViewer, previousButton, nextButton, positionLabel, zoomOutButton,
// zoomInButton, fitButton, actualSizeButton, zoomLabel, evidenceImageView (EvidenceImageView),
// viewerTextView, viewerPlaceholderLabel, stageOpenButton, viewerMessageBar, and the side panel's
// (see EvidenceDetailsPanel).
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
    EvidenceDetailsPanel* detailsPanel() const { return m_details; }
    // True while the shown image is being decoded.
    bool isLoading() const { return m_loading; }
    // The text of the viewer's own message bar (empty when hidden).
    QString message() const;

    // The share of the screen's free area the window takes at most.
    static constexpr double MaxScreenShare = 0.9;

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

signals:
    void currentChanged(qint64 evidenceId);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void done(int result) override;

private:
    void buildUi();
    QWidget* buildStage();
    // Sized to the screen's free area; the saved geometry only when it fits there.
    void placeOnScreen();
    void saveGeometrySetting() const;
    void showRow(int row);
    void load(const core::Evidence& item);
    // The stage's page for what is not shown here: a message, with the kind's icon and the
    // button that opens it elsewhere when `openable`.
    void showPlaceholder(const QString& text, bool openable);
    void updateNavigation();
    void updateZoomLabel();
    void onItemUpdated(const core::Evidence& item);
    void onItemRemoved(qint64 id);
    // Turns pages for ← → Page Up/Down Home End (and deletes for Delete when `onStage`).
    bool handleNavigationKey(int key, bool onStage);
    // Whether the focused widget needs `key` itself (typing in a field, a list's choice).
    bool fieldTakesKey(const QWidget* focus, int key) const;
    const core::Evidence* current() const;
    void report(const QString& message);

    EvidenceIntake* m_intake;
    qint64 m_currentId = 0;
    int m_lastRow = -1; // where the removed item was, to show its neighbour
    quint64 m_generation = 0;
    bool m_loading = false;

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
    EvidenceDetailsPanel* m_details = nullptr;
};

} // namespace wc::gui
