// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace wc::core {

// One passage of a letter that reads as emotional or inflammatory. Offsets are in QString
// (UTF-16) units so an editor can underline the passage without converting.
struct ToneFinding
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    QString category; // one of ToneChecker::categories()
    // Advice: a calm pattern for the user to read, in the letter's language. It may hold
    // placeholders ([date], X月X日) because it is only ever shown; it is never put into a letter.
    QString suggestion;
    int rule = -1; // the lexicon entry that matched; -1 for shouting (ToneChecker's bookkeeping)
};

// What the tone checker proposes for the sentence a finding is in. The user sees the sentence
// with its flagged passages, the advice, and an editable rewrite; nothing is applied unless the
// user applies it. A rewrite only ever removes words, changes letter case or tidies punctuation
// of the sentence itself: it never adds a word, so it can neither add a claim nor a placeholder.
struct ToneProposal
{
    // The sentence (or sentences, when a finding spans a boundary) without the whitespace around
    // it: text.mid(sentenceStart, sentenceLength) == sentence.
    qsizetype sentenceStart = 0;
    qsizetype sentenceLength = 0;
    QString sentence;
    QList<ToneFinding> findings; // every finding inside the sentence, offsets in the whole text
    QString advice;              // the advice of the finding the proposal was asked for
    // The sentence with the safe mechanical changes, or empty when there is none that keeps the
    // sentence intact (an insult used as a predicate, a threat: those need the user's words).
    QString rewrite;
    QStringList changes; // what the rewrite changed, one translated line each
    // The sentence carries no fact (a pure insult or threat, "I will sue you."): removing it
    // loses nothing. removeStart/removeLength cover the sentence and the space, bullet or line
    // it leaves behind, so that removing it leaves tidy text.
    bool removable = false;
    qsizetype removeStart = 0;
    qsizetype removeLength = 0;
};

enum class ToneLevel
{
    Calm,
    LittleHeated,
    Heated
};

struct ToneSummary
{
    int score = 100; // 100 means nothing to soften; each finding costs points by how much it hurts
    ToneLevel level = ToneLevel::Calm;
    QMap<QString, int> counts; // findings per category; categories without findings are absent
    QString description;       // one translated line for the editor's status area
    // Findings of the categories that can get a letter set aside (ToneChecker::isHeated()).
    int heatedCount = 0;
};

// Flags wording in a complaint letter that makes a complaints team defensive (insults,
// accusations of crime, absolutes, threats, swearing, sarcasm, shouting), explains a calmer
// pattern, and proposes safe rewrites of the sentence (propose(), in ToneProposal.cpp) for the
// user to edit. The word lists are data (resources/data/tone/<language>.json) so they can be
// corrected without code changes; words that describe the actual problem ("unauthorized
// transaction", 盗刷, being the victim of a scam) are listed there as issue phrases and never
// flagged. Words are found as the reader sees them: zero-width and other invisible characters,
// soft hyphens and full-width or other compatibility letters do not hide a word, and findings
// still cover the passage as typed. Cheap enough to run on every keystroke: the patterns are
// compiled once in load().
class ToneChecker
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::ToneChecker)

public:
    // `language` is "zh_CN" or "en".
    static Result<ToneChecker> load(const QString& language);
    // A lexicon from any JSON document in the format of resources/data/tone/*.json.
    static Result<ToneChecker> fromJson(const QByteArray& json, const QString& language);

    static QStringList categories();
    static QString categoryName(const QString& category);
    static QString levelName(ToneLevel level);
    // Threats, accusations, insults, swearing and shouting: while one of these remains, a letter
    // does not read as calm. Absolutes and sarcasm only nudge the score.
    static bool isHeated(const QString& category);
    // The sentence around [start, end): bounded by 。！？!?. (a full stop only where a sentence
    // ends, not in 49.99 or e.g.) and line breaks, without the whitespace around it. A pair.
    static std::pair<qsizetype, qsizetype> sentenceSpan(const QString& text, qsizetype start,
                                                        qsizetype end);
    // The first placeholder in `text` ([date], __, X月X日, XX元, XXXX), or an empty string:
    // such text must not go into a letter as it is.
    static QString placeholderIn(const QString& text);

    QString language() const { return m_language; }
    // Findings in text order; lexicon findings never overlap each other, but a shouted passage
    // may also contain, say, an insult.
    QList<ToneFinding> check(const QString& text) const;
    ToneSummary summarize(const QList<ToneFinding>& findings, const QString& text) const;
    // The proposal for the sentence `finding` is in; `text` is the text the finding came from.
    ToneProposal propose(const QString& text, const ToneFinding& finding) const;
    // `text` with the proposal applied: the sentence replaced by `sentence`, or removed (with the
    // space or line it leaves) when `sentence` is blank. Used by the editor and the tests alike.
    static QString applied(const QString& text, const ToneProposal& proposal,
                           const QString& sentence);

private:
    // How a passage may be rewritten mechanically. Drop removes it where it stands between
    // commas or at the start or end of a sentence ("Oh great, …"); DropModifier also where it
    // qualifies the next word ("this damn app", 总是推卸); Unquote removes scare quotes;
    // Vocative removes a name the reader is called by ("you idiots", 你们这些骗子) and keeps
    // the "you" when the sentence goes on with it ("You idiots never read" → "You never read").
    enum class Fix
    {
        None,
        Drop,
        DropModifier,
        Unquote,
        Vocative
    };
    struct Entry
    {
        QString category;
        QString suggestion;
        Fix fix = Fix::None;
    };
    struct Span
    {
        qsizetype start;
        qsizetype end;
    };

    ToneChecker() = default;
    QList<Span> issueSpans(const QString& text) const;
    void findLexicon(const QString& text, const QList<Span>& issues, QList<ToneFinding>& out) const;
    void findShouting(const QString& text, QList<ToneFinding>& out) const;
    Fix fixOf(const ToneFinding& finding) const;
    QString rewriteSentence(const QString& text, const ToneProposal& proposal,
                            QStringList& changes) const;
    bool carriesNoFact(const ToneProposal& proposal) const;
    bool dropVocative(QString& s, qsizetype a, qsizetype b, qsizetype& from,
                      QString& dropped) const;
    bool leavesAttack(const QString& rewrite, bool removable) const;

    QString m_language;
    bool m_wordBoundaries = false; // the language separates words with spaces
    // Issue phrases, each on its own: in one alternation a short phrase listed first would hide
    // a longer one starting at the same place. No lexicon match may overlap their spans.
    QList<QRegularExpression> m_issues;
    QRegularExpression m_lexicon; // one capturing group per entry, in entry order
    QList<Entry> m_entries;
    // Words (English) or characters and words (Chinese) that carry no fact on their own: a
    // sentence left with only these once its findings are taken out can be removed.
    QSet<QString> m_filler;
    QStringList m_fillerPhrases; // multi-character fillers for languages without spaces
    // The words that address the reader right before a vocative insult: "you", "you bunch
    // of", 你们这些. Anchored at the end; group 1 is the pronoun that may stay.
    QRegularExpression m_vocative;
    QRegularExpression m_capsRun;
    QSet<QString> m_notShouting; // upper-case words that are names or acronyms, not shouting
    int m_minCapsLetters = 4;
    QString m_capsSuggestion;
    QRegularExpression m_punctuation;
    QString m_punctuationSuggestion;
};

} // namespace wc::core
