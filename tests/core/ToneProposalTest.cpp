// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The tone checker's proposals: applying every rewrite and every removal it offers, to every
// heated sentence of the labelled data and to whole letters, never adds a word, a placeholder or
// broken punctuation, and keeps the sentence's numbers. The old "Replace with" pasted the
// lexicon's example ("The agent on [date] could not answer my question about transaction __.")
// over the flagged words, which fails every one of these checks. Also: sentence boundaries, the
// removal span, placeholders, and a summary that follows what remains.
#include "letters/ToneChecker.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

ToneChecker loaded(const QString& language)
{
    auto checker = ToneChecker::load(language);
    if (!checker.ok()) {
        ADD_FAILURE() << checker.error().detail.toStdString();
        std::abort();
    }
    return std::move(*checker);
}

// The labelled sentences that are not calm.
QStringList heatedSentences(const QString& language)
{
    QStringList out;
    QFile file(QStringLiteral(WC_TEST_DATA_DIR) + u"/tone/"_s + language + u".tsv"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QStringList columns = line.split(u'\t');
        if (line.startsWith(u'#') || columns.size() != 2 || columns.at(0) == u"calm")
            continue;
        out << columns.at(1);
    }
    return out;
}

int count(const QString& text, const QRegularExpression& re)
{
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

// Words (lower case) and Chinese characters, with how often each occurs.
QHash<QString, int> wordsOf(const QString& text)
{
    // (?=\p{L}): PCRE's \p{Han} also takes 。 and ！, which are punctuation.
    static const QRegularExpression word(u"(?=\\p{L})\\p{Han}|[\\p{L}\\p{N}'’]+"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        ++words[it.next().captured().toLower().replace(u'’', u'\'')];
    return words;
}

// Checked independently of ToneChecker::placeholderIn(), which the test must not trust.
const QRegularExpression& placeholders()
{
    static const QRegularExpression re(
        u"\\[(?:date|dates|amount|rule|transaction|regulator[^\\]]*)\\]|__|X月|X日|XX元|XXXX"_s);
    return re;
}

// What must never get worse from `before` to `after`; `what` names the case in failures.
void expectSafe(const QString& before, const QString& after, const std::string& what,
                bool keepsNumbers)
{
    static const QRegularExpression broken(
        u"[，、；：,;:][。！？.!?]|[。！？][。！？，,]|[.!?][,，]| [.,;:!?。，！？]|  "_s);
    static const QRegularExpression lowerStart(u"(?:^|[.!?]\\s+)\\p{Ll}"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression emptyBullet(u"^[ \\t]*(?:[-*•·]|\\d+[.)])[ \\t]*$"_s,
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression numberToken(u"[\\p{L}\\p{N}.,:/-]*\\p{N}[\\p{L}\\p{N}.,:/-]*"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
    const std::string detail =
        what + "\n  before: " + before.toStdString() + "\n  after:  " + after.toStdString();
    EXPECT_FALSE(after.contains(placeholders())) << detail;
    EXPECT_TRUE(ToneChecker::placeholderIn(after).isEmpty()) << detail;
    EXPECT_LE(count(after, broken), count(before, broken)) << "broken punctuation: " << detail;
    EXPECT_LE(count(after, lowerStart), count(before, lowerStart))
        << "sentence starts in lower case: " << detail;
    EXPECT_LE(count(after, emptyBullet), count(before, emptyBullet)) << "empty bullet: " << detail;
    const QHash<QString, int> had = wordsOf(before);
    const QHash<QString, int> has = wordsOf(after);
    for (auto it = has.cbegin(); it != has.cend(); ++it)
        EXPECT_LE(it.value(), had.value(it.key()))
            << "new word “" << it.key().toStdString() << "”: " << detail;
    if (keepsNumbers) {
        // Digits are the facts a rewrite must keep: dates, amounts, references.
        for (auto it = numberToken.globalMatch(before); it.hasNext();) {
            const QString token = it.next().captured().remove(QRegularExpression(u"[.,:]+$"_s));
            EXPECT_TRUE(after.contains(token))
                << "lost “" << token.toStdString() << "”: " << detail;
        }
    }
}

struct Offered
{
    int rewrites = 0;
    int removals = 0;
};

// Applies every rewrite and every removal offered for every finding of `text`, each on its own
// to the original text, and checks each result.
Offered applyEverything(const ToneChecker& checker, const QString& text)
{
    Offered offered;
    const QList<ToneFinding> findings = checker.check(text);
    for (const ToneFinding& f : findings) {
        const ToneProposal p = checker.propose(text, f);
        const std::string what = "finding “" + f.text.toStdString() + "”";
        EXPECT_EQ(text.mid(p.sentenceStart, p.sentenceLength), p.sentence) << what;
        EXPECT_LE(p.sentenceStart, f.start) << what;
        EXPECT_GE(p.sentenceStart + p.sentenceLength, f.start + f.length) << what;
        EXPECT_FALSE(p.advice.isEmpty()) << what;
        EXPECT_FALSE(p.findings.isEmpty()) << what;
        if (qEnvironmentVariableIsSet("WC_TONE_DUMP")) {
            std::printf("%s\n  → %s%s\n", p.sentence.toUtf8().constData(),
                        p.rewrite.isEmpty() ? "(no rewrite)" : p.rewrite.toUtf8().constData(),
                        p.removable ? "  [removable]" : "");
        }
        if (!p.rewrite.isEmpty()) {
            ++offered.rewrites;
            EXPECT_FALSE(p.changes.isEmpty()) << what;
            const QString after = ToneChecker::applied(text, p, p.rewrite);
            expectSafe(text, after, what + " rewritten", true);
            EXPECT_LT(checker.check(after).size(), findings.size())
                << what << ": the rewrite must take at least one finding away\n  "
                << after.toStdString();
            // Only the sentence changed.
            EXPECT_TRUE(after.startsWith(text.left(p.sentenceStart))) << what;
            EXPECT_TRUE(after.endsWith(text.mid(p.sentenceStart + p.sentenceLength))) << what;
        }
        if (p.removable) {
            ++offered.removals;
            EXPECT_FALSE(p.sentence.contains(QRegularExpression(u"\\d"_s)))
                << what << ": a sentence with a number carries a fact";
            const QString after = ToneChecker::applied(text, p, QString());
            expectSafe(text, after, what + " removed", false);
            EXPECT_EQ(after.count(p.sentence), text.count(p.sentence) - 1) << what;
        }
    }
    return offered;
}

TEST(ToneProposal, EveryOfferedChangeToEveryHeatedLabelledSentenceIsSafe)
{
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const ToneChecker checker = loaded(language);
        Offered total;
        const QStringList sentences = heatedSentences(language);
        ASSERT_GE(sentences.size(), 70);
        for (const QString& sentence : sentences) {
            const Offered o = applyEverything(checker, sentence);
            total.rewrites += o.rewrites;
            total.removals += o.removals;
        }
        std::printf("%s: %d rewrites and %d removals offered over %lld heated sentences\n",
                    qPrintable(language), total.rewrites, total.removals,
                    qlonglong(sentences.size()));
        // The offers are worth having: shouting, swearing, filler and pure threats are common.
        EXPECT_GE(total.rewrites, 20) << language.toStdString();
        EXPECT_GE(total.removals, 8) << language.toStdString();
    }
}

TEST(ToneProposal, EveryOfferedChangeToWholeLettersIsSafe)
{
    const ToneChecker en = loaded(u"en"_s);
    const QString enLetter = u"Dear PayPal team,\n\n"
                             "On 3 March 2026 I was charged USD 49.99 twice for order 8KJ22190XY. "
                             "You people are useless. SCAM!!! I will sue you.\n\n"
                             "What I want:\n"
                             "- Refund the second charge of USD 49.99 NOW!!!\n"
                             "- I will sue you.\n"
                             "- Thanks for nothing.\n\n"
                             "Your agents always say the same thing. This damn app took my money "
                             "again. What the hell is going on with my account?\n"
                             "Oh great, another automated reply. Your customer \"service\" is a "
                             "joke of a company.\n\n"
                             "Yours sincerely,\nAlex Doe"_s;
    const Offered o = applyEverything(en, enLetter);
    EXPECT_GE(o.rewrites, 6);
    EXPECT_GE(o.removals, 3);

    const ToneChecker zh = loaded(u"zh_CN"_s);
    const QString zhLetter =
        u"尊敬的支付宝客服：\n\n"
        "2026年3月3日14时12分，我的账户被重复扣款49.90元，交易号2026030322001456。"
        "你们这就是诈骗！！！投诉到底！你们总是推卸责任。\n\n"
        "我的要求：\n"
        "1. 退还多扣的49.90元！！！\n"
        "2. 我要起诉你们。\n"
        "呵呵，又让我等三个工作日。他妈的，钱到底什么时候退？"
        "所谓的“客服”只会复制粘贴。\n\n"
        "此致\n敬礼\n张三"_s;
    const Offered z = applyEverything(zh, zhLetter);
    EXPECT_GE(z.rewrites, 5);
    EXPECT_GE(z.removals, 3);
}

// The proposal for the first finding of `sentence` whose text contains `flagged`.
ToneProposal proposalFor(const ToneChecker& checker, const QString& sentence,
                         const QString& flagged)
{
    for (const ToneFinding& f : checker.check(sentence)) {
        if (f.text.contains(flagged, Qt::CaseInsensitive))
            return checker.propose(sentence, f);
    }
    ADD_FAILURE() << "no finding “" << flagged.toStdString() << "” in " << sentence.toStdString();
    return {};
}

// What the user gets by accepting the proposal for each sentence in turn, the way the review
// dialog offers it: the rewrite when there is one, otherwise the removal when the sentence states
// no fact. Sentences with neither are the user's to reword and stay as written. Returns the text
// and, through `declined`, those sentences.
QString acceptEveryProposal(const ToneChecker& checker, QString text, QStringList& declined)
{
    for (int guard = 0; guard < 200; ++guard) {
        bool changed = false;
        for (const ToneFinding& f : checker.check(text)) {
            const ToneProposal p = checker.propose(text, f);
            if (declined.contains(p.sentence))
                continue;
            if (!p.rewrite.isEmpty())
                text = ToneChecker::applied(text, p, p.rewrite);
            else if (p.removable)
                text = ToneChecker::applied(text, p, {});
            else
                declined << p.sentence;
            changed = true;
            break;
        }
        if (!changed)
            return text;
    }
    ADD_FAILURE() << "proposals never settle: " << text.toStdString();
    return text;
}

// Insults and accusations left in `text` outside the sentences the user must reword.
QStringList attacksLeft(const ToneChecker& checker, const QString& text, const QStringList& declined)
{
    QStringList left;
    for (const ToneFinding& f : checker.check(text)) {
        if (f.category != u"insult" && f.category != u"accusation")
            continue;
        const auto [start, end] = ToneChecker::sentenceSpan(text, f.start, f.start + f.length);
        const QString sentence = text.mid(start, end - start);
        if (!std::any_of(declined.cbegin(), declined.cend(),
                         [&sentence](const QString& d) { return d.contains(sentence); }))
            left << f.text + u" in “"_s + sentence + u"”"_s;
    }
    return left;
}

TEST(ToneProposal, AcceptingEveryProposalLeavesNoInsult)
{
    // A rewrite that takes out one insult of two ("You are useless idiots!!!" → "You are
    // idiots.") is not a calm wording; accepting what is proposed must leave none.
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const ToneChecker checker = loaded(language);
        for (const QString& sentence : heatedSentences(language)) {
            QStringList declined;
            const QString after = acceptEveryProposal(checker, sentence, declined);
            const QStringList left = attacksLeft(checker, after, declined);
            EXPECT_TRUE(left.isEmpty()) << sentence.toStdString() << " → " << after.toStdString()
                                        << ": " << left.join(u"; "_s).toStdString();
        }
    }
    const ToneChecker en = loaded(u"en"_s);
    const QString enLetter = u"Dear PayPal team,\n\n"
                             "On 3 March 2026 I was charged USD 49.99 twice for order 8KJ22190XY. "
                             "You are useless idiots!!! You idiots never read what I write. "
                             "I'll sue you, you bunch of clowns.\n\n"
                             "Your damn idiots blocked my account. YOU ARE THIEVES!!!\n\n"
                             "Yours sincerely,\nAlex Doe"_s;
    QStringList declined;
    QString after = acceptEveryProposal(en, enLetter, declined);
    EXPECT_TRUE(attacksLeft(en, after, declined).isEmpty()) << after.toStdString();
    EXPECT_TRUE(after.contains(u"You never read what I write."_s)) << after.toStdString();
    EXPECT_FALSE(after.contains(u"You are idiots"_s)) << after.toStdString();
    EXPECT_TRUE(after.contains(u"USD 49.99 twice for order 8KJ22190XY."_s)) << after.toStdString();
    // The one sentence whose insult carries a fact is left to the user, as written.
    EXPECT_TRUE(declined.contains(u"Your damn idiots blocked my account."_s))
        << declined.join(u" | "_s).toStdString();

    const ToneChecker zh = loaded(u"zh_CN"_s);
    const QString zhLetter = u"尊敬的支付宝客服：\n\n"
                             "2026年3月3日我被重复扣款49.90元。你们这帮骗子，一群废物！！！"
                             "你们这些骗子从来不解决问题。你们这群废物，真他妈气人。\n\n"
                             "此致\n敬礼！\n张三"_s;
    declined.clear();
    after = acceptEveryProposal(zh, zhLetter, declined);
    EXPECT_TRUE(attacksLeft(zh, after, declined).isEmpty()) << after.toStdString();
    EXPECT_TRUE(declined.isEmpty()) << declined.join(u" | "_s).toStdString();
    EXPECT_EQ(after, u"尊敬的支付宝客服：\n\n"
                     "2026年3月3日我被重复扣款49.90元。你们不解决问题。真气人。\n\n"
                     "此致\n敬礼！\n张三"_s);
}

TEST(ToneProposal, TwoInsultsInOneSentence)
{
    const ToneChecker en = loaded(u"en"_s);
    ToneProposal p = proposalFor(en, u"You are useless idiots!!!"_s, u"useless"_s);
    EXPECT_TRUE(p.rewrite.isEmpty()) << p.rewrite.toStdString();
    EXPECT_TRUE(p.changes.isEmpty());
    EXPECT_TRUE(int(p.removable));
    p = proposalFor(en, u"You are idiots."_s, u"idiots"_s);
    EXPECT_TRUE(p.rewrite.isEmpty());
    EXPECT_TRUE(int(p.removable));
    // The name the reader is called goes; the sentence it is in stays.
    EXPECT_EQ(proposalFor(en, u"You idiots never read what I write."_s, u"idiots"_s)
                  .rewrite.toStdString(),
              "You never read what I write.");
    EXPECT_EQ(proposalFor(en, u"You useless idiots took USD 20 twice."_s, u"useless"_s)
                  .rewrite.toStdString(),
              "You took USD 20 twice.");
    EXPECT_EQ(proposalFor(en, u"Listen, you clowns, refund the USD 20."_s, u"clowns"_s)
                  .rewrite.toStdString(),
              "Listen, refund the USD 20.");
    // A shouted insult is no calmer in small letters.
    EXPECT_TRUE(proposalFor(en, u"YOU ARE THIEVES!!!"_s, u"!!!"_s).rewrite.isEmpty());
    EXPECT_TRUE(proposalFor(en, u"YOUR STAFF ARE USELESS!!!"_s, u"!!!"_s).rewrite.isEmpty());
    // A predicate is not a name: nothing to drop.
    EXPECT_TRUE(proposalFor(en, u"Are you idiots?"_s, u"idiots"_s).rewrite.isEmpty());

    const ToneChecker zh = loaded(u"zh_CN"_s);
    p = proposalFor(zh, u"你们这帮骗子，一群废物"_s, u"骗子"_s);
    EXPECT_TRUE(p.rewrite.isEmpty()) << p.rewrite.toStdString();
    EXPECT_TRUE(int(p.removable));
    EXPECT_EQ(ToneChecker::applied(u"请退款。你们这帮骗子，一群废物。谢谢。"_s,
                                   proposalFor(zh, u"请退款。你们这帮骗子，一群废物。谢谢。"_s,
                                               u"废物"_s),
                                   {}),
              u"请退款。谢谢。"_s);
    EXPECT_EQ(proposalFor(zh, u"你们这些骗子从来不解决问题。"_s, u"骗子"_s).rewrite.toStdString(),
              "你们不解决问题。");
    EXPECT_EQ(proposalFor(zh, u"你们这群废物，真他妈气人。"_s, u"废物"_s).rewrite.toStdString(),
              "真气人。");
    EXPECT_EQ(proposalFor(zh, u"我要起诉你们，你们这些饭桶！"_s, u"饭桶"_s).rewrite.toStdString(),
              "");
    EXPECT_TRUE(proposalFor(zh, u"我要起诉你们，你们这些饭桶！"_s, u"饭桶"_s).removable);
    EXPECT_TRUE(proposalFor(zh, u"你们就是在诈骗！！！"_s, u"诈骗"_s).rewrite.isEmpty());
}


TEST(ToneProposal, RewritesAreMechanicalAndKeepTheSentence)
{
    const ToneChecker en = loaded(u"en"_s);
    const auto rewrite = [&en](const QString& sentence, const QString& flagged) {
        return proposalFor(en, sentence, flagged).rewrite.toStdString();
    };
    EXPECT_EQ(rewrite(u"Please refund me now!!!"_s, u"!!!"_s), "Please refund me now.");
    EXPECT_EQ(rewrite(u"Why has nobody replied???"_s, u"???"_s), "Why has nobody replied?");
    EXPECT_EQ(rewrite(u"I WANT MY MONEY BACK."_s, u"WANT"_s), "I want my money back.");
    // Acronyms and names written elsewhere in mixed case keep their spelling.
    EXPECT_EQ(rewrite(u"PayPal: I ASKED THE CFPB ABOUT PAYPAL."_s, u"ASKED"_s),
              "PayPal: I asked the CFPB about PayPal.");
    EXPECT_EQ(rewrite(u"This damn app took my money again."_s, u"damn"_s),
              "This app took my money again.");
    // A word hidden with a zero-width space is left out whole, the hidden character with it.
    EXPECT_EQ(rewrite(u"This da\u200Bmn app took my money again."_s, u"da\u200Bmn"_s),
              "This app took my money again.");
    EXPECT_EQ(rewrite(u"This ｄａｍｎ app took my money again."_s, u"ｄａｍｎ"_s),
              "This app took my money again.");
    EXPECT_EQ(rewrite(u"What the hell is going on with my account?"_s, u"hell"_s),
              "What is going on with my account?");
    EXPECT_EQ(rewrite(u"Oh great, another automated reply."_s, u"great"_s),
              "Another automated reply.");
    EXPECT_EQ(rewrite(u"Your customer \"service\" is slow."_s, u"service"_s),
              "Your customer service is slow.");
    EXPECT_EQ(rewrite(u"Your agents always say the same thing."_s, u"always"_s),
              "Your agents say the same thing.");
    // The whole sentence is proposed at once: capitals, marks and the swear word together.
    EXPECT_EQ(rewrite(u"Refund the damn USD 20 IMMEDIATELY!!!"_s, u"damn"_s),
              "Refund the USD 20 immediately.");
    // "never" carries the meaning and a predicate carries the sentence: no mechanical rewrite.
    EXPECT_EQ(rewrite(u"You never answer my emails."_s, u"never"_s), "");
    EXPECT_EQ(rewrite(u"Your service is crap."_s, u"crap"_s), "");
    EXPECT_EQ(rewrite(u"You people are useless."_s, u"useless"_s), "");
    // An article stays right or the word stays in.
    EXPECT_EQ(rewrite(u"It is a damn awful app."_s, u"damn"_s), "");

    const ToneChecker zh = loaded(u"zh_CN"_s);
    const auto zhRewrite = [&zh](const QString& sentence, const QString& flagged) {
        return proposalFor(zh, sentence, flagged).rewrite.toStdString();
    };
    EXPECT_EQ(zhRewrite(u"请立即退款！！！"_s, u"！"_s), "请立即退款。");
    EXPECT_EQ(zhRewrite(u"为什么到现在还没有处理？？？"_s, u"？"_s), "为什么到现在还没有处理？");
    EXPECT_EQ(zhRewrite(u"你们总是推卸责任。"_s, u"总是"_s), "你们推卸责任。");
    EXPECT_EQ(zhRewrite(u"你们从来不回复我的消息。"_s, u"从来"_s), "你们不回复我的消息。");
    EXPECT_EQ(zhRewrite(u"他妈的，钱到底什么时候退？"_s, u"他妈"_s), "钱到底什么时候退？");
    EXPECT_EQ(zhRewrite(u"他妈\u00AD的，钱到底什么时候退？"_s, u"他妈"_s), "钱到底什么时候退？");
    EXPECT_EQ(zhRewrite(u"呵呵，又让我等三个工作日。"_s, u"呵呵"_s), "又让我等三个工作日。");
    EXPECT_EQ(zhRewrite(u"所谓的“客服”只会复制粘贴。"_s, u"所谓"_s), "客服只会复制粘贴。");
    EXPECT_EQ(zhRewrite(u"这种垃圾平台早该关门了。"_s, u"垃圾"_s), "这种平台早该关门了。");
    // An accusation is the user's to reword: the advice is shown, nothing is inserted.
    const ToneProposal scam = proposalFor(zh, u"你们这就是诈骗。"_s, u"诈骗"_s);
    EXPECT_TRUE(scam.rewrite.isEmpty());
    EXPECT_FALSE(scam.advice.isEmpty());
    EXPECT_FALSE(ToneChecker::placeholderIn(scam.advice).isEmpty())
        << "the advice is a pattern with blanks, which is why it is never inserted";
}

TEST(ToneProposal, SentencesWithoutFactsCanBeRemovedTidily)
{
    const ToneChecker en = loaded(u"en"_s);
    const QString text = u"I was charged twice on 3 May. I will sue you. Please refund me."_s;
    ToneProposal p = proposalFor(en, text, u"sue"_s);
    EXPECT_EQ(p.sentence, u"I will sue you."_s);
    EXPECT_TRUE(int(p.removable));
    EXPECT_EQ(ToneChecker::applied(text, p, {}),
              u"I was charged twice on 3 May. Please refund me."_s);
    // At the end of a line the space before it goes, and a bullet goes with its only sentence.
    const QString list =
        u"Dear team,\n\nI want a refund. You people are useless.\n- I will sue you.\n- Refund USD 20.\n"_s;
    p = proposalFor(en, list, u"useless"_s);
    EXPECT_TRUE(int(p.removable));
    EXPECT_EQ(ToneChecker::applied(list, p, {}),
              u"Dear team,\n\nI want a refund.\n- I will sue you.\n- Refund USD 20.\n"_s);
    p = proposalFor(en, list, u"sue"_s);
    EXPECT_EQ(ToneChecker::applied(list, p, {}),
              u"Dear team,\n\nI want a refund. You people are useless.\n- Refund USD 20.\n"_s);
    // A threat with a condition and a date says something: it is not offered for removal.
    EXPECT_FALSE(
        proposalFor(en, u"I'll sue you if the money is not back by Friday."_s, u"sue"_s).removable);

    const ToneChecker zh = loaded(u"zh_CN"_s);
    const QString zhText = u"请退款。投诉到底！谢谢。"_s;
    p = proposalFor(zh, zhText, u"投诉到底"_s);
    EXPECT_TRUE(int(p.removable));
    EXPECT_TRUE(p.rewrite.isEmpty());
    EXPECT_EQ(ToneChecker::applied(zhText, p, {}), u"请退款。谢谢。"_s);
    // A paragraph of one sentence between blank lines leaves one blank line, not two.
    const QString paragraphs = u"第一段。\n\n我要起诉你们。\n\n第三段。"_s;
    p = proposalFor(zh, paragraphs, u"起诉"_s);
    EXPECT_TRUE(int(p.removable));
    EXPECT_EQ(ToneChecker::applied(paragraphs, p, {}), u"第一段。\n\n第三段。"_s);
    EXPECT_FALSE(proposalFor(zh, u"再不退款我就去曝光你们。"_s, u"曝光"_s).removable);
}

TEST(ToneProposal, EditedSentenceReplacesOnlyTheSentence)
{
    const ToneChecker en = loaded(u"en"_s);
    const QString text = u"Hello.\nYou are thieves!!! Bye."_s;
    const ToneProposal p = proposalFor(en, text, u"thieves"_s);
    EXPECT_EQ(p.sentence, u"You are thieves!!!"_s);
    EXPECT_EQ(ToneChecker::applied(text, p, u"  The charge was not mine. "_s),
              u"Hello.\nThe charge was not mine. Bye."_s);
}

TEST(ToneProposal, SentenceBoundaries)
{
    const auto sentence = [](const QString& text, const QString& inside) {
        const qsizetype at = text.indexOf(inside);
        const auto [start, end] = ToneChecker::sentenceSpan(text, at, at + inside.size());
        return text.mid(start, end - start).toStdString();
    };
    EXPECT_EQ(sentence(u"I paid USD 49.99 today. You idiots!"_s, u"idiots"_s), "You idiots!");
    EXPECT_EQ(sentence(u"I paid USD 49.99, e.g. twice, you idiots. Bye."_s, u"idiots"_s),
              "I paid USD 49.99, e.g. twice, you idiots.");
    EXPECT_EQ(sentence(u"First line\nYou idiots\nThird"_s, u"idiots"_s), "You idiots");
    EXPECT_EQ(sentence(u"Why??? Really?! Fine."_s, u"?!"_s), "Really?!");
    EXPECT_EQ(sentence(u"他说：“退款。”你们这群骗子！！！谢谢。"_s, u"骗子"_s),
              "你们这群骗子！！！");
    EXPECT_EQ(sentence(u"   "_s, u" "_s), "");
}

TEST(ToneProposal, PlaceholdersAreRecognised)
{
    for (const QString& s : {u"On [date] I paid."_s, u"transaction __"_s, u"X月X日扣款"_s,
                             u"共XX元"_s, u"工号XXXX"_s, u"[regulator or ombudsman]"_s})
        EXPECT_FALSE(ToneChecker::placeholderIn(s).isEmpty()) << s.toStdString();
    for (const QString& s : {u"I wrote to the CFPB [1] on 3 May."_s, u"Box 3, Exeter"_s,
                             u"XYZ Ltd"_s, u"3月5日扣款128元"_s, u"a_b"_s})
        EXPECT_TRUE(ToneChecker::placeholderIn(s).isEmpty()) << s.toStdString();
}

TEST(ToneProposal, SummaryFollowsWhatRemains)
{
    const ToneChecker en = loaded(u"en"_s);
    const auto summary = [&en](const QString& text) { return en.summarize(en.check(text), text); };
    // After the insult is taken out, a threat and shouting remain: that is not calm.
    const QString letter = u"You people are useless. SCAM!!! I will sue you."_s;
    const ToneProposal p = proposalFor(en, letter, u"useless"_s);
    const QString after = ToneChecker::applied(letter, p, {});
    EXPECT_EQ(after, u"SCAM!!! I will sue you."_s);
    EXPECT_EQ(summary(after).level, ToneLevel::Heated);
    EXPECT_EQ(summary(u"I will sue you."_s).level, ToneLevel::Heated);
    EXPECT_EQ(summary(u"You stole USD 500 from my account."_s).level, ToneLevel::Heated);
    EXPECT_EQ(summary(u"Please refund me now!!!"_s).level, ToneLevel::LittleHeated);
    EXPECT_EQ(summary(u"This damn app took my money."_s).level, ToneLevel::LittleHeated);
    EXPECT_EQ(summary(u"Please refund me now!!!"_s).heatedCount, 1);
    // Absolutes and sarcasm alone still read calm overall.
    EXPECT_EQ(summary(u"You never replied to my email of 3 May."_s).level, ToneLevel::Calm);
    EXPECT_EQ(summary(u"You never replied to my email of 3 May."_s).heatedCount, 0);

    const ToneChecker zh = loaded(u"zh_CN"_s);
    const QString zhText = u"投诉到底！"_s;
    EXPECT_EQ(zh.summarize(zh.check(zhText), zhText).level, ToneLevel::Heated);
}

} // namespace
