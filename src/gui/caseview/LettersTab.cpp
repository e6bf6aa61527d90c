// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/LettersTab.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/LetterEditor.h"
#include "gui/widgets/MessageBar.h"
#include "letters/LetterDrafter.h"
#include "store/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

const QString Sent = u"sent"_s;

} // namespace

LettersTab::LettersTab(QWidget* parent) : QWidget(parent)
{
    buildUi();
    clear();
}

LettersTab::~LettersTab()
{
    // Whatever was typed last is kept, even when the window closes mid-sentence. Quietly: the
    // workspace around the tab is already being taken down.
    const QSignalBlocker blocker(this);
    saveNow();
}

void LettersTab::buildUi()
{
    // A push button with a menu: the style draws its arrow beside the text, not over it.
    m_newButton = new QPushButton(tr("Ne&w letter"), this);
    m_newButton->setObjectName(u"newLetterPushButton"_s);
    m_newButton->setToolTip(tr("Draft another letter for this case from its facts and history"));
    m_newMenu = new QMenu(m_newButton);
    m_newMenu->setObjectName(u"newLetterMenu"_s);
    m_newButton->setMenu(m_newMenu);
    // The kinds are read when the menu opens: templates may be added without this tab knowing.
    connect(m_newMenu, &QMenu::aboutToShow, this, &LettersTab::fillNewLetterMenu);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"lettersMessageBar"_s);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"lettersListWidget"_s);
    m_list->setAccessibleName(tr("Letters"));
    m_list->setMinimumWidth(160);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);

    m_noLetters = new QLabel(tr("No letter has been written for this case yet. Use New letter to "
                                "draft one from the case's facts."),
                             this);
    m_noLetters->setObjectName(u"noLettersLabel"_s);
    m_noLetters->setWordWrap(true);
    m_noLetters->setAlignment(Qt::AlignCenter);

    m_panel = new QWidget(this);
    m_panel->setObjectName(u"letterPanel"_s);
    m_info = new QLabel(m_panel);
    m_info->setObjectName(u"letterInfoLabel"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setMinimumWidth(1);
    QFont bold = m_info->font();
    bold.setBold(true);
    m_info->setFont(bold);

    m_status = new QComboBox(m_panel);
    m_status->setObjectName(u"letterStatusComboBox"_s);
    for (const QString& key : {u"draft"_s, u"ready"_s, Sent})
        m_status->addItem(CaseText::letterStatus(key), key);
    auto* statusLabel = new QLabel(tr("S&tatus:"), m_panel);
    statusLabel->setBuddy(m_status);
    m_markSent = new QPushButton(tr("Mark as &sent…"), m_panel);
    m_markSent->setObjectName(u"markSentPushButton"_s);
    m_language = new QComboBox(m_panel);
    m_language->setObjectName(u"letterLanguageComboBox"_s);
    for (const QString& code : core::LetterDrafter::languages())
        m_language->addItem(CaseText::languageName(code), code);
    m_language->setToolTip(tr("Choosing another language drafts the letter again in it"));
    auto* languageLabel = new QLabel(tr("Lan&guage:"), m_panel);
    languageLabel->setBuddy(m_language);
    m_redraft = new QPushButton(tr("&Re-draft"), m_panel);
    m_redraft->setObjectName(u"redraftPushButton"_s);
    m_redraft->setToolTip(tr("Write the letter again from its template and the case as it is "
                             "now (you are asked before your text is replaced)"));

    // The company and a regulator need the full account identifier to find the account; a
    // user who forwards or shares the letter may want it masked. A public post always masks it.
    m_fullAccount = new QCheckBox(tr("Account &number in full"), m_panel);
    m_fullAccount->setObjectName(u"fullAccountCheckBox"_s);
    m_fullAccount->setChecked(true);
    m_fullAccount->setToolTip(tr("The company and a regulator need your whole account number to "
                                 "find your account. Untick it to show the number masked "
                                 "(138****8000), for example before you share the letter. The "
                                 "letter is drafted again; if you changed its text, you are "
                                 "asked first."));

    m_editor = new LetterEditor(m_panel);
    m_editor->setObjectName(u"letterEditor"_s);

    m_copy = new QPushButton(tr("Cop&y letter"), m_panel);
    m_copy->setObjectName(u"copyLetterPushButton"_s);
    m_copy->setToolTip(tr("Copy the subject and the letter, ready to paste into an email, a web "
                          "form or an in-app chat"));
    m_mailto = new QPushButton(tr("E&mail…"), m_panel);
    m_mailto->setObjectName(u"mailtoPushButton"_s);
    m_mailto->setToolTip(tr("Open your email program with a new message holding the letter"));
    m_delete = new QPushButton(tr("Delete…"), m_panel);
    m_delete->setObjectName(u"deleteLetterPushButton"_s);
    m_saveLabel = new QLabel(m_panel);
    m_saveLabel->setObjectName(u"letterSaveLabel"_s);
    m_saveLabel->setForegroundRole(QPalette::PlaceholderText);
    // "Sent … by …, reference …" can be long; it wraps rather than widening the window.
    m_saveLabel->setWordWrap(true);
    m_saveLabel->setMinimumWidth(1);
    m_saveLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // No row may make the panel wide: the widest page of the case view sets the width of all of
    // them (a QStackedWidget's minimum is its widest page's), so a wide Letters tab pushed the
    // splitter into the case list for good once opened (766 px instead of 642 at 1200 px).
    // The language and Re-draft sit on the row of New letter, the save state beside the letter's
    // name, the account choice with what sends the letter on.
    auto* info = new QHBoxLayout;
    info->addWidget(m_info, 1);
    info->addWidget(m_saveLabel);
    auto* controls = new QHBoxLayout;
    controls->addWidget(statusLabel);
    controls->addWidget(m_status);
    controls->addWidget(m_markSent);
    controls->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_mailto);
    actions->addWidget(m_delete);
    actions->addSpacing(12);
    actions->addWidget(m_fullAccount);
    actions->addStretch(1);
    auto* panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(info);
    panelLayout->addLayout(controls);
    panelLayout->addWidget(m_editor, 1);
    panelLayout->addLayout(actions);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"lettersSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);

    auto* top = new QHBoxLayout;
    top->addWidget(m_newButton);
    top->addStretch(1);
    m_languageBox = new QWidget(this);
    auto* language = new QHBoxLayout(m_languageBox);
    language->setContentsMargins(0, 0, 0, 0);
    language->addWidget(languageLabel);
    language->addWidget(m_language);
    language->addWidget(m_redraft);
    top->addWidget(m_languageBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(top);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_noLetters);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_list, m_status);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_editor, &LetterEditor::edited, this, &LettersTab::textEdited);
    connect(m_editor, &LetterEditor::errorOccurred, this, &LettersTab::showError);
    m_editor->subjectEdit()->installEventFilter(this);
    m_editor->bodyEdit()->installEventFilter(this);
    connect(m_list, &QListWidget::currentItemChanged, this, &LettersTab::listSelectionChanged);
    connect(m_status, &QComboBox::activated, this, &LettersTab::statusPicked);
    connect(m_language, &QComboBox::activated, this, &LettersTab::languagePicked);
    connect(m_markSent, &QPushButton::clicked, this, &LettersTab::markSent);
    connect(m_redraft, &QPushButton::clicked, this, [this] { redraft(); });
    connect(m_fullAccount, &QCheckBox::toggled, this, [this](bool full) {
        // Keeping the text keeps the choice that describes it.
        if (!m_loading && !redraft({}, !full)) {
            const QSignalBlocker blocker(m_fullAccount);
            m_fullAccount->setChecked(!full);
        }
    });
    connect(m_copy, &QPushButton::clicked, this, &LettersTab::copyLetter);
    connect(m_mailto, &QPushButton::clicked, this, &LettersTab::openMailDraft);
    connect(m_delete, &QPushButton::clicked, this, &LettersTab::deleteLetter);
    fillNewLetterMenu();
}

