// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/wizard/SendPage.h"

#include "followup/FollowUpTime.h"
#include "gui/caseview/CaseText.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/reminders/ClockOffersList.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/UrlOpener.h"
#include "guidance/CaseTimeZone.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Where a letter can be recorded as sent: the contact channel keys the case view knows.
const QStringList kSentChannels = {u"email"_s,  u"web_form"_s, u"in_app_chat"_s, u"hotline"_s,
                                   u"social"_s, u"letter"_s,   u"branch"_s,      u"other"_s};

// The directory's channel kinds as the letter's channel keys.
QString sentChannelFor(const QString& directoryKind)
{
    if (directoryKind == u"in_app")
        return u"in_app_chat"_s;
    return kSentChannels.contains(directoryKind) ? directoryKind : u"other"_s;
}

QString kindName(const QString& kind)
{
    if (kind == u"hotline")
        return SendPage::tr("Hotline");
    if (kind == u"in_app")
        return SendPage::tr("In the app");
    if (kind == u"web_form")
        return SendPage::tr("Website or web form");
    if (kind == u"email")
        return SendPage::tr("Email");
    if (kind == u"social")
        return SendPage::tr("Official social media");
    return SendPage::tr("Other channel");
}

bool isWebAddress(const QString& value)
{
    return value.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || value.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

QString inUiLanguage(const core::LocalizedText& text)
{
    return text.text(WizardSession::uiLanguage());
}

} // namespace

