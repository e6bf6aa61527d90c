// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ClockTable.h"
#include "guidance/ProviderDirectory.h"
#include "model/Entities.h"
#include "util/Result.h"

#include <QHash>
#include <QPair>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QSplitter;
class QTimer;

namespace wc::core {
class CaseStore;
} // namespace wc::core

namespace wc::gui {

class LetterEditor;
class LetterSentDialog;
class MessageBar;

// The Letters tab of the case workspace: every letter of the case (complaint, follow-up,
// escalation, to a regulator, public post) with its kind, language and status, and the selected
// one in the LetterEditor with the tone checker's findings. Typing is saved when the user pauses
// or leaves the editor; a failed save keeps the text on screen (and in memory when another
// letter or case is shown) and tries again. Per letter: status (draft, ready to send, sent with
// when, how and the reference: "Mark as sent…"), re-draft from the template in its language
// (asking before replacing text the user edited), copy, an email draft (mailto:), delete. "New
// letter" offers every kind core::LetterDrafter has a template for. Once a letter is marked as
// sent, the deadlines that start with it (core::ClockTable: a regulator's reply time, a legal
// investigation period …) are offered in a ClockOffersDialog; the ticked ones become reminders.
// Object names: newLetterPushButton (its menu newLetterMenu, actions newLetter_<kind>Action),
// lettersMessageBar, lettersListWidget (item data Qt::UserRole: the letter id), noLettersLabel,
// letterPanel, letterInfoLabel, letterStatusComboBox, markSentPushButton,
// letterLanguageComboBox, redraftPushButton, fullAccountCheckBox, letterEditor, copyLetterPushButton,
// mailtoPushButton, deleteLetterPushButton, letterSaveLabel.
class LettersTab : public QWidget
{
    Q_OBJECT

public:
    // MessageBox choice ids of the tab's questions (tests queue them).
    enum Answer
    {
        KeepText = 1,
        ReplaceText,
        DeleteLetter,
        KeepLetter,
        ClearSent,
        KeepSent
    };

    // How long typing must pause before the letter is saved.
    static constexpr int SaveDelayMs = 1500;

    explicit LettersTab(QWidget* parent = nullptr);
    ~LettersTab() override;

    // Not owned; both must outlive the tab (or be replaced first).
    void setContext(core::CaseStore* store, const core::ProviderDirectory* providers);
    // Lists the case's letters. The same case keeps the letter shown and any text not saved yet.
    void showCase(qint64 caseId);
    void clear();

    // Saves the shown letter's text if it changed; false when it could not be saved (the text
    // stays and is tried again later).
    bool saveNow();

    int count() const;
    qint64 currentLetterId() const;
    void selectLetter(qint64 letterId);
    LetterEditor* editor() const { return m_editor; }
    QMenu* newLetterMenu() const { return m_newMenu; }

    // Drafts a letter of `kind` (to `regulatorKey` for a regulator letter) in the case's letter
    // language, saves it and shows it. False with the reason shown when it failed.
    bool newLetter(const QString& kind, const QString& regulatorKey = {});
    // Drafts the shown letter again in `language` (its own when empty), asking first only when
    // the user changed the text since it was drafted (a change of the case's facts alone asks
    // nothing). False when declined or failed.
    // `untouchedIfFullAccount`: the text counts as the user's own only when it differs from the
    // draft with that account choice (so switching the choice asks nothing about an unedited
    // letter).
    bool redraft(const QString& language = {},
                 std::optional<bool> untouchedIfFullAccount = std::nullopt);
    // Opens the "Mark as sent" form for the shown letter (found as a LetterSentDialog child).
    void markSent();
    void copyLetter();
    void openMailDraft();
    void deleteLetter();

