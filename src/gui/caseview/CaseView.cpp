// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseView.h"

#include "gui/caseview/CaseText.h"
#include "gui/caseview/ContactsTab.h"
#include "gui/caseview/LettersTab.h"
#include "gui/caseview/OverviewChecklist.h"
#include "gui/caseview/OverviewTab.h"
#include "gui/caseview/TimelineTab.h"
#include "gui/dialogs/CloseCaseDialog.h"
// The parts' headers return QPointer members of types they only declare; the complete types
// must be known where those accessors are compiled.
#include "gui/evidence/EvidenceViewer.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/evidence/EvidenceGallery.h"
#include "gui/transactions/TransactionsPanel.h"
#include "gui/widgets/MessageBox.h"
#include "gui/wizard/NewCaseWizard.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Mouse-selectable only: keyboard selection would put every line in the tab order.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long word (a pasted link) must not widen the pane; the text stays selectable.
    label->setMinimumWidth(1);
    return label;
}

// A framed box for what needs attention first: urgency, a draft, the follow-up. `text` colours
// the words too when valid.
void styleBox(QWidget* box, const QColor& border, const QColor& text = {})
{
    box->setAttribute(Qt::WA_StyledBackground);
    const QString colour = text.isValid() ? u" color: %1;"_s.arg(text.name()) : QString();
    box->setStyleSheet(u"#%1 { border: 2px solid %2; border-radius: 6px; padding: 6px;%3 }"_s.arg(
        box->objectName(), border.name(), colour));
}

// A tab page for a part written elsewhere and built when the tab is first opened, so the page
// keeps the name the workspace gives it and the part keeps its own.
QWidget* holder(const QString& name)
{
    auto* page = new QWidget;
    page->setObjectName(name);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    return page;
}


} // namespace

CaseView::CaseView(QWidget* parent) : QWidget(parent)
{
    buildUi();
    createShortcuts();
    showHint({});
}

CaseView::~CaseView()
{
    // What is being typed is kept; quietly, as the workspace is going away. The parts must let
    // go of the store before it may go away with the window.
    {
        const QSignalBlocker overview(m_overview);
        const QSignalBlocker letters(m_letters);
        commitEdits();
    }
    detachParts();
}

void CaseView::detachParts()
{
    if (m_evidence)
        m_evidence->setCase(nullptr, 0);
    if (m_transactions)
        m_transactions->setCase(nullptr, 0);
    if (m_contacts)
        m_contacts->setCase(nullptr, 0);
}

void CaseView::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_hintLabel = new QLabel(m_stack);
    m_hintLabel->setObjectName(u"hintLabel"_s);
    m_hintLabel->setAlignment(Qt::AlignCenter);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setMargin(24);
    m_stack->addWidget(m_hintLabel);

    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(u"caseWorkspace"_s);
    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader(m_workspace));

    m_tabs = new QTabWidget(m_workspace);
    m_tabs->setObjectName(u"caseTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_workspace);

    // The Overview is what a case opens on; the other tabs are empty pages until first opened.
    m_overview = new OverviewTab;
    m_overview->setObjectName(u"overviewTab"_s);
    m_pages[Overview] = m_overview;
    m_pages[Evidence] = holder(u"evidenceTab"_s);
    m_pages[Transactions] = holder(u"transactionsTab"_s);
    m_pages[Contacts] = holder(u"contactsTab"_s);
    m_pages[Letters] = holder(u"lettersTab"_s);
    m_pages[Timeline] = holder(u"timelineTab"_s);
    const QString names[TabCount] = {tr("Overview"), tr("Evidence"), tr("Transactions"),
                                     tr("Contacts"), tr("Letters"),  tr("Timeline")};
    for (int tab = 0; tab < TabCount; ++tab) {
        if (tab == Overview) { // scrolls its own form
            m_tabs->addTab(m_pages[tab], names[tab]);
            continue;
        }
        // Each page scrolls rather than setting a minimum for the whole case view: a tab
        // widget is as wide and as tall as its largest page, so the Letters tab pushed into the
        // case list and, with Follow-ups open on a security case, the window grew past a 768 px
        // screen (804 px in the Chinese walk). When there is room, nothing scrolls.
        auto* scroll = new QScrollArea;
        scroll->setObjectName(m_pages[tab]->objectName() + u"ScrollArea"_s);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_pages[tab]);
        scroll->setFocusProxy(m_pages[tab]);
        m_tabs->addTab(scroll, names[tab]);
    }
    updateTabTitles();

    connect(m_overview, &OverviewTab::changed, this, &CaseView::partChanged);
    connect(m_overview, &OverviewTab::closeRequested, this, &CaseView::requestClose);
    // Leaving a tab finishes what was being edited there; opening one builds it the first time.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        commitEdits();
        if (index >= 0 && index < TabCount)
            ensureTab(Tab(index));
    });
}

