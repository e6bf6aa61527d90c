// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QMap>
#include <QString>

namespace wc::core {

// One piece of guidance text in several languages ("zh_CN", "en"), as the data files hold it.
// Guidance lives in data rather than in tr() so it can be corrected without a rebuild; English is
// the fallback because every shipped text has it.
struct LocalizedText
{
    QMap<QString, QString> byLanguage;

    // The text in `language` ("zh_CN", "zh-CN", "zh" and "en_GB" all work), else English, else
    // whatever language there is; empty only when there is no text at all.
    QString text(const QString& language) const;
    bool has(const QString& language) const { return !byLanguage.value(language).isEmpty(); }
    bool isEmpty() const;
};

} // namespace wc::core
