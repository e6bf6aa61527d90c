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
#include <QScreen>
#include <QScrollArea>
#include <QToolButton>
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
    : QWidget(parent, Qt::Window), m_messageBar(new MessageBar(this)), m_heading(new QLabel(this)),
      m_listWidget(new QWidget(this)), m_listLayout(new QVBoxLayout(m_listWidget))
{
    setObjectName(u"reminderPopup"_s);
    setWindowTitle(tr("WalletCase reminders"));
    // Closing the pop-up while the main window waits in the tray must not quit the app.
    setAttribute(Qt::WA_QuitOnClose, false);

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

    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(8);
    m_listLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"reminderScrollArea"_s);
    scroll->setWidget(m_listWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

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
    body->addWidget(scroll, 1);
    body->addLayout(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);
    m_scroll = scroll;
    m_body = body;
    m_later = later;
    setAttribute(Qt::WA_StyledBackground);
    resize(560, 360);
}

void ReminderPopup::setDirectory(const core::ProviderDirectory* directory, const QString& language)
{
    m_directory = directory;
    m_language = language;
}

void ReminderPopup::addItems(const QList<core::FollowUpItem>& items, bool overdueAtStart)
{
    for (const core::FollowUpItem& item : items) {
        auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return e.item.reminder.id == item.reminder.id;
        });
        if (it != m_entries.end()) {
            delete it->widget;
            it->item = item;
            it->widget = makeItemWidget(*it);
            continue;
        }
        Entry entry{item, overdueAtStart, nullptr};
        entry.widget = makeItemWidget(entry);
        m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        return a.item.dueAt < b.item.dueAt;
    });
    relayout();
}

void ReminderPopup::removeReminder(qint64 reminderId)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).item.reminder.id == reminderId) {
            m_entries.at(i).widget->deleteLater();
            m_entries.removeAt(i);
            break;
        }
    }
    relayout();
    if (m_entries.isEmpty())
        close(); // nothing left to decide
}

void ReminderPopup::clear()
{
    for (const Entry& e : std::as_const(m_entries))
        delete e.widget;
    m_entries.clear();
    m_messageBar->hide();
    relayout();
}

QList<qint64> ReminderPopup::reminderIds() const
{
    QList<qint64> ids;
    for (const Entry& e : m_entries)
        ids << e.item.reminder.id;
    return ids;
}

std::optional<core::FollowUpItem> ReminderPopup::item(qint64 reminderId) const
{
    for (const Entry& e : m_entries) {
        if (e.item.reminder.id == reminderId)
            return e.item;
    }
    return std::nullopt;
}

QWidget* ReminderPopup::itemWidget(qint64 reminderId) const
{
    for (const Entry& e : m_entries) {
        if (e.item.reminder.id == reminderId)
            return e.widget;
    }
    return nullptr;
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
    const auto startup = std::count_if(m_entries.cbegin(), m_entries.cend(),
                                       [](const Entry& e) { return e.overdueAtStart; });
    if (startup > 0 && startup == m_entries.size())
        m_heading->setText(tr("Overdue"));
    else if (startup > 0)
        m_heading->setText(tr("Overdue and due now"));
    else
        m_heading->setText(tr("Due now"));
    const int n = int(m_entries.size());
    setWindowTitle(n == 1 ? tr("1 reminder — WalletCase") : tr("%1 reminders — WalletCase").arg(n));
}

void ReminderPopup::relayout()
{
    // The stretch stays last; items go above it in due-time order.
    while (m_listLayout->count() > 1)
        delete m_listLayout->takeAt(0); // the layout item, not the widget it held
    for (int i = 0; i < m_entries.size(); ++i)
        m_listLayout->insertWidget(i, m_entries.at(i).widget);
    updateHeading();
    fitHeight();
}

void ReminderPopup::fitHeight()
{
    // Tall enough to show every reminder without scrolling, up to most of the screen.
    // Heading, the Later row, the margins and spacing around the list (the message bar, when
    // shown, may make it scroll).
    const int spacing = qMax(0, m_body->spacing());
    const int chrome = m_heading->sizeHint().height() + m_later->sizeHint().height()
        + m_body->contentsMargins().top() + m_body->contentsMargins().bottom() + 2 * spacing + 10;
    int wanted = chrome + m_listWidget->sizeHint().height() + 2 * m_scroll->frameWidth();
    if (const QScreen* screen = this->screen())
        wanted = qMin(wanted, screen->availableGeometry().height() * 4 / 5);
    resize(width(), qMax(220, wanted));
}

