// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The tone checker: precision and recall on hand-labelled letter sentences in both languages,
// offsets an editor can use, suggestions, the summary, and lexicon loading errors.
#include "letters/ToneChecker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Labelled
{
    QSet<QString> expected; // empty for a calm sentence
    QString sentence;
};

QList<Labelled> readLabelled(const QString& language)
{
    QList<Labelled> rows;
    QFile file(QStringLiteral(WC_TEST_DATA_DIR) + u"/tone/"_s + language + u".tsv"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << file.fileName().toStdString();
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        EXPECT_EQ(columns.size(), 2) << line.toStdString();
        if (columns.size() != 2)
            continue;
        Labelled row{{}, columns.at(1)};
        if (columns.at(0) != u"calm")
            for (const QString& c : columns.at(0).split(u','))
                row.expected.insert(c.trimmed());
        rows.append(row);
    }
    return rows;
}

QSet<QString> categoriesOf(const QList<ToneFinding>& findings)
{
    QSet<QString> found;
    for (const ToneFinding& f : findings)
        found.insert(f.category);
    return found;
}

ToneChecker loaded(const QString& language)
{
    auto checker = ToneChecker::load(language);
    if (!checker.ok()) {
        ADD_FAILURE() << checker.error().detail.toStdString();
        std::abort();
    }
    return std::move(*checker);
}

struct Counts
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
};

// Scores each sentence by the set of categories found against the set labelled: a category is
// a true positive when both have it, a false positive when only the checker has it (a calm
// sentence with any finding counts here) and a false negative when the checker missed it.
void expectQuality(const QString& language, double precisionFloor, double recallFloor,
                   double categoryFloor)
{
    const ToneChecker checker = loaded(language);
    const QList<Labelled> rows = readLabelled(language);
    ASSERT_GE(rows.size(), 100);
    QMap<QString, Counts> byCategory;
    Counts all;
    for (const Labelled& row : rows) {
        const QSet<QString> found = categoriesOf(checker.check(row.sentence));
        for (const QString& c : ToneChecker::categories()) {
            Counts& counts = byCategory[c];
            const bool want = row.expected.contains(c);
            const bool got = found.contains(c);
            counts.tp += want && got;
            counts.fp += !want && got;
            counts.fn += want && !got;
            all.tp += want && got;
            all.fp += !want && got;
            all.fn += want && !got;
            if (want != got) {
                std::printf("  [%s] %s %s: %s\n", qPrintable(language), got ? "extra" : "missed",
                            qPrintable(c), row.sentence.toUtf8().constData());
            }
        }
    }
    std::printf("%-6s %-11s %4s %4s %4s %9s %7s\n", qPrintable(language), "category", "tp", "fp",
                "fn", "precision", "recall");
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        std::printf("%-6s %-11s %4d %4d %4d %9.2f %7.2f\n", qPrintable(language),
                    qPrintable(it.key()), it->tp, it->fp, it->fn, it->precision(), it->recall());
        EXPECT_GE(it->precision(), categoryFloor) << qPrintable(it.key());
        EXPECT_GE(it->recall(), categoryFloor) << qPrintable(it.key());
    }
    std::printf("%-6s %-11s %4d %4d %4d %9.2f %7.2f\n", qPrintable(language), "all", all.tp, all.fp,
                all.fn, all.precision(), all.recall());
    std::fflush(stdout);
    EXPECT_GE(all.precision(), precisionFloor);
    EXPECT_GE(all.recall(), recallFloor);
}

TEST(ToneChecker, EnglishSentencesMeetPrecisionAndRecallFloors)
{
    expectQuality(u"en"_s, 0.9, 0.85, 0.75);
}

TEST(ToneChecker, ChineseSentencesMeetPrecisionAndRecallFloors)
{
    expectQuality(u"zh_CN"_s, 0.9, 0.85, 0.75);
}

