// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/CloseCaseDialog.h"

#include "followup/CaseLifecycle.h"
#include "gui/caseview/CaseText.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "model/Money.h"
#include "store/CaseStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

CloseCaseDialog::CloseCaseDialog(core::CaseStore& store, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_store(store), m_caseId(caseId), m_messageBar(new MessageBar(this)),
      m_caseLabel(new QLabel(this)), m_quietNote(new QLabel(this)),
      m_outcomes(new QButtonGroup(this)), m_fully(new QRadioButton(tr("Resolved &fully"), this)),
      m_partly(new QRadioButton(tr("Resolved &partly"), this)),
      m_notResolved(new QRadioButton(tr("&Not resolved"), this)), m_recovered(new QLineEdit(this)),
      m_recoveredLabel(new QLabel(this)), m_satisfaction(new QComboBox(this)), m_ok(nullptr)
{
    setObjectName(u"closeCaseDialog"_s);
    setWindowTitle(tr("Close case"));
    setMinimumWidth(460);

    m_caseLabel->setWordWrap(true);
    m_caseLabel->setTextFormat(Qt::PlainText);
    m_quietNote->setObjectName(u"quietNoteLabel"_s);
    m_quietNote->setWordWrap(true);
    m_quietNote->setStyleSheet(u"QLabel { background:#fff5d6; border:1px solid #e3c25a;"
                               u" color:#321; border-radius:4px; padding:4px 6px; }"_s);
    m_quietNote->hide();

    m_fully->setObjectName(u"resolvedFullyRadioButton"_s);
    m_partly->setObjectName(u"resolvedPartlyRadioButton"_s);
    m_notResolved->setObjectName(u"notResolvedRadioButton"_s);
    m_outcomes->addButton(m_fully);
    m_outcomes->addButton(m_partly);
    m_outcomes->addButton(m_notResolved);
    auto* outcomeBox = new QGroupBox(tr("How did it end?"), this);
    auto* outcomeLayout = new QVBoxLayout(outcomeBox);
    outcomeLayout->addWidget(m_fully);
    outcomeLayout->addWidget(m_partly);
    outcomeLayout->addWidget(m_notResolved);

    m_recovered->setObjectName(u"recoveredLineEdit"_s);
    m_recovered->setPlaceholderText(tr("e.g. 49.90 (leave empty if none)"));
    m_recovered->setClearButtonEnabled(true);
    m_recoveredLabel->setBuddy(m_recovered);
    m_satisfaction->setObjectName(u"satisfactionComboBox"_s);
    m_satisfaction->addItem(tr("Not rated"), 0);
    m_satisfaction->addItem(tr("1 — very dissatisfied"), 1);
    m_satisfaction->addItem(tr("2 — dissatisfied"), 2);
    m_satisfaction->addItem(tr("3 — neither"), 3);
    m_satisfaction->addItem(tr("4 — satisfied"), 4);
    m_satisfaction->addItem(tr("5 — very satisfied"), 5);
    auto* form = new QFormLayout;
    form->addRow(m_recoveredLabel, m_recovered);
    form->addRow(tr("&Satisfaction:"), m_satisfaction);

    auto* hint = new QLabel(tr("Closing records how the case ended and stops its reminders. "
                               "You can reopen it later."),
                            this);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"closeCaseOkButton"_s);
    m_ok->setText(tr("&Close case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcomes, &QButtonGroup::buttonToggled, this, &CloseCaseDialog::updateRecovered);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_caseLabel);
    layout->addWidget(m_quietNote);
    layout->addWidget(outcomeBox);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    load();
}

CloseCaseDialog* CloseCaseDialog::openFor(QWidget* parent, core::CaseStore& store, qint64 caseId)
{
    auto* dialog = new CloseCaseDialog(store, caseId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CloseCaseDialog::load()
{
    auto snapshot = m_store.snapshot(m_caseId);
    if (!snapshot) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The case could not be read: %1")
                                      .arg(snapshot.error().message));
        m_ok->setEnabled(false);
        return;
    }
    const core::CaseRecord& r = snapshot->record;
    m_currency = r.currency.trimmed().toUpper();
    m_caseLabel->setText(tr("Case: %1").arg(r.title.trimmed().isEmpty() ? tr("(untitled case)")
                                                                          : r.title.trimmed()));
    m_recoveredLabel->setText(m_currency.isEmpty()
                                  ? tr("Money &recovered:")
                                  : tr("Money &recovered (%1):").arg(m_currency));
    if (r.outcome == core::outcome::ResolvedFully)
        m_fully->setChecked(true);
    else if (r.outcome == core::outcome::ResolvedPartly)
        m_partly->setChecked(true);
    else if (r.outcome == core::outcome::NotResolved)
        m_notResolved->setChecked(true);
    if (r.recoveredMinor)
        m_recovered->setText(core::Money::format(*r.recoveredMinor, m_currency));
    if (r.satisfaction)
        m_satisfaction->setCurrentIndex(qMax(0, m_satisfaction->findData(*r.satisfaction)));

    m_wentQuiet = core::CaseLifecycle::closingNeedsConfirmation(*snapshot);
    if (m_wentQuiet) {
        const auto sent = core::CaseLifecycle::complaintSentAt(*snapshot);
        m_quietNote->setText(
            tr("No reply has been logged since the complaint went out on %1. If the company "
               "answered, log the reply first; if it never did, a follow-up or the next step "
               "of escalation may still help.")
                .arg(CaseText::dateTime(sent.value_or(0))));
        m_quietNote->show();
    }
    if (!core::isClosedStatus(r.status)
        && !core::CaseLifecycle::canMove(r.status, QString(core::status::ClosedUnresolved))) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("This case has not been sent yet, so it cannot be closed. "
                                     "Delete it instead if you no longer need it."));
        m_ok->setEnabled(false);
    }
    updateRecovered();
}

