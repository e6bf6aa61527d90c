// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace wc::core {
class Clock;
}

namespace wc::gui {

class DateTimeField;

// First steps as check boxes, shared by the wizard's first-steps page and the case workspace:
// each step with the reason for it under it, the user's note, and for steps that record it a
// "done at" time. Ticking a step records the clock's time, which the user can then correct;
// unticking forgets it. The owner decides what a tick means (kept in a draft, or saved at once).
// A "done at" later than now is pointed out under it (as the incident time is) and, when the
// user leaves the field, kept only if the user says so (letters state it); otherwise the time
// goes back to what it was.
// Object names per step, by its key: step_<key>_CheckBox, step_<key>_WhyLabel,
// step_<key>_DateTimeEdit, step_<key>_NoteLabel, step_<key>_WarningLabel.
class ChecklistEditor : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QString key;
        QString label;
        QString why;              // shown under the step; may be empty
        QString note;             // the user's own note; may be empty
        bool recordsTime = false; // offers a "done at" time
        bool emphasized = false;  // larger and bold (the step that matters most right now)
        std::optional<qint64> doneAt;
    };

    explicit ChecklistEditor(QWidget* parent = nullptr);

    // Where the time of a tick comes from; the system clock when not set. Not owned.
    void setClock(const core::Clock* clock) { m_clock = clock; }
    // The case's zone: step times are shown and typed in it (shown again at once when it
    // changes). Default: the computer's zone.
    void setTimeZone(const QTimeZone& zone);

    // Replaces the rows (the old ones are gone at once). Emits nothing.
    void setSteps(const QList<Step>& steps);
    // Shows a step as done at `doneAt`, or not done. Emits nothing.
    void setDoneAt(const QString& key, std::optional<qint64> doneAt);

    QStringList keys() const;
    int count() const { return int(m_rows.size()); }
    QString label(const QString& key) const;
    bool isTicked(const QString& key) const;
    // When a ticked step was done; nothing when not ticked.
    std::optional<qint64> doneAt(const QString& key) const;
    QCheckBox* checkBox(const QString& key) const;
    DateTimeField* timeEdit(const QString& key) const;

signals:
    // The user ticked or unticked a step (a tick has already recorded the time).
    void stepToggled(const QString& key, bool ticked);
    // The user changed a step's time (as it is being edited).
    void timeChanged(const QString& key);
    // The user finished changing a step's time (left the field or pressed Enter).
    void timeCommitted(const QString& key);

private:
    struct Row
    {
        Step step;
        QCheckBox* check = nullptr;
        DateTimeField* time = nullptr;
        QLabel* zone = nullptr; // the case's UTC offset, when the computer's differs
        QLabel* warning = nullptr; // a time later than now
        // "Now, as you ticked it": the time of the tick is rarely when it was done (a freeze at
        // 3:14 ticked at 10:00), and letters state it. Gone once the time is changed.
        QLabel* tickedNow = nullptr;
        std::optional<qint64> kept; // the time last set or confirmed, to go back to
    };

    int indexOf(const QString& key) const;
    void ticked(int index, bool on);
    void checkTime(int index);
    // Leaving the time field: a future time is kept only when the user confirms it.
    void commitTime(int index);
    qint64 nowMs() const;

    const core::Clock* m_clock = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QVBoxLayout* m_list;
    QWidget* m_rowsWidget = nullptr;
    QList<Row> m_rows;
    bool m_loading = false;
    bool m_confirming = false;
};

} // namespace wc::gui
