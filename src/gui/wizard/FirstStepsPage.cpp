// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/FirstStepsPage.h"

#include "gui/caseview/CaseText.h"
#include "gui/reminders/NextStep.h"
#include "gui/widgets/ChecklistEditor.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/CaseTimeZone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The step whose time matters most (who bears a loss depends on it); stored on cases.
constexpr QLatin1String FreezeStepKey{"freeze_account"};

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

FirstStepsPage::FirstStepsPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_banner(new QLabel(this)), m_intro(new QLabel(this)),
      m_freezeBox(new QFrame(this)), m_freezeProvider(new QComboBox(m_freezeBox)),
      m_freezeChannels(new QLabel(m_freezeBox)), m_steps(new ChecklistEditor(this))
{
    setObjectName(u"firstStepsPage"_s);

    m_banner->setObjectName(u"urgentBannerLabel"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(10);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.15);
    m_banner->setFont(bannerFont);
    m_banner->setAccessibleName(tr("Urgent"));

    m_freezeBox->setObjectName(u"freezeFrame"_s);
    {
        // From the palette, tinted like an error bar, with its labels in a colour that reads
        // on it: fixed light pink left a dark theme's light text unreadable.
        const MessageBar::Colours c = MessageBar::colours(MessageBar::Kind::Error, palette());
        m_freezeBox->setStyleSheet(
            u"QFrame#freezeFrame { background:%1; border:1px solid %2; border-radius:4px; }"
            u" QFrame#freezeFrame QLabel, QFrame#freezeFrame QCheckBox { color:%3; }"_s.arg(
                c.background.name(), c.border.name(), c.text.name()));
    }
    m_freezeProvider->setObjectName(u"freezeProviderComboBox"_s);
    m_freezeProvider->addItem(tr("Choose your wallet…"), QString());
    const QString language = WizardSession::uiLanguage();
    for (const core::Provider& provider : session.providers().providers())
        m_freezeProvider->addItem(provider.name.text(language), provider.key);
    m_freezeChannels->setObjectName(u"freezeChannelsLabel"_s);
    m_freezeChannels->setWordWrap(true);
    m_freezeChannels->setTextFormat(Qt::RichText);
    // Numbers and addresses are there to be copied into a phone or browser.
    m_freezeChannels->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                              Qt::TextSelectableByKeyboard);
    auto* providerLabel = new QLabel(tr("&Your wallet:"), m_freezeBox);
    providerLabel->setBuddy(m_freezeProvider);
    auto* providerRow = new QHBoxLayout;
    providerRow->addWidget(providerLabel);
    providerRow->addWidget(m_freezeProvider, 1);
    auto* freezeLayout = new QVBoxLayout(m_freezeBox);
    freezeLayout->setContentsMargins(12, 10, 12, 10);
    freezeLayout->addLayout(providerRow);
    freezeLayout->addWidget(m_freezeChannels);
    connect(m_freezeProvider, &QComboBox::activated, this, [this] {
        m_providerPicked = true;
        m_steps->setTimeZone(caseZone());
        showFreezeChannels();
        // Another wallet may be under another region's law (the US Reg E notice): keep the
        // ticks, then show the steps that fit it.
        if (stepRegions() != m_builtRegions) {
            writeDraft();
            rebuild();
            applyDraft();
            updateBanner();
        }
    });

    m_steps->setObjectName(u"firstStepsList"_s);
    m_steps->setClock(&session.clock());
    connect(m_steps, &ChecklistEditor::stepToggled, this, &FirstStepsPage::updateBanner);
    connect(m_steps, &ChecklistEditor::timeChanged, this, &FirstStepsPage::updateBanner);

    m_intro->setObjectName(u"firstStepsIntroLabel"_s);
    m_intro->setWordWrap(true);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_freezeBox);
    contentLayout->addWidget(m_intro);
    contentLayout->addWidget(m_steps);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"firstStepsScrollArea"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(scroll, 1);
}

bool FirstStepsPage::isUrgent() const
{
    const auto family = m_session.taxonomy().family(m_session.draft().record.family);
    return family && family->urgent;
}