void LettersTab::setContext(core::CaseStore* store, const core::ProviderDirectory* providers)
{
    saveNow();
    m_store = store;
    m_providers = providers;
    m_unsaved.clear();
    clear();
}

void LettersTab::clear()
{
    m_saveTimer->stop();
    m_caseId = 0;
    m_letters.clear();
    m_current = core::Letter{};
    m_current.id = 0;
    m_dirty = false;
    m_messageBar->hide();
    fillList();
    m_newButton->setEnabled(false);
}

void LettersTab::showCase(qint64 caseId)
{
    const bool sameCase = caseId == m_caseId && caseId > 0;
    saveNow();
    const qint64 keep = sameCase ? m_current.id : 0;
    if (!sameCase)
        m_messageBar->hide();
    m_caseId = caseId;
    if (!m_store || caseId <= 0) {
        clear();
        return;
    }
    m_newButton->setEnabled(true);
    readLetters();
    fillList();
    selectLetter(keep > 0 ? keep : (m_letters.isEmpty() ? 0 : m_letters.last().id));
}

void LettersTab::readLetters()
{
    auto letters = m_store->letters(m_caseId);
    if (!letters) {
        m_letters.clear();
        emit errorOccurred(
            tr("The case's letters could not be read: %1").arg(letters.error().message));
        return;
    }
    m_letters = *letters;
}

