// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ReminderNotifier.h"

#include "followup/FollowUpTime.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/reminders/ReminderPopup.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLoggingCategory>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcReminders, "walletcase.reminders")

namespace wc::gui {

namespace {

// The tray needs an icon; the theme may have none, so a plain drawn one stands in.
QIcon trayIconImage(const QWidget* window)
{
    QIcon icon = window ? window->windowIcon() : QIcon();
    if (icon.isNull())
        icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon::fromTheme(u"appointment-soon"_s);
    if (!icon.isNull())
        return icon;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1a, 0x6f, 0xd1));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(2, 2, 28, 28);
    painter.setPen(QPen(Qt::white, 3));
    painter.drawLine(16, 16, 16, 7);
    painter.drawLine(16, 16, 23, 16);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ReminderNotifier::ReminderNotifier(QWidget* window)
    : QObject(window), m_window(window), m_popup(new ReminderPopup(window)),
      m_timer(new QTimer(this))
{
    setObjectName(u"reminderNotifier"_s);
    // The window's first frame: the start-up list and other reading wait for it.
    if (window)
        window->installEventFilter(this);
    m_timer->setObjectName(u"reminderTimer"_s);
    m_timer->setInterval(DefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::poll);

    // Without the directory the ladder is not cross-checked; its regulator keys are only used
    // to name bodies, and a missing name just leaves the name out.
    if (auto ladder = core::EscalationLadder::load())
        m_ladder = std::move(*ladder);
    else
        qCWarning(lcReminders) << "no escalation ladder:" << ladder.error().detail;

    connect(m_popup, &ReminderPopup::openCaseRequested, this,
            &ReminderNotifier::openCaseRequested);
    connect(m_popup, &ReminderPopup::snoozeRequested, this, &ReminderNotifier::snooze);
    connect(m_popup, &ReminderPopup::snoozeUntilRequested, this, &ReminderNotifier::snoozeUntil);
    connect(m_popup, &ReminderPopup::doneRequested, this, &ReminderNotifier::markDone);
    connect(m_popup, &ReminderPopup::nextStepRequested, this, &ReminderNotifier::startNextStep);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(trayIconImage(window), this);
        m_tray->setObjectName(u"reminderTrayIcon"_s);
        m_tray->setToolTip(tr("WalletCase"));
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        emit trayActivated();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            emit trayActivated();
            if (!m_popup->reminderIds().isEmpty()) {
                m_popup->show();
                m_popup->raise();
            }
        });
    }
}

ReminderNotifier::~ReminderNotifier() = default;

void ReminderNotifier::setContext(core::CaseStore* store, const core::ProviderDirectory* directory,
                                  const QString& language)
{
    m_timer->stop();
    m_popup->clear();
    m_popup->hide();
    m_shown.clear();
    m_lastError.clear();
    m_startListed = false;
    m_waitingForPaint = false;
    m_store = store;
    m_directory = directory;
    m_language = language;
    m_queue.reset();
    m_popup->setDirectory(directory, language);
    m_popup->setClock(store ? &store->clock() : nullptr);
    if (!store) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    core::ReminderQueue::Options options;
    options.directory = directory;
    options.ladder = ladder();
    options.language = language;
    options.userRegion = NextStep::userRegion();
    m_queue = std::make_unique<core::ReminderQueue>(*store, store->clock(), options);
    // The step of a listed reminder reads its whole case: only for the one shown.
    m_popup->setSuggester([this](const core::FollowUpItem& item) {
        std::optional<core::SuggestedStep> step;
        if (m_queue) {
            if (auto read = m_queue->suggestionFor(item, m_queue->clock().nowMs()))
                step = *read;
        }
        return step;
    });
    if (m_tray)
        m_tray->show();
    m_timer->start();
    // Once the event loop runs, so the list appears over a window that is already shown.
    QTimer::singleShot(0, this, &ReminderNotifier::showOverdueAfterFirstPaint);
}

