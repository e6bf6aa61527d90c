// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "letters/ToneChecker.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// What a finding of each kind costs the calm score. Personal attacks and accusations of crime
// are what get letters set aside, so they cost most; an absolute or a shouted word alone is
// only a nudge.
int weightOf(const QString& category)
{
    if (category == u"insult" || category == u"accusation" || category == u"profanity")
        return 15;
    if (category == u"threat")
        return 12;
    if (category == u"sarcasm")
        return 8;
    if (category == u"shouting")
        return 5;
    return 4; // absolute
}

// The lexicon's conventions, turned into PCRE: a space stands for any run of whitespace (line
// breaks in the editor) and an apostrophe also matches the typographic one word processors
// insert. Character classes are copied as written.
QString expandPattern(const QString& pattern)
{
    QString out;
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern.at(++i);
        } else if (inClass) {
            inClass = c != u']';
            out += c;
        } else if (c == u'[') {
            inClass = true;
            out += c;
        } else if (c == u' ') {
            out += u"\\s+"_s;
        } else if (c == u'\'') {
            out += u"['’]"_s;
        } else {
            out += c;
        }
    }
    return out;
}

// The next place a match may start after one at `start` was rejected, never inside a surrogate
// pair (PCRE refuses such offsets, which would end the scan early).
qsizetype nextStart(const QString& text, qsizetype start)
{
    ++start;
    if (start < text.size() && text.at(start).isLowSurrogate())
        ++start;
    return start;
}

// Characters a reader does not see: format characters (zero-width space, joiners, word joiner,
// byte-order mark, soft hyphen, direction marks), variation selectors and the combining
// grapheme joiner. Put inside a word they hide it from the patterns and nothing else.
bool invisible(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || c == 0x034F ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

// Letters and digits are compared in their compatibility form (NFKC): full-width ＳＣＡＭ,
// ligatures and circled or superscript digits read as the plain ones. Punctuation is kept as
// typed, because the Chinese patterns tell a full-width ， from an ASCII one.
bool comparedCompatibly(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

// A copy of a letter to search in, and where each of its UTF-16 units came from, so that a
// match in the copy underlines (and a proposal rewrites) the passage as the user typed it,
// invisible characters inside it included.
struct Searchable
{
    QString text;
    QList<qsizetype> from; // per unit of text: where its character starts in the original
    QList<qsizetype> to;   // and where it ends

    // The original span of the copy's [start, end).
    std::pair<qsizetype, qsizetype> original(qsizetype start, qsizetype end) const
    {
        if (start >= text.size())
            return {to.isEmpty() ? 0 : to.last(), to.isEmpty() ? 0 : to.last()};
        return {from.at(start), end > start ? to.at(end - 1) : from.at(start)};
    }
};

// Invisible characters left out, letters and digits in NFKC and, with `fold`, case-folded
// (the lexicon is matched on a folded copy; shouting needs the case as written).
Searchable searchable(const QString& text, bool fold)
{
    Searchable s;
    s.text.reserve(text.size());
    s.from.reserve(text.size());
    s.to.reserve(text.size());
    const auto append = [&s, fold](char32_t c, qsizetype start, qsizetype end) {
        if (fold)
            c = QChar::toCaseFolded(c);
        for (const QChar unit : QChar::fromUcs4(c)) {
            s.text.append(unit);
            s.from.append(start);
            s.to.append(end);
        }
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            i += 2;
        } else {
            ++i;
        }
        if (c < 0x80 || !comparedCompatibly(c)) {
            if (c < 0x80 || !invisible(c))
                append(c, start, i);
            continue;
        }
        const QString compatible =
            QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
        for (const char32_t n : compatible.toUcs4()) {
            if (!invisible(n))
                append(n, start, i);
        }
    }
    return s;
}

} // namespace

Result<ToneChecker> ToneChecker::load(const QString& language)
{
    static const QRegularExpression safeName(u"^[A-Za-z_]+$"_s);
    QFile file(u":/data/tone/%1.json"_s.arg(language));
    if (!safeName.match(language).hasMatch() || !file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound,
                     tr("The tone check is not available for the language “%1”.").arg(language),
                     u"no tone lexicon resource for '%1'"_s.arg(language)};
    }
    return fromJson(file.readAll(), language);
}

