// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/ProfilePage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"QLabel { background:#fff5d6; border:1px solid #e3c25a; color:#321;"
                         u" border-radius:4px; padding:4px 6px; }"_s);
    label->hide();
    return label;
}

} // namespace

ProfilePage::ProfilePage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_address(new QPlainTextEdit(this)),
      m_emailWarning(noteLabel(u"emailWarningLabel"_s, this)),
      m_nameNote(noteLabel(u"nameNoteLabel"_s, this)),
      m_addressWarning(noteLabel(u"addressWarningLabel"_s, this))
{
    setObjectName(u"profilePage"_s);
    setTitle(tr("Your details"));
    setSubTitle(tr("How the provider can identify and reach you. Remembered in this case file "
                   "for your next letters; nothing is sent anywhere."));

    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setPlaceholderText(tr("As on the account, so the provider can find it"));
    m_phone->setObjectName(u"phoneLineEdit"_s);
    m_phone->setPlaceholderText(tr("The number registered with the account, if possible"));
    m_email->setObjectName(u"emailLineEdit"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_address->setObjectName(u"addressPlainTextEdit"_s);
    m_address->setPlaceholderText(tr("Only needed for a letter sent by post"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);

    m_emailWarning->setText(tr("This does not look like an email address (name@example.com). "
                               "Check it, or leave it empty if you do not want replies by "
                               "email."));
    m_nameNote->setText(tr("Without your name the letter goes out unsigned, and the provider "
                           "may not be able to find your account. You can still go on."));

    // Rich text for the link that moves the number where it belongs.
    m_addressWarning->setTextFormat(Qt::RichText);
    m_addressWarning->setText(
        tr("This looks like a phone number. The address is your postal address, for a letter "
           "sent by post.")
            .toHtmlEscaped() +
        u" <a href=\"phone\">"_s + tr("Move it to Phone").toHtmlEscaped() + u"</a>"_s);
    connect(m_addressWarning, &QLabel::linkActivated, this, [this] {
        const QString number = m_address->toPlainText().trimmed();
        if (m_phone->text().trimmed().isEmpty() || m_phone->text().trimmed() == number)
            m_phone->setText(number);
        else // both kept: the user decides which number is the account's
            m_phone->setText(m_phone->text().trimmed() + u", "_s + number);
        m_address->clear();
        m_address->setFocus();
    });
    connect(m_address, &QPlainTextEdit::textChanged, this, &ProfilePage::checkAddress);

    connect(m_name, &QLineEdit::textChanged, this, &ProfilePage::updateNameNote);
    // Pointed out when the user leaves the field, not at every keystroke of a half-typed
    // address; withdrawn as soon as it is fixed.
    connect(m_email, &QLineEdit::editingFinished, this, &ProfilePage::checkEmail);
    connect(m_email, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty() || looksLikeEmail(text))
            m_emailWarning->hide();
    });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailWarning);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), m_addressWarning);
    // Last: it goes once a name is typed, and under the name it made the fields below jump up
    // under the pointer (a click meant for Phone landed in Address).
    form->addRow(QString(), m_nameNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addStretch(1);
}

void ProfilePage::initializePage()
{
    const core::Profile& profile = m_session.draft().profile;
    m_name->setText(profile.name);
    m_phone->setText(profile.phone);
    m_email->setText(profile.email);
    m_address->setPlainText(profile.address);
    updateNameNote();
    checkEmail();
    m_name->setFocus();
}

bool ProfilePage::validatePage()
{
    writeDraft();
    checkEmail();
    return saveDraft();
}

void ProfilePage::cleanupPage()
{
    writeDraft();
}

void ProfilePage::writeDraft()
{
    core::Profile& profile = m_session.draft().profile;
    profile.name = m_name->text().trimmed();
    profile.phone = m_phone->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.address = m_address->toPlainText().trimmed();
}

bool ProfilePage::looksLikeEmail(const QString& text)
{
    // Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
    // A full-width ＠ typed by an input method fails here, which is what the warning is for.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(text.trimmed()).hasMatch();
}

void ProfilePage::checkEmail()
{
    const QString text = m_email->text().trimmed();
    m_emailWarning->setVisible(!text.isEmpty() && !looksLikeEmail(text));
}

bool ProfilePage::looksLikePhoneNumber(const QString& text)
{
    static const QRegularExpression pattern(u"^\\+?[0-9 ()./\\-]+$"_s);
    const QString trimmed = text.trimmed();
    const auto digits = std::count_if(trimmed.cbegin(), trimmed.cend(),
                                      [](QChar c) { return c.isDigit(); });
    return digits >= 6 && pattern.match(trimmed).hasMatch();
}

void ProfilePage::checkAddress()
{
    m_addressWarning->setVisible(looksLikePhoneNumber(m_address->toPlainText()));
}

void ProfilePage::updateNameNote()
{
    m_nameNote->setVisible(m_name->text().trimmed().isEmpty());
}

} // namespace wc::gui
