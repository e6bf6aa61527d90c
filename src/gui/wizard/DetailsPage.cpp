// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/DetailsPage.h"

#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseZoneCombo.h"
#include "gui/widgets/AccountLineEdit.h"
#include "gui/widgets/CaseFactsForm.h"
#include "gui/widgets/DateTimeField.h"
#include "guidance/CaseTimeZone.h"
#include "model/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
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

const QString OtherProvider = CaseFactsForm::otherProviderKey();

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

} // namespace

DetailsPage::DetailsPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent),
      m_form(new CaseFactsForm),
      m_provider(m_form->providerCombo()),
      m_providerName(m_form->providerNameEdit()),
      m_incident(m_form->incidentEdit()),
      m_amount(m_form->amountEdit()),
      m_currency(m_form->currencyCombo()),
      m_references(m_form->referencesEdit()),
      m_account(m_form->accountEdit()),
      m_description(m_form->descriptionEdit()),
      m_remedyNote(m_form->remedyNoteEdit()),
      m_title(m_form->titleEdit()),
      m_requiredLabel(new QLabel(this)), m_zoneLabel(new QLabel(m_form)),
      m_zoneChange(new QToolButton(m_form)), m_zone(new CaseZoneCombo(m_form)),
      m_messageSpace(new QWidget(this))
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

    m_form->setProviders(&session.providers(), WizardSession::uiLanguage());
    m_form->setClock(&session.clock());
    m_form->setRequiredMarked(true);
    for (const QString& key : remedyKeys())
        m_remedies.insert(key, m_form->remedyBox(key));

    // The zone the typed time is read in, right under it: a Pacific user with a US wallet sees
    // Pacific time before she types, and can pick another zone here rather than on Overview
    // after the case exists.
    m_zoneLabel->setObjectName(u"caseZoneLabel"_s);
    m_zoneLabel->setWordWrap(true);
    m_zoneChange->setObjectName(u"caseZoneChangeButton"_s);
    m_zoneChange->setText(tr("C&hange…"));
    m_zoneChange->setToolTip(tr("Choose the time zone of this case: every time in it is typed, "
                                "shown and written in this zone."));
    m_zone->setToolTip(m_zoneChange->toolTip());
    m_zone->hide();
    // The picker opens under the sentence, not beside it: beside it, the sentence was squeezed
    // to half the row and clipped ("Times in Pacific Time (UTC-8) — not this…").
    auto* zoneLine = new QHBoxLayout;
    zoneLine->setContentsMargins(0, 0, 0, 0);
    zoneLine->addWidget(m_zoneLabel, 1);
    zoneLine->addWidget(m_zoneChange);
    auto* zoneRow = new QVBoxLayout;
    zoneRow->setContentsMargins(0, 0, 0, 0);
    zoneRow->addLayout(zoneLine);
    zoneRow->addWidget(m_zone);
    QFormLayout* facts = m_form->formLayout();
    int whenRow = -1;
    for (int row = 0; row < facts->rowCount() && whenRow < 0; ++row) {
        QLayoutItem* label = facts->itemAt(row, QFormLayout::LabelRole);
        auto* text = label ? qobject_cast<QLabel*>(label->widget()) : nullptr;
        if (text && text->buddy() == m_incident)
            whenRow = row;
    }
    facts->insertRow(whenRow >= 0 ? whenRow + 1 : facts->rowCount(), QString(), zoneRow);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"detailsScrollArea"_s);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Stands in for the message bar once it has been shown and gone (see eventFilter).
    m_messageSpace->setObjectName(u"messageSpace"_s);
    m_messageSpace->hide();
    m_messageBar->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_messageSpace);
    layout->addWidget(m_requiredLabel);
    layout->addWidget(scroll, 1);

    // --- behaviour
    connect(m_form, &CaseFactsForm::providerChanged, this, &DetailsPage::providerChanged);
    connect(m_providerName, &QLineEdit::textEdited, this, &DetailsPage::refreshTitle);
    connect(m_incident, &DateTimeField::dateTimeChanged, this, &DetailsPage::refreshTitle);
    connect(m_currency, &QComboBox::activated, this, [this] {
        m_currencyTouched = true;
        if (!m_amount->text().trimmed().isEmpty())
            checkAmount();
    });
    connect(m_amount, &QLineEdit::editingFinished, this, &DetailsPage::checkAmount);
    connect(m_zoneChange, &QToolButton::clicked, this, [this] {
        m_zoneChange->hide();
        m_zone->show();
        m_zone->setFocus();
    });
    connect(m_zone, &QComboBox::activated, this, &DetailsPage::zoneChosen);
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
    return CaseFactsForm::remedyKeys();
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
    // A provider chosen on an earlier page brings its zone before any time is shown.
    m_session.syncTimeZone();
    const core::CaseRecord& r = m_session.draft().record;
    showZone();
    const QString fallback = defaultCurrency(r.providerKey);
    // An amount typed but not understood stays on screen to be corrected, not silently dropped.
    const QString typedAmount = m_amount->text();
    m_form->setRecord(r, fallback);
    if (!r.amountMinor && !typedAmount.trimmed().isEmpty()
        && !core::Money::parse(typedAmount, m_currency->currentText()).ok())
        m_amount->setText(typedAmount);
    // A stored currency other than the default was the user's choice.
    m_currencyTouched = m_currencyTouched || (!r.currency.isEmpty() && r.currency != fallback);
    applyRemedyDefaults();

    m_session.refreshProposedTitle(WizardSession::uiLanguage());
    m_title->setText(m_session.draft().record.title);
    m_loading = false;
}

bool DetailsPage::eventFilter(QObject* watched, QEvent* event)
{
    // The fields below stay where they are when the warning goes away: the user was just
    // typing in one of them. An empty space of the bar's height takes its place.
    if (watched == m_messageBar) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Resize:
            if (m_messageBar->isVisible()) {
                m_messageHeight = qMax(m_messageHeight, m_messageBar->height());
                m_messageSpace->hide();
            }
            break;
        case QEvent::Hide:
            if (m_messageHeight > 0) {
                m_messageSpace->setFixedHeight(m_messageHeight);
                m_messageSpace->show();
            }
            break;
        default:
            break;
        }
    }
    return DraftPage::eventFilter(watched, event);
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
    if (m_loading)
        return;
    if (other)
        m_providerName->setFocus();
    // The times on this page are the new provider's region's: 14:32 typed stays 14:32 there.
    writeDraft();
    m_session.syncTimeZone();
    showZone();
    refreshProblems();
    if (!m_currencyTouched && !other) {
        const QString currency = defaultCurrency(key);
        if (m_currency->findText(currency) < 0)
            m_currency->addItem(currency);
        m_currency->setCurrentText(currency);
    }
    refreshTitle();
}

void DetailsPage::showZone()
{
    const QTimeZone zone = core::CaseTimeZone::zoneFor(m_session.draft().record);
    m_form->setTimeZone(zone);
    m_zone->setZoneId(zone.id());
    const qint64 now = m_session.clock().nowMs();
    const QString name = CaseText::zoneName(zone, now);
    m_zoneLabel->setText(core::CaseTimeZone::differsFromSystem(zone, now)
                             //: %1 is a time zone's name and offset.
                             ? tr("Times in %1 — not this computer's zone.").arg(name)
                             : tr("Times in %1.").arg(name));
}

void DetailsPage::zoneChosen()
{
    // The clock time on screen stays: the user typed 14:32 meaning 14:32 in the zone she now
    // says it was in.
    m_session.chooseTimeZone(m_zone->zoneId());
    showZone();
    writeDraft();
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
    m_form->writeTo(m_session.draft().record);
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
