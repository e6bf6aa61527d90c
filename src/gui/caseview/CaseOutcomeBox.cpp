// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/caseview/CaseOutcomeBox.h"

#include "followup/CaseLifecycle.h"
#include "gui/caseview/CaseText.h"
#include "guidance/CaseTimeZone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

CaseOutcomeBox::CaseOutcomeBox(QWidget* parent)
    : QFrame(parent), m_summary(new QLabel(this)), m_note(new QLabel(this)),
      m_change(new QPushButton(tr("C&hange outcome…"), this))
{
    setObjectName(u"caseOutcomeBox"_s);
    setFrameShape(QFrame::StyledPanel);
    // Set apart by the palette, so it reads in light and dark themes alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_summary->setObjectName(u"outcomeSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_note->setObjectName(u"outcomeNoteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change->setObjectName(u"changeOutcomePushButton"_s);
    m_change->setToolTip(tr("Correct how the case ended, the money recovered or the note"));

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_summary);
    text->addWidget(m_note);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_change, 0, Qt::AlignTop);
    connect(m_change, &QPushButton::clicked, this, &CaseOutcomeBox::changeRequested);
    hide();
}

QString CaseOutcomeBox::outcomeName(const QString& key)
{
    if (key == core::outcome::ResolvedFully)
        return tr("Resolved fully");
    if (key == core::outcome::ResolvedPartly)
        return tr("Resolved partly");
    if (key == core::outcome::NotResolved)
        return tr("Not resolved");
    return tr("Closed");
}

QString CaseOutcomeBox::summary(const core::CaseRecord& r)
{
    QStringList parts{outcomeName(r.outcome)};
    if (r.recoveredMinor && *r.recoveredMinor > 0)
        parts << tr("%1 recovered").arg(CaseText::money(*r.recoveredMinor, r.currency));
    else if (r.outcome != core::outcome::NotResolved && !r.outcome.isEmpty())
        parts << tr("no money recovered");
    if (r.satisfaction)
        //: %1 is the rating, 1 to 5
        parts << tr("satisfaction %1 of 5").arg(*r.satisfaction);
    if (r.closedAt)
        parts << tr("closed %1").arg(CaseText::date(*r.closedAt, core::CaseTimeZone::zoneFor(r)));
    return parts.join(u" · "_s);
}

void CaseOutcomeBox::showRecord(const core::CaseRecord& r)
{
    const bool closed = core::isClosedStatus(r.status);
    setVisible(closed);
    if (!closed)
        return;
    m_summary->setText(summary(r));
    m_note->setText(r.outcomeNote);
    m_note->setVisible(!r.outcomeNote.trimmed().isEmpty());
}

} // namespace wc::gui
