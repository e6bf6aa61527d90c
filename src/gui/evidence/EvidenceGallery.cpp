// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceGallery.h"

#include "gui/evidence/EvidenceFiles.h"
#include "gui/evidence/EvidenceGalleryDelegate.h"
#include "gui/evidence/EvidenceGalleryModel.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/widgets/ChatLogDialog.h"
#include "gui/widgets/EvidenceImporter.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/MessageBox.h"
#include "store/CaseStore.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

EvidenceGallery::EvidenceGallery(QWidget* parent)
    : QWidget(parent), m_intake(new EvidenceIntake(this)),
      m_model(new EvidenceGalleryModel(m_intake, this))
{
    setObjectName(u"evidenceGallery"_s);
    buildUi();
    connect(m_intake, &EvidenceIntake::busyChanged, this, &EvidenceGallery::onBusyChanged);
    connect(m_intake, &EvidenceIntake::progress, this, &EvidenceGallery::onBatchProgress);
    connect(m_intake, &EvidenceIntake::batchReport, this, &EvidenceGallery::onBatchReport);
    connect(m_intake, &EvidenceIntake::problem, this, &EvidenceGallery::report);
    connect(m_intake, &EvidenceIntake::chatLogOffered, this, &EvidenceGallery::showChatLogDialog);
    connect(m_intake, &EvidenceIntake::changed, this, &EvidenceGallery::changed);
    connect(m_intake, &EvidenceIntake::itemAdded, this, [this](const core::Evidence& item) {
        selectItem(item.id); // what was just added is what the user looks for
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EvidenceGallery::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EvidenceGallery::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidenceGallery::updateActions);
    updateActions();
}

EvidenceGallery::~EvidenceGallery()
{
    // The intake outlives this part of the object for a moment; nothing may reach us then.
    m_intake->disconnect(this);
    delete m_viewer; // it uses the intake
}

void EvidenceGallery::buildUi()
{
    setAcceptDrops(true);

    m_addButtons = new QWidget(this);
    const auto [addFiles, paste, chatLog] =
        EvidenceIntake::makeAddButtons(m_addButtons, tr("&Add files…"));
    // What adds evidence above the gallery, what acts on the selected item below it: the seven
    // buttons in one row made the Evidence tab 690 px wide at the least, and since the case
    // view is as wide as its widest tab, the case list lost its columns once it was opened.
    m_itemButtons = new QWidget(this);
    m_itemButtons->setObjectName(u"evidenceItemButtons"_s);
    m_viewButton = new QPushButton(tr("Vie&w"), m_itemButtons);
    m_viewButton->setObjectName(u"viewEvidenceButton"_s);
    m_viewButton->setToolTip(tr("Look at the selected item large, edit its title and note "
                                "(Enter or double-click)"));
    m_saveButton = new QPushButton(tr("&Save original as…"), m_itemButtons);
    m_saveButton->setObjectName(u"saveOriginalButton"_s);
    m_saveButton->setToolTip(tr("Write the selected file exactly as it was added"));
    m_openButton = new QPushButton(tr("Open e&xternally"), m_itemButtons);
    m_openButton->setObjectName(u"openExternallyButton"_s);
    m_openButton->setToolTip(tr("Open a temporary copy with the program your system uses for "
                                "this type of file"));
    m_deleteButton = new QPushButton(tr("&Delete…"), m_itemButtons);
    m_deleteButton->setObjectName(u"deleteEvidenceButton"_s);
    m_deleteButton->setToolTip(tr("Remove the selected item from the case (Del)"));
    auto* buttons = new QHBoxLayout(m_addButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {addFiles, paste, chatLog})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* itemButtons = new QHBoxLayout(m_itemButtons);
    itemButtons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_viewButton, m_saveButton, m_openButton, m_deleteButton})
        itemButtons->addWidget(b);
    itemButtons->addStretch(1);
    connect(addFiles, &QPushButton::clicked, this, &EvidenceGallery::chooseFiles);
    connect(paste, &QPushButton::clicked, this, &EvidenceGallery::pasteFromClipboard);
    connect(chatLog, &QPushButton::clicked, this, &EvidenceGallery::addChatLog);
    connect(m_viewButton, &QPushButton::clicked, this, &EvidenceGallery::viewSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &EvidenceGallery::saveSelected);
    connect(m_openButton, &QPushButton::clicked, this, &EvidenceGallery::openSelectedExternally);
    connect(m_deleteButton, &QPushButton::clicked, this, &EvidenceGallery::deleteSelected);

    // A text field with focus keeps Ctrl+V for itself; anywhere else in the gallery it adds.
    m_pasteShortcut = new QShortcut(QKeySequence::Paste, this);
    m_pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pasteShortcut, &QShortcut::activated, this, &EvidenceGallery::pasteFromClipboard);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(u"importProgressLabel"_s);
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(u"importProgressBar"_s);
    m_progressBar->setTextVisible(false);
    auto* cancel = new QPushButton(tr("Cancel"), m_progressRow);
    cancel->setObjectName(u"cancelImportButton"_s);
    cancel->setToolTip(tr("Stop adding files; the ones already added stay"));
    auto* progress = new QHBoxLayout(m_progressRow);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progressBar, 1);
    progress->addWidget(cancel);
    m_progressRow->hide();
    connect(cancel, &QPushButton::clicked, this, &EvidenceGallery::cancelImport);

    m_messageBar = new MessageBar(this);

    m_view = new QListView(this);
    m_view->setObjectName(u"evidenceListView"_s);
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(6);
    m_view->setWrapping(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Drops belong to the gallery as a whole (the view would take them for moving tiles).
    m_view->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_view->setDragEnabled(false);
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setItemDelegate(new EvidenceGalleryDelegate(m_view));
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_view->setAccessibleName(tr("Evidence"));
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex& index) {
                viewItem(index.data(EvidenceGalleryModel::EvidenceIdRole).toLongLong());
            });
    connect(m_view, &QListView::customContextMenuRequested, this,
            &EvidenceGallery::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvidenceGallery::updateActions);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"evidenceEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"evidenceStack"_s);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_addButtons);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_itemButtons);
}