void FirstStepsPage::initializePage()
{
    const core::CaseRecord& record = m_session.draft().record;
    const QString builtFor = record.family + u'/' + record.subtype;
    if (builtFor != m_builtFor || stepRegions() != m_builtRegions) {
        m_builtFor = builtFor;
        rebuild();
    }
    applyDraft();

    const bool urgent = isUrgent();
    const QString family = record.family;
    if (urgent) {
        setTitle(tr("Freeze your account now"));
        setSubTitle(tr("Someone may be able to use your account. Stop further losses first; the "
                       "complaint can wait a few minutes."));
        m_intro->setText(tr("Then secure everything else: change your passwords, call the bank "
                            "that issued any linked card and, if money was taken, report it to "
                            "the police. Tick each step when it is done; the times you note here "
                            "help your complaint and a police report."));
    } else if (family == core::family::Service) {
        setTitle(tr("First steps"));
        setSubTitle(tr("A good record of every contact is what moves a service complaint."));
        m_intro->setText(tr("From now on, keep a note of every contact with customer service. "
                            "Tick what you already do; nothing here is required."));
    } else {
        setTitle(tr("First steps"));
        setSubTitle(tr("Quick checks that often settle the problem, or give the letter its "
                       "facts."));
        m_intro->setText(tr("Tick what you have done; nothing here is required, and you can "
                            "come back later."));
    }
    m_banner->setVisible(urgent);
    m_freezeBox->setVisible(urgent);

    // The wallet picker shows the case's provider; without one, what the user picked here.
    const int index =
        record.providerKey.isEmpty() ? -1 : m_freezeProvider->findData(record.providerKey);
    if (index >= 0)
        m_freezeProvider->setCurrentIndex(index);
    else if (!m_providerPicked)
        m_freezeProvider->setCurrentIndex(0);
    // Step times are the case's, in its zone, like everywhere else the case shows them.
    m_session.syncTimeZone();
    m_steps->setTimeZone(caseZone());
    showFreezeChannels();
    updateBanner();
}

QTimeZone FirstStepsPage::caseZone() const
{
    core::CaseRecord record = m_session.draft().record;
    // The wallet picked here becomes the case's provider (writeDraft), and brings its zone.
    const QString picked = freezeProviderKey();
    const bool hasProvider =
        !record.providerKey.isEmpty() || !record.providerName.trimmed().isEmpty();
    if (m_providerPicked && !picked.isEmpty() &&
        (!hasProvider || record.providerKey == m_providerSetHere) && record.providerKey != picked) {
        record.providerKey = picked;
        record.timeZone.clear();
    }
    return core::CaseTimeZone::zoneFor(record);
}

QStringList FirstStepsPage::stepRegions() const
{
    // The wallet picked here for a security problem, else the case's.
    QString key = m_session.draft().record.providerKey;
    if (key.isEmpty() || (m_providerPicked && !freezeProviderKey().isEmpty()))
        key = freezeProviderKey().isEmpty() ? key : freezeProviderKey();
    const auto provider = m_session.providers().provider(key);
    return core::Taxonomy::caseRegions(provider ? provider->regions : QStringList(),
                                       NextStep::userRegion());
}

void FirstStepsPage::rebuild()
{
    const core::CaseRecord& record = m_session.draft().record;
    const QString language = WizardSession::uiLanguage();
    const bool urgent = isUrgent();
    m_builtRegions = stepRegions();
    QList<ChecklistEditor::Step> steps;
    for (const core::ChecklistStep& step :
         m_session.taxonomy().checklist(record.family, record.subtype, m_builtRegions)) {
        ChecklistEditor::Step row;
        row.key = step.key;
        row.label = step.label.text(language);
        row.why = step.why.text(language);
        if (const QString source = step.source.text(language); !source.isEmpty())
            //: %1 is the reason for a first step; %2 the law or page it rests on.
            row.why = tr("%1\nSource: %2").arg(row.why, source);
        row.recordsTime = step.recordsTime;
        row.emphasized = urgent && step.key == FreezeStepKey;
        steps << row;
    }
    m_steps->setSteps(steps);
}

void FirstStepsPage::applyDraft()
{
    const QList<core::ChecklistItem>& items = m_session.draft().checklist;
    for (const QString& key : m_steps->keys()) {
        const auto item =
            std::find_if(items.cbegin(), items.cend(),
                         [&](const core::ChecklistItem& i) { return i.itemKey == key; });
        m_steps->setDoneAt(key, item != items.cend() ? item->doneAt : std::nullopt);
    }
}

