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
#include <QDragEnterEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

EvidenceListEditor::EvidenceListEditor(QWidget* parent)
    : QWidget(parent), m_language(CaseText::uiLanguage()), m_intake(new EvidenceIntake(this))
{
    buildUi();
    connect(m_intake, &EvidenceIntake::busyChanged, this, &EvidenceListEditor::onBusyChanged);
    connect(m_intake, &EvidenceIntake::progress, this, &EvidenceListEditor::onBatchProgress);
    connect(m_intake, &EvidenceIntake::batchReport, this, &EvidenceListEditor::onBatchReport);
    connect(m_intake, &EvidenceIntake::previewReady, this, &EvidenceListEditor::showPreview);
    connect(m_intake, &EvidenceIntake::problem, this, &EvidenceListEditor::report);
    connect(m_intake, &EvidenceIntake::chatLogOffered, this,
            &EvidenceListEditor::showChatLogDialog);
    connect(m_intake, &EvidenceIntake::itemAdded, this, &EvidenceListEditor::appendItem);
    connect(m_intake, &EvidenceIntake::itemUpdated, this, [this](const core::Evidence& item) {
        if (EvidenceItemWidget* row = m_rows.value(item.id))
            row->setItem(item);
    });
    connect(m_intake, &EvidenceIntake::itemRemoved, this, &EvidenceListEditor::removeRow);
    connect(m_intake, &EvidenceIntake::changed, this, &EvidenceListEditor::changed);
    updateActions();
}

EvidenceListEditor::~EvidenceListEditor()
{
    // The intake outlives this part of the object for a moment; nothing may reach us then.
    m_intake->disconnect(this);
}

void EvidenceListEditor::buildUi()
{
    setAcceptDrops(true);

    m_addButtons = new QWidget(this);
    const auto [addFiles, paste, chatLog] =
        EvidenceIntake::makeAddButtons(m_addButtons, tr("Add &files…"));
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
    const bool sameCase = store && store == m_intake->store() && caseId == m_intake->caseId();
    if (!sameCase) {
        m_messageBar->hide();
        m_intake->closeChatLogDialog();
    }
    m_intake->setCase(store, caseId);
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
    if (readOnly)
        m_intake->closeChatLogDialog();
    updateActions();
}

int EvidenceListEditor::count() const
{
    return int(m_intake->items().size());
}

bool EvidenceListEditor::isBusy() const
{
    return m_intake->isBusy();
}

QString EvidenceListEditor::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

bool EvidenceListEditor::canAdd() const
{
    return m_intake->hasCase() && !m_readOnly;
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
    if (const QString why = m_intake->reload(); !why.isEmpty())
        report(why);
    showItems();
}

void EvidenceListEditor::showItems()
{
    for (EvidenceItemWidget* row : std::as_const(m_rows)) {
        // Later: this may run inside a row's own signal.
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    for (const core::Evidence& item : m_intake->items())
        appendItem(item);
    updateActions();
}

void EvidenceListEditor::appendItem(const core::Evidence& item)
{
    auto* row = new EvidenceItemWidget(item, m_intake->timeZone(), m_rowsLayout->parentWidget());
    row->setReadOnly(m_readOnly);
    connect(row, &EvidenceItemWidget::edited, this, &EvidenceListEditor::saveItem);
    connect(row, &EvidenceItemWidget::removeRequested, this, &EvidenceListEditor::removeItem);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // above the stretch
    m_rows.insert(item.id, row);
    if (auto cached = m_intake->preview(item))
        row->setPreview(*cached);
    updateActions();
}

void EvidenceListEditor::removeRow(qint64 id)
{
    if (EvidenceItemWidget* row = m_rows.take(id)) {
        row->hide();
        row->deleteLater(); // we may be inside its button's signal
    }
    updateActions();
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
    m_intake->addFiles(paths);
}

void EvidenceListEditor::chooseFiles()
{
    if (!canAdd())
        return;
    addFiles(FileDialog::openFileNames(this, tr("Add evidence"), EvidenceIntake::fileDialogFilter()));
}

void EvidenceListEditor::pasteFromClipboard()
{
    if (!canAdd())
        return;
    m_intake->addMimeData(QGuiApplication::clipboard()->mimeData(), true);
}

void EvidenceListEditor::addChatLog()
{
    if (canAdd())
        showChatLogDialog({});
}

bool EvidenceListEditor::addChatLogText(const QString& title, const QString& text)
{
    const QString why = canAdd()
                            ? m_intake->storeChatLog(title, text)
                            : tr("Evidence can only be added to a saved case that is open for "
                                 "editing.");
    if (!why.isEmpty()) {
        report(why);
        return false;
    }
    return true;
}

void EvidenceListEditor::cancelImport()
{
    m_intake->cancel();
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
    m_intake->addMimeData(event->mimeData(), false);
}

void EvidenceListEditor::setDropHighlight(bool on)
{
    m_listFrame->setStyleSheet(
        on ? u"#evidenceScrollArea { border: 2px dashed palette(highlight); }"_s : QString());
}

void EvidenceListEditor::onBusyChanged(bool busy)
{
    if (busy) {
        // A new batch: its report replaces the last one.
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
    m_progressLabel->setText(EvidenceIntake::progressText(done, total));
}

void EvidenceListEditor::onBatchReport(MessageBar::Kind kind, const QString& text)
{
    m_progressRow->hide();
    if (text.isEmpty())
        return;
    m_messageBar->showMessage(kind, text);
    if (kind != MessageBar::Kind::Information)
        emit errorOccurred(text);
}

void EvidenceListEditor::saveItem(qint64 id, const QString& title, const QString& note)
{
    const core::Evidence* current = m_intake->item(id);
    if (!current)
        return;
    core::Evidence updated = *current;
    updated.title = title;
    updated.note = note;
    if (const QString why = m_intake->save(updated); !why.isEmpty()) {
        report(why);
        if (EvidenceItemWidget* row = m_rows.value(id))
            row->setItem(*current); // show what the file really holds
    }
}

void EvidenceListEditor::removeItem(qint64 id)
{
    if (!m_readOnly)
        m_intake->confirmAndRemove(this, id);
}

void EvidenceListEditor::showChatLogDialog(const QString& text)
{
    m_intake->showChatLogDialog(this, text);
}

void EvidenceListEditor::report(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    emit errorOccurred(message);
}

} // namespace wc::gui
