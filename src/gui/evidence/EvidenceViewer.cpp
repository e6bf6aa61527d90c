// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceViewer.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/evidence/EvidenceDetailsPanel.h"
#include "gui/evidence/EvidenceFiles.h"
#include "gui/evidence/EvidenceImageLoader.h"
#include "gui/evidence/EvidenceImageView.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/MessageBar.h"
#include "store/CaseStore.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QStyle>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Pages of the stage.
enum Page
{
    ImagePage,
    TextPage,
    PlaceholderPage
};

// Longer text is shown cut, with a note; the whole of it is in "Open with system viewer".
constexpr qsizetype MaxTextBytes = 2 * 1024 * 1024;

const QString GeometryKey = u"evidenceViewer/geometry"_s;

bool isText(const core::Evidence& item)
{
    return item.kind == u"chat_log" || item.mimeType.startsWith(u"text/"_s);
}

QToolButton* toolButton(const QString& name, const QString& text, const QString& tip,
                        QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString keyName(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

EvidenceViewer::EvidenceViewer(EvidenceIntake* intake, QWidget* parent)
    : QDialog(parent), m_intake(intake)
{
    setObjectName(u"evidenceViewer"_s);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    buildUi();
    connect(intake, &EvidenceIntake::itemUpdated, this, &EvidenceViewer::onItemUpdated);
    connect(intake, &EvidenceIntake::itemRemoved, this, &EvidenceViewer::onItemRemoved);
    connect(intake, &EvidenceIntake::itemAdded, this, &EvidenceViewer::updateNavigation);
    // Every control passes its keys here first: a tool button would otherwise take ← → to move
    // the focus to its neighbour, and the pages would turn only once the image had been clicked.
    for (QWidget* w : findChildren<QWidget*>())
        w->installEventFilter(this);
    placeOnScreen();
}

EvidenceViewer::~EvidenceViewer()
{
    ++m_generation; // a decode in flight finds nobody waiting
    // QDialog's destructor hides the window, which takes the focus from the title field and
    // makes it finish editing; by then this part of the object is gone. What was typed is
    // saved now, while it still can be, and the panel no longer calls back.
    m_details->commitEdits();
    disconnect(m_details, nullptr, this, nullptr);
}

void EvidenceViewer::buildUi()
{
    m_details = new EvidenceDetailsPanel(m_intake, this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(buildStage());
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({720, 320});
    connect(m_details, &EvidenceDetailsPanel::saved, this,
            [this](const QString& title) { setWindowTitle(tr("%1 – Evidence").arg(title)); });
    connect(m_details, &EvidenceDetailsPanel::errorOccurred, this, &EvidenceViewer::report);
    connect(m_details, &EvidenceDetailsPanel::saveOriginalRequested, this,
            &EvidenceViewer::saveOriginal);
    connect(m_details, &EvidenceDetailsPanel::openRequested, this,
            &EvidenceViewer::openWithSystemViewer);
    connect(m_details, &EvidenceDetailsPanel::deleteRequested, this,
            &EvidenceViewer::deleteCurrent);

    auto* close = new QPushButton(tr("&Close"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"viewerMessageBar"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    const auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::ZoomIn, [this] { m_imageView->zoomIn(); });
    shortcut(QKeySequence(u"Ctrl+="_s), [this] { m_imageView->zoomIn(); });
    shortcut(QKeySequence::ZoomOut, [this] { m_imageView->zoomOut(); });
    shortcut(QKeySequence(u"Ctrl+0"_s), [this] { m_imageView->fitToWindow(); });
    shortcut(QKeySequence(u"Ctrl+1"_s), [this] { m_imageView->actualSize(); });
    shortcut(QKeySequence::Save, &EvidenceViewer::saveOriginal);
}

QWidget* EvidenceViewer::buildStage()
{
    auto* stage = new QWidget(this);
    m_previous = toolButton(u"previousButton"_s, tr("◀ &Previous"),
                            tr("The previous item (%1, %2)")
                                .arg(keyName(Qt::Key_Left), keyName(Qt::Key_PageUp)),
                            stage);
    m_next = toolButton(u"nextButton"_s, tr("&Next ▶"),
                        tr("The next item (%1, %2)")
                            .arg(keyName(Qt::Key_Right), keyName(Qt::Key_PageDown)),
                        stage);
    m_position = new QLabel(stage);
    m_position->setObjectName(u"positionLabel"_s);
    // Signs rather than words: the bar must fit beside the details on a small screen.
    m_zoomOut = toolButton(u"zoomOutButton"_s, u"−"_s,
                           tr("Zoom out (%1)").arg(keyName(QKeySequence::ZoomOut)), stage);
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn = toolButton(u"zoomInButton"_s, u"+"_s,
                          tr("Zoom in (%1)").arg(keyName(QKeySequence::ZoomIn)), stage);
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_fit = toolButton(u"fitButton"_s, tr("&Fit"),
                       tr("Fit the image in the window (%1)").arg(keyName(QKeySequence(u"Ctrl+0"_s))),
                       stage);
    m_fit->setCheckable(true);
    m_actualSize = toolButton(u"actualSizeButton"_s, tr("&Actual size"),
                              tr("Show the image at its real size, one pixel for one pixel (%1)")
                                  .arg(keyName(QKeySequence(u"Ctrl+1"_s))),
                              stage);
    m_zoomLabel = new QLabel(stage);
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"0000 %"_s));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_position);
    bar->addWidget(m_next);
    bar->addStretch(1);
    for (QWidget* w : {static_cast<QWidget*>(m_zoomOut), static_cast<QWidget*>(m_zoomLabel),
                       static_cast<QWidget*>(m_zoomIn), static_cast<QWidget*>(m_fit),
                       static_cast<QWidget*>(m_actualSize)})
        bar->addWidget(w);

    m_stage = new QStackedWidget(stage);
    m_imageView = new EvidenceImageView(m_stage);
    m_textView = new QPlainTextEdit(m_stage);
    m_textView->setObjectName(u"viewerTextView"_s);
    m_textView->setReadOnly(true); // evidence is kept as it came
    m_textView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_placeholderPage = new QWidget(m_stage);
    m_placeholderPage->setObjectName(u"viewerPlaceholder"_s);
    m_placeholderPage->setFocusPolicy(Qt::StrongFocus); // so the arrow keys still turn pages
    m_placeholderIcon = new QLabel(m_placeholderPage);
    m_placeholderIcon->setAlignment(Qt::AlignCenter);
    m_placeholder = new QLabel(m_placeholderPage);
    m_placeholder->setObjectName(u"viewerPlaceholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setMargin(12);
    m_stageOpen = new QPushButton(tr("Open with system viewer"), m_placeholderPage);
    m_stageOpen->setObjectName(u"stageOpenButton"_s);
    m_stageOpen->setAutoDefault(false);
    auto* placeholderLayout = new QVBoxLayout(m_placeholderPage);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholderIcon);
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_stageOpen, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(1);
    connect(m_stageOpen, &QPushButton::clicked, this, &EvidenceViewer::openWithSystemViewer);
    m_stage->insertWidget(ImagePage, m_imageView);
    m_stage->insertWidget(TextPage, m_textView);
    m_stage->insertWidget(PlaceholderPage, m_placeholderPage);
    auto* layout = new QVBoxLayout(stage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stage, 1);

    connect(m_previous, &QToolButton::clicked, this, &EvidenceViewer::previous);
    connect(m_next, &QToolButton::clicked, this, &EvidenceViewer::next);
    connect(m_zoomOut, &QToolButton::clicked, m_imageView, &EvidenceImageView::zoomOut);
    connect(m_zoomIn, &QToolButton::clicked, m_imageView, &EvidenceImageView::zoomIn);
    connect(m_fit, &QToolButton::clicked, m_imageView, &EvidenceImageView::fitToWindow);
    connect(m_actualSize, &QToolButton::clicked, m_imageView, &EvidenceImageView::actualSize);
    connect(m_imageView, &EvidenceImageView::zoomChanged, this, &EvidenceViewer::updateZoomLabel);
    return stage;
}

void EvidenceViewer::placeOnScreen()
{
    const QScreen* screen = parentWidget() ? parentWidget()->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect free = screen ? screen->availableGeometry() : QRect(0, 0, 1040, 720);
    // The window frame is outside the geometry: leave room for a title bar.
    const int frame = style()->pixelMetric(QStyle::PM_TitleBarHeight) + 8;
    const QSize room(free.width(), free.height() - frame);
    const QByteArray saved = AppSettings::open()->value(GeometryKey).toByteArray();
    if (!saved.isEmpty() && restoreGeometry(saved) && room.width() >= width() &&
        room.height() >= height() && free.contains(geometry().center()))
        return;
    const QSize size = QSize(1040, 720).boundedTo((QSizeF(free.size()) * MaxScreenShare).toSize());
    resize(size.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room)));
    move(free.center() - rect().center());
}