TEST(ToneChecker, EveryFindingHasMatchingTextAndASuggestionInItsLanguage)
{
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const ToneChecker checker = loaded(language);
        int findings = 0;
        for (const Labelled& row : readLabelled(language)) {
            for (const ToneFinding& f : checker.check(row.sentence)) {
                ++findings;
                EXPECT_EQ(row.sentence.mid(f.start, f.length), f.text);
                EXPECT_FALSE(f.suggestion.isEmpty()) << f.text.toStdString();
                EXPECT_TRUE(ToneChecker::categories().contains(f.category));
                const bool chineseSuggestion =
                    f.suggestion.contains(QRegularExpression(u"\\p{Han}"_s));
                EXPECT_EQ(chineseSuggestion, language == u"zh_CN") << f.suggestion.toStdString();
            }
        }
        EXPECT_GT(findings, 50);
    }
}

TEST(ToneChecker, OffsetsAreUtf16UnitsAfterEmojiAndChinese)
{
    const ToneChecker en = loaded(u"en"_s);
    // Each emoji is a surrogate pair: two UTF-16 units.
    const QString text = u"😡😡 Your staff are idiots."_s;
    const auto findings = en.check(text);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].start, 20);
    EXPECT_EQ(findings[0].length, 6);
    EXPECT_EQ(findings[0].text, u"idiots"_s);

    const ToneChecker zh = loaded(u"zh_CN"_s);
    const QString zhText = u"🙄客服说，你们就是一群骗子！！！"_s;
    const auto zhFindings = zh.check(zhText);
    ASSERT_EQ(zhFindings.size(), 2);
    EXPECT_EQ(zhFindings[0].category, u"insult"_s);
    EXPECT_EQ(zhFindings[0].start, 12);
    EXPECT_EQ(zhFindings[0].text, u"骗子"_s);
    EXPECT_EQ(zhFindings[1].category, u"shouting"_s);
    EXPECT_EQ(zhFindings[1].start, 14);
    EXPECT_EQ(zhFindings[1].length, 3);
}

TEST(ToneChecker, IssueWordsAreNotFlagged)
{
    const ToneChecker en = loaded(u"en"_s);
    for (const QString& s :
         {u"This is an unauthorized transaction."_s, u"I want to report fraud on my account."_s,
          u"There is a fraudulent charge of USD 20."_s, u"I was the victim of a scam."_s,
          u"An unauthorised transaction appeared on 2 May."_s, u"I paid with Cash App."_s,
          u"Nevertheless, the refund is still pending."_s, u"My PIN and OTP were sent by SMS."_s,
          u"Under PSD2 I asked the CFPB and paid in USD, not CNY."_s}) {
        EXPECT_TRUE(en.check(s).isEmpty()) << s.toStdString();
    }
    const ToneChecker zh = loaded(u"zh_CN"_s);
    for (const QString& s :
         {u"我的账户被盗刷了。"_s, u"我遇到了诈骗。"_s, u"这是一笔疑似诈骗交易。"_s,
          u"支付宝重复扣款两次。"_s, u"该笔为未授权交易。"_s}) {
        EXPECT_TRUE(zh.check(s).isEmpty()) << s.toStdString();
    }
}

TEST(ToneChecker, IssuePhrasesShieldWordsTheLexiconWouldOtherwiseFlag)
{
    // Each sentence holds a word the lexicon flags on its own (the first line of each block
    // shows it is flagged); inside an issue phrase it describes the problem and stays unflagged.
    const ToneChecker en = loaded(u"en"_s);
    EXPECT_EQ(categoriesOf(en.check(u"You never reply."_s)), QSet<QString>{u"absolute"_s});
    for (const QString& s : {u"I never authorised this payment."_s,
                             u"We have never shared the code with anyone."_s}) {
        EXPECT_TRUE(en.check(s).isEmpty()) << s.toStdString();
    }
    const ToneChecker zh = loaded(u"zh_CN"_s);
    EXPECT_EQ(categoriesOf(zh.check(u"你们是骗子。"_s)), QSet<QString>{u"insult"_s});
    for (const QString& s : {u"我遇到了骗子。"_s, u"骗子冒充客服打来电话。"_s,
                             u"我从来没有和骗子联系过。"_s}) {
        EXPECT_TRUE(zh.check(s).isEmpty()) << s.toStdString();
    }

    // The same word in the same sentence, with and without the phrase in the lexicon.
    const auto lexicon = [](const char* issues) {
        return ToneChecker::fromJson(
            QByteArray(R"j({"wordBoundaries": true, "issuePhrases": )j") + issues +
                R"j(, "entries": [{"category": "insult", "match": ["twits?"], "advice": "y"}],
                "shouting": {"advice": "a", "punctuationAdvice": "b"}})j",
            u"xx"_s);
    };
    const auto shielded = lexicon(R"j(["victim of (?:a|the) twit"])j");
    const auto bare = lexicon("[]");
    ASSERT_TRUE(shielded.ok() && bare.ok());
    const QString sentence = u"I was the victim of a twit, you twits."_s;
    EXPECT_EQ(bare->check(sentence).size(), 2);
    const auto findings = shielded->check(sentence);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].text, u"twits"_s);
}