QWidget* ReminderPopup::makeItemWidget(const Entry& entry)
{
    const core::FollowUpItem& item = entry.item;
    const qint64 id = item.reminder.id;
    auto* frame = new QFrame(m_listWidget);
    frame->setObjectName(u"reminderItem%1"_s.arg(id));
    frame->setProperty("reminderItem", true);
    frame->setFrameShape(QFrame::StyledPanel);

    QLabel* what = textLabel(u"reminderWhatLabel"_s, frame);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    const QString kind = NextStep::kindTitle(item.reminder.kind);
    const QString text = item.reminder.text.trimmed();
    what->setText(text.isEmpty() ? kind : tr("%1: %2").arg(kind, text));

    QLabel* caseLabel = textLabel(u"reminderCaseLabel"_s, frame);
    const QString title = item.caseTitle.trimmed().isEmpty() ? tr("(untitled case)")
                                                              : item.caseTitle.trimmed();
    // Fell due while WalletCase was closed: overdue; else it is due just now.
    const QString due = entry.overdueAtStart
        ? tr("overdue since %1").arg(CaseText::zonedDateTime(item.dueAt, item.zone))
        : tr("due %1").arg(CaseText::zonedDateTime(item.dueAt, item.zone));
    caseLabel->setText(item.providerName.isEmpty()
                           ? tr("Case: %1 — %2").arg(title, due)
                           : tr("Case: %1 (%2) — %3").arg(title, item.providerName, due));

    QLabel* since = textLabel(u"reminderSinceLabel"_s, frame);
    since->setText(item.sinceSentMs
                       ? tr("Complaint sent %1 ago").arg(
                             core::ReminderQueue::elapsedText(*item.sinceSentMs))
                       : tr("The complaint is not recorded as sent yet."));

    QLabel* stepLabel = textLabel(u"reminderStepLabel"_s, frame);
    QString action;
    if (item.suggestion)
        action = NextStep::action(*item.suggestion);
    if (!action.isEmpty()) {
        stepLabel->setText(tr("Suggested next step: %1").arg(action));
        stepLabel->setToolTip(NextStep::detail(*item.suggestion, m_directory, m_language, item.zone));
    } else {
        stepLabel->hide();
    }

    auto* open = new QPushButton(tr("&Open case"), frame);
    open->setObjectName(u"openCaseButton"_s);
    const qint64 caseId = item.caseId;
    connect(open, &QPushButton::clicked, this, [this, caseId] { emit openCaseRequested(caseId); });

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
        connect(a, &QAction::triggered, this, [this, id, by] { emit snoozeRequested(id, by); });
    };
    addSnooze(tr("For 1 &hour"), u"snoozeOneHourAction"_s, core::ReminderQueue::Snooze::OneHour);
    addSnooze(tr("Until &tomorrow (1 day)"), u"snoozeOneDayAction"_s,
              core::ReminderQueue::Snooze::OneDay);
    addSnooze(tr("For &3 days"), u"snoozeThreeDaysAction"_s,
              core::ReminderQueue::Snooze::ThreeDays);
    menu->addSeparator();
    QAction* pick = menu->addAction(tr("&Pick a date…"));
    pick->setObjectName(u"snoozeDateAction"_s);
    connect(pick, &QAction::triggered, this, [this, id] { pickSnoozeDate(id); });
    snooze->setMenu(menu);

    auto* done = new QPushButton(tr("&Done"), frame);
    done->setObjectName(u"doneButton"_s);
    done->setToolTip(tr("You have dealt with it: the reminder will not come back."));
    connect(done, &QPushButton::clicked, this, [this, id] { emit doneRequested(id); });

    auto* step = new QPushButton(action, frame);
    step->setObjectName(u"nextStepButton"_s);
    step->setVisible(!action.isEmpty());
    if (item.suggestion && !item.suggestion->templateKey.isEmpty()
        && item.suggestion->templateKey != u"initial")
        step->setToolTip(tr("Drafts the letter for this step and opens the case."));
    else
        step->setToolTip(tr("Opens the case."));
    connect(step, &QPushButton::clicked, this, [this, id] { emit nextStepRequested(id); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(snooze);
    buttons->addWidget(done);
    buttons->addStretch(1);
    buttons->addWidget(step);

    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(what);
    layout->addWidget(caseLabel);
    layout->addWidget(since);
    layout->addWidget(stepLabel);
    layout->addLayout(buttons);
    return frame;
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
