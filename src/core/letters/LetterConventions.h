// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "followup/BusinessCalendar.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace wc::core {

// How a letter says things in the region of its addressee and in its language, apart from what
// it says: dates ("November 28, 2026" in the US, "28 November 2026" in the UK, 2026年11月28日),
// times with the zone named where it could be misread ("3:14 AM PST"; a Beijing-time letter to
// a Chinese company names no zone), money ("$1,240.00", "£74.50", "128.00元"), where the date
// stands, the greeting and the closing ("Sincerely," in the US, "Yours faithfully," in the UK,
// 此致 敬礼). The rules are data (resources/letters/conventions.json); every time is shown in the
// case's one time zone.
class LetterConventions
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::LetterConventions)

public:
    // `region` is CN, US, UK, EU or anything else (then the language's general conventions);
    // `language` is zh_CN or en; `zone` is the case's time zone (UTC when invalid).
    static Result<LetterConventions> load(const QString& region, const QString& language,
                                          const QTimeZone& zone);

    // The region whose conventions a case's letters follow: the one of the provider's regions
    // (ProviderDirectory) the case's time zone lies in, else as EscalationLadder::regionFor
    // decides from the provider's regions and the case language. Empty when nothing is known.
    static QString regionFor(const QStringList& providerRegions, const QTimeZone& zone,
                             const QString& language);

    QString region() const { return m_region; }
    QString language() const { return m_language; }
    QTimeZone zone() const { return m_zone; }

    QString date(qint64 epochMs) const;
    // Date and time, and the zone's name when the region's rule says it could be misread.
    QString dateTime(qint64 epochMs) const;
    // Date and time as dateTime() writes them, never with the zone's name: for documents that
    // name the zone themselves (the dossier, in its column headers or after each time).
    QString dateAndTime(qint64 epochMs) const;
    // The zone's name as the letter writes it after a time ("PST", "北京时间", "UTC+8").
    QString zoneName(qint64 epochMs) const;
    // Minor units by the currency's exponent, grouped by thousands, in the language's pattern.
    QString money(qint64 minor, const QString& currency) const;

    // "Dear Alipay customer service team," / "Dear Sir or Madam:" / "尊敬的支付宝客服团队：".
    QString salutation(const QString& addressee) const;
    QString closing() const { return m_closing; }
    bool dateAtTop() const { return m_dateAtTop; }

    // Our own wording (a template, a phrase, a subtype's name — never the user's text) in the
    // region's English spelling: "authorized" in the US, "authorised" elsewhere. Where the
    // spelling choice lives: conventions.json's `spellings` and each region's `spelling`, so the
    // wording data may use either and no template needs a copy per region. Chinese is unchanged.
    QString spelled(const QString& wording) const;

    // Whether a letter of `kind` about `subtype` to `providerKey` is a US notice of error under
    // Regulation E (12 CFR 1005.11): the providers that hold the user's money and the errors the
    // rule names. The business days the provider has to investigate, or 0 when it is not one.
    int regulationEDays(const QString& providerKey, const QString& subtype,
                        const QString& kind) const;
    // Whether a payment through `providerKey` may be funded either way: from the balance or a
    // bank account (an electronic fund transfer) or by a credit card (not one). PayPal and
    // Venmo; a Cash App payment is from its balance.
    bool regulationEFundingVaries(const QString& providerKey) const;

    // The region's business days for the years `fromYear`..`toYear`: weekends and the public
    // holidays conventions.json gives rules for (US federal holidays, bank holidays of England
    // and Wales; none for regions whose holidays move by decree each year). A reply date and
    // Regulation E's 10 business days are counted with it.
    BusinessCalendar businessCalendar(int fromYear, int toYear) const;

private:
    LetterConventions() = default;

    QString m_region;
    QString m_language;
    QTimeZone m_zone;
    QLocale m_locale;
    QString m_datePattern;
    QString m_timePattern;
    QString m_dateTimePattern;
    bool m_zoneAlways = true;
    bool m_zoneHome = false; // the case's zone is one of the region's home zones
    QString m_zoneSuffix;
    QJsonObject m_zoneNames;
    QString m_salutation;
    QString m_salutationEnd;
    QString m_closing;
    bool m_dateAtTop = false;
    QJsonObject m_money;
    QJsonObject m_moneyAbroad;
    QJsonObject m_regulationE;
    QJsonArray m_holidays;
    // Lower-case word in the other spelling → the region's; empty when nothing to respell.
    QHash<QString, QString> m_respell;
    QRegularExpression m_respellWords;
};

} // namespace wc::core
