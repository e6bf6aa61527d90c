// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Letter drafting from whatever a case holds: every field the user types (title, description,
// references, account, remedy note, contacts' names, promises and summaries, evidence titles,
// transactions, the profile) comes from the input, as do the dates, amounts, currency, zone,
// region, the kind and language of the letter and the letters already sent. Known keys
// (families, providers, regulators) are mostly picked from the real lists so the drafter gets
// past its first checks; now and then any string. Every drafted kind must draft without a
// crash; a letter drafted must contain no unfilled template code.
#include "FuzzSupport.h"

#include "guidance/ProviderDirectory.h"
#include "letters/LetterDrafter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<ProviderDirectory> directory;

QString text(FuzzedDataProvider& in, std::size_t max = 200)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// One of `known`, or (one time in eight) any string.
QString pick(FuzzedDataProvider& in, const QStringList& known)
{
    const auto i = in.ConsumeIntegralInRange<int>(0, int(known.size()) * 8 / 7);
    return i < known.size() ? known.at(i) : text(in, 40);
}

std::optional<qint64> maybeTime(FuzzedDataProvider& in)
{
    if (!in.ConsumeBool())
        return std::nullopt;
    // Mostly around now (2020–2030), sometimes anything at all.
    if (in.ConsumeBool())
        return in.ConsumeIntegral<qint64>();
    return in.ConsumeIntegralInRange<qint64>(1'577'836'800'000, 1'893'456'000'000);
}

qint64 time(FuzzedDataProvider& in)
{
    return maybeTime(in).value_or(1'767'225'600'000);
}

const QStringList families = {u"transaction"_s, u"security"_s, u"service"_s};
const QStringList subtypes = {u"payment_failed"_s, u"duplicate_charge"_s, u"delayed_credit"_s,
                              u"wrong_amount"_s, u"refund_missing"_s, u"unusual_login"_s,
                              u"account_stolen"_s, u"unauthorized_payment"_s, u"scam"_s,
                              u"data_leak"_s, u"slow_response"_s, u"rude_agent"_s,
                              u"unresolved"_s, u"unreachable"_s, u"account_frozen"_s};
const QStringList providers = {u"alipay"_s, u"wechat_pay"_s, u"unionpay"_s, u"jd_pay"_s,
                               u"paypal"_s, u"apple_pay"_s, u"google_wallet"_s,
                               u"samsung_wallet"_s, u"cash_app"_s, u"venmo"_s, u"zelle"_s, {}};
const QStringList regulators = {u"cn_pboc_12363"_s, u"cn_samr_12315"_s, u"cn_nfra_12378"_s,
                                u"cn_heimao"_s, u"cn_police"_s, u"us_cfpb"_s, u"us_ftc"_s,
                                u"uk_fos"_s, u"uk_action_fraud"_s, u"eu_nca"_s, u"eu_finnet"_s,
                                {}};
const QStringList currencies = {u"CNY"_s, u"USD"_s, u"GBP"_s, u"EUR"_s, u"JPY"_s, {}};
const QStringList zones = {u"Asia/Shanghai"_s, u"America/Los_Angeles"_s, u"Europe/London"_s,
                           u"Europe/Berlin"_s, u"UTC"_s, {}};
const QStringList regions = {u"CN"_s, u"US"_s, u"UK"_s, u"EU"_s, {}};
const QStringList remedies = {u"refund"_s, u"reversal"_s, u"unfreeze"_s, u"explanation"_s,
                              u"apology"_s, u"compensation"_s, u"other"_s};
const QStringList channels = {u"hotline"_s, u"in_app_chat"_s, u"email"_s, u"web_form"_s,
                              u"social"_s, u"branch"_s, u"letter"_s, u"other"_s};

