// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace wc::gui {

// How a closed case ended, at the top of its overview: the outcome (resolved fully, partly or
// not), the money recovered, the satisfaction, when it was closed and the user's note
// (CaseRecord::outcome, recoveredMinor, satisfaction, closedAt, outcomeNote). Hidden while the
// case is open. "Change outcome…" asks for the closing dialog again.
// Object names: caseOutcomeBox, outcomeSummaryLabel, outcomeNoteLabel, changeOutcomePushButton.
class CaseOutcomeBox : public QFrame
{
    Q_OBJECT

public:
    explicit CaseOutcomeBox(QWidget* parent = nullptr);

    // Shows the outcome of `record` (hides the box when the case is not closed).
    void showRecord(const core::CaseRecord& record);

    // "Resolved fully · ¥128.00 recovered · satisfied (4 of 5)": the outcome in one line.
    static QString summary(const core::CaseRecord& record);
    static QString outcomeName(const QString& key);

signals:
    void changeRequested();

private:
    QLabel* m_summary;
    QLabel* m_note;
    QPushButton* m_change;
};

} // namespace wc::gui
