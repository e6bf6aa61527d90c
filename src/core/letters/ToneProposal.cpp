// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// ToneChecker's proposals: the sentence a finding is in, the safe mechanical rewrite of it and
// whether it can simply be removed. Kept apart from the matching in ToneChecker.cpp because the
// rules here are about editing text, not finding words.
#include "letters/ToneChecker.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

bool isClosing(QChar c)
{
    return u"\"'”’」』）)】]"_s.contains(c);
}

bool isOpening(QChar c)
{
    return u"\"'“‘「『（(【["_s.contains(c);
}

bool isCommaLike(QChar c)
{
    return u",，、;；"_s.contains(c);
}

bool isTerminal(QChar c)
{
    return u".!?。！？…"_s.contains(c);
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// Whether the mark at `i` ends a sentence. 。！？!? always do; a full stop or an ellipsis only
// when a space or the end follows, and a full stop not after an abbreviation (e.g., No., Mr.)
// or a lone letter, so "USD 49.99" and "e.g. the" stay one sentence.
bool endsSentence(const QString& t, qsizetype i)
{
    const QChar c = t.at(i);
    if (u"。！？!?"_s.contains(c))
        return true;
    if (c != u'.' && c != u'…')
        return false;
    qsizetype j = i + 1;
    while (j < t.size() && (isTerminal(t.at(j)) || isClosing(t.at(j))))
        ++j;
    if (j < t.size() && !t.at(j).isSpace())
        return false;
    if (c == u'.') {
        static const QStringList abbreviations{u"mr"_s,     u"mrs"_s, u"ms"_s,  u"dr"_s,  u"no"_s,
                                               u"nos"_s,    u"st"_s,  u"vs"_s,  u"etc"_s, u"ref"_s,
                                               u"approx"_s, u"inc"_s, u"ltd"_s, u"co"_s};
        qsizetype k = i;
        while (k > 0 && t.at(k - 1).isLetter())
            --k;
        const QString word = t.mid(k, i - k).toLower();
        if (word.size() == 1 || abbreviations.contains(word))
            return false;
    }
    return true;
}

// Punctuation in the letter's style: full-width in Chinese text.
QString mark(QChar ascii, bool fullWidth)
{
    if (!fullWidth)
        return QString(ascii);
    return ascii == u'?' ? u"？"_s : ascii == u'!' ? u"！"_s : u"。"_s;
}

// What is on each side of the passage s[a, b) once the spaces around it are skipped: whether
// it opens the sentence or follows a comma, and what comes after it. The drop rules decide
// from this whether a passage can go without taking the sentence with it.
struct Sides
{
    qsizetype left;  // the last non-space before the passage, -1 at the start
    qsizetype right; // the first non-space after it, s.size() at the end
    bool atStart;
    bool leftComma;
    bool rightComma;
    bool rightEnd;    // the end of the text or a sentence mark follows
    bool rightLetter; // a letter or digit follows

    static Sides of(const QString& s, qsizetype a, qsizetype b)
    {
        Sides x{};
        x.left = a - 1;
        while (x.left >= 0 && s.at(x.left).isSpace())
            --x.left;
        x.right = b;
        while (x.right < s.size() && s.at(x.right).isSpace())
            ++x.right;
        const bool more = x.right < s.size();
        x.atStart = x.left < 0;
        x.leftComma = !x.atStart && isCommaLike(s.at(x.left));
        x.rightComma = more && isCommaLike(s.at(x.right));
        x.rightEnd = !more || isTerminal(s.at(x.right));
        x.rightLetter = more && s.at(x.right).isLetterOrNumber();
        return x;
    }
};

struct Edit
{
    qsizetype start;
    qsizetype end;
    QString with;
};

} // namespace

std::pair<qsizetype, qsizetype> ToneChecker::sentenceSpan(const QString& text, qsizetype start,
                                                          qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    qsizetype begin = 0;
    for (qsizetype i = start - 1; i >= 0; --i) {
        if (isLineBreak(text.at(i)) || endsSentence(text, i)) {
            begin = i + 1;
            break;
        }
    }
    // A closing quote after the mark belongs to the sentence before.
    while (begin < start && (text.at(begin).isSpace() || isClosing(text.at(begin))))
        ++begin;

    qsizetype stop = text.size();
    for (qsizetype j = end > start && isTerminal(text.at(end - 1)) ? end - 1 : end; j < text.size();
         ++j) {
        if (isLineBreak(text.at(j))) {
            stop = j;
            break;
        }
        if (endsSentence(text, j) || (j == end - 1 && isTerminal(text.at(j)))) {
            // The whole run of marks and the quotes that close the sentence are part of it.
            qsizetype k = j + 1;
            while (k < text.size() && (isTerminal(text.at(k)) || isClosing(text.at(k))))
                ++k;
            stop = k;
            break;
        }
    }
    while (stop > begin && text.at(stop - 1).isSpace())
        --stop;
    return {begin, std::max(stop, begin)};
}

