// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/ContactListEditor.h"

#include "gui/caseview/CaseText.h"
#include "gui/caseview/PromiseReminders.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/dialogs/ContactDialog.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"
#include "model/PromiseDate.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

QList<core::Contact> inTimeOrder(QList<core::Contact> contacts)
{
    std::stable_sort(
        contacts.begin(), contacts.end(),
        [](const core::Contact& a, const core::Contact& b) { return a.occurredAt < b.occurredAt; });
    return contacts;
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {})
{
    auto* item = new QTableWidgetItem(text.simplified());
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

ContactListEditor::ContactListEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)),
      m_emptyLabel(new QLabel(m_table->viewport())),
      m_addButton(new QPushButton(tr("&Add contact…"), this)),
      m_editButton(new QPushButton(tr("Ed&it…"), this)),
      m_removeButton(new QPushButton(tr("&Remove"), this))
{
    m_table->setObjectName(u"contactsTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Channel"), tr("Agent"), tr("Employee ID"),
                                        tr("Reference"), tr("What was said"), tr("Promise"),
                                        tr("Outcome")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // What was said gets a fair width of its own and the last column takes what is left: as
    // the stretching column it was squeezed to nothing beside the others (its header read
    // "was" in the walk).
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Earlier contacts"));

    m_emptyLabel->setObjectName(u"noContactsLabel"_s);
    m_emptyLabel->setText(tr("No contacts logged yet. Use Add contact for each call, chat, "
                             "email or visit."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false); // drawn greyed, like a placeholder text
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addWidget(m_emptyLabel);

    m_addButton->setObjectName(u"addContactPushButton"_s);
    m_addButton->setToolTip(tr("Log a call, chat, email or visit (Insert)"));
    m_editButton->setObjectName(u"editContactPushButton"_s);
    m_editButton->setToolTip(tr("Change the selected contact (Enter or double-click)"));
    m_removeButton->setObjectName(u"removeContactPushButton"_s);
    m_removeButton->setToolTip(tr("Remove the selected contact (Delete)"));

    connect(m_addButton, &QPushButton::clicked, this, &ContactListEditor::addContact);
    connect(m_editButton, &QPushButton::clicked, this, &ContactListEditor::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ContactListEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContactListEditor::updateButtons);
    connect(m_table, &QTableWidget::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) {
            selectRow(index.row());
            editSelected();
        }
    });
    // Shortcuts rather than keyPressEvent: an item view passes Enter on to the window, where it
    // would also press the wizard's Next button.
    const auto shortcut = [this](const QKeySequence& keys, void (ContactListEditor::*slot)()) {
        auto* s = new QShortcut(keys, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    m_rowShortcuts = {shortcut(QKeySequence(Qt::Key_Return), &ContactListEditor::editSelected),
                      shortcut(QKeySequence(Qt::Key_Enter), &ContactListEditor::editSelected),
                      shortcut(QKeySequence(Qt::Key_F2), &ContactListEditor::editSelected)};
    // Delete is the main window's "delete case" too: a shortcut of the table's own would make
    // the key ambiguous and do nothing. The table claims it instead while a row is selected.
    m_table->installEventFilter(this);
    shortcut(QKeySequence(Qt::Key_Insert), &ContactListEditor::addContact);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    refreshTable();
}

void ContactListEditor::setEmptyText(const QString& text)
{
    m_emptyLabel->setText(text);
}

void ContactListEditor::setContacts(const QList<core::Contact>& contacts)
{
    m_contacts = inTimeOrder(contacts);
    m_removedIds.clear();
    refreshTable();
}

void ContactListEditor::bindStore(core::CaseStore* store, qint64 caseId)
{
    m_store = store;
    m_caseId = caseId;
    m_removedIds.clear();
    m_contacts.clear();
    reload();
}

void ContactListEditor::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    // Named in the column title where the computer's clock would read otherwise.
    const QString suffix = CaseText::zoneSuffix(m_zone, QDateTime::currentMSecsSinceEpoch());
    if (QTableWidgetItem* header = m_table->horizontalHeaderItem(WhenColumn))
        header->setText(suffix.isEmpty() ? tr("When")
                                         : tr("When (%1)", "time zone").arg(suffix));
    refreshTable();
}

void ContactListEditor::unbindStore()
{
    m_store = nullptr;
    m_caseId = 0;
    m_contacts.clear();
    refreshTable();
}

