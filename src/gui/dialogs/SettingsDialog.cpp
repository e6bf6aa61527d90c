// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/SettingsDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/MessageBar.h"
#include "gui/wizard/ProfilePage.h"
#include "store/CaseStore.h"

#include "gui/widgets/UrlOpener.h"
#include "store/BackupManager.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QUrl>

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
    : QDialog(parent), m_store(store), m_ui(std::make_unique<Ui::SettingsDialog>()),
      m_messageBar(new MessageBar(this))
{
    m_ui->setupUi(this);
    setMinimumWidth(480);
    m_ui->settingsLayout->insertWidget(0, m_messageBar);

    m_ui->languageComboBox->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_ui->languageComboBox->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_ui->languageComboBox->addItem(u"English"_s, u"en"_s);
    m_languageAtOpen = savedLanguage();
    m_ui->languageComboBox->setCurrentIndex(
        qMax(0, m_ui->languageComboBox->findData(m_languageAtOpen)));

    m_ui->restartNoteLabel->setAutoFillBackground(true);
    MessageBar::styleNote(m_ui->restartNoteLabel, MessageBar::Kind::Information);
    m_ui->restartNoteLabel->setVisible(false);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateRestartNote);

    // The interface's own clock ("9:00 AM" in the US), not the form's fixed 24-hour one.
    m_ui->reminderTimeEdit->setDisplayFormat(CaseText::timeFormat());
    m_ui->reminderTimeEdit->setTime(AppSettings::reminderTime());

    m_ui->closeToTrayCheckBox->setChecked(closeToTray());
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_ui->trayNoteLabel->setVisible(!tray);
    if (!tray) {
        // Greyed out, and the reason next to it: a disabled control shows no tooltip to most
        // users, so the label says it too.
        m_ui->closeToTrayCheckBox->setEnabled(false);
        m_ui->closeToTrayCheckBox->setToolTip(tr("No system tray on this desktop."));
    }

    m_ui->backupsFolderLineEdit->installEventFilter(this);
    m_ui->backupsKeptSpinBox->setValue(backupsKept());
    m_ui->backupsKeptSpinBox->setAccessibleName(tr("Backups kept for each case file"));
    setBackupRoot(QString());
    connect(m_ui->openBackupsFolderButton, &QPushButton::clicked, this, [this] {
        if (!m_backupsFolder.isEmpty())
            UrlOpener::open(QUrl::fromLocalFile(m_backupsFolder));
    });

    m_ui->emailWarningLabel->setAutoFillBackground(true);
    MessageBar::styleNote(m_ui->emailWarningLabel, MessageBar::Kind::Warning);
    m_ui->emailWarningLabel->setVisible(false);
    connect(m_ui->emailLineEdit, &QLineEdit::editingFinished, this, &SettingsDialog::checkEmail);
    connect(m_ui->emailLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty() || ProfilePage::looksLikeEmail(text))
            m_ui->emailWarningLabel->hide();
    });
    m_ui->addressPlainTextEdit->setFixedHeight(
        m_ui->addressPlainTextEdit->fontMetrics().lineSpacing() * 4 + 12);

    QPushButton* ok = m_ui->settingsButtonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okPushButton"_s);
    ok->setText(tr("&OK"));
    ok->setDefault(true);
    QPushButton* cancel = m_ui->settingsButtonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelPushButton"_s);
    cancel->setText(tr("&Cancel"));
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->settingsButtonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    loadProfile();
    m_ui->languageComboBox->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setBackupRoot(const QString& backupRoot)
{
    m_backupsFolder =
        backupRoot.isEmpty() ? QString() : core::BackupManager(backupRoot).folderFor(m_store.path());
    m_backupsFolderText = m_backupsFolder.isEmpty() ? tr("Not set up for this window.")
                                                    : QDir::toNativeSeparators(m_backupsFolder);
    m_ui->backupsFolderLineEdit->setToolTip(m_backupsFolderText);
    m_ui->backupsFolderLineEdit->setAccessibleDescription(m_backupsFolderText);
    showBackupsFolder();
    m_ui->openBackupsFolderButton->setEnabled(QFileInfo(m_backupsFolder).isDir());
    if (!m_ui->openBackupsFolderButton->isEnabled())
        m_ui->openBackupsFolderButton->setToolTip(tr("No backup has been written yet."));
    updateBackupUsage();
}

