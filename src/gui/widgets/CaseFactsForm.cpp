// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/CaseFactsForm.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/AccountLineEdit.h"
#include "gui/widgets/DateTimeField.h"
#include "guidance/ProviderDirectory.h"
#include "model/Money.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace

// The form came out of the wizard's details step; its words keep that step's translation context
// (QCoreApplication::translate with "wc::gui::DetailsPage") so the translations already made for
// them still apply.
CaseFactsForm::CaseFactsForm(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_provider(new QComboBox(this)),
      m_providerName(new QLineEdit(this)), m_incident(new DateTimeField(this)),
      m_incidentClear(new QToolButton(this)), m_incidentWarning(new QLabel(this)),
      m_amount(new QLineEdit(this)), m_currency(new QComboBox(this)),
      m_currencySymbol(new QLabel(this)), m_references(new QPlainTextEdit(this)),
      m_account(new AccountLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_remedyNote(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_providerLabel(new QLabel(this)), m_descriptionLabel(new QLabel(this))
{
    setObjectName(u"caseFactsForm"_s);
    m_provider->setObjectName(u"providerComboBox"_s);
    m_providerName->setObjectName(u"providerNameLineEdit"_s);
    m_providerName->setPlaceholderText(
        QCoreApplication::translate("wc::gui::DetailsPage", "Name of the wallet or company"));
    m_providerName->setEnabled(false);
    setProviders(nullptr, CaseText::uiLanguage());

    m_incident->setObjectName(u"incidentDateTimeEdit"_s);
    // It holds the case zone's clock time, not the computer's (see setTimeZone).
    m_incident->setTimeSpec(Qt::UTC);
    m_incident->setOptional(QCoreApplication::translate("wc::gui::DetailsPage", "Not set"));
    m_incident->setDateTime(notSetTime());
    updateIncidentStart();
    m_incident->installEventFilter(this); // "today" is worked out again when the user comes in
    m_incidentWarning->setObjectName(u"incidentWarningLabel"_s);
    m_incidentWarning->setWordWrap(true);
    m_incidentWarning->setTextFormat(Qt::RichText);
    QPalette warning = m_incidentWarning->palette();
    warning.setColor(QPalette::WindowText, CaseText::warningColour());
    m_incidentWarning->setPalette(warning);
    m_incidentWarning->hide();
    connect(m_incidentWarning, &QLabel::linkActivated, this, [this] {
        if (!m_incidentSuggestion.isValid())
            return;
        QDateTime fixed = m_incident->dateTime();
        fixed.setDate(m_incidentSuggestion);
        m_incident->setDateTime(fixed);
        m_incident->setFocus();
        emit committed();
    });
    m_incidentClear->setObjectName(u"incidentClearButton"_s);
    m_incidentClear->setText(QCoreApplication::translate("wc::gui::DetailsPage", "Clear"));
    m_incidentClear->setToolTip(
        QCoreApplication::translate("wc::gui::DetailsPage", "The date is not known"));

    m_amount->setObjectName(u"amountLineEdit"_s);
    m_amount->setPlaceholderText(
        QCoreApplication::translate("wc::gui::DetailsPage", "e.g. %1").arg(u"88.00"_s));
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->addItems(core::Money::commonCurrencies());

    m_references->setObjectName(u"referencesPlainTextEdit"_s);
    m_references->setPlaceholderText(QCoreApplication::translate(
        "wc::gui::DetailsPage", "One per line: transaction ID, order number, ticket"));
    m_references->setTabChangesFocus(true);
    m_references->setFixedHeight(m_references->fontMetrics().lineSpacing() * 3 + 14);
    m_references->installEventFilter(this);

    m_account->setPlaceholderText(QCoreApplication::translate(
        "wc::gui::DetailsPage", "Phone number, email, card or wallet number"));

    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setPlaceholderText(QCoreApplication::translate(
        "wc::gui::DetailsPage",
        "In order: what you did, what went wrong, the exact wording of any error "
        "message, and what you have tried so far."));
    m_description->setTabChangesFocus(true);
    // Room for a few sentences without pushing the remedies and title out of sight; it scrolls.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 5 + 14);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 8 + 14);
    m_description->installEventFilter(this);

    auto* remedies = new QWidget(this);
    auto* remedyGrid = new QGridLayout(remedies);
    remedyGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = remedyKeys();
    // Two columns: three made the form 617 px wide at the least ("Reverse the transaction",
    // "Unfreeze the account" side by side), wider than the case view at 1200 px.
    constexpr int columns = 2;
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QCheckBox(CaseText::remedy(keys.at(i)), remedies);
        box->setObjectName(u"remedy_%1_CheckBox"_s.arg(keys.at(i)));
        m_remedies.insert(keys.at(i), box);
        remedyGrid->addWidget(box, i / columns, i % columns);
        connect(box, &QCheckBox::clicked, this, &CaseFactsForm::committed);
    }
    m_remedyNote->setObjectName(u"remedyNoteLineEdit"_s);
    remedyGrid->addWidget(m_remedyNote, int(keys.size() + columns - 1) / columns, 0, 1, columns);

    m_title->setObjectName(u"titleLineEdit"_s);
    m_title->setPlaceholderText(QCoreApplication::translate(
        "wc::gui::DetailsPage", "Proposed from the wallet, the problem and the date"));

    // --- layout
    m_form->setContentsMargins(0, 0, 6, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_providerLabel->setBuddy(m_provider);
    m_form->addRow(m_providerLabel, m_provider);
    m_form->addRow(QString(), m_providerName);
    auto* when = new QVBoxLayout;
    when->setSpacing(2);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_incident, 1);
    whenRow->addWidget(m_incident->timeUnknownBox(this));
    whenRow->addWidget(m_incidentClear);
    when->addLayout(whenRow);
    when->addWidget(m_incidentWarning);
    auto* whenLabel =
        new QLabel(QCoreApplication::translate("wc::gui::DetailsPage", "When &it happened:"), this);
    whenLabel->setBuddy(m_incident);
    m_form->addRow(whenLabel, when);
    auto* amount = new QHBoxLayout;
    // The currency's symbol before the figure ("¥ 128.00  CNY"), as the interface writes money
    // everywhere else; the walk found the Overview's amount without its ¥.
    m_currencySymbol->setObjectName(u"currencySymbolLabel"_s);
    amount->addWidget(m_currencySymbol);
    amount->addWidget(m_amount, 1);
    amount->addWidget(m_currency);
    auto* amountLabel =
        new QLabel(QCoreApplication::translate("wc::gui::DetailsPage", "A&mount:"), this);
    amountLabel->setBuddy(m_amount);
    m_form->addRow(amountLabel, amount);
    m_form->addRow(QCoreApplication::translate("wc::gui::DetailsPage", "&References:"),
                   m_references);
    auto* account = new QVBoxLayout;
    account->setSpacing(2);
    account->addWidget(m_account);
    account->addWidget(hintLabel(
        QCoreApplication::translate("wc::gui::DetailsPage",
                                    "Kept in full in your case file; shown partly hidden."),
        this));
    auto* accountLabel =
        new QLabel(QCoreApplication::translate("wc::gui::DetailsPage", "Your acco&unt:"), this);
    accountLabel->setBuddy(m_account);
    m_form->addRow(accountLabel, account);
    m_descriptionLabel->setBuddy(m_description);
    m_form->addRow(m_descriptionLabel, m_description);
    auto* remedyLabel =
        new QLabel(QCoreApplication::translate("wc::gui::DetailsPage", "What &you want:"), this);
    remedyLabel->setBuddy(m_remedies.value(keys.first()));
    m_form->addRow(remedyLabel, remedies);
    m_form->addRow(QCoreApplication::translate("wc::gui::DetailsPage", "Case &title:"), m_title);
    updateLabels();

    // --- behaviour
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_providerName->setEnabled(m_provider->currentData().toString() == otherProviderKey());
        emit providerChanged();
    });
    connect(m_provider, &QComboBox::activated, this, [this] {
        // "Other" is complete only with a name: the name field commits it.
        if (m_provider->currentData().toString() == otherProviderKey() &&
            m_providerName->text().trimmed().isEmpty()) {
            m_providerName->setFocus();
            return;
        }
        emit committed();
    });
    connect(m_incidentClear, &QToolButton::clicked, this, [this] {
        m_incident->clearValue();
        emit committed();
    });
    connect(m_incident, &DateTimeField::timeKnownChanged, this, &CaseFactsForm::committed);
    connect(m_currency, &QComboBox::activated, this, &CaseFactsForm::committed);
    const auto showSymbol = [this](const QString& code) {
        const QString symbol = CaseText::currencySymbol(code);
        m_currencySymbol->setText(symbol);
        m_currencySymbol->setVisible(!symbol.isEmpty());
    };
    connect(m_currency, &QComboBox::currentTextChanged, this, showSymbol);
    showSymbol(m_currency->currentText());
    // The example is in the case's money ("$88.00" in a US case, not "88.00 CNY").
    const auto showRemedyExample = [this](const QString& code) {
        m_remedyNote->setPlaceholderText(
            QCoreApplication::translate("wc::gui::DetailsPage",
                                        "Details, e.g. refund the second charge of %1")
                .arg(CaseText::money(8'800, code)));
    };
    connect(m_currency, &QComboBox::currentTextChanged, this, showRemedyExample);
    showRemedyExample(m_currency->currentText());
    for (QLineEdit* edit :
         {m_providerName, m_amount, static_cast<QLineEdit*>(m_account), m_remedyNote, m_title})
        connect(edit, &QLineEdit::editingFinished, this, &CaseFactsForm::committed);
    connect(m_incident, &QDateTimeEdit::editingFinished, this, &CaseFactsForm::committed);
    connect(m_incident, &QDateTimeEdit::dateTimeChanged, this, &CaseFactsForm::checkIncidentTime);
}

QStringList CaseFactsForm::remedyKeys()
{
    return {u"refund"_s,  u"reversal"_s,     u"unfreeze"_s, u"explanation"_s,
            u"apology"_s, u"compensation"_s, u"other"_s};
}

QString CaseFactsForm::otherProviderKey()
{
    return u"::other"_s;
}

QDateTime CaseFactsForm::notSetTime()
{
    return DateTimeField::notSetValue(Qt::UTC);
}

void CaseFactsForm::setClock(const core::Clock* clock)
{
    m_clock = clock;
    updateIncidentStart();
    checkIncidentTime();
}

qint64 CaseFactsForm::nowMs() const
{
    return (m_clock ? *m_clock : core::Clock::system()).nowMs();
}

void CaseFactsForm::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    updateIncidentStart();
    checkIncidentTime();
}

void CaseFactsForm::updateIncidentStart()
{
    // Typing into "Not set" begins a date of the user's own: from the start of today there, with
    // the typed digit kept, never the current clock time (which the user would have to undo).
    const QDate today = CaseText::wallClock(nowMs(), m_zone).date();
    m_incident->setStartValue(QDateTime(today, QTime(0, 0), Qt::UTC));
}

CaseFactsForm::IncidentCheck CaseFactsForm::checkIncident(const QDateTime& incident,
                                                          const QDateTime& now)
{
    IncidentCheck check;
    if (!incident.isValid() || incident == notSetTime())
        return check;
    // The same day in the most recent year it has already happened: the usual slip is the year
    // (a two-digit "26" read as another century, or the wrong key pressed).
    const auto lastPast = [&now](const QDate& day) {
        QDate guess(now.date().year(), day.month(), day.day());
        if (!guess.isValid()) // 29 February
            guess = QDate(now.date().year(), day.month(), 28);
        if (guess > now.date())
            guess = guess.addYears(-1);
        return guess;
    };
    const QString shown = CaseText::date(incident.date());
    if (incident > now) {
        //: %1 is the date typed.
        check.problem =
            tr("%1 is later than now: an incident cannot have happened yet.").arg(shown);
        // Later today has no other date to offer.
        if (const QDate guess = lastPast(incident.date()); guess != incident.date())
            check.suggestion = guess;
    } else if (incident.addYears(LongAgoYears) <= now) {
        //: %1 is the date typed; %2 the number of years.
        check.problem = tr("%1 is more than %2 years ago.").arg(shown).arg(LongAgoYears);
        check.suggestion = lastPast(incident.date());
    }
    return check;
}

void CaseFactsForm::checkIncidentTime()
{
    const IncidentCheck check =
        checkIncident(m_incident->dateTime(), CaseText::wallClock(nowMs(), m_zone));
    m_incidentSuggestion = check.suggestion;
    if (check.problem.isEmpty()) {
        m_incidentWarning->hide();
        m_incidentWarning->clear();
        return;
    }
    QString html = u"\u26a0 "_s + check.problem.toHtmlEscaped();
    if (check.suggestion.isValid())
        //: %1 is the sentence before; %2 a link with the date the user probably meant.
        html = tr("%1 Did you mean %2?")
                   .arg(html, u"<a href=\"suggestion\">%1</a>"_s.arg(
                                  CaseText::date(check.suggestion).toHtmlEscaped()));
    else
        html += u' ' + tr("Check the date.").toHtmlEscaped();
    m_incidentWarning->setText(html);
    m_incidentWarning->show();
}

void CaseFactsForm::setRequiredMarked(bool marked)
{
    m_requiredMarked = marked;
    updateLabels();
}

void CaseFactsForm::updateLabels()
{
    m_providerLabel->setText(
        m_requiredMarked
            ? QCoreApplication::translate("wc::gui::DetailsPage", "&Wallet or company *:")
            : QCoreApplication::translate("wc::gui::DetailsPage", "&Wallet or company:"));
    m_descriptionLabel->setText(
        m_requiredMarked ? QCoreApplication::translate("wc::gui::DetailsPage", "What ha&ppened *:")
                         : QCoreApplication::translate("wc::gui::DetailsPage", "What ha&ppened:"));
}

void CaseFactsForm::setProviders(const core::ProviderDirectory* providers, const QString& language)
{
    const QSignalBlocker blocker(m_provider);
    const QString current = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(QCoreApplication::translate("wc::gui::DetailsPage", "Choose…"), QString());
    if (providers) {
        for (const core::Provider& provider : providers->providers())
            m_provider->addItem(provider.name.text(language), provider.key);
    }
    m_provider->insertSeparator(m_provider->count());
    m_provider->addItem(
        QCoreApplication::translate("wc::gui::DetailsPage", "Other (not in the list)…"),
        otherProviderKey());
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(current)));
    m_providerName->setEnabled(m_provider->currentData().toString() == otherProviderKey());
}

