// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "model/Masking.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

// Works on code points, not UTF-16 units: a character outside the BMP (rare Chinese characters,
// emoji) must be masked as one character, not left half visible.
bool significant(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

// Masks the significant characters of `text` except `head` at the start and `tail` at the end.
// Separators (spaces, dashes, underscores) stay, so a grouped card number keeps its shape.
QString maskMiddle(const QList<uint>& text, qsizetype count, qsizetype head, qsizetype tail)
{
    QString out;
    qsizetype seen = 0;
    for (const uint code : text) {
        const char32_t c = char32_t(code);
        if (!significant(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        if (seen >= head && seen < count - tail)
            out += u'*';
        else
            out += QString::fromUcs4(&c, 1);
        ++seen;
    }
    return out;
}

} // namespace

QString maskAccount(const QString& account)
{
    const QString value = account.trimmed();
    if (value.isEmpty())
        return {};
    const qsizetype at = value.indexOf(u'@');
    if (at > 0) {
        // Keep the domain (the provider needs it to find the account) and at most the first
        // character of the mailbox; a one-character mailbox is hidden entirely.
        const QList<uint> mailbox = value.left(at).toUcs4();
        const char32_t head = char32_t(mailbox.value(0));
        const QString first = mailbox.size() > 1 ? QString::fromUcs4(&head, 1) : QString();
        return first + u"***"_s + value.mid(at);
    }
    const QList<uint> chars = value.toUcs4();
    qsizetype count = 0;
    for (const uint c : chars)
        count += significant(char32_t(c)) ? 1 : 0;
    if (count == 0)
        return u"***"_s; // nothing recognisable to keep, and nothing to show either
    // Never more than half shows: short values keep only their end, mobile numbers the usual
    // 3 + 4 (138****5678), card and wallet numbers 4 + 4.
    if (count <= 10)
        return maskMiddle(chars, count, 0, qMin<qsizetype>(4, count / 2));
    if (count <= 12)
        return maskMiddle(chars, count, 3, 4);
    return maskMiddle(chars, count, 4, 4);
}

} // namespace wc::core
