// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "guidance/FitTable.h"

#include "followup/ClockTable.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "model/Entities.h"
#include "store/CaseStore.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace wc::core {

namespace {

const QString En = u"en"_s;

QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

QString region(const QString& r)
{
    const QString upper = r.trimmed().toUpper();
    return upper == u"GB"_s ? u"UK"_s : upper;
}

QString unitName(followup::Unit unit)
{
    switch (unit) {
    case followup::Unit::Days:
        return u"calendar days"_s;
    case followup::Unit::BusinessDays:
        return u"business days"_s;
    case followup::Unit::Weeks:
        return u"weeks"_s;
    case followup::Unit::Months:
        return u"months"_s;
    }
    return {};
}

QString startName(const QString& start)
{
    static const QMap<QString, QString> names{
        {u"complaint_sent"_s, u"complaint sent"_s},
        {u"final_response"_s, u"final response"_s},
        {u"statement_date"_s, u"statement date"_s},
        {u"transaction_date"_s, u"transaction"_s},
        {u"incident"_s, u"when you learned of it"_s},
        {u"dispute_opened"_s, u"dispute opened"_s},
        {u"reply_requested"_s, u"the date your letter asks for"_s},
    };
    return names.value(start, start);
}

QString deadline(const ClockRule& rule)
{
    if (rule.starts == clockstart::ReplyRequested)
        return u"the date in your letter"_s;
    QString text = QString::number(rule.amount) + u' ' + unitName(rule.unit);
    if (rule.amount == 1)
        text.chop(1);
    if (rule.extendedAmount)
        text += u" (%1 %2 when extended)"_s.arg(*rule.extendedAmount)
                    .arg(unitName(rule.extendedUnit));
    return text;
}

QString channelText(const Channel& channel)
{
    return channel.value.isEmpty() ? channel.path.text(En) : channel.value;
}

void firstSteps(const Taxonomy& taxonomy, QStringList& out)
{
    out << u"### First steps and their sources"_s << QString()
        << u"| step | family | fits | source |"_s << u"|---|---|---|---|"_s;
    for (const Family& family : taxonomy.families()) {
        for (const ChecklistStep& step : family.checklist) {
            QString fits = u"every subtype"_s;
            if (!step.onlyFor.isEmpty())
                fits = u"only "_s + step.onlyFor.join(u", "_s);
            else if (!step.notFor.isEmpty())
                fits = u"all but "_s + step.notFor.join(u", "_s);
            if (!step.regions.isEmpty())
                fits += u"; regions "_s + step.regions.join(u", "_s);
            QString source = step.source.text(En);
            if (source.isEmpty() && step.key == u"freeze_account"_s)
                source = u"the provider's freeze line and its help page (providers table below)"_s;
            if (source.isEmpty())
                source = u"WalletCase's suggestion, based on common consumer advice"_s;
            out << u"| `%1` %2 | %3 | %4 | %5 |"_s.arg(step.key, cell(step.label.text(En)),
                                                     family.key, cell(fits), cell(source));
        }
    }
}

void clockRules(const ClockTable& clocks, QStringList& out)
{
    out << QString() << u"### Deadline clocks and their sources"_s << QString()
        << u"| clock | deadline | counts from | source |"_s << u"|---|---|---|---|"_s;
    for (const ClockRule& rule : clocks.rules())
        out << u"| `%1` %2 | %3 | %4 | %5 |"_s.arg(rule.key, cell(rule.name.text(En)),
                                                 cell(deadline(rule)), startName(rule.starts),
                                                 cell(rule.source.text(En)));
}

void providerLines(const ProviderDirectory& providers, QStringList& out)
{
    out << QString() << u"### Providers: the urgent line and its source"_s << QString()
        << u"| provider | kind | regions | freeze / loss report, most direct first | source |"_s
        << u"|---|---|---|---|---|"_s;
    for (const Provider& p : providers.providers()) {
        QStringList freeze;
        for (const Channel& channel : p.freeze) {
            const QString text = channelText(channel);
            if (!text.isEmpty())
                freeze << text;
        }
        const QString line = cell(freeze.join(u"; "_s));
        out << u"| `%1` %2 | %3 | %4 | %5 | %6 |"_s.arg(
            p.key, cell(p.name.text(En)), p.kind.isEmpty() ? u"wallet"_s : p.kind,
            p.regions.join(u", "_s),
            line.isEmpty() ? u"customer service (no freeze line)"_s : line, cell(p.source));
    }
}

void matrix(const Taxonomy& taxonomy, const ProviderDirectory& providers,
            const ClockTable& clocks, QStringList& out)
{
    out << QString() << u"### Subtype × provider × region"_s << QString()
        << u"First steps are listed by key (labels and sources above); security problems also show"_s
        << u"the provider's freeze line first. Clocks are those offered when the complaint goes to"_s
        << u"the company; the follow-up clock's date is set on the send page itself. Complaints sent"_s
        << u"to a regulator add that regulator's clocks (`cfpb_response`, `cfpb_closed`,"_s
        << u"`cn_12315_accept`); a final response adds `uk_fos_six_months` in the UK. Regulation E"_s
        << u"clocks follow the case's funding: none when it says a credit card paid; on a wallet"_s
        << u"that takes cards too, while the case does not say, they are offered as applying \"if"_s
        << u"paid from your balance or bank account\" (marked *if from account* below)."_s
        << QString();
    for (const Provider& p : providers.providers()) {
        for (const QString& r : p.regions) {
            const QString reg = region(r);
            out << u"#### %1 — %2"_s.arg(p.name.text(En), reg) << QString()
                << u"| subtype | first steps | clocks |"_s << u"|---|---|---|"_s;
            for (const Family& family : taxonomy.families()) {
                // The context a complaint to the company has for this provider and a user
                // living in `reg`: what the send page hands ClockTable.
                ClockContext context;
                context.regions = {reg};
                context.userRegion = reg;
                context.providerKey = p.key;
                if (!p.kind.isEmpty())
                    context.providerKind = p.kind;
                context.family = family.key;
                // A case that does not say how it was paid.
                context.regulationE =
                    regulationEReach(CaseSnapshot{}, regulationEFundingVaries(p.key));
                QStringList rules;
                for (const ClockRule& rule : clocks.rules()) {
                    if (!clocks.applies(rule, context))
                        continue;
                    const bool conditional = rule.electronicTransfer
                        && context.regulationE == RegulationEReach::IfFromAccount;
                    rules << (conditional ? rule.key + u" *if from account*"_s : rule.key);
                }
                for (const Subtype& sub : family.subtypes) {
                    QStringList steps;
                    for (const ChecklistStep& step : taxonomy.checklist(family.key, sub.key, {reg}))
                        steps << step.key;
                    if (family.urgent && steps.contains(u"freeze_account"_s) && !p.freeze.isEmpty())
                        steps.prepend(u"freeze line: "_s + channelText(p.freeze.first()));
                    out << u"| %1 | %2 | %3 |"_s.arg(sub.key, cell(steps.join(u", "_s)),
                                                     rules.join(u", "_s));
                }
            }
            out << QString();
        }
    }
}

} // namespace

