// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/OverviewTab.h"

#include "followup/CaseLifecycle.h"
#include "followup/ReminderQueue.h"
#include "gui/caseview/CaseOutcomeBox.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseZoneCombo.h"
#include "gui/caseview/OverviewChecklist.h"
#include "gui/widgets/CaseFactsForm.h"
#include "gui/widgets/MessageBar.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "letters/LetterDrafter.h"
#include "store/CaseStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Every fact the tab edits, for comparing and merging records field by field.
template <typename F> void forEachFact(F&& apply)
{
    apply(&core::CaseRecord::title);
    apply(&core::CaseRecord::family);
    apply(&core::CaseRecord::subtype);
    apply(&core::CaseRecord::status);
    apply(&core::CaseRecord::providerKey);
    apply(&core::CaseRecord::providerName);
    apply(&core::CaseRecord::incidentAt);
    apply(&core::CaseRecord::incidentTimeKnown);
    apply(&core::CaseRecord::amountMinor);
    apply(&core::CaseRecord::currency);
    apply(&core::CaseRecord::references);
    apply(&core::CaseRecord::accountRef);
    apply(&core::CaseRecord::description);
    apply(&core::CaseRecord::remedies);
    apply(&core::CaseRecord::remedyNote);
    apply(&core::CaseRecord::language);
    apply(&core::CaseRecord::timeZone);
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

QLabel* mutedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(1);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

OverviewTab::OverviewTab(QWidget* parent) : QWidget(parent)
{
    buildUi();
    clear();
}

void OverviewTab::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"caseScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    m_messageBar = new MessageBar(content);
    m_messageBar->setObjectName(u"overviewMessageBar"_s);
    layout->addWidget(m_messageBar);
    // How a closed case ended comes first: it is the case's last word.
    m_outcome = new CaseOutcomeBox(content);
    layout->addWidget(m_outcome);

    m_form = new CaseFactsForm(content);
    QFormLayout* form = m_form->formLayout();

    m_status = new QComboBox(m_form);
    m_status->setObjectName(u"statusComboBox"_s);
    fillStatuses();
    m_close = new QPushButton(tr("C&lose case…"), m_form);
    m_close->setObjectName(u"closeCasePushButton"_s);
    m_close->setToolTip(tr("Record how the case ended: resolved, or closed without a solution"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_close);
    statusRow->addStretch(1);
    auto* statusLabel = new QLabel(tr("&Status:"), m_form);
    statusLabel->setBuddy(m_status);
    form->insertRow(0, statusLabel, statusRow);

    m_problem = new QComboBox(m_form);
    m_problem->setObjectName(u"problemComboBox"_s);
    auto* problemLabel = new QLabel(tr("Pro&blem:"), m_form);
    problemLabel->setBuddy(m_problem);
    form->insertRow(1, problemLabel, m_problem);

    m_caseLanguage = new QComboBox(m_form);
    m_caseLanguage->setObjectName(u"caseLanguageComboBox"_s);
    m_caseLanguage->setToolTip(tr("The language new letters for this case are written in"));
    for (const QString& code : core::LetterDrafter::languages())
        m_caseLanguage->addItem(CaseText::languageName(code), code);
    auto* languageLabel = new QLabel(tr("Letter lan&guage:"), m_form);
    languageLabel->setBuddy(m_caseLanguage);
    form->addRow(languageLabel, m_caseLanguage);

    // Every time of the case is shown, typed and written in this zone.
    m_zone = new CaseZoneCombo(m_form);
    m_zone->setToolTip(tr("Every time in this case is shown, typed and written in this time zone. "
                          "Changing it shows the same moments in the new zone."));
    m_zoneNote = mutedLabel(m_form);
    m_zoneNote->setObjectName(u"caseTimeZoneLabel"_s);
    auto* zoneColumn = new QVBoxLayout;
    zoneColumn->setSpacing(2);
    zoneColumn->addWidget(m_zone);
    zoneColumn->addWidget(m_zoneNote);
    auto* zoneLabel = new QLabel(tr("Time &zone:"), m_form);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, zoneColumn);

    layout->addWidget(heading(tr("The case"), content));
    layout->addWidget(m_form);

    m_dates = mutedLabel(content);
    m_dates->setObjectName(u"datesLabel"_s);
    layout->addWidget(m_dates);

    layout->addWidget(heading(tr("First steps"), content));
    m_steps = new OverviewChecklist(content);
    layout->addWidget(m_steps);

    auto* savedRow = new QHBoxLayout;
    m_saved = mutedLabel(content);
    m_saved->setObjectName(u"savedLabel"_s);
    m_undoButton = new QPushButton(tr("Un&do"), content);
    m_undoButton->setObjectName(u"undoPushButton"_s);
    m_undoButton->setToolTip(tr("Take back the last change saved here (Ctrl+Z)"));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_undoButton);
    layout->addLayout(savedRow);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    connect(m_form, &CaseFactsForm::committed, this, &OverviewTab::commitFacts);
    connect(m_form, &CaseFactsForm::providerChanged, this, &OverviewTab::showProviderName);
    connect(m_problem, &QComboBox::activated, this, &OverviewTab::commitFacts);
    connect(m_caseLanguage, &QComboBox::activated, this, &OverviewTab::commitFacts);
    connect(m_zone, &QComboBox::activated, this, &OverviewTab::commitFacts);
    connect(m_status, &QComboBox::activated, this, &OverviewTab::statusPicked);
    connect(m_close, &QPushButton::clicked, this, [this] { emit closeRequested(QString()); });
    connect(m_outcome, &CaseOutcomeBox::changeRequested, this,
            [this] { emit closeRequested(QString()); });
    connect(m_steps, &OverviewChecklist::saved, this, &OverviewTab::stepSaved);
    connect(m_steps, &OverviewChecklist::saveFailed, this, &OverviewTab::showError);
    connect(m_undoButton, &QPushButton::clicked, this, &OverviewTab::undoLast);
    // Inside a text field Ctrl+Z is the field's own undo; elsewhere it takes back the last save.
    auto* undo =
        new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, &OverviewTab::undoLast);
}

