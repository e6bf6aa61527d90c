// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ReminderPopup.h"

#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/reminders/NextStep.h"
#include "gui/reminders/SnoozeDateDialog.h"
#include "gui/widgets/MessageBar.h"

#include <QDateTime>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QLabel* textLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReminderPopup::ReminderPopup(QWidget* parent)
    : QWidget(parent, Qt::Window), m_model(new ReminderListModel(this)),
      m_messageBar(new MessageBar(this)), m_heading(new QLabel(this)), m_list(new QTreeView(this))
{
    setObjectName(u"reminderPopup"_s);
    setWindowTitle(tr("WalletCase reminders"));
    // Closing the pop-up while the main window waits in the tray must not quit the app.
    setAttribute(Qt::WA_QuitOnClose, false);
    // It appears on its own, on a timer: keys the user is typing stay where they were going.
    setAttribute(Qt::WA_ShowWithoutActivating);

    m_heading->setObjectName(u"reminderHeadingLabel"_s);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_heading->setFont(big);
    // A band of colour and a border, so the pop-up stands out from the window behind it even
    // where the desktop draws no window frame.
    m_heading->setStyleSheet(u"QLabel#reminderHeadingLabel { background:#fde8b4; color:#3d2a00;"
                             u" border-bottom:1px solid #e3c25a; padding:8px 10px; }"_s);
    setStyleSheet(u"wc--gui--ReminderPopup { border:1px solid #b08a2e; }"
                  u"QFrame[reminderItem=\"true\"] { background:palette(base);"
                  u" border:1px solid palette(mid); border-radius:4px; }"_s);

    // Uniform rows: the view lays out only what is on screen, however long the list.
    m_list->setObjectName(u"reminderListView"_s);
    m_list->setModel(m_model);
    m_list->setHeaderHidden(true);
    m_list->setUniformRowHeights(true);
    m_list->setItemsExpandable(false);
    m_list->setRootIsDecorated(false);
    m_list->setExpandsOnDoubleClick(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Due reminders, by case"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showReminder(m_model->reminderIdAt(current)); });
    // Enter or a double-click on a reminder opens its case, as Open case does.
    connect(m_list, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openCaseRequested(index.data(ReminderListModel::CaseIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_list->expandAll();
        afterRowsChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReminderPopup::afterRowsChanged);

    auto* later = new QPushButton(tr("&Later"), this);
    later->setObjectName(u"reminderLaterButton"_s);
    later->setToolTip(tr("Close this window. The reminders stay in the follow-ups list."));
    connect(later, &QPushButton::clicked, this, &QWidget::close);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(later);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(10, 8, 10, 10);
    body->addWidget(m_messageBar);
    body->addWidget(m_list, 1);
    body->addWidget(buildDetail());
    body->addLayout(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);
    setAttribute(Qt::WA_StyledBackground);
    resize(560, 480);
}

void ReminderPopup::setDirectory(const core::ProviderDirectory* directory, const QString& language)
{
    m_directory = directory;
    m_language = language;
}

void ReminderPopup::setSuggester(ReminderListModel::Suggester suggester)
{
    m_model->setSuggester(std::move(suggester));
}

QWidget* ReminderPopup::buildDetail()
{
    auto* frame = new QFrame(this);
    frame->setObjectName(u"reminderItem"_s);
    frame->setProperty("reminderItem", true);
    frame->setFrameShape(QFrame::StyledPanel);

    m_whatLabel = textLabel(u"reminderWhatLabel"_s, frame);
    QFont bold = m_whatLabel->font();
    bold.setBold(true);
    m_whatLabel->setFont(bold);
    m_caseLabel = textLabel(u"reminderCaseLabel"_s, frame);
    m_sinceLabel = textLabel(u"reminderSinceLabel"_s, frame);
    m_stepLabel = textLabel(u"reminderStepLabel"_s, frame);

    // The buttons act on the reminder shown, whichever it is when they are pressed.
    auto* open = new QPushButton(tr("&Open case"), frame);
    open->setObjectName(u"openCaseButton"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const auto shown = m_model->item(m_currentId))
            emit openCaseRequested(shown->caseId);
    });

    auto* snooze = new QToolButton(frame);
    snooze->setObjectName(u"snoozeButton"_s);
    snooze->setText(tr("&Snooze"));
    snooze->setPopupMode(QToolButton::InstantPopup);
    snooze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(snooze);
    menu->setObjectName(u"snoozeMenu"_s);
    const auto addSnooze = [&](const QString& label, const QString& name,
                               core::ReminderQueue::Snooze by) {
        QAction* a = menu->addAction(label);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, by] {
            if (m_currentId > 0)
                emit snoozeRequested(m_currentId, by);
        });
    };
    addSnooze(tr("For 1 &hour"), u"snoozeOneHourAction"_s, core::ReminderQueue::Snooze::OneHour);
    addSnooze(tr("Until &tomorrow (1 day)"), u"snoozeOneDayAction"_s,
              core::ReminderQueue::Snooze::OneDay);
    addSnooze(tr("For &3 days"), u"snoozeThreeDaysAction"_s,
              core::ReminderQueue::Snooze::ThreeDays);
    menu->addSeparator();
    QAction* pick = menu->addAction(tr("&Pick a date…"));
    pick->setObjectName(u"snoozeDateAction"_s);
    connect(pick, &QAction::triggered, this, [this] {
        if (m_currentId > 0)
            pickSnoozeDate(m_currentId);
    });
    snooze->setMenu(menu);

    auto* done = new QPushButton(tr("&Done"), frame);
    done->setObjectName(u"doneButton"_s);
    done->setToolTip(tr("You have dealt with it: the reminder will not come back."));
    connect(done, &QPushButton::clicked, this, [this] {
        if (m_currentId > 0)
            emit doneRequested(m_currentId);
    });

    m_stepButton = new QPushButton(frame);
    m_stepButton->setObjectName(u"nextStepButton"_s);
    connect(m_stepButton, &QPushButton::clicked, this, [this] {
        if (m_currentId > 0)
            emit nextStepRequested(m_currentId);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(snooze);
    buttons->addWidget(done);
    buttons->addStretch(1);
    buttons->addWidget(m_stepButton);

    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(m_whatLabel);
    layout->addWidget(m_caseLabel);
    layout->addWidget(m_sinceLabel);
    layout->addWidget(m_stepLabel);
    layout->addLayout(buttons);
    m_detail = frame;
    frame->hide();
    return frame;
}

void ReminderPopup::addItems(const QList<core::FollowUpItem>& items, bool overdueAtStart)
{
    const qint64 shown = m_currentId;
    m_model->addItems(items, overdueAtStart);
    // The reset forgot the current row: the reminder shown stays shown, else the first.
    const qint64 keep = m_model->contains(shown) ? shown : m_model->reminderIds().value(0);
    m_currentId = 0;
    if (keep > 0)
        m_list->setCurrentIndex(m_model->indexOf(keep));
    showReminder(keep);
}

void ReminderPopup::removeReminder(qint64 reminderId)
{
    m_model->removeReminder(reminderId);
    if (m_model->reminderCount() == 0)
        close(); // nothing left to decide
}

void ReminderPopup::afterRowsChanged()
{
    updateHeading();
    if (m_currentId > 0 && m_model->contains(m_currentId))
        return;
    // The reminder shown went: the one now in its place, else the first.
    const qint64 next = m_model->reminderIdAt(m_list->currentIndex());
    const qint64 id = next > 0 ? next : m_model->reminderIds().value(0);
    if (id > 0 && m_model->reminderIdAt(m_list->currentIndex()) != id)
        m_list->setCurrentIndex(m_model->indexOf(id));
    showReminder(id);
}

void ReminderPopup::clear()
{
    m_model->clear();
    m_messageBar->hide();
    showReminder(0);
}

QList<qint64> ReminderPopup::reminderIds() const
{
    return m_model->reminderIds();
}

std::optional<core::FollowUpItem> ReminderPopup::item(qint64 reminderId) const
{
    return m_model->item(reminderId);
}

QWidget* ReminderPopup::itemWidget(qint64 reminderId)
{
    if (!m_model->contains(reminderId))
        return nullptr;
    if (m_currentId != reminderId) {
        m_list->setCurrentIndex(m_model->indexOf(reminderId));
        showReminder(reminderId);
    }
    return m_detail;
}

QString ReminderPopup::heading() const
{
    return m_heading->text();
}

void ReminderPopup::showError(const QString& message)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
}

