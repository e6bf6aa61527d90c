// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/ClockTable.h"

#include <QSet>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QVBoxLayout;

namespace wc::gui {

// Deadlines (core::ClockOffer) as check boxes with their dates, each with its source below it;
// the new-case wizard's send page and the Letters tab's offer after sending share it. Offers
// already passed or already set are shown but cannot be ticked. The user's ticks survive
// setOffers() with the same rules. A deadline the case already did (a call logged in time)
// reads as done on its date, ticked and disabled; one counted from a stand-in start (no
// statement date) reads as an estimate and says from what. Dates read the way the interface's locale writes them (a US
// user sees 12/18/2026); reminder times are in the case's zone.
// Object names: one check box per deadline, "clockCheckBox_<rule key>", and a
// "clockSourceLabel" under each.
class ClockOffersList : public QWidget
{
    Q_OBJECT

public:
    explicit ClockOffersList(QWidget* parent = nullptr);

    // Shows `offers` in `language`; `recommend` ticks the ones the data recommends (only when
    // the user's country is known: their law is what the recommendations assume). Rules that
    // hold in every region (no "regions" in the data) are ticked as recommended regardless.
    void setOffers(const QList<core::ClockOffer>& offers, const QString& language, bool recommend);
    // The case's zone, for the reminder times; set before setOffers(). Default: the computer's.
    void setTimeZone(const QTimeZone& zone);
    const QList<core::ClockOffer>& offers() const { return m_offers; }
    // The rule keys ticked, and their offers, leaving out those already set or passed.
    QStringList tickedKeys() const;
    QList<core::ClockOffer> tickedOffers() const;

private:
    // What an estimated deadline was counted from, in words.
    static QString startName(const QString& start);

    QVBoxLayout* m_layout;
    QList<core::ClockOffer> m_offers;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<QCheckBox*> m_checks;
    QSet<QString> m_userTicked;   // rule keys the user ticked …
    QSet<QString> m_userUnticked; // … or unticked, kept while the offers are worked out again
};

} // namespace wc::gui
