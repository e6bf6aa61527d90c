// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/EvidenceItemWidget.h"

#include "gui/caseview/CaseText.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr int PreviewSide = 96;
// Room for the file name in the facts line; the whole name is in the tooltip.
constexpr int FileNameWidth = 220;

} // namespace

// The Copy button copies it without the spaces.
QString EvidenceItemWidget::groupedSha(const QString& sha)
{
    QString out;
    for (qsizetype i = 0; i < sha.size(); i += 8) {
        if (i > 0)
            out += i == 32 ? u'\n' : u' ';
        out += sha.mid(i, 8);
    }
    return out;
}

EvidenceItemWidget::EvidenceItemWidget(const core::Evidence& item, const QTimeZone& zone,
                                       QWidget* parent)
    : QFrame(parent), m_zone(zone), m_previewLabel(new QLabel(this)), m_titleLineEdit(new QLineEdit(this)),
      m_noteLineEdit(new QLineEdit(this)), m_factsLabel(new QLabel(this)),
      m_shaLabel(new QLabel(this)), m_copyShaButton(new QToolButton(this)),
      m_removeButton(new QToolButton(this))
{
    setObjectName(u"evidenceItemWidget"_s);
    setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setObjectName(u"previewLabel"_s);
    m_previewLabel->setFixedSize(PreviewSide, PreviewSide);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    m_titleLineEdit->setObjectName(u"titleLineEdit"_s);
    m_titleLineEdit->setPlaceholderText(tr("Title"));
    m_titleLineEdit->setAccessibleName(tr("Title"));
    m_noteLineEdit->setObjectName(u"noteLineEdit"_s);
    m_noteLineEdit->setAccessibleName(tr("Note"));
    // A file dropped on a row is meant for the list, not to be typed into a title as its path.
    m_titleLineEdit->setAcceptDrops(false);
    m_noteLineEdit->setAcceptDrops(false);

    m_factsLabel->setObjectName(u"factsLabel"_s);
    m_factsLabel->setTextFormat(Qt::PlainText);
    m_factsLabel->setWordWrap(true); // a narrow pane wraps it rather than scrolling sideways
    // The fingerprint proves later that the file is unchanged, so it must be easy to copy whole.
    m_shaLabel->setObjectName(u"shaLabel"_s);
    m_shaLabel->setTextFormat(Qt::PlainText);
    m_shaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(qMax(7.0, font().pointSizeF() - 1));
    m_shaLabel->setFont(mono);
    m_copyShaButton->setObjectName(u"copyShaToolButton"_s);
    m_copyShaButton->setText(tr("Copy"));
    m_copyShaButton->setToolTip(tr("Copy the full SHA-256 fingerprint"));
    m_removeButton->setObjectName(u"removeToolButton"_s);
    m_removeButton->setText(tr("Remove…"));
    m_removeButton->setToolTip(tr("Remove this item from the case"));

    auto* shaCaption = new QLabel(tr("SHA-256"), this);
    shaCaption->setToolTip(tr("A fingerprint of the content, recorded when it was added. If the "
                              "file is ever changed, its fingerprint no longer matches."));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->addWidget(m_previewLabel, 0, 0, 4, 1, Qt::AlignTop);
    grid->addWidget(m_titleLineEdit, 0, 1, 1, 3);
    grid->addWidget(m_removeButton, 0, 4);
    grid->addWidget(m_noteLineEdit, 1, 1, 1, 4);
    grid->addWidget(m_factsLabel, 2, 1, 1, 4);
    grid->addWidget(shaCaption, 3, 1, Qt::AlignTop);
    grid->addWidget(m_shaLabel, 3, 2, Qt::AlignTop);
    grid->addWidget(m_copyShaButton, 3, 3, 1, 2, Qt::AlignLeft | Qt::AlignTop);
    grid->setColumnStretch(3, 1);

    connect(m_titleLineEdit, &QLineEdit::editingFinished, this, &EvidenceItemWidget::commit);
    connect(m_noteLineEdit, &QLineEdit::editingFinished, this, &EvidenceItemWidget::commit);
    connect(m_copyShaButton, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_item.sha256);
        m_copyShaButton->setText(tr("Copied"));
        QTimer::singleShot(2000, this, [this] { m_copyShaButton->setText(tr("Copy")); });
    });
    connect(m_removeButton, &QToolButton::clicked, this,
            [this] { emit removeRequested(m_item.id); });

    setItem(item);
    setReadOnly(false);
    setPreview({});
}

