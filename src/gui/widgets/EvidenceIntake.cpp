// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/EvidenceIntake.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/ChatLogDialog.h"
#include "gui/widgets/EvidenceImporter.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "store/CaseStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QKeySequence>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QString bulleted(const QString& heading, const QStringList& lines)
{
    return heading + u"\n• "_s + lines.join(u"\n• "_s);
}

} // namespace

EvidenceIntake::EvidenceIntake(QObject* parent)
    : QObject(parent), m_importer(new EvidenceImporter(MaxFileBytes, this))
{
    connect(m_importer, &EvidenceImporter::busyChanged, this, &EvidenceIntake::onBusyChanged);
    connect(m_importer, &EvidenceImporter::fileReady, this, &EvidenceIntake::onFileReady);
    connect(m_importer, &EvidenceImporter::progress, this, &EvidenceIntake::progress);
    connect(m_importer, &EvidenceImporter::batchFinished, this, &EvidenceIntake::onBatchFinished);
    connect(m_importer, &EvidenceImporter::previewReady, this, &EvidenceIntake::previewReady);
}

EvidenceIntake::~EvidenceIntake()
{
    // The importer outlives this part of the object for a moment; nothing may reach us then.
    m_importer->disconnect(this);
    m_importer->cancel();
}

void EvidenceIntake::setCase(core::CaseStore* store, qint64 caseId)
{
    const bool sameCase = store && store == m_store && caseId == m_caseId;
    if (!sameCase) {
        if (m_importer->isBusy()) {
            // The batch belongs to the case being left; its summary would only confuse.
            m_discardBatchReport = true;
            m_importer->cancel();
        }
        m_importer->clearPreviewQueue();
    }
    m_store = store;
    m_caseId = store ? caseId : 0;
}

QString EvidenceIntake::reload()
{
    m_items.clear();
    if (!hasCase())
        return {};
    // The zone may have been changed on the Overview since the last reading.
    if (auto record = m_store->caseById(m_caseId))
        m_zone = core::CaseTimeZone::zoneFor(*record);
    auto items = m_store->evidence(m_caseId);
    if (!items)
        return tr("The evidence of this case could not be read. %1").arg(items.error().message);
    m_items = std::move(*items);
    return {};
}

const core::Evidence* EvidenceIntake::item(qint64 id) const
{
    for (const core::Evidence& e : m_items) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const core::Evidence* EvidenceIntake::findBySha(const QString& sha256) const
{
    for (const core::Evidence& e : m_items) {
        if (e.sha256 == sha256)
            return &e;
    }
    return nullptr;
}

bool EvidenceIntake::isBusy() const
{
    return m_importer->isBusy();
}

void EvidenceIntake::addFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (!hasCase()) {
        emit problem(tr("Evidence can only be added to a saved case that is open for editing."));
        return;
    }
    QList<ImportSource> sources;
    for (const QString& path : paths)
        sources.append(ImportSource{path, {}, {}, {}, {}});
    m_importer->enqueue(sources);
}

void EvidenceIntake::addMimeData(const QMimeData* mime, bool pasted)
{
    if (!hasCase()) {
        emit problem(tr("Evidence can only be added to a saved case that is open for editing."));
        return;
    }
    const DroppedContent content = EvidenceImporter::contentOf(mime);
    if (content.hasFiles()) {
        addFiles(content.files);
        if (!content.elsewhere.isEmpty()) {
            const QString why = tr("Only files on this computer can be added. Save these first, "
                                   "then add the saved copies: %1")
                                    .arg(content.elsewhere.join(u", "_s));
            if (isBusy())
                m_batchProblems << why; // reported with the rest of the batch
            else
                emit problem(why);
        }
    } else if (content.hasImage()) {
        ImportSource source;
        source.image = content.image;
        source.bytes = content.imageBytes;
        source.title = (pasted ? tr("Pasted screenshot, %1") : tr("Dropped image, %1"))
                           .arg(CaseText::dateTime(m_store->clock().nowMs(), m_zone));
        // Raw bytes get the extension of their real format once it is known.
        source.fileName = (pasted ? u"pasted-screenshot-"_s : u"dropped-image-"_s) + timeStamp() +
                          (content.image.isNull() ? QString() : u".png"_s);
        m_importer->enqueue({source});
    } else if (!content.text.isEmpty()) {
        emit chatLogOffered(content.text); // text could be anything: the user names and confirms it
    } else {
        emit problem(pasted ? tr("The clipboard holds nothing WalletCase can add. Copy a "
                                 "screenshot, files, or the text of a conversation, then paste "
                                 "again.")
                            : tr("What was dropped cannot be added. Drop files, an image, or the "
                                 "text of a conversation."));
    }
}

void EvidenceIntake::cancel()
{
    m_importer->cancel();
}

