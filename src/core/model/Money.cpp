// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "model/Money.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

Error badAmount(const QString& message, const QString& detail)
{
    return Error{ErrorCode::InvalidArgument, message, detail};
}

// Digits split into thousands groups: 1 to 3 digits, then groups of exactly three ("1,234,567").
// A leading zero is no grouping ("0,500" is a decimal written with a comma, not five hundred).
bool validGrouping(const QString& integer, QChar separator)
{
    const QStringList groups = integer.split(separator);
    if (groups.size() == 1)
        return true;
    const QString& first = groups.first();
    if (first.isEmpty() || first.size() > 3 || first.startsWith(u'0'))
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

// The currencies a symbol or word written next to the amount can stand for. Symbols shared by
// several currencies ($, ¥) accept any of them; the picked currency decides.
QStringList currenciesForSymbol(const QString& symbol)
{
    const QString s = symbol.toUpper();
    if (s == u"¥"_s)
        return {u"CNY"_s, u"JPY"_s};
    if (s == u"元"_s || s == u"块"_s)
        return {u"CNY"_s, u"HKD"_s, u"TWD"_s, u"MOP"_s};
    if (s == u"RMB"_s)
        return {u"CNY"_s};
    if (s == u"$"_s)
        return {u"USD"_s, u"HKD"_s, u"TWD"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s, u"NZD"_s, u"MOP"_s};
    if (s == u"US$"_s)
        return {u"USD"_s};
    if (s == u"HK$"_s)
        return {u"HKD"_s};
    if (s == u"€"_s)
        return {u"EUR"_s};
    if (s == u"£"_s)
        return {u"GBP"_s};
    return {s}; // an ISO code stands for itself
}

} // namespace

