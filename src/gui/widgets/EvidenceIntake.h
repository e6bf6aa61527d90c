// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/widgets/MessageBar.h"
#include "model/Entities.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class QMimeData;
class QPushButton;
class QWidget;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class ChatLogDialog;
class EvidenceImporter;
struct ImportedFile;

// The evidence of one case as the editors change it: the stored items, adding through the
// importer (files, drops, pastes, chat logs) with one report per batch, saving edits and removing
// with confirmation. The wizard's list editor and the case workspace's gallery both work through
// it, so they take the same files, refuse the same ones (with the same limits) and say the same
// things. GUI thread only, like the store it is given (not owned).
class EvidenceIntake : public QObject
{
    Q_OBJECT

public:
    // Files larger than this are refused: a case file is meant to be mailed and backed up.
    static constexpr qint64 MaxFileBytes = 200LL * 1024 * 1024;
    // The answers to "Remove this item?" (MessageBox::ask ids; tests queue them).
    enum RemoveChoice
    {
        KeepItem,
        RemoveItem
    };

    explicit EvidenceIntake(QObject* parent = nullptr);
    ~EvidenceIntake() override;

    // Another case: a running batch is cancelled without a report (it belongs to the case being
    // left) and the preview queue cleared. The same case again keeps a running batch. Reads the
    // items (reload()).
    void setCase(core::CaseStore* store, qint64 caseId);
    core::CaseStore* store() const { return m_store; }
    qint64 caseId() const { return m_caseId; }
    bool hasCase() const { return m_store && m_caseId > 0; }
    // The case's time zone (read with the items), in which capture times are shown and typed.
    QTimeZone timeZone() const { return m_zone; }

    // Reads the items again; the message for the user when they could not be read (the list
    // is then empty), else an empty string.
    QString reload();
    const QList<core::Evidence>& items() const { return m_items; }
    const core::Evidence* item(qint64 id) const;
    const core::Evidence* findBySha(const QString& sha256) const;
    bool isBusy() const;

    // Reads, checks and stores files in the background; calls while busy join the batch.
    void addFiles(const QStringList& paths);
    // What a drop or the clipboard holds: local files are added, an image becomes a screenshot,
    // text is offered as a chat log (chatLogOffered), anything else is reported (problem).
    void addMimeData(const QMimeData* mime, bool pasted);
    // Stores a typed or pasted conversation; why it was not stored, else an empty string.
    QString storeChatLog(const QString& title, const QString& text);
    // Opens the dialog to name and store a conversation over `parent` (window-modal, shown, not
    // exec()'d, so a running import goes on), or raises the open one with `text` if given.
    void showChatLogDialog(QWidget* parent, const QString& text);
    // Closes that dialog, if open (the case is being left).
    void closeChatLogDialog();
    // Stops the batch after the file in hand; items already added stay.
    void cancel();

    // Saves what may change of an item (title, note, kind, capture time); the message for the
    // user when it could not be saved, else an empty string.
    QString save(const core::Evidence& updated);
    // Asks whether to remove the item (MessageBox::ask with RemoveChoice ids) and removes it;
    // false when the user kept it or it could not be removed (then `problem` says why).
    bool confirmAndRemove(QWidget* parent, qint64 id);

    // The cached preview of a stored item; when there is none yet and the item may have one,
    // nullopt and previewReady follows once it is made off the GUI thread.
    std::optional<QImage> preview(const core::Evidence& item);
    static bool mayHavePreview(const core::Evidence& item);
    // The note an image cut short is stored with (the user may edit or delete it).
    static QString incompleteNote();

    // The three ways to add evidence, as both editors show them (texts, tips, object names
    // addFilesButton, pasteButton, addChatLogButton). `addFilesText` is the editor's own: its
    // mnemonic must not clash with the other controls around it.
    struct AddButtons
    {
        QPushButton* files;
        QPushButton* paste;
        QPushButton* chatLog;
    };
    static AddButtons makeAddButtons(QWidget* parent, const QString& addFilesText);

    // The file dialog's filter for evidence, and "Adding 2 of 5…".
    static QString fileDialogFilter();
    static QString progressText(int done, int total);

signals:
    void itemAdded(const wc::core::Evidence& item);
    void itemUpdated(const wc::core::Evidence& item);
    void itemRemoved(qint64 id);
    // Any of the three above.
    void changed();
    void previewReady(const QString& sha256, const QImage& image);
    void busyChanged(bool busy);
    void progress(int done, int total);
    // A batch ended. `text` is what the user should know (files refused, kept with a notice,
    // the count when cancelled), empty when there is nothing to say.
    void batchReport(wc::gui::MessageBar::Kind kind, const QString& text);
    // Something went wrong outside a batch; `message` is for the user.
    void problem(const QString& message);
    // Dropped or pasted text that may be a conversation: the editor lets the user name it.
    void chatLogOffered(const QString& text);

private:
    void onBusyChanged(bool busy);
    void onFileReady(const ImportedFile& file);
    void onBatchFinished(int handedOver, int total, bool cancelled);
    // Stores the item and emits itemAdded (the caller emits changed once its bookkeeping is
    // done); the store's message when it could not, else empty.
    QString storeItem(core::Evidence item, const QByteArray& bytes);
    QString timeStamp() const;

    core::CaseStore* m_store = nullptr;
    qint64 m_caseId = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<core::Evidence> m_items;
    EvidenceImporter* m_importer;
    QStringList m_batchProblems; // files refused, by name
    QStringList m_batchNotices;  // files kept, with something the user should know
    int m_batchAdded = 0;
    bool m_discardBatchReport = false;
    QPointer<ChatLogDialog> m_chatLogDialog;
};

} // namespace wc::gui
