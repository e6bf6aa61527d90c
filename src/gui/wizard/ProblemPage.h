// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/wizard/DraftPage.h"

#include <QHash>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace wc::gui {

// Step 1, "What happened": the three problem families, each with its subtypes as radio buttons
// explained in one plain sentence (from the taxonomy, in the interface language). Radio buttons
// are named subtype_<key>_RadioButton, the families' frames family_<key>_Frame. A subtype is
// required; the page says so in its message bar when missing (Next is never silently disabled).
class ProblemPage : public DraftPage
{
    Q_OBJECT

public:
    explicit ProblemPage(WizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void writeDraft() override;

    // The chosen subtype key, empty when none.
    QString selectedSubtype() const;

private:
    QWidget* buildFamily(const QString& familyKey, QWidget* parent);
    static QString chooseMessage();

    QButtonGroup* m_group;
    QHash<QString, QRadioButton*> m_buttons; // by subtype key
    QHash<QString, QLabel*> m_familyLabels;  // by family key
    QLabel* m_requiredLabel;
    QString m_mnemonics; // letters already used as mnemonics on this page
    bool m_noticeShown = false;
};

} // namespace wc::gui
