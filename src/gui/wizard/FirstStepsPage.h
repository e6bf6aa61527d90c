// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

#include <QTimeZone>

class QComboBox;
class QFrame;
class QLabel;

namespace wc::gui {

class ChecklistEditor;

// Step 2, first steps for the chosen problem: the taxonomy's checklist as check boxes with the
// reason for each; ticks are saved on the case with the time (a "done at" editor for steps that
// record it, such as freezing the account). Steps that no longer apply after the problem was
// changed are removed from the case. For security problems the page is urgent in look and words
// and shows the provider's freeze / loss-report channels in large type, with a provider picker
// (choosing one here also sets the case's provider unless one was chosen elsewhere). Steps about
// one region's law (the US 2-business-day notice) follow the wallet's regions. Once the freeze
// step is ticked, the freeze box gives way and the banner says "Frozen at <time>" and names the
// urgent steps still open. Nothing is
// required; leaving a security page with the freeze step unticked asks once whether the account
// is frozen (MessageBox::ask with FreezeAnswer ids) and never blocks.
// Object names: step_<key>_CheckBox, step_<key>_DateTimeEdit, urgentBannerLabel,
// freezeProviderComboBox, freezeChannelsLabel, firstStepsIntroLabel.
class FirstStepsPage : public DraftPage
{
    Q_OBJECT

public:
    // The answers to "Is your account frozen?".
    enum FreezeAnswer
    {
        FrozenAnswer = 1, // ticks the freeze step with the current time
        NotYetAnswer = 2  // goes on without it
    };

    explicit FirstStepsPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void writeDraft() override;

    // True when the chosen problem's family is urgent (security).
    bool isUrgent() const;

private:
    void rebuild();
    void applyDraft();
    void updateBanner();
    void showFreezeChannels();
    QString freezeProviderKey() const;
    // The regions whose law the steps follow (the wallet's, narrowed by the user's own).
    QStringList stepRegions() const;
    // The case's zone, with the wallet picked here as its provider when it becomes the case's.
    QTimeZone caseZone() const;

    QLabel* m_banner;
    QLabel* m_intro;
    QFrame* m_freezeBox;
    QComboBox* m_freezeProvider;
    QLabel* m_freezeChannels;
    ChecklistEditor* m_steps; // the rows, shared with the case workspace
    QString m_builtFor;         // family/subtype the rows were built for
    QStringList m_builtRegions; // and the regions
    bool m_providerPicked = false; // the user chose in freezeProviderComboBox
    QString m_providerSetHere;  // the case provider this page set (it may replace only that)
    bool m_freezeAsked = false;
};

} // namespace wc::gui
