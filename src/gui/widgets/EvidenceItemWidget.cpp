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
#include <QPainter>
#include <QStyleOptionFrame>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr int PreviewSide = 96;
// QLineEdit's own gap between its contents rectangle and the text (qlineedit_p.h).
constexpr int LineEditTextMargin = 2;

// The title field: while the user edits it, an ordinary line edit; otherwise a title too wide
// for the card is drawn elided instead of cut off mid-letter at the right edge, so two long
// names stay apart and a caption reads as one. The text itself (and what screen readers get)
// is always whole; the tooltip then carries it.
class TitleLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

    void setElideMode(Qt::TextElideMode mode)
    {
        m_mode = mode;
        updateToolTip();
    }

    QString shownText() const
    {
        if (hasFocus() || text().isEmpty())
            return text();
        return fontMetrics().elidedText(text(), m_mode, textRect().width());
    }

    void updateToolTip() { setToolTip(shownText() != text() ? text() : QString()); }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        const QString shown = shownText();
        if (shown == text()) {
            QLineEdit::paintEvent(event);
            return;
        }
        QPainter painter(this);
        QStyleOptionFrame panel;
        initStyleOption(&panel);
        style()->drawPrimitive(QStyle::PE_PanelLineEdit, &panel, &painter, this);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                       QPalette::Text));
        painter.drawText(textRect(), Qt::AlignLeft | Qt::AlignVCenter, shown);
    }

    void resizeEvent(QResizeEvent* event) override
    {
        QLineEdit::resizeEvent(event);
        updateToolTip();
    }

    void focusInEvent(QFocusEvent* event) override
    {
        QLineEdit::focusInEvent(event);
        updateToolTip();
        update(); // the whole text, to edit
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        QLineEdit::focusOutEvent(event);
        updateToolTip();
        update();
    }

private:
    // Where QLineEdit draws its text.
    QRect textRect() const
    {
        QStyleOptionFrame panel;
        initStyleOption(&panel);
        const QRect contents = style()->subElementRect(QStyle::SE_LineEditContents, &panel, this)
                                   .marginsRemoved(textMargins());
        return contents.adjusted(LineEditTextMargin, 0, -LineEditTextMargin, 0);
    }

    Qt::TextElideMode m_mode = Qt::ElideRight;
};

// A one-line label that elides its text to whatever width the layout gives it, instead of
// asking the layout for the whole text's width (a long file name would widen the card).
class ElidedLabel : public QLabel
{
public:
    ElidedLabel(Qt::TextElideMode mode, QWidget* parent) : QLabel(parent), m_mode(mode)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    QString shownText() const
    {
        return fontMetrics().elidedText(text(), m_mode, contentsRect().width());
    }

    void setFullText(const QString& text)
    {
        setText(text);
        updateToolTip();
    }

    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        Q_UNUSED(event)
        QPainter painter(this);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                       foregroundRole()));
        painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, shownText());
    }

    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        updateToolTip();
    }

private:
    void updateToolTip() { setToolTip(shownText() != text() ? text() : QString()); }

    Qt::TextElideMode m_mode;
};

} // namespace

bool EvidenceItemWidget::titleIsFileName(const QString& title, const QString& fileName)
{
    if (title.isEmpty() || fileName.isEmpty())
        return false;
    // The importer makes a title of the name without its extension, cut short with "…".
    QString stem = title;
    if (stem.endsWith(u'…'))
        stem.chop(1);
    return fileName.startsWith(stem);
}

Qt::TextElideMode EvidenceItemWidget::titleElideMode(const QString& title, const QString& fileName)
{
    return titleIsFileName(title, fileName) ? Qt::ElideMiddle : Qt::ElideRight;
}

QString EvidenceItemWidget::shownTitle() const
{
    return static_cast<const TitleLineEdit*>(m_titleLineEdit)->shownText();
}

QString EvidenceItemWidget::shownFileName() const
{
    return static_cast<const ElidedLabel*>(m_fileNameLabel)->shownText();
}

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
    : QFrame(parent), m_zone(zone), m_previewLabel(new QLabel(this)),
      m_titleLineEdit(new TitleLineEdit(this)), m_noteLineEdit(new QLineEdit(this)),
      m_fileNameLabel(new ElidedLabel(Qt::ElideMiddle, this)), m_factsLabel(new QLabel(this)),
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

    // The file name has a line of its own: it is what tells two screenshots apart, so it gets
    // the card's whole width before it is shortened (in the middle, keeping number and type).
    m_fileNameLabel->setObjectName(u"fileNameLabel"_s);
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
    grid->addWidget(m_previewLabel, 0, 0, 5, 1, Qt::AlignTop);
    grid->addWidget(m_titleLineEdit, 0, 1, 1, 3);
    grid->addWidget(m_removeButton, 0, 4);
    grid->addWidget(m_noteLineEdit, 1, 1, 1, 4);
    grid->addWidget(m_fileNameLabel, 2, 1, 1, 4);
    grid->addWidget(m_factsLabel, 3, 1, 1, 4);
    grid->addWidget(shaCaption, 4, 1, Qt::AlignTop);
    grid->addWidget(m_shaLabel, 4, 2, Qt::AlignTop);
    grid->addWidget(m_copyShaButton, 4, 3, 1, 2, Qt::AlignLeft | Qt::AlignTop);
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
    static_cast<TitleLineEdit*>(m_titleLineEdit)
        ->setElideMode(titleElideMode(item.title, item.fileName));
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
    static_cast<ElidedLabel*>(m_fileNameLabel)->setFullText(m_item.fileName);
    m_fileNameLabel->setVisible(!m_item.fileName.isEmpty());
    m_factsLabel->setText(tr("%1 · %2 · added %3")
                              .arg(kind, CaseText::dataSize(m_item.size), added));
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
