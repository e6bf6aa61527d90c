// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/DateTimeField.h"

#include "gui/caseview/CaseText.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QWheelEvent>

namespace wc::gui {

DateTimeField::DateTimeField(QWidget* parent) : DateTimeField(Kind::DateTime, parent) {}

DateTimeField::DateTimeField(Kind kind, QWidget* parent) : QDateTimeEdit(parent), m_kind(kind)
{
    // WheelFocus (a spin box's default) would let a passing wheel take the focus and the value.
    setFocusPolicy(Qt::StrongFocus);
    setCalendarPopup(true);
    applyFormat();
}

void DateTimeField::applyFormat()
{
    setDisplayFormat(m_kind == Kind::Date ? CaseText::dateFormat() : CaseText::dateTimeFormat());
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
    if (m_optional)
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
    if (!isSet())
        setDateTime(startValue());
}

void DateTimeField::wheelEvent(QWheelEvent* event)
{
    // Scrolling a page past the field must not change it: only a field the user is in takes
    // the wheel.
    if (!hasFocus()) {
        event->ignore();
        return;
    }
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
    QDateTimeEdit::keyPressEvent(event);
    m_advanced = !typed.isNull() && typed.isDigit() && currentSectionIndex() > sectionBefore;
}

void DateTimeField::mousePressEvent(QMouseEvent* event)
{
    // Opening the calendar (or clicking into the text) of an unset field starts from the start
    // value, not from the year 2000.
    startIfUnset();
    QDateTimeEdit::mousePressEvent(event);
}

} // namespace wc::gui
