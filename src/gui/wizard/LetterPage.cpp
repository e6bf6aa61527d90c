// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/LetterPage.h"

#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "letters/LetterDrafter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

LetterPage::LetterPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_intro(new QLabel(this)), m_language(new QComboBox(this)),
      m_redraft(new QPushButton(this)), m_editor(new LetterEditor(this))
{
    setObjectName(u"letterPage"_s);
    setTitle(tr("Your letter"));
    setSubTitle(tr("A calm, complete complaint letter drafted from your answers."));

    m_intro->setObjectName(u"letterIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("WalletCase wrote this letter from what you entered. Read it through and "
                        "change anything you like. Underlined words may put the reader on the "
                        "defensive: point at one to see why, press Ctrl+. on it (or right-click "
                        "it) for a calmer wording to edit, or use Review tone… to go through "
                        "them all."));

    m_language->setObjectName(u"letterLanguageComboBox"_s);
    // The names are written in their own language: the person picks the language they read.
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    auto* languageLabel = new QLabel(tr("Letter &language:"), this);
    languageLabel->setBuddy(m_language);

    m_redraft->setObjectName(u"redraftPushButton"_s);
    m_redraft->setText(tr("&Redraft from my answers"));
    m_redraft->setToolTip(tr("Write the letter again from the template and your answers. Your "
                             "changes to the text are replaced (you are asked first)."));

    m_editor->setObjectName(u"letterEditor"_s);

    auto* options = new QHBoxLayout;
    options->addWidget(languageLabel);
    options->addWidget(m_language);
    options->addStretch(1);
    options->addWidget(m_redraft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addLayout(options);
    layout->addWidget(m_editor, 1);

    setTabOrder(m_language, m_redraft);
    setTabOrder(m_redraft, m_editor->subjectEdit());

    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterPage::languageChanged);
    connect(m_redraft, &QPushButton::clicked, this, [this] { redraft(); });
    connect(m_editor, &LetterEditor::edited, this, [this] {
        if (!m_loading)
            m_session.draft().letterEdited = true;
    });
    connect(m_editor, &LetterEditor::errorOccurred, this, [this](const QString& message) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, message);
    });
}

QString LetterPage::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void LetterPage::selectLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void LetterPage::initializePage()
{
    m_messageBar->hide();
    const core::CaseDraft& draft = m_session.draft();
    QString language = draft.record.language;
    if (!core::LetterDrafter::languages().contains(language))
        language = WizardSession::uiLanguage();

    m_loading = true;
    selectLanguage(language);
    m_loading = false;

    // A text the user never touched follows the facts: drafting it again is cheap and picks up
    // whatever changed on the earlier pages. A touched text is theirs and is shown as saved.
    if (!draft.letter || !draft.letterEdited) {
        draftLetter();
        return;
    }
    m_loading = true;
    m_letterLanguage = draft.letter->language;
    selectLanguage(m_letterLanguage);
    m_editor->setLanguage(m_letterLanguage);
    m_editor->setSubject(draft.letter->subject);
    m_editor->setBody(draft.letter->body);
    m_loading = false;
}

bool LetterPage::draftLetter()
{
    const QString language = chosenLanguage();
    core::CaseDraft& draft = m_session.draft();
    auto letter = m_session.draftLetter(language, m_session.clock().nowMs());
    if (!letter) {
        m_messageBar->showMessage(MessageBar::Kind::Error, letter.error().message);
        return false;
    }
    // Redrafting replaces the text of the same letter, never adds a second one.
    if (draft.letter) {
        letter->id = draft.letter->id;
        letter->createdAt = draft.letter->createdAt;
    }
    draft.letter = *letter;
    draft.letterEdited = false;
    draft.record.language = language;

    m_loading = true;
    m_letterLanguage = language;
    m_editor->setLanguage(language);
    m_editor->setSubject(letter->subject);
    m_editor->setBody(letter->body);
    m_loading = false;
    m_messageBar->hide();
    return true;
}

bool LetterPage::redraft()
{
    if (m_session.draft().letterEdited) {
        const int choice = MessageBox::ask(
            this, QMessageBox::Question, tr("Redraft the letter?"),
            tr("Drafting the letter again replaces the text with a new one from your answers. "
               "The changes you made to the letter will be lost."),
            {{ReplaceText, tr("&Redraft and replace my changes"), QMessageBox::DestructiveRole},
             {KeepText, tr("&Keep my text"), QMessageBox::RejectRole}},
            KeepText);
        if (choice != ReplaceText)
            return false;
    }
    return draftLetter();
}

void LetterPage::languageChanged()
{
    if (m_loading)
        return;
    const QString language = chosenLanguage();
    if (language == m_letterLanguage)
        return;
    if (!redraft()) {
        // The text stays in its language, and so does the choice that describes it.
        m_loading = true;
        selectLanguage(m_letterLanguage);
        m_loading = false;
    }
}

void LetterPage::writeDraft()
{
    core::CaseDraft& draft = m_session.draft();
    const QString subject = m_editor->subject();
    const QString body = m_editor->body();
    if (!draft.letter) {
        // Drafting failed, but the user may still have written a letter by hand.
        if (subject.trimmed().isEmpty() && body.trimmed().isEmpty())
            return;
        draft.letter = core::Letter{};
        draft.letter->createdAt = m_session.clock().nowMs();
        draft.letterEdited = true;
    }
    core::Letter& letter = *draft.letter;
    const QString language = m_letterLanguage.isEmpty() ? chosenLanguage() : m_letterLanguage;
    if (letter.subject != subject || letter.body != body || letter.language != language)
        letter.updatedAt = m_session.clock().nowMs();
    letter.kind = u"initial"_s;
    // A letter already recorded as sent stays sent; anything else is a draft until step 8.
    if (letter.status != core::status::Sent)
        letter.status = u"draft"_s;
    letter.language = language;
    letter.subject = subject;
    letter.body = body;
    draft.record.language = language;
}

void LetterPage::cleanupPage()
{
    writeDraft();
}

bool LetterPage::validatePage()
{
    m_editor->checkNow();
    writeDraft();
    // Asked whenever heated passages remain that the user has not chosen to keep: after a
    // "continue as it is", only a new or changed passage brings the question back.
    const QStringList open = m_editor->openHeatedFindings();
    if (!open.isEmpty()) {
        QStringList counts;
        const QMap<QString, int> byCategory = m_editor->summary().counts;
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
            const QString name = core::ToneChecker::categoryName(it.key());
            if (core::ToneChecker::isHeated(it.key()))
                counts << tr("%1: %2").arg(name).arg(it.value());
        }
        const int choice = MessageBox::ask(
            this, QMessageBox::Information, tr("Some passages may put the reader on the defensive"),
            tr("The letter still has underlined passages (%1). Heated letters are more often set "
               "aside. Would you like to go through them, with a calmer wording proposed for "
               "each, or keep them as they are?")
                .arg(counts.join(tr(", "))),
            {{ReviewTone, tr("&Review them"), QMessageBox::RejectRole},
             {ContinueAnyway, tr("&Keep them and continue"), QMessageBox::AcceptRole}},
            ReviewTone);
        if (choice == ReviewTone) {
            m_editor->bodyEdit()->setFocus();
            m_editor->reviewTone();
            return false;
        }
        m_editor->keepFindings(open);
    }
    return saveDraft();
}

} // namespace wc::gui