void EvidenceGallery::setCase(core::CaseStore* store, qint64 caseId)
{
    const bool sameCase = store && store == m_intake->store() && caseId == m_intake->caseId();
    if (!sameCase) {
        m_messageBar->hide();
        m_intake->closeChatLogDialog();
        if (m_viewer)
            m_viewer->close();
    }
    m_intake->setCase(store, caseId);
    reload();
}

EvidenceViewer* EvidenceGallery::viewer() const
{
    return m_viewer;
}

qint64 EvidenceGallery::caseId() const
{
    return m_intake->caseId();
}

int EvidenceGallery::count() const
{
    return m_model->rowCount();
}

bool EvidenceGallery::isBusy() const
{
    return m_intake->isBusy();
}

QString EvidenceGallery::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

qint64 EvidenceGallery::selectedId() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? 0
                              : selected.first().data(EvidenceGalleryModel::EvidenceIdRole)
                                    .toLongLong();
}

void EvidenceGallery::selectItem(qint64 evidenceId)
{
    const int row = m_model->rowOf(evidenceId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void EvidenceGallery::reload()
{
    const qint64 selected = selectedId();
    const QString why = m_intake->reload();
    m_model->resetFromIntake();
    if (!why.isEmpty())
        report(why);
    if (selected)
        selectItem(selected);
    updateActions();
}

void EvidenceGallery::updateActions()
{
    const bool editable = m_intake->hasCase();
    const bool selected = selectedId() != 0;
    m_addButtons->setEnabled(editable);
    for (QPushButton* b : {m_viewButton, m_saveButton, m_openButton, m_deleteButton})
        b->setEnabled(selected);
    m_pasteShortcut->setEnabled(editable);
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_view);
    const QString pasteKey = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    m_emptyLabel->setText(!editable ? tr("Choose a case to see its evidence.")
                                    : tr("No evidence yet. Add screenshots or files, paste a "
                                         "screenshot (%1), or drop files here.")
                                          .arg(pasteKey));
}

void EvidenceGallery::addFiles(const QStringList& paths)
{
    m_intake->addFiles(paths);
}

void EvidenceGallery::chooseFiles()
{
    if (!m_intake->hasCase())
        return;
    addFiles(FileDialog::openFileNames(this, tr("Add evidence"), EvidenceIntake::fileDialogFilter()));
}

void EvidenceGallery::pasteFromClipboard()
{
    if (m_intake->hasCase())
        m_intake->addMimeData(QGuiApplication::clipboard()->mimeData(), true);
}

void EvidenceGallery::addChatLog()
{
    if (m_intake->hasCase())
        showChatLogDialog({});
}

void EvidenceGallery::cancelImport()
{
    m_intake->cancel();
}

void EvidenceGallery::showChatLogDialog(const QString& text)
{
    m_intake->showChatLogDialog(this, text);
}

void EvidenceGallery::viewSelected()
{
    viewItem(selectedId());
}

void EvidenceGallery::viewItem(qint64 evidenceId)
{
    if (!evidenceId || !m_intake->item(evidenceId))
        return;
    if (!m_viewer) {
        m_viewer = new EvidenceViewer(m_intake, this);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        // The gallery follows the viewer, so closing it leaves the last item seen selected.
        connect(m_viewer, &EvidenceViewer::currentChanged, this, &EvidenceGallery::selectItem);
    }
    m_viewer->showItem(evidenceId);
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

void EvidenceGallery::saveSelected()
{
    const core::Evidence* item = m_intake->item(selectedId());
    if (!item || !m_intake->store())
        return;
    const core::Evidence copy = *item;
    if (const QString why = EvidenceFiles::saveOriginalAs(this, *m_intake->store(), copy);
        !why.isEmpty())
        report(why);
}

void EvidenceGallery::openSelectedExternally()
{
    const core::Evidence* item = m_intake->item(selectedId());
    if (!item || !m_intake->store())
        return;
    if (const QString why = EvidenceFiles::openWithSystemViewer(*m_intake->store(), *item);
        !why.isEmpty())
        report(why);
}

void EvidenceGallery::deleteSelected()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (id && m_intake->confirmAndRemove(this, id) && m_model->rowCount() > 0) {
        // Its neighbour takes its place, so Delete can be pressed again.
        const QModelIndex next = m_model->index(qMin(row, m_model->rowCount() - 1));
        m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    }
}

void EvidenceGallery::showContextMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    menu.addAction(tr("Vie&w"), this, &EvidenceGallery::viewSelected);
    menu.addAction(tr("&Save original as…"), this, &EvidenceGallery::saveSelected);
    menu.addAction(tr("Open e&xternally"), this, &EvidenceGallery::openSelectedExternally);
    menu.addAction(tr("Copy S&HA-256"), this, [this] {
        if (const core::Evidence* item = m_intake->item(selectedId()))
            QGuiApplication::clipboard()->setText(item->sha256);
    });
    menu.addSeparator();
    menu.addAction(tr("&Delete…"), this, &EvidenceGallery::deleteSelected);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

bool EvidenceGallery::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EvidenceGallery::dragEnterEvent(QDragEnterEvent* event)
{
    // Text dragged out of one of our own fields is not new evidence.
    const auto* source = qobject_cast<const QWidget*>(event->source());
    const bool ours = source && (source == this || isAncestorOf(source));
    if (m_intake->hasCase() && !ours && EvidenceImporter::offersContent(event->mimeData())) {
        event->acceptProposedAction();
        setDropHighlight(true);
    } else {
        event->ignore();
    }
}

void EvidenceGallery::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_intake->hasCase() && EvidenceImporter::offersContent(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void EvidenceGallery::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void EvidenceGallery::dropEvent(QDropEvent* event)
{
    setDropHighlight(false);
    if (!m_intake->hasCase() || !EvidenceImporter::offersContent(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_intake->addMimeData(event->mimeData(), false);
}

void EvidenceGallery::setDropHighlight(bool on)
{
    m_stack->setStyleSheet(
        on ? u"#evidenceStack { border: 2px dashed palette(highlight); }"_s : QString());
}

void EvidenceGallery::onBusyChanged(bool busy)
{
    if (busy) {
        m_messageBar->hide(); // a new batch: its report replaces the last one
        m_progressBar->setRange(0, 0);
    }
    m_progressRow->setVisible(busy);
}

void EvidenceGallery::onBatchProgress(int done, int total)
{
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    m_progressLabel->setText(EvidenceIntake::progressText(done, total));
}

void EvidenceGallery::onBatchReport(MessageBar::Kind kind, const QString& text)
{
    m_progressRow->hide();
    if (text.isEmpty())
        return;
    m_messageBar->showMessage(kind, text);
}

void EvidenceGallery::report(const QString& message)
{
    // Shown here only, beside what it is about: passed up as well, it stood a second time in
    // the window's banner and stayed there after the tab's own message was gone.
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
}

} // namespace wc::gui
