// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/EvidenceListEditor.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/ChatLogDialog.h"
#include "gui/widgets/EvidenceImporter.h"
#include "gui/widgets/EvidenceItemWidget.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "store/CaseStore.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Stored images and files named like images get a preview; everything else shows its icon.
bool mayHavePreview(const core::Evidence& item)
{
    return item.kind == u"screenshot" || item.mimeType.startsWith(u"image/"_s);
}

QString bulleted(const QString& heading, const QStringList& lines)
{
    return heading + u"\n• "_s + lines.join(u"\n• "_s);
}

} // namespace

EvidenceListEditor::EvidenceListEditor(QWidget* parent)
    : QWidget(parent), m_language(CaseText::uiLanguage()),
      m_importer(new EvidenceImporter(MaxFileBytes, this))
{
    buildUi();
    connect(m_importer, &EvidenceImporter::busyChanged, this, &EvidenceListEditor::onBusyChanged);
    connect(m_importer, &EvidenceImporter::fileReady, this, &EvidenceListEditor::onFileReady);
    connect(m_importer, &EvidenceImporter::progress, this, &EvidenceListEditor::onBatchProgress);
    connect(m_importer, &EvidenceImporter::batchFinished, this,
            &EvidenceListEditor::onBatchFinished);
    connect(m_importer, &EvidenceImporter::previewReady, this, &EvidenceListEditor::showPreview);
    updateActions();
}

EvidenceListEditor::~EvidenceListEditor()
{
    // The importer outlives this part of the object for a moment; nothing may reach us then.
    m_importer->disconnect(this);
    m_importer->cancel();
}

