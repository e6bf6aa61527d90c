// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/PdfTextLayer.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

core::Error malformed(const QString& what)
{
    // Only ever our own QPdfWriter output reaches this: a failure is a bug, not the user's doing.
    return core::Error{core::ErrorCode::Internal,
                       QCoreApplication::translate("wc::report::PdfTextLayer",
                                                   "The PDF could not be finished. Please report "
                                                   "this problem."),
                       u"pdf text layer: "_s + what};
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// Reads an unsigned integer at `pos`, skipping white space first; advances `pos`.
std::optional<qint64> readNumber(const QByteArray& data, qsizetype& pos)
{
    while (pos < data.size() && isSpace(data[pos]))
        ++pos;
    const qsizetype start = pos;
    while (pos < data.size() && data[pos] >= '0' && data[pos] <= '9')
        ++pos;
    if (pos == start)
        return std::nullopt;
    return data.mid(start, pos - start).toLongLong();
}

QString fromHexUtf16(const QByteArray& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]))));
    return s;
}

QByteArray toHexUtf16(const QString& text)
{
    QByteArray out;
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

// The PostScript name (name ID 6) of a font, which Qt writes as the PDF font's /BaseFont.
QByteArray postScriptName(const QRawFont& font)
{
    const QByteArray name = font.fontTable("name");
    if (name.size() < 6)
        return {};
    const auto u16 = [&](qsizetype at) -> quint16 {
        return at + 2 <= name.size() ? qFromBigEndian<quint16>(name.constData() + at) : 0;
    };
    const quint16 count = u16(2);
    const quint16 storage = u16(4);
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype rec = 6 + qsizetype(i) * 12;
        if (u16(rec + 6) != 6)
            continue;
        const quint16 platform = u16(rec);
        const qsizetype length = u16(rec + 8);
        const qsizetype offset = storage + u16(rec + 10);
        const QByteArray raw = name.mid(offset, length);
        if (platform == 3 || platform == 0) // UTF-16BE
            return fromHexUtf16(raw.toHex()).toLatin1();
        return raw;
    }
    return {};
}

QByteArray comparable(QByteArray name)
{
    name.removeIf([](char c) {
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    });
    return name.toLower();
}

char32_t codePointOf(const QString& text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4[0]) : 0;
}

quint32 glyphOf(const QRawFont& font, char32_t c)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&c, 1));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

bool isRadicalOrStroke(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF);
}

// For one font: which drawn characters each glyph stands for.
struct GlyphSources
{
    QByteArray name;
    QRawFont font;
    QHash<quint32, char32_t> drawnByGlyph;
};

class Repairer
{
public:
    Repairer(const QString& drawn, const QList<QRawFont>& fonts)
    {
        for (uint c : drawn.toUcs4())
            m_drawn.insert(char32_t(c));
        for (const QRawFont& font : fonts) {
            if (!font.isValid())
                continue;
            GlyphSources s{comparable(postScriptName(font)), font, {}};
            for (char32_t c : std::as_const(m_drawn)) {
                const quint32 g = glyphOf(font, c);
                if (g == 0)
                    continue;
                auto it = s.drawnByGlyph.find(g);
                // When two drawn characters share a glyph, the ideograph is the likelier text.
                if (it == s.drawnByGlyph.end())
                    s.drawnByGlyph.insert(g, c);
                else if (isRadicalOrStroke(*it))
                    *it = c;
            }
            m_sources.append(std::move(s));
        }
    }

    // The text a ToUnicode entry should have, or empty when it is right as it is.
    QString fix(const QString& text, const QByteArray& baseFont) const
    {
        const char32_t c = codePointOf(text);
        if (c == 0)
            return {};
        if (c < 0x20)
            return u" "_s; // the space glyph is also the cmap's glyph for tab, CR and LF
        if (m_drawn.contains(c))
            return {};
        const QByteArray wanted = comparable(baseFont);
        for (int pass = 0; pass < 2; ++pass) {
            for (const GlyphSources& s : m_sources) {
                // First the font the PDF names, then any (a renamed font still gets repaired).
                if (pass == 0 && s.name != wanted)
                    continue;
                const quint32 g = glyphOf(s.font, c);
                if (g == 0)
                    continue;
                if (auto it = s.drawnByGlyph.constFind(g); it != s.drawnByGlyph.cend())
                    return QString::fromUcs4(&*it, 1);
            }
        }
        // A glyph no drawn character maps to: a ligature (ﬁ → fi) or a radical the fonts did
        // not explain. Its compatibility decomposition is the text, when that was drawn.
        const QString d = QChar::decomposition(c);
        if (QChar::decompositionTag(c) == QChar::Compat && !d.isEmpty()) {
            const QList<uint> parts = d.toUcs4();
            if (std::all_of(parts.cbegin(), parts.cend(),
                            [&](uint p) { return m_drawn.contains(char32_t(p)); }) ||
                (c >= 0x2F00 && c <= 0x2FDF))
                return d;
        }
        return {};
    }

private:
    QSet<char32_t> m_drawn;
    QList<GlyphSources> m_sources;
};

