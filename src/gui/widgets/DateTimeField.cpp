// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/DateTimeField.h"

#include "gui/caseview/CaseText.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QWheelEvent>

#include <utility>

namespace wc::gui {

DateTimeField::DateTimeField(QWidget* parent) : DateTimeField(Kind::DateTime, parent) {}

DateTimeField::DateTimeField(Kind kind, QWidget* parent) : QDateTimeEdit(parent), m_kind(kind)
{
    // WheelFocus (a spin box's default) would let a passing wheel take the focus and the value.
    setFocusPolicy(Qt::StrongFocus);
    setCalendarPopup(true);
    applyFormat();
    // Only a day the user chose is judged: typed (judged when the field is left, since the time
    // may be typed after the date) or picked in the calendar. A value a caller sets is whole.
    connect(this, &QDateTimeEdit::dateChanged, this, [this] {
        m_judge = m_keyboard || (m_calendar && m_calendar->isVisible());
    });
}

void DateTimeField::applyFormat()
{
    setDisplayFormat(m_kind == Kind::Date || !m_timeKnown ? CaseText::dateFormat()
                                                          : CaseText::dateTimeFormat());
}

void DateTimeField::setValue(const QDateTime& value, bool timeKnown)
{
    m_provisionalDay = {};
    m_timeEntered = timeKnown; // (so the change of day below does not judge the time)
    setTimeKnown(timeKnown);
    setDateTime(timeKnown ? value : QDateTime(value.date(), QTime(0, 0), value.timeSpec()));
    m_timeEntered = timeKnown && isSet();
}

void DateTimeField::setProvisionalValue(const QDateTime& value)
{
    m_provisionalDay = value.date();
    m_timeEntered = false;
    setTimeKnown(true);
    setDateTime(value);
}

void DateTimeField::setTimeKnown(bool known)
{
    if (m_kind == Kind::Date || known == m_timeKnown)
        return;
    m_timeKnown = known;
    const QDateTime value = dateTime();
    applyFormat();
    // Without a time the value is the day's start; setting the format may have moved it.
    setDateTime(known ? value : QDateTime(value.date(), QTime(0, 0), value.timeSpec()));
    Q_EMIT timeKnownChanged(known);
}

QCheckBox* DateTimeField::timeUnknownBox(QWidget* parent)
{
    auto* box = new QCheckBox(
        QCoreApplication::translate("wc::gui::DateTimeField", "Time unknown"), parent);
    box->setObjectName(objectName() + u"TimeUnknownBox");
    box->setToolTip(QCoreApplication::translate(
        "wc::gui::DateTimeField",
        "Tick when you know the day but not the time: letters and the dossier then give the day "
        "only."));
    box->setChecked(!m_timeKnown);
    m_timeMayBeUnknown = m_kind == Kind::DateTime;
    if (m_timeMayBeUnknown && !m_calendar) {
        // Made here, not for every field: a calendar costs a few milliseconds to build. Queued,
        // so the pop-up has set the day before it is judged.
        m_calendar = calendarWidget();
        for (auto signal : {&QCalendarWidget::clicked, &QCalendarWidget::activated}) {
            connect(m_calendar, signal, this, [this] { m_unsetUntilChosen = false; });
            connect(m_calendar, signal, this, [this] {
                if (std::exchange(m_judge, false))
                    checkTimeStillKnown();
            }, Qt::QueuedConnection);
        }
        m_calendar->window()->installEventFilter(this);
    }
    connect(this, &DateTimeField::timeKnownChanged, box, [box](bool known) {
        const QSignalBlocker quiet(box);
        box->setChecked(!known);
    });
    connect(box, &QCheckBox::toggled, this, [this](bool unknown) {
        // Unticked, the time is the user's to type; a day given again without one is still a
        // day without a time (the verification walk kept "00:00" after unticking).
        m_timeEntered = false;
        setTimeKnown(!unknown);
        if (!unknown && isSet()) {
            setFocus();
            setSelectedSection(QDateTimeEdit::HourSection);
        }
    });
    return box;
}

bool DateTimeField::inTimeSection() const
{
    const QDateTimeEdit::Section s = currentSection();
    return s == HourSection || s == MinuteSection || s == SecondSection || s == AmPmSection;
}

void DateTimeField::checkTimeStillKnown()
{
    if (!m_timeMayBeUnknown || !m_timeKnown || m_timeEntered || !isSet())
        return;
    if (m_provisionalDay.isValid() && date() == m_provisionalDay)
        return;
    setTimeKnown(false);
}

void DateTimeField::setOptional(const QString& notSetText)
{
    m_optional = true;
    setMinimumDateTime(notSetValue(timeSpec()));
    setSpecialValueText(notSetText);
}

QDateTime DateTimeField::notSetValue(Qt::TimeSpec spec)
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), spec);
}