void EvidenceListEditor::buildUi()
{
    setAcceptDrops(true);

    m_addButtons = new QWidget(this);
    auto* addFiles = new QPushButton(tr("Add &files…"), m_addButtons);
    addFiles->setObjectName(u"addFilesButton"_s);
    addFiles->setToolTip(tr("Choose screenshots, photos, PDFs or other files"));
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    auto* paste = new QPushButton(tr("&Paste"), m_addButtons);
    paste->setObjectName(u"pasteButton"_s);
    paste->setToolTip(tr("Add what is on the clipboard: a screenshot, copied files, or the text "
                         "of a conversation (%1)")
                          .arg(pasteKey));
    auto* chatLog = new QPushButton(tr("Add chat &log…"), m_addButtons);
    chatLog->setObjectName(u"addChatLogButton"_s);
    chatLog->setToolTip(tr("Type or paste a conversation with customer service as text"));
    auto* dropHint = new QLabel(tr("…or drop files and images here"), m_addButtons);
    dropHint->setEnabled(false); // greyed: a hint, not a control
    auto* buttons = new QHBoxLayout(m_addButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(addFiles);
    buttons->addWidget(paste);
    buttons->addWidget(chatLog);
    buttons->addWidget(dropHint, 1);
    connect(addFiles, &QPushButton::clicked, this, &EvidenceListEditor::chooseFiles);
    connect(paste, &QPushButton::clicked, this, &EvidenceListEditor::pasteFromClipboard);
    connect(chatLog, &QPushButton::clicked, this, &EvidenceListEditor::addChatLog);

    // A text field with focus keeps Ctrl+V for itself; anywhere else in the list it adds.
    m_pasteShortcut = new QShortcut(QKeySequence::Paste, this);
    m_pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pasteShortcut, &QShortcut::activated, this, &EvidenceListEditor::pasteFromClipboard);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(u"importProgressLabel"_s);
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(u"importProgressBar"_s);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setToolTip(tr("Stop adding files; the ones already added stay"));
    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progressBar, 1);
    progress->addWidget(m_cancelButton);
    m_progressRow->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &EvidenceListEditor::cancelImport);

    m_messageBar = new MessageBar(this);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"evidenceScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows fit the width
    m_listFrame = scroll;
    auto* rows = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(rows);
    m_rowsLayout->setContentsMargins(4, 4, 4, 4);
    m_emptyLabel = new QLabel(rows);
    m_emptyLabel->setObjectName(u"evidenceEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_rowsLayout->addWidget(m_emptyLabel);
    m_rowsLayout->addStretch(1);
    scroll->setWidget(rows);

    m_suggestionsPanel = new QFrame(this);
    m_suggestionsPanel->setObjectName(u"suggestionsPanel"_s);
    auto* heading = new QLabel(tr("What helps for this problem"), m_suggestionsPanel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setWordWrap(true);
    m_suggestionsLabel = new QLabel(m_suggestionsPanel);
    m_suggestionsLabel->setObjectName(u"suggestionsLabel"_s);
    m_suggestionsLabel->setTextFormat(Qt::PlainText); // guidance text from data, never markup
    m_suggestionsLabel->setWordWrap(true);
    m_suggestionsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* side = new QVBoxLayout(m_suggestionsPanel);
    side->setContentsMargins(8, 0, 0, 0);
    side->addWidget(heading);
    side->addWidget(m_suggestionsLabel);
    side->addStretch(1);
    m_suggestionsPanel->setFixedWidth(220);
    m_suggestionsPanel->hide();

    auto* main = new QVBoxLayout;
    main->addWidget(m_addButtons);
    main->addWidget(m_progressRow);
    main->addWidget(m_messageBar);
    main->addWidget(scroll, 1);
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(main, 1);
    outer->addWidget(m_suggestionsPanel);
}

void EvidenceListEditor::setCase(core::CaseStore* store, qint64 caseId)
{
    const bool sameCase = store && store == m_store && caseId == m_caseId;
    if (!sameCase) {
        if (m_importer->isBusy()) {
            // The batch belongs to the case being left; its summary would only confuse.
            m_discardBatchReport = true;
            m_importer->cancel();
        }
        m_messageBar->hide();
        m_importer->clearPreviewQueue();
        if (m_chatLogDialog)
            m_chatLogDialog->close();
    }
    m_store = store;
    m_caseId = store ? caseId : 0;
    reload();
}

void EvidenceListEditor::setSuggestions(const QList<core::EvidenceSuggestion>& suggestions)
{
    m_suggestions = suggestions;
    rebuildSuggestions();
}

void EvidenceListEditor::setLanguage(const QString& language)
{
    m_language = language;
    rebuildSuggestions();
}

void EvidenceListEditor::rebuildSuggestions()
{
    QStringList lines;
    for (const core::EvidenceSuggestion& s : std::as_const(m_suggestions)) {
        const QString text = s.text.text(m_language);
        if (!text.isEmpty())
            lines << text;
    }
    m_suggestionsLabel->setText(lines.isEmpty() ? QString() : u"• "_s + lines.join(u"\n• "_s));
    m_suggestionsPanel->setVisible(!lines.isEmpty());
}

void EvidenceListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (EvidenceItemWidget* row : std::as_const(m_rows))
        row->setReadOnly(readOnly);
    if (readOnly && m_chatLogDialog)
        m_chatLogDialog->close();
    updateActions();
}

int EvidenceListEditor::count() const
{
    return int(m_items.size());
}

bool EvidenceListEditor::isBusy() const
{
    return m_importer->isBusy();
}

QString EvidenceListEditor::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

bool EvidenceListEditor::canAdd() const
{
    return m_store && m_caseId > 0 && !m_readOnly;
}

void EvidenceListEditor::updateActions()
{
    const bool editable = canAdd();
    m_addButtons->setVisible(!m_readOnly);
    m_addButtons->setEnabled(editable);
    m_pasteShortcut->setEnabled(editable);
    setAcceptDrops(!m_readOnly);
    m_emptyLabel->setVisible(m_rows.isEmpty());
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    m_emptyLabel->setText(m_readOnly  ? tr("No evidence in this case.")
                          : !editable ? tr("Evidence can be added once the case has been saved.")
                                      : tr("No evidence yet. Add screenshots or files, paste a "
                                           "screenshot (%1), or drop files here.")
                                            .arg(pasteKey));
}