QString FitTable::markdown(const Taxonomy& taxonomy, const ProviderDirectory& providers,
                           const ClockTable& clocks)
{
    QStringList out{QString(Begin), QString()};
    out << u"Regenerate with `WC_UPDATE_DOCS=1 ctest --test-dir build/default -R FitTable` after"_s
        << u"changing `taxonomy.json`, `providers.json` or `clocks.json`; the test fails while this"_s
        << u"part is out of date."_s << QString();
    firstSteps(taxonomy, out);
    clockRules(clocks, out);
    providerLines(providers, out);
    matrix(taxonomy, providers, clocks, out);
    out << QString(End);
    return out.join(u'\n') + u'\n';
}

QString FitTable::replaceIn(const QString& document, const QString& table)
{
    // Any fit-table begin marker, including the older wording of an earlier generator.
    const qsizetype end = document.indexOf(End);
    qsizetype begin = document.indexOf(u"<!-- fit-table:"_s);
    if (begin < 0 || end < begin) {
        QString out = document;
        while (out.endsWith(u'\n'))
            out.chop(1);
        return out + u"\n\n"_s + table;
    }
    const QString before = document.left(begin);
    QString after = document.mid(end + End.size());
    while (after.startsWith(u'\n'))
        after.remove(0, 1);
    return before + table + (after.isEmpty() ? QString() : u'\n' + after);
}

} // namespace wc::core