void LettersTab::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // The case's zone, as the footer and the dossier show the same time; with its offset where
    // the computer's clock would read differently, since the list has no zone label of its own.
    const QTimeZone zone = caseZone();
    for (const core::Letter& letter : std::as_const(m_letters)) {
        const QString text =
            tr("%1\n%2 · %3", "kind, then language · status")
                .arg(CaseText::letterKind(letter.kind), CaseText::languageName(letter.language),
                     letter.status == Sent && letter.sentAt
                         ? tr("sent %1").arg(CaseText::zonedDateTime(*letter.sentAt, zone))
                         : CaseText::letterStatus(letter.status));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, letter.id);
        item->setToolTip(letter.subject);
    }
    m_noLetters->setVisible(m_caseId > 0 && m_letters.isEmpty());
    m_splitter->setVisible(!m_letters.isEmpty());
    m_languageBox->setVisible(!m_letters.isEmpty());
}

int LettersTab::count() const
{
    return int(m_letters.size());
}

qint64 LettersTab::currentLetterId() const
{
    return m_current.id;
}

void LettersTab::selectLetter(qint64 letterId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == letterId) {
            if (m_list->currentRow() == row)
                showLetter(letterId); // the same letter, read again
            else
                m_list->setCurrentRow(row);
            return;
        }
    }
    showLetter(0);
}

void LettersTab::listSelectionChanged()
{
    saveNow(); // what failed to save is kept in m_unsaved and comes back with its letter
    QListWidgetItem* item = m_list->currentItem();
    showLetter(item ? item->data(Qt::UserRole).toLongLong() : 0);
}

void LettersTab::showLetter(qint64 letterId)
{
    m_saveTimer->stop();
    m_current = core::Letter{};
    m_current.id = 0;
    for (const core::Letter& letter : std::as_const(m_letters)) {
        if (letter.id == letterId)
            m_current = letter;
    }
    m_dirty = false;
    showCurrent();
}

void LettersTab::showCurrent()
{
    const bool shown = m_current.id > 0;
    m_panel->setEnabled(shown);
    m_loading = true;
    const core::Letter& l = m_current;
    m_info->setText(shown
                        ? tr("%1 · %2", "letter kind · language")
                              .arg(CaseText::letterKind(l.kind), CaseText::languageName(l.language))
                        : QString());
    m_status->setCurrentIndex(qMax(0, m_status->findData(l.status)));
    m_status->setToolTip(shown ? caseStatusText(l) : QString());
    m_language->setCurrentIndex(qMax(0, m_language->findData(l.language)));
    const bool sent = l.status == Sent;
    // A sent letter says so, with its day, rather than offering to mark it sent (the walk).
    m_markSent->setText(sent && l.sentAt
                            ? tr("Sent %1 · &details…").arg(CaseText::date(*l.sentAt, caseZone()))
                        : sent ? tr("Sending &details…")
                               : tr("Mark as &sent…"));
    m_markSent->setToolTip(sent ? caseStatusText(l) : tr("Record how and when you sent it"));
    m_editor->setLanguage(core::LetterDrafter::languages().contains(l.language) ? l.language
                                                                                : u"en"_s);
    QString subject = l.subject;
    QString body = l.body;
    if (const auto unsaved = m_unsaved.constFind(l.id); shown && unsaved != m_unsaved.cend()) {
        subject = unsaved->first;
        body = unsaved->second;
        m_dirty = true;
    }
    if (m_editor->subject() != subject)
        m_editor->setSubject(subject);
    if (m_editor->body() != body)
        m_editor->setBody(body);
    // A sent letter is the record of what was sent: it stays as it was.
    m_editor->setReadOnly(!shown || sent);
    m_language->setEnabled(shown && !sent);
    m_redraft->setEnabled(shown && !sent);
    m_fullAccount->setEnabled(shown && !sent && l.kind != u"public_post"_s);
    setSaveText(!shown    ? QString()
                : m_dirty ? tr("Not saved yet")
                : sent    ? caseStatusText(l)
                          : tr("All changes saved"));
    m_loading = false;
    if (m_dirty)
        m_saveTimer->start();
}