struct PdfObject
{
    qint64 number = 0;
    qint64 generation = 0;
    qsizetype offset = 0;
    qsizetype end = 0;
};

} // namespace

QMap<quint32, QString> PdfTextLayer::parseCMap(const QByteArray& cmap)
{
    static const QRegularExpression hex(u"<([0-9A-Fa-f]*)>"_s);
    QMap<quint32, QString> entries;
    const QString text = QString::fromLatin1(cmap);
    const auto blocks = [&](const QString& begin, const QString& end, auto handle) {
        qsizetype from = 0;
        while ((from = text.indexOf(begin, from)) >= 0) {
            const qsizetype to = text.indexOf(end, from);
            if (to < 0)
                return;
            const QString body = text.mid(from + begin.size(), to - from - begin.size());
            for (const QString& line : body.split(u'\n', Qt::SkipEmptyParts))
                handle(line);
            from = to;
        }
    };
    blocks(u"beginbfchar"_s, u"endbfchar"_s, [&](const QString& line) {
        QStringList h;
        for (const auto& m : hex.globalMatch(line))
            h << m.captured(1);
        if (h.size() == 2)
            entries.insert(h[0].toUInt(nullptr, 16), fromHexUtf16(h[1].toLatin1()));
    });
    blocks(u"beginbfrange"_s, u"endbfrange"_s, [&](const QString& line) {
        QStringList h;
        for (const auto& m : hex.globalMatch(line))
            h << m.captured(1);
        if (h.size() < 3)
            return;
        const quint32 first = h[0].toUInt(nullptr, 16);
        const quint32 last = h[1].toUInt(nullptr, 16);
        if (line.contains(u'[')) { // <first> <last> [<u1> <u2> …]
            for (quint32 g = first; g <= last && qsizetype(g - first) + 2 < h.size(); ++g)
                entries.insert(g, fromHexUtf16(h[qsizetype(g - first) + 2].toLatin1()));
        } else { // <first> <last> <u>: consecutive code points
            QString base = fromHexUtf16(h[2].toLatin1());
            for (quint32 g = first; g <= last && !base.isEmpty(); ++g) {
                entries.insert(g, base);
                base.back() = QChar(char16_t(base.back().unicode() + 1));
            }
        }
    });
    return entries;
}

