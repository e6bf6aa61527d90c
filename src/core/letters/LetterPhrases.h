// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <functional>

#include <QJsonObject>
#include <QString>

namespace wc::core {

// A letter language's wording data, resources/letters/<language>/phrases.json: one sentence per
// subtype, remedies, channels, the addressees' names, the security steps and the Regulation E
// notice. What a letter says lives here and in the templates; how its region writes dates, times
// and money lives in LetterConventions. Internal to the letter drafter.
class LetterPhrases
{
public:
    static Result<LetterPhrases> load(const QString& language);

    QString text(const QString& key) const { return m_root.value(key).toString(); }
    QString in(const QString& group, const QString& key) const
    {
        return m_root.value(group).toObject().value(key).toString();
    }
    QJsonObject group(const QString& group) const { return m_root.value(group).toObject(); }
    // The subtype's own wording, else the generic one.
    QString subtype(const QString& subtype, const QString& key) const;
    // "1 day", "%1 days" … from a group with one/two/many patterns.
    QString count(const QString& group, qint64 n) const;
    // The same wording with every text passed through `respell` (a region's spelling).
    LetterPhrases respelled(const std::function<QString(const QString&)>& respell) const;

private:
    explicit LetterPhrases(QJsonObject root) : m_root(std::move(root)) {}
    QJsonObject m_root;
};

// User text ended with a full stop of the letter's language unless it already ends a sentence.
QString asSentence(const QString& text, const QString& end);
// Text that ends inside a list item or a label: trailing punctuation trimmed.
QString asClause(const QString& text);

} // namespace wc::core