bool DateTimeField::isSet() const
{
    return !m_optional || dateTime() != minimumDateTime();
}

void DateTimeField::clearValue()
{
    if (!m_optional)
        return;
    m_provisionalDay = {};
    m_timeEntered = false;
    setTimeKnown(true);
    setDateTime(minimumDateTime());
}

void DateTimeField::setStartValue(const QDateTime& value)
{
    m_start = value;
}

QDateTime DateTimeField::startValue() const
{
    if (m_start.isValid())
        return m_start;
    return QDateTime(QDate::currentDate(), QTime(0, 0), timeSpec());
}

void DateTimeField::startIfUnset()
{
    if (isSet())
        return;
    const bool keyboard = m_keyboard;
    m_keyboard = true; // the start value is no day the user chose
    setDateTime(startValue());
    m_keyboard = keyboard;
}

void DateTimeField::wheelEvent(QWheelEvent* event)
{
    // Scrolling a page past the field must not change it: only a field the user is in takes
    // the wheel.
    if (!hasFocus()) {
        event->ignore();
        return;
    }
    if (inTimeSection())
        m_timeEntered = true;
    QDateTimeEdit::wheelEvent(event);
}

void DateTimeField::focusInEvent(QFocusEvent* event)
{
    QDateTimeEdit::focusInEvent(event);
    // After the base class has placed the cursor (a click puts it where the pointer was).
    QTimer::singleShot(0, this, &DateTimeField::selectSectionAtCursor);
}

void DateTimeField::selectSectionAtCursor()
{
    if (!hasFocus() || !isSet() || lineEdit()->hasSelectedText())
        return;
    const QDateTimeEdit::Section section = sectionAt(currentSectionIndex());
    if (section != QDateTimeEdit::NoSection)
        setSelectedSection(section);
}

void DateTimeField::keyPressEvent(QKeyEvent* event)
{
    m_unsetUntilChosen = false; // typed: the user's value
    if (!isSet() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        // The typed digit begins the first section of a value that starts from startValue().
        startIfUnset();
        setCurrentSectionIndex(0);
        setSelectedSection(sectionAt(0));
    }
    const QString text = event->text();
    const QChar typed = text.size() == 1 ? text.at(0) : QChar();
    // With the whole text selected (Ctrl+A, or the field reached by Tab) a typed date is a new
    // value from its start. QDateTimeEdit dropped digits typed over a whole selection, so
    // "11/28/2026" over a December date kept December and put 28 in the day.
    if (!typed.isNull() && typed.isDigit() && lineEdit()->hasSelectedText()
        && lineEdit()->selectedText() == lineEdit()->text()) {
        setCurrentSectionIndex(0);
        setSelectedSection(sectionAt(0));
    }
    // A time typed after the day of a field showing the day only ("11/28/2026 3:14 AM"): the
    // space after the last section brings the time back instead of losing what follows.
    if (!m_timeKnown && m_timeMayBeUnknown && typed == u' ' && isSet()
        && currentSectionIndex() == sectionCount() - 1) {
        m_timeEntered = true;
        setTimeKnown(true);
        setCurrentSection(QDateTimeEdit::HourSection);
        setSelectedSection(QDateTimeEdit::HourSection);
        m_advanced = false;
        event->accept();
        return;
    }
    const bool separator = !typed.isNull() && (typed.isPunct() || typed.isSpace());
    if (separator && m_advanced) {
        m_advanced = false;
        event->accept();
        return;
    }
    // In the AM/PM section "a" or "p" sets the half of the day outright (Qt left a field that
    // showed PM at PM when "AM" was typed: 6:40 AM became 6:40 PM); the rest of "AM"/"PM"
    // typed out adds nothing.
    if (!typed.isNull() && typed.isLetter() && currentSection() == QDateTimeEdit::AmPmSection) {
        const QChar letter = typed.toLower();
        if (letter == u'a' || letter == u'p') {
            m_timeEntered = true;
            const QDateTime now = dateTime();
            const int hour = now.time().hour();
            if (letter == u'a' && hour >= 12)
                setDateTime(now.addSecs(-12 * 3600));
            else if (letter == u'p' && hour < 12)
                setDateTime(now.addSecs(12 * 3600));
            setSelectedSection(QDateTimeEdit::AmPmSection);
        }
        event->accept();
        return;
    }
    const int sectionBefore = currentSectionIndex();
    const bool changesValue = (!typed.isNull() && typed.isLetterOrNumber())
                              || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down
                              || event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown;
    if (changesValue && inTimeSection())
        m_timeEntered = true;
    m_keyboard = true;
    QDateTimeEdit::keyPressEvent(event);
    m_keyboard = false;
    m_advanced = !typed.isNull() && typed.isDigit() && currentSectionIndex() > sectionBefore;
    // Enter ends the edit as leaving the field does.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && std::exchange(m_judge, false))
        checkTimeStillKnown();
}

