// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/DetailsPage.h"

#include "gui/caseview/CaseText.h"
#include "gui/widgets/AccountLineEdit.h"
#include "model/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The provider combo's entry for a wallet or company that is not in the directory.
const QString OtherProvider = u"::other"_s;

// "Not set" for the incident time: QDateTimeEdit cannot be empty, so its minimum stands in.
QDateTime notSetTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

// What people in each situation usually ask for; a starting point the user changes freely.
QStringList defaultRemedies(const QString& subtype)
{
    static const QHash<QString, QStringList> defaults = {
        {u"payment_failed"_s, {u"refund"_s, u"explanation"_s}},
        {u"duplicate_charge"_s, {u"refund"_s}},
        {u"delayed_credit"_s, {u"explanation"_s}},
        {u"wrong_amount"_s, {u"refund"_s}},
        {u"refund_missing"_s, {u"refund"_s}},
        {u"unusual_login"_s, {u"explanation"_s}},
        {u"account_stolen"_s, {u"reversal"_s, u"explanation"_s}},
        {u"unauthorized_payment"_s, {u"reversal"_s, u"refund"_s}},
        {u"scam"_s, {u"reversal"_s}},
        {u"data_leak"_s, {u"explanation"_s, u"apology"_s}},
        {u"slow_response"_s, {u"explanation"_s}},
        {u"rude_agent"_s, {u"apology"_s}},
        {u"unresolved"_s, {u"explanation"_s}},
        {u"unreachable"_s, {u"explanation"_s}},
        {u"account_frozen"_s, {u"unfreeze"_s, u"explanation"_s}},
    };
    return defaults.value(subtype);
}

QString currencyForRegion(const QString& region)
{
    if (region == u"CN"_s)
        return u"CNY"_s;
    if (region == u"US"_s)
        return u"USD"_s;
    if (region == u"UK"_s || region == u"GB"_s)
        return u"GBP"_s;
    if (region == u"EU"_s)
        return u"EUR"_s;
    return {};
}

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