Result<ToneChecker> ToneChecker::fromJson(const QByteArray& json, const QString& language)
{
    const auto broken = [&language](const QString& detail) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The tone check word list for “%1” is damaged; the letter cannot be "
                        "checked. Reinstalling WalletCase restores it.")
                         .arg(language),
                     u"tone lexicon %1: %2"_s.arg(language, detail)};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return broken(parseError.errorString());
    const QJsonObject root = doc.object();
    const bool wordBoundaries = root.value(u"wordBoundaries"_s).toBool();

    const auto bounded = [wordBoundaries](const QString& pattern) {
        // With word boundaries "never" must not match inside "nevertheless".
        return wordBoundaries ? u"(?<![\\p{L}\\p{N}_])"_s + pattern + u"(?![\\p{L}\\p{N}_])"_s
                              : pattern;
    };
    // Every pattern is checked alone first, so a mistake in the data names the pattern.
    QString badPattern;
    const auto compiled = [&](const QJsonArray& patterns) -> QString {
        QStringList parts;
        for (const QJsonValue& value : patterns) {
            const QString pattern = expandPattern(value.toString());
            const QRegularExpression re(pattern, kOptions);
            if (pattern.isEmpty() || !re.isValid() || re.captureCount() != 0) {
                badPattern = value.toString();
                return {};
            }
            parts.append(pattern);
        }
        return bounded(u"(?:"_s + parts.join(u'|') + u')');
    };

    ToneChecker checker;
    checker.m_language = language;
    checker.m_wordBoundaries = wordBoundaries;

    for (const QJsonValue& value : root.value(u"issuePhrases"_s).toArray()) {
        checker.m_issues.append(QRegularExpression(compiled(QJsonArray{value}), kOptions));
        if (!badPattern.isEmpty())
            return broken(u"bad issue phrase: %1"_s.arg(badPattern));
    }

    const QStringList known = categories();
    QStringList groups;
    for (const QJsonValue& value : root.value(u"entries"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString category = entry.value(u"category"_s).toString();
        const QString advice = entry.value(u"advice"_s).toString();
        const QJsonArray patterns = entry.value(u"match"_s).toArray();
        if (!known.contains(category) || category == u"shouting")
            return broken(u"unknown category '%1'"_s.arg(category));
        if (advice.isEmpty() || patterns.isEmpty())
            return broken(u"an entry of category '%1' lacks patterns or advice"_s.arg(category));
        // The only rewrites are the code's own mechanical ones; the data just says which applies.
        static const QHash<QString, Fix> fixes{{QString(), Fix::None},
                                               {u"drop"_s, Fix::Drop},
                                               {u"dropModifier"_s, Fix::DropModifier},
                                               {u"unquote"_s, Fix::Unquote},
                                               {u"vocative"_s, Fix::Vocative}};
        const QString fixName = entry.value(u"fix"_s).toString();
        if (!fixes.contains(fixName))
            return broken(u"unknown fix '%1'"_s.arg(fixName));
        const QString group = compiled(patterns);
        if (!badPattern.isEmpty())
            return broken(u"bad pattern: %1"_s.arg(badPattern));
        groups.append(u'(' + group + u')');
        checker.m_entries.append({category, advice, fixes.value(fixName)});
    }
    for (const QJsonValue& value : root.value(u"filler"_s).toArray()) {
        const QString filler = value.toString().toLower();
        if (wordBoundaries || filler.size() == 1)
            checker.m_filler.insert(filler);
        else
            checker.m_fillerPhrases.append(filler);
    }
    // Longest first, so 你们 is taken out before 你 would leave 们 behind.
    std::sort(checker.m_fillerPhrases.begin(), checker.m_fillerPhrases.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    checker.m_lexicon =
        QRegularExpression(groups.isEmpty() ? u"(?!)"_s : groups.join(u'|'), kOptions);

    // Without a pronoun in the data no vocative is ever dropped.
    const QJsonObject vocative = root.value(u"vocative"_s).toObject();
    const QString pronoun = vocative.value(u"pronoun"_s).toString();
    const QString between = vocative.value(u"between"_s).toString();
    checker.m_vocative = QRegularExpression(
        pronoun.isEmpty()
            ? u"(?!)"_s
            : (wordBoundaries ? u"(?<![\\p{L}\\p{N}_])"_s : QString()) + u"("_s +
                  expandPattern(pronoun) + u")\\s*(?:"_s + expandPattern(between) + u")?\\s*$"_s,
        kOptions);

    const QJsonObject shouting = root.value(u"shouting"_s).toObject();
    checker.m_minCapsLetters = std::max(2, shouting.value(u"minLetters"_s).toInt(4));
    for (const QJsonValue& word : shouting.value(u"notShouting"_s).toArray())
        checker.m_notShouting.insert(word.toString().toUpper());
    checker.m_capsSuggestion = shouting.value(u"advice"_s).toString();
    checker.m_punctuation =
        QRegularExpression(shouting.value(u"punctuation"_s).toString(u"(?!)"_s), kOptions);
    checker.m_punctuationSuggestion = shouting.value(u"punctuationAdvice"_s).toString();
    if (checker.m_capsSuggestion.isEmpty() || checker.m_punctuationSuggestion.isEmpty())
        return broken(u"shouting advice missing"_s);
    // Upper-case words separated by spaces or light punctuation form one shouted run. Case
    // matters here, so "Cash App" is not shouting; Chinese characters around a run are allowed.
    checker.m_capsRun = QRegularExpression(
        u"(?<![\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{N}_])\\p{Lu}+(?:[ \\t'’,-]+\\p{Lu}+)*"
        "(?![\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{N}_])"_s,
        QRegularExpression::UseUnicodePropertiesOption);

    QList<QRegularExpression*> all{&checker.m_lexicon, &checker.m_capsRun, &checker.m_punctuation,
                                   &checker.m_vocative};
    for (QRegularExpression& re : checker.m_issues)
        all.append(&re);
    for (QRegularExpression* re : all) {
        if (!re->isValid())
            return broken(re->errorString());
        re->optimize(); // compile now, not on the first keystroke
    }
    return checker;
}

QStringList ToneChecker::categories()
{
    return {u"insult"_s,    u"accusation"_s, u"absolute"_s, u"threat"_s,
            u"profanity"_s, u"sarcasm"_s,    u"shouting"_s};
}

QString ToneChecker::categoryName(const QString& category)
{
    if (category == u"insult")
        return tr("Insult");
    if (category == u"accusation")
        return tr("Accusation of wrongdoing");
    if (category == u"absolute")
        return tr("Absolute (always, never)");
    if (category == u"threat")
        return tr("Threat");
    if (category == u"profanity")
        return tr("Swearing");
    if (category == u"sarcasm")
        return tr("Sarcasm");
    if (category == u"shouting")
        return tr("Shouting (capitals, !!!)");
    return category;
}

QString ToneChecker::levelName(ToneLevel level)
{
    switch (level) {
    case ToneLevel::Calm:
        return tr("calm");
    case ToneLevel::LittleHeated:
        return tr("a little heated");
    case ToneLevel::Heated:
        return tr("heated");
    }
    return {};
}

bool ToneChecker::isHeated(const QString& category)
{
    return category == u"threat" || category == u"accusation" || category == u"insult" ||
           category == u"profanity" || category == u"shouting";
}

QList<ToneChecker::Span> ToneChecker::issueSpans(const QString& text) const
{
    QList<Span> spans;
    for (const QRegularExpression& issue : m_issues) {
        for (auto it = issue.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                spans.append({m.capturedStart(), m.capturedEnd()});
        }
    }
    return spans;
}

void ToneChecker::findLexicon(const QString& text, const QList<Span>& issues,
                              QList<ToneFinding>& out) const
{
    for (qsizetype pos = 0; pos < text.size();) {
        const QRegularExpressionMatch m = m_lexicon.match(text, pos);
        if (!m.hasMatch())
            break;
        const qsizetype start = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        const bool shielded = std::any_of(issues.cbegin(), issues.cend(), [&](const Span& s) {
            return s.start < end && start < s.end;
        });
        // A rejected match must not swallow the text after it: "我和骗子是一伙的" has an issue
        // phrase (和骗子) inside a longer match, and 一伙的 still needs a look.
        if (end == start || shielded) {
            pos = nextStart(text, start);
            continue;
        }
        // Entries are the only capturing groups and exactly one of them takes part.
        const Entry& entry = m_entries.at(m.lastCapturedIndex() - 1);
        out.append({start, end - start, m.captured(), entry.category, entry.suggestion,
                    int(m.lastCapturedIndex() - 1)});
        pos = end;
    }
}

void ToneChecker::findShouting(const QString& text, QList<ToneFinding>& out) const
{
    static const QRegularExpression word(u"\\p{Lu}+"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    // A reference such as CHAT-7H3K9Q or CASE/2026/118 is a code, not a shout: a run glued by
    // a joiner to letters or digits, where the whole non-space token holds a digit.
    const auto partOfCode = [&text](qsizetype start, qsizetype end) {
        const auto joined = [&text](qsizetype at) {
            return at >= 0 && at < text.size() && u"-/_#.:"_s.contains(text.at(at));
        };
        if (!joined(start - 1) && !joined(end))
            return false;
        while (start > 0 && !text.at(start - 1).isSpace())
            --start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        return std::any_of(text.begin() + start, text.begin() + end,
                           [](QChar c) { return c.isDigit(); });
    };
    for (auto it = m_capsRun.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch run = it.next();
        if (partOfCode(run.capturedStart(), run.capturedEnd()))
            continue;
        bool loud = false;
        for (auto w = word.globalMatch(run.capturedView()); w.hasNext() && !loud;) {
            const QString token = w.next().captured();
            loud = token.size() >= m_minCapsLetters && !m_notShouting.contains(token);
        }
        if (loud) {
            out.append({run.capturedStart(), run.capturedLength(), run.captured(), u"shouting"_s,
                        m_capsSuggestion});
        }
    }
    for (auto it = m_punctuation.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0) {
            out.append({m.capturedStart(), m.capturedLength(), m.captured(), u"shouting"_s,
                        m_punctuationSuggestion});
        }
    }
}

QList<ToneFinding> ToneChecker::check(const QString& text) const
{
    QList<ToneFinding> findings;
    if (text.isEmpty())
        return findings;
    // The patterns run on copies without the tricks that hide a word from them but not from the
    // reader (id\u200Biots, ｓｃａｍ, soft hyphens); the findings are then mapped back.
    const Searchable folded = searchable(text, true);
    findLexicon(folded.text, issueSpans(folded.text), findings);
    const qsizetype lexiconFindings = findings.size();
    const Searchable asWritten = searchable(text, false);
    findShouting(asWritten.text, findings);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        ToneFinding& f = findings[i];
        const Searchable& copy = i < lexiconFindings ? folded : asWritten;
        const auto [start, end] = copy.original(f.start, f.start + f.length);
        f.start = start;
        f.length = end - start;
        f.text = text.mid(start, end - start);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const ToneFinding& a, const ToneFinding& b) { return a.start < b.start; });
    return findings;
}

