// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceDetailsPanel.h"

#include "gui/caseview/CaseText.h"
#include "gui/evidence/EvidenceGalleryModel.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/EvidenceItemWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

const QStringList& kindKeys()
{
    static const QStringList keys{u"screenshot"_s, u"file"_s,      u"chat_log"_s,
                                  u"email"_s,      u"statement"_s, u"other"_s};
    return keys;
}

QString keyName(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

EvidenceDetailsPanel::EvidenceDetailsPanel(EvidenceIntake* intake, QWidget* parent)
    : QWidget(parent), m_intake(intake), m_saveTimer(new QTimer(this))
{
    setObjectName(u"evidenceDetailsPanel"_s);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700); // the note is saved when typing pauses
    connect(m_saveTimer, &QTimer::timeout, this, &EvidenceDetailsPanel::commitEdits);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"viewerTitleLineEdit"_s);
    m_title->setAcceptDrops(false);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"viewerNoteEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What this shows, and why it matters"));
    m_note->installEventFilter(this); // saved when focus leaves
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"viewerKindComboBox"_s);
    for (const QString& key : kindKeys())
        m_kind->addItem(EvidenceGalleryModel::kindText(key), key);
    m_capturedKnown = new QCheckBox(tr("Kno&wn:"), this);
    m_capturedKnown->setObjectName(u"viewerCapturedCheckBox"_s);
    m_capturedKnown->setToolTip(tr("When the screenshot was taken or the document was made, "
                                   "if you know it"));
    m_captured = new DateTimeField(DateTimeField::Kind::DateTime, this);
    m_captured->setObjectName(u"viewerCapturedEdit"_s);
    m_captured->setTimeSpec(Qt::UTC); // the case zone's clock time (CaseText::wallClock)
    auto* capturedRow = new QHBoxLayout;
    capturedRow->addWidget(m_capturedKnown);
    capturedRow->addWidget(m_captured, 1);

    m_facts = new QLabel(this);
    m_facts->setObjectName(u"viewerFactsLabel"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha = new QLabel(this);
    m_sha->setObjectName(u"viewerShaLabel"_s);
    m_sha->setTextFormat(Qt::PlainText);
    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copySha = new QPushButton(tr("Cop&y SHA-256"), this);
    m_copySha->setObjectName(u"viewerCopyShaButton"_s);
    m_copySha->setToolTip(tr("Copy the full fingerprint, to quote it or check the file later"));

    m_saveOriginal = new QPushButton(tr("&Save original as…"), this);
    m_saveOriginal->setObjectName(u"saveOriginalButton"_s);
    m_saveOriginal->setToolTip(tr("Write the file exactly as it was added (%1)")
                                   .arg(keyName(QKeySequence::Save)));
    m_openExternally = new QPushButton(tr("Open with system &viewer"), this);
    m_openExternally->setObjectName(u"openExternallyButton"_s);
    m_openExternally->setToolTip(tr("Open a temporary copy with the program your system uses for "
                                    "this type of file; the copy is removed when WalletCase "
                                    "quits"));
    m_delete = new QPushButton(tr("&Delete…"), this);
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
    auto* shaCaption = new QLabel(tr("SHA-256 fingerprint"), this);
    shaCaption->setToolTip(tr("Recorded when the file was added. If the file is ever changed, "
                              "its fingerprint no longer matches."));
    auto* layout = new QVBoxLayout(this);
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

    connect(m_title, &QLineEdit::editingFinished, this, &EvidenceDetailsPanel::commitEdits);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_populating)
            m_saveTimer->start();
    });
    connect(m_kind, &QComboBox::activated, this, &EvidenceDetailsPanel::commitEdits);
    connect(m_capturedKnown, &QCheckBox::toggled, this, [this](bool known) {
        m_captured->setEnabled(known);
        if (!m_populating)
            commitEdits();
    });
    connect(m_captured, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_populating)
            m_saveTimer->start();
    });
    connect(m_captured, &QDateTimeEdit::editingFinished, this, &EvidenceDetailsPanel::commitEdits);
    connect(m_copySha, &QPushButton::clicked, this, &EvidenceDetailsPanel::copySha);
    connect(m_saveOriginal, &QPushButton::clicked, this,
            &EvidenceDetailsPanel::saveOriginalRequested);
    connect(m_openExternally, &QPushButton::clicked, this, &EvidenceDetailsPanel::openRequested);
    connect(m_delete, &QPushButton::clicked, this, &EvidenceDetailsPanel::deleteRequested);
}

EvidenceDetailsPanel::~EvidenceDetailsPanel()
{
    // Going away with the viewer: what was typed is saved now, and the fields, which finish
    // editing as they lose the focus, no longer call back.
    commitEdits();
    m_title->disconnect(this);
    m_captured->disconnect(this);
    m_note->removeEventFilter(this);
}

void EvidenceDetailsPanel::showItem(const core::Evidence& item)
{
    m_id = item.id;
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
    m_pictureFacts.clear();
    showFacts(item);
    m_populating = false;
}

void EvidenceDetailsPanel::showFacts(const core::Evidence& item)
{
    m_shown = item;
    updateFacts();
}

void EvidenceDetailsPanel::setPictureFacts(const QString& text)
{
    m_pictureFacts = text;
    updateFacts();
}

void EvidenceDetailsPanel::updateFacts()
{
    const core::Evidence& item = m_shown;
    QString facts = tr("File: %1\nType: %2 · %3\nAdded: %4")
                        .arg(QFileInfo(item.fileName).fileName(),
                             item.mimeType.section(u';', 0, 0),
                             CaseText::dataSize(item.size),
                             CaseText::dateTime(item.addedAt, m_intake->timeZone()));
    if (!m_pictureFacts.isEmpty())
        facts += u'\n' + m_pictureFacts;
    m_facts->setText(facts);
    m_sha->setText(EvidenceItemWidget::groupedSha(item.sha256));
    m_sha->setToolTip(item.sha256);
}

void EvidenceDetailsPanel::setItemShown(bool shown)
{
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_note),
                       static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_capturedKnown),
                       static_cast<QWidget*>(m_copySha), static_cast<QWidget*>(m_saveOriginal),
                       static_cast<QWidget*>(m_openExternally), static_cast<QWidget*>(m_delete)})
        w->setEnabled(shown);
}

void EvidenceDetailsPanel::commitEdits()
{
    m_saveTimer->stop();
    const core::Evidence* item = m_intake->item(m_id);
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
        emit errorOccurred(why);
        showItem(before); // show what the file really holds
        return;
    }
    emit saved(updated.title);
}

void EvidenceDetailsPanel::copySha()
{
    if (const core::Evidence* item = m_intake->item(m_id)) {
        QApplication::clipboard()->setText(item->sha256);
        m_copySha->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copySha, [button = m_copySha] {
            button->setText(tr("Cop&y SHA-256"));
        });
    }
}

bool EvidenceDetailsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && watched == m_note)
        commitEdits();
    return QWidget::eventFilter(watched, event);
}

} // namespace wc::gui
