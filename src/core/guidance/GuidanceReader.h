// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// Reading the guidance data files (taxonomy.json, providers.json, provider overrides) field by
// field. Internal to the guidance code.

#include "guidance/LocalizedText.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace wc::core::guidance {

enum class Need
{
    Required,
    Optional
};

// Keeps the first problem found, with where it is ("families[0].subtypes[2].key"), so a file
// edited by hand says exactly where it went wrong. After a problem every read returns an empty
// value, which lets the parsers run straight through and check once at the end.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::GuidanceReader)

public:
    // `document` names the data for the user, `advice` says what to do about a problem in it,
    // `technicalName` prefixes the log detail.
    Reader(QString document, QString advice, QString technicalName);

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    void fail(const QString& problem, const QString& detail,
              ErrorCode code = ErrorCode::InvalidArgument);

    // The root object of `json`.
    QJsonObject document(const QByteArray& json);
    // Checks "schema_version" against the newest version this build reads.
    int schemaVersion(const QJsonObject& root, int supported);

    QString string(const QJsonObject& o, QLatin1String key, const QString& where,
                   Need need = Need::Required);
    LocalizedText text(const QJsonObject& o, QLatin1String key, const QString& where,
                       Need need = Need::Required);
    bool flag(const QJsonObject& o, QLatin1String key, const QString& where);
    QStringList strings(const QJsonObject& o, QLatin1String key, const QString& where);
    // The objects in a list, each with its path.
    QList<std::pair<QJsonObject, QString>> objects(const QJsonObject& o, QLatin1String key,
                                                   const QString& where,
                                                   Need need = Need::Required);

    static QString path(const QString& where, QLatin1String key);
    // The bytes of a data file compiled into the application (":/data/…").
    static Result<QByteArray> readResource(const QString& resourcePath);

private:
    void missing(const QString& at);
    void wrongType(const QString& at, const QString& expected);

    QString m_document;
    QString m_advice;
    QString m_technicalName;
    std::optional<Error> m_error;
};

} // namespace wc::core::guidance