void EvidenceViewer::saveGeometrySetting() const
{
    auto settings = AppSettings::open();
    settings->setValue(GeometryKey, saveGeometry());
}

const core::Evidence* EvidenceViewer::current() const
{
    return m_intake->item(m_currentId);
}

int EvidenceViewer::currentRow() const
{
    const QList<core::Evidence>& items = m_intake->items();
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == m_currentId)
            return i;
    }
    return -1;
}

QString EvidenceViewer::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

void EvidenceViewer::showItem(qint64 evidenceId)
{
    const QList<core::Evidence>& items = m_intake->items();
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == evidenceId) {
            showRow(i);
            return;
        }
    }
}

void EvidenceViewer::showRow(int row)
{
    const QList<core::Evidence>& items = m_intake->items();
    if (row < 0 || row >= items.size())
        return;
    if (items.at(row).id == m_currentId)
        return;
    m_details->commitEdits(); // the item being left keeps what was typed
    const core::Evidence item = items.at(row);
    m_currentId = item.id;
    m_lastRow = row;
    m_messageBar->hide();
    setWindowTitle(tr("%1 – Evidence").arg(item.title));
    m_details->showItem(item);
    load(item);
    updateNavigation();
    emit currentChanged(item.id);
}

void EvidenceViewer::next()
{
    showRow(currentRow() + 1);
}