TEST(ToneChecker, InvisibleCharactersAndFullWidthLettersDoNotHideAWord)
{
    // Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen: each
    // hides nothing, and the finding covers the word as typed, the hidden character included.
    const QList<QChar> invisible{QChar(0x200B), QChar(0x200C), QChar(0x200D),
                                 QChar(0x2060), QChar(0xFEFF), QChar(0x00AD)};
    const ToneChecker en = loaded(u"en"_s);
    const ToneChecker zh = loaded(u"zh_CN"_s);
    for (const QChar c : invisible) {
        const std::string code = QString::number(c.unicode(), 16).toStdString();
        const QString word = u"id"_s + c + u"iots"_s;
        const auto findings = en.check(u"Your staff are "_s + word + u"."_s);
        ASSERT_EQ(findings.size(), 1) << code;
        EXPECT_EQ(findings[0].category, u"insult"_s) << code;
        EXPECT_EQ(findings[0].start, 15) << code;
        EXPECT_EQ(findings[0].text, word) << code;
        // A phrase with the character between its words' letters.
        EXPECT_EQ(categoriesOf(en.check(u"I will s"_s + c + u"ue you."_s)),
                  QSet<QString>{u"threat"_s})
            << code;

        const QString zhWord = u"骗"_s + c + u"子"_s;
        const auto zhFindings = zh.check(u"你们就是一群"_s + zhWord + u"。"_s);
        ASSERT_EQ(zhFindings.size(), 1) << code;
        EXPECT_EQ(zhFindings[0].category, u"insult"_s) << code;
        EXPECT_EQ(zhFindings[0].start, 6) << code;
        EXPECT_EQ(zhFindings[0].text, zhWord) << code;
        EXPECT_EQ(categoriesOf(zh.check(u"他"_s + c + u"妈的，退款呢？"_s)),
                  QSet<QString>{u"profanity"_s})
            << code;
    }
    // Invisible characters around a word stay outside the underline.
    const auto around = en.check(u"You are \u200Bidiots\u200B."_s);
    ASSERT_EQ(around.size(), 1);
    EXPECT_EQ(around[0].text, u"idiots"_s);

    // Full-width letters read as the plain ones, in either case; full-width capitals shout.
    const auto wide = en.check(u"Your staff are ｉｄｉｏｔｓ."_s);
    ASSERT_EQ(wide.size(), 1);
    EXPECT_EQ(wide[0].category, u"insult"_s);
    EXPECT_EQ(wide[0].text, u"ｉｄｉｏｔｓ"_s);
    const auto loud = en.check(u"Your staff are ＩＤＩＯＴＳ."_s);
    EXPECT_EQ(categoriesOf(loud), (QSet<QString>{u"insult"_s, u"shouting"_s}));
    for (const ToneFinding& f : loud)
        EXPECT_EQ(f.text, u"ＩＤＩＯＴＳ"_s) << f.category.toStdString();
    EXPECT_EQ(categoriesOf(en.check(u"ＷＴＦ is this?"_s)), QSet<QString>{u"profanity"_s});
    const auto zhWide = zh.check(u"ｔｍｄ，退款呢？"_s);
    ASSERT_EQ(zhWide.size(), 1);
    EXPECT_EQ(zhWide[0].category, u"profanity"_s);
    EXPECT_EQ(zhWide[0].text, u"ｔｍｄ"_s);
    EXPECT_EQ(categoriesOf(zh.check(u"请马上ＲＥＦＵＮＤ。"_s)), QSet<QString>{u"shouting"_s});
    // An issue phrase still shields when it is written the same way.
    EXPECT_TRUE(en.check(u"I ｎｅｖｅｒ authorised this payment."_s).isEmpty());
    EXPECT_TRUE(zh.check(u"我遇到了骗\u200B子。"_s).isEmpty());
}