void ReminderNotifier::showOverdueAfterFirstPaint()
{
    // A window that is shown but not painted yet paints first: the list comes after the
    // window's first frame, never in its way (issue 13). A hidden window (in the tray, in
    // tests) does not wait; nor does anything wait long for a paint that does not come.
    if (m_window && m_window->isVisible() && !m_windowPainted) {
        if (!m_waitingForPaint) {
            m_waitingForPaint = true;
            QTimer::singleShot(1000, this, [this] {
                if (std::exchange(m_waitingForPaint, false))
                    showOverdueAtStart();
            });
        }
        return;
    }
    showOverdueAtStart();
}

bool ReminderNotifier::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_windowPainted) {
        m_windowPainted = true;
        m_window->removeEventFilter(this);
        // After this paint is flushed to the screen.
        QTimer::singleShot(0, this, [this] {
            // The painted frame may still sit in the window system's output buffer, which is
            // only flushed when the event loop next waits: the reading below (0.1 s at 100,000
            // cases) would keep it off the screen until done. Hand it over first.
            QGuiApplication::sync();
            emit windowPainted();
            if (std::exchange(m_waitingForPaint, false))
                showOverdueAtStart();
        });
    }
    return QObject::eventFilter(watched, event);
}

void ReminderNotifier::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

NextStep::Context ReminderNotifier::stepContext() const
{
    NextStep::Context context;
    context.ladder = ladder();
    context.directory = m_directory;
    context.userRegion = NextStep::userRegion();
    return context;
}

bool ReminderNotifier::hasPendingReminders() const
{
    if (!m_store)
        return false;
    auto pending = m_store->dueReminders(std::numeric_limits<qint64>::max());
    return pending && !pending->isEmpty();
}

void ReminderNotifier::report(const QString& message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    qCWarning(lcReminders) << "reminders could not be read";
    emit errorOccurred(tr("Reminders could not be checked: %1").arg(message));
}

void ReminderNotifier::showOverdueAtStart()
{
    if (!m_queue || m_startListed)
        return;
    m_startListed = true;
    // Everything that fell due while the app was closed (or falls due this moment), described
    // in one query; steps are read for what the pop-up shows.
    const qint64 now = m_queue->clock().nowMs();
    auto items = m_queue->pendingUntil(now, now);
    if (!items) {
        report(items.error().message);
        return;
    }
    m_lastError.clear();
    for (core::FollowUpItem& item : *items)
        item.overdue = true;
    if (!items->isEmpty())
        present(*items, true);
}

void ReminderNotifier::poll()
{
    if (!m_queue)
        return;
    // While a modal window (the new-complaint wizard, a dialog) is open, the pop-up's buttons
    // could not be used and it covered what the user was typing: it waits, and a later poll
    // shows what fell due meanwhile.
    if (QApplication::activeModalWidget())
        return;
    if (!m_startListed) {
        showOverdueAtStart();
        return;
    }
    // Every poll reads only the due reminders themselves; they are described (one query) only
    // when one of them is new, so thousands listed cost little every half minute.
    const qint64 now = m_queue->clock().nowMs();
    auto due = m_store->dueReminders(now);
    if (!due) {
        report(due.error().message);
        return;
    }
    m_lastError.clear();
    // Listed reminders that are no longer due (done or snoozed elsewhere) leave the list.
    QSet<qint64> dueIds;
    bool anyFresh = false;
    for (const core::Reminder& r : std::as_const(*due)) {
        dueIds.insert(r.id);
        anyFresh = anyFresh || !m_shown.contains({r.id, r.effectiveDueAt()});
    }
    for (qint64 id : m_popup->reminderIds()) {
        if (!dueIds.contains(id))
            m_popup->removeReminder(id);
    }
    if (!anyFresh)
        return;
    auto items = m_queue->pendingUntil(now, now);
    if (!items) {
        report(items.error().message);
        return;
    }
    QList<core::FollowUpItem> fresh;
    for (const core::FollowUpItem& item : std::as_const(*items)) {
        if (!m_shown.contains({item.reminder.id, item.dueAt}))
            fresh << item;
    }
    if (!fresh.isEmpty())
        present(fresh, false);
}