SendPage::SendPage(WizardSession& session, QWidget* parent)
    : DraftPage(session, parent), m_intro(new QLabel(this)), m_channels(new QLabel(this)),
      m_copyLetter(new QPushButton(this)), m_mailto(new QPushButton(this)),
      m_copyStatus(new QLabel(this)), m_sent(new QRadioButton(this)),
      m_ready(new QRadioButton(this)), m_sentChannel(new QComboBox(this)),
      m_sentAt(new DateTimeField(this)), m_sentReference(new QLineEdit(this)),
      m_followUp(new DateTimeField(this)), m_followUpNote(new QLabel(this)),
      m_zoneNote(new QLabel(this)),
      m_clocksBox(new QGroupBox(this)), m_clocksLayout(new QVBoxLayout(m_clocksBox)),
      m_clocksNote(new QLabel(this)), m_clockList(new ClockOffersList(m_clocksBox))
{
    setObjectName(u"sendPage"_s);
    setTitle(tr("Send and follow up"));
    setSubTitle(tr("Send the letter through one of the provider's channels, then note when to "
                   "check for a reply."));

    m_intro->setWordWrap(true);
    m_intro->setText(tr("A written channel (email or web form) leaves a record of what you sent. "
                        "On the phone or in the app's chat, read out or paste the letter and ask "
                        "for a reference number."));

    // --- where to send it
    m_channels->setObjectName(u"channelsLabel"_s);
    m_channels->setWordWrap(true);
    m_channels->setTextFormat(Qt::RichText);
    m_channels->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Numbers and addresses are there to be copied; links open through the seam below.
    m_channels->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_channels->setOpenExternalLinks(false);
    m_channels->setContentsMargins(4, 4, 4, 4);
    connect(m_channels, &QLabel::linkActivated, this, &SendPage::linkActivated);
    auto* channelsArea = new QScrollArea(this);
    channelsArea->setObjectName(u"channelsScrollArea"_s);
    channelsArea->setWidget(m_channels);
    channelsArea->setWidgetResizable(true);
    channelsArea->setFrameShape(QFrame::StyledPanel);
    channelsArea->setMinimumHeight(110);

    m_copyLetter->setObjectName(u"copyLetterPushButton"_s);
    m_copyLetter->setText(tr("&Copy letter"));
    m_copyLetter->setToolTip(tr("Copy the subject and the letter to the clipboard, ready to "
                                "paste into an email, a web form or a chat."));
    m_mailto->setObjectName(u"mailtoPushButton"_s);
    m_mailto->setText(tr("Open &email draft"));
    m_mailto->setToolTip(tr("Open your email program with a new message holding the letter."));
    m_copyStatus->setObjectName(u"copyStatusLabel"_s);
    m_copyStatus->setWordWrap(true);
    m_copyStatus->setTextFormat(Qt::PlainText);
    connect(m_copyLetter, &QPushButton::clicked, this, &SendPage::copyLetter);
    connect(m_mailto, &QPushButton::clicked, this, [this] { openMailDraft(providerEmail()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyLetter);
    buttons->addWidget(m_mailto);
    buttons->addWidget(m_copyStatus, 1);
    auto* sendBox = new QGroupBox(tr("Where to send it"), this);
    auto* sendLayout = new QVBoxLayout(sendBox);
    sendLayout->addWidget(channelsArea, 1);
    sendLayout->addLayout(buttons);

    // --- sent or ready
    m_sent->setObjectName(u"sentRadioButton"_s);
    m_sent->setText(tr("I have &sent it"));
    m_ready->setObjectName(u"readyRadioButton"_s);
    m_ready->setText(tr("&Keep it as ready to send"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_sent);
    choice->addButton(m_ready);
    m_ready->setChecked(true);

    m_sentChannel->setObjectName(u"sentChannelComboBox"_s);
    for (const QString& key : kSentChannels)
        m_sentChannel->addItem(CaseText::contactChannel(key), key);
    m_sentAt->setObjectName(u"sentDateTimeEdit"_s);
    m_sentAt->setTimeSpec(Qt::UTC); // the case zone's clock time (CaseText::wallClock)
    m_sentReference->setObjectName(u"sentReferenceLineEdit"_s);
    m_sentReference->setPlaceholderText(tr("Ticket or case number you were given, if any"));
    m_sentReference->setClearButtonEnabled(true);

    m_followUp->setObjectName(u"followUpDateTimeEdit"_s);
    m_followUp->setTimeSpec(Qt::UTC);
    m_zoneNote->setObjectName(u"zoneNoteLabel"_s);
    m_zoneNote->setWordWrap(true);
    m_zoneNote->setTextFormat(Qt::PlainText);
    m_zoneNote->setForegroundRole(QPalette::PlaceholderText);
    m_followUpNote->setObjectName(u"followUpNoteLabel"_s);
    m_followUpNote->setWordWrap(true);
    m_followUpNote->setTextFormat(Qt::PlainText);
    connect(m_followUp, &QDateTimeEdit::dateTimeChanged, this, &SendPage::updateFollowUpNote);
    connect(m_sent, &QRadioButton::toggled, this, &SendPage::updateSentFields);

    // One box for what the user did and when to look again, so the channel list above gets
    // the height: it is what the user reads most.
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_sent);
    radios->addWidget(m_ready);
    radios->addStretch(1);
    const auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* grid = new QGridLayout;
    grid->addWidget(labelFor(tr("Sent &through:"), m_sentChannel), 0, 0);
    grid->addWidget(m_sentChannel, 0, 1);
    grid->addWidget(labelFor(tr("Sent &on:"), m_sentAt), 0, 2);
    grid->addWidget(m_sentAt, 0, 3);
    grid->addWidget(labelFor(tr("&Reference number:"), m_sentReference), 1, 0);
    grid->addWidget(m_sentReference, 1, 1, 1, 3);
    grid->addWidget(labelFor(tr("Follo&w up on:"), m_followUp), 2, 0);
    grid->addWidget(m_followUp, 2, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* statusBox = new QGroupBox(tr("Record it and follow up"), this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addLayout(radios);
    statusLayout->addLayout(grid);
    statusLayout->addWidget(m_zoneNote);
    statusLayout->addWidget(m_followUpNote);

    // --- the deadlines that apply
    m_clocksBox->setObjectName(u"clocksGroupBox"_s);
    m_clocksBox->setTitle(tr("Deadlines to watch"));
    m_clocksNote->setObjectName(u"clocksNoteLabel"_s);
    m_clocksNote->setWordWrap(true);
    m_clocksNote->setTextFormat(Qt::PlainText);
    m_clocksLayout->setSpacing(2);
    m_clocksLayout->addWidget(m_clocksNote);
    m_clocksLayout->addWidget(m_clockList);
    if (auto table = core::ClockTable::load()) {
        m_clockTable = std::move(*table);
        m_clockTable->setReminderTime(AppSettings::reminderTime());
    } else
        m_clocksNote->setText(tr("The table of deadlines could not be loaded: %1")
                                  .arg(table.error().message));
    connect(m_sent, &QRadioButton::toggled, this, &SendPage::updateClocks);
    connect(m_sentAt, &QDateTimeEdit::dateTimeChanged, this, &SendPage::updateClocks);
    connect(m_sentChannel, &QComboBox::currentIndexChanged, this, &SendPage::updateClocks);

    // The page holds more than a small window shows: it scrolls as one, so no part is squeezed
    // below its own height (channels, buttons and deadlines once overlapped).
    auto* body = new QWidget;
    body->setObjectName(u"sendBody"_s);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_intro);
    bodyLayout->addWidget(sendBox);
    bodyLayout->addWidget(statusBox);
    bodyLayout->addWidget(m_clocksBox);
    // The spare height goes below everything: the deadlines box appears when "sent" is chosen,
    // and it takes that space, so the form the user is filling in stays under the pointer
    // (with the channels box stretching, it shrank to make room and the form jumped 118 px).
    bodyLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"sendScrollArea"_s);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(scroll, 1);

    setTabOrder(m_copyLetter, m_mailto);
    setTabOrder(m_mailto, m_sent);
    setTabOrder(m_sent, m_ready);
    setTabOrder(m_ready, m_sentChannel);
    setTabOrder(m_sentChannel, m_sentAt);
    setTabOrder(m_sentAt, m_sentReference);
    setTabOrder(m_sentReference, m_followUp);
    updateSentFields();
}

bool SendPage::isSecurityCase() const
{
    return m_session.draft().record.family == core::family::Security;
}

QTimeZone SendPage::caseZone() const
{
    return core::CaseTimeZone::zoneFor(m_session.draft().record);
}

qint64 SendPage::defaultFollowUp(qint64 nowMs, int days) const
{
    // A day is what the user means by "in a week"; the hour is theirs (09:00 unless changed),
    // not whatever the clock said when the wizard was finished.
    const QTimeZone zone = caseZone();
    const QDate day = core::followup::localDate(nowMs, zone).addDays(days);
    return core::followup::atLocalTime(day, zone, AppSettings::reminderTime());
}

void SendPage::initializePage()
{
    m_messageBar->hide();
    m_copyStatus->clear();
    const core::CaseDraft& draft = m_session.draft();
    const qint64 now = m_session.clock().nowMs();
    const QTimeZone zone = caseZone();
    m_channels->setText(channelsHtml());

    const bool hasLetter = draft.letter && !draft.letter->body.trimmed().isEmpty();
    m_copyLetter->setEnabled(hasLetter);
    m_mailto->setEnabled(hasLetter);
    if (!hasLetter) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("There is no letter to send yet. Go back one step to draft "
                                     "it, or finish now and write it later from the case."));
    }

    // What was recorded before (Back, or a resumed draft), else: not sent yet, sent just now,
    // through the provider's written channel when it has one.
    QString channel = sentChannelFor(u"email"_s);
    if (providerEmail().isEmpty()) {
        if (auto provider = m_session.providers().provider(draft.record.providerKey);
            provider && !provider->channels.isEmpty())
            channel = sentChannelFor(provider->channels.first().kind);
    }
    const bool wasSent = draft.letter && draft.letter->status == core::status::Sent;
    qint64 sentAt = now - now % 60'000; // the field shows minutes; so does the value
    QString reference;
    if (draft.letter && !draft.letter->channel.isEmpty())
        channel = draft.letter->channel;
    if (wasSent) {
        sentAt = draft.letter->sentAt.value_or(now);
        reference = draft.letter->reference;
    }
    (wasSent ? m_sent : m_ready)->setChecked(true);
    const int index = m_sentChannel->findData(channel);
    m_sentChannel->setCurrentIndex(index >= 0 ? index : m_sentChannel->findData(u"other"_s));
    m_sentAt->setDateTime(CaseText::wallClock(sentAt, zone));
    m_sentReference->setText(reference);

    const int days = isSecurityCase() ? SecurityFollowUpDays : DefaultFollowUpDays;
    const qint64 due = draft.followUp ? draft.followUp->dueAt : defaultFollowUp(now, days);
    m_followUp->setDateTime(CaseText::wallClock(due, zone));
    const QString suffix = CaseText::zoneSuffix(zone, now);
    m_zoneNote->setText(suffix.isEmpty()
                            ? QString()
                            //: %1 is a time zone's name and UTC offset.
                            : tr("Times on this page are in the case's time zone: %1.")
                                  .arg(CaseText::zoneName(zone, now)));
    m_zoneNote->setVisible(!suffix.isEmpty());
    m_transactions.clear();
    if (m_session.caseId() > 0) {
        // Only deadlines counted from a transaction need them; without, those are not offered.
        if (auto transactions = m_session.store().transactions(m_session.caseId()))
            m_transactions = std::move(*transactions);
    }
    updateSentFields();
    updateFollowUpNote();
    updateClocks();
}