TEST(ToneChecker, EnglishMatchesWholeWordsInAnyCaseAndTypographicApostrophes)
{
    const ToneChecker en = loaded(u"en"_s);
    EXPECT_TRUE(en.check(u"The Neverland Café charged me twice."_s).isEmpty());
    const auto never = en.check(u"You Never reply."_s);
    ASSERT_EQ(never.size(), 1);
    EXPECT_EQ(never[0].category, u"absolute"_s);
    const auto sue = en.check(u"I’ll sue."_s);
    ASSERT_EQ(sue.size(), 1);
    EXPECT_EQ(sue[0].category, u"threat"_s);
    // A phrase broken across a line in the editor still matches.
    EXPECT_EQ(categoriesOf(en.check(u"see you\nin court"_s)), QSet<QString>{u"threat"_s});
}

TEST(ToneChecker, ShoutingNeedsFourCapitalLettersOutsideKnownAcronyms)
{
    const ToneChecker en = loaded(u"en"_s);
    EXPECT_TRUE(en.check(u"My ID, PIN and IBAN are correct."_s).isEmpty());
    EXPECT_TRUE(en.check(u"Reference TX4200001234 and ABC."_s).isEmpty());
    // Codes glued to digits are references, not shouting; a shouted word next to one still is.
    EXPECT_TRUE(en.check(u"Chat reference CHAT-7H3K9Q, case REFUND/2026/118."_s).isEmpty());
    EXPECT_EQ(en.check(u"STOP - ref 12"_s).size(), 1);
    EXPECT_TRUE(en.check(u"Is this correct?"_s).isEmpty());
    EXPECT_TRUE(en.check(u"Why?? Please explain."_s).isEmpty());
    const auto run = en.check(u"I WANT MY MONEY BACK today."_s);
    ASSERT_EQ(run.size(), 1);
    EXPECT_EQ(run[0].text, u"I WANT MY MONEY BACK"_s);
    const auto zh = loaded(u"zh_CN"_s).check(u"请马上REFUND，谢谢。"_s);
    ASSERT_EQ(zh.size(), 1);
    EXPECT_EQ(zh[0].text, u"REFUND"_s);
}

TEST(ToneChecker, EmptyTextHasNoFindingsAndACalmSummary)
{
    const ToneChecker en = loaded(u"en"_s);
    EXPECT_TRUE(en.check(QString()).isEmpty());
    EXPECT_TRUE(en.check(u"   \n"_s).isEmpty());
    const ToneSummary summary = en.summarize({}, QString());
    EXPECT_EQ(summary.score, 100);
    EXPECT_EQ(summary.level, ToneLevel::Calm);
    EXPECT_TRUE(summary.counts.isEmpty());
    EXPECT_EQ(summary.description, u"Nothing to check yet."_s);
}

TEST(ToneChecker, SummaryLevelsFollowHowMuchHeatThereIs)
{
    const ToneChecker en = loaded(u"en"_s);
    const auto level = [&en](const QString& text) { return en.summarize(en.check(text), text); };
    const ToneSummary calm = level(u"Please refund the duplicate charge by 30 May."_s);
    EXPECT_EQ(calm.level, ToneLevel::Calm);
    EXPECT_EQ(calm.score, 100);
    EXPECT_TRUE(calm.description.startsWith(u"Calm:"_s));

    const ToneSummary nudge = level(u"You never replied to my email of 3 May."_s);
    EXPECT_EQ(nudge.level, ToneLevel::Calm);
    EXPECT_LT(nudge.score, 100);
    EXPECT_EQ(nudge.description, u"Calm overall; 1 passage could be worded more neutrally."_s);

    const ToneSummary warm = level(u"Your agents are idiots. Please refund me."_s);
    EXPECT_EQ(warm.level, ToneLevel::LittleHeated);
    EXPECT_EQ(warm.counts.value(u"insult"_s), 1);

    const QString hot = u"You are thieves!!! I'll sue, you idiots. You NEVER answer."_s;
    const ToneSummary heated = level(hot);
    EXPECT_EQ(heated.level, ToneLevel::Heated);
    EXPECT_EQ(heated.counts.value(u"accusation"_s), 1);
    EXPECT_EQ(heated.counts.value(u"threat"_s), 1);
    EXPECT_EQ(heated.counts.value(u"insult"_s), 1);
    EXPECT_EQ(heated.counts.value(u"shouting"_s), 2);
    EXPECT_EQ(heated.counts.value(u"absolute"_s), 1);
    EXPECT_TRUE(heated.description.startsWith(u"Heated:"_s));
    EXPECT_EQ(ToneChecker::levelName(heated.level), u"heated"_s);
}