DetailsPage::DetailsPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent),
      m_provider(new QComboBox),
      m_providerName(new QLineEdit),
      m_incident(new QDateTimeEdit),
      m_incidentClear(new QToolButton),
      m_amount(new QLineEdit),
      m_currency(new QComboBox),
      m_references(new QPlainTextEdit),
      m_account(new AccountLineEdit),
      m_description(new QPlainTextEdit),
      m_remedyNote(new QLineEdit),
      m_title(new QLineEdit),
      m_requiredLabel(new QLabel(this))
{
    setObjectName(u"detailsPage"_s);
    setTitle(tr("The details"));
    setSubTitle(tr("The facts your letter will state. Type them as exactly as you can; what you "
                   "do not know can stay empty."));

    m_requiredLabel->setObjectName(u"requiredLabel"_s);
    m_requiredLabel->setWordWrap(true);
    m_requiredLabel->setText(tr("Fields marked * are needed: the wallet or company, and what "
                                "happened. Everything else makes the letter stronger but can "
                                "stay empty."));

    const QString language = WizardSession::uiLanguage();
    m_provider->setObjectName(u"providerComboBox"_s);
    m_provider->addItem(tr("Choose…"), QString());
    for (const core::Provider& provider : session.providers().providers())
        m_provider->addItem(provider.name.text(language), provider.key);
    m_provider->insertSeparator(m_provider->count());
    m_provider->addItem(tr("Other (not in the list)…"), OtherProvider);
    m_providerName->setObjectName(u"providerNameLineEdit"_s);
    m_providerName->setPlaceholderText(tr("Name of the wallet or company"));
    m_providerName->setEnabled(false);

    m_incident->setObjectName(u"incidentDateTimeEdit"_s);
    m_incident->setCalendarPopup(true);
    m_incident->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_incident->setMinimumDateTime(notSetTime());
    m_incident->setSpecialValueText(tr("Not set"));
    m_incident->installEventFilter(this);
    for (QObject* child : m_incident->children())
        child->installEventFilter(this); // its line edit gets the mouse clicks
    m_incidentClear->setObjectName(u"incidentClearButton"_s);
    m_incidentClear->setText(tr("Clear"));
    m_incidentClear->setToolTip(tr("The date is not known"));

    m_amount->setObjectName(u"amountLineEdit"_s);
    m_amount->setPlaceholderText(tr("e.g. %1").arg(u"88.00"_s));
    m_currency->setObjectName(u"currencyComboBox"_s);
    m_currency->addItems(core::Money::commonCurrencies());

    m_references->setObjectName(u"referencesPlainTextEdit"_s);
    m_references->setPlaceholderText(tr("One per line: transaction ID, order number, ticket"));
    m_references->setTabChangesFocus(true);
    m_references->setFixedHeight(m_references->fontMetrics().lineSpacing() * 3 + 14);

    m_account->setPlaceholderText(tr("Phone number, email, card or wallet number"));

    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setPlaceholderText(
        tr("In order: what you did, what went wrong, the exact wording of any error message, "
           "and what you have tried so far."));
    m_description->setTabChangesFocus(true);
    // Room for a few sentences without pushing the remedies and title out of sight; it scrolls.
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 5 + 14);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 8 + 14);

    auto* remedies = new QWidget;
    auto* remedyGrid = new QGridLayout(remedies);
    remedyGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList keys = remedyKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto* box = new QCheckBox(CaseText::remedy(keys.at(i)), remedies);
        box->setObjectName(u"remedy_%1_CheckBox"_s.arg(keys.at(i)));
        m_remedies.insert(keys.at(i), box);
        remedyGrid->addWidget(box, i / 3, i % 3);
    }
    m_remedyNote->setObjectName(u"remedyNoteLineEdit"_s);
    m_remedyNote->setPlaceholderText(tr("Details, e.g. refund the second charge of 88.00 CNY"));
    remedyGrid->addWidget(m_remedyNote, int(keys.size() + 2) / 3, 0, 1, 3);

    m_title->setObjectName(u"titleLineEdit"_s);
    m_title->setPlaceholderText(tr("Proposed from the wallet, the problem and the date"));

    // --- layout
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 6, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Wallet or company *:"), m_provider);
    form->addRow(QString(), m_providerName);
    auto* when = new QHBoxLayout;
    when->addWidget(m_incident, 1);
    when->addWidget(m_incidentClear);
    auto* whenLabel = new QLabel(tr("W&hen it happened:"));
    whenLabel->setBuddy(m_incident);
    form->addRow(whenLabel, when);
    auto* amount = new QHBoxLayout;
    amount->addWidget(m_amount, 1);
    amount->addWidget(m_currency);
    auto* amountLabel = new QLabel(tr("&Amount:"));
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amount);
    form->addRow(tr("&References:"), m_references);
    auto* account = new QVBoxLayout;
    account->setSpacing(2);
    account->addWidget(m_account);
    account->addWidget(hintLabel(tr("Kept in full in your case file; shown partly hidden."),
                                 content));
    auto* accountLabel = new QLabel(tr("Your a&ccount:"));
    accountLabel->setBuddy(m_account);
    form->addRow(accountLabel, account);
    form->addRow(tr("What ha&ppened *:"), m_description);
    auto* remedyLabel = new QLabel(tr("What you &want:"));
    remedyLabel->setBuddy(m_remedies.value(keys.first()));
    form->addRow(remedyLabel, remedies);
    form->addRow(tr("Case &title:"), m_title);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"detailsScrollArea"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_requiredLabel);
    layout->addWidget(scroll, 1);

    // --- behaviour
    connect(m_provider, &QComboBox::currentIndexChanged, this, &DetailsPage::providerChanged);
    connect(m_providerName, &QLineEdit::textEdited, this, &DetailsPage::refreshTitle);
    connect(m_incident, &QDateTimeEdit::dateTimeChanged, this, &DetailsPage::refreshTitle);
    connect(m_incidentClear, &QToolButton::clicked, this,
            [this] { m_incident->setDateTime(notSetTime()); });
    connect(m_currency, &QComboBox::activated, this, [this] {
        m_currencyTouched = true;
        if (!m_amount->text().trimmed().isEmpty())
            checkAmount();
    });
    connect(m_amount, &QLineEdit::editingFinished, this, &DetailsPage::checkAmount);
    connect(m_description, &QPlainTextEdit::textChanged, this, &DetailsPage::refreshProblems);
    connect(m_providerName, &QLineEdit::textEdited, this, &DetailsPage::refreshProblems);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) {
        // A title of the user's own stops following the facts; emptied, it is proposed again.
        m_session.draft().record.title = text.trimmed();
        if (!text.trimmed().isEmpty())
            m_session.markTitleTyped();
    });
}

