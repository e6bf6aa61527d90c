// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/SettingsDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/MessageBar.h"
#include "gui/wizard/ProfilePage.h"
#include "store/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
const QString LanguageKey = u"ui/language"_s;
const QString FirstRunKey = u"app/firstRunDone"_s;
const QString CloseToTrayKey = u"reminders/closeToTray"_s;

// Only languages the app ships a translation for; anything else in the file means "system".
QString normalisedLanguage(const QString& value)
{
    if (value == u"zh_CN"_s || value == u"en"_s)
        return value;
    return {};
}

// The restart note in the language just chosen, for a user who cannot read the current one.
// Not translated on purpose, like the language names themselves.
QString nativeRestartNote(const QString& language)
{
    if (language == u"zh_CN"_s)
        return u"重新启动 WalletCase 后使用新的界面语言。"_s;
    if (language == u"en"_s)
        return u"The new language applies the next time you start WalletCase."_s;
    return {};
}

bool sameProfile(const core::Profile& a, const core::Profile& b)
{
    return a.name == b.name && a.phone == b.phone && a.email == b.email && a.address == b.address;
}
} // namespace

SettingsDialog::SettingsDialog(core::CaseStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_messageBar(new MessageBar(this)),
      m_languageComboBox(new QComboBox(this)), m_restartNoteLabel(new QLabel(this)),
      m_closeToTrayCheckBox(new QCheckBox(this)),
      m_profileBox(new QGroupBox(tr("Your details"), this)), m_nameLineEdit(new QLineEdit(this)),
      m_phoneLineEdit(new QLineEdit(this)), m_emailLineEdit(new QLineEdit(this)),
      m_emailWarningLabel(new QLabel(this)), m_addressPlainTextEdit(new QPlainTextEdit(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setMinimumWidth(480);

    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageComboBox->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_languageComboBox->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_languageComboBox->addItem(u"English"_s, u"en"_s);
    m_languageAtOpen = savedLanguage();
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(m_languageAtOpen)));

    m_restartNoteLabel->setObjectName(u"restartNoteLabel"_s);
    m_restartNoteLabel->setWordWrap(true);
    m_restartNoteLabel->setTextFormat(Qt::PlainText);
    m_restartNoteLabel->setStyleSheet(u"QLabel { background:#e8f1fb; border:1px solid #9cc2ea;"
                                      u" color:#123; border-radius:4px; padding:4px 6px; }"_s);
    m_restartNoteLabel->setVisible(false);
    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateRestartNote);

    auto* languageBox = new QGroupBox(tr("Interface"), this);
    auto* languageLayout = new QFormLayout(languageBox);
    languageLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    languageLayout->addRow(tr("&Language:"), m_languageComboBox);
    languageLayout->addRow(m_restartNoteLabel);

    m_closeToTrayCheckBox->setObjectName(u"closeToTrayCheckBox"_s);
    m_closeToTrayCheckBox->setText(
        tr("&Keep running in the system tray when the window is closed while reminders are "
           "pending"));
    m_closeToTrayCheckBox->setChecked(closeToTray());
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_closeToTrayCheckBox->setEnabled(false);
        m_closeToTrayCheckBox->setToolTip(tr("This desktop has no system tray."));
    }
    languageLayout->addRow(m_closeToTrayCheckBox);

    m_nameLineEdit->setObjectName(u"nameLineEdit"_s);
    m_phoneLineEdit->setObjectName(u"phoneLineEdit"_s);
    m_emailLineEdit->setObjectName(u"emailLineEdit"_s);
    m_emailWarningLabel->setObjectName(u"emailWarningLabel"_s);
    m_emailWarningLabel->setWordWrap(true);
    m_emailWarningLabel->setText(tr("This does not look like an email address "
                                    "(name@example.com). It is saved as typed."));
    m_emailWarningLabel->setStyleSheet(u"QLabel { background:#fff5d6; border:1px solid #e3c25a;"
                                       u" color:#321; border-radius:4px; padding:4px 6px; }"_s);
    m_emailWarningLabel->setVisible(false);
    connect(m_emailLineEdit, &QLineEdit::editingFinished, this, &SettingsDialog::checkEmail);
    connect(m_emailLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty() || ProfilePage::looksLikeEmail(text))
            m_emailWarningLabel->hide();
    });
    m_addressPlainTextEdit->setObjectName(u"addressPlainTextEdit"_s);
    m_addressPlainTextEdit->setTabChangesFocus(true);
    m_addressPlainTextEdit->setFixedHeight(m_addressPlainTextEdit->fontMetrics().lineSpacing() * 4 +
                                           12);

    m_profileBox->setObjectName(u"profileGroupBox"_s);
    auto* profileLayout = new QFormLayout(m_profileBox);
    profileLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* profileHint =
        new QLabel(tr("Used to sign your letters. Kept in this case file only."), m_profileBox);
    profileHint->setWordWrap(true);
    profileLayout->addRow(profileHint);
    profileLayout->addRow(tr("&Name:"), m_nameLineEdit);
    profileLayout->addRow(tr("&Phone:"), m_phoneLineEdit);
    profileLayout->addRow(tr("&Email:"), m_emailLineEdit);
    profileLayout->addRow(QString(), m_emailWarningLabel);
    profileLayout->addRow(tr("&Address:"), m_addressPlainTextEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtonBox"_s);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okPushButton"_s);
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(languageBox);
    layout->addWidget(m_profileBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    loadProfile();
    m_languageComboBox->setFocus();
}

