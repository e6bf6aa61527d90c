// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QList>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QShortcut;
class QTableWidget;

namespace wc::core {
class CaseStore;
class Clock;
} // namespace wc::core

namespace wc::gui {

class ContactDialog;

// A table of a case's earlier contacts with Add / Edit / Remove. Two ways to use it:
//  - In memory (the wizard): setContacts() a list, let the user edit it, read contacts() and
//    removedIds() back. Nothing touches the store; the owner saves (CaseDraft::save).
//  - Bound to the store (the case view): bindStore(store, caseId) loads the case's contacts and
//    writes each add / edit / remove straight to the case file as its own transaction, together
//    with the reminder of a promised-by date (PromiseReminders); a failed write is reported
//    through errorOccurred and the table is reloaded from the store.
// The contact form (ContactDialog) is opened window-modal with open(), not exec(), so tests can
// find it as a child of this widget (findChild<ContactDialog*>()), fill it in and press OK.
// A new contact starts at "now" and on the channel used last (kept in AppSettings), because it
// is usually logged right after a call to the same hotline. Rows are in time order.
// Object names: contactsTableWidget, addContactPushButton, editContactPushButton,
// removeContactPushButton.
class ContactListEditor : public QWidget
{
    Q_OBJECT

public:
    // The answers to "Remove this contact?" (MessageBox ids, for tests).
    enum RemoveChoice { RemoveContact = 1, KeepContact };

    explicit ContactListEditor(QWidget* parent = nullptr);

    // The clock that gives a new contact's default time; the system clock when not set.
    void setClock(const core::Clock* clock) { m_clock = clock; }
    // The case's zone, in which times are listed and typed; bound to a store, the case's own
    // zone is read with the contacts. Default: the computer's zone.
    void setTimeZone(const QTimeZone& zone);

    // --- in-memory mode
    void setContacts(const QList<core::Contact>& contacts);
    QList<core::Contact> contacts() const { return m_contacts; }
    // Ids (> 0) of contacts from setContacts() that the user removed since.
    QList<qint64> removedIds() const { return m_removedIds; }

    // --- store-backed mode; `store` must outlive this widget (or call unbindStore()).
    void bindStore(core::CaseStore* store, qint64 caseId);
    void unbindStore();
    // Re-reads the contacts from the store (store-backed mode only).
    void reload();

    int selectedRow() const;
    void selectRow(int row);

    // The form's title for a new contact ("Log an earlier contact" when not set).
    void setNewContactTitle(const QString& title) { m_newContactTitle = title; }
    // What the empty list says, when the way to add is not this editor's own Add button.
    void setEmptyText(const QString& text);
    // The Add button, for an owner that offers adding in its own, more prominent way.
    QPushButton* addButton() const { return m_addButton; }
    // The form now open, if any.
    ContactDialog* currentDialog() const;

public slots:
    void addContact();     // opens the form for a new contact
    void editSelected();   // opens the form for the selected contact
    void removeSelected(); // removes the selected contact (no question; it is one row)

signals:
    // The list changed through the user (add, edit or remove).
    void contactsChanged();
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum ColumnId
    {
        WhenColumn,
        ChannelColumn,
        AgentColumn,
        AgentIdColumn,
        ReferenceColumn,
        SummaryColumn,
        PromiseColumn,
        OutcomeColumn,
        ColumnCount
    };

    void openDialog(int row);
    void storeContact(int row, const core::Contact& contact);
    void refreshTable();
    void updateButtons();
    // Puts `contact` in time order into m_contacts (replacing row `replacing` when >= 0) and
    // returns its row.
    int placeInOrder(const core::Contact& contact, int replacing);
    int rowOfId(qint64 id) const;

    QTableWidget* m_table;
    QLabel* m_emptyLabel; // shown over the empty table: what to do here
    // Enter / F2 on a row; off without a selection, so Enter still reaches the wizard's Next.
    QList<QShortcut*> m_rowShortcuts;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QList<core::Contact> m_contacts;
    QList<qint64> m_removedIds;
    const core::Clock* m_clock = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    core::CaseStore* m_store = nullptr;
    qint64 m_caseId = 0;
    QPointer<ContactDialog> m_dialog; // the open form, if any
    QString m_newContactTitle;
};

} // namespace wc::gui
