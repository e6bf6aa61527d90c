// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ClockOffersList.h"

#include "gui/caseview/CaseText.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ClockOffersList::ClockOffersList(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"clockOffersList"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void ClockOffersList::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void ClockOffersList::setOffers(const QList<core::ClockOffer>& offers, const QString& language,
                                bool recommend)
{
    // Remember what the user changed before the boxes are made again.
    for (QCheckBox* box : std::as_const(m_checks)) {
        const QString key = box->property("clockKey").toString();
        const bool recommended = box->property("recommended").toBool();
        if (box->isEnabled() && box->isChecked() != recommended)
            (box->isChecked() ? m_userTicked : m_userUnticked).insert(key);
        else if (box->isEnabled()) {
            m_userTicked.remove(key);
            m_userUnticked.remove(key);
        }
    }
    qDeleteAll(m_checks);
    m_checks.clear();
    for (QLabel* label : findChildren<QLabel*>(u"clockSourceLabel"_s))
        delete label;
    m_offers = offers;
    for (const core::ClockOffer& offer : offers) {
        const QString key = offer.rule.key;
        // In the interface's conventions (the letters keep their region's own).
        const QString deadline = CaseText::date(offer.deadline);
        QString text = tr("%1 — by %2").arg(offer.rule.name.text(language), deadline);
        // Each note takes the text before it as %1, so the translation decides how they join.
        const QString extendedLabel = offer.rule.extendedLabel.text(language);
        if (offer.extendedDeadline && !extendedLabel.isEmpty())
            //: %1 is "<deadline name> — by <date>"; %2 the rule's own note on its later date.
            text = tr("%1 (%2)").arg(text, QString(extendedLabel).replace(
                                               u"{deadline}"_s,
                                               CaseText::date(*offer.extendedDeadline)));
        else if (offer.extendedDeadline)
            //: %1 is "<deadline name> — by <date>"; %2 a later date.
            text = tr("%1 (%2 in exceptional cases)")
                       .arg(text, CaseText::date(*offer.extendedDeadline));
        if (offer.passed)
            //: %1 is "<deadline name> — by <date>".
            text = tr("%1 (already passed)").arg(text);
        else if (offer.alreadySet)
            //: %1 is "<deadline name> — by <date>".
            text = tr("%1 (reminder already set)").arg(text);
        auto* box = new QCheckBox(text, this);
        box->setObjectName(u"clockCheckBox_"_s + key);
        box->setProperty("clockKey", key);
        // A rule for every region (the letter's own reply date, PayPal's terms) does not
        // depend on the user's country.
        const bool recommended = offer.recommended && (recommend || offer.rule.regions.isEmpty());
        box->setProperty("recommended", recommended);
        const bool ticked =
            m_userTicked.contains(key) || (recommended && !m_userUnticked.contains(key));
        box->setChecked(!offer.passed && (offer.alreadySet || ticked));
        box->setEnabled(!offer.passed && !offer.alreadySet);
        QStringList tip;
        if (const QString note = offer.rule.note.text(language); !note.isEmpty())
            tip << note;
        tip << tr("WalletCase reminds you on %1.")
                   .arg(CaseText::zonedDateTime(offer.remindAt, m_zone));
        box->setToolTip(tip.join(u'\n'));
        auto* source = new QLabel(tr("Source: %1").arg(offer.rule.source.text(language)), this);
        source->setObjectName(u"clockSourceLabel"_s);
        source->setWordWrap(true);
        source->setTextFormat(Qt::PlainText);
        source->setContentsMargins(22, 0, 0, 4);
        QFont small = source->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        source->setFont(small);
        source->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addWidget(box);
        m_layout->addWidget(source);
        m_checks << box;
    }
}

QStringList ClockOffersList::tickedKeys() const
{
    QStringList keys;
    for (const QCheckBox* box : m_checks) {
        if (box->isEnabled() && box->isChecked())
            keys << box->property("clockKey").toString();
    }
    return keys;
}

QList<core::ClockOffer> ClockOffersList::tickedOffers() const
{
    const QStringList keys = tickedKeys();
    QList<core::ClockOffer> ticked;
    for (const core::ClockOffer& offer : m_offers) {
        if (keys.contains(offer.rule.key) && !offer.passed && !offer.alreadySet)
            ticked << offer;
    }
    return ticked;
}

} // namespace wc::gui