QString SendPage::providerEmail() const
{
    const auto provider = m_session.providers().provider(m_session.draft().record.providerKey);
    if (!provider)
        return {};
    for (const core::Channel& c : provider->channels) {
        if (c.kind == u"email" && c.value.contains(u'@'))
            return c.value.trimmed();
    }
    return {};
}

QString SendPage::channelsHtml() const
{
    const core::CaseRecord& record = m_session.draft().record;
    const auto provider = m_session.providers().provider(record.providerKey);
    const QString language = WizardSession::uiLanguage();
    if (!provider || provider->channels.isEmpty()) {
        const QString name = provider ? provider->name.text(language) : record.providerName;
        const QString text = name.trimmed().isEmpty()
            ? tr("WalletCase has no contact details for this provider. Look on its official "
                 "website or in its app for a complaints email address or web form.")
            : tr("WalletCase has no contact details for %1. Look on its official website or in "
                 "its app for a complaints email address or web form.")
                  .arg(name.trimmed());
        return text.toHtmlEscaped();
    }

    // The data's text is in `language`, so it is punctuated the way that language is.
    const bool zh = language == u"zh_CN";
    const QString colon = zh ? u"："_s : u": "_s;
    const QString space = zh ? QString() : u" "_s;
    QStringList items;
    for (const core::Channel& c : provider->channels) {
        QString title = c.label.text(language);
        if (title.isEmpty())
            title = kindName(c.kind);
        QString item = u"<b>%1</b>"_s.arg(title.toHtmlEscaped());
        const QString value = c.value.trimmed();
        if (!value.isEmpty()) {
            QString shown = value.toHtmlEscaped();
            if (c.kind == u"email" && value.contains(u'@'))
                shown = u"<a href=\"mailto:%1\">%2</a>"_s.arg(value.toHtmlEscaped(), shown);
            else if (isWebAddress(value))
                shown = u"<a href=\"%1\">%2</a>"_s.arg(value.toHtmlEscaped(), shown);
            item += colon + shown;
        }
        if (const QString path = c.path.text(language); !path.isEmpty())
            item += u"<br>"_s + path.toHtmlEscaped();
        // The directory gives an unconfirmed channel the general "check first" note when it
        // has none of its own; one with its own note gets the reminder added.
        QString note = c.note.text(language);
        const QString check = inUiLanguage(m_session.providers().defaultVerifyNote());
        if (c.verify && !note.contains(check))
            note = note.isEmpty() ? check : note + space + check;
        if (!note.isEmpty())
            item += u"<br><i>%1</i>"_s.arg(note.toHtmlEscaped());
        items << u"<li style=\"margin-bottom:6px\">%1</li>"_s.arg(item);
    }
    QString html = u"<ul style=\"margin-left:-24px\">%1</ul>"_s.arg(items.join(QString()));
    if (const QString note = provider->note.text(language); !note.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(note.toHtmlEscaped());
    return html;
}

void SendPage::linkActivated(const QString& link)
{
    const QUrl url(link);
    // An email address in the list starts the letter itself, not an empty message.
    if (url.scheme() == u"mailto") {
        openMailDraft(url.path());
        return;
    }
    if (!UrlOpener::open(url)) {
        m_messageBar->showMessage(MessageBar::Kind::Warning,
                                  tr("The address could not be opened: no web browser answered. "
                                     "Copy it from the list and open it yourself."));
    }
}

QUrl SendPage::mailtoUrl(const QString& to, const QString& subject, const QString& body)
{
    // RFC 6068: line breaks in a mailto: body are written %0D%0A, and every non-ASCII
    // character is percent-encoded UTF-8.
    QString crlf = body;
    crlf.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    const QByteArray encoded = QByteArrayLiteral("mailto:")
        + QUrl::toPercentEncoding(to.trimmed(), QByteArrayLiteral("@"))
        + QByteArrayLiteral("?subject=") + QUrl::toPercentEncoding(subject)
        + QByteArrayLiteral("&body=") + QUrl::toPercentEncoding(crlf);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

void SendPage::copyLetter()
{
    const auto& letter = m_session.draft().letter;
    if (!letter)
        return;
    QGuiApplication::clipboard()->setText(letter->subject + u"\n\n"_s + letter->body);
    m_copyStatus->setText(tr("The letter is on the clipboard. Paste it into an email, the "
                             "provider's web form or its in-app chat."));
}

void SendPage::openMailDraft(const QString& to)
{
    const auto& letter = m_session.draft().letter;
    if (!letter)
        return;
    // Some mail programs cut long messages short; the clipboard holds the whole letter.
    QGuiApplication::clipboard()->setText(letter->subject + u"\n\n"_s + letter->body);
    if (!UrlOpener::open(mailtoUrl(to, letter->subject, letter->body))) {
        m_copyStatus->clear();
        m_messageBar->showMessage(MessageBar::Kind::Warning, UrlOpener::mailFailureMessage());
        return;
    }
    m_copyStatus->setText(
        to.isEmpty()
            ? tr("A new email with the letter was opened. Add the provider's address, and check "
                 "that the whole letter arrived (it is also on the clipboard).")
            : tr("A new email to %1 with the letter was opened. Check that the whole letter "
                 "arrived (it is also on the clipboard).")
                  .arg(to));
}

void SendPage::updateSentFields()
{
    const bool sent = m_sent->isChecked();
    m_sentChannel->setEnabled(sent);
    m_sentAt->setEnabled(sent);
    m_sentReference->setEnabled(sent);
    updateFollowUpNote();
}

QString SendPage::reminderText() const
{
    const core::CaseRecord& record = m_session.draft().record;
    const QString language = WizardSession::uiLanguage();
    QString provider = record.providerName.trimmed();
    if (auto entry = m_session.providers().provider(record.providerKey))
        provider = entry->name.text(language);
    const QString problem = CaseText::subtype(&m_session.taxonomy(), record.subtype, language);
    // Nothing went out yet: there is no reply to ask about, only the sending to do. The text is
    // the clock table's, so the reminder is recognised and completed once the letter goes out.
    if (!m_sent->isChecked()) {
        if (m_clockTable) {
            if (const QString text = m_clockTable->readyToSendText(language, problem, provider);
                !text.isEmpty())
                return text;
        }
        if (provider.isEmpty())
            return tr("You planned to send your complaint about %1: send it, or record how you "
                      "contacted the company.")
                .arg(problem);
        return tr("You planned to send your complaint about %1 to %2: send it, or record how you "
                  "contacted them.")
            .arg(problem, provider);
    }
    if (provider.isEmpty())
        return tr("Follow up on your complaint about %1: has the provider replied? If not, "
                  "contact them again or escalate.")
            .arg(problem);
    return tr("Follow up with %1 about %2: have they replied to your complaint? If not, contact "
              "them again or escalate.")
        .arg(provider, problem);
}

void SendPage::updateFollowUpNote()
{
    const QTimeZone zone = caseZone();
    const qint64 due = CaseText::fromWallClock(m_followUp->dateTime(), zone);
    const QString when = CaseText::zonedDateTime(due, zone);
    QString note = m_sent->isChecked()
        ? tr("What happens next: on %1 WalletCase reminds you to check for a reply. If the "
             "problem is not solved by then, follow up or escalate from the case.")
              .arg(when)
        : tr("What happens next: the case is kept as ready to send, and on %1 WalletCase "
             "reminds you about it. When you have sent the letter, record it in the case.")
              .arg(when);
    if (isSecurityCase())
        //: %1 is the sentences before, about what happens next.
        note = tr("%1 Security problems get a short follow-up time: one day instead of a week.")
                   .arg(note);
    m_followUpNote->setText(note);
}

void SendPage::writeDraft()
{
    core::CaseDraft& draft = m_session.draft();
    const qint64 now = m_session.clock().nowMs();
    if (draft.letter) {
        core::Letter& letter = *draft.letter;
        if (m_sent->isChecked()) {
            letter.status = QString(core::status::Sent);
            letter.sentAt = CaseText::fromWallClock(m_sentAt->dateTime(), caseZone());
            letter.channel = m_sentChannel->currentData().toString();
            letter.reference = m_sentReference->text().trimmed();
        } else {
            letter.status = QString(core::status::Ready);
            letter.sentAt.reset();
            letter.channel.clear();
            letter.reference.clear();
        }
    }
    core::Reminder reminder = draft.followUp.value_or(core::Reminder{});
    const qint64 due = CaseText::fromWallClock(m_followUp->dateTime(), caseZone());
    if (reminder.dueAt != due)
        reminder.snoozedUntil.reset(); // a new date replaces an earlier snooze
    reminder.kind = u"follow_up"_s;
    reminder.dueAt = due;
    reminder.text = reminderText();
    reminder.state = u"pending"_s;
    if (reminder.createdAt == 0)
        reminder.createdAt = now;
    draft.followUp = reminder;
}

bool SendPage::dateLetterAsSent()
{
    // A letter sent on an earlier day than today (the walk: drafted on the 8th, sent on the 4th)
    // is dated that day and states the case as it was then, its reply date counted from then,
    // as the case view does for a letter marked sent later. The user's own words are kept; the
    // user is told to check the dates.
    core::CaseDraft& draft = m_session.draft();
    if (!draft.letter || !m_sent->isChecked() || !draft.letter->sentAt)
        return true;
    const QTimeZone zone = caseZone();
    const qint64 sentAt = *draft.letter->sentAt;
    const QDate sentDay = QDateTime::fromMSecsSinceEpoch(sentAt, zone).date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), zone).date();
    if (sentDay >= today)
        return true;
    if (draft.letterEdited) {
        if (m_editedLetterWarned)
            return true; // said once; Finish again keeps the letter as the user wrote it
        m_editedLetterWarned = true;
        m_messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("Your letter is dated today but was sent on %1, and it holds your own changes, so "
               "WalletCase does not write it again. Check its date line and the dates it states "
               "against the letter you sent, then press Finish again.")
                .arg(CaseText::date(sentAt, zone)));
        return false;
    }
    core::Letter& letter = *draft.letter;
    auto fresh = m_session.draftLetter(letter.language, sentAt);
    if (!fresh) {
        m_messageBar->showMessage(MessageBar::Kind::Error, fresh.error().message);
        return false;
    }
    letter.subject = fresh->subject;
    letter.body = fresh->body;
    letter.replyBy = fresh->replyBy;
    return true;
}

void SendPage::cleanupPage()
{
    writeDraft();
}

bool SendPage::validatePage()
{
    writeDraft();
    if (!dateLetterAsSent())
        return false;
    tickFulfilledSteps();
    core::CaseRecord& record = m_session.draft().record;
    const QString previous = record.status;
    record.status = QString(m_sent->isChecked() ? core::status::Sent : core::status::Ready);
    if (!saveDraft()) {
        record.status = previous; // still unfinished: closing now keeps it as a draft
        return false;
    }
    return acceptClocks();
}

} // namespace wc::gui