void CloseCaseDialog::updateRecovered()
{
    // Nothing was recovered when nothing was resolved; a stale amount must not be saved.
    const bool none = m_notResolved->isChecked();
    m_recovered->setEnabled(!none);
    if (none)
        m_recovered->clear();
}

bool CloseCaseDialog::closeCase()
{
    core::CaseOutcome result;
    if (m_fully->isChecked())
        result.outcome = QString(core::outcome::ResolvedFully);
    else if (m_partly->isChecked())
        result.outcome = QString(core::outcome::ResolvedPartly);
    else if (m_notResolved->isChecked())
        result.outcome = QString(core::outcome::NotResolved);
    if (result.outcome.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Choose how the case ended: resolved fully, partly or not "
                                     "at all."));
        m_fully->setFocus();
        return false;
    }
    if (const QString typed = m_recovered->text().trimmed(); !typed.isEmpty()) {
        auto amount = core::Money::parse(typed, m_currency);
        if (!amount) {
            m_messageBar->showMessage(MessageBar::Kind::Warning, amount.error().message);
            m_recovered->setFocus();
            return false;
        }
        result.recoveredMinor = *amount;
    }
    if (const int rating = m_satisfaction->currentData().toInt(); rating > 0)
        result.satisfaction = rating;

    if (m_wentQuiet) {
        const int choice = MessageBox::ask(
            this, QMessageBox::Question, tr("Close a case that went quiet?"),
            tr("The company has not replied since your complaint went out. Close the case "
               "anyway?\n\nIf you close it, its reminders stop. You can reopen it later."),
            {{CloseAnyway, tr("Close anyway"), QMessageBox::AcceptRole},
             {KeepOpen, tr("Keep it open"), QMessageBox::RejectRole}},
            KeepOpen);
        if (choice != CloseAnyway)
            return false;
    }
    if (auto closed = core::CaseLifecycle::close(m_store, m_caseId, result); !closed) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The case could not be closed: %1")
                                      .arg(closed.error().message));
        return false;
    }
    emit caseClosed(m_caseId);
    return true;
}

void CloseCaseDialog::accept()
{
    if (closeCase())
        QDialog::accept();
}

} // namespace wc::gui