QString EvidenceIntake::timeStamp() const
{
    const qint64 now = m_store ? m_store->clock().nowMs() : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(now).toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
}

void EvidenceIntake::onBusyChanged(bool busy)
{
    if (busy) {
        // A new batch: its report replaces the last one.
        m_batchProblems.clear();
        m_batchNotices.clear();
        m_batchAdded = 0;
    }
    emit busyChanged(busy);
}

void EvidenceIntake::onFileReady(const ImportedFile& file)
{
    if (!file.ok()) {
        m_batchProblems << file.error;
        return;
    }
    if (!hasCase())
        return;
    const QString name = file.sourcePath.isEmpty() ? file.title : file.fileName;
    if (const core::Evidence* already = findBySha(file.sha256)) {
        m_batchNotices << tr("“%1” is already in this case as “%2”, so it was not added again.")
                              .arg(name, already->title);
        return;
    }
    core::Evidence item;
    item.kind = file.kind;
    item.title = file.title.isEmpty() ? file.fileName : file.title;
    item.fileName = file.fileName;
    item.mimeType = file.mimeType;
    item.sha256 = file.sha256;
    if (file.incomplete)
        item.note = incompleteNote(); // the mark travels with it: gallery, viewer, dossier
    // Cached first, so the new item finds its preview instead of decoding the image again.
    EvidenceImporter::cachePreview(file.sha256, file.thumbnail);
    if (const QString why = storeItem(item, file.bytes); !why.isEmpty()) {
        m_batchProblems << tr("“%1” could not be saved in the case file. %2").arg(name, why);
        return;
    }
    ++m_batchAdded;
    if (!file.notice.isEmpty())
        m_batchNotices << file.notice;
    // Last: a listener may cancel the batch from here, and its report must count this file.
    emit changed();
}

void EvidenceIntake::onBatchFinished(int handedOver, int total, bool cancelled)
{
    Q_UNUSED(handedOver) // files handed over, not files stored: m_batchAdded counts those
    if (std::exchange(m_discardBatchReport, false))
        return;
    QStringList parts;
    if (cancelled)
        parts << tr("Stopped adding files: %1 of %2 added. Add the others again when you are "
                    "ready.")
                     .arg(m_batchAdded)
                     .arg(total);
    const bool single = !cancelled && m_batchProblems.size() + m_batchNotices.size() == 1;
    if (single) {
        parts << (m_batchProblems.isEmpty() ? m_batchNotices : m_batchProblems).first();
    } else {
        if (!m_batchProblems.isEmpty())
            parts << bulleted(tr("Not added:"), m_batchProblems);
        if (!m_batchNotices.isEmpty())
            parts << bulleted(tr("Please note:"), m_batchNotices);
    }
    const MessageBar::Kind kind = !m_batchProblems.isEmpty()  ? MessageBar::Kind::Error
                                  : !m_batchNotices.isEmpty() ? MessageBar::Kind::Warning
                                                              : MessageBar::Kind::Information;
    emit batchReport(kind, parts.join(u"\n\n"_s));
}

EvidenceIntake::AddButtons EvidenceIntake::makeAddButtons(QWidget* parent,
                                                          const QString& addFilesText)
{
    AddButtons b{new QPushButton(addFilesText, parent), new QPushButton(tr("&Paste"), parent),
                 new QPushButton(tr("Add chat &log…"), parent)};
    b.files->setObjectName(u"addFilesButton"_s);
    b.files->setToolTip(tr("Choose screenshots, photos, PDFs or other files"));
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    b.paste->setObjectName(u"pasteButton"_s);
    b.paste->setToolTip(tr("Add what is on the clipboard: a screenshot, copied files, or the "
                           "text of a conversation (%1)")
                            .arg(pasteKey));
    b.chatLog->setObjectName(u"addChatLogButton"_s);
    b.chatLog->setToolTip(tr("Type or paste a conversation with customer service as text"));
    return b;
}

void EvidenceIntake::showChatLogDialog(QWidget* parent, const QString& text)
{
    if (m_chatLogDialog) {
        if (!text.isEmpty())
            m_chatLogDialog->setText(text);
        m_chatLogDialog->raise();
        m_chatLogDialog->activateWindow();
        return;
    }
    m_chatLogDialog = new ChatLogDialog(
        text, [this](const QString& title, const QString& log) { return storeChatLog(title, log); },
        parent);
    m_chatLogDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal but shown, not exec()'d: the event loop (and a running import) go on.
    m_chatLogDialog->setWindowModality(Qt::WindowModal);
    m_chatLogDialog->show();
}

void EvidenceIntake::closeChatLogDialog()
{
    if (m_chatLogDialog)
        m_chatLogDialog->close();
}