QWidget* CaseView::buildHeader(QWidget* parent)
{
    auto* header = new QWidget(parent);
    header->setObjectName(u"caseHeader"_s);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 10, 12, 4);

    m_titleLabel = valueLabel(header);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_urgentLabel = valueLabel(header);
    m_urgentLabel->setObjectName(u"urgentLabel"_s);
    QFont urgentFont = m_urgentLabel->font();
    urgentFont.setBold(true);
    m_urgentLabel->setFont(urgentFont);
    layout->addWidget(m_urgentLabel);

    m_draftBox = new QFrame(header);
    m_draftBox->setObjectName(u"draftBox"_s);
    auto* draftLayout = new QVBoxLayout(m_draftBox);
    m_draftNoteLabel = valueLabel(m_draftBox);
    m_draftNoteLabel->setObjectName(u"draftNoteLabel"_s);
    draftLayout->addWidget(m_draftNoteLabel);
    m_continueButton = new QPushButton(tr("Co&ntinue the complaint"), m_draftBox);
    m_continueButton->setObjectName(u"continuePushButton"_s);
    draftLayout->addWidget(m_continueButton, 0, Qt::AlignLeft);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (m_caseId > 0)
            emit resumeRequested(m_caseId);
    });
    layout->addWidget(m_draftBox);

    m_followUpLabel = valueLabel(header);
    m_followUpLabel->setObjectName(u"followUpLabel"_s);
    layout->addWidget(m_followUpLabel);
    return header;
}

void CaseView::createShortcuts()
{
    // Window-wide: the keyboard may be in the case list when the user wants a tab.
    for (int tab = 0; tab < TabCount; ++tab) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, tab] {
            if (m_caseId > 0)
                setCurrentTab(Tab(tab));
        });
    }
    auto* log = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    log->setContext(Qt::WindowShortcut);
    connect(log, &QShortcut::activated, this, &CaseView::logContact);
}

CaseView::Tab CaseView::currentTab() const
{
    return Tab(qMax(0, m_tabs->currentIndex()));
}

void CaseView::setCurrentTab(Tab tab)
{
    ensureTab(tab);
    m_tabs->setCurrentIndex(int(tab));
    // The keyboard follows into the tab, where the user is going to work.
    if (QWidget* page = m_tabs->currentWidget(); page && isVisible())
        page->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::updateTabTitles()
{
    // The counts tell at a glance what a case holds; the shortcut is in each tab's tooltip.
    const auto count = [this](auto result) { return result ? int(result->size()) : 0; };
    int evidence = 0;
    int transactions = 0;
    int contacts = 0;
    int letters = 0;
    if (m_store && m_caseId > 0) {
        evidence = count(m_store->evidence(m_caseId));
        transactions = count(m_store->transactions(m_caseId));
        // A tab not opened yet is counted from the file: the counts say what a case holds
        // before its tab is opened.
        contacts = m_contacts ? m_contacts->count() : count(m_store->contacts(m_caseId));
        letters = m_letters ? m_letters->count() : count(m_store->letters(m_caseId));
    }
    const int counts[TabCount] = {0, evidence, transactions, contacts, letters, 0};
    const QString names[TabCount] = {tr("Overview"), tr("Evidence"), tr("Transactions"),
                                     tr("Contacts"), tr("Letters"),  tr("Timeline")};
    for (int tab = 0; tab < TabCount; ++tab) {
        m_tabs->setTabText(tab,
                           counts[tab] > 0
                               ? tr("%1 (%2)", "tab name (count)").arg(names[tab]).arg(counts[tab])
                               : names[tab]);
        m_tabs->setTabToolTip(
            tab,
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)).toString(QKeySequence::NativeText));
    }
}

void CaseView::setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                          const core::ProviderDirectory* providers, const QString& language)
{
    commitEdits();
    detachParts();
    m_store = store;
    m_taxonomy = taxonomy;
    m_providers = providers;
    m_language = language;
    m_caseId = 0;
    m_overview->setContext(store, taxonomy, providers, language);
    if (m_letters)
        m_letters->setContext(store, providers);
    if (m_timeline)
        m_timeline->setContext(store, taxonomy, language);
    showCase(0);
}

void CaseView::clearParts()
{
    m_overview->clear();
    if (m_letters)
        m_letters->showCase(0);
    if (m_timeline)
        m_timeline->clear();
}