void ContactListEditor::reload()
{
    if (!m_store)
        return;
    const int row = selectedRow();
    const qint64 selectedId = row >= 0 ? m_contacts.at(row).id : 0;
    // The zone may have been changed on the Overview since the last reading.
    if (auto record = m_store->caseById(m_caseId))
        setTimeZone(core::CaseTimeZone::zoneFor(*record));
    auto loaded = m_store->contacts(m_caseId);
    if (!loaded) {
        m_contacts.clear();
        refreshTable();
        emit errorOccurred(tr("The contacts could not be read from the case file: %1")
                               .arg(loaded.error().message));
        return;
    }
    m_contacts = inTimeOrder(*loaded);
    refreshTable();
    if (selectedId > 0)
        selectRow(rowOfId(selectedId));
}

bool ContactListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete) && selectedRow() >= 0) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ContactDialog* ContactListEditor::currentDialog() const
{
    return m_dialog;
}

int ContactListEditor::selectedRow() const
{
    const QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const int row = rows.first().row();
    return row < m_contacts.size() ? row : -1;
}

void ContactListEditor::selectRow(int row)
{
    if (row < 0 || row >= m_table->rowCount()) {
        m_table->clearSelection();
        return;
    }
    m_table->setCurrentCell(row, WhenColumn);
    m_table->selectRow(row);
}

int ContactListEditor::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).id == id)
            return i;
    }
    return -1;
}

void ContactListEditor::addContact()
{
    openDialog(-1);
}

void ContactListEditor::editSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        openDialog(row);
}

void ContactListEditor::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const core::Contact removed = m_contacts.at(row);
    // A logged call is evidence and there is no undo: a click on Remove where Edit had just
    // been (the walk) took one away. Asked first, Keep the default.
    const QString day = removed.timeKnown ? CaseText::dateTime(removed.occurredAt, m_zone)
                                          : CaseText::date(removed.occurredAt, m_zone);
    const QString who = removed.agentName.trimmed();
    const QString what =
        who.isEmpty() ? tr("%1, %2").arg(ContactDialog::channelName(removed.channel), day)
                      : tr("%1, %2, %3").arg(ContactDialog::channelName(removed.channel), day, who);
    const int answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Remove this contact?"),
        tr("%1 will be removed from the case, with the reminder of any promise made in it. "
           "This cannot be undone.")
            .arg(what),
        {{RemoveContact, tr("&Remove"), QMessageBox::DestructiveRole},
         {KeepContact, tr("&Keep"), QMessageBox::RejectRole}},
        KeepContact);
    if (answer != RemoveContact)
        return;
    if (m_store) {
        // Its promise reminder goes with it.
        if (auto done = PromiseReminders::remove(*m_store, removed); !done) {
            emit errorOccurred(
                tr("The contact could not be removed: %1").arg(done.error().message));
            reload();
            return;
        }
        reload();
    } else {
        m_contacts.removeAt(row);
        if (removed.id > 0 && !m_removedIds.contains(removed.id))
            m_removedIds.append(removed.id);
        refreshTable();
    }
    // The row that moved up into the gap, so Delete pressed again goes on down the list.
    selectRow(qMin(row, m_contacts.size() - 1));
    m_table->setFocus();
    emit contactsChanged();
}

void ContactListEditor::openDialog(int row)
{
    // One form at a time; a second Add just brings the open one forward.
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    core::Contact contact;
    auto* dialog = new ContactDialog(this);
    dialog->setClock(m_clock);
    dialog->setTimeZone(m_zone);
    if (row >= 0) {
        contact = m_contacts.at(row);
        dialog->setWindowTitle(tr("Edit contact"));
    } else {
        const qint64 now = (m_clock ? *m_clock : core::Clock::system()).nowMs();
        contact.caseId = m_caseId;
        contact.occurredAt = now - now % MinuteMs; // the form shows minutes; so does the value
        contact.channel = AppSettings::lastContactChannel();
        if (!ContactDialog::channelKeys().contains(contact.channel))
            contact.channel = u"hotline"_s;
        contact.direction = u"outgoing"_s;
        dialog->setWindowTitle(m_newContactTitle.isEmpty() ? tr("Log an earlier contact")
                                                           : m_newContactTitle);
    }
    dialog->setContact(contact, row < 0);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        const core::Contact entered = dialog->contact();
        AppSettings::setLastContactChannel(entered.channel);
        storeContact(row, entered);
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        // Forgotten at once (deleted later): a new Add right after OK opens a new form.
        if (m_dialog == dialog)
            m_dialog = nullptr;
        dialog->deleteLater();
        m_table->setFocus();
    });
    m_dialog = dialog;
    dialog->open();
}