void OverviewTab::fillStatuses()
{
    for (QLatin1String key :
         {core::status::Draft, core::status::Ready, core::status::Sent, core::status::AwaitingReply,
          core::status::Escalated, core::status::Resolved, core::status::ClosedUnresolved})
        m_status->addItem(CaseText::status(key), QString(key));
}

void OverviewTab::fillProblems()
{
    m_problem->clear();
    if (m_taxonomy) {
        for (const core::Family& family : m_taxonomy->families()) {
            for (const core::Subtype& subtype : family.subtypes) {
                m_problem->addItem(
                    tr("%1 / %2", "problem family / subtype")
                        .arg(family.name.text(m_language), subtype.name.text(m_language)),
                    QStringList{family.key, subtype.key});
            }
        }
    }
}

void OverviewTab::setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                             const core::ProviderDirectory* providers, const QString& language)
{
    m_store = store;
    m_taxonomy = taxonomy;
    m_providers = providers;
    m_language = language;
    m_form->setProviders(providers, language);
    m_form->setClock(store ? &store->clock() : nullptr);
    m_steps->setContext(store, taxonomy, language);
    fillProblems();
    clear();
}

void OverviewTab::clear()
{
    m_record = core::CaseRecord{};
    m_record.status.clear();
    m_undo = nullptr;
    m_outcome->hide();
    m_messageBar->hide();
    m_saved->clear();
    m_undoButton->setEnabled(false);
}

void OverviewTab::showCase(const core::CaseRecord& record,
                           const QList<core::ChecklistItem>& checklist)
{
    const bool sameCase = record.id == m_record.id && record.id > 0;
    // Shown again (another tab saved something, say) while a field is being edited: what was
    // typed is saved rather than replaced by the stored value.
    const int savesBefore = m_saves;
    if (sameCase)
        commitFacts();
    // Saved just now: `record` was read before that and is older than the file.
    const bool savedMeanwhile = m_saves != savesBefore;
    const int scrolled = m_scroll->verticalScrollBar()->value();
    if (!sameCase) {
        m_undo = nullptr; // an undo belongs to the case it was made in
        m_messageBar->hide();
        m_saved->clear();
        m_undoButton->setEnabled(false);
    }
    if (!savedMeanwhile)
        m_record = record;
    showRecord();
    m_steps->showChecklist(m_record, checklist);
    const int shown = ++m_shown;
    if (sameCase) {
        // A refresh keeps the reader's place; the layout settles first. Unless another case
        // is shown by then.
        QTimer::singleShot(0, this, [this, scrolled, shown] {
            if (shown == m_shown)
                m_scroll->verticalScrollBar()->setValue(scrolled);
        });
    } else {
        m_scroll->verticalScrollBar()->setValue(0);
    }
}

