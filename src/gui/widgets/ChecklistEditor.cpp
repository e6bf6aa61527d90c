// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/ChecklistEditor.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/FutureTime.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QLabel* mutedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace

ChecklistEditor::ChecklistEditor(QWidget* parent) : QWidget(parent), m_list(new QVBoxLayout(this))
{
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
}

qint64 ChecklistEditor::nowMs() const
{
    return (m_clock ? *m_clock : core::Clock::system()).nowMs();
}

void ChecklistEditor::setSteps(const QList<Step>& steps)
{
    // Deleted now, not later: the old steps' widgets must be gone when this returns.
    delete m_rowsWidget;
    m_rows.clear();
    m_rowsWidget = new QWidget(this);
    auto* list = new QVBoxLayout(m_rowsWidget);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(4);
    m_list->addWidget(m_rowsWidget);

    m_loading = true;
    for (const Step& step : steps) {
        Row row;
        row.step = step;
        row.check = new QCheckBox(QString(step.label).replace(u'&', u"&&"_s), m_rowsWidget);
        row.check->setObjectName(u"step_%1_CheckBox"_s.arg(step.key));
        if (step.emphasized) {
            QFont strong = row.check->font();
            strong.setBold(true);
            strong.setPointSizeF(strong.pointSizeF() * 1.15);
            row.check->setFont(strong);
        }
        list->addWidget(row.check);

        // The reason, the note and the time sit under the check box, indented to its text.
        auto* details = new QVBoxLayout;
        details->setContentsMargins(26, 0, 0, 8);
        details->setSpacing(4);
        if (!step.why.isEmpty()) {
            auto* why = mutedLabel(step.why, m_rowsWidget);
            why->setObjectName(u"step_%1_WhyLabel"_s.arg(step.key));
            details->addWidget(why);
            row.check->setAccessibleDescription(step.why);
        }
        if (!step.note.trimmed().isEmpty()) {
            auto* note = new QLabel(step.note.trimmed(), m_rowsWidget);
            note->setObjectName(u"step_%1_NoteLabel"_s.arg(step.key));
            note->setWordWrap(true);
            note->setTextFormat(Qt::PlainText);
            note->setTextInteractionFlags(Qt::TextSelectableByMouse);
            details->addWidget(note);
        }
        if (step.recordsTime) {
            row.time = new DateTimeField(m_rowsWidget);
            row.time->setObjectName(u"step_%1_DateTimeEdit"_s.arg(step.key));
            row.time->setTimeSpec(Qt::UTC); // the case zone's clock time (setTimeZone)
            // The words of the wizard's first-steps page, where this editor came from; they
            // keep that page's translation.
            auto* timeLabel = new QLabel(
                QCoreApplication::translate("wc::gui::FirstStepsPage", "Done &at:"), m_rowsWidget);
            timeLabel->setBuddy(row.time);
            auto* timeRow = new QHBoxLayout;
            timeRow->addWidget(timeLabel);
            timeRow->addWidget(row.time);
            row.zone = new QLabel(m_rowsWidget);
            row.zone->setObjectName(u"step_%1_ZoneLabel"_s.arg(step.key));
            timeRow->addWidget(row.zone);
            timeRow->addStretch(1);
            details->addLayout(timeRow);
            row.warning = new QLabel(m_rowsWidget);
            row.warning->setObjectName(u"step_%1_WarningLabel"_s.arg(step.key));
            row.warning->setWordWrap(true);
            row.warning->setTextFormat(Qt::PlainText);
            row.warning->setStyleSheet(u"QLabel { color:#8a4b00; }"_s);
            row.warning->hide();
            details->addWidget(row.warning);
            row.tickedNow = mutedLabel(
                tr("This is the time you ticked it: change it to when you did it."), m_rowsWidget);
            row.tickedNow->setObjectName(u"step_%1_TickedNowLabel"_s.arg(step.key));
            row.tickedNow->hide();
            details->addWidget(row.tickedNow);
        }
        list->addLayout(details);

        const int index = int(m_rows.size());
        connect(row.check, &QCheckBox::toggled, this, [this, index](bool on) {
            if (!m_loading)
                ticked(index, on);
        });
        if (row.time) {
            connect(row.time, &QDateTimeEdit::dateTimeChanged, this,
                    [this, index](const QDateTime& at) {
                        if (m_loading || index >= m_rows.size())
                            return;
                        m_rows[index].step.doneAt = CaseText::fromWallClock(at, m_zone);
                        m_rows.at(index).tickedNow->hide();
                        checkTime(index);
                        emit timeChanged(m_rows.at(index).step.key);
                    });
            connect(row.time, &QDateTimeEdit::editingFinished, this, [this, index] {
                if (!m_loading && index < m_rows.size() && m_rows.at(index).check->isChecked())
                    commitTime(index);
            });
        }
        m_rows << row;
        setDoneAt(step.key, step.doneAt);
    }
    m_loading = false;
}

