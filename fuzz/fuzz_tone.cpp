// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The tone checker on any text, as the letter editor runs it on every keystroke: check(), the
// summary, a proposal for every finding and the text with each proposal applied (its rewrite,
// and removed). The first byte picks the lexicon (English or Chinese); the rest is the text as
// UTF-8, or as UTF-16 when the first byte's next bit says so (unpaired surrogates included).
// The offsets the editor underlines with must lie in the text and say what they claim.
#include "FuzzSupport.h"

#include "letters/ToneChecker.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<ToneChecker> english;
std::optional<ToneChecker> chinese;

ToneChecker loaded(const QString& language)
{
    auto checker = ToneChecker::load(language);
    if (!checker) {
        std::fprintf(stderr, "fuzz_tone: %s\n", qPrintable(checker.error().detail));
        std::abort();
    }
    return *checker;
}

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_tone: %s\n", what);
        std::abort();
    }
}

bool inText(const QString& text, qsizetype start, qsizetype length)
{
    return start >= 0 && length >= 0 && start + length <= text.size();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wc::fuzz::initQt();
    english = loaded(u"en"_s);
    chinese = loaded(u"zh_CN"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const ToneChecker& checker = (data[0] & 1) ? *chinese : *english;
    const char* rest = reinterpret_cast<const char*>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    const QString text = (data[0] & 2)
                             ? QString(reinterpret_cast<const QChar*>(
                                           QByteArray(rest, restSize).constData()),
                                       restSize / 2)
                             : QString::fromUtf8(rest, restSize);

    const QList<ToneFinding> findings = checker.check(text);
    (void)checker.summarize(findings, text);
    (void)ToneChecker::placeholderIn(text);
    for (const ToneFinding& f : findings) {
        require(inText(text, f.start, f.length), "finding outside the text");
        require(text.mid(f.start, f.length) == f.text, "finding's text is not the text there");
        const auto [from, to] = ToneChecker::sentenceSpan(text, f.start, f.start + f.length);
        require(from >= 0 && from <= to && to <= text.size(), "sentence span outside the text");
        const ToneProposal p = checker.propose(text, f);
        require(inText(text, p.sentenceStart, p.sentenceLength), "proposal outside the text");
        require(text.mid(p.sentenceStart, p.sentenceLength) == p.sentence,
                "proposal's sentence is not the text there");
        if (p.removable)
            require(inText(text, p.removeStart, p.removeLength), "removal outside the text");
        (void)ToneChecker::placeholderIn(p.rewrite);
        const QString rewritten = ToneChecker::applied(text, p, p.rewrite);
        const QString removed = ToneChecker::applied(text, p, QString());
        (void)checker.check(rewritten);
        (void)removed;
    }
    return 0;
}