ToneSummary ToneChecker::summarize(const QList<ToneFinding>& findings, const QString& text) const
{
    ToneSummary summary;
    int penalty = 0;
    for (const ToneFinding& f : findings) {
        ++summary.counts[f.category];
        penalty += weightOf(f.category);
        summary.heatedCount += isHeated(f.category);
    }
    summary.score = std::max(0, 100 - penalty);
    // Two serious findings make a letter heated. The verdict also follows what remains, not just
    // the sum: a single threat or accusation is what gets a letter set aside, so it alone reads
    // as heated, and no insult, swear word or shouting leaves a letter "calm".
    summary.level = summary.score >= 90   ? ToneLevel::Calm
                    : summary.score >= 75 ? ToneLevel::LittleHeated
                                          : ToneLevel::Heated;
    if (summary.counts.contains(u"threat"_s) || summary.counts.contains(u"accusation"_s))
        summary.level = ToneLevel::Heated;
    else if (summary.heatedCount > 0 && summary.level == ToneLevel::Calm)
        summary.level = ToneLevel::LittleHeated;
    const int n = int(findings.size());
    if (text.trimmed().isEmpty())
        summary.description = tr("Nothing to check yet.");
    else if (n == 0)
        summary.description = tr("Calm: nothing here should put the reader on the defensive.");
    // Spelled out rather than "%n passage(s)": English has no plural translation file.
    else if (summary.level == ToneLevel::Calm)
        summary.description =
            n == 1 ? tr("Calm overall; 1 passage could be worded more neutrally.")
                   : tr("Calm overall; %1 passages could be worded more neutrally.").arg(n);
    else if (summary.level == ToneLevel::LittleHeated)
        summary.description =
            n == 1 ? tr("A little heated: 1 passage may put the reader on the defensive. Try "
                        "the suggested wording.")
                   : tr("A little heated: %1 passages may put the reader on the defensive. Try "
                        "the suggested wording.")
                         .arg(n);
    else
        summary.description =
            n == 1 ? tr("Heated: 1 passage may get the letter set aside. Calm wording with facts "
                        "and dates works better.")
                   : tr("Heated: %1 passages may get the letter set aside. Calm wording with "
                        "facts and dates works better.")
                         .arg(n);
    return summary;
}

} // namespace wc::core
