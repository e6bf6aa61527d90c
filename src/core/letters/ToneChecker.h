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

namespace wc::core {

// One passage of a letter that reads as emotional or inflammatory. Offsets are in QString
// (UTF-16) units so an editor can underline the passage without converting.
struct ToneFinding
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
    QString category;   // one of ToneChecker::categories()
    QString suggestion; // a calm alternative, in the letter's language
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
};

// Flags wording in a complaint letter that makes a complaints team defensive (insults,
// accusations of crime, absolutes, threats, swearing, sarcasm, shouting) and offers a calmer
// alternative. The word lists are data (resources/data/tone/<language>.json) so they can be
// corrected without code changes; words that describe the actual problem ("unauthorized
// transaction", 盗刷, being the victim of a scam) are listed there as issue phrases and never
// flagged. Cheap enough to run on every keystroke: the patterns are compiled once in load().
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

    QString language() const { return m_language; }
    // Findings in text order; lexicon findings never overlap each other, but a shouted passage
    // may also contain, say, an insult.
    QList<ToneFinding> check(const QString& text) const;
    ToneSummary summarize(const QList<ToneFinding>& findings, const QString& text) const;

private:
    struct Entry
    {
        QString category;
        QString suggestion;
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

    QString m_language;
    // Issue phrases, each on its own: in one alternation a short phrase listed first would hide
    // a longer one starting at the same place. No lexicon match may overlap their spans.
    QList<QRegularExpression> m_issues;
    QRegularExpression m_lexicon; // one capturing group per entry, in entry order
    QList<Entry> m_entries;
    QRegularExpression m_capsRun;
    QSet<QString> m_notShouting; // upper-case words that are names or acronyms, not shouting
    int m_minCapsLetters = 4;
    QString m_capsSuggestion;
    QRegularExpression m_punctuation;
    QString m_punctuationSuggestion;
};

} // namespace wc::core
