// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace wc::gui {

class AccountLineEdit;
class CaseFactsForm;
class CaseZoneCombo;
class DateTimeField;

// Step 3, the facts: provider (from the directory, or another by name), date and time, amount and
// currency, transaction references (one per line), the account identifier (kept in full, shown
// masked while not being edited), what happened, the remedies wanted, and the case title: the
// fields of a CaseFactsForm (shared with the case workspace), with the wizard's policies here.
// Provider and description are required (marked *, explained in a label); Next with something
// missing says what in the message bar. An amount that does not parse is explained, never
// guessed. A time later than now, or long ago, is pointed out next to the field. The message bar
// keeps the height it had once shown, so fixing the last problem does not pull the fields up
// under the user's pointer. The currency follows the provider's region until the user picks one; the title is
// proposed by the session until the user types one; remedies start from the subtype's defaults.
// Under the incident time the case's zone is named ("Times in Pacific Standard Time (UTC-8)"):
// the provider's region's, or the computer's own where it lies in that region; "Change…" shows
// the zone picker of the case's Overview. Typed times are read in that zone, which is saved with
// the case; a zone the user picked stays when the provider changes.
// Object names: providerComboBox, providerNameLineEdit, incidentDateTimeEdit, amountLineEdit,
// currencyComboBox, referencesPlainTextEdit, accountLineEdit, descriptionPlainTextEdit,
// remedy_<key>_CheckBox, remedyNoteLineEdit, titleLineEdit, requiredLabel, incidentClearButton,
// caseZoneLabel, caseZoneChangeButton, caseTimeZoneComboBox.
class DetailsPage : public DraftPage
{
    Q_OBJECT

public:
    explicit DetailsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void writeDraft() override;

    static QStringList remedyKeys();

protected:
    // Keeps the space of a message bar that was shown, so the page does not jump when it hides.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void providerChanged();
    // Shows the draft's zone in the form, the picker and the label under the incident time.
    void showZone();
    void zoneChosen();
    // Copies provider and incident time into the draft and re-proposes the title, unless the
    // user typed one.
    void refreshTitle();
    void applyRemedyDefaults();
    void checkAmount();
    QString defaultCurrency(const QString& providerKey) const;
    // What is missing or wrong, one line each; empty when the page is complete.
    QStringList problems() const;
    static QString problemSummary(const QStringList& problems);
    // Updates a shown list of problems as the user fixes them.
    void refreshProblems();

    CaseFactsForm* m_form; // the fields; this page adds the wizard's policies around them
    QComboBox* m_provider;
    QLineEdit* m_providerName;
    DateTimeField* m_incident;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QPlainTextEdit* m_references;
    AccountLineEdit* m_account;
    QPlainTextEdit* m_description;
    QHash<QString, QCheckBox*> m_remedies;
    QLineEdit* m_remedyNote;
    QLineEdit* m_title;
    QLabel* m_requiredLabel;
    QLabel* m_zoneLabel;
    QToolButton* m_zoneChange;
    CaseZoneCombo* m_zone;
    QWidget* m_messageSpace; // the height of the message bar that was shown, once it hides
    int m_messageHeight = 0;
    QString m_amountMessage;     // the last "not an amount" explanation shown
    QString m_shownProblems;     // the last "before going on" list shown
    QString m_remedyDefaultsFor; // the subtype whose default remedies are ticked
    bool m_currencyTouched = false;
    bool m_loading = false;
};

} // namespace wc::gui