void CaseView::showHint(const QString& text)
{
    const QString newCase = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    m_hintLabel->setText(text.isEmpty()
                             ? tr("Choose a case in the list to see everything about it here.\n\n"
                                  "To start a new complaint, press %1.")
                                   .arg(newCase)
                             : text);
    // If the keyboard is inside the workspace, hiding it would hand focus to the next widget
    // in the chain, the case list, and a list that gains focus without a current row picks the
    // first one: the pane would bring back a case the user just filtered away. The pane itself
    // keeps the focus instead (the hint label cannot take it while it is hidden).
    const QWidget* focus = QApplication::focusWidget();
    if (focus && m_workspace->isAncestorOf(focus))
        setFocus(Qt::OtherFocusReason);
    m_stack->setCurrentWidget(m_hintLabel);
}

void CaseView::commitEdits()
{
    if (m_caseId <= 0)
        return;
    m_overview->commitPending();
    if (m_letters)
        m_letters->saveNow();
}

void CaseView::showCase(qint64 caseId)
{
    commitEdits(); // an edit in progress belongs to the case shown until now
    const bool sameCase = caseId == m_caseId && caseId > 0;
    m_caseId = caseId;
    m_reported = false;
    if (caseId <= 0 || !m_store) {
        m_caseId = 0;
        detachParts();
        clearParts();
        showHint({});
        return;
    }
    if (!showRecord()) {
        m_caseId = 0;
        detachParts();
        clearParts();
        showHint(tr("This case could not be shown."));
        return;
    }
    // Only the tabs opened so far follow the case; the others read it when opened.
    if (sameCase) {
        if (m_evidence)
            m_evidence->reload();
        if (m_transactions)
            m_transactions->reload();
        if (m_contacts)
            m_contacts->reload();
    } else {
        if (m_evidence)
            m_evidence->setCase(m_store, caseId);
        if (m_transactions)
            m_transactions->setCase(m_store, caseId);
        if (m_contacts)
            m_contacts->setCase(m_store, caseId);
    }
    if (m_letters)
        m_letters->showCase(caseId);
    if (m_timeline)
        m_timeline->showCase(caseId);
    updateTabTitles();
    m_stack->setCurrentWidget(m_workspace);
}

qint64 CaseView::selectedLetterId() const
{
    if (m_caseId <= 0)
        return 0;
    // The letter the Letters tab would select, whether or not it was opened yet.
    auto* letters = static_cast<LettersTab*>(const_cast<CaseView*>(this)->ensureTab(Letters));
    return letters->currentLetterId();
}

void CaseView::refresh()
{
    showCase(m_caseId);
}

void CaseView::partChanged()
{
    if (m_caseId <= 0 || !m_store)
        return;
    const qint64 id = m_caseId;
    m_reported = false;
    // The part that changed shows its own change already; the header (follow-up, title), the
    // overview's dates and the timeline are read again.
    showRecord();
    if (m_timeline)
        m_timeline->showCase(id);
    updateTabTitles();
    emit caseChanged(id);
}

void CaseView::report(const QString& message)
{
    if (m_reported)
        return;
    m_reported = true;
    emit errorOccurred(message);
}

bool CaseView::showRecord()
{
    auto record = m_store->caseById(m_caseId);
    if (!record) {
        report(record.error().message);
        return false;
    }
    m_titleLabel->setText(record->title.trimmed().isEmpty() ? tr("(untitled case)")
                                                            : record->title);
    showBanners(*record);
    showFollowUp(*record);
    auto checklist = m_store->checklist(m_caseId);
    if (!checklist)
        report(checklist.error().message);
    m_overview->showCase(*record, checklist ? *checklist : QList<core::ChecklistItem>());
    return true;
}