bool CaseFactsForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_incident && event->type() == QEvent::FocusIn)
        updateIncidentStart();
    // Multi-line fields have no editingFinished: leaving them finishes the edit. A context menu
    // takes the focus for a moment while the user is still editing.
    if (event->type() == QEvent::FocusOut &&
        (watched == m_references || watched == m_description) &&
        static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason)
        emit committed();
    return QWidget::eventFilter(watched, event);
}

void CaseFactsForm::setRecord(const core::CaseRecord& r, const QString& fallbackCurrency)
{
    const QSignalBlocker blocker(this); // providerChanged is for the user's choices
    // Only real changes: setting the same text again would lose the cursor, the selection and
    // the undo steps of a field the user is in (the workspace shows a case again after saving).
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    const auto setPlainText = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    int providerIndex = 0;
    if (!r.providerKey.isEmpty())
        providerIndex = m_provider->findData(r.providerKey);
    if (providerIndex < 0 || (r.providerKey.isEmpty() && !r.providerName.trimmed().isEmpty()))
        providerIndex = m_provider->findData(otherProviderKey());
    m_provider->setCurrentIndex(qMax(0, providerIndex));
    const bool other = m_provider->currentData().toString() == otherProviderKey();
    m_providerName->setEnabled(other);
    // A key the directory no longer has keeps showing under its stored name.
    setText(m_providerName,
            other ? (r.providerName.isEmpty() ? r.providerKey : r.providerName) : QString());

    m_incident->setValue(r.incidentAt ? CaseText::wallClock(*r.incidentAt, m_zone) : notSetTime(),
                         r.incidentTimeKnown);

    const QString currency = r.currency.isEmpty() ? fallbackCurrency : r.currency;
    if (!currency.isEmpty() && m_currency->findText(currency) < 0)
        m_currency->addItem(currency);
    m_currency->setCurrentText(currency);
    setText(m_amount, r.amountMinor ? core::Money::format(*r.amountMinor, currency) : QString());

    setPlainText(m_references, r.references.join(u'\n'));
    if (m_account->value() != r.accountRef.trimmed())
        m_account->setValue(r.accountRef);
    setPlainText(m_description, r.description);
    for (auto it = m_remedies.cbegin(); it != m_remedies.cend(); ++it)
        it.value()->setChecked(r.remedies.contains(it.key()));
    setText(m_remedyNote, r.remedyNote);
    setText(m_title, r.title);
}

