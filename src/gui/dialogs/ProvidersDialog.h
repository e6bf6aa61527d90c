// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/ProviderDirectory.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class MessageBar;
class ProviderEditor;

// Lists the provider directory as the user sees it (shipped entries with the user's corrections
// and additions laid over them) and lets the user correct an entry, add a provider, or go back
// to the shipped entry. Changes are stored in the case file as provider overrides. Unsaved
// changes in the form are never dropped silently: moving to another provider or closing asks.
// The list shows what a user needs to pick a provider: its name (with "edited/added by you" for
// the user's own entries), regions, the kinds of contact channels, and a mark only on entries
// with facts still unconfirmed, whose tooltip names them. Internal keys are never shown.
// Object names: providersTreeWidget, providerTitleLabel, saveProviderPushButton,
// addProviderPushButton, restoreProviderPushButton, closePushButton (and ProviderEditor's).
class ProvidersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RegionsColumn,
        ChannelsColumn,
        VerifyColumn
    };
    // On the name column: the provider's key, and its origin as text ("Shipped" …).
    static constexpr int KeyRole = Qt::UserRole;
    static constexpr int OriginRole = Qt::UserRole + 1;

    // "China", "United States" … for a region code; unknown codes as they are.
    static QString regionName(const QString& code);
    // The facts of `provider` not confirmed yet, one line each ("Hotline 95188"); empty when none.
    static QStringList unconfirmedFacts(const core::Provider& provider, const QString& language);
    // The answers of the dialog's questions (MessageBox::ask ids, for tests): restoring the
    // shipped entry (Confirm = restore or remove) and leaving unsaved changes (Confirm = save).
    enum Answer
    {
        AnswerCancel,
        AnswerConfirm,
        AnswerDiscard
    };

    explicit ProvidersDialog(core::CaseStore& store, QWidget* parent = nullptr);

    // The directory currently shown (shipped + overrides).
    const core::ProviderDirectory& directory() const { return m_directory; }
    // Selects the provider with `key` in the list; false when there is none.
    bool selectProvider(const QString& key);
    QString selectedKey() const;
    ProviderEditor* editor() const { return m_editor; }

    // Saves the form: corrects the selected provider, or adds a new one after "Add provider".
    // False (and the reason shown) when the entry is invalid or could not be stored.
    bool saveCurrent();
    // Whether the form has changes not saved yet.
    bool hasUnsavedChanges() const { return m_dirty; }
    // Starts a new, empty provider in the form.
    void addProvider();
    // Removes the user's override of the selected provider, after asking.
    void restoreShipped();

    // Close and Escape: asks first when the form has unsaved changes.
    void reject() override;

signals:
    // After every saved change to the directory (edit, addition, restore).
    void directoryChanged();

private:
    void reload(const QString& selectKey);
    void readDirectory();
    void currentChanged();
    void showSelected();
    void updateButtons();
    // Asks what to do with unsaved changes; true when it is fine to leave the form.
    bool confirmLeave();
    // Stores the form without touching the list (callers refresh it); the key saved, or "".
    QString storeForm();
    void selectWithoutSignals(const QString& key);
    QString uniqueKeyFor(const QString& name) const;
    static QString displayLanguage();

    core::CaseStore& m_store;
    core::ProviderDirectory m_shipped;
    core::ProviderDirectory m_directory;
    bool m_adding = false;
    bool m_dirty = false;
    QString m_shownKey; // the provider the form shows ("" while adding or when none)
    MessageBar* m_messageBar;
    QTreeWidget* m_providersTreeWidget;
    QLabel* m_titleLabel;
    ProviderEditor* m_editor;
    QPushButton* m_savePushButton;
    QPushButton* m_addPushButton;
    QPushButton* m_restorePushButton;
};

} // namespace wc::gui
