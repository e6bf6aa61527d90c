// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ClockOffersList.h"

#include "gui/caseview/CaseText.h"

#include <QCheckBox>
#include <QLabel>
#include <QStyleOptionButton>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// A check box whose text wraps to the width it is given: a deadline's name, date and note run
// to a hundred characters or more, and a plain QCheckBox kept them on one line, so the window
// was either wider than a 1366-pixel screen or cut them off. text() is the whole text as usual.
class WrappingCheckBox : public QCheckBox
{
public:
    using QCheckBox::QCheckBox;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QRect text = fontMetrics().boundingRect(QRect(0, 0, qMax(1, width - textLeft()), 10000),
                                                      Qt::TextWordWrap, this->text());
        return qMax(indicator().height(), text.height()) + 2;
    }
    QSize sizeHint() const override
    {
        // Asks for a comfortable line, not the whole text on one.
        const int width = qMin(fontMetrics().horizontalAdvance(text()) + textLeft() + 2,
                               fontMetrics().averageCharWidth() * 70);
        return {width, heightForWidth(width)};
    }
    QSize minimumSizeHint() const override
    {
        const int width = fontMetrics().averageCharWidth() * 24 + textLeft();
        return {width, heightForWidth(width)};
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QStylePainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        option.text.clear();
        option.rect = indicator();
        painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, option);
        const QRect textRect = rect().adjusted(textLeft(), 0, 0, 0);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled,
                                       QPalette::WindowText));
        painter.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text());
        if (hasFocus()) {
            QStyleOptionFocusRect focus;
            focus.initFrom(this);
            focus.rect = fontMetrics().boundingRect(textRect, Qt::TextWordWrap, text());
            painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
        }
    }
    // The whole box, all its lines, takes the click.
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }

private:
    QRect indicator() const
    {
        const int w = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this);
        const int h = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
        // Level with the first line of text.
        return {0, qMax(0, (fontMetrics().height() - h) / 2), w, h};
    }
    int textLeft() const
    {
        return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this)
               + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this);
    }
};

} // namespace

ClockOffersList::ClockOffersList(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"clockOffersList"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
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
        if (offer.startIsFallback)
            // The case lacks what the deadline counts from (the statement's date): the date is
            // an estimate, and the user should know from what.
            //: %1 is the deadline's name, %2 a date, %3 what it was counted from.
            text = tr("%1 — about %2 (an estimate, counted from %3)")
                       .arg(offer.rule.name.text(language), deadline, startName(offer.startKey));
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
        const bool done = offer.fulfilledAt.has_value();
        if (done && offer.fulfilledInTime)
            // A notice given in time is no deadline missed: say when it was given.
            //: %1 is the deadline's name, %2 the date it was done.
            text = tr("%1 — done on %2, in time").arg(offer.rule.name.text(language),
                                                       CaseText::date(*offer.fulfilledAt, m_zone));
        else if (done)
            //: %1 is "<deadline name> — by <date>", %2 the date it was done.
            text = tr("%1 (done on %2, after the deadline)")
                       .arg(text, CaseText::date(*offer.fulfilledAt, m_zone));
        else if (offer.passed)
            //: %1 is "<deadline name> — by <date>".
            text = tr("%1 (already passed)").arg(text);
        else if (offer.alreadySet)
            //: %1 is "<deadline name> — by <date>".
            text = tr("%1 (reminder already set)").arg(text);
        auto* box = new WrappingCheckBox(text, this);
        // Height for its width: without the flag the layout gave every box the height of its
        // minimum (24 characters wide), three lines for a one-line deadline, and the dialog
        // after "Mark as sent" was full of gaps.
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        box->setSizePolicy(policy);
        box->setObjectName(u"clockCheckBox_"_s + key);
        box->setProperty("clockKey", key);
        // A rule for every region (the letter's own reply date, PayPal's terms) does not
        // depend on the user's country.
        const bool recommended = offer.recommended && (recommend || offer.rule.regions.isEmpty());
        box->setProperty("recommended", recommended);
        const bool ticked =
            m_userTicked.contains(key) || (recommended && !m_userUnticked.contains(key));
        box->setChecked(done || (!offer.passed && (offer.alreadySet || ticked)));
        box->setEnabled(!done && !offer.passed && !offer.alreadySet);
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
        // Before the closing stretch, which takes any room left over.
        m_layout->insertWidget(m_layout->count() - 1, box);
        m_layout->insertWidget(m_layout->count() - 1, source);
        m_checks << box;
    }
}

QString ClockOffersList::startName(const QString& start)
{
    if (start == core::clockstart::TransactionDate)
        return tr("the transaction's date");
    if (start == core::clockstart::Incident)
        return tr("the day you found the problem");
    if (start == core::clockstart::ComplaintSent)
        return tr("the day the complaint was sent");
    return tr("another date");
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
        if (keys.contains(offer.rule.key) && !offer.passed && !offer.alreadySet &&
            !offer.fulfilledAt)
            ticked << offer;
    }
    return ticked;
}

} // namespace wc::gui
