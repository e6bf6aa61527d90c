// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QString>

namespace wc::report {

// Repairs the text layer (the ToUnicode maps) of a PDF written by QPdfWriter, so copying,
// searching and pdftotext give back the characters that were drawn.
//
// Why: Qt writes each embedded font's ToUnicode map by walking the code points U+0000–U+FFFF in
// ascending order and keeping, for each glyph, the FIRST code point the font's cmap maps to it.
// Noto Sans CJK maps a Kangxi radical and its ideograph to one glyph (U+2F08 ⼈ and U+4EBA 人),
// and the radical blocks (U+2E80–U+2FDF) come before the ideographs, so 人 一 日 月 金 户 页 民 …
// come back as radicals. Likewise a space glyph shared with U+0009 comes back as a tab.
//
// The fix is done after writing, on the finished file: every ToUnicode entry that names a code
// point the document never drew is replaced by the drawn character that the same font maps to
// the same glyph (found through `fonts`, the fonts the document was drawn with). What remains is
// corrected by Unicode's own equivalence (a Kangxi radical's compatibility decomposition).
// Only the ToUnicode streams change; the page content and the fonts stay byte for byte.
class PdfTextLayer
{
public:
    struct Outcome
    {
        QByteArray pdf;
        int mapsRepaired = 0;   // ToUnicode maps that were rewritten
        int entriesChanged = 0; // glyph → text entries corrected
    };

    // `drawn`: all the text the document drew (order and repetition do not matter).
    static core::Result<Outcome> repair(const QByteArray& pdf, const QString& drawn,
                                        const QList<QRawFont>& fonts);

    // The glyph → text entries of a ToUnicode CMap (bfchar and bfrange, both forms).
    static QMap<quint32, QString> parseCMap(const QByteArray& cmap);
    // A ToUnicode CMap with these entries.
    static QByteArray writeCMap(const QMap<quint32, QString>& entries);
};

} // namespace wc::report