QString ToneChecker::placeholderIn(const QString& text)
{
    // The shapes the advice texts use for what only the user can fill in.
    static const QRegularExpression placeholder(
        u"\\[[\\p{L} ]{2,40}\\]|_{2,}|(?<![A-Za-z])[Xx]{1,2}[年月日号元]|(?<![A-Za-z])X{3,}(?![A-Za-z])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = placeholder.match(text);
    return m.hasMatch() ? m.captured() : QString();
}

ToneProposal ToneChecker::propose(const QString& text, const ToneFinding& finding) const
{
    ToneProposal p;
    p.advice = finding.suggestion;
    const QList<ToneFinding> all = check(text);
    auto [begin, end] = sentenceSpan(text, finding.start, finding.start + finding.length);
    // A finding that runs over a sentence boundary ("Great job... not.") takes both sentences.
    for (bool grown = true; grown;) {
        grown = false;
        for (const ToneFinding& f : all) {
            const qsizetype fEnd = f.start + f.length;
            if (f.start < end && fEnd > begin && (f.start < begin || fEnd > end)) {
                const auto wider =
                    sentenceSpan(text, std::min(begin, f.start), std::max(end, fEnd));
                grown = wider.first < begin || wider.second > end;
                begin = std::min(begin, wider.first);
                end = std::max(end, wider.second);
            }
        }
    }
    p.sentenceStart = begin;
    p.sentenceLength = end - begin;
    p.sentence = text.mid(begin, end - begin);
    for (const ToneFinding& f : all) {
        if (f.start >= begin && f.start + f.length <= end)
            p.findings.append(f);
    }

    p.removable = carriesNoFact(p);
    // A drop can bring the next one into reach ("You useless idiots never reply": without
    // "useless", "you idiots" names the reader), so the rewrite is tried again on its result.
    QString rewrite = p.sentence;
    for (int pass = 0; pass < 3; ++pass) {
        ToneProposal step;
        step.sentenceStart = begin;
        step.sentence = rewrite;
        step.sentenceLength = rewrite.size();
        const QString stepText = text.left(begin) + rewrite + text.mid(end);
        for (const ToneFinding& f : check(stepText)) {
            if (f.start >= begin && f.start + f.length <= begin + rewrite.size())
                step.findings.append(f);
        }
        QStringList changes;
        const QString next = rewriteSentence(stepText, step, changes);
        if (next == rewrite)
            break;
        rewrite = next;
        p.changes += changes;
    }
    // A proposal the user accepts must not keep an insult or an accusation: "You are useless
    // idiots!!!" is not calmed by "You are idiots." Such a sentence is either removed (when it
    // states no fact, as then anything heated left over is no reason to keep it) or left to the
    // user's own words.
    if (rewrite != p.sentence && !leavesAttack(rewrite, p.removable))
        p.rewrite = rewrite;
    else
        p.changes.clear();

    // What removing the sentence takes with it, so no empty bullet, stray space or doubled
    // blank line is left behind.
    qsizetype lineStart = begin;
    while (lineStart > 0 && !isLineBreak(text.at(lineStart - 1)))
        --lineStart;
    qsizetype lineEnd = end;
    while (lineEnd < text.size() && !isLineBreak(text.at(lineEnd)))
        ++lineEnd;
    static const QRegularExpression bulletOnly(
        u"^\\s*(?:[-*•·–]|\\d{1,3}[.)、]|[（(]\\d{1,3}[)）])?\\s*$"_s);
    const QString before = text.mid(lineStart, begin - lineStart);
    const QString after = text.mid(end, lineEnd - end);
    qsizetype from = begin;
    qsizetype to = end;
    if (after.trimmed().isEmpty() && bulletOnly.match(before).hasMatch()) {
        from = lineStart;
        to = lineEnd;
        if (lineEnd < text.size()) {
            to = lineEnd + 1;
            // Between two blank lines, the paragraph goes with one of them.
            const bool blankBefore =
                lineStart == 0 || (lineStart >= 2 && isLineBreak(text.at(lineStart - 2)));
            if (blankBefore && to < text.size() && isLineBreak(text.at(to)))
                ++to;
        } else if (lineStart > 0) {
            from = lineStart - 1;
        }
    } else if (!after.isEmpty() && after.at(0).isSpace() && !after.trimmed().isEmpty()) {
        while (to < lineEnd && text.at(to).isSpace())
            ++to;
    } else if (after.trimmed().isEmpty()) {
        while (from > lineStart && text.at(from - 1).isSpace())
            --from;
        to = lineEnd;
    }
    p.removeStart = from;
    p.removeLength = to - from;
    return p;
}

QString ToneChecker::applied(const QString& text, const ToneProposal& proposal,
                             const QString& sentence)
{
    const QString replacement = sentence.trimmed();
    if (replacement.isEmpty())
        return text.left(proposal.removeStart) +
               text.mid(proposal.removeStart + proposal.removeLength);
    return text.left(proposal.sentenceStart) + replacement +
           text.mid(proposal.sentenceStart + proposal.sentenceLength);
}

ToneChecker::Fix ToneChecker::fixOf(const ToneFinding& finding) const
{
    if (finding.rule < 0 || finding.rule >= m_entries.size())
        return Fix::None;
    return m_entries.at(finding.rule).fix;
}

QString ToneChecker::rewriteSentence(const QString& text, const ToneProposal& p,
                                     QStringList& changes) const
{
    static const QRegularExpression upperWord(u"\\p{Lu}+"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression camelWord(u"\\p{L}+\\p{Lu}\\p{L}*"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    const bool english = m_language == u"en";
    QString s = p.sentence;
    const qsizetype base = p.sentenceStart;
    qsizetype firstLetter = 0;
    while (firstLetter < s.size() && !s.at(firstLetter).isLetterOrNumber())
        ++firstLetter;
    const bool startsUpper = firstLetter < s.size() && s.at(firstLetter).isUpper();

    // 1. Shouted capitals to normal case. Acronyms and references stay as they are, and a name
    // written elsewhere in the letter in mixed case (PayPal, WeChat) keeps that spelling.
    QHash<QString, QString> spellings;
    for (auto it = camelWord.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured();
        if (word != word.toUpper())
            spellings.insert(word.toLower(), word);
    }
    bool recased = false;
    for (const ToneFinding& f : p.findings) {
        if (f.rule >= 0 ||
            !std::any_of(f.text.begin(), f.text.end(), [](QChar c) { return c.isLetter(); }))
            continue;
        const qsizetype at = f.start - base;
        for (auto it = upperWord.globalMatch(f.text); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            const QString word = w.captured();
            QString calm = word.toLower();
            if (m_notShouting.contains(word) || (english && word == u"I"))
                calm = word;
            else if (spellings.contains(calm) && spellings.value(calm).size() == word.size())
                calm = spellings.value(calm);
            if (calm.size() != word.size() || calm == word)
                continue;
            s.replace(at + w.capturedStart(), word.size(), calm);
            recased = true;
        }
        if (at + f.length > firstLetter && at <= firstLetter && startsUpper)
            s[firstLetter] = s.at(firstLetter).toUpper();
    }
    if (recased)
        changes << tr("Capitals changed to normal case.");

    // 2. Marks and lexicon passages, right to left so earlier offsets stay valid; each drop is
    // judged on the text as it is by then.
    QList<ToneFinding> ordered = p.findings;
    std::sort(ordered.begin(), ordered.end(),
              [](const ToneFinding& a, const ToneFinding& b) { return a.start > b.start; });
    qsizetype limit = s.size();
    bool droppedAtStart = false;
    for (const ToneFinding& f : std::as_const(ordered)) {
        const qsizetype a = f.start - base;
        const qsizetype b = a + f.length;
        if (b > limit || a < 0)
            continue; // overlaps a passage already changed
        const Fix fix = fixOf(f);
        if (f.rule < 0) {
            if (std::any_of(f.text.begin(), f.text.end(), [](QChar c) { return c.isLetter(); }))
                continue; // capitals, done above
            const bool question = f.text.contains(u'?') || f.text.contains(u'？');
            const bool fullWidth = std::any_of(f.text.begin(), f.text.end(),
                                               [](QChar c) { return c.unicode() >= 0xff00; }) ||
                                   (a > 0 && isHan(s.at(a - 1)));
            const QString calm = mark(question ? u'?' : u'.', fullWidth);
            s.replace(a, b - a, calm);
            changes << tr("“%1” changed to “%2”.").arg(f.text, calm);
            limit = a;
            continue;
        }
        if (fix == Fix::Unquote) {
            QString unquoted = s.mid(a, b - a);
            unquoted.removeIf([](QChar c) { return isOpening(c) || isClosing(c); });
            if (unquoted.trimmed().isEmpty())
                continue;
            s.replace(a, b - a, unquoted);
            changes << tr("Quotation marks around “%1” removed.").arg(unquoted);
            limit = a;
            continue;
        }
        if (fix == Fix::Vocative) {
            qsizetype from = -1;
            QString dropped;
            if (dropVocative(s, a, b, from, dropped)) {
                droppedAtStart = droppedAtStart || from == 0;
                changes << tr("“%1” left out.").arg(dropped);
                limit = from;
            }
            continue;
        }
        if (fix != Fix::Drop && fix != Fix::DropModifier)
            continue;
        const auto [left, right, atStart, leftComma, rightComma, rightEnd, rightLetter] =
            Sides::of(s, a, b);
        const bool rightWord = rightLetter || (right < s.size() && isOpening(s.at(right)));
        const bool leftWord = atStart || leftComma || s.at(left).isLetterOrNumber() ||
                              isOpening(s.at(left)) || isClosing(s.at(left));
        qsizetype from = -1;
        qsizetype to = -1;
        if ((atStart || leftComma) && rightComma) {
            // An interjection between commas or before the first one: "Oh great, …", "他妈的，…".
            from = a;
            to = right + 1;
            while (to < s.size() && s.at(to).isSpace())
                ++to;
        } else if (leftComma && rightEnd) {
            // An interjection after the last comma: "…，妈的。"
            from = left;
            to = right;
        } else if (fix == Fix::DropModifier && rightWord && leftWord) {
            // A word qualifying the next one: "this damn app", "你们总是推卸".
            from = a;
            to = right;
            if (english && !atStart) {
                // "a damn awful app" must not become "a awful app".
                qsizetype w = left;
                while (w > 0 && s.at(w - 1).isLetter())
                    --w;
                const QString article = s.mid(w, left + 1 - w).toLower();
                const bool vowel = u"aeiou"_s.contains(s.at(right).toLower());
                if ((article == u"a" && vowel) || (article == u"an" && !vowel))
                    continue;
            }
        } else {
            continue; // the passage carries the sentence (a predicate, the whole sentence)
        }
        const QString dropped = s.mid(a, b - a);
        s.remove(from, to - from);
        droppedAtStart = droppedAtStart || atStart;
        changes << tr("“%1” left out.").arg(dropped);
        limit = from;
    }
    if (droppedAtStart && startsUpper) {
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i).isLetter()) {
                s[i] = s.at(i).toUpper();
                break;
            }
            if (s.at(i).isNumber())
                break;
        }
    }
    // A rewrite that left nothing to say is not a rewrite; removing the sentence is the offer.
    if (!std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return p.sentence;
    return s;
}

bool ToneChecker::dropVocative(QString& s, qsizetype a, qsizetype b, qsizetype& from,
                               QString& dropped) const
{
    const QRegularExpressionMatch m = m_vocative.match(s.left(a));
    if (!m.hasMatch())
        return false;
    const qsizetype pronounStart = m.capturedStart(1);
    const qsizetype pronounEnd = m.capturedEnd(1);
    const auto [left, right, atStart, leftComma, rightComma, rightEnd, rightWord] =
        Sides::of(s, pronounStart, b);
    qsizetype to = b;
    if ((atStart || leftComma) && rightComma) {
        // The reader called names in a clause of its own: "你们这群废物，真气人".
        from = pronounStart;
        to = right + 1;
        while (to < s.size() && s.at(to).isSpace())
            ++to;
    } else if (leftComma && rightEnd) {
        // After the last comma: "I'll sue you, you clowns." keeps its full stop.
        from = left;
    } else if ((atStart || leftComma) && rightWord) {
        // The sentence goes on with "you": "You idiots never read" → "You never read".
        from = pronounEnd;
    } else {
        return false; // a predicate ("Are you idiots?") carries the sentence
    }
    const qsizetype shown = std::max(from, pronounStart);
    dropped = s.mid(shown, b - shown).trimmed();
    s.remove(from, to - from);
    return true;
}

bool ToneChecker::leavesAttack(const QString& rewrite, bool removable) const
{
    const QList<ToneFinding> left = check(rewrite);
    return std::any_of(left.cbegin(), left.cend(), [removable](const ToneFinding& f) {
        if (f.rule < 0)
            return false;
        return f.category == u"insult" || f.category == u"accusation" ||
               (removable && isHeated(f.category));
    });
}

bool ToneChecker::carriesNoFact(const ToneProposal& p) const
{
    QString rest = p.sentence;
    // Words flagged by the lexicon are what the sentence is made of when it has no fact;
    // shouted capitals may be facts said loudly, so they stay in.
    for (const ToneFinding& f : p.findings) {
        if (f.rule >= 0)
            rest.replace(f.start - p.sentenceStart, f.length, QString(f.length, u' '));
    }
    if (std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); }))
        return false; // a date, an amount, a reference
    rest = rest.toLower().replace(u'’', u'\'');
    if (m_wordBoundaries) {
        static const QRegularExpression word(u"[\\p{L}\\p{N}']+"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = word.globalMatch(rest); it.hasNext();) {
            if (!m_filler.contains(it.next().captured()))
                return false;
        }
        return true;
    }
    for (const QString& phrase : m_fillerPhrases)
        rest.replace(phrase, u" "_s);
    return std::none_of(rest.begin(), rest.end(), [this](QChar c) {
        return c.isLetterOrNumber() && !m_filler.contains(QString(c));
    });
}

} // namespace wc::core
