// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QWidget;

namespace wc::gui {

// A time the user typed for something that already happened (a contact, a first step done)
// that lies in the future, pointed out as the incident time is (CaseFactsForm::checkIncident):
// a warning beside the field while it is wrong, and a question before it is kept, since the
// letters then state it as a fact. Times are wall-clock values in the case's zone
// (CaseText::wallClock).
class FutureTime
{
    Q_DECLARE_TR_FUNCTIONS(wc::gui::FutureTime)

public:
    // Whether `wallClock` is in a minute later than `nowMs`'s (the fields show minutes).
    static bool isFuture(const QDateTime& wallClock, const QTimeZone& zone, qint64 nowMs);
    // "⚠ 12/28/2026, 3:00 PM is later than now: it cannot have happened yet. Check the date."
    // (plain text); empty when the time is not in the future.
    static QString warning(const QDateTime& wallClock, const QTimeZone& zone, qint64 nowMs);
    // Asks whether to keep a future time (MessageBox, so tests answer it); true to keep it.
    // True without asking when the time is not in the future.
    static bool confirm(QWidget* parent, const QDateTime& wallClock, const QTimeZone& zone,
                        qint64 nowMs);

    enum Choice
    {
        Correct = 1,
        Keep
    };
};

} // namespace wc::gui
