// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/GuidanceReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::guidance {

Reader::Reader(QString document, QString advice, QString technicalName)
    : m_document(std::move(document)), m_advice(std::move(advice)),
      m_technicalName(std::move(technicalName))
{
}

void Reader::fail(const QString& problem, const QString& detail, ErrorCode code)
{
    if (m_error)
        return;
    m_error = Error{code, tr("%1 cannot be used. %2 %3").arg(m_document, problem, m_advice),
                    m_technicalName + u": "_s + detail};
}

QString Reader::path(const QString& where, QLatin1String key)
{
    if (where.isEmpty())
        return QString(key);
    return where + u'.' + key;
}

Result<QByteArray> Reader::readResource(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound,
                     tr("Part of WalletCase's built-in guidance (%1) is missing from this "
                        "installation. Reinstall WalletCase.")
                         .arg(resourcePath.section(u'/', -1)),
                     u"cannot open resource "_s + resourcePath + u": "_s + file.errorString()};
    }
    return file.readAll();
}

void Reader::missing(const QString& at)
{
    fail(tr("The entry “%1” is missing or empty.").arg(at), at + u" missing or empty"_s);
}

void Reader::wrongType(const QString& at, const QString& expected)
{
    fail(tr("The entry “%1” should be %2.").arg(at, expected), at + u" has the wrong type"_s);
}

QJsonObject Reader::document(const QByteArray& json)
{
    if (!ok())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("It is not valid JSON (%1 near character %2).")
                 .arg(parseError.errorString())
                 .arg(parseError.offset),
             u"JSON parse error at offset %1: %2"_s.arg(parseError.offset)
                 .arg(parseError.errorString()));
        return {};
    }
    if (!doc.isObject()) {
        fail(tr("It should be a JSON object ({ … }) but is not."), u"root is not an object"_s);
        return {};
    }
    return doc.object();
}

int Reader::schemaVersion(const QJsonObject& root, int supported)
{
    if (!ok())
        return 0;
    const QJsonValue v = root.value("schema_version"_L1);
    // toInteger() falls back to its default for fractions, so two defaults tell them apart.
    const qint64 version = v.toInteger(0);
    if (!v.isDouble() || version != v.toInteger(1) || version < 1) {
        wrongType(u"schema_version"_s, tr("a whole number of 1 or more"));
        return 0;
    }
    if (version > supported) {
        fail(tr("It was written for a newer version of WalletCase (format %1; this version reads "
                "up to %2). Update WalletCase.")
                 .arg(version)
                 .arg(supported),
             u"schema_version %1 > %2"_s.arg(version).arg(supported), ErrorCode::TooNew);
        return 0;
    }
    return int(version);
}

QString Reader::string(const QJsonObject& o, QLatin1String key, const QString& where, Need need)
{
    if (!ok())
        return {};
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(path(where, key));
        return {};
    }
    if (!v.isString()) {
        wrongType(path(where, key), tr("text"));
        return {};
    }
    QString s = v.toString().trimmed();
    if (s.isEmpty() && need == Need::Required)
        missing(path(where, key));
    return s;
}

LocalizedText Reader::text(const QJsonObject& o, QLatin1String key, const QString& where, Need need)
{
    if (!ok())
        return {};
    const QString at = path(where, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(at);
        return {};
    }
    if (!v.isObject()) {
        wrongType(at, tr("texts by language, such as {\"zh_CN\": \"…\", \"en\": \"…\"}"));
        return {};
    }
    LocalizedText out;
    const QJsonObject byLanguage = v.toObject();
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (!it->isString()) {
            wrongType(at + u'.' + it.key(), tr("text"));
            return {};
        }
        out.byLanguage.insert(it.key(), it->toString().trimmed());
    }
    if (out.isEmpty() && need == Need::Required)
        missing(at);
    return out;
}

bool Reader::flag(const QJsonObject& o, QLatin1String key, const QString& where)
{
    if (!ok())
        return false;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool()) {
        wrongType(path(where, key), tr("true or false"));
        return false;
    }
    return v.toBool();
}

QStringList Reader::strings(const QJsonObject& o, QLatin1String key, const QString& where)
{
    if (!ok())
        return {};
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    const QString at = path(where, key);
    if (!v.isArray()) {
        wrongType(at, tr("a list of texts"));
        return {};
    }
    QStringList out;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            wrongType(at, tr("a list of texts"));
            return {};
        }
        out << item.toString().trimmed();
    }
    return out;
}

QList<std::pair<QJsonObject, QString>> Reader::objects(const QJsonObject& o, QLatin1String key,
                                                       const QString& where, Need need)
{
    if (!ok())
        return {};
    const QString at = path(where, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            missing(at);
        return {};
    }
    if (!v.isArray()) {
        wrongType(at, tr("a list"));
        return {};
    }
    const QJsonArray array = v.toArray();
    QList<std::pair<QJsonObject, QString>> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemAt = at + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            wrongType(itemAt, tr("an object ({ … })"));
            return {};
        }
        out.append({array.at(i).toObject(), itemAt});
    }
    return out;
}

} // namespace wc::core::guidance
