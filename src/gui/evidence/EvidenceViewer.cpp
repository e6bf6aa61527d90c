// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceViewer.h"

#include "gui/caseview/CaseText.h"
#include "gui/evidence/EvidenceFiles.h"
#include "gui/evidence/EvidenceGalleryModel.h"
#include "gui/evidence/EvidenceImageView.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/EvidenceItemWidget.h"
#include "gui/widgets/MessageBar.h"
#include "report/Thumbnails.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStringDecoder>
#include <QTimer>
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

const QStringList& kindKeys()
{
    static const QStringList keys{u"screenshot"_s, u"file"_s,      u"chat_log"_s,
                                  u"email"_s,      u"statement"_s, u"other"_s};
    return keys;
}

bool isText(const core::Evidence& item)
{
    return item.kind == u"chat_log" || item.mimeType.startsWith(u"text/"_s);
}

struct Decoded
{
    QImage image;
    QString error;
};

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
    : QDialog(parent), m_intake(intake), m_saveTimer(new QTimer(this))
{
    setObjectName(u"evidenceViewer"_s);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700); // the note is saved when typing pauses
    connect(m_saveTimer, &QTimer::timeout, this, &EvidenceViewer::commitEdits);
    buildUi();
    connect(intake, &EvidenceIntake::itemUpdated, this, &EvidenceViewer::onItemUpdated);
    connect(intake, &EvidenceIntake::itemRemoved, this, &EvidenceViewer::onItemRemoved);
    connect(intake, &EvidenceIntake::itemAdded, this, &EvidenceViewer::updateNavigation);
    resize(1040, 720);
}

EvidenceViewer::~EvidenceViewer()
{
    ++m_generation; // a decode in flight finds nobody waiting
    // QDialog's destructor hides the window, which takes the focus from the title field and
    // makes it finish editing; by then this part of the object is gone. What was typed is
    // saved now, while it still can be, and the fields no longer call back.
    commitEdits();
    m_title->disconnect(this);
    m_captured->disconnect(this);
    m_note->removeEventFilter(this);
}

