// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace wc::core {
class Clock;
class ProviderDirectory;
} // namespace wc::core

namespace wc::gui {

class AccountLineEdit;
class DateTimeField;

// The facts of a case as form fields, shared by the wizard's details step and the case
// workspace's overview: provider (from the directory, or another by name), when it happened
// ("not set" until the user starts setting it, then from today 00:00 in the case's zone; a time
// later than now or more than ten years back is pointed out next to the field, with the date the
// user probably meant), amount and currency, references
// (one per line), the account identifier (shown masked while not being edited), what happened,
// the remedies wanted with a note, and the title. The form only shows and reads back; whoever
// owns it decides what a change means (the wizard keeps a draft, the workspace saves at once
// when committed() says a field's edit is complete).
// Object names: providerComboBox, providerNameLineEdit, incidentDateTimeEdit,
// incidentClearButton, incidentWarningLabel, amountLineEdit, currencyComboBox,
// referencesPlainTextEdit, accountLineEdit, descriptionPlainTextEdit, remedy_<key>_CheckBox, remedyNoteLineEdit,
// titleLineEdit.
class CaseFactsForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFactsForm(QWidget* parent = nullptr);

    // The provider list: the directory's providers named in `language`, then "Other". Keeps
    // the current choice when it is still there. `providers` may be null (only "Other").
    void setProviders(const core::ProviderDirectory* providers, const QString& language);
    // Where "now" comes from (the day an unset time starts from, what counts as a future
    // incident); the system clock when not set. Not owned.
    void setClock(const core::Clock* clock);
    // The case's time zone: the incident time is shown and read in it (a user who types 14:32
    // means 14:32 there). Changing it keeps the clock time on screen; setRecord() afterwards
    // shows the stored instant in the new zone. Default: the computer's zone.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    // Marks the fields a letter cannot do without (provider, what happened) with an asterisk.
    void setRequiredMarked(bool marked);

    // Shows the record's facts; `fallbackCurrency` is shown when the record has none. Emits
    // nothing.
    void setRecord(const core::CaseRecord& record, const QString& fallbackCurrency);
    // Copies the fields into `record`. An amount that does not parse leaves the record's amount
    // as it was (amountProblem() says why).
    void writeTo(core::CaseRecord& record) const;
    // Why the amount field cannot be stored; empty when it is empty or an amount.
    QString amountProblem() const;

    // The form's layout, so an owner can add rows of its own that line up with the facts.
    QFormLayout* formLayout() const { return m_form; }

    QComboBox* providerCombo() const { return m_provider; }
    QLineEdit* providerNameEdit() const { return m_providerName; }
    DateTimeField* incidentEdit() const { return m_incident; }
    // Next to the incident time: why the time looks wrong, and the date probably meant.
    QLabel* incidentWarningLabel() const { return m_incidentWarning; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* currencyCombo() const { return m_currency; }
    QPlainTextEdit* referencesEdit() const { return m_references; }
    AccountLineEdit* accountEdit() const { return m_account; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QCheckBox* remedyBox(const QString& key) const { return m_remedies.value(key); }
    QLineEdit* remedyNoteEdit() const { return m_remedyNote; }
    QLineEdit* titleEdit() const { return m_title; }

    static QStringList remedyKeys();
    // The provider combo's data for a wallet or company that is not in the directory.
    static QString otherProviderKey();
    // "Not set" for the incident time: a date editor cannot be empty, so its minimum stands in.
    // A wall-clock value (Qt::UTC, see CaseText::wallClock) like every time the editor holds.
    static QDateTime notSetTime();
    // Incident times this many years or more before now are pointed out ("Did you mean …?").
    static constexpr int LongAgoYears = 10;
    // Why `incident` (wall clock in the case's zone, see CaseText::wallClock) is probably
    // mistyped, given `now` (likewise), and the date probably meant; empty when it looks right.
    struct IncidentCheck
    {
        QString problem;
        QDate suggestion; // invalid when there is none
    };
    static IncidentCheck checkIncident(const QDateTime& incident, const QDateTime& now);

signals:
    // The user finished editing a field: left it or pressed Enter, picked a provider or a
    // currency, ticked a remedy, cleared the time.
    void committed();
    // The provider choice changed (by the user or by setRecord()).
    void providerChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateLabels();
    // Today 00:00 in the case's zone is where an unset time starts when the user types.
    void updateIncidentStart();
    void checkIncidentTime();
    qint64 nowMs() const;

    const core::Clock* m_clock = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_requiredMarked = false;
    QFormLayout* m_form;
    QComboBox* m_provider;
    QLineEdit* m_providerName;
    DateTimeField* m_incident;
    QToolButton* m_incidentClear;
    QLabel* m_incidentWarning;
    QDate m_incidentSuggestion;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QLabel* m_currencySymbol; // "¥", "$" … before the amount; hidden for a code-only currency
    QPlainTextEdit* m_references;
    AccountLineEdit* m_account;
    QPlainTextEdit* m_description;
    QHash<QString, QCheckBox*> m_remedies;
    QLineEdit* m_remedyNote;
    QLineEdit* m_title;
    QLabel* m_providerLabel;
    QLabel* m_descriptionLabel;
};

} // namespace wc::gui
