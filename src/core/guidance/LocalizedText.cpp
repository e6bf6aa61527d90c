// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/LocalizedText.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

QString LocalizedText::text(const QString& language) const
{
    QString wanted = language;
    wanted.replace(u'-', u'_');
    if (const QString exact = byLanguage.value(wanted); !exact.isEmpty())
        return exact;
    // A reader of "zh" or "zh_SG" is better served by zh_CN than by English.
    const QString base = wanted.section(u'_', 0, 0);
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!it->isEmpty() && it.key().section(u'_', 0, 0) == base)
            return it.value();
    }
    if (const QString english = byLanguage.value(u"en"_s); !english.isEmpty())
        return english;
    for (const QString& any : byLanguage) {
        if (!any.isEmpty())
            return any;
    }
    return {};
}

bool LocalizedText::isEmpty() const
{
    for (const QString& t : byLanguage) {
        if (!t.isEmpty())
            return false;
    }
    return true;
}

} // namespace wc::core
