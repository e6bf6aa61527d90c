// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/ProblemPage.h"

#include "gui/widgets/MessageBar.h"
#include "guidance/Taxonomy.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Text from the data shown on a button or buddy label: a literal '&' must not become a mnemonic.
QString escapeMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

// Gives a data-provided name a keyboard mnemonic: the first Latin letter not used yet, or, for
// names without one (Chinese), an appended "(&X)" the way Chinese interfaces write it.
QString withMnemonic(const QString& name, const QString& fallbackLetters, QString& used)
{
    const QString escaped = escapeMnemonic(name);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c.unicode() < 0x80 && c.isLetter() && !used.contains(c.toLower())) {
            used += c.toLower();
            return escaped.left(i) + u'&' + escaped.mid(i);
        }
    }
    for (const QChar c : fallbackLetters) {
        if (c.isLetter() && !used.contains(c.toLower())) {
            used += c.toLower();
            return escaped + u"(&"_s + c.toUpper() + u')';
        }
    }
    return escaped;
}

} // namespace

ProblemPage::ProblemPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_group(new QButtonGroup(this)), m_requiredLabel(new QLabel(this))
{
    setObjectName(u"problemPage"_s);
    setTitle(tr("What happened?"));
    setSubTitle(tr("Choose the problem that fits best. It decides the first steps, the evidence "
                   "we suggest and the letter. You can come back and change it."));
    m_group->setExclusive(true);

    m_requiredLabel->setObjectName(u"requiredLabel"_s);
    m_requiredLabel->setText(tr("* Choose one problem to continue."));
    m_requiredLabel->setWordWrap(true);

    auto* content = new QWidget;
    content->setObjectName(u"problemContent"_s);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->setSpacing(10);
    for (const core::Family& family : session.taxonomy().families())
        contentLayout->addWidget(buildFamily(family.key, content));
    contentLayout->addStretch(1);
    // One column for the names across all families, so the explanations line up.
    int nameWidth = 0;
    for (const QRadioButton* button : std::as_const(m_buttons))
        nameWidth = qMax(nameWidth, button->sizeHint().width());
    for (QRadioButton* button : std::as_const(m_buttons))
        button->setMinimumWidth(nameWidth);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"problemScrollArea"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_requiredLabel);
    layout->addWidget(scroll, 1);

    // Choosing is enough to clear the "choose one" message.
    connect(m_group, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton* button, bool checked) {
                if (!checked)
                    return;
                if (!m_messageBar->isHidden() && m_messageBar->text() == chooseMessage())
                    m_messageBar->hide();
                // A family's mnemonic leads to its chosen problem, so it never changes the choice.
                if (QLabel* label = m_familyLabels.value(button->property("familyKey").toString()))
                    label->setBuddy(button);
            });
}

QString ProblemPage::chooseMessage()
{
    return tr("Choose what happened before going on: pick the problem that fits best. You can "
              "change it later.");
}