QString SettingsDialog::savedLanguage()
{
    return normalisedLanguage(AppSettings::open()->value(LanguageKey).toString());
}

void SettingsDialog::setSavedLanguage(const QString& language)
{
    auto settings = AppSettings::open();
    settings->setValue(LanguageKey, normalisedLanguage(language));
    settings->sync();
}

bool SettingsDialog::firstRunDone()
{
    return AppSettings::open()->value(FirstRunKey).toBool();
}

void SettingsDialog::setFirstRunDone()
{
    auto settings = AppSettings::open();
    settings->setValue(FirstRunKey, true);
    settings->sync();
}

bool SettingsDialog::closeToTray()
{
    return AppSettings::open()->value(CloseToTrayKey, true).toBool();
}

void SettingsDialog::setCloseToTray(bool enabled)
{
    auto settings = AppSettings::open();
    settings->setValue(CloseToTrayKey, enabled);
    settings->sync();
}

void SettingsDialog::loadProfile()
{
    auto profile = m_store.profile();
    if (!profile) {
        // Saving blank fields now would wipe the details the file holds: leave them alone.
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Your details could not be read from the case file, so "
                                     "they cannot be changed now. %1")
                                      .arg(profile.error().message));
        m_profileBox->setEnabled(false);
        return;
    }
    m_loadedProfile = *profile;
    m_profileLoaded = true;
    m_nameLineEdit->setText(profile->name);
    m_phoneLineEdit->setText(profile->phone);
    m_emailLineEdit->setText(profile->email);
    m_addressPlainTextEdit->setPlainText(profile->address);
    checkEmail();
}

core::Profile SettingsDialog::enteredProfile() const
{
    core::Profile profile = m_loadedProfile;
    profile.name = m_nameLineEdit->text().trimmed();
    profile.phone = m_phoneLineEdit->text().trimmed();
    profile.email = m_emailLineEdit->text().trimmed();
    profile.address = m_addressPlainTextEdit->toPlainText().trimmed();
    return profile;
}

void SettingsDialog::updateRestartNote()
{
    const QString chosen = m_languageComboBox->currentData().toString();
    if (chosen == m_languageAtOpen) {
        m_restartNoteLabel->hide();
        return;
    }
    QString note = tr("WalletCase will use the new language the next time you start it.");
    if (!chosen.isEmpty() && chosen != CaseText::uiLanguage())
        note += u'\n' + nativeRestartNote(chosen);
    m_restartNoteLabel->setText(note);
    m_restartNoteLabel->show();
}

void SettingsDialog::checkEmail()
{
    const QString text = m_emailLineEdit->text().trimmed();
    m_emailWarningLabel->setVisible(!text.isEmpty() && !ProfilePage::looksLikeEmail(text));
}

bool SettingsDialog::save()
{
    if (m_profileLoaded) {
        const core::Profile profile = enteredProfile();
        // Unchanged details are not written again: the file's "updated" time stays meaningful.
        if (!sameProfile(profile, m_loadedProfile)) {
            if (auto saved = m_store.saveProfile(profile); !saved) {
                m_messageBar->showMessage(
                    MessageBar::Kind::Error,
                    tr("Your details could not be saved: %1").arg(saved.error().message));
                return false;
            }
            m_loadedProfile = profile;
        }
    }
    setSavedLanguage(m_languageComboBox->currentData().toString());
    if (m_closeToTrayCheckBox->isEnabled())
        setCloseToTray(m_closeToTrayCheckBox->isChecked());
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace wc::gui
