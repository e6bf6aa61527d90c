// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "statements/StatementEncoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

QString decodeWith(const QString& name, QByteArrayView bytes, bool* hadErrors)
{
    QStringDecoder decoder(name.toLatin1().constData());
    QString text = decoder.decode(bytes);
    *hadErrors = decoder.hasError();
    return text;
}

} // namespace

namespace {

struct Utf8Counts
{
    qsizetype multibyte = 0; // valid sequences of two to four bytes
    qsizetype invalid = 0;   // bytes that start no valid sequence
};

// Stops early once `stopAtInvalid` bad bytes were seen (0: never), or with `stopWhenDecided`
// once the rest of the data can no longer bring guess()'s ratio back to UTF-8 (each valid
// sequence takes at least two bytes): a GBK file is told apart in its first few percent.
Utf8Counts countUtf8(QByteArrayView data, qsizetype stopAtInvalid = 0, bool stopWhenDecided = false)
{
    Utf8Counts counts;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            // Runs of ASCII eight bytes at a time.
            while (i + 8 <= n) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            continue;
        }
        int extra = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                min = 0xA0; // overlong
            else if (c == 0xED)
                max = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                min = 0x90;
            else if (c == 0xF4)
                max = 0x8F;
        }
        bool valid = extra > 0 && i + extra < n && p[i + 1] >= min && p[i + 1] <= max;
        for (int k = 2; valid && k <= extra; ++k)
            valid = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (valid) {
            ++counts.multibyte;
            i += extra + 1;
        } else {
            ++counts.invalid;
            ++i;
            if (stopAtInvalid > 0 && counts.invalid >= stopAtInvalid)
                break;
            if (stopWhenDecided && counts.invalid * 50 > counts.multibyte + (n - i) / 2)
                break;
        }
    }
    return counts;
}

} // namespace

bool StatementEncoding::isValidUtf8(QByteArrayView data)
{
    return countUtf8(data, 1).invalid == 0;
}

namespace {

// UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte. Empty when
// the data does not look like UTF-16.
QString utf16Guess(QByteArrayView data)
{
    const qsizetype sample = std::min<qsizetype>(data.size() & ~qsizetype(1), 4096);
    qsizetype zerosEven = 0, zerosOdd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (data[i] == 0)
            ++(i % 2 == 0 ? zerosEven : zerosOdd);
    }
    if (sample >= 8 && (zerosEven + zerosOdd) * 4 >= sample) {
        if (zerosOdd > zerosEven * 4)
            return u"UTF-16LE"_s;
        if (zerosEven > zerosOdd * 4)
            return u"UTF-16BE"_s;
    }
    return {};
}

// True when the data ends within a multi-byte UTF-8 sequence (a stateful decoder keeps such
// bytes back instead of reporting them).
bool endsInsideUtf8Sequence(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    qsizetype lead = n - 1;
    while (lead >= 0 && lead > n - 4 && (p[lead] & 0xC0) == 0x80)
        --lead;
    if (lead < 0)
        return n > 0;
    const unsigned char c = p[lead];
    const qsizetype length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return n - lead < length;
}

// The data as UTF-8 when all of it is valid UTF-8, else nullopt; stops at the first megabyte
// with an error, so a GBK file costs little more than its first megabyte. Valid UTF-8 is what
// guess() calls UTF-8 (Qt's decoder refuses the overlong forms, surrogates and code points past
// U+10FFFF that countUtf8 counts as invalid), so this is the same decision without guess()'s
// pass over every byte.
std::optional<QString> decodeValidUtf8(QByteArrayView data)
{
    if (endsInsideUtf8Sequence(data))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text(data.size(), Qt::Uninitialized);
    QChar* end = text.data();
    constexpr qsizetype Block = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += Block) {
        end = decoder.appendToBuffer(end, data.sliced(at, std::min(Block, data.size() - at)));
        if (decoder.hasError())
            return std::nullopt;
    }
    text.truncate(end - text.constData());
    return text;
}

} // namespace

QString StatementEncoding::guess(QByteArrayView data)
{
    if (QString utf16 = utf16Guess(data); !utf16.isEmpty())
        return utf16;
    // GBK text read as UTF-8 is invalid at one pair in two or three; a UTF-8 export with a
    // damaged byte or two is invalid at one place in thousands. Up to one bad byte in fifty
    // valid characters still reads as UTF-8.
    const Utf8Counts counts = countUtf8(data, 0, true);
    if (counts.invalid == 0 || (counts.multibyte > 0 && counts.invalid * 50 <= counts.multibyte))
        return u"UTF-8"_s;
    return u"GB18030"_s;
}

QString StatementEncoding::alternative(const QString& encoding)
{
    if (encoding == u"UTF-8"_s)
        return u"GB18030"_s;
    if (encoding == u"GB18030"_s)
        return u"UTF-8"_s;
    return {};
}

QString StatementEncoding::canonicalName(const QString& encoding)
{
    const QString name = encoding.trimmed().toUpper().remove(u'_');
    if (name.isEmpty())
        return {};
    if (name == u"GBK"_s || name == u"GB2312"_s || name == u"CP936"_s || name == u"GB18030"_s ||
        name == u"GB-18030"_s || name == u"EUC-CN"_s)
        return u"GB18030"_s;
    if (name == u"UTF8"_s || name == u"UTF-8"_s || name == u"UTF-8-SIG"_s)
        return u"UTF-8"_s;
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return {};
    return QString::fromLatin1(decoder.name());
}

QStringList StatementEncoding::offered()
{
    return {u"UTF-8"_s, u"GB18030"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Big5"_s, u"windows-1252"_s};
}

DecodedText StatementEncoding::decode(const QByteArray& data, const QString& encoding)
{
    DecodedText out;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.bom = true;
        out.encoding = u"UTF-8"_s;
        bytes = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        out.bom = true;
        out.encoding = u"UTF-16LE"_s;
        bytes = bytes.sliced(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        out.bom = true;
        out.encoding = u"UTF-16BE"_s;
        bytes = bytes.sliced(2);
    }
    if (!encoding.isEmpty()) {
        const QString chosen = canonicalName(encoding);
        // A BOM of another encoding than the one chosen is not a BOM of the chosen one.
        if (out.bom && chosen != out.encoding) {
            bytes = QByteArrayView(data);
            out.bom = false;
        }
        out.encoding = chosen.isEmpty() ? encoding : chosen;
    } else if (!out.bom) {
        // Most files are valid UTF-8: decoding them at once settles it.
        if (utf16Guess(bytes).isEmpty()) {
            if (auto utf8 = decodeValidUtf8(bytes)) {
                out.encoding = u"UTF-8"_s;
                out.text = std::move(*utf8);
                return out;
            }
        }
        out.encoding = guess(bytes);
    }
    out.text = decodeWith(out.encoding, bytes, &out.hadErrors);
    return out;
}

} // namespace wc::core