void DateTimeField::focusOutEvent(QFocusEvent* event)
{
    // Clicked into and left without typing: still unset. (Not when the calendar takes the focus.)
    if (event->reason() != Qt::PopupFocusReason && std::exchange(m_unsetUntilChosen, false)) {
        clearValue();
        QDateTimeEdit::focusOutEvent(event);
        return;
    }
    // A day typed short ("2026/12/3") is read only when the field is left, by the base class:
    // a day that changed there is the user's typing too. Listeners of editingFinished hear of
    // a time that became unknown through timeKnownChanged.
    const QDate before = date();
    const bool keyboard = m_keyboard;
    m_keyboard = true;
    QDateTimeEdit::focusOutEvent(event);
    m_keyboard = keyboard;
    if (std::exchange(m_judge, false) || date() != before)
        checkTimeStillKnown();
}

void DateTimeField::mousePressEvent(QMouseEvent* event)
{
    // Opening the calendar (or clicking into the text) of an unset field starts from the start
    // value, not from the year 2000; until a day is picked or typed, it is not the user's.
    // (Only where the calendar's closing is watched: with a timeUnknownBox().)
    if (m_optional && m_calendar && !isSet())
        m_unsetUntilChosen = true;
    startIfUnset();
    QDateTimeEdit::mousePressEvent(event);
}

bool DateTimeField::eventFilter(QObject* watched, QEvent* event)
{
    // The calendar closed: with no day picked (Escape, a click outside), an unset field is unset
    // again instead of keeping today (the walk saved today as the incident date that way).
    // Queued: a picked day is reported by the calendar after its pop-up has closed.
    if (m_calendar && watched == m_calendar->window() && event->type() == QEvent::Hide) {
        QTimer::singleShot(0, this, [this] {
            if (std::exchange(m_unsetUntilChosen, false))
                clearValue();
        });
    }
    return QDateTimeEdit::eventFilter(watched, event);
}

int DateTimeField::widestWidth() const
{
    // The widest text the format gives: two-digit day and month, a two-digit afternoon hour;
    // with the frame, the margins and the calendar button beside it.
    const QString text = textFromDateTime(QDateTime(QDate(2026, 12, 28), QTime(22, 44, 44)));
    return fontMetrics().horizontalAdvance(text)
        + 2 * style()->pixelMetric(QStyle::PM_SpinBoxFrameWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) + 10;
}

QSize DateTimeField::sizeHint() const
{
    QSize hint = QDateTimeEdit::sizeHint();
    hint.setWidth(qMax(hint.width(), widestWidth()));
    return hint;
}

} // namespace wc::gui