    // "Sent 12/05/2026 09:20 by email, reference …", or the status when not sent.
    // "Sent 2 Dec 2026 15:10 by email, reference …", the time in the case zone `zone`.
    static QString statusText(const core::Letter& letter,
                              const QTimeZone& zone = QTimeZone::systemTimeZone());
    // statusText() in the shown case's zone.
    QString caseStatusText(const core::Letter& letter) const;
    QTimeZone caseZone() const;

signals:
    // A letter was added, saved, sent or deleted.
    void changed();
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void fillNewLetterMenu();
    void readLetters();
    void fillList();
    void showLetter(qint64 letterId);
    void showCurrent();
    void listSelectionChanged();
    void textEdited();
    // The save state beside the letter's actions (see the .cpp for how it wraps).
    void setSaveText(const QString& text);
    void statusPicked();
    void languagePicked();
    // `drafted`: the text is a new draft by WalletCase, not the user's (see
    // CaseStore::letterEditedSinceDrafted()).
    bool storeLetter(const core::Letter& letter, const QString& failure, bool drafted = false);
    void moveCaseOnAfterSending(const QString& kind);
    // The regulators and ombudsmen for the case's provider regions (and the user's country).
    QList<core::Regulator> caseRegulators() const;
    // Offers the deadlines that start with `sent`, which went to `sentTo` ("company" or a
    // regulator key), when there are any not set up yet.
    void offerClocks(const core::Letter& sent, const QString& sentTo);
    // `fullAccount` overrides the checkbox (to tell whether the text is still as drafted);
    // `asOfMs` drafts as of that moment, from the case as it was then, with the shown letter's
    // reply date unless `freshReplyDate` (then counted from that moment).
    core::Result<core::Letter> draftFor(const QString& kind, const QString& language,
                                        const QString& regulatorKey,
                                        std::optional<bool> fullAccount = std::nullopt,
                                        std::optional<qint64> asOfMs = std::nullopt,
                                        bool freshReplyDate = false);
    // Whether the shown letter holds words of the user's (typed, or recorded in the case's log
    // as edited, unless it still reads exactly as drafted).
    bool holdsUsersWords(const core::Letter& edited, const QString& regulatorKey);
    // A letter marked sent on a day before its own date: re-dated to the day it went out when it
    // is still WalletCase's draft (`redated` set); otherwise the user is told to check it. The
    // note to show once it is saved; empty when the dates agree.
    QString dateAsSent(core::Letter& sent, bool& redated);
    // Whether the shown letter's text is exactly what WalletCase drafts from the case as it is
    // now, as of the day the letter was saved or last changed: then it holds no words of the
    // user's, whatever the case log says (letters saved before the log recorded it).
    bool readsAsDrafted(const core::Letter& edited, const QString& regulatorKey);
    core::Letter editedLetter() const;
    QString providerEmail();
    void showError(const QString& text);
    void showNote(const QString& text);

    core::CaseStore* m_store = nullptr;
    const core::ProviderDirectory* m_providers = nullptr;
    qint64 m_caseId = 0;
    QList<core::Letter> m_letters;
    core::Letter m_current; // as stored; id 0 when none is shown
    bool m_dirty = false;
    bool m_loading = false;
    // Text typed into letters that could not be saved yet, by letter id: shown again with the
    // letter and saved with the next attempt.
    QHash<qint64, QPair<QString, QString>> m_unsaved;

    QPushButton* m_newButton = nullptr;
    QMenu* m_newMenu = nullptr;
    MessageBar* m_messageBar = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_noLetters = nullptr;
    QWidget* m_panel = nullptr;
    QLabel* m_info = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_markSent = nullptr;
    QWidget* m_languageBox = nullptr; // the language and Re-draft, on the row of New letter
    QComboBox* m_language = nullptr;
    QPushButton* m_redraft = nullptr;
    QCheckBox* m_fullAccount = nullptr;
    LetterEditor* m_editor = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_mailto = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_saveLabel = nullptr;
    QTimer* m_saveTimer = nullptr;
    QPointer<LetterSentDialog> m_sentDialog;
    std::optional<core::ClockTable> m_clockTable; // read when first needed
};

} // namespace wc::gui