QString CaseFactsForm::amountProblem() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return {};
    auto parsed = core::Money::parse(text, m_currency->currentText());
    return parsed ? QString() : parsed.error().message;
}

void CaseFactsForm::writeTo(core::CaseRecord& r) const
{
    const QString key = m_provider->currentData().toString();
    if (key == otherProviderKey()) {
        r.providerKey.clear();
        r.providerName = m_providerName->text().trimmed();
    } else {
        r.providerKey = key;
        r.providerName.clear();
    }
    const QDateTime incident = m_incident->dateTime();
    r.incidentAt = incident == notSetTime()
                       ? std::nullopt
                       : std::optional<qint64>(CaseText::fromWallClock(incident, m_zone));
    r.incidentTimeKnown = !r.incidentAt || m_incident->timeKnown();
    r.currency = m_currency->currentText();
    const QString amount = m_amount->text().trimmed();
    if (amount.isEmpty()) {
        r.amountMinor.reset();
    } else if (auto parsed = core::Money::parse(amount, r.currency)) {
        r.amountMinor = *parsed;
    } // text that is not an amount cannot be kept; the field keeps showing it

    r.references.clear();
    for (const QString& line : m_references->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            r.references << line.trimmed();
    }
    r.accountRef = m_account->value();
    r.description = m_description->toPlainText().trimmed();
    r.remedies.clear();
    for (const QString& remedy : remedyKeys()) {
        if (m_remedies.value(remedy)->isChecked())
            r.remedies << remedy;
    }
    r.remedyNote = m_remedyNote->text().trimmed();
    r.title = m_title->text().trimmed();
}

} // namespace wc::gui
