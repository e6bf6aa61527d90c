// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/reminders/ClockOffersDialog.h"

#include "gui/reminders/ClockOffersList.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

ClockOffersDialog::ClockOffersDialog(QWidget* parent)
    : QDialog(parent), m_list(new ClockOffersList), m_note(new QLabel(this))
{
    setObjectName(u"clockOffersDialog"_s);
    setWindowTitle(tr("Deadlines to watch"));

    m_note->setObjectName(u"clockOffersNoteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    // Sources can be long: the list scrolls rather than making the window taller than the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"clockOffersScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"clockOffersOkButton"_s);
    ok->setText(tr("&Add reminders"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"clockOffersCancelButton"_s);
    cancel->setText(tr("&Not now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // Readable at 1366×768: wide enough for a deadline and its note on two lines or so, the
    // list scrolling down (never sideways) within the screen's height.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(480);
    resize(680, 520);
}

void ClockOffersDialog::setOffers(const QList<core::ClockOffer>& offers, const QString& language,
                                  bool recommend)
{
    m_list->setOffers(offers, language, recommend);
    m_note->setText(recommend ? tr("These deadlines start with the letter you sent. Ticked ones "
                                   "become reminders.")
                              : tr("These deadlines may start with the letter you sent, "
                                   "depending on the country you live in. Tick the ones that "
                                   "apply: they become reminders."));
    // As tall as the deadlines need, up to the height it opens with: three one-line deadlines
    // stood above 300 px of blank (the walk).
    const QMargins margins = layout()->contentsMargins();
    const int inner = width() - margins.left() - margins.right();
    const int listHeight = m_list->layout()->totalHeightForWidth(inner - 20);
    const int wanted = margins.top() + margins.bottom() + m_note->heightForWidth(inner)
        + listHeight + 2 * layout()->spacing()
        + findChild<QDialogButtonBox*>()->sizeHint().height() + 8;
    resize(width(), qBound(minimumSizeHint().height(), wanted, 520));
}

QList<core::ClockOffer> ClockOffersDialog::tickedOffers() const
{
    return m_list->tickedOffers();
}

} // namespace wc::gui