void EvidenceViewer::buildUi()
{
    auto* splitter = new QSplitter(this);
    splitter->addWidget(buildStage());
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({720, 320});

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
    m_zoomOut = toolButton(u"zoomOutButton"_s, tr("Zoom o&ut"),
                           tr("Zoom out (%1)").arg(keyName(QKeySequence::ZoomOut)), stage);
    m_zoomIn = toolButton(u"zoomInButton"_s, tr("Zoom &in"),
                          tr("Zoom in (%1)").arg(keyName(QKeySequence::ZoomIn)), stage);
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
    for (QWidget* w : {static_cast<QWidget*>(m_imageView), static_cast<QWidget*>(m_textView),
                       m_placeholderPage})
        w->installEventFilter(this);

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

QWidget* EvidenceViewer::buildSidePanel()
{
    auto* panel = new QWidget(this);
    m_title = new QLineEdit(panel);
    m_title->setObjectName(u"viewerTitleLineEdit"_s);
    m_title->setAcceptDrops(false);
    m_note = new QPlainTextEdit(panel);
    m_note->setObjectName(u"viewerNoteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What this shows, and why it matters"));
    m_note->installEventFilter(this); // saved when focus leaves
    m_kind = new QComboBox(panel);
    m_kind->setObjectName(u"viewerKindComboBox"_s);
    for (const QString& key : kindKeys())
        m_kind->addItem(EvidenceGalleryModel::kindText(key), key);
    m_capturedKnown = new QCheckBox(tr("Kno&wn:"), panel);
    m_capturedKnown->setObjectName(u"viewerCapturedCheckBox"_s);
    m_capturedKnown->setToolTip(tr("When the screenshot was taken or the document was made, "
                                   "if you know it"));
    m_captured = new QDateTimeEdit(panel);
    m_captured->setObjectName(u"viewerCapturedEdit"_s);
    m_captured->setCalendarPopup(true);
    m_captured->setTimeSpec(Qt::UTC); // the case zone's clock time (CaseText::wallClock)
    m_captured->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    auto* capturedRow = new QHBoxLayout;
    capturedRow->addWidget(m_capturedKnown);
    capturedRow->addWidget(m_captured, 1);

    m_facts = new QLabel(panel);
    m_facts->setObjectName(u"viewerFactsLabel"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha = new QLabel(panel);
    m_sha->setObjectName(u"viewerShaLabel"_s);
    m_sha->setTextFormat(Qt::PlainText);
    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copySha = new QPushButton(tr("Cop&y SHA-256"), panel);
    m_copySha->setObjectName(u"viewerCopyShaButton"_s);
    m_copySha->setToolTip(tr("Copy the full fingerprint, to quote it or check the file later"));

    m_saveOriginal = new QPushButton(tr("&Save original as…"), panel);
    m_saveOriginal->setObjectName(u"saveOriginalButton"_s);
    m_saveOriginal->setToolTip(tr("Write the file exactly as it was added (%1)")
                                   .arg(keyName(QKeySequence::Save)));
    m_openExternally = new QPushButton(tr("Open with system &viewer"), panel);
    m_openExternally->setObjectName(u"openExternallyButton"_s);
    m_openExternally->setToolTip(tr("Open a temporary copy with the program your system uses for "
                                    "this type of file; the copy is removed when WalletCase "
                                    "quits"));
    m_delete = new QPushButton(tr("&Delete…"), panel);
    m_delete->setObjectName(u"deleteEvidenceButton"_s);
    for (QPushButton* b : {m_copySha, m_saveOriginal, m_openExternally, m_delete})
        b->setAutoDefault(false); // Return in the title saves it, it does not press a button

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("&Kind:"), m_kind);
    // The check box carries the mnemonic: a label of a layout cannot have a buddy.
    form->addRow(tr("Captured:"), capturedRow);
    auto* shaCaption = new QLabel(tr("SHA-256 fingerprint"), panel);
    shaCaption->setToolTip(tr("Recorded when the file was added. If the file is ever changed, "
                              "its fingerprint no longer matches."));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_facts);
    layout->addSpacing(6);
    layout->addWidget(shaCaption);
    layout->addWidget(m_sha);
    layout->addWidget(m_copySha, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(m_saveOriginal);
    layout->addWidget(m_openExternally);
    layout->addWidget(m_delete);

    connect(m_title, &QLineEdit::editingFinished, this, &EvidenceViewer::commitEdits);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_populating)
            m_saveTimer->start();
    });
    connect(m_kind, &QComboBox::activated, this, &EvidenceViewer::commitEdits);
    connect(m_capturedKnown, &QCheckBox::toggled, this, [this](bool known) {
        m_captured->setEnabled(known);
        if (!m_populating)
            commitEdits();
    });
    connect(m_captured, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_populating)
            m_saveTimer->start();
    });
    connect(m_captured, &QDateTimeEdit::editingFinished, this, &EvidenceViewer::commitEdits);
    connect(m_copySha, &QPushButton::clicked, this, &EvidenceViewer::copySha);
    connect(m_saveOriginal, &QPushButton::clicked, this, &EvidenceViewer::saveOriginal);
    connect(m_openExternally, &QPushButton::clicked, this, &EvidenceViewer::openWithSystemViewer);
    connect(m_delete, &QPushButton::clicked, this, &EvidenceViewer::deleteCurrent);
    return panel;
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
    commitEdits(); // the item being left keeps what was typed
    const core::Evidence item = items.at(row);
    m_currentId = item.id;
    m_lastRow = row;
    m_messageBar->hide();
    setWindowTitle(tr("%1 – Evidence").arg(item.title));
    showFields(item);
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
        auto* watcher = new QFutureWatcher<Decoded>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // the user went on to another item meanwhile
            m_loading = false;
            const Decoded decoded = watcher->result();
            if (decoded.image.isNull()) {
                // Kept unchanged, only not shown here: another program may still open it.
                showPlaceholder(decoded.error, true);
                return;
            }
            const bool hadFocus = m_placeholderPage->hasFocus();
            m_stage->setCurrentIndex(ImagePage);
            m_imageView->setImage(decoded.image);
            if (hadFocus)
                m_imageView->setFocus();
            updateZoomLabel();
        });
        // Bounded like every preview: an absurd header is refused with a message, not decoded.
        watcher->setFuture(QtConcurrent::run([content = std::move(*bytes)] {
            auto made = report::Thumbnails::make(content, QSize(1 << 16, 1 << 16));
            return made ? Decoded{*made, {}} : Decoded{{}, made.error().message};
        }));
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
                                     .arg(QLocale().formattedDataSize(MaxTextBytes));
        m_textView->setPlainText(shown);
        m_stage->setCurrentIndex(TextPage);
        return;
    }
    const QString type = item.mimeType.section(u';', 0, 0);
    showPlaceholder(tr("“%1” (%2, %3) cannot be shown here. Open it with the program your "
                       "system uses for it, or save a copy with “Save original as…”.")
                        .arg(QFileInfo(item.fileName).fileName(), type,
                             QLocale().formattedDataSize(item.size)),
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

void EvidenceViewer::showFields(const core::Evidence& item)
{
    m_populating = true;
    m_saveTimer->stop();
    m_title->setText(item.title);
    m_title->setCursorPosition(0);
    m_note->setPlainText(item.note);
    const int kind = m_kind->findData(item.kind);
    if (kind < 0)
        m_kind->addItem(item.kind, item.kind); // a kind this version does not name: keep it
    m_kind->setCurrentIndex(m_kind->findData(item.kind));
    m_capturedKnown->setChecked(item.capturedAt.has_value());
    m_captured->setEnabled(item.capturedAt.has_value());
    m_captured->setDateTime(
        CaseText::wallClock(item.capturedAt.value_or(item.addedAt), m_intake->timeZone()));
    showFacts(item);
    m_populating = false;
}

void EvidenceViewer::showFacts(const core::Evidence& item)
{
    m_facts->setText(tr("File: %1\nType: %2 · %3\nAdded: %4")
                         .arg(QFileInfo(item.fileName).fileName(),
                              item.mimeType.section(u';', 0, 0),
                              QLocale().formattedDataSize(item.size),
                              CaseText::dateTime(item.addedAt, m_intake->timeZone())));
    m_sha->setText(EvidenceItemWidget::groupedSha(item.sha256));
    m_sha->setToolTip(item.sha256);
}

void EvidenceViewer::commitEdits()
{
    m_saveTimer->stop();
    const core::Evidence* item = current();
    if (!item || m_populating)
        return;
    core::Evidence updated = *item;
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        // Every item needs a name in the letter's evidence list; put the old one back.
        m_title->setText(item->title);
    } else {
        updated.title = title;
    }
    updated.note = m_note->toPlainText().trimmed();
    updated.kind = m_kind->currentData().toString();
    updated.capturedAt = m_capturedKnown->isChecked()
                             ? std::optional<qint64>(CaseText::fromWallClock(
                                   m_captured->dateTime(), m_intake->timeZone()))
                             : std::nullopt;
    if (updated.title == item->title && updated.note == item->note && updated.kind == item->kind &&
        updated.capturedAt == item->capturedAt)
        return;
    const core::Evidence before = *item;
    if (const QString why = m_intake->save(updated); !why.isEmpty()) {
        report(why);
        showFields(before); // show what the file really holds
        return;
    }
    setWindowTitle(tr("%1 – Evidence").arg(updated.title));
}