void ReminderNotifier::present(const QList<core::FollowUpItem>& items, bool overdueAtStart)
{
    for (const core::FollowUpItem& item : items)
        m_shown.insert({item.reminder.id, item.dueAt});
    m_popup->addItems(items, overdueAtStart);
    if (m_popup->isHidden()) {
        // Beside the window's top right corner, where a notification is expected.
        if (m_window && m_window->isVisible()) {
            const QRect frame = m_window->frameGeometry();
            m_popup->move(frame.right() - m_popup->width() - 24, frame.top() + 80);
        }
        m_popup->show();
    }
    m_popup->raise();
    notifyTray(items, overdueAtStart);
}

void ReminderNotifier::notifyTray(const QList<core::FollowUpItem>& items, bool overdueAtStart)
{
    if (!m_tray || items.isEmpty())
        return;
    const QString title = overdueAtStart ? tr("Overdue reminders") : tr("Reminder due");
    QString text;
    if (items.size() == 1) {
        const core::FollowUpItem& item = items.first();
        text = tr("%1: %2").arg(NextStep::kindTitle(item.reminder.kind), item.caseTitle);
    } else {
        text = tr("%1 reminders need your attention.").arg(items.size());
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15'000);
}

void ReminderNotifier::afterChange(qint64 reminderId, const core::Result<void>& result)
{
    if (!result) {
        m_popup->showError(result.error().message);
        // Gone elsewhere (done in another window): nothing left to decide here.
        if (result.error().code == core::ErrorCode::NotFound)
            m_popup->removeReminder(reminderId);
        emit errorOccurred(result.error().message);
        return;
    }
    m_popup->removeReminder(reminderId);
    emit remindersChanged();
}

void ReminderNotifier::snooze(qint64 reminderId, core::ReminderQueue::Snooze by)
{
    if (m_queue)
        afterChange(reminderId, m_queue->snooze(reminderId, by));
}

void ReminderNotifier::snoozeUntil(qint64 reminderId, const QDate& date)
{
    if (!m_queue)
        return;
    // The day picked is a day of the reminder's case, at the user's reminder time.
    const auto item = m_popup->item(reminderId);
    if (!item || !date.isValid()) {
        afterChange(reminderId, m_queue->snoozeUntil(reminderId, date));
        return;
    }
    afterChange(reminderId,
                m_queue->snoozeUntilMs(reminderId, core::followup::atLocalTime(
                                                       date, item->zone,
                                                       AppSettings::reminderTime())));
}

void ReminderNotifier::markDone(qint64 reminderId)
{
    if (m_queue)
        afterChange(reminderId, m_queue->markDone(reminderId));
}

void ReminderNotifier::startNextStep(qint64 reminderId)
{
    const auto item = m_popup->item(reminderId);
    if (!item || !m_store)
        return;
    const QString kind = item->suggestion ? item->suggestion->templateKey : QString();
    // The first complaint already has its letter; other steps get theirs drafted.
    if (!kind.isEmpty() && kind != u"initial") {
        const QString regulator =
            item->suggestion->regulators.isEmpty() ? QString() : item->suggestion->regulators.first();
        auto letter = NextStep::draftLetter(*m_store, m_directory, item->caseId, kind, regulator);
        if (!letter) {
            m_popup->showError(tr("The letter could not be drafted: %1").arg(letter.error().message));
            return;
        }
        emit letterDrafted(item->caseId, *letter);
        emit remindersChanged();
    }
    emit openCaseRequested(item->caseId);
}

} // namespace wc::gui