void EvidenceItemWidget::setItem(const core::Evidence& item)
{
    m_item = item;
    // Only when it differs: a save after Return must not move the cursor under the user.
    if (m_titleLineEdit->text() != item.title) {
        m_titleLineEdit->setText(item.title);
        m_titleLineEdit->setCursorPosition(0);
    }
    if (m_noteLineEdit->text() != item.note) {
        m_noteLineEdit->setText(item.note);
        m_noteLineEdit->setCursorPosition(0);
    }
    m_noteLineEdit->setVisible(!m_titleLineEdit->isReadOnly() || !item.note.isEmpty());
    showFacts();
}

void EvidenceItemWidget::showFacts()
{
    QString kind;
    if (m_item.kind == u"screenshot")
        kind = tr("Screenshot");
    else if (m_item.kind == u"chat_log")
        kind = tr("Chat log");
    else
        kind = tr("File");
    const QString added = CaseText::dateTime(m_item.addedAt, m_zone);
    const QString name = fontMetrics().elidedText(m_item.fileName, Qt::ElideMiddle, FileNameWidth);
    m_factsLabel->setText(tr("%1 · %2 · %3 · added %4")
                              .arg(kind, name, QLocale().formattedDataSize(m_item.size), added));
    m_factsLabel->setToolTip(m_item.fileName);
    m_shaLabel->setText(groupedSha(m_item.sha256));
    m_shaLabel->setToolTip(m_item.sha256);
}

void EvidenceItemWidget::setPreview(const QImage& image)
{
    m_hasPreview = !image.isNull();
    if (m_hasPreview) {
        m_previewLabel->setPixmap(QPixmap::fromImage(image.scaled(
            QSize(PreviewSide, PreviewSide), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_previewLabel->setToolTip({});
        return;
    }
    const QStyle::StandardPixmap icon =
        m_item.kind == u"chat_log" ? QStyle::SP_FileDialogDetailedView : QStyle::SP_FileIcon;
    m_previewLabel->setPixmap(style()->standardIcon(icon).pixmap(48, 48));
    m_previewLabel->setToolTip(m_item.mimeType.startsWith(u"image/"_s)
                                   ? tr("No preview: this image cannot be shown, but the file is "
                                        "kept unchanged.")
                                   : QString());
}

void EvidenceItemWidget::setReadOnly(bool readOnly)
{
    m_titleLineEdit->setReadOnly(readOnly);
    m_noteLineEdit->setReadOnly(readOnly);
    // Read-only fields look like text, not like boxes waiting for input; an empty note goes.
    QPalette plain;
    if (readOnly)
        plain.setColor(QPalette::Base, Qt::transparent);
    QFont titleFont;
    titleFont.setBold(readOnly);
    m_titleLineEdit->setFont(titleFont);
    for (QLineEdit* edit : {m_titleLineEdit, m_noteLineEdit}) {
        edit->setFrame(!readOnly);
        edit->setPalette(readOnly ? plain : QPalette());
    }
    m_noteLineEdit->setVisible(!readOnly || !m_item.note.isEmpty());
    m_noteLineEdit->setPlaceholderText(readOnly ? QString()
                                                : tr("Note: what this shows, when it was taken"));
    m_removeButton->setVisible(!readOnly);
}

void EvidenceItemWidget::commit()
{
    if (m_titleLineEdit->isReadOnly())
        return;
    const QString title = m_titleLineEdit->text().trimmed();
    const QString note = m_noteLineEdit->text().trimmed();
    if (title.isEmpty()) {
        // Every item needs a name in the letter's evidence list; put the old one back.
        m_titleLineEdit->setText(m_item.title);
        return;
    }
    if (title == m_item.title && note == m_item.note)
        return;
    emit edited(m_item.id, title, note);
}

} // namespace wc::gui
