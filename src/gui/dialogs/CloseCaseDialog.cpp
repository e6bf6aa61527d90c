// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/CloseCaseDialog.h"
#include "ui_CloseCaseDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "model/Money.h"

#include <QButtonGroup>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

CloseCaseDialog::CloseCaseDialog(core::CaseStore& store, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloseCaseDialog>()), m_store(store),
      m_caseId(caseId), m_messageBar(new MessageBar(this)), m_outcomes(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    m_ui->dialogLayout->insertWidget(0, m_messageBar);
    m_ui->quietNoteLabel->setStyleSheet(u"QLabel { background:#fff5d6; border:1px solid #e3c25a;"
                                        u" color:#321; border-radius:4px; padding:4px 6px; }"_s);
    m_ui->quietNoteLabel->hide();
    // Its room is kept when it goes (choosing "resolved" hides it): the fields below must not
    // move under the pointer (a click meant for the amount opened the satisfaction list).
    {
        QSizePolicy keep = m_ui->quietNoteLabel->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        m_ui->quietNoteLabel->setSizePolicy(keep);
    }
    m_outcomes->addButton(m_ui->resolvedFullyRadioButton);
    m_outcomes->addButton(m_ui->resolvedPartlyRadioButton);
    m_outcomes->addButton(m_ui->notResolvedRadioButton);

    QComboBox* satisfaction = m_ui->satisfactionComboBox;
    satisfaction->addItem(tr("Not rated"), 0);
    satisfaction->addItem(tr("1 — very dissatisfied"), 1);
    satisfaction->addItem(tr("2 — dissatisfied"), 2);
    satisfaction->addItem(tr("3 — neither"), 3);
    satisfaction->addItem(tr("4 — satisfied"), 4);
    satisfaction->addItem(tr("5 — very satisfied"), 5);

    m_ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"closeCaseOkButton"_s);
    m_ok->setText(tr("&Close case"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CloseCaseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcomes, &QButtonGroup::buttonToggled, this, &CloseCaseDialog::outcomeChanged);
    connect(m_ui->recoveredLineEdit, &QLineEdit::textChanged, this,
            &CloseCaseDialog::outcomeChanged);
    load();
}

CloseCaseDialog::~CloseCaseDialog() = default;

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
    m_snapshot = std::move(*snapshot);
    const core::CaseRecord& r = m_snapshot->record;
    m_currency = r.currency.trimmed().toUpper();
    m_ui->caseLabel->setText(tr("Case: %1").arg(
        r.title.trimmed().isEmpty() ? tr("(untitled case)") : r.title.trimmed()));
    // The money as the interface writes it: "(¥)" in Chinese, "($)" in English, the code only
    // where a symbol could be misread.
    const QString symbol = CaseText::currencySymbol(m_currency);
    m_ui->recoveredLabel->setText(
        m_currency.isEmpty() ? tr("Money &recovered:")
                             : tr("Money &recovered (%1):").arg(symbol.isEmpty() ? m_currency : symbol));
    if (r.outcome == core::outcome::ResolvedFully)
        m_ui->resolvedFullyRadioButton->setChecked(true);
    else if (r.outcome == core::outcome::ResolvedPartly)
        m_ui->resolvedPartlyRadioButton->setChecked(true);
    else if (r.outcome == core::outcome::NotResolved)
        m_ui->notResolvedRadioButton->setChecked(true);
    if (r.recoveredMinor)
        m_ui->recoveredLineEdit->setText(core::Money::format(*r.recoveredMinor, m_currency));
    if (r.satisfaction)
        m_ui->satisfactionComboBox->setCurrentIndex(
            qMax(0, m_ui->satisfactionComboBox->findData(*r.satisfaction)));
    m_ui->outcomeNotePlainTextEdit->setPlainText(r.outcomeNote);

    if (core::CaseLifecycle::closingNeedsConfirmation(*m_snapshot)) {
        const auto sent = core::CaseLifecycle::complaintSentAt(*m_snapshot);
        m_ui->quietNoteLabel->setText(
            tr("No reply has been logged since the complaint went out on %1. If the company "
               "answered, log the reply first; if it never did, a follow-up or the next step "
               "of escalation may still help.")
                .arg(CaseText::dateTime(sent.value_or(0), core::CaseTimeZone::zoneFor(r))));
    }
    if (!core::isClosedStatus(r.status)
        && !core::CaseLifecycle::canMove(r.status, QString(core::status::ClosedUnresolved))) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("This case has not been sent yet, so it cannot be closed. "
                                     "Delete it instead if you no longer need it."));
        m_ok->setEnabled(false);
    }
    outcomeChanged();
}

core::CaseOutcome CloseCaseDialog::chosenOutcome() const
{
    core::CaseOutcome result;
    if (m_ui->resolvedFullyRadioButton->isChecked())
        result.outcome = QString(core::outcome::ResolvedFully);
    else if (m_ui->resolvedPartlyRadioButton->isChecked())
        result.outcome = QString(core::outcome::ResolvedPartly);
    else if (m_ui->notResolvedRadioButton->isChecked())
        result.outcome = QString(core::outcome::NotResolved);
    if (const QString typed = m_ui->recoveredLineEdit->text().trimmed(); !typed.isEmpty()) {
        if (auto amount = core::Money::parse(typed, m_currency))
            result.recoveredMinor = *amount;
    }
    if (const int rating = m_ui->satisfactionComboBox->currentData().toInt(); rating > 0)
        result.satisfaction = rating;
    result.note = m_ui->outcomeNotePlainTextEdit->toPlainText().trimmed();
    return result;
}

void CloseCaseDialog::outcomeChanged()
{
    // Nothing was recovered when nothing was resolved; a stale amount must not be saved.
    const bool none = m_ui->notResolvedRadioButton->isChecked();
    m_ui->recoveredLineEdit->setEnabled(!none);
    if (none && !m_ui->recoveredLineEdit->text().isEmpty())
        m_ui->recoveredLineEdit->clear(); // comes back here once, with nothing to clear
    // "No reply logged" matters only while the outcome does not say they answered.
    m_ui->quietNoteLabel->setVisible(
        m_snapshot && core::CaseLifecycle::closingNeedsConfirmation(*m_snapshot, chosenOutcome()));
}

bool CloseCaseDialog::closeCase()
{
    if (!m_snapshot)
        return false;
    core::CaseOutcome result = chosenOutcome();
    if (result.outcome.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("Choose how the case ended: resolved fully, partly or not "
                                     "at all."));
        m_ui->resolvedFullyRadioButton->setFocus();
        return false;
    }
    if (const QString typed = m_ui->recoveredLineEdit->text().trimmed(); !typed.isEmpty()) {
        auto amount = core::Money::parse(typed, m_currency);
        if (!amount) {
            m_messageBar->showMessage(MessageBar::Kind::Warning, amount.error().message);
            m_ui->recoveredLineEdit->setFocus();
            return false;
        }
        result.recoveredMinor = *amount;
    }

    if (core::CaseLifecycle::closingNeedsConfirmation(*m_snapshot, result)) {
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