void ContactListEditor::storeContact(int row, const core::Contact& contact)
{
    if (m_store) {
        core::Contact c = contact;
        c.caseId = m_caseId;
        qint64 id = c.id;
        core::Result<void> stored;
        // A promised-by date keeps a reminder of its own, saved with the contact.
        if (auto saved = PromiseReminders::save(*m_store, c))
            id = *saved;
        else
            stored = std::move(saved).error();
        if (!stored) {
            emit errorOccurred(
                tr("The contact could not be saved: %1").arg(stored.error().message));
            reload();
            return;
        }
        reload();
        selectRow(rowOfId(id));
    } else {
        const bool replaces = row >= 0 && row < m_contacts.size();
        const int placed = placeInOrder(contact, replaces ? row : -1);
        refreshTable();
        selectRow(placed);
    }
    emit contactsChanged();
}

int ContactListEditor::placeInOrder(const core::Contact& contact, int replacing)
{
    if (replacing >= 0)
        m_contacts.removeAt(replacing);
    // After every contact at the same time, so an entry logged later shows later.
    const auto at =
        std::upper_bound(m_contacts.begin(), m_contacts.end(), contact.occurredAt,
                         [](qint64 t, const core::Contact& c) { return t < c.occurredAt; });
    const int row = int(at - m_contacts.begin());
    m_contacts.insert(row, contact);
    return row;
}

void ContactListEditor::refreshTable()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_contacts.size()));
    for (int row = 0; row < m_contacts.size(); ++row) {
        const core::Contact& c = m_contacts.at(row);
        QString channel = ContactDialog::channelName(c.channel);
        if (c.direction == u"incoming"_s)
            channel =
                tr("%1 (from them)", "contact channel, the provider made contact").arg(channel);
        QString promise = c.promise;
        // ", by <date>" only when the words do not say the day already.
        if (c.promisedBy
            && !core::promiseNamesDate(
                c.promise, QDateTime::fromMSecsSinceEpoch(*c.promisedBy, m_zone).date())) {
            // A promise is a day, shown as one: the day its reminder comes.
            const QString by = CaseText::date(*c.promisedBy, m_zone);
            promise = promise.isEmpty() ? tr("by %1").arg(by)
                                        : tr("%1, by %2", "promise, date").arg(promise, by);
        }
        QString summaryTip = c.summary;
        if (!c.outcome.isEmpty())
            summaryTip +=
                (summaryTip.isEmpty() ? QString() : u"\n\n"_s) + tr("Outcome: %1").arg(c.outcome);
        m_table->setItem(row, WhenColumn,
                         cell(c.timeKnown ? CaseText::dateTime(c.occurredAt, m_zone)
                                          : CaseText::date(c.occurredAt, m_zone)));
        m_table->setItem(row, ChannelColumn, cell(channel));
        m_table->setItem(row, AgentColumn, cell(c.agentName));
        m_table->setItem(row, AgentIdColumn, cell(c.agentId));
        m_table->setItem(row, ReferenceColumn, cell(c.reference));
        m_table->setItem(row, SummaryColumn, cell(c.summary, summaryTip));
        m_table->setItem(row, PromiseColumn, cell(promise));
        m_table->setItem(row, OutcomeColumn, cell(c.outcome));
    }
    // Fitted to their contents, but no column crowds out what was said; a long promise or
    // outcome is elided and shown whole in its tooltip.
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    const int widest = qMax(120, charWidth * 28);
    for (int column = WhenColumn; column < ColumnCount; ++column) {
        m_table->resizeColumnToContents(column);
        // What was said may take more, but never less than its header and about 24 characters.
        const int most = column == SummaryColumn ? qMax(widest, charWidth * 40) : widest;
        const int least = column == SummaryColumn
            ? qMax(charWidth * 24,
                   m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
                       m_table->horizontalHeaderItem(column)->text()) + 2 * charWidth)
            : 0;
        m_table->setColumnWidth(column, qBound(least, m_table->columnWidth(column), most));
    }
    m_emptyLabel->setVisible(m_contacts.isEmpty());
    updateButtons();
}

void ContactListEditor::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    for (QShortcut* s : std::as_const(m_rowShortcuts))
        s->setEnabled(selected);
}

} // namespace wc::gui
