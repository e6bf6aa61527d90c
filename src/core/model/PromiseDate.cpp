// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "model/PromiseDate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

bool promiseNamesDate(const QString& words, const QDate& by)
{
    if (!by.isValid() || words.trimmed().isEmpty())
        return false;
    const QLocale english(QLocale::English);
    const QString month = QRegularExpression::escape(english.monthName(by.month()));
    const QString shortMonth =
        QRegularExpression::escape(english.monthName(by.month(), QLocale::ShortFormat));
    const QString names = u"(?:%1|%2)\\.?"_s.arg(month, shortMonth);
    const QString day = u"0?%1(?:st|nd|rd|th)?"_s.arg(by.day());
    const QString m = u"0?%1"_s.arg(by.month());
    const QString d = u"0?%1"_s.arg(by.day());
    const QStringList patterns{
        u"\\b%1\\s+%2\\b"_s.arg(names, day),                 // December 10, Dec. 10th
        u"\\b%1\\s+(?:of\\s+)?%2\\b"_s.arg(day, names),     // 10 December, 10th of Dec
        u"(?<![0-9/])%1/%2(?![0-9])"_s.arg(m, d),                   // 12/10, 12/10/2026
        u"\\b%1-%2-%3\\b"_s.arg(by.year()).arg(m, d),          // 2026-12-10
        u"%1\\s*月\\s*%2\\s*[日号]"_s.arg(by.month()).arg(d), // 12月10日
    };
    for (const QString& pattern : patterns) {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        if (re.match(words).hasMatch())
            return true;
    }
    return false;
}

} // namespace wc::core
