// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseText.h"
#include "gui/widgets/DateTimeField.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <memory>

using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class DateTimeFieldTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

// As a user picks a day: the field's calendar pop-up open, the day clicked.
void pickInCalendar(DateTimeField& field, const QDate& day)
{
    QCalendarWidget* calendar = field.calendarWidget();
    calendar->window()->show();
    calendar->setSelectedDate(day);
    Q_EMIT calendar->clicked(day);
    calendar->window()->hide();
    QCoreApplication::processEvents();
}

// Set up as the incident field is: optional, unset, starting at 7 December, with its
// "Time unknown" box (returned, owned by the caller).
std::unique_ptr<QCheckBox> asIncidentField(DateTimeField& field)
{
    field.setTimeSpec(Qt::UTC);
    field.setOptional(u"Not set"_s);
    std::unique_ptr<QCheckBox> box(field.timeUnknownBox(nullptr));
    field.clearValue();
    field.setStartValue(QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC));
    return box;
}

void leave(QWidget* widget)
{
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QCoreApplication::sendEvent(widget, &out);
}

void wheelUp(QWidget* widget)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

TEST_F(DateTimeFieldTest, FormatsCarryFourDigitYears)
{
    EXPECT_EQ(CaseText::dateFormat(), u"M/d/yyyy"_s);
    EXPECT_EQ(CaseText::dateTimeFormat(), u"M/d/yyyy h:mm AP"_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(CaseText::dateTimeFormat(), u"yyyy/M/d HH:mm"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(CaseText::dateFormat(), u"dd.MM.yyyy"_s);
    QLocale::setDefault(QLocale::c());
    EXPECT_FALSE(CaseText::dateTimeFormat().contains(u":ss"_s));
}

TEST_F(DateTimeFieldTest, DateAndDateTimeTextsUseTheCaseZone)
{
    const QTimeZone shanghai("Asia/Shanghai");
    const qint64 ms = QDateTime(QDate(2026, 11, 28), QTime(3, 14), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(CaseText::dateTime(ms, shanghai), u"11/28/2026 11:14 AM"_s);
    EXPECT_EQ(CaseText::date(ms, QTimeZone("America/Los_Angeles")), u"11/27/2026"_s);
}

TEST_F(DateTimeFieldTest, TheWheelChangesOnlyAFocusedField)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* other = new QLineEdit(&window);
    auto* field = new DateTimeField(&window);
    layout->addWidget(other);
    layout->addWidget(field);
    const QDateTime value(QDate(2026, 6, 8), QTime(9, 0));
    field->setDateTime(value);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    other->setFocus();
    ASSERT_FALSE(field->hasFocus());

    wheelUp(field);
    EXPECT_EQ(field->dateTime(), value) << "a wheel passing over the field changed it";
    EXPECT_FALSE(field->hasFocus()) << "the wheel took the focus";

    field->setFocus();
    QApplication::processEvents();
    ASSERT_TRUE(field->hasFocus());
    wheelUp(field);
    EXPECT_NE(field->dateTime(), value);
}

TEST_F(DateTimeFieldTest, TypingAWholeDateTimeReadsItAsTyped)
{
    DateTimeField field;
    field.setDateTime(QDateTime(QDate(2026, 1, 1), QTime(0, 0)));
    field.setCurrentSectionIndex(0);
    field.setSelectedSection(field.sectionAt(0));
    QTest::keyClicks(&field, u"11/28/2026 3:14 AM"_s);
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(3, 14)))
        << qPrintable(field.text());
}

// The walk: with the whole text selected (Ctrl+A, or focus by Tab), "11/28/2026 …" typed over a
// December date kept December: the month's digits were dropped and 28 went into the day.
TEST_F(DateTimeFieldTest, TypingOverTheWholeSelectedTextStartsAtTheFirstSection)
{
    DateTimeField field;
    field.setDateTime(QDateTime(QDate(2026, 12, 4), QTime(19, 42)));
    field.show();
    field.setFocus();
    field.setCurrentSectionIndex(2); // the cursor somewhere else, as after a click
    QTest::keyClick(&field, Qt::Key_A, Qt::ControlModifier);
    ASSERT_EQ(field.findChild<QLineEdit*>()->selectedText(), field.text());
    QTest::keyClicks(&field, u"11/28/2026 4:05 AM"_s);
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(4, 5)))
        << qPrintable(field.text());
}