QWidget* ProblemPage::buildFamily(const QString& familyKey, QWidget* parent)
{
    const QString language = WizardSession::uiLanguage();
    const auto family = m_session.taxonomy().family(familyKey);
    auto* frame = new QFrame(parent);
    frame->setObjectName(u"family_%1_Frame"_s.arg(familyKey));
    frame->setFrameShape(QFrame::StyledPanel);
    const bool urgent = family && family->urgent;
    if (urgent) {
        // Urgent, not alarming: a warm red edge and tint, the text stays dark and readable.
        // From the palette, so a dark theme's light text stays readable on it.
        const MessageBar::Colours c = MessageBar::colours(MessageBar::Kind::Error, palette());
        frame->setStyleSheet(
            u"QFrame#%1 { background:%2; border:1px solid %3; "
            u"border-left:5px solid %3; border-radius:4px; }"
            u" QFrame#%1 QLabel, QFrame#%1 QRadioButton { color:%4; }"_s.arg(
                frame->objectName(), c.background.name(), c.border.name(), c.text.name()));
    } else {
        frame->setStyleSheet(
            u"QFrame#%1 { border:1px solid palette(mid); border-radius:4px; }"_s.arg(
                frame->objectName()));
    }

    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    auto* header = new QWidget(frame);
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    if (urgent) {
        auto* icon = new QLabel(header);
        icon->setObjectName(u"urgentIconLabel"_s);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
        headerLayout->addWidget(icon);
    }
    auto* name = new QLabel(header);
    name->setObjectName(u"family_%1_Label"_s.arg(familyKey));
    name->setText(
        withMnemonic(family ? family->name.text(language) : familyKey, familyKey, m_mnemonics));
    QFont bold = name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    name->setFont(bold);
    if (urgent)
        name->setStyleSheet(u"color:%1;"_s.arg(
            MessageBar::readableOn(
                MessageBar::colours(MessageBar::Kind::Error, palette()).background,
                QColor(0xa9, 0x32, 0x26))
                .name()));
    headerLayout->addWidget(name);
    if (urgent) {
        auto* act = new QLabel(tr("act quickly"), header);
        act->setObjectName(u"urgentHintLabel"_s);
        act->setStyleSheet(u"color:%1;"_s.arg(
            MessageBar::readableOn(
                MessageBar::colours(MessageBar::Kind::Error, palette()).background,
                QColor(0xa9, 0x32, 0x26))
                .name()));
        headerLayout->addWidget(act);
    }
    headerLayout->addStretch(1);
    grid->addWidget(header, 0, 0, 1, 2);

    if (family) {
        auto* explanation = new QLabel(family->explanation.text(language), frame);
        explanation->setObjectName(u"family_%1_ExplanationLabel"_s.arg(familyKey));
        explanation->setWordWrap(true);
        explanation->setTextFormat(Qt::PlainText);
        grid->addWidget(explanation, 1, 0, 1, 2);
    }

    int row = 2;
    const QList<core::Subtype> subtypes = m_session.taxonomy().subtypes(familyKey);
    for (const core::Subtype& subtype : subtypes) {
        auto* button = new QRadioButton(escapeMnemonic(subtype.name.text(language)), frame);
        button->setObjectName(u"subtype_%1_RadioButton"_s.arg(subtype.key));
        button->setProperty("subtypeKey", subtype.key);
        button->setProperty("familyKey", familyKey);
        const QString why = subtype.explanation.text(language);
        button->setToolTip(why);
        button->setAccessibleDescription(why);
        m_group->addButton(button);
        m_buttons.insert(subtype.key, button);
        auto* explanation = new QLabel(why, frame);
        explanation->setObjectName(u"subtype_%1_ExplanationLabel"_s.arg(subtype.key));
        explanation->setWordWrap(true);
        explanation->setTextFormat(Qt::PlainText);
        QPalette muted = explanation->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        explanation->setPalette(muted);
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(explanation, row, 1, Qt::AlignTop);
        ++row;
    }
    if (!subtypes.isEmpty())
        name->setBuddy(m_buttons.value(subtypes.first().key));
    m_familyLabels.insert(familyKey, name);
    return frame;
}

void ProblemPage::initializePage()
{
    const QString subtype = m_session.draft().record.subtype;
    if (QRadioButton* button = m_buttons.value(subtype)) {
        button->setChecked(true);
        button->setFocus();
    }
    if (!m_noticeShown) {
        m_noticeShown = true;
        if (!m_session.pendingNotice().isEmpty())
            m_messageBar->showMessage(MessageBar::Kind::Warning, m_session.pendingNotice());
    }
}

QString ProblemPage::selectedSubtype() const
{
    const QAbstractButton* checked = m_group->checkedButton();
    return checked ? checked->property("subtypeKey").toString() : QString();
}

void ProblemPage::writeDraft()
{
    const QString subtype = selectedSubtype();
    if (subtype.isEmpty())
        return;
    core::CaseRecord& record = m_session.draft().record;
    record.subtype = subtype;
    if (const auto found = m_session.taxonomy().subtype(subtype))
        record.family = found->family;
}

bool ProblemPage::validatePage()
{
    if (selectedSubtype().isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, chooseMessage());
        if (!m_buttons.isEmpty())
            m_group->buttons().first()->setFocus();
        return false;
    }
    writeDraft();
    m_session.refreshProposedTitle(WizardSession::uiLanguage());
    return saveDraft();
}

} // namespace wc::gui