void EvidenceViewer::previous()
{
    showRow(currentRow() - 1);
}

void EvidenceViewer::first()
{
    showRow(0);
}

void EvidenceViewer::last()
{
    showRow(int(m_intake->items().size()) - 1);
}

void EvidenceViewer::load(const core::Evidence& item)
{
    const quint64 generation = ++m_generation;
    m_loading = false;
    m_imageView->setImage({});
    m_textView->clear();
    const bool image = EvidenceIntake::mayHavePreview(item);
    for (QWidget* w : {static_cast<QWidget*>(m_zoomOut), static_cast<QWidget*>(m_zoomIn),
                       static_cast<QWidget*>(m_fit), static_cast<QWidget*>(m_actualSize),
                       static_cast<QWidget*>(m_zoomLabel)})
        w->setVisible(image);
    if (!m_intake->store())
        return;
    auto bytes = m_intake->store()->blobData(item.sha256);
    if (!bytes) {
        showPlaceholder(tr("“%1” could not be read from the case file. %2")
                            .arg(item.title, bytes.error().message),
                        false);
        return;
    }
    if (image) {
        showPlaceholder(tr("Loading “%1”…").arg(item.title), false);
        m_loading = true;
        auto* watcher = new QFutureWatcher<DisplayImage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // the user went on to another item meanwhile
            m_loading = false;
            const DisplayImage decoded = watcher->result();
            if (decoded.image.isNull()) {
                // Kept unchanged, only not shown here: another program may still open it.
                showPlaceholder(decoded.error, true);
                return;
            }
            const bool hadFocus = m_placeholderPage->hasFocus();
            m_stage->setCurrentIndex(ImagePage);
            m_imageView->setImage(decoded.image, decoded.originalSize);
            if (hadFocus)
                m_imageView->setFocus();
            updateZoomLabel();
            const QSize size = decoded.originalSize;
            m_details->setPictureFacts(
                decoded.reduced()
                    ? tr("Image: %1 × %2 pixels (shown from a copy reduced to %3 × %4 to save "
                         "memory; the stored original is whole)")
                          .arg(size.width())
                          .arg(size.height())
                          .arg(decoded.image.width())
                          .arg(decoded.image.height())
                    : tr("Image: %1 × %2 pixels").arg(size.width()).arg(size.height()));
            if (decoded.incomplete)
                m_messageBar->showMessage(
                    MessageBar::Kind::Warning,
                    tr("This image is incomplete: the file was cut short, so part of it is "
                       "missing (shown grey). Add the original again if you have it."));
        });
        watcher->setFuture(QtConcurrent::run(
            [content = std::move(*bytes)] { return EvidenceImageLoader::decode(content); }));
        return;
    }
    if (isText(item)) {
        QByteArray text = std::move(*bytes);
        const bool cut = text.size() > MaxTextBytes;
        if (cut)
            text.truncate(MaxTextBytes);
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString shown = decoder.decode(text);
        if (cut)
            shown += u"\n\n"_s + tr("[Only the first %1 are shown. Open it with the system viewer "
                                    "to see everything.]")
                                     .arg(CaseText::dataSize(MaxTextBytes));
        m_textView->setPlainText(shown);
        m_stage->setCurrentIndex(TextPage);
        return;
    }
    const QString type = item.mimeType.section(u';', 0, 0);
    showPlaceholder(tr("“%1” (%2, %3) cannot be shown here. Open it with the program your "
                       "system uses for it, or save a copy with “Save original as…”.")
                        .arg(QFileInfo(item.fileName).fileName(), type,
                             CaseText::dataSize(item.size)),
                    true);
}

