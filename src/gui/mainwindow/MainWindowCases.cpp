// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Where cases start: the new-complaint wizard (new or resumed), a duplicate-charge complaint
// offered from statement rows, and the example case offered on the first run.
#include "gui/mainwindow/MainWindow.h"

#include "cases/DuplicateChargeCase.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/mainwindow/CaseListPane.h"
#include "gui/widgets/MessageBox.h"
#include "gui/wizard/NewCaseWizard.h"
#include "guidance/DemoCase.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

bool MainWindow::closeWizard()
{
    if (!m_wizard)
        return true;
    m_wizard->reject(); // keeps the draft
    if (m_wizard->isVisible())
        return false; // the draft could not be saved and the user chose to stay
    // Now, not later: it must not outlive the store it holds a reference to.
    delete m_wizard.data();
    return true;
}

void MainWindow::openWizard(qint64 resumeCaseId)
{
    if (!m_taxonomyLoaded) {
        showError(m_guidanceError);
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto* wizard = new NewCaseWizard(*m_store, m_taxonomy, m_providers, m_store->clock(),
                                     resumeCaseId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewCaseWizard::caseSaved, this, &MainWindow::showSavedCase);
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        if (wizard->caseId() > 0)
            showSavedCase(wizard->caseId());
    });
    m_wizard = wizard;
    if (resumeCaseId > 0)
        m_caseList->reload(); // the wizard gives an untitled draft its title when it opens
    // open(), not exec(): window-modal, and the event loop (and tests) keep running.
    wizard->open();
}

void MainWindow::newComplaint()
{
    openWizard(0);
}

void MainWindow::resumeDraft(qint64 caseId)
{
    if (caseId > 0)
        openWizard(caseId);
}

void MainWindow::offerDuplicateCase(const QList<core::TransactionRecord>& charges)
{
    const qint64 from = m_caseView->caseId();
    if (from <= 0 || charges.isEmpty() || m_wizard)
        return;
    const int answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Duplicate charges"),
        tr("These transactions look like a duplicate charge. A complaint of its own gets the "
           "right remedy, deadlines and letter.\n\nStart a duplicate-charge complaint with them "
           "now? This case stays as it is."),
        {{StartDuplicateCase, tr("&Start a complaint"), QMessageBox::AcceptRole},
         {NotNow, tr("&Not now"), QMessageBox::RejectRole}},
        StartDuplicateCase);
    if (answer != StartDuplicateCase)
        return;
    auto started = core::DuplicateChargeCase::start(*m_store, from, charges,
                                                    NewCaseWizard::DetailsPageId);
    if (!started) {
        showError(tr("The duplicate-charge complaint could not be started: %1")
                      .arg(started.error().message));
        // A draft may have been saved before the failure; the list shows it either way.
    }
    refresh();
    if (started)
        openWizard(*started);
}

void MainWindow::addExampleCase()
{
    auto added = core::DemoCase::addTo(*m_store, CaseText::uiLanguage(), m_store->clock().nowMs());
    if (!added) {
        showError(tr("The example case could not be added: %1").arg(added.error().message));
        return;
    }
    showSavedCase(*added);
}

bool MainWindow::offerExampleCaseOnFirstRun()
{
    if (SettingsDialog::firstRunDone())
        return false;
    auto count = m_store->caseCount();
    if (!count)
        return false; // the list reports the read failure; ask on a later start
    // Someone who already has cases needs no example, now or later.
    if (*count > 0) {
        SettingsDialog::setFirstRunDone();
        return false;
    }
    enum { AddExample = 1, StartEmpty };
    const int choice = MessageBox::ask(
        this, QMessageBox::Question, tr("Welcome to WalletCase"),
        tr("Would you like to see an example first? WalletCase can add a finished example case "
           "— a duplicate charge with its evidence, earlier contacts, the letter that was sent "
           "and a follow-up date — so you can see what a complete case looks like.\n\nYou can "
           "delete it at any time, or add it later from the Help menu."),
        {{AddExample, tr("Add an example case"), QMessageBox::AcceptRole},
         {StartEmpty, tr("Start empty"), QMessageBox::RejectRole}},
        AddExample);
    SettingsDialog::setFirstRunDone();
    if (choice == AddExample)
        addExampleCase();
    return true;
}

} // namespace wc::gui