void SettingsDialog::showBackupsFolder()
{
    QLineEdit* field = m_ui->backupsFolderLineEdit;
    QString shown = m_backupsFolderText;
    if (!field->hasFocus()) {
        // The line edit's own margins and frame take a few pixels of its width.
        const int width = field->contentsRect().width() - 8;
        shown = field->fontMetrics().elidedText(m_backupsFolderText, Qt::ElideMiddle, width);
    }
    if (field->text() != shown) {
        field->setText(shown);
        field->setCursorPosition(0);
    }
}

bool SettingsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->backupsFolderLineEdit) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::FontChange:
            // Before the field handles it: the focus and the size are already the new ones,
            // and a Tab into the field then selects the whole path.
            showBackupsFolder();
            break;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::updateBackupUsage()
{
    if (m_backupsFolder.isEmpty()) {
        m_ui->backupsUsageLabel->setText(tr("None yet."));
        return;
    }
    int count = 0;
    qint64 bytes = 0;
    const QFileInfoList files = QDir(m_backupsFolder).entryInfoList(QDir::Files);
    for (const QFileInfo& file : files) {
        ++count;
        bytes += file.size();
    }
    const QString size = CaseText::dataSize(bytes);
    m_ui->backupsUsageLabel->setText(
        count == 0 ? tr("None yet: the first backup is written soon after the file is opened.")
        : count == 1 ? tr("1 backup of this case file, %1.").arg(size)
                     : tr("%1 backups of this case file, %2.").arg(count).arg(size));
}

int SettingsDialog::backupsKept()
{
    return AppSettings::backupsKept();
}

void SettingsDialog::setBackupsKept(int count)
{
    AppSettings::setBackupsKept(count);
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
        m_ui->profileGroupBox->setEnabled(false);
        return;
    }
    m_loadedProfile = *profile;
    m_profileLoaded = true;
    m_ui->nameLineEdit->setText(profile->name);
    m_ui->phoneLineEdit->setText(profile->phone);
    m_ui->emailLineEdit->setText(profile->email);
    m_ui->addressPlainTextEdit->setPlainText(profile->address);
    checkEmail();
}

core::Profile SettingsDialog::enteredProfile() const
{
    core::Profile profile = m_loadedProfile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.phone = m_ui->phoneLineEdit->text().trimmed();
    profile.email = m_ui->emailLineEdit->text().trimmed();
    profile.address = m_ui->addressPlainTextEdit->toPlainText().trimmed();
    return profile;
}

void SettingsDialog::updateRestartNote()
{
    const QString chosen = m_ui->languageComboBox->currentData().toString();
    if (chosen == m_languageAtOpen) {
        m_ui->restartNoteLabel->hide();
        return;
    }
    QString note = tr("WalletCase will use the new language the next time you start it.");
    if (!chosen.isEmpty() && chosen != CaseText::uiLanguage())
        note += u'\n' + nativeRestartNote(chosen);
    m_ui->restartNoteLabel->setText(note);
    m_ui->restartNoteLabel->show();
}

void SettingsDialog::checkEmail()
{
    const QString text = m_ui->emailLineEdit->text().trimmed();
    m_ui->emailWarningLabel->setVisible(!text.isEmpty() && !ProfilePage::looksLikeEmail(text));
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
    setSavedLanguage(m_ui->languageComboBox->currentData().toString());
    AppSettings::setReminderTime(m_ui->reminderTimeEdit->time());
    setBackupsKept(m_ui->backupsKeptSpinBox->value());
    if (m_ui->closeToTrayCheckBox->isEnabled())
        setCloseToTray(m_ui->closeToTrayCheckBox->isChecked());
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace wc::gui
