// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace wc::core {

struct DecodedText
{
    QString text;
    QString encoding; // canonical name: "UTF-8", "GB18030", "UTF-16LE" …
    bool bom = false;
    bool hadErrors = false; // some bytes were not valid in `encoding` and became U+FFFD
};

// Turns a statement file's bytes into text. Chinese wallets export GBK (read as GB18030, its
// superset) or UTF-8 with or without a byte order mark; QStringConverter::encodingForData() does
// not recognise GBK, so the rule is: a BOM decides; else UTF-16 without a BOM shows by its zero
// bytes; else text that is UTF-8 but for a few bad bytes (one damaged byte in an export of
// thousands of Chinese characters) is UTF-8, the bad bytes becoming U+FFFD on their lines;
// else GB18030. The caller may name the encoding instead (the user's override).
class StatementEncoding
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::StatementEncoding)

public:
    // `encoding` empty: detect. GBK, GB2312 and CP936 are read as GB18030.
    static DecodedText decode(const QByteArray& data, const QString& encoding = {});
    // The canonical name of an encoding a user typed ("gbk" → "GB18030", "utf8" → "UTF-8"), or
    // an empty string when there is no decoder for it.
    static QString canonicalName(const QString& encoding);
    // The encodings an override menu offers, most likely first.
    static QStringList offered();
    // True when `data` is entirely valid UTF-8.
    static bool isValidUtf8(QByteArrayView data);
    // What detection would choose for `data` (without a BOM).
    static QString guess(QByteArrayView data);
    // The encoding to try next when text read as `encoding` has no statement in it: GB18030 for
    // UTF-8 and UTF-8 for GB18030; empty for others.
    static QString alternative(const QString& encoding);
};

} // namespace wc::core