QString EvidenceIntake::storeChatLog(const QString& title, const QString& text)
{
    if (!hasCase())
        return tr("Evidence can only be added to a saved case that is open for editing.");
    if (text.trimmed().isEmpty())
        return tr("The chat log is empty. Paste or type the conversation first.");
    // Kept exactly as typed or pasted: it is a record of what was said.
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > MaxFileBytes)
        return tr("The chat log is longer than the %1 limit for one piece of evidence. Split it "
                  "into parts.")
            .arg(CaseText::dataSize(MaxFileBytes));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (const core::Evidence* already = findBySha(sha))
        return tr("This chat log is already in the case as “%1”.").arg(already->title);
    core::Evidence item;
    item.kind = u"chat_log"_s;
    item.title = title.trimmed().isEmpty() ? tr("Chat log") : title.trimmed();
    item.fileName = u"chat-log-"_s + timeStamp() + u".txt"_s;
    item.mimeType = u"text/plain; charset=utf-8"_s;
    item.sha256 = sha;
    if (const QString why = storeItem(item, bytes); !why.isEmpty())
        return tr("The chat log could not be saved in the case file. %1").arg(why);
    emit changed();
    return {};
}

QString EvidenceIntake::storeItem(core::Evidence item, const QByteArray& bytes)
{
    item.caseId = m_caseId;
    item.size = bytes.size();
    // Every caller has the fingerprint already (the importer makes it off the GUI thread while
    // reading); hashing a 5 MB screenshot again here stalled the window for about 30 ms.
    auto id = m_store->addEvidence(item, bytes, item.sha256);
    if (!id)
        return id.error().message;
    // Read back for what the store sets (the time added); the item is stored either way.
    auto stored = m_store->evidenceById(*id);
    if (stored)
        item = *stored;
    else
        item.id = *id;
    m_items.append(item);
    emit itemAdded(item);
    return {};
}

QString EvidenceIntake::save(const core::Evidence& updated)
{
    const auto at = std::find_if(m_items.begin(), m_items.end(),
                                 [&](const core::Evidence& e) { return e.id == updated.id; });
    if (at == m_items.end() || !m_store)
        return tr("This item is no longer in the case.");
    auto saved = m_store->updateEvidence(updated);
    if (!saved)
        return tr("The changes to “%1” could not be saved. %2").arg(at->title, saved.error().message);
    *at = updated;
    emit itemUpdated(updated);
    emit changed();
    return {};
}

bool EvidenceIntake::confirmAndRemove(QWidget* parent, qint64 id)
{
    const core::Evidence* found = item(id);
    if (!found || !m_store)
        return false;
    const QString title = found->title;
    const int choice = MessageBox::ask(
        parent, QMessageBox::Question, tr("Remove evidence"),
        tr("Remove “%1” from this case?\n\nIts copy in the case file and its fingerprint are "
           "deleted. The original file on your computer is not touched.")
            .arg(title),
        {{RemoveItem, tr("&Remove"), QMessageBox::DestructiveRole},
         {KeepItem, tr("&Keep"), QMessageBox::RejectRole}},
        KeepItem);
    if (choice != RemoveItem)
        return false;
    auto removed = m_store->removeEvidence(id);
    if (!removed) {
        emit problem(tr("“%1” could not be removed. %2").arg(title, removed.error().message));
        return false;
    }
    m_items.erase(std::find_if(m_items.begin(), m_items.end(),
                               [id](const core::Evidence& e) { return e.id == id; }));
    emit itemRemoved(id);
    emit changed();
    return true;
}

bool EvidenceIntake::mayHavePreview(const core::Evidence& item)
{
    // Stored images and files named like images get a preview; everything else shows its icon.
    return item.kind == u"screenshot" || item.mimeType.startsWith(u"image/"_s);
}

QString EvidenceIntake::incompleteNote()
{
    return tr("Incomplete file: it was cut short before it was added, so part of the image is "
              "missing.");
}

std::optional<QImage> EvidenceIntake::preview(const core::Evidence& item)
{
    if (auto cached = EvidenceImporter::cachedPreview(item.sha256))
        return cached;
    if (mayHavePreview(item) && m_store) {
        // The store belongs to this thread: the importer calls back here to read the content.
        m_importer->requestPreview(item.sha256, [store = m_store, sha = item.sha256] {
            auto bytes = store->blobData(sha);
            return bytes ? std::optional<QByteArray>(std::move(*bytes)) : std::nullopt;
        });
    }
    return std::nullopt;
}

QString EvidenceIntake::fileDialogFilter()
{
    return tr("Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp *.pdf *.txt "
              "*.html *.eml *.csv);;All files (*)");
}

QString EvidenceIntake::progressText(int done, int total)
{
    return tr("Adding %1 of %2…").arg(qMin(done + 1, total)).arg(total);
}

} // namespace wc::gui
