// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/widgets/EvidenceIntake.h"
#include "guidance/Taxonomy.h"
#include "model/Entities.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QShortcut;
class QVBoxLayout;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class EvidenceItemWidget;

// The evidence of one case: add screenshots and files (file dialog, drag and drop, paste),
// chat logs as text; each item with its preview, title, note and SHA-256 fingerprint. The same
// widget serves wizard page 4 (editable) and the case pane (read-only). Reading, hashing and
// previewing files happens on a worker thread (EvidenceImporter); storing, the limits and the
// messages are EvidenceIntake's, shared with the case workspace's gallery.
// Problems (files refused, items without a preview, duplicates, store failures) are shown in the
// widget's own message bar, next to the list they concern, naming each file; errorOccurred
// carries the same text for logging — a parent need not show it a second time.
// Object names: addFilesButton, pasteButton, addChatLogButton, importProgressBar,
// importProgressLabel, cancelImportButton, evidenceEmptyLabel, suggestionsLabel, messageBar
// (this widget's own), evidenceItemWidget (each row); the chat-log dialog's are in
// ChatLogDialog.h.
class EvidenceListEditor : public QWidget
{
    Q_OBJECT

public:
    // Files larger than this are refused: a case file is meant to be mailed and backed up.
    static constexpr qint64 MaxFileBytes = EvidenceIntake::MaxFileBytes;
    // The answers to "Remove this item?" (MessageBox::ask ids; tests queue them).
    enum RemoveChoice
    {
        KeepItem = EvidenceIntake::KeepItem,
        RemoveItem = EvidenceIntake::RemoveItem
    };

    explicit EvidenceListEditor(QWidget* parent = nullptr);
    ~EvidenceListEditor() override;

    // Shows the evidence of case `caseId`; `store` is not owned and must outlive the widget
    // (or be replaced with setCase(nullptr, 0) first). A running import is cancelled, unless it
    // is the case already shown (the wizard shows the page again after Back).
    void setCase(core::CaseStore* store, qint64 caseId);
    qint64 caseId() const { return m_intake->caseId(); }
    // What evidence fits the problem (Taxonomy::evidenceSuggestions), shown beside the list.
    void setSuggestions(const QList<core::EvidenceSuggestion>& suggestions);
    // The language for the suggestions' text ("zh_CN", "en"); defaults to the interface language.
    void setLanguage(const QString& language);
    // View only (the case pane): no adding, editing or removing; previews, titles and
    // fingerprints stay visible.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int count() const;
    // The case's evidence and how it is added, shared with other views of the same case.
    EvidenceIntake* intake() const { return m_intake; }
    // True while files are being read and added.
    bool isBusy() const;
    // The text of the widget's own message bar (empty when hidden).
    QString message() const;

public slots:
    // Adds files in the background; calls while busy join the running batch.
    void addFiles(const QStringList& paths);
    // Asks for files with the file dialog (FileDialog seam) and adds them.
    void chooseFiles();
    // Local file URLs are added as files, an image becomes a PNG screenshot, text is offered
    // as a chat log.
    void pasteFromClipboard();
    // Opens the chat-log editor (non-modal to the event loop, so tests can fill it in).
    void addChatLog();
    // Adds a chat log directly (what the chat-log editor does on OK). False and errorOccurred
    // when it could not be saved.
    bool addChatLogText(const QString& title, const QString& text);
    // Stops the running batch after the file in hand; items already added stay.
    void cancelImport();
    // Reads the case's evidence from the store again.
    void reload();

signals:
    void changed();
    void errorOccurred(const QString& message);
    void busyChanged(bool busy);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void rebuildSuggestions();
    void updateActions();
    void showItems();
    void appendItem(const core::Evidence& item);
    void removeRow(qint64 id);
    void onBusyChanged(bool busy);
    void onBatchProgress(int done, int total);
    void onBatchReport(MessageBar::Kind kind, const QString& text);
    void showPreview(const QString& sha256, const QImage& image);
    void saveItem(qint64 id, const QString& title, const QString& note);
    void removeItem(qint64 id);
    void showChatLogDialog(const QString& text);
    bool canAdd() const;
    void setDropHighlight(bool on);
    void report(const QString& message);

    bool m_readOnly = false;
    QString m_language;
    QList<core::EvidenceSuggestion> m_suggestions;
    QHash<qint64, EvidenceItemWidget*> m_rows;

    EvidenceIntake* m_intake;
    MessageBar* m_messageBar = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QWidget* m_listFrame = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_suggestionsPanel = nullptr;
    QLabel* m_suggestionsLabel = nullptr;
    QWidget* m_addButtons = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QShortcut* m_pasteShortcut = nullptr;
};

} // namespace wc::gui