// The walk: "11/28/2026 6:40 AM" typed over a field showing a PM time stayed PM.
TEST_F(DateTimeFieldTest, TypingAmOrPmSetsTheHalfOfTheDay)
{
    DateTimeField field;
    field.setTimeSpec(Qt::UTC);
    field.setDateTime(QDateTime(QDate(2026, 11, 28), QTime(18, 5), Qt::UTC));
    field.setCurrentSectionIndex(0);
    field.setSelectedSection(field.sectionAt(0));
    QTest::keyClicks(&field, u"11/28/2026 6:40 AM"_s);
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(6, 40), Qt::UTC))
        << qPrintable(field.text());
    field.setSelectedSection(QDateTimeEdit::AmPmSection);
    QTest::keyClicks(&field, u"pm"_s);
    EXPECT_EQ(field.dateTime().time(), QTime(18, 40)) << qPrintable(field.text());
    QTest::keyClicks(&field, u"a"_s);
    EXPECT_EQ(field.dateTime().time(), QTime(6, 40)) << qPrintable(field.text());
}

TEST_F(DateTimeFieldTest, AnUnsetFieldStartsFromTheStartValueWithTheTypedDigitKept)
{
    DateTimeField field;
    field.setTimeSpec(Qt::UTC);
    field.setOptional(u"Not set"_s);
    field.clearValue();
    EXPECT_FALSE(field.isSet());
    EXPECT_EQ(field.text(), u"Not set"_s);
    field.setStartValue(QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC));

    QTest::keyClicks(&field, u"11/28/2026 3:14 AM"_s);
    EXPECT_TRUE(field.isSet());
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(3, 14), Qt::UTC))
        << qPrintable(field.text());

    field.clearValue();
    EXPECT_FALSE(field.isSet());
}

TEST_F(DateTimeFieldTest, ADateFieldShowsNoTime)
{
    DateTimeField field(DateTimeField::Kind::Date);
    field.setDate(QDate(2026, 12, 10));
    EXPECT_EQ(field.text(), u"12/10/2026"_s);
}

// The walks: a day picked in the calendar was stored at 00:00 and every letter said "12:00 AM",
// a contact's day changed in the calendar kept the minute it was logged. A day the user gave
// without a time now leaves the time unknown, shown as a day and ticked in the box beside it.
TEST_F(DateTimeFieldTest, ADayPickedWithoutATimeLeavesTheTimeUnknown)
{
    DateTimeField field;
    std::unique_ptr<QCheckBox> box = asIncidentField(field);
    EXPECT_TRUE(field.timeKnown());
    EXPECT_FALSE(box->isChecked());

    pickInCalendar(field, QDate(2026, 11, 28));
    EXPECT_FALSE(field.timeKnown());
    EXPECT_TRUE(box->isChecked());
    EXPECT_EQ(field.text(), u"11/28/2026"_s);
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));

    // Unticked, the time is the user's to type, and stays.
    box->setChecked(false);
    EXPECT_TRUE(field.timeKnown());
    EXPECT_EQ(field.text(), u"11/28/2026 12:00 AM"_s);
    field.setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(&field, u"3:14 PM"_s);
    leave(&field);
    EXPECT_TRUE(field.timeKnown());
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(15, 14), Qt::UTC))
        << qPrintable(field.text());
}

TEST_F(DateTimeFieldTest, ADateTypedWithoutATimeIsADayWhenTheFieldIsLeft)
{
    for (const bool withTime : {false, true}) {
        SCOPED_TRACE(withTime);
        DateTimeField field;
        std::unique_ptr<QCheckBox> box = asIncidentField(field);
        QTest::keyClicks(&field, withTime ? u"11/28/2026 3:14 AM"_s : u"11/28/2026"_s);
        EXPECT_TRUE(field.timeKnown()) << "judged before the user could type the time";
        leave(&field);
        EXPECT_EQ(field.timeKnown(), withTime);
        EXPECT_EQ(field.dateTime(),
                  QDateTime(QDate(2026, 11, 28), withTime ? QTime(3, 14) : QTime(0, 0), Qt::UTC));
    }
}

