// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "letters/LetterPhrases.h"

#include "letters/LetterDrafter.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

Result<LetterPhrases> LetterPhrases::load(const QString& language)
{
    const QString path = u":/letters/%1/phrases.json"_s.arg(language);
    QFile file(path);
    QJsonParseError parseError{};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll(), &parseError)
        : QJsonDocument();
    if (!doc.isObject() || doc.object().value(u"format"_s) != u"walletcase-letter-phrases"_s) {
        return Error{ErrorCode::Internal,
                     LetterDrafter::tr("The letter wording data is damaged. Reinstall WalletCase."),
                     u"bad %1: %2 %3"_s.arg(path, file.errorString(), parseError.errorString())};
    }
    return LetterPhrases(doc.object());
}

QString LetterPhrases::subtype(const QString& subtype, const QString& key) const
{
    const QString specific =
        m_root.value(u"subtypes"_s).toObject().value(subtype).toObject().value(key).toString();
    return specific.isEmpty() ? in(u"generic"_s, key) : specific;
}

QString LetterPhrases::count(const QString& group, qint64 n) const
{
    const QString key = n == 1 ? u"one"_s : (n == 2 ? u"two"_s : u"many"_s);
    QString pattern = in(group, key);
    if (pattern.isEmpty())
        pattern = in(group, u"many"_s);
    return pattern.replace(u"%1"_s, QString::number(n));
}

namespace {

QJsonValue respelledValue(const QJsonValue& value,
                          const std::function<QString(const QString&)>& respell)
{
    if (value.isString())
        return respell(value.toString());
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = respelledValue(it.value(), respell);
        return object;
    }
    return value;
}

} // namespace

LetterPhrases LetterPhrases::respelled(const std::function<QString(const QString&)>& respell) const
{
    return LetterPhrases(respelledValue(m_root, respell).toObject());
}

QString asSentence(const QString& text, const QString& end)
{
    QString t = text.trimmed();
    static const QString enders = u"。！？.!?…"_s;
    if (!t.isEmpty() && !enders.contains(t.back()))
        t += end;
    return t;
}

QString asClause(const QString& text)
{
    QString t = text.simplified();
    static const QString trailing = u"。，、；：！？.,;:!?"_s;
    while (!t.isEmpty() && trailing.contains(t.back()))
        t.chop(1);
    return t.trimmed();
}

} // namespace wc::core