QStringList DetailsPage::remedyKeys()
{
    return {u"refund"_s,  u"reversal"_s,     u"unfreeze"_s, u"explanation"_s,
            u"apology"_s, u"compensation"_s, u"other"_s};
}

bool DetailsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Starting to set a time that is "Not set" starts from now, not from the year 2000.
    const bool starts = event->type() == QEvent::MouseButtonPress
                     || (event->type() == QEvent::KeyPress && watched == m_incident);
    if (starts && m_incident->dateTime() == notSetTime()) {
        QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).toLocalTime();
        now.setTime(QTime(now.time().hour(), now.time().minute()));
        m_incident->setDateTime(now);
    }
    return DraftPage::eventFilter(watched, event);
}

QString DetailsPage::defaultCurrency(const QString& providerKey) const
{
    const bool chinese = WizardSession::uiLanguage() == u"zh_CN"_s;
    if (const auto provider = m_session.providers().provider(providerKey)) {
        // A wallet used in several regions is most likely used in the user's own.
        if (chinese && provider->regions.contains(u"CN"_s))
            return u"CNY"_s;
        for (const QString& region : provider->regions) {
            const QString code = currencyForRegion(region);
            if (!code.isEmpty())
                return code;
        }
    }
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (!local.isEmpty())
        return local;
    return chinese ? u"CNY"_s : u"USD"_s;
}

void DetailsPage::initializePage()
{
    m_loading = true;
    const core::CaseRecord& r = m_session.draft().record;
    int providerIndex = 0;
    if (!r.providerKey.isEmpty())
        providerIndex = m_provider->findData(r.providerKey);
    if (providerIndex < 0 || (r.providerKey.isEmpty() && !r.providerName.trimmed().isEmpty()))
        providerIndex = m_provider->findData(OtherProvider);
    m_provider->setCurrentIndex(qMax(0, providerIndex));
    const bool other = m_provider->currentData().toString() == OtherProvider;
    m_providerName->setEnabled(other);
    // A key the directory no longer has keeps showing under its stored name.
    m_providerName->setText(other ? (r.providerName.isEmpty() ? r.providerKey : r.providerName)
                                  : QString());

    m_incident->setDateTime(r.incidentAt ? QDateTime::fromMSecsSinceEpoch(*r.incidentAt).toLocalTime()
                                         : notSetTime());

    const QString fallback = defaultCurrency(r.providerKey);
    const QString currency = r.currency.isEmpty() ? fallback : r.currency;
    if (m_currency->findText(currency) < 0)
        m_currency->addItem(currency);
    m_currency->setCurrentText(currency);
    // A stored currency other than the default was the user's choice.
    m_currencyTouched = m_currencyTouched || (!r.currency.isEmpty() && r.currency != fallback);
    if (r.amountMinor)
        m_amount->setText(core::Money::format(*r.amountMinor, currency));
    else if (!m_amount->text().isEmpty() && core::Money::parse(m_amount->text(), currency).ok())
        m_amount->clear();

    m_references->setPlainText(r.references.join(u'\n'));
    m_account->setValue(r.accountRef);
    if (m_description->toPlainText() != r.description)
        m_description->setPlainText(r.description);
    for (auto it = m_remedies.cbegin(); it != m_remedies.cend(); ++it)
        it.value()->setChecked(r.remedies.contains(it.key()));
    m_remedyNote->setText(r.remedyNote);
    applyRemedyDefaults();

    m_session.refreshProposedTitle(WizardSession::uiLanguage());
    m_title->setText(m_session.draft().record.title);
    m_loading = false;
}

void DetailsPage::applyRemedyDefaults()
{
    const QString subtype = m_session.draft().record.subtype;
    if (subtype == m_remedyDefaultsFor)
        return;
    // Defaults replace nothing the user chose: only no remedies, or the last defaults untouched.
    QStringList ticked;
    for (const QString& key : remedyKeys()) {
        if (m_remedies.value(key)->isChecked())
            ticked << key;
    }
    QStringList previous = defaultRemedies(m_remedyDefaultsFor);
    previous.sort();
    ticked.sort();
    if (!ticked.isEmpty() && ticked != previous) {
        m_remedyDefaultsFor = subtype;
        return;
    }
    const QStringList wanted = defaultRemedies(subtype);
    for (auto it = m_remedies.cbegin(); it != m_remedies.cend(); ++it)
        it.value()->setChecked(wanted.contains(it.key()));
    m_remedyDefaultsFor = subtype;
}