void EvidenceListEditor::reload()
{
    m_items.clear();
    if (m_store && m_caseId > 0) {
        auto items = m_store->evidence(m_caseId);
        if (items)
            m_items = std::move(*items);
        else
            report(
                tr("The evidence of this case could not be read. %1").arg(items.error().message));
    }
    showItems(m_items);
}

void EvidenceListEditor::showItems(const QList<core::Evidence>& items)
{
    for (EvidenceItemWidget* row : std::as_const(m_rows)) {
        // Later: this may run inside a row's own signal.
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    for (const core::Evidence& item : items)
        appendItem(item);
    updateActions();
}

void EvidenceListEditor::appendItem(const core::Evidence& item)
{
    auto* row = new EvidenceItemWidget(item, m_rowsLayout->parentWidget());
    row->setReadOnly(m_readOnly);
    connect(row, &EvidenceItemWidget::edited, this, &EvidenceListEditor::saveItem);
    connect(row, &EvidenceItemWidget::removeRequested, this, &EvidenceListEditor::removeItem);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // above the stretch
    m_rows.insert(item.id, row);
    requestPreview(item);
    updateActions();
}

void EvidenceListEditor::requestPreview(const core::Evidence& item)
{
    if (auto cached = EvidenceImporter::cachedPreview(item.sha256)) {
        if (EvidenceItemWidget* row = m_rows.value(item.id))
            row->setPreview(*cached);
    } else if (mayHavePreview(item) && m_store) {
        // The store belongs to this thread: the importer calls back here to read the content.
        m_importer->requestPreview(item.sha256, [store = m_store, sha = item.sha256] {
            auto bytes = store->blobData(sha);
            return bytes ? std::optional<QByteArray>(std::move(*bytes)) : std::nullopt;
        });
    }
}

void EvidenceListEditor::showPreview(const QString& sha256, const QImage& image)
{
    for (EvidenceItemWidget* row : std::as_const(m_rows)) {
        if (row->item().sha256 == sha256)
            row->setPreview(image);
    }
}

void EvidenceListEditor::addFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (!canAdd()) {
        report(tr("Evidence can only be added to a saved case that is open for editing."));
        return;
    }
    QList<ImportSource> sources;
    for (const QString& path : paths)
        sources.append(ImportSource{path, {}, {}, {}, {}});
    m_importer->enqueue(sources);
}

void EvidenceListEditor::chooseFiles()
{
    if (!canAdd())
        return;
    addFiles(FileDialog::openFileNames(
        this, tr("Add evidence"),
        tr("Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp *.pdf *.txt "
           "*.html *.eml *.csv);;All files (*)")));
}

void EvidenceListEditor::pasteFromClipboard()
{
    if (!canAdd())
        return;
    addMimeData(QGuiApplication::clipboard()->mimeData(), true);
}

void EvidenceListEditor::addChatLog()
{
    if (canAdd())
        showChatLogDialog({});
}

bool EvidenceListEditor::addChatLogText(const QString& title, const QString& text)
{
    const QString why = storeChatLog(title, text);
    if (!why.isEmpty()) {
        report(why);
        return false;
    }
    return true;
}

void EvidenceListEditor::cancelImport()
{
    m_importer->cancel();
}

void EvidenceListEditor::dragEnterEvent(QDragEnterEvent* event)
{
    // Text dragged out of one of our own fields is not new evidence.
    const auto* source = qobject_cast<const QWidget*>(event->source());
    const bool ours = source && (source == this || isAncestorOf(source));
    if (canAdd() && !ours && EvidenceImporter::offersContent(event->mimeData())) {
        event->acceptProposedAction();
        setDropHighlight(true);
    } else {
        event->ignore();
    }
}

