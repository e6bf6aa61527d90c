// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// CaseView::showSearchHit: a search hit opened from the case list lands on the tab and the row it
// was found in, with the term selected where it can be. Kept apart from CaseView.cpp, which is
// about showing a case, not about finding a place in it.
#include "gui/caseview/CaseView.h"

#include "gui/caseview/ContactsTab.h"
#include "gui/caseview/LettersTab.h"
#include "gui/caseview/OverviewTab.h"
#include "gui/evidence/EvidenceGallery.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/transactions/TransactionTableModel.h"
#include "gui/transactions/TransactionsPanel.h"
#include "gui/widgets/ContactListEditor.h"
#include "gui/widgets/LetterEditor.h"

#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Selects the first `term` in `edit` (any case) and brings it into view; false when absent.
bool selectIn(QPlainTextEdit* edit, const QString& term)
{
    if (!edit || term.isEmpty())
        return false;
    const QTextCursor found = edit->document()->find(term);
    if (found.isNull())
        return false;
    edit->setTextCursor(found);
    edit->ensureCursorVisible();
    edit->setFocus(Qt::OtherFocusReason);
    return true;
}

bool selectIn(QLineEdit* edit, const QString& term)
{
    if (!edit || term.isEmpty())
        return false;
    const qsizetype at = edit->text().indexOf(term, 0, Qt::CaseInsensitive);
    if (at < 0)
        return false;
    edit->setSelection(int(at), int(term.size()));
    edit->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace

void CaseView::showSearchHit(const QString& where, qint64 rowId, const QString& term)
{
    if (m_caseId <= 0)
        return;
    if (where == u"letter") {
        setCurrentTab(Letters);
        m_letters->selectLetter(rowId);
        LetterEditor* editor = m_letters->editor();
        // The body first: the subject repeats the references the body also holds.
        if (!selectIn(editor->bodyEdit(), term))
            selectIn(editor->findChild<QLineEdit*>(u"subjectLineEdit"_s), term);
        return;
    }
    if (where == u"contact") {
        setCurrentTab(Contacts);
        ContactListEditor* editor = m_contacts->editor();
        const QList<core::Contact> contacts = editor->contacts();
        for (int row = 0; row < contacts.size(); ++row) {
            if (contacts.at(row).id == rowId) {
                editor->selectRow(row);
                if (auto* table = editor->findChild<QTableWidget*>(u"contactsTableWidget"_s))
                    table->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    if (where == u"transaction") {
        setCurrentTab(Transactions);
        auto* table = m_transactions->findChild<QTableView*>(u"transactionsTableView"_s);
        auto* model = table ? qobject_cast<TransactionTableModel*>(table->model()) : nullptr;
        if (const int row = model ? model->rowOf(rowId) : -1; row >= 0) {
            const QModelIndex index = model->index(row, 0);
            table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            table->scrollTo(index);
            table->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    if (where == u"evidence") {
        setCurrentTab(Evidence);
        m_evidence->selectItem(rowId);
        if (auto* list = m_evidence->findChild<QListView*>())
            list->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The title and the details are the Overview's.
    setCurrentTab(Overview);
    if (where == u"details")
        selectIn(m_overview->findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s), term);
}

} // namespace wc::gui