void FirstStepsPage::updateBanner()
{
    // Once the account is frozen, the box that says how to freeze it has done its job: the
    // banner says when it was frozen and names the urgent steps still open.
    const bool hasFreezeStep = m_steps->checkBox(FreezeStepKey) != nullptr;
    const bool frozen = hasFreezeStep && m_steps->isTicked(FreezeStepKey);
    QStringList open;
    for (const QString& key : m_steps->keys()) {
        if (key != FreezeStepKey && !m_steps->isTicked(key))
            open << m_steps->label(key);
    }
    const QString next = open.isEmpty() ? QString() : QLocale().createSeparatedList(open);
    const bool urgent = isUrgent();
    if (urgent)
        m_freezeBox->setVisible(hasFreezeStep && !frozen);
    if (frozen) {
        const auto at = m_steps->doneAt(FreezeStepKey);
        // The same words as the step's "Done at" field: the case's zone, named when the
        // computer's differs.
        const QString frozenText =
            at ? tr("Frozen at %1.").arg(CaseText::zonedDateTime(*at, caseZone()))
               : tr("Account frozen.");
        m_banner->setText(
            next.isEmpty()
                ? tr("%1 Every urgent step is done; now write the complaint.").arg(frozenText)
                //: %1 is "Frozen at <time>."; %2 the steps still open.
                : tr("%1 Next: %2.").arg(frozenText, next));
        m_banner->setStyleSheet(u"QLabel#urgentBannerLabel { background:#1e6b47; color:white; "
                                u"border-radius:4px; }"_s);
        if (urgent) {
            setTitle(tr("Account frozen: secure the rest"));
            setSubTitle(tr("No more payments can leave through this account. Finish the other "
                           "urgent steps (a linked bank card needs its own call), then write the "
                           "complaint."));
        }
    } else if (!hasFreezeStep) {
        // A problem without a freeze step (personal data exposed): secure the account.
        m_banner->setText(next.isEmpty() ? tr("Every urgent step is done; now write the complaint.")
                                         : tr("Act now: %1.").arg(next));
        m_banner->setStyleSheet(u"QLabel#urgentBannerLabel { background:#b3261e; color:white; "
                                u"border-radius:4px; }"_s);
        if (urgent) {
            setTitle(tr("Secure your account now"));
            setSubTitle(tr("Your details may be in other hands. A few steps now make them much "
                           "harder to misuse."));
        }
    } else {
        m_banner->setText(tr("Freeze your account now, before anything else. Until it is frozen, "
                             "whoever has access can keep using your money."));
        m_banner->setStyleSheet(u"QLabel#urgentBannerLabel { background:#b3261e; color:white; "
                                u"border-radius:4px; }"_s);
        if (urgent) {
            setTitle(tr("Freeze your account now"));
            setSubTitle(tr("Someone may be able to use your account. Stop further losses first; "
                           "the complaint can wait a few minutes."));
        }
    }
}

QString FirstStepsPage::freezeProviderKey() const
{
    return m_freezeProvider->currentData().toString();
}

void FirstStepsPage::showFreezeChannels()
{
    const QString language = WizardSession::uiLanguage();
    const QString key = freezeProviderKey();
    const auto provider = m_session.providers().provider(key);
    if (!provider) {
        m_freezeChannels->setText(
            u"<p>"_s +
            html(tr("Choose your wallet above to see how to freeze it. If it is not in the "
                    "list, call the customer service number shown in its app or on its "
                    "website and ask for an emergency freeze; if a bank card is linked, call "
                    "the bank too.")) +
            u"</p>"_s);
        return;
    }
    QList<core::Channel> channels = provider->freeze;
    QString text;
    if (channels.isEmpty()) {
        // No dedicated freeze line in the directory: the general hotline and app still help.
        for (const core::Channel& channel : provider->channels) {
            if (channel.kind == u"hotline"_s || channel.kind == u"in_app"_s)
                channels << channel;
        }
        text += u"<p>"_s +
                html(tr("%1 lists no separate freeze line. Contact its customer service and ask "
                        "for an emergency freeze:")
                         .arg(provider->name.text(language))) +
                u"</p>"_s;
    }
    const QString verifyNote = m_session.providers().defaultVerifyNote().text(language);
    // The number in a deep red where it reads on the box (light themes), else in the box's
    // own text colour: dark red on a dark theme's box was unreadable.
    const QString accent =
        MessageBar::readableOn(MessageBar::colours(MessageBar::Kind::Error, palette()).background,
                               QColor(0x7a, 0x1c, 0x14))
            .name();
    for (const core::Channel& channel : std::as_const(channels)) {
        const QString path = channel.path.text(language);
        const QString label = channel.label.text(language);
        // The number or the in-app path is what the user acts on: large and easy to read.
        const QString big = !channel.value.isEmpty() ? channel.value : path;
        QString how;
        if (channel.kind == u"hotline"_s)
            how = tr("Call");
        else if (channel.kind == u"in_app"_s)
            how = tr("In the app");
        else
            how = tr("Online");
        // A number is set large to be dialled at a glance; a path through the app is a sentence
        // and reads at a normal large size (the walk met a whole sentence in headline type).
        const bool number = !channel.value.isEmpty() && channel.value.size() <= 24;
        text += u"<p style='margin-top:6px; margin-bottom:0px;'><span style='color:"_s + accent +
                u";'>"_s + html(how) + u"</span><br><span style='font-size:"_s +
                (number ? u"xx-large"_s : u"large"_s) + u"; font-weight:600; color:"_s + accent +
                u";'>"_s + html(big) + u"</span>"_s;
        const QString small = !channel.value.isEmpty() ? (path.isEmpty() ? label : path) : label;
        if (!small.isEmpty() && small != big)
            text += u"<br>"_s + html(small);
        const QString note = channel.note.text(language);
        if (channel.verify || provider->verify)
            text += u"<br><i>"_s +
                    html(tr("Check first: %1").arg(note.isEmpty() ? verifyNote : note)) + u"</i>"_s;
        else if (!note.isEmpty())
            text += u"<br><i>"_s + html(note) + u"</i>"_s;
        text += u"</p>"_s;
    }
    if (channels.isEmpty())
        text += u"<p>"_s + html(verifyNote) + u"</p>"_s;
    m_freezeChannels->setText(text);
}