QByteArray PdfTextLayer::writeCMap(const QMap<quint32, QString>& entries)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<quint32> glyphs;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.value().isEmpty())
            glyphs << it.key();
    }
    // At most 100 entries per block, as the CMap format asks.
    for (qsizetype i = 0; i < glyphs.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, glyphs.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j) {
            out += '<' + QByteArray::number(glyphs[j], 16).rightJustified(4, '0').toUpper() +
                   "> <" + toHexUtf16(entries.value(glyphs[j])) + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

core::Result<PdfTextLayer::Outcome>
PdfTextLayer::repair(const QByteArray& pdf, const QString& drawn, const QList<QRawFont>& fonts)
{
    // QPdfWriter writes one classic cross-reference table and no object streams; that is all
    // this needs to understand.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return malformed(u"no startxref"_s);
    qsizetype pos = startxref + 9;
    const auto xrefAt = readNumber(pdf, pos);
    if (!xrefAt || *xrefAt <= 0 || *xrefAt >= startxref || !pdf.mid(*xrefAt, 4).startsWith("xref"))
        return malformed(u"no classic xref table"_s);
    const qsizetype trailer = pdf.indexOf("trailer", *xrefAt);
    if (trailer < 0 || trailer > startxref)
        return malformed(u"no trailer"_s);

    QList<PdfObject> objects;
    qint64 highest = 0;
    pos = *xrefAt + 4;
    while (pos < trailer) {
        const auto first = readNumber(pdf, pos);
        const auto count = readNumber(pdf, pos);
        if (!first || !count)
            break;
        for (qint64 i = 0; i < *count; ++i) {
            const auto offset = readNumber(pdf, pos);
            const auto generation = readNumber(pdf, pos);
            while (pos < trailer && isSpace(pdf[pos]))
                ++pos;
            if (!offset || !generation || pos >= trailer)
                return malformed(u"bad xref entry"_s);
            const char kind = pdf[pos++];
            highest = std::max(highest, *first + i);
            if (kind == 'n')
                objects.append({*first + i, *generation, qsizetype(*offset), 0});
        }
    }
    if (objects.isEmpty())
        return malformed(u"empty xref"_s);
    std::sort(objects.begin(), objects.end(),
              [](const PdfObject& a, const PdfObject& b) { return a.offset < b.offset; });
    for (qsizetype i = 0; i < objects.size(); ++i) {
        objects[i].end = i + 1 < objects.size() ? objects[i + 1].offset : qsizetype(*xrefAt);
        if (objects[i].offset <= 0 || objects[i].end <= objects[i].offset)
            return malformed(u"overlapping objects"_s);
    }

    // Which objects are ToUnicode maps, and the /BaseFont of the font that uses each.
    static const QRegularExpression toUnicodeRef(u"/ToUnicode\\s+(\\d+)\\s+\\d+\\s+R"_s);
    static const QRegularExpression baseFontName(u"/BaseFont\\s*/([^\\s/<>\\[\\]()]+)"_s);
    QHash<qint64, QByteArray> maps;
    for (const PdfObject& o : std::as_const(objects)) {
        QByteArray head = pdf.mid(o.offset, o.end - o.offset);
        if (const qsizetype s = head.indexOf("stream"); s >= 0)
            head.truncate(s); // never search binary stream data
        const QString dict = QString::fromLatin1(head);
        const auto ref = toUnicodeRef.match(dict);
        if (ref.hasMatch())
            maps.insert(ref.captured(1).toLongLong(),
                        baseFontName.match(dict).captured(1).toLatin1());
    }

    Outcome outcome;
    const Repairer repairer(drawn, fonts);
    QHash<qint64, QByteArray> replaced;
    for (const PdfObject& o : std::as_const(objects)) {
        if (!maps.contains(o.number))
            continue;
        const QByteArray body = pdf.mid(o.offset, o.end - o.offset);
        const qsizetype s = body.indexOf("stream");
        const qsizetype e = body.lastIndexOf("endstream");
        if (s < 0 || e < s)
            return malformed(u"ToUnicode is not a stream"_s);
        qsizetype dataStart = s + 6;
        if (body.mid(dataStart, 2) == "\r\n")
            dataStart += 2;
        else if (body.mid(dataStart, 1) == "\n")
            dataStart += 1;
        QByteArray data = body.mid(dataStart, e - dataStart);
        if (body.left(s).contains("/FlateDecode")) {
            QByteArray sized(4, '\0');
            qToBigEndian<quint32>(quint32(std::max<qsizetype>(data.size() * 16, 4096)),
                                  sized.data());
            data = qUncompress(sized + data);
            if (data.isEmpty())
                return malformed(u"ToUnicode does not inflate"_s);
        }
        QMap<quint32, QString> entries = parseCMap(data);
        int changed = 0;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QString fixed = repairer.fix(it.value(), maps.value(o.number));
            if (!fixed.isEmpty() && fixed != it.value()) {
                it.value() = fixed;
                ++changed;
            }
        }
        if (changed == 0)
            continue;
        const QByteArray cmap = writeCMap(entries);
        replaced.insert(o.number, QByteArray::number(o.number) + ' ' +
                                      QByteArray::number(o.generation) + " obj\n<< /Length " +
                                      QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap +
                                      "\nendstream\nendobj\n");
        ++outcome.mapsRepaired;
        outcome.entriesChanged += changed;
    }
    if (replaced.isEmpty()) {
        outcome.pdf = pdf;
        return outcome;
    }

    // Same objects in the same order, with new offsets for everything after a changed map.
    QByteArray& out = outcome.pdf;
    out.reserve(pdf.size() + 4096);
    out += pdf.left(objects.first().offset);
    QHash<qint64, PdfObject> placed;
    for (const PdfObject& o : std::as_const(objects)) {
        PdfObject p = o;
        p.offset = out.size();
        placed.insert(o.number, p);
        out += replaced.contains(o.number) ? replaced.value(o.number)
                                           : pdf.mid(o.offset, o.end - o.offset);
    }
    const qsizetype newXref = out.size();
    out += "xref\n0 " + QByteArray::number(highest + 1) + '\n';
    for (qint64 n = 0; n <= highest; ++n) {
        if (auto it = placed.constFind(n); it != placed.cend()) {
            out += QByteArray::number(it->offset).rightJustified(10, '0') + ' ' +
                   QByteArray::number(it->generation).rightJustified(5, '0') + " n \n";
        } else {
            out += "0000000000 65535 f \n";
        }
    }
    out += pdf.mid(trailer, startxref - trailer);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return outcome;
}

} // namespace wc::report
