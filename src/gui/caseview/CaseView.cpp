// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseView.h"

#include "gui/caseview/CaseChecklistView.h"
#include "gui/caseview/CaseLettersView.h"
#include "gui/caseview/CaseText.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/widgets/EvidenceListEditor.h"
#include "gui/wizard/NewCaseWizard.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "model/Masking.h"
#include "store/CaseStore.h"

#include <QFormLayout>
#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
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
    // Mouse-selectable only: keyboard selection would put every fact in the tab order.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long word (a pasted link) must not widen the pane; the text stays selectable.
    label->setMinimumWidth(1);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setContentsMargins(0, 12, 0, 2);
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

} // namespace

CaseView::CaseView(QWidget* parent) : QWidget(parent)
{
    buildUi();
    showHint({});
}

CaseView::~CaseView()
{
    // The editors must let go of the store before it may go away with the window.
    m_evidence->setCase(nullptr, 0);
    m_contacts->unbindStore();
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

    m_scrollArea = new QScrollArea(m_stack);
    m_scrollArea->setObjectName(u"caseScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scrollArea);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);

    m_titleLabel = valueLabel(content);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_urgentLabel = valueLabel(content);
    m_urgentLabel->setObjectName(u"urgentLabel"_s);
    QFont urgentFont = m_urgentLabel->font();
    urgentFont.setBold(true);
    m_urgentLabel->setFont(urgentFont);
    layout->addWidget(m_urgentLabel);

    m_draftBox = new QFrame(content);
    m_draftBox->setObjectName(u"draftBox"_s);
    auto* draftLayout = new QVBoxLayout(m_draftBox);
    m_draftNoteLabel = valueLabel(m_draftBox);
    m_draftNoteLabel->setObjectName(u"draftNoteLabel"_s);
    draftLayout->addWidget(m_draftNoteLabel);
    m_continueButton = new QPushButton(tr("&Continue the complaint"), m_draftBox);
    m_continueButton->setObjectName(u"continuePushButton"_s);
    draftLayout->addWidget(m_continueButton, 0, Qt::AlignLeft);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (m_caseId > 0)
            emit resumeRequested(m_caseId);
    });
    layout->addWidget(m_draftBox);

    m_followUpLabel = valueLabel(content);
    m_followUpLabel->setObjectName(u"followUpLabel"_s);
    layout->addWidget(m_followUpLabel);

    layout->addWidget(heading(tr("Facts"), content));
    m_factsLayout = new QFormLayout;
    m_factsLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_factsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_factsLayout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(m_factsLayout);
    addFact(tr("Status:"), u"statusLabel"_s);
    addFact(tr("Provider:"), u"providerLabel"_s);
    addFact(tr("Problem:"), u"problemLabel"_s);
    addFact(tr("When it happened:"), u"incidentLabel"_s);
    addFact(tr("Amount:"), u"amountLabel"_s);
    addFact(tr("References:"), u"referencesLabel"_s);
    QLabel* account = addFact(tr("Account:"), u"accountLabel"_s);
    account->setToolTip(tr("Shown masked. The full identifier is kept in the case file."));
    addFact(tr("What happened:"), u"descriptionLabel"_s);
    addFact(tr("Remedy wanted:"), u"remediesLabel"_s);
    addFact(tr("About the remedy:"), u"remedyNoteLabel"_s);
    addFact(tr("Closed:"), u"closedLabel"_s);
    addFact(tr("Created:"), u"createdLabel"_s);
    addFact(tr("Last changed:"), u"updatedLabel"_s);

    m_transactionsSection = new QWidget(content);
    auto* transactionsLayout = new QVBoxLayout(m_transactionsSection);
    transactionsLayout->setContentsMargins(0, 0, 0, 0);
    transactionsLayout->addWidget(heading(tr("Disputed transactions"), m_transactionsSection));
    m_transactionsLabel = valueLabel(m_transactionsSection);
    m_transactionsLabel->setObjectName(u"transactionsLabel"_s);
    transactionsLayout->addWidget(m_transactionsLabel);
    layout->addWidget(m_transactionsSection);

    layout->addWidget(heading(tr("First steps"), content));
    m_checklist = new CaseChecklistView(content);
    m_checklist->setObjectName(u"checklistView"_s);
    layout->addWidget(m_checklist);

    layout->addWidget(heading(tr("Evidence"), content));
    m_evidence = new EvidenceListEditor(content);
    m_evidence->setObjectName(u"evidenceListEditor"_s);
    m_evidence->setReadOnly(true);
    layout->addWidget(m_evidence);
    connect(m_evidence, &EvidenceListEditor::errorOccurred, this, &CaseView::errorOccurred);
    connect(m_evidence, &EvidenceListEditor::changed, this, &CaseView::fitEvidence);

    layout->addWidget(heading(tr("Earlier contacts"), content));
    m_contacts = new ContactListEditor(content);
    m_contacts->setObjectName(u"contactListEditor"_s);
    layout->addWidget(m_contacts);
    connect(m_contacts, &ContactListEditor::errorOccurred, this, &CaseView::errorOccurred);
    connect(m_contacts, &ContactListEditor::contactsChanged, this, &CaseView::onContactsChanged);

    layout->addWidget(heading(tr("Letters"), content));
    m_letters = new CaseLettersView(content);
    m_letters->setObjectName(u"lettersView"_s);
    layout->addWidget(m_letters);
    layout->addStretch(1);

    m_scrollArea->setWidget(content);
}