QString OverviewTab::fallbackCurrency() const
{
    // Shown only for a case without a currency; the user's pick is what gets stored.
    if (m_providers) {
        if (const auto provider = m_providers->provider(m_record.providerKey)) {
            if (provider->regions.contains(u"CN"_s))
                return u"CNY"_s;
            if (provider->regions.contains(u"US"_s))
                return u"USD"_s;
        }
    }
    return m_language == u"zh_CN" ? u"CNY"_s : u"USD"_s;
}

void OverviewTab::showRecord()
{
    m_loading = true;
    const core::CaseRecord& r = m_record;
    m_status->setCurrentIndex(qMax(0, m_status->findData(r.status)));
    // Only the moves a case's story allows are offered (a sent case does not go back to
    // draft); the others stay listed, greyed, so the whole story can be read.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_status->model())) {
        const QStringList reachable = core::CaseLifecycle::nextStatuses(r.status);
        for (int i = 0; i < m_status->count(); ++i) {
            const QString key = m_status->itemData(i).toString();
            if (QStandardItem* item = model->item(i))
                item->setEnabled(key == r.status || reachable.contains(key));
        }
    }
    int problem = m_problem->findData(QStringList{r.family, r.subtype});
    if (problem < 0 && !r.family.isEmpty()) {
        // A subtype this version does not know (or none yet): shown as it is and kept.
        m_problem->addItem(tr("%1 / %2", "problem family / subtype")
                               .arg(CaseText::family(m_taxonomy, r.family, m_language),
                                    CaseText::subtype(m_taxonomy, r.subtype, m_language)),
                           QStringList{r.family, r.subtype});
        problem = m_problem->count() - 1;
    }
    m_problem->setCurrentIndex(problem);
    m_caseLanguage->setCurrentIndex(qMax(0, m_caseLanguage->findData(r.language)));
    // The stored instants, shown in the case's zone (after a zone change: the same moments).
    const QTimeZone zone = core::CaseTimeZone::zoneFor(r);
    m_zone->setZoneId(zone.id());
    m_form->setTimeZone(zone);
    m_steps->setTimeZone(zone);
    showZoneNote(zone);
    m_form->setRecord(r, fallbackCurrency());
    showProviderName();
    m_baseline = editedRecord();
    m_close->setEnabled(!core::isClosedStatus(r.status));
    m_outcome->showRecord(r);

    QStringList dates;
    dates << tr("Created %1").arg(CaseText::dateTime(r.createdAt, zone));
    dates << tr("last changed %1").arg(CaseText::dateTime(r.updatedAt, zone));
    if (r.closedAt)
        dates << tr("closed %1").arg(CaseText::dateTime(*r.closedAt, zone));
    m_dates->setText(dates.join(u" · "_s));
    m_loading = false;
}

void OverviewTab::showZoneNote(const QTimeZone& zone)
{
    // Only where a time could be misread: the computer shows another clock time.
    const qint64 now = m_store ? m_store->clock().nowMs() : QDateTime::currentMSecsSinceEpoch();
    const bool differs = core::CaseTimeZone::differsFromSystem(zone, now);
    m_zoneNote->setText(differs ? tr("Times in this case: %1. This computer is on %2.")
                                      .arg(CaseText::zoneName(zone, now),
                                           core::CaseTimeZone::offsetText(
                                               QTimeZone::systemTimeZone(), now))
                                : QString());
    m_zoneNote->setVisible(differs);
}

void OverviewTab::showProviderName()
{
    // The name field is for a provider not in the directory; for one that is, it is clutter.
    const bool other =
        m_form->providerCombo()->currentData().toString() == CaseFactsForm::otherProviderKey();
    m_form->formLayout()->setRowVisible(m_form->providerNameEdit(), other);
}

core::CaseRecord OverviewTab::editedRecord() const
{
    core::CaseRecord r = m_record;
    m_form->writeTo(r);
    const QStringList problem = m_problem->currentData().toStringList();
    if (problem.size() == 2) {
        r.family = problem.at(0);
        r.subtype = problem.at(1);
    }
    r.language = m_caseLanguage->currentData().toString();
    r.timeZone = QString::fromLatin1(m_zone->zoneId());
    std::sort(r.remedies.begin(), r.remedies.end()); // the order they were ticked in is no change
    return r;
}

void OverviewTab::commitPending()
{
    commitFacts();
}