void ChecklistEditor::setTimeZone(const QTimeZone& zone)
{
    const QTimeZone next = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (next == m_zone)
        return;
    m_zone = next;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row row = m_rows.at(i);
        setDoneAt(row.step.key, row.step.doneAt);
    }
}

void ChecklistEditor::setDoneAt(const QString& key, std::optional<qint64> doneAt)
{
    const int index = indexOf(key);
    if (index < 0)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    Row& row = m_rows[index];
    row.step.doneAt = doneAt;
    row.check->setChecked(doneAt.has_value());
    if (row.tickedNow)
        row.tickedNow->hide(); // shown by ticked() only
    if (row.time) {
        row.time->setEnabled(doneAt.has_value());
        const qint64 at = doneAt.value_or(nowMs());
        row.time->setDateTime(CaseText::wallClock(at, m_zone));
        // Named where the time could be read as the computer's own.
        row.zone->setText(CaseText::zoneSuffix(m_zone, at));
        row.kept = doneAt;
        checkTime(index);
    }
    m_loading = wasLoading;
}

void ChecklistEditor::checkTime(int index)
{
    const Row& row = m_rows.at(index);
    if (!row.warning)
        return;
    const QString warning = row.check->isChecked()
        ? FutureTime::warning(row.time->dateTime(), m_zone, nowMs())
        : QString();
    row.warning->setText(warning);
    row.warning->setVisible(!warning.isEmpty());
}

void ChecklistEditor::commitTime(int index)
{
    if (m_confirming)
        return; // the question itself takes the focus from the field
    const QString key = m_rows.at(index).step.key;
    m_confirming = true;
    const bool keep = FutureTime::confirm(this, m_rows.at(index).time->dateTime(), m_zone, nowMs());
    m_confirming = false;
    if (index >= m_rows.size() || m_rows.at(index).step.key != key)
        return;
    if (!keep) {
        // Back to the time it had, which the owner hears of as any change.
        setDoneAt(key, m_rows.at(index).kept.value_or(nowMs()));
        emit timeChanged(key);
        m_rows.at(index).time->setFocus();
        return;
    }
    m_rows[index].kept = m_rows.at(index).step.doneAt;
    emit timeCommitted(key);
}

void ChecklistEditor::ticked(int index, bool on)
{
    if (index < 0 || index >= m_rows.size())
        return;
    setDoneAt(m_rows.at(index).step.key, on ? std::optional<qint64>(nowMs()) : std::nullopt);
    if (QLabel* hint = m_rows.at(index).tickedNow)
        hint->setVisible(on);
    emit stepToggled(m_rows.at(index).step.key, on);
}

int ChecklistEditor::indexOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).step.key == key)
            return i;
    }
    return -1;
}

QStringList ChecklistEditor::keys() const
{
    QStringList out;
    for (const Row& row : m_rows)
        out << row.step.key;
    return out;
}

QString ChecklistEditor::label(const QString& key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_rows.at(index).step.label : QString();
}

bool ChecklistEditor::isTicked(const QString& key) const
{
    const int index = indexOf(key);
    return index >= 0 && m_rows.at(index).check->isChecked();
}

std::optional<qint64> ChecklistEditor::doneAt(const QString& key) const
{
    const int index = indexOf(key);
    if (index < 0 || !m_rows.at(index).check->isChecked())
        return std::nullopt;
    return m_rows.at(index).step.doneAt;
}

QCheckBox* ChecklistEditor::checkBox(const QString& key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_rows.at(index).check : nullptr;
}

DateTimeField* ChecklistEditor::timeEdit(const QString& key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_rows.at(index).time : nullptr;
}

} // namespace wc::gui
