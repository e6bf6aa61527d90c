// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ClockTable.h"

#include <QDialog>

class QLabel;

namespace wc::gui {

class ClockOffersList;

// After a letter is marked as sent: the deadlines that start with it (a regulator's reply time,
// a legal investigation period …) as a ClockOffersList, for the user to tick the ones to be
// reminded of. What to do with the ticked ones is the caller's (it has the case file).
// Object names: clockOffersDialog, clockOffersNoteLabel, clockOffersList (its check boxes
// "clockCheckBox_<rule key>"), clockOffersOkButton, clockOffersCancelButton.
class ClockOffersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClockOffersDialog(QWidget* parent = nullptr);

    // Shows `offers` in `language`, the recommended ones ticked when `recommend` (the user's
    // country is known).
    void setOffers(const QList<core::ClockOffer>& offers, const QString& language, bool recommend);
    QList<core::ClockOffer> tickedOffers() const;
    ClockOffersList* list() const { return m_list; }

private:
    ClockOffersList* m_list;
    QLabel* m_note;
};

} // namespace wc::gui
