// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/widgets/MessageBar.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QShortcut;
class QStackedWidget;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class EvidenceGalleryModel;
class EvidenceIntake;
class EvidenceViewer;

// The Evidence tab of the case workspace: every evidence item of one case as a gallery of
// thumbnails (title, kind, capture time), adding by file dialog, drag and drop and paste, a
// viewer with zoom, fit and next/previous, editing title and note, showing and copying the
// SHA-256, saving the original back to disk, opening non-image files with the system's viewer
// from a temporary copy, and deleting with confirmation. Each edit is saved at once.
// Adding goes through EvidenceIntake, like the wizard's evidence editor: the same importer
// (read, fingerprinted and previewed off the GUI thread), the same limits and messages.
// Its messages are shown once, in its own message bar (the viewer's in the viewer's), and are
// not passed up to the window, whose banner would repeat them and outlive their cause.
// Object names: evidenceGallery (this), evidenceListView, evidenceEmptyLabel, addFilesButton,
// pasteButton, addChatLogButton, viewEvidenceButton, saveOriginalButton, openExternallyButton,
// deleteEvidenceButton, importProgressBar, importProgressLabel, cancelImportButton, messageBar;
// the viewer's in EvidenceViewer.h.
class EvidenceGallery : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceGallery(QWidget* parent = nullptr);
    ~EvidenceGallery() override;

    // `store` is not owned and must outlive the gallery (or be replaced with setCase(nullptr, 0)
    // first). A running import is cancelled.
    void setCase(core::CaseStore* store, qint64 caseId);
    qint64 caseId() const;

    int count() const;
    // True while files are being read and added.
    bool isBusy() const;
    // The text of the gallery's own message bar (empty when hidden).
    QString message() const;
    // The id of the selected item, 0 when none.
    qint64 selectedId() const;
    void selectItem(qint64 evidenceId);
    // The viewer, while it is open.
    EvidenceViewer* viewer() const;
    EvidenceIntake* intake() const { return m_intake; }

public slots:
    // Reads the case's evidence from the store again.
    void reload();
    void addFiles(const QStringList& paths);
    // Asks for files with the file dialog (FileDialog seam) and adds them.
    void chooseFiles();
    void pasteFromClipboard();
    void addChatLog();
    void cancelImport();
    // Opens the viewer on the selected item (or `evidenceId`).
    void viewSelected();
    void viewItem(qint64 evidenceId);
    void saveSelected();
    void openSelectedExternally();
    void deleteSelected();

signals:
    // The user added, edited or removed evidence.
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void updateActions();
    void showContextMenu(const QPoint& at);
    void onBusyChanged(bool busy);
    void onBatchProgress(int done, int total);
    void onBatchReport(MessageBar::Kind kind, const QString& text);
    void showChatLogDialog(const QString& text);
    void setDropHighlight(bool on);
    void report(const QString& message);

    EvidenceIntake* m_intake;
    EvidenceGalleryModel* m_model;
    QListView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    MessageBar* m_messageBar = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QWidget* m_addButtons = nullptr;
    QWidget* m_itemButtons = nullptr; // view, save, open, delete: under the gallery
    QPushButton* m_viewButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QShortcut* m_pasteShortcut = nullptr;
    QPointer<EvidenceViewer> m_viewer;
};

} // namespace wc::gui