int Money::exponent(const QString& currency)
{
    // ISO 4217 minor units that differ from 2 (CaseText::currencyExponent shows amounts by the
    // same table, so what is typed and what is shown agree).
    static const QStringList zero = {u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"ISK"_s, u"JPY"_s,
                                     u"KMF"_s, u"KRW"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s, u"UYI"_s,
                                     u"VND"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s};
    static const QStringList three = {u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s,
                                      u"LYD"_s, u"OMR"_s, u"TND"_s};
    const QString code = currency.trimmed().toUpper();
    if (zero.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QStringList Money::commonCurrencies()
{
    return {u"CNY"_s, u"USD"_s, u"EUR"_s, u"GBP"_s, u"HKD"_s, u"JPY"_s, u"TWD"_s,
            u"SGD"_s, u"AUD"_s, u"CAD"_s, u"KRW"_s, u"CHF"_s, u"MOP"_s};
}

Result<qint64> Money::parse(const QString& input, const QString& currency)
{
    const QString code = currency.trimmed().toUpper();
    const int exp = exponent(code);
    const QString example = exp == 0 ? u"1234"_s : exp == 3 ? u"1234.567"_s : u"1234.56"_s;
    const QString shown = input.trimmed();

    // Full-width digits and punctuation (１２．５０, ￥, the ideographic space) become ASCII; a
    // Chinese input method types 。 for the decimal point.
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    text.replace(QChar(0x3002), u'.');
    text.replace(QChar(0x2212), u'-');

    // A currency written with the amount ("¥88", "USD 5.20", "88元") must agree with the picked
    // currency: taking "USD 5" as 5 CNY would be a guess.
    static const QRegularExpression prefix(uR"(^(US\$|HK\$|RMB|[A-Za-z]{3}|[¥$€£])\s*(?=[-0-9.,]))"_s);
    static const QRegularExpression suffix(uR"((?<=[0-9.])\s*([A-Za-z]{3}|元|块|[¥$€£])$)"_s);
    for (const QRegularExpression* re : {&prefix, &suffix}) {
        const QRegularExpressionMatch m = re->match(text);
        if (!m.hasMatch())
            continue;
        const QString symbol = m.captured(1);
        if (!code.isEmpty() && !currenciesForSymbol(symbol).contains(code))
            return badAmount(tr("\"%1\" is written in %2, but the currency chosen is %3. Choose "
                                "the right currency, or type only the number.")
                                 .arg(shown, symbol, code),
                             u"currency mismatch"_s);
        text.remove(m.capturedStart(), m.capturedLength());
        text = text.trimmed();
    }

    if (text.isEmpty())
        return badAmount(tr("Type the amount, for example %1.").arg(example), u"empty"_s);
    if (text.startsWith(u'-'))
        return badAmount(tr("Type the amount without a minus sign."), u"negative"_s);
    static const QRegularExpression allowed(u"^[0-9.,' \u00A0\u202F\u2009]+$"_s);
    static const QRegularExpression digit(u"[0-9]"_s);
    if (!allowed.match(text).hasMatch() || !text.contains(digit))
        return badAmount(tr("\"%1\" is not an amount. Type digits and at most one decimal point, "
                            "for example %2.")
                             .arg(shown, example),
                         u"characters"_s);
    const auto unclear = [&] {
        return badAmount(tr("\"%1\" is not clear as an amount. Type it with one decimal point "
                            "and no other separators, for example %2.")
                             .arg(shown, example),
                         u"separators"_s);
    };

    // Spaces and apostrophes only ever group thousands ("1 234,56", "1'234.56").
    for (const QChar space : {QChar(0x00A0), QChar(0x202F), QChar(0x2009), QChar(u'\'')})
        text.replace(space, u' ');

    // Which of '.' and ',' is the decimal mark. With both, the last one is, and it may occur only
    // once. With one kind: several of it group thousands; a single '.' is decimal; a single ','
    // followed by exactly three digits groups thousands ("1,234"), except in three-decimal
    // currencies where "1,234" could be either and is refused.
    const qsizetype dots = text.count(u'.');
    const qsizetype commas = text.count(u',');
    QChar decimal;
    QChar grouping;
    if (dots > 0 && commas > 0) {
        decimal = text.lastIndexOf(u'.') > text.lastIndexOf(u',') ? u'.' : u',';
        grouping = decimal == u'.' ? u',' : u'.';
        if (text.count(decimal) > 1)
            return unclear();
    } else if (dots + commas > 1) {
        grouping = dots > 0 ? u'.' : u',';
    } else if (dots == 1) {
        decimal = u'.';
    } else if (commas == 1) {
        const QString after = text.section(u',', 1);
        const QString before = text.section(u',', 0, 0);
        const bool looksGrouped = after.size() == 3 && validGrouping(before + u',' + after, u',');
        if (looksGrouped && exp == 3)
            return unclear();
        if (looksGrouped)
            grouping = u',';
        else
            decimal = u',';
    }

    QString integer = text;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = text.indexOf(decimal);
        integer = text.left(at);
        fraction = text.mid(at + 1);
    }
    if (fraction.contains(u' ') || fraction.contains(u'.') || fraction.contains(u','))
        return unclear();
    if (integer.contains(u' ')) {
        // One kind of grouping per amount: "1 234.567,8" is not something to guess at.
        if (!grouping.isNull() && integer.contains(grouping))
            return unclear();
        grouping = u' ';
    }
    if (!grouping.isNull()) {
        if (!validGrouping(integer, grouping))
            return unclear();
        integer.remove(grouping);
    }
    if (integer.isEmpty() && fraction.isEmpty())
        return unclear();
    if (integer.isEmpty())
        integer = u"0"_s;

    if (fraction.size() > exp) {
        if (exp == 0)
            return badAmount(tr("%1 amounts have no decimals; type a whole number, for example %2.")
                                 .arg(code, example),
                             u"decimals"_s);
        return badAmount(tr("%1 amounts have at most %2 decimals, for example %3.")
                             .arg(code)
                             .arg(exp)
                             .arg(example),
                         u"decimals"_s);
    }
    fraction = fraction.leftJustified(exp, u'0');
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer.remove(0, 1);
    // Up to 18 digits in minor units always fit a qint64 (its limit has 19).
    if (integer.size() + exp > 18)
        return badAmount(tr("The amount is too large."), u"overflow"_s);
    bool ok = false;
    const qint64 whole = integer.toLongLong(&ok);
    if (!ok)
        return unclear();
    qint64 minor = whole;
    for (int i = 0; i < exp; ++i)
        minor *= 10;
    if (exp > 0)
        minor += fraction.toLongLong();
    return minor;
}

QString Money::format(qint64 minor, const QString& currency)
{
    const int exp = exponent(currency);
    const bool negative = minor < 0;
    // Negating the most negative qint64 overflows; go through the unsigned type.
    const quint64 value = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    QString out;
    if (exp == 0) {
        out = QString::number(value);
    } else {
        quint64 scale = 1;
        for (int i = 0; i < exp; ++i)
            scale *= 10;
        out = QString::number(value / scale) + u'.'
            + QString::number(value % scale).rightJustified(exp, u'0');
    }
    return negative ? u"-"_s + out : out;
}

} // namespace wc::core