void EvidenceViewer::onItemUpdated(const core::Evidence& item)
{
    if (item.id == m_currentId)
        showFacts(item);
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
    const bool any = row >= 0;
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_note),
                       static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_capturedKnown),
                       static_cast<QWidget*>(m_copySha), static_cast<QWidget*>(m_saveOriginal),
                       static_cast<QWidget*>(m_openExternally), static_cast<QWidget*>(m_delete)})
        w->setEnabled(any);
}

void EvidenceViewer::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_imageView->zoom() * 100)));
    m_fit->setChecked(m_imageView->isFitToWindow());
}

void EvidenceViewer::copySha()
{
    if (const core::Evidence* item = current()) {
        QApplication::clipboard()->setText(item->sha256);
        m_copySha->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copySha, [button = m_copySha] {
            button->setText(tr("Cop&y SHA-256"));
        });
    }
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

bool EvidenceViewer::handleNavigationKey(int key)
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
        deleteCurrent();
        return true;
    default:
        return false;
    }
}

bool EvidenceViewer::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && watched == m_note)
        commitEdits();
    if (event->type() == QEvent::KeyPress && watched != m_note) {
        // On the image, the text or the placeholder the arrows turn pages (Up and Down
        // still scroll); in the edit fields they move the cursor.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && handleNavigationKey(key->key()))
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

void EvidenceViewer::keyPressEvent(QKeyEvent* event)
{
    // Keys no field took (Page Up/Down from a button, say).
    if (event->modifiers() == Qt::NoModifier && event->key() != Qt::Key_Delete &&
        handleNavigationKey(event->key())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void EvidenceViewer::done(int result)
{
    commitEdits();
    QDialog::done(result);
}

void EvidenceViewer::report(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    emit errorOccurred(message);
}

} // namespace wc::gui