bool LettersTab::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the editor saves at once; a context menu only borrows the focus.
    if (event->type() == QEvent::FocusOut &&
        static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason)
        saveNow();
    return QWidget::eventFilter(watched, event);
}

void LettersTab::textEdited()
{
    if (m_loading || m_current.id <= 0)
        return;
    m_dirty = true;
    setSaveText(tr("Not saved yet"));
    m_saveTimer->start();
}

core::Letter LettersTab::editedLetter() const
{
    core::Letter letter = m_current;
    letter.subject = m_editor->subject();
    letter.body = m_editor->body();
    return letter;
}

bool LettersTab::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_store || m_current.id <= 0)
        return true;
    const core::Letter letter = editedLetter();
    if (auto saved = m_store->updateLetter(letter); !saved) {
        m_unsaved.insert(letter.id, {letter.subject, letter.body});
        setSaveText(tr("Not saved yet"));
        showError(tr("Your latest changes to the letter could not be saved: %1 They stay here, "
                     "and WalletCase tries again when you pause or leave the letter.")
                      .arg(saved.error().message));
        return false;
    }
    m_unsaved.remove(letter.id);
    m_dirty = false;
    m_current = letter;
    for (core::Letter& stored : m_letters) {
        if (stored.id == letter.id)
            stored = letter;
    }
    m_messageBar->hide();
    setSaveText(tr("All changes saved"));
    emit changed();
    return true;
}

bool LettersTab::storeLetter(const core::Letter& letter, const QString& failure, bool drafted)
{
    if (auto saved = m_store->updateLetter(letter, drafted); !saved) {
        showError(failure.arg(saved.error().message));
        showCurrent();
        return false;
    }
    m_unsaved.remove(letter.id);
    m_dirty = false;
    readLetters();
    fillList();
    selectLetter(letter.id);
    m_messageBar->hide();
    emit changed();
    return true;
}

void LettersTab::showError(const QString& text)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
}

void LettersTab::showNote(const QString& text)
{
    m_messageBar->showMessage(MessageBar::Kind::Information, text);
}

void LettersTab::setSaveText(const QString& state)
{
    // Lines break only at spaces and after punctuation: Qt may break after a hyphen (a
    // reference PP-D-48213579 read "PP-" / "D-48213579") and between any two Chinese characters
    // ("渠" / "道"), so a word joiner holds every other pair together. The label is as wide as
    // its widest unbreakable part, so that part always fits; a short state ("All changes
    // saved", 所有修改均已保存) stays on one line, a long one wraps rather than widening the
    // window.
    static const QString breakAfter = u" ，、。：；,;:"_s;
    // Where Qt would break inside a word: after a hyphen, and beside a Chinese character.
    const auto breakable = [](QChar c) {
        return c == u'-' || (c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF)
            || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
    };
    QString text;
    text.reserve(state.size() * 2);
    for (qsizetype i = 0; i < state.size(); ++i) {
        const QChar c = state.at(i);
        text += c;
        if (i + 1 == state.size() || breakAfter.contains(c) || state.at(i + 1).isSpace())
            continue;
        if (breakable(c) || (c != u'-' && breakable(state.at(i + 1))))
            text += QChar(0x2060);
    }
    m_saveLabel->setText(text);
    const QFontMetrics metrics = m_saveLabel->fontMetrics();
    int width = qMin(metrics.horizontalAdvance(state), 170);
    qsizetype from = 0;
    for (qsizetype i = 0; i <= state.size(); ++i) {
        if (i == state.size() || breakAfter.contains(state.at(i))) {
            width = qMax(width, metrics.horizontalAdvance(state.mid(from, i - from + 1)));
            from = i + 1;
        }
    }
    m_saveLabel->setMinimumWidth(qMax(1, width));
}

} // namespace wc::gui
