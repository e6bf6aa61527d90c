// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseLettersView.h"

#include "gui/caseview/CaseText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr char LetterIdProperty[] = "letterId";

} // namespace

CaseLettersView::CaseLettersView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_noLetters = new QLabel(tr("No letter has been written for this case yet."), this);
    m_noLetters->setObjectName(u"noLettersLabel"_s);
    m_noLetters->setWordWrap(true);
    layout->addWidget(m_noLetters);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"lettersTabWidget"_s);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    setLetters({});
}

int CaseLettersView::count() const
{
    return m_tabs->count();
}

QString CaseLettersView::statusText(const core::Letter& letter)
{
    if (letter.status != u"sent")
        return CaseText::letterStatus(letter.status);
    QString text = letter.sentAt ? tr("Sent %1").arg(CaseText::dateTime(*letter.sentAt))
                                 : CaseText::letterStatus(letter.status);
    if (!letter.channel.isEmpty())
        text = tr("%1 by %2", "sent <when> by <channel>")
                   .arg(text, CaseText::contactChannel(letter.channel).toLower());
    if (!letter.reference.trimmed().isEmpty())
        text = tr("%1, reference %2", "sent …, reference <number>")
                   .arg(text, letter.reference.trimmed());
    return text;
}

QWidget* CaseLettersView::letterPage(const core::Letter& letter)
{
    auto* page = new QWidget;
    page->setProperty(LetterIdProperty, letter.id);
    auto* layout = new QVBoxLayout(page);
    auto* info = new QLabel(tr("%1 · %2 · %3", "letter kind · language · status")
                                .arg(CaseText::letterKind(letter.kind),
                                     CaseText::languageName(letter.language), statusText(letter)),
                            page);
    info->setObjectName(u"letterInfoLabel"_s);
    info->setTextFormat(Qt::PlainText);
    info->setWordWrap(true);
    info->setMinimumWidth(1);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(info);

    auto* text = new QPlainTextEdit(page);
    text->setObjectName(u"letterTextEdit"_s);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setAccessibleName(tr("Letter text"));
    text->setPlainText(letter.subject.trimmed().isEmpty()
                           ? letter.body
                           : letter.subject.trimmed() + u"\n\n"_s + letter.body);
    // Tall enough to read a screenful; the letter scrolls inside, the pane around it.
    text->setMinimumHeight(fontMetrics().lineSpacing() * 24);
    layout->addWidget(text);
    return page;
}

void CaseLettersView::setLetters(const QList<core::Letter>& letters)
{
    const QVariant currentId =
        m_tabs->currentWidget() ? m_tabs->currentWidget()->property(LetterIdProperty) : QVariant();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    for (const core::Letter& letter : letters) {
        const int index = m_tabs->addTab(letterPage(letter), CaseText::letterKind(letter.kind));
        m_tabs->setTabToolTip(index, letter.subject);
        if (currentId.isValid() && currentId.toLongLong() == letter.id)
            m_tabs->setCurrentIndex(index);
    }
    m_noLetters->setVisible(letters.isEmpty());
    m_tabs->setVisible(!letters.isEmpty());
}

} // namespace wc::gui
