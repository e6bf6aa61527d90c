// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDateTime>
#include <QDateTimeEdit>

class QCalendarWidget;
class QCheckBox;

namespace wc::gui {

// The one date and date-time editor of the app. A bare QDateTimeEdit lost users' input three
// ways: the mouse wheel changed the date of a field the pointer merely crossed while scrolling
// the page (a follow-up moved to 2018), a two-digit year made "26" ambiguous, and typing into a
// field showing "Not set" did nothing or jumped to the current time. This one
//  - takes the wheel only while it has the keyboard focus (the page scrolls otherwise),
//  - shows CaseText's format with a four-digit year (the same format lists show),
//  - selects the section under the cursor on focus, so typing works without selecting first,
//  - can be optional: it then shows "Not set" (or the given text) until the user types a digit
//    or opens the calendar, which starts from startValue() with the typed digit kept.
// Case times are held as wall-clock in a Qt::UTC QDateTime (CaseText::wallClock); set the time
// spec as the caller needs, like any QDateTimeEdit.
//
// A date-time field can also hold a day whose time of day is unknown (timeKnown() false): it then
// shows the date only and holds 00:00. Users pick a day in the calendar and never type a time;
// letters then stated "12:00 AM" (or the minute the contact was logged) as fact. So a day chosen
// without the user entering a time, away from the field's provisional value (a new contact's
// "now"), makes the time unknown by itself; the box from timeUnknownBox() shows it and lets the
// user say otherwise.
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT

public:
    enum class Kind { DateTime, Date };

    explicit DateTimeField(QWidget* parent = nullptr);
    explicit DateTimeField(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }

    // Optional fields: the minimum value stands for "no value" and shows `notSetText`.
    void setOptional(const QString& notSetText);
    bool isOptional() const { return m_optional; }
    bool isSet() const;
    void clearValue();
    // The value stored for "no value" (far before any case).
    static QDateTime notSetValue(Qt::TimeSpec spec = Qt::UTC);

    // Where an unset field starts when the user begins to fill it; today at 00:00 by default
    // (not the current time: a user typing a time means their own).
    void setStartValue(const QDateTime& value);
    QDateTime startValue() const;

    // Re-reads the display format (after the UI language changed).
    void applyFormat();

    // A stored value: its time of day is the user's when `timeKnown`.
    void setValue(const QDateTime& value, bool timeKnown);
    // A default the user has not confirmed ("now" for a new contact): its time of day stands
    // while the day does; another day without a typed time leaves the time unknown.
    void setProvisionalValue(const QDateTime& value);
    bool timeKnown() const { return m_timeKnown; }
    void setTimeKnown(bool known);
    // A "Time unknown" check box kept in step with the field, for the caller to lay out. Only a
    // field with one ever loses its time by itself: its caller is the one that reads timeKnown().
    QCheckBox* timeUnknownBox(QWidget* parent);

    // Asks for the width of the longest value of its format: at its own hint the Overview's
    // "Done at" showed "3:14 AN" (the walk). The minimum stays Qt's, for narrow windows.
    QSize sizeHint() const override;

Q_SIGNALS:
    void timeKnownChanged(bool known);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int widestWidth() const;
    void startIfUnset();
    void selectSectionAtCursor();
    void checkTimeStillKnown();
    bool inTimeSection() const;

    Kind m_kind;
    bool m_optional = false;
    // The last digit filled its section and Qt moved on to the next one by itself: a separator
    // typed next ("11/", "3:") only confirms that move and must not skip another section.
    bool m_advanced = false;
    QDateTime m_start;
    bool m_timeMayBeUnknown = false; // a timeUnknownBox() was made: the caller reads timeKnown()
    bool m_timeKnown = true;
    bool m_timeEntered = false; // the user typed or confirmed the time of day
    QDate m_provisionalDay;     // the day of a provisional value; invalid: none
    bool m_keyboard = false;    // inside keyPressEvent: typing, judged when the field is left
    bool m_judge = false;       // the user changed the day: is the time still known?
    bool m_unsetUntilChosen = false; // an unset field clicked: unset again unless a day is chosen
    QCalendarWidget* m_calendar = nullptr; // the pop-up's, once a timeUnknownBox() was made
};

} // namespace wc::gui