void CaseView::showBanners(const core::CaseRecord& r)
{
    const bool open = !core::isClosedStatus(r.status);
    const bool urgent = open && r.family == core::family::Security;
    m_urgentLabel->setVisible(urgent);
    QPalette palette = m_workspace->palette();
    if (urgent) {
        // Until the freeze is recorded: the most direct way to stop further loss, from the
        // directory, right under the title. After it: when, and the urgent steps still open.
        std::optional<qint64> frozenAt;
        QStringList stillOpen;
        if (auto checklist = m_store->checklist(m_caseId)) {
            for (const core::ChecklistItem& item : std::as_const(*checklist)) {
                if (item.itemKey == u"freeze_account")
                    frozenAt = item.doneAt;
                else if (!item.doneAt)
                    // In the interface's language, whatever language the case was begun in.
                    stillOpen << OverviewChecklist::stepLabel(m_taxonomy, r.family, item,
                                                              CaseText::uiLanguage());
            }
        }
        QString text;
        if (frozenAt) {
            // As the step's "Done at" field says it: the case's zone, named where it differs.
            text = tr("Frozen at %1.")
                       .arg(CaseText::zonedDateTime(*frozenAt, core::CaseTimeZone::zoneFor(r)));
            const bool chinese = QLocale().language() == QLocale::Chinese;
            text += (chinese ? QString() : u" "_s) // no space after 。
                + (stillOpen.isEmpty()
                       ? tr("Every urgent step is done.")
                       //: %1 lists the urgent steps not ticked yet.
                       : tr("Next: %1.").arg(
                             // Steps are instructions: Chinese lists them with ；, not
                             // joined by 和 into one odd sentence (the walk).
                             chinese ? stillOpen.join(u"；"_s)
                                 : QLocale().createSeparatedList(stillOpen)));
            styleBox(m_urgentLabel, palette.color(QPalette::Highlight));
        } else {
            text = tr("Urgent: a security problem that is still open. Money or the account may "
                      "still be at risk.");
            if (m_providers) {
                if (const auto provider = m_providers->provider(r.providerKey);
                    provider && !provider->freeze.isEmpty()) {
                    const core::Channel& freeze = provider->freeze.first();
                    const QString how = freeze.path.text(m_language);
                    text += u"\n"_s + tr("If the account is not frozen yet, do it now: %1")
                                          .arg(how.isEmpty() ? freeze.value : how);
                }
            }
            styleBox(m_urgentLabel, CaseText::warningColour(), CaseText::warningColour());
            palette.setColor(QPalette::WindowText, CaseText::warningColour());
        }
        m_urgentLabel->setText(text);
    }
    m_titleLabel->setPalette(palette);

    const bool draft = r.status == core::status::Draft;
    m_draftBox->setVisible(draft);
    if (draft) {
        const int steps = NewCaseWizard::SendPageId + 1;
        const int step = std::clamp(r.wizardStep + 1, 1, steps);
        m_draftNoteLabel->setText(
            tr("This complaint is not finished yet: it was saved as a draft at step %1 of %2. "
               "Continue where you stopped to complete the letter and send it.")
                .arg(step)
                .arg(steps));
        styleBox(m_draftBox, palette.color(QPalette::Highlight));
    }
}

void CaseView::showFollowUp(const core::CaseRecord& r)
{
    auto reminders = m_store->reminders(m_caseId);
    if (!reminders) {
        report(reminders.error().message);
        m_followUpLabel->hide();
        return;
    }
    std::optional<core::Reminder> next;
    for (const core::Reminder& reminder : std::as_const(*reminders)) {
        if (reminder.state == u"pending" &&
            (!next || reminder.effectiveDueAt() < next->effectiveDueAt()))
            next = reminder;
    }
    if (!next || core::isClosedStatus(r.status)) {
        m_followUpLabel->hide();
        return;
    }
    const qint64 due = next->effectiveDueAt();
    const bool overdue = due <= m_store->clock().nowMs();
    // In the case's zone, like every time of the case, named when the computer's differs.
    const QString when = CaseText::zonedDateTime(due, core::CaseTimeZone::zoneFor(r));
    QString text = overdue ? tr("Follow-up overdue since %1").arg(when)
                           : tr("Next follow-up: %1").arg(when);
    if (!next->text.trimmed().isEmpty())
        text += u"\n"_s + next->text.trimmed();
    m_followUpLabel->setText(text);
    if (overdue)
        styleBox(m_followUpLabel, CaseText::warningColour(), CaseText::warningColour());
    else
        styleBox(m_followUpLabel, palette().color(QPalette::Highlight));
    m_followUpLabel->show();
}

void CaseView::requestClose(const QString& status)
{
    if (m_caseId <= 0 || !m_store)
        return;
    commitEdits();
    // Closing records how the case ended and dismisses its reminders (CaseLifecycle::close),
    // so it always goes through the dialog; a closing status picked in the overview only
    // pre-selects the outcome.
    auto* dialog = CloseCaseDialog::openFor(this, *m_store, m_caseId);
    const char* outcome = status == core::status::Resolved           ? "resolvedFullyRadioButton"
                          : status == core::status::ClosedUnresolved ? "notResolvedRadioButton"
                                                                     : nullptr;
    if (outcome) {
        if (auto* radio = dialog->findChild<QRadioButton*>(QLatin1String(outcome)))
            radio->setChecked(true);
    }
    const qint64 id = m_caseId;
    connect(dialog, &CloseCaseDialog::caseClosed, this, [this, id](qint64 closed) {
        if (closed == id && closed == m_caseId)
            partChanged();
        else if (closed > 0)
            emit caseChanged(closed);
    });
}

void CaseView::logContact()
{
    if (m_caseId <= 0)
        return;
    setCurrentTab(Contacts);
    if (m_contacts)
        m_contacts->logContact();
}

} // namespace wc::gui