QLabel* CaseView::addFact(const QString& label, const QString& objectName)
{
    QLabel* value = valueLabel(m_factsLayout->parentWidget());
    value->setObjectName(objectName);
    m_factsLayout->addRow(label, value);
    m_facts.insert(objectName, value);
    return value;
}

void CaseView::setFact(const QString& objectName, const QString& text)
{
    QLabel* label = m_facts.value(objectName);
    if (!label)
        return;
    label->setText(text.trimmed());
    // An empty fact hides its row: no bare captions for what the wizard did not collect.
    m_factsLayout->setRowVisible(label, !text.trimmed().isEmpty());
}

void CaseView::setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                          const core::ProviderDirectory* providers, const QString& language)
{
    m_evidence->setCase(nullptr, 0);
    m_contacts->unbindStore();
    m_store = store;
    m_taxonomy = taxonomy;
    m_providers = providers;
    m_language = language;
    m_evidence->setLanguage(language);
    if (store)
        m_contacts->setClock(&store->clock());
    showCase(0);
}

void CaseView::showHint(const QString& text)
{
    const QString newCase = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    m_hintLabel->setText(text.isEmpty()
                             ? tr("Choose a case in the list to see everything about it here.\n\n"
                                  "To start a new complaint, press %1.")
                                   .arg(newCase)
                             : text);
    m_stack->setCurrentWidget(m_hintLabel);
}

void CaseView::showCase(qint64 caseId)
{
    const bool sameCase = caseId == m_caseId && caseId > 0;
    const int scrolled = m_scrollArea->verticalScrollBar()->value();
    m_caseId = caseId;
    m_reported = false;
    if (caseId <= 0 || !m_store) {
        m_caseId = 0;
        m_evidence->setCase(nullptr, 0);
        m_contacts->unbindStore();
        showHint({});
        return;
    }
    if (!showRecord()) {
        m_evidence->setCase(nullptr, 0);
        m_contacts->unbindStore();
        showHint(tr("This case could not be shown."));
        return;
    }
    m_evidence->setCase(m_store, caseId);
    fitEvidence();
    m_contacts->bindStore(m_store, caseId);
    m_stack->setCurrentWidget(m_scrollArea);
    if (sameCase) {
        // A refresh keeps the reader's place; the layout settles first.
        QTimer::singleShot(
            0, this, [this, scrolled] { m_scrollArea->verticalScrollBar()->setValue(scrolled); });
    } else {
        m_scrollArea->verticalScrollBar()->setValue(0);
    }
}

void CaseView::refresh()
{
    showCase(m_caseId);
}

void CaseView::report(const core::Error& error)
{
    if (m_reported)
        return;
    m_reported = true;
    emit errorOccurred(error.message);
}

bool CaseView::showRecord()
{
    auto record = m_store->caseById(m_caseId);
    if (!record) {
        report(record.error());
        return false;
    }
    showFacts(*record);
    showBanners(*record);
    showFollowUp(*record);
    showTransactions();

    const bool urgent =
        record->family == core::family::Security && !core::isClosedStatus(record->status);
    auto checklist = m_store->checklist(m_caseId);
    if (!checklist)
        report(checklist.error());
    m_checklist->setItems(checklist ? *checklist : QList<core::ChecklistItem>(), urgent);

    auto letters = m_store->letters(m_caseId);
    if (!letters)
        report(letters.error());
    m_letters->setLetters(letters ? *letters : QList<core::Letter>());
    return true;
}

QString CaseView::providerText(const core::CaseRecord& record) const
{
    if (m_providers && !record.providerKey.isEmpty()) {
        if (const auto provider = m_providers->provider(record.providerKey)) {
            const QString name = provider->name.text(m_language);
            if (!name.isEmpty())
                return name;
        }
    }
    return record.providerName.isEmpty() ? record.providerKey : record.providerName;
}