void DetailsPage::providerChanged()
{
    const QString key = m_provider->currentData().toString();
    const bool other = key == OtherProvider;
    m_providerName->setEnabled(other);
    if (m_loading)
        return;
    if (other)
        m_providerName->setFocus();
    refreshProblems();
    if (!m_currencyTouched && !other) {
        const QString currency = defaultCurrency(key);
        if (m_currency->findText(currency) < 0)
            m_currency->addItem(currency);
        m_currency->setCurrentText(currency);
    }
    refreshTitle();
}

void DetailsPage::refreshTitle()
{
    if (m_loading || !m_session.titleIsProposed())
        return;
    writeDraft();
    m_session.refreshProposedTitle(WizardSession::uiLanguage());
    m_title->setText(m_session.draft().record.title);
}

void DetailsPage::checkAmount()
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        if (!m_messageBar->isHidden() && m_messageBar->text() == m_amountMessage)
            m_messageBar->hide();
        return;
    }
    auto parsed = core::Money::parse(text, m_currency->currentText());
    if (!parsed) {
        m_amountMessage = parsed.error().message;
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_amountMessage);
        return;
    }
    // Corrected: the explanation has done its job.
    if (!m_messageBar->isHidden() && m_messageBar->text() == m_amountMessage)
        m_messageBar->hide();
    refreshProblems();
}

QString DetailsPage::problemSummary(const QStringList& problems)
{
    QString text = tr("Before going on:");
    for (const QString& line : problems)
        text += u"\n• "_s + line;
    return text;
}

void DetailsPage::refreshProblems()
{
    // A list of what is missing follows the user's corrections until nothing is left.
    if (m_messageBar->isHidden() || m_messageBar->text() != m_shownProblems)
        return;
    const QStringList left = problems();
    if (left.isEmpty()) {
        m_messageBar->hide();
        return;
    }
    m_shownProblems = problemSummary(left);
    m_messageBar->showMessage(MessageBar::Kind::Warning, m_shownProblems);
}

QStringList DetailsPage::problems() const
{
    QStringList out;
    const QString key = m_provider->currentData().toString();
    if (key.isEmpty() || (key == OtherProvider && m_providerName->text().trimmed().isEmpty()))
        out << tr("Choose the wallet or company this is about; under \"Other\" you can type one "
                  "that is not in the list.");
    if (m_description->toPlainText().trimmed().isEmpty())
        out << tr("Describe what happened in a few sentences: what you did, what went wrong and "
                  "what you saw.");
    if (!m_amount->text().trimmed().isEmpty()) {
        auto parsed = core::Money::parse(m_amount->text(), m_currency->currentText());
        if (!parsed)
            out << tr("Amount: %1").arg(parsed.error().message);
    }
    return out;
}

void DetailsPage::writeDraft()
{
    core::CaseRecord& r = m_session.draft().record;
    const QString key = m_provider->currentData().toString();
    if (key == OtherProvider) {
        r.providerKey.clear();
        r.providerName = m_providerName->text().trimmed();
    } else {
        r.providerKey = key;
        r.providerName.clear();
    }
    const QDateTime incident = m_incident->dateTime();
    r.incidentAt = incident == notSetTime() ? std::nullopt
                                            : std::optional<qint64>(incident.toMSecsSinceEpoch());
    r.currency = m_currency->currentText();
    const QString amount = m_amount->text().trimmed();
    if (amount.isEmpty()) {
        r.amountMinor.reset();
    } else if (auto parsed = core::Money::parse(amount, r.currency)) {
        r.amountMinor = *parsed;
    } // text that is not an amount cannot be kept in the draft; the field keeps showing it

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

bool DetailsPage::validatePage()
{
    const QStringList missing = problems();
    if (!missing.isEmpty()) {
        m_shownProblems = problemSummary(missing);
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_shownProblems);
        // Take the user to the first thing to fix.
        const QString key = m_provider->currentData().toString();
        if (key.isEmpty())
            m_provider->setFocus();
        else if (key == OtherProvider && m_providerName->text().trimmed().isEmpty())
            m_providerName->setFocus();
        else if (m_description->toPlainText().trimmed().isEmpty())
            m_description->setFocus();
        else
            m_amount->setFocus();
        return false;
    }
    writeDraft();
    m_session.refreshProposedTitle(WizardSession::uiLanguage());
    m_title->setText(m_session.draft().record.title);
    return saveDraft();
}

} // namespace wc::gui