void OverviewTab::commitFacts()
{
    if (m_loading || m_saving || !m_store || m_record.id <= 0)
        return;
    if (const QString problem = m_form->amountProblem(); !problem.isEmpty()) {
        showError(tr("The amount was not saved: %1").arg(problem));
        m_loading = true;
        m_form->setRecord(m_record, fallbackCurrency());
        m_loading = false;
        return;
    }
    // Only the fields the user changed are taken: the rest stays exactly as stored (a currency
    // shown for a case without one, say, is not written because it was shown).
    const core::CaseRecord edited = editedRecord();
    core::CaseRecord next = m_record;
    bool changedAny = false;
    forEachFact([&](auto member) {
        if (edited.*member != m_baseline.*member) {
            next.*member = edited.*member;
            changedAny = true;
        }
    });
    if (!changedAny)
        return;
    if (next.remedies != m_record.remedies) {
        // Stored in the form's order, like the wizard stores them.
        QStringList ordered;
        for (const QString& key : CaseFactsForm::remedyKeys()) {
            if (next.remedies.contains(key))
                ordered << key;
        }
        next.remedies = ordered;
    }
    saveRecord(next);
}

void OverviewTab::statusPicked()
{
    if (m_loading || m_record.id <= 0)
        return;
    const QString status = m_status->currentData().toString();
    if (status == m_record.status)
        return;
    if (core::isClosedStatus(status) && !core::isClosedStatus(m_record.status)) {
        // Closing is the workspace's to do; until it has, the status shown is the stored one.
        m_loading = true;
        m_status->setCurrentIndex(qMax(0, m_status->findData(m_record.status)));
        m_loading = false;
        emit closeRequested(status);
        return;
    }
    core::CaseRecord next = m_record;
    next.status = status;
    if (core::isClosedStatus(m_record.status)) {
        // Reopened: the old outcome no longer describes the case (as CaseLifecycle::move).
        next.outcome.clear();
        next.recoveredMinor.reset();
        next.satisfaction.reset();
        next.outcomeNote.clear();
    }
    saveRecord(next);
}

bool OverviewTab::saveRecord(const core::CaseRecord& next)
{
    m_saving = true;
    const core::CaseRecord before = m_record;
    // A new zone keeps the pending reminders' clock times (09:00 stays 09:00 in the new zone).
    auto saved = core::ReminderQueue::updateCaseKeepingReminderTimes(*m_store, next);
    core::Result<core::CaseRecord> reread =
        saved ? m_store->caseById(next.id) : core::Result<core::CaseRecord>(saved.error());
    m_saving = false;
    if (!reread) {
        showError(tr("Your change could not be saved, so the saved value is shown again: %1")
                      .arg(reread.error().message));
        showRecord();
        return false;
    }
    const core::CaseRecord after = *reread;
    m_record = after;
    ++m_saves;
    showRecord();
    m_undo = [this, before, after]() -> core::Result<void> {
        auto current = m_store->caseById(after.id);
        if (!current)
            return std::move(current).error();
        core::CaseRecord restored = *current;
        // A field changed again since (elsewhere) keeps its newer value.
        forEachFact([&](auto member) {
            if (restored.*member == after.*member)
                restored.*member = before.*member;
        });
        // Taking a zone change back moves the reminders back to their clock times too.
        return core::ReminderQueue::updateCaseKeepingReminderTimes(*m_store, restored);
    };
    showSaved();
    emit changed();
    return true;
}

void OverviewTab::stepSaved(const core::ChecklistItem& before)
{
    m_undo = [this, before]() -> core::Result<void> {
        return m_store->updateChecklistItem(before);
    };
    showSaved();
    emit changed();
}

bool OverviewTab::undoLast()
{
    if (!m_undo || !m_store)
        return false;
    const auto undo = std::move(m_undo);
    m_undo = nullptr;
    m_undoButton->setEnabled(false);
    if (auto undone = undo(); !undone) {
        showError(tr("The last change could not be taken back: %1").arg(undone.error().message));
        return false;
    }
    m_messageBar->hide();
    m_saved->setText(tr("The last change was taken back."));
    // The workspace reads the case again and shows what the file now holds.
    emit changed();
    return true;
}

void OverviewTab::showSaved()
{
    m_messageBar->hide();
    // The clock time of the computer the user is at: "saved just now", not a case time.
    const QString when = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(m_store->clock().nowMs()).toLocalTime().time(),
        CaseText::timeFormat());
    m_saved->setText(tr("Saved at %1. Ctrl+Z takes the change back.").arg(when));
    m_undoButton->setEnabled(true);
}

void OverviewTab::showError(const QString& text)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
    m_scroll->ensureWidgetVisible(m_messageBar);
}

} // namespace wc::gui