void EvidenceListEditor::dragMoveEvent(QDragMoveEvent* event)
{
    if (canAdd() && EvidenceImporter::offersContent(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidenceListEditor::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void EvidenceListEditor::dropEvent(QDropEvent* event)
{
    setDropHighlight(false);
    if (!canAdd() || !EvidenceImporter::offersContent(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addMimeData(event->mimeData(), false);
}

void EvidenceListEditor::setDropHighlight(bool on)
{
    m_listFrame->setStyleSheet(
        on ? u"#evidenceScrollArea { border: 2px dashed palette(highlight); }"_s : QString());
}

void EvidenceListEditor::addMimeData(const QMimeData* mime, bool pasted)
{
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
                report(why);
        }
    } else if (content.hasImage()) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_store->clock().nowMs());
        ImportSource source;
        source.image = content.image;
        source.bytes = content.imageBytes;
        source.title = (pasted ? tr("Pasted screenshot, %1") : tr("Dropped image, %1"))
                           .arg(QLocale().toString(now.toLocalTime(), QLocale::ShortFormat));
        // Raw bytes get the extension of their real format once it is known.
        source.fileName = (pasted ? u"pasted-screenshot-"_s : u"dropped-image-"_s) + timeStamp() +
                          (content.image.isNull() ? QString() : u".png"_s);
        m_importer->enqueue({source});
    } else if (!content.text.isEmpty()) {
        showChatLogDialog(content.text); // text could be anything: the user names and confirms it
    } else {
        report(pasted ? tr("The clipboard holds nothing WalletCase can add. Copy a screenshot, "
                           "files, or the text of a conversation, then paste again.")
                      : tr("What was dropped cannot be added. Drop files, an image, or the text "
                           "of a conversation."));
    }
}

QString EvidenceListEditor::timeStamp() const
{
    const qint64 now = m_store ? m_store->clock().nowMs() : QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(now).toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
}

const core::Evidence* EvidenceListEditor::findBySha(const QString& sha256) const
{
    for (const core::Evidence& item : m_items) {
        if (item.sha256 == sha256)
            return &item;
    }
    return nullptr;
}

void EvidenceListEditor::onBusyChanged(bool busy)
{
    if (busy) {
        // A new batch: its report replaces the last one.
        m_batchProblems.clear();
        m_batchNotices.clear();
        m_batchAdded = 0;
        m_messageBar->hide();
        m_progressBar->setRange(0, 0);
    }
    m_progressRow->setVisible(busy);
    emit busyChanged(busy);
}

void EvidenceListEditor::onBatchProgress(int done, int total)
{
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    m_progressLabel->setText(tr("Adding %1 of %2…").arg(qMin(done + 1, total)).arg(total));
}

void EvidenceListEditor::onFileReady(const ImportedFile& file)
{
    if (!file.ok()) {
        m_batchProblems << file.error;
        return;
    }
    if (!canAdd())
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
    // Cached first, so the new row finds its preview instead of decoding the image again.
    EvidenceImporter::cachePreview(file.sha256, file.thumbnail);
    if (const QString why = storeItem(item, file.bytes); !why.isEmpty()) {
        m_batchProblems << tr("“%1” could not be saved in the case file. %2").arg(name, why);
        return;
    }
    ++m_batchAdded;
    if (!file.notice.isEmpty())
        m_batchNotices << file.notice;
    emit changed();
}

void EvidenceListEditor::onBatchFinished(int added, int total, bool cancelled)
{
    Q_UNUSED(added) // files handed over, not files stored: m_batchAdded counts those
    m_progressRow->hide();
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
    if (parts.isEmpty())
        return;
    const QString text = parts.join(u"\n\n"_s);
    const MessageBar::Kind kind = !m_batchProblems.isEmpty()  ? MessageBar::Kind::Error
                                  : !m_batchNotices.isEmpty() ? MessageBar::Kind::Warning
                                                              : MessageBar::Kind::Information;
    m_messageBar->showMessage(kind, text);
    if (kind != MessageBar::Kind::Information)
        emit errorOccurred(text);
}

void EvidenceListEditor::saveItem(qint64 id, const QString& title, const QString& note)
{
    const auto at = std::find_if(m_items.begin(), m_items.end(),
                                 [id](const core::Evidence& e) { return e.id == id; });
    if (at == m_items.end() || !m_store)
        return;
    core::Evidence updated = *at;
    updated.title = title;
    updated.note = note;
    EvidenceItemWidget* row = m_rows.value(id);
    auto saved = m_store->updateEvidence(updated);
    if (!saved) {
        report(
            tr("The changes to “%1” could not be saved. %2").arg(at->title, saved.error().message));
        if (row)
            row->setItem(*at); // show what the file really holds
        return;
    }
    *at = updated;
    if (row)
        row->setItem(updated);
    emit changed();
}

void EvidenceListEditor::removeItem(qint64 id)
{
    const auto at = std::find_if(m_items.begin(), m_items.end(),
                                 [id](const core::Evidence& e) { return e.id == id; });
    if (at == m_items.end() || !m_store || m_readOnly)
        return;
    enum
    {
        Keep,
        Remove
    };
    const QString title = at->title;
    const int choice = MessageBox::ask(
        this, QMessageBox::Question, tr("Remove evidence"),
        tr("Remove “%1” from this case?\n\nIts copy in the case file and its fingerprint are "
           "deleted. The original file on your computer is not touched.")
            .arg(title),
        {{RemoveItem, tr("&Remove"), QMessageBox::DestructiveRole},
         {KeepItem, tr("&Keep"), QMessageBox::RejectRole}},
        KeepItem);
    if (choice != RemoveItem)
        return;
    auto removed = m_store->removeEvidence(id);
    if (!removed) {
        report(tr("“%1” could not be removed. %2").arg(title, removed.error().message));
        return;
    }
    m_items.erase(std::find_if(m_items.begin(), m_items.end(),
                               [id](const core::Evidence& e) { return e.id == id; }));
    if (EvidenceItemWidget* row = m_rows.take(id)) {
        row->hide();
        row->deleteLater(); // we are inside its button's signal
    }
    updateActions();
    emit changed();
}

void EvidenceListEditor::showChatLogDialog(const QString& text)
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
        this);
    m_chatLogDialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal but shown, not exec()'d: the event loop (and a running import) go on.
    m_chatLogDialog->setWindowModality(Qt::WindowModal);
    m_chatLogDialog->show();
}

QString EvidenceListEditor::storeChatLog(const QString& title, const QString& text)
{
    if (!canAdd())
        return tr("Evidence can only be added to a saved case that is open for editing.");
    if (text.trimmed().isEmpty())
        return tr("The chat log is empty. Paste or type the conversation first.");
    // Kept exactly as typed or pasted: it is a record of what was said.
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > MaxFileBytes)
        return tr("The chat log is longer than the %1 limit for one piece of evidence. Split it "
                  "into parts.")
            .arg(QLocale().formattedDataSize(MaxFileBytes));
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

QString EvidenceListEditor::storeItem(core::Evidence item, const QByteArray& bytes)
{
    item.caseId = m_caseId;
    item.size = bytes.size();
    auto id = m_store->addEvidence(item, bytes);
    if (!id)
        return id.error().message;
    // Read back for what the store sets (the time added); the item is stored either way.
    auto stored = m_store->evidenceById(*id);
    if (stored)
        item = *stored;
    else
        item.id = *id;
    m_items.append(item);
    appendItem(item);
    return {};
}

void EvidenceListEditor::report(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    emit errorOccurred(message);
}

} // namespace wc::gui
