// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/FutureTime.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/MessageBox.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

bool FutureTime::isFuture(const QDateTime& wallClock, const QTimeZone& zone, qint64 nowMs)
{
    if (!wallClock.isValid())
        return false;
    const qint64 at = CaseText::fromWallClock(wallClock, zone);
    return at >= nowMs - nowMs % 60'000 + 60'000;
}

QString FutureTime::warning(const QDateTime& wallClock, const QTimeZone& zone, qint64 nowMs)
{
    if (!isFuture(wallClock, zone, nowMs))
        return {};
    const QString shown = CaseText::dateTime(CaseText::fromWallClock(wallClock, zone), zone);
    //: %1 is the date and time typed.
    return u"\u26a0 "_s + tr("%1 is later than now: it cannot have happened yet. Check the date "
                             "and time.")
                              .arg(shown);
}

bool FutureTime::confirm(QWidget* parent, const QDateTime& wallClock, const QTimeZone& zone,
                         qint64 nowMs)
{
    if (!isFuture(wallClock, zone, nowMs))
        return true;
    const QString shown = CaseText::dateTime(CaseText::fromWallClock(wallClock, zone), zone);
    const int answer = MessageBox::ask(
        parent, QMessageBox::Warning, tr("A time in the future"),
        //: %1 is the date and time typed.
        tr("%1 is later than now. Letters state this time as when it happened, so a mistyped "
           "date would be wrong in them. Keep it anyway?")
            .arg(shown),
        {{Correct, tr("Correct the time"), QMessageBox::RejectRole},
         {Keep, tr("Keep it"), QMessageBox::AcceptRole}},
        Correct);
    return answer == Keep;
}

} // namespace wc::gui