TEST_F(DateTimeFieldTest, AProvisionalNowStandsOnlyWhileItsDayDoes)
{
    DateTimeField field;
    field.setTimeSpec(Qt::UTC);
    std::unique_ptr<QCheckBox> box(field.timeUnknownBox(nullptr));
    const QDateTime now(QDate(2026, 12, 7), QTime(8, 27), Qt::UTC);
    field.setProvisionalValue(now);
    leave(&field);
    EXPECT_TRUE(field.timeKnown());
    EXPECT_EQ(field.dateTime(), now);

    pickInCalendar(field, QDate(2026, 12, 2)); // the call was on Wednesday
    EXPECT_FALSE(field.timeKnown()) << "08:27 is when it was logged, not when it happened";
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC));

    // A stored value keeps what it says, and so does a whole value set by the program.
    field.setValue(QDateTime(QDate(2026, 12, 2), QTime(10, 15), Qt::UTC), true);
    pickInCalendar(field, QDate(2026, 12, 3));
    EXPECT_TRUE(field.timeKnown());
    EXPECT_EQ(field.time(), QTime(10, 15));
    field.setProvisionalValue(QDateTime(QDate(2026, 12, 7), QTime(8, 27), Qt::UTC));
    field.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(16, 5), Qt::UTC));
    leave(&field);
    EXPECT_TRUE(field.timeKnown());
    field.setValue(QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC), false);
    EXPECT_FALSE(field.timeKnown());
    EXPECT_TRUE(box->isChecked());
}

// Fields without the box (a follow-up's time, a letter's sending time) never lose their time.
TEST_F(DateTimeFieldTest, AFieldWithoutTheBoxKeepsItsTime)
{
    DateTimeField field;
    field.setTimeSpec(Qt::UTC);
    field.setProvisionalValue(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    pickInCalendar(field, QDate(2026, 12, 9));
    leave(&field);
    EXPECT_TRUE(field.timeKnown());
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 12, 9), QTime(9, 0), Qt::UTC));
}

// The fifth walk: in the Chinese form "2026/12/3" typed over a new contact's "now" kept 02:24
// (the short day is read only when the field is left), and "11/28/2026 3:14 AM" typed into a
// field showing the day only lost the time.
TEST_F(DateTimeFieldTest, ADayTypedShortOverNowIsADayOnceTheFieldIsLeft)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    DateTimeField field;
    field.setTimeSpec(Qt::UTC);
    std::unique_ptr<QCheckBox> box(field.timeUnknownBox(nullptr));
    field.setProvisionalValue(QDateTime(QDate(2026, 12, 7), QTime(2, 24), Qt::UTC));
    ASSERT_EQ(field.text(), u"2026/12/7 02:24"_s);
    field.setCurrentSectionIndex(0);
    field.setSelectedSection(field.sectionAt(0));
    QTest::keyClicks(&field, u"2026/12/3"_s);
    leave(&field);
    EXPECT_EQ(field.date(), QDate(2026, 12, 3)) << qPrintable(field.text());
    EXPECT_FALSE(field.timeKnown()) << qPrintable(field.text());
    EXPECT_TRUE(box->isChecked());
}

TEST_F(DateTimeFieldTest, ATimeTypedAfterADayShownAloneBringsTheTimeBack)
{
    DateTimeField field;
    field.setTimeSpec(Qt::UTC);
    std::unique_ptr<QCheckBox> box(field.timeUnknownBox(nullptr));
    field.setValue(QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC), false);
    ASSERT_EQ(field.text(), u"11/28/2026"_s);
    field.setCurrentSectionIndex(0);
    field.setSelectedSection(field.sectionAt(0));
    QTest::keyClicks(&field, u"11/28/2026 3:14 AM"_s);
    leave(&field);
    EXPECT_TRUE(field.timeKnown());
    EXPECT_FALSE(box->isChecked());
    EXPECT_EQ(field.dateTime(), QDateTime(QDate(2026, 11, 28), QTime(3, 14), Qt::UTC))
        << qPrintable(field.text());
}

// The verification walk: opening the calendar of an unset field and closing it without a day
// left today in it (saved as the incident date); and after unticking "Time unknown", a day
// picked alone kept 00:00 as a time.
TEST_F(DateTimeFieldTest, ACalendarClosedWithoutADayLeavesTheFieldUnset)
{
    DateTimeField field;
    std::unique_ptr<QCheckBox> box = asIncidentField(field);
    field.show();

    QTest::mouseClick(&field, Qt::LeftButton);
    QCalendarWidget* calendar = field.calendarWidget();
    calendar->window()->show();
    calendar->window()->hide(); // Escape
    QCoreApplication::processEvents();
    EXPECT_FALSE(field.isSet()) << qPrintable(field.text());

    QTest::mouseClick(&field, Qt::LeftButton);
    pickInCalendar(field, QDate(2026, 11, 28));
    EXPECT_TRUE(field.isSet());
    EXPECT_EQ(field.date(), QDate(2026, 11, 28));
    EXPECT_FALSE(field.timeKnown());

    box->setChecked(false);
    EXPECT_TRUE(field.timeKnown());
    pickInCalendar(field, QDate(2026, 11, 27));
    EXPECT_FALSE(field.timeKnown()) << "a day alone, again";
    EXPECT_TRUE(box->isChecked());
}

} // namespace