void CaseView::showFacts(const core::CaseRecord& r)
{
    m_titleLabel->setText(r.title.trimmed().isEmpty() ? tr("(untitled case)") : r.title);
    setFact(u"statusLabel"_s, CaseText::status(r.status));
    setFact(u"providerLabel"_s, providerText(r));
    QString problem = CaseText::family(m_taxonomy, r.family, m_language);
    if (!r.subtype.isEmpty()) {
        problem = tr("%1 / %2", "problem family / subtype")
                      .arg(problem, CaseText::subtype(m_taxonomy, r.subtype, m_language));
    }
    setFact(u"problemLabel"_s, problem);
    setFact(u"incidentLabel"_s, CaseText::optionalDateTime(r.incidentAt));
    setFact(u"amountLabel"_s,
            r.amountMinor ? CaseText::money(*r.amountMinor, r.currency) : QString());
    QStringList references;
    for (const QString& reference : r.references) {
        if (!reference.trimmed().isEmpty())
            references << reference.trimmed();
    }
    setFact(u"referencesLabel"_s, references.join(u'\n'));
    setFact(u"accountLabel"_s, core::maskAccount(r.accountRef));
    setFact(u"descriptionLabel"_s, r.description);
    QStringList remedies;
    for (const QString& key : r.remedies)
        remedies << CaseText::remedy(key);
    setFact(u"remediesLabel"_s, QLocale().createSeparatedList(remedies));
    setFact(u"remedyNoteLabel"_s, r.remedyNote);
    setFact(u"closedLabel"_s, CaseText::optionalDateTime(r.closedAt));
    setFact(u"createdLabel"_s, CaseText::dateTime(r.createdAt));
    setFact(u"updatedLabel"_s, CaseText::dateTime(r.updatedAt));
}

void CaseView::showBanners(const core::CaseRecord& r)
{
    const bool open = !core::isClosedStatus(r.status);
    const bool urgent = open && r.family == core::family::Security;
    m_urgentLabel->setVisible(urgent);
    QPalette palette = m_titleLabel->parentWidget()->palette();
    if (urgent) {
        // The most direct way to stop further loss, from the directory, right under the title.
        QString text = tr("Urgent: a security problem that is still open. Money or the account "
                          "may still be at risk.");
        if (m_providers) {
            if (const auto provider = m_providers->provider(r.providerKey);
                provider && !provider->freeze.isEmpty()) {
                const core::Channel& freeze = provider->freeze.first();
                const QString how = freeze.path.text(m_language);
                text += u"\n"_s + tr("If the account is not frozen yet, do it now: %1")
                                      .arg(how.isEmpty() ? freeze.value : how);
            }
        }
        m_urgentLabel->setText(text);
        styleBox(m_urgentLabel, CaseText::warningColour(), CaseText::warningColour());
        palette.setColor(QPalette::WindowText, CaseText::warningColour());
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
        report(reminders.error());
        m_followUpLabel->hide();
        return;
    }
    std::optional<core::Reminder> next;
    for (const core::Reminder& reminder : *reminders) {
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
    QString text = overdue ? tr("Follow-up overdue since %1").arg(CaseText::dateTime(due))
                           : tr("Next follow-up: %1").arg(CaseText::dateTime(due));
    if (!next->text.trimmed().isEmpty())
        text += u"\n"_s + next->text.trimmed();
    m_followUpLabel->setText(text);
    if (overdue)
        styleBox(m_followUpLabel, CaseText::warningColour(), CaseText::warningColour());
    else
        styleBox(m_followUpLabel, palette().color(QPalette::Highlight));
    m_followUpLabel->show();
}

void CaseView::showTransactions()
{
    auto transactions = m_store->transactions(m_caseId);
    if (!transactions) {
        report(transactions.error());
        m_transactionsSection->hide();
        return;
    }
    QStringList lines;
    for (const core::TransactionRecord& t : *transactions) {
        QStringList parts;
        if (t.occurredAt)
            parts << CaseText::dateTime(*t.occurredAt);
        if (!t.counterparty.trimmed().isEmpty())
            parts << t.counterparty.trimmed();
        parts << CaseText::money(t.amountMinor, t.currency);
        if (!t.reference.trimmed().isEmpty())
            parts << tr("reference %1").arg(t.reference.trimmed());
        if (!t.status.trimmed().isEmpty())
            parts << t.status.trimmed();
        lines << parts.join(u" · "_s);
    }
    m_transactionsLabel->setText(lines.join(u'\n'));
    m_transactionsSection->setVisible(!lines.isEmpty());
}

void CaseView::fitEvidence()
{
    // The evidence list scrolls inside itself, which suits the wizard page; in the pane it is
    // shown whole, so the pane has one scroll bar and every preview is in view as the user
    // scrolls. Its scroll area remembers the size of the list it first had, so ask the list.
    const auto* inner = m_evidence->findChild<QScrollArea*>();
    if (!inner || !inner->widget())
        return;
    int height = inner->widget()->sizeHint().height() + 2 * inner->frameWidth() + 4;
    if (!m_evidence->message().isEmpty())
        height += 3 * fontMetrics().lineSpacing();
    m_evidence->setMinimumHeight(height);
}

void CaseView::onContactsChanged()
{
    // The contacts editor already shows its own change; the rest of the pane (last changed,
    // follow-up) is read again, and the list learns about it.
    m_reported = false;
    if (m_caseId > 0 && m_store)
        showRecord();
    emit caseChanged(m_caseId);
}

} // namespace wc::gui