CaseSnapshot caseFrom(FuzzedDataProvider& in)
{
    CaseSnapshot s;
    CaseRecord& r = s.record;
    r.id = 1;
    r.title = text(in);
    r.family = pick(in, families);
    r.subtype = pick(in, subtypes);
    r.providerKey = pick(in, providers);
    r.providerName = text(in, 40);
    r.incidentAt = maybeTime(in);
    if (in.ConsumeBool())
        r.amountMinor = in.ConsumeBool() ? in.ConsumeIntegral<qint64>()
                                         : in.ConsumeIntegralInRange<qint64>(0, 10'000'000);
    r.currency = pick(in, currencies);
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
        r.references << text(in, 40);
    r.accountRef = text(in, 40);
    r.description = text(in, 600);
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n)
        r.remedies << pick(in, remedies);
    r.remedyNote = text(in);
    r.language = in.ConsumeBool() ? u"zh_CN"_s : u"en"_s;
    r.timeZone = pick(in, zones);
    r.createdAt = time(in);
    r.status = in.ConsumeBool() ? u"draft"_s : u"sent"_s;

    for (int n = in.ConsumeIntegralInRange(0, 4); n > 0; --n) {
        Contact c;
        c.occurredAt = time(in);
        c.channel = pick(in, channels);
        c.direction = in.ConsumeBool() ? u"outgoing"_s : u"incoming"_s;
        c.agentName = text(in, 40);
        c.agentId = text(in, 20);
        c.reference = text(in, 40);
        c.summary = text(in);
        c.promise = text(in);
        c.promisedBy = maybeTime(in);
        c.outcome = text(in, 40);
        s.contacts << c;
    }
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) {
        Evidence e;
        e.title = text(in, 80);
        e.fileName = text(in, 40);
        e.kind = u"screenshot"_s;
        e.capturedAt = maybeTime(in);
        s.evidence << e;
    }
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) {
        TransactionRecord t;
        t.occurredAt = maybeTime(in);
        t.counterparty = text(in, 40);
        t.amountMinor = in.ConsumeIntegralInRange<qint64>(0, 100'000'000);
        t.currency = pick(in, currencies);
        t.reference = text(in, 40);
        t.direction = in.ConsumeBool() ? u"out"_s : u"in"_s;
        s.transactions << t;
    }
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0; --n) {
        Letter l;
        l.kind = pick(in, LetterDrafter::kinds());
        l.language = r.language;
        l.subject = text(in, 80);
        l.body = text(in, 400);
        l.status = in.ConsumeBool() ? u"sent"_s : u"draft"_s;
        l.sentAt = maybeTime(in);
        l.channel = pick(in, channels);
        l.reference = text(in, 40);
        l.createdAt = time(in);
        l.replyBy = maybeTime(in);
        s.letters << l;
    }
    return s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    wc::fuzz::initQt();
    auto loaded = ProviderDirectory::load();
    if (!loaded) {
        std::fprintf(stderr, "fuzz_letter: %s\n", qPrintable(loaded.error().detail));
        std::abort();
    }
    directory = *loaded;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    LetterDrafter::Request request;
    request.kind = pick(in, LetterDrafter::kinds());
    request.language = pick(in, LetterDrafter::languages());
    request.nowMs = time(in);
    const QString zone = pick(in, zones);
    request.zone = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    request.replyByMs = maybeTime(in);
    request.regulatorKey = pick(in, regulators);
    request.region = pick(in, regions);
    if (in.ConsumeBool())
        request.fullAccount = in.ConsumeBool();
    Profile profile{text(in, 40), text(in, 30), text(in, 40), text(in, 120), 0};
    CaseSnapshot snapshot = caseFrom(in);
    LetterDrafter::nameProvider(snapshot, *directory, request.language);

    const auto letter = LetterDrafter::draft(snapshot, profile, request);
    if (!letter)
        return 0;
    // Mustache code left in a letter is a template bug (the user's own text is a value: a
    // "{{" the user typed is kept, so only look where the input had none).
    if (!wc::fuzz::bytes(data, size).contains("{{") &&
        (letter->body.contains(u"{{"_s) || letter->subject.contains(u"{{"_s))) {
        std::fprintf(stderr, "fuzz_letter: template code left in the letter\n");
        std::abort();
    }
    (void)LetterDrafter::replyDeadline(*letter, request.zone);
    (void)LetterDrafter::regulatorAddressedIn(*letter);
    return 0;
}