void FirstStepsPage::writeDraft()
{
    core::CaseDraft& draft = m_session.draft();
    // Not shown for the current problem (never shown, or the problem changed since): the rows
    // say nothing about it.
    if (draft.record.family.isEmpty() ||
        m_builtFor != draft.record.family + u'/' + draft.record.subtype)
        return;
    QList<core::ChecklistItem> next;
    QSet<QString> keys;
    const QStringList stepKeys = m_steps->keys();
    for (int i = 0; i < stepKeys.size(); ++i) {
        const QString& key = stepKeys.at(i);
        keys.insert(key);
        core::ChecklistItem item;
        const auto existing =
            std::find_if(draft.checklist.cbegin(), draft.checklist.cend(),
                         [&](const core::ChecklistItem& it) { return it.itemKey == key; });
        if (existing != draft.checklist.cend()) {
            item = *existing; // keeps its id, label as first shown and note
        } else {
            item.itemKey = key;
            item.label = m_steps->label(key);
        }
        item.position = i;
        item.doneAt = m_steps->doneAt(key);
        if (m_steps->isTicked(key) && !item.doneAt)
            item.doneAt = m_session.clock().nowMs();
        next << item;
    }
    // Steps of a problem the user no longer has (they went back and changed it).
    for (const core::ChecklistItem& item : std::as_const(draft.checklist)) {
        if (!keys.contains(item.itemKey) && item.id != 0 &&
            !draft.removedChecklistIds.contains(item.id))
            draft.removedChecklistIds << item.id;
    }
    draft.checklist = next;

    core::CaseRecord& record = draft.record;
    const QString picked = freezeProviderKey();
    const bool hasProvider =
        !record.providerKey.isEmpty() || !record.providerName.trimmed().isEmpty();
    const bool setHere = !m_providerSetHere.isEmpty() && record.providerKey == m_providerSetHere;
    const bool chosenElsewhere = hasProvider && !setHere;
    if (isUrgent() && m_providerPicked && !picked.isEmpty() && !chosenElsewhere) {
        record.providerKey = picked;
        record.providerName.clear();
        m_providerSetHere = picked;
    }
}

bool FirstStepsPage::validatePage()
{
    QCheckBox* freeze = m_steps->checkBox(FreezeStepKey);
    if (isUrgent() && freeze && !freeze->isChecked() && !m_freezeAsked) {
        m_freezeAsked = true;
        const int answer = MessageBox::ask(
            this, QMessageBox::Question, tr("Is your account frozen?"),
            tr("Have you frozen your account? Until it is frozen, whoever has access can keep "
               "using it.\n\nIf it is frozen, choose \"Yes\" and the time is noted now; you can "
               "correct it on the first-steps page. If not, you can still go on and come back "
               "to it."),
            {{FrozenAnswer, tr("&Yes, it is frozen"), QMessageBox::AcceptRole},
             {NotYetAnswer, tr("&Not yet, continue"), QMessageBox::RejectRole}},
            NotYetAnswer);
        if (answer == FrozenAnswer)
            freeze->setChecked(true);
    }
    writeDraft();
    m_session.refreshProposedTitle(WizardSession::uiLanguage());
    return saveDraft();
}

} // namespace wc::gui