void EvidenceViewer::showPlaceholder(const QString& text, bool openable)
{
    const QStyle::StandardPixmap icon = openable ? QStyle::SP_FileIcon : QStyle::SP_FileDialogInfoView;
    m_placeholderIcon->setPixmap(style()->standardIcon(icon).pixmap(64, 64));
    m_placeholder->setText(text);
    m_stageOpen->setVisible(openable);
    m_stage->setCurrentIndex(PlaceholderPage);
}

void EvidenceViewer::commitEdits()
{
    m_details->commitEdits();
}

void EvidenceViewer::onItemUpdated(const core::Evidence& item)
{
    if (item.id == m_currentId)
        m_details->showFacts(item);
}

void EvidenceViewer::onItemRemoved(qint64 id)
{
    if (id != m_currentId) {
        updateNavigation();
        return;
    }
    m_currentId = 0;
    const int count = int(m_intake->items().size());
    if (count == 0) {
        close();
        return;
    }
    showRow(qMin(m_lastRow, count - 1)); // the one after it, or the new last one
}

void EvidenceViewer::updateNavigation()
{
    const int row = currentRow();
    const int count = int(m_intake->items().size());
    m_position->setText(row < 0 ? QString() : tr("%1 of %2").arg(row + 1).arg(count));
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row >= 0 && row + 1 < count);
    m_details->setItemShown(row >= 0);
}

void EvidenceViewer::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_imageView->zoom() * 100)));
    m_fit->setChecked(m_imageView->isFitToWindow());
}

void EvidenceViewer::saveOriginal()
{
    const core::Evidence* item = current();
    if (!item || !m_intake->store())
        return;
    const core::Evidence copy = *item;
    if (const QString why = EvidenceFiles::saveOriginalAs(this, *m_intake->store(), copy);
        !why.isEmpty())
        report(why);
}

void EvidenceViewer::openWithSystemViewer()
{
    const core::Evidence* item = current();
    if (!item || !m_intake->store())
        return;
    if (const QString why = EvidenceFiles::openWithSystemViewer(*m_intake->store(), *item);
        !why.isEmpty())
        report(why);
}

void EvidenceViewer::deleteCurrent()
{
    if (current())
        m_intake->confirmAndRemove(this, m_currentId);
}

bool EvidenceViewer::handleNavigationKey(int key, bool onStage)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        next();
        return true;
    case Qt::Key_Home:
        first();
        return true;
    case Qt::Key_End:
        last();
        return true;
    case Qt::Key_Delete:
        // Only on the evidence itself: Delete on a button is no request to remove anything.
        if (!onStage)
            return false;
        deleteCurrent();
        return true;
    default:
        return false;
    }
}

bool EvidenceViewer::fieldTakesKey(const QWidget* focus, int key) const
{
    for (const QWidget* w = focus; w && w != this; w = w->parentWidget()) {
        if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w))
            return true; // the title, the capture time: the arrows move the cursor
        if (const auto* edit = qobject_cast<const QPlainTextEdit*>(w); edit && !edit->isReadOnly())
            return true; // the note
        if (const auto* edit = qobject_cast<const QTextEdit*>(w); edit && !edit->isReadOnly())
            return true;
        if (qobject_cast<const QComboBox*>(w))
            return key != Qt::Key_Left && key != Qt::Key_Right; // Page Up/Down pick a kind
    }
    return false;
}

bool EvidenceViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto* widget = static_cast<QWidget*>(watched);
        // Before the control acts on it (a button would move the focus). Not while the user
        // is typing in a field, even for a key the field passes on to its parents.
        const QWidget* focus = QApplication::focusWidget();
        const bool typing = focus && focus->window() == this && fieldTakesKey(focus, key->key());
        if (key->modifiers() == Qt::NoModifier && widget->window() == this && !typing &&
            !fieldTakesKey(widget, key->key()) &&
            handleNavigationKey(key->key(), m_stage->isAncestorOf(widget) || widget == m_stage))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

void EvidenceViewer::keyPressEvent(QKeyEvent* event)
{
    // Keys at the window itself (nothing has the focus) or passed on by a control that did not
    // use them.
    if (event->modifiers() == Qt::NoModifier &&
        !fieldTakesKey(QApplication::focusWidget(), event->key()) &&
        handleNavigationKey(event->key(), false)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void EvidenceViewer::done(int result)
{
    m_details->commitEdits();
    saveGeometrySetting();
    QDialog::done(result);
}

void EvidenceViewer::report(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    emit errorOccurred(message);
}

} // namespace wc::gui