TEST(ToneChecker, LongLetterIsCheckedCompletely)
{
    // About 5,000 characters with a known number of problems spread through it, including after
    // emoji, so nothing past the first few hundred characters is dropped.
    const ToneChecker zh = loaded(u"zh_CN"_s);
    const QString calm =
        u"2025年3月3日，我的支付宝账户被重复扣款49.90元，属于未授权交易，请退款。"_s;
    const QString heated = u"你们这群骗子！！！"_s;
    QString letter;
    int expected = 0;
    for (int i = 0; letter.size() < 5000; ++i) {
        letter += calm;
        if (i % 5 == 4) {
            letter += u"😡"_s + heated;
            expected += 2;
        }
    }
    ASSERT_GE(letter.size(), 5000);
    // Timed for information only; the editor's budget is checked by hand, not asserted here.
    QElapsedTimer timer;
    timer.start();
    const auto findings = zh.check(letter);
    std::printf("checked %lld characters in %lld µs\n", qlonglong(letter.size()),
                qlonglong(timer.nsecsElapsed() / 1000));
    EXPECT_EQ(findings.size(), expected);
    for (const ToneFinding& f : findings)
        EXPECT_EQ(letter.mid(f.start, f.length), f.text);
    EXPECT_EQ(zh.summarize(findings, letter).level, ToneLevel::Heated);
}

TEST(ToneChecker, UnknownLanguageIsNotFound)
{
    const auto checker = ToneChecker::load(u"fr"_s);
    ASSERT_FALSE(checker.ok());
    EXPECT_EQ(checker.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(ToneChecker::load(u"../en"_s).ok());
}

TEST(ToneChecker, BrokenLexiconsAreRefusedWithTheReason)
{
    const auto lexicon = [](const char* entries) {
        const QByteArray json =
            QByteArray(R"j({"wordBoundaries": true, "entries": )j") + entries +
            R"j(, "shouting": {"advice": "a", "punctuationAdvice": "b"}})j";
        return json;
    };
    const auto refuse = [](const QByteArray& json) {
        const auto checker = ToneChecker::fromJson(json, u"xx"_s);
        EXPECT_FALSE(checker.ok()) << json.constData();
        return checker.ok() ? QString() : checker.error().detail;
    };
    EXPECT_TRUE(refuse("not json").contains(u"xx"_s));
    EXPECT_TRUE(
        refuse(lexicon(R"j([{"category": "rudeness", "match": ["x"], "advice": "y"}])j"))
            .contains(u"rudeness"_s));
    // A capturing group would break the mapping from group number to entry.
    EXPECT_TRUE(
        refuse(lexicon(R"j([{"category": "insult", "match": ["(idiot)"], "advice": "y"}])j"))
            .contains(u"(idiot)"_s));
    EXPECT_TRUE(
        refuse(lexicon(R"j([{"category": "insult", "match": ["x"]}])j")).contains(u"advice"_s));
    EXPECT_TRUE(refuse(lexicon(
                           R"j([{"category": "insult", "fix": "replace", "match": ["x"], "advice": "y"}])j"))
                    .contains(u"replace"_s));
    EXPECT_TRUE(refuse(R"j({"entries": []})j").contains(u"shouting"_s));

    const auto minimal = ToneChecker::fromJson(
        lexicon(R"j([{"category": "insult", "match": ["twit"], "advice": "y"}])j"), u"xx"_s);
    ASSERT_TRUE(minimal.ok()) << minimal.error().detail.toStdString();
    EXPECT_EQ(minimal->check(u"you twit, twitter"_s).size(), 1);
}

} // namespace
