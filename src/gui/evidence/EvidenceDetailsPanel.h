// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace wc::gui {

class DateTimeField;
class EvidenceIntake;

// The evidence viewer's side panel: title, note, kind and capture time of the item shown, saved
// at once through the intake (the note when typing pauses or focus leaves); the file's facts and
// its whole, copyable SHA-256; and the buttons that act on the file, which the viewer carries out.
// Capture times are shown and typed in the case's time zone (CaseText::wallClock).
// Object names: viewerTitleLineEdit, viewerNoteEdit, viewerKindComboBox, viewerCapturedCheckBox,
// viewerCapturedEdit (DateTimeField), viewerFactsLabel, viewerShaLabel, viewerCopyShaButton,
// saveOriginalButton, openExternallyButton, deleteEvidenceButton.
class EvidenceDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    // `intake` is not owned and must outlive the panel.
    explicit EvidenceDetailsPanel(EvidenceIntake* intake, QWidget* parent = nullptr);
    ~EvidenceDetailsPanel() override;

    // Shows what the file holds for the item, which edits then go to.
    void showItem(const core::Evidence& item);
    // Shows the facts only (the fields keep what is being typed).
    void showFacts(const core::Evidence& item);
    // A line about the picture on the stage (its pixels, and whether a reduced copy is shown);
    // empty for none.
    void setPictureFacts(const QString& text);
    // Enables the fields and buttons while there is an item.
    void setItemShown(bool shown);

public slots:
    // Saves edits not yet saved.
    void commitEdits();
    void copySha();

signals:
    // An edit was saved; the title is the item's new one.
    void saved(const QString& title);
    void errorOccurred(const QString& message);
    void saveOriginalRequested();
    void openRequested();
    void deleteRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateFacts();

    EvidenceIntake* m_intake;
    qint64 m_id = 0;
    bool m_populating = false;
    core::Evidence m_shown; // for the facts
    QString m_pictureFacts;

    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_capturedKnown = nullptr;
    DateTimeField* m_captured = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_sha = nullptr;
    QPushButton* m_copySha = nullptr;
    QPushButton* m_saveOriginal = nullptr;
    QPushButton* m_openExternally = nullptr;
    QPushButton* m_delete = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace wc::gui