void ReminderPopup::updateHeading()
{
    const int startup = m_model->overdueAtStartCount();
    const int n = m_model->reminderCount();
    if (startup > 0 && startup == n)
        m_heading->setText(tr("Overdue"));
    else if (startup > 0)
        m_heading->setText(tr("Overdue and due now"));
    else
        m_heading->setText(tr("Due now"));
    setWindowTitle(n == 1 ? tr("1 reminder — WalletCase") : tr("%1 reminders — WalletCase").arg(n));
}

void ReminderPopup::showReminder(qint64 reminderId)
{
    if (reminderId == m_currentId && (reminderId == 0 || m_detail->isVisibleTo(this)))
        return;
    m_currentId = reminderId;
    const auto item = reminderId > 0 ? m_model->item(reminderId) : std::nullopt;
    m_detail->setVisible(item.has_value());
    if (!item) {
        m_detail->setObjectName(u"reminderItem"_s);
        return;
    }
    m_detail->setObjectName(u"reminderItem%1"_s.arg(reminderId));
    m_whatLabel->setText(ReminderListModel::whatText(*item));
    const QString title = ReminderListModel::caseTitle(*item);
    const QString due = ReminderListModel::dueText(*item, m_model->overdueAtStart(reminderId));
    m_caseLabel->setText(item->providerName.isEmpty()
                             ? tr("Case: %1 — %2").arg(title, due)
                             : tr("Case: %1 (%2) — %3").arg(title, item->providerName, due));
    m_sinceLabel->setText(item->sinceSentMs
                              ? tr("Complaint sent %1 ago").arg(
                                    core::ReminderQueue::elapsedText(*item->sinceSentMs))
                              : tr("The complaint is not recorded as sent yet."));
    QString action;
    if (item->suggestion)
        action = NextStep::action(*item->suggestion);
    m_stepLabel->setVisible(!action.isEmpty());
    m_stepLabel->setText(action.isEmpty() ? QString()
                                          : tr("Suggested next step: %1").arg(action));
    m_stepLabel->setToolTip(action.isEmpty() ? QString()
                                             : NextStep::detail(*item->suggestion, m_directory,
                                                                m_language, item->zone));
    m_stepButton->setText(action);
    m_stepButton->setVisible(!action.isEmpty());
    if (item->suggestion && !item->suggestion->templateKey.isEmpty()
        && item->suggestion->templateKey != u"initial")
        m_stepButton->setToolTip(tr("Drafts the letter for this step and opens the case."));
    else
        m_stepButton->setToolTip(tr("Opens the case."));
}

void ReminderPopup::pickSnoozeDate(qint64 reminderId)
{
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    // The days of the reminder's case: "tomorrow" there.
    const auto entry = item(reminderId);
    const QTimeZone zone = entry ? entry->zone : QTimeZone::systemTimeZone();
    const QDate tomorrow = core::followup::localDate(now, zone).addDays(1);
    auto* dialog = new SnoozeDateDialog(tomorrow, this);
    dialog->setTimeZone(zone);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reminderId] {
        emit snoozeUntilRequested(reminderId, dialog->date());
    });
    dialog->open();
}

} // namespace wc::gui
