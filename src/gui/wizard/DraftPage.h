// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "gui/widgets/MessageBar.h"
#include "gui/wizard/WizardSession.h"

#include <QWizardPage>

namespace wc::gui {

// The common shape of the wizard pages that edit the draft through form fields: writeDraft()
// copies what the page shows into the draft without judging it (the wizard calls it when it is
// closed mid-page, so half-typed entries are kept), and saveDraft() saves and shows a failure in
// the page's message bar instead of losing the entries.
class DraftPage : public QWizardPage
{
public:
    explicit DraftPage(WizardSession& session, QWidget* parent = nullptr)
        : QWizardPage(parent), m_session(session), m_messageBar(new MessageBar(this))
    {
    }

    // Copies the page's fields into the draft (no validation, no saving).
    virtual void writeDraft() = 0;

protected:
    // Saves the draft; on failure shows why in the message bar and returns false.
    bool saveDraft()
    {
        QString failure;
        auto connection = QObject::connect(&m_session, &WizardSession::saveFailed,
                                           this, [&failure](const QString& m) { failure = m; });
        const bool ok = m_session.save();
        QObject::disconnect(connection);
        if (!ok)
            m_messageBar->showMessage(MessageBar::Kind::Error, failure);
        else
            m_messageBar->hide();
        return ok;
    }

    WizardSession& m_session;
    MessageBar* m_messageBar; // put it at the top of the page's layout
};

} // namespace wc::gui
