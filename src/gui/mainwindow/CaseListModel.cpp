// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/CaseListModel.h"

#include "gui/caseview/CaseText.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/Taxonomy.h"
#include "store/CaseStore.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The store's urgency: 0 an open security case, 1 another open case, 2 closed.
constexpr int kSecurityUrgency = 0;

core::CaseSort sortFor(int column)
{
    switch (column) {
    case CaseListModel::TitleColumn:
        return core::CaseSort::Title;
    case CaseListModel::ProviderColumn:
        return core::CaseSort::Provider;
    case CaseListModel::ProblemColumn:
        return core::CaseSort::Problem;
    case CaseListModel::StatusColumn:
        return core::CaseSort::Status;
    case CaseListModel::NextFollowUpColumn:
        return core::CaseSort::NextFollowUp;
    case CaseListModel::AmountColumn:
        return core::CaseSort::Amount;
    default:
        return core::CaseSort::Urgency; // also -1: "unsorted" means the default order
    }
}

// The row's case's zone (core::CaseTimeZone::zoneFor), so the list says a follow-up's time as the
// case pane and the reminder pop-up do. Zones are looked up once per (zone, provider, language):
// data() is asked for every cell on every repaint.
QTimeZone zoneOf(const core::CaseListRow& row)
{
    static QHash<QString, QTimeZone> zones;
    const QString key = row.timeZone + u'|' + row.providerKey + u'|' + row.language;
    if (const auto found = zones.constFind(key); found != zones.cend())
        return *found;
    core::CaseRecord record;
    record.timeZone = row.timeZone;
    record.providerKey = row.providerKey;
    record.language = row.language;
    return *zones.insert(key, core::CaseTimeZone::zoneFor(record));
}

} // namespace

CaseListModel::CaseListModel(core::CaseStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_language(CaseText::uiLanguage())
{
    reload();
}

void CaseListModel::setStore(core::CaseStore* store)
{
    m_store = store;
    reload();
}

void CaseListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void CaseListModel::setFilter(const QString& status, const QString& providerKey,
                              const QString& family, bool openOnly)
{
    m_query.status = status;
    m_query.providerKey = providerKey;
    m_query.family = family;
    m_query.openOnly = openOnly;
    reload();
}

void CaseListModel::setTaxonomy(const core::Taxonomy* taxonomy, const QString& language)
{
    m_taxonomy = taxonomy;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProblemColumn), index(int(m_rows.size()) - 1, ProblemColumn));
}

const core::Taxonomy* CaseListModel::taxonomy() const
{
    if (m_taxonomy)
        return m_taxonomy;
    // Loaded once per process; a broken resource shows keys rather than failing the list.
    static const std::optional<core::Taxonomy> shipped = [] {
        auto loaded = core::Taxonomy::load();
        return loaded ? std::optional(std::move(*loaded)) : std::nullopt;
    }();
    return shipped ? &*shipped : nullptr;
}

void CaseListModel::setSearchResults(std::optional<QList<qint64>> rankedIds)
{
    m_searchIds = std::move(rankedIds);
    if (!m_searchIds)
        m_matches.clear();
    m_sortColumn = -1; // a new search starts in rank order
    m_query.sort = core::CaseSort::Urgency;
    m_query.descending = false;
    reload();
}

void CaseListModel::setSearchMatches(QHash<qint64, core::SearchMatch> matches)
{
    m_matches = std::move(matches);
    if (rowCount() > 0)
        emit dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn));
}

QString CaseListModel::matchPlace(const QString& where)
{
    if (where == u"title")
        return tr("the title");
    if (where == u"details")
        return tr("the case details");
    if (where == u"letter")
        return tr("a letter");
    if (where == u"contact")
        return tr("a contact");
    if (where == u"evidence")
        return tr("the evidence");
    if (where == u"transaction")
        return tr("a transaction");
    return where;
}

std::optional<core::SearchMatch> CaseListModel::searchMatch(qint64 caseId) const
{
    const auto found = m_matches.constFind(caseId);
    if (!m_searchIds || found == m_matches.constEnd())
        return std::nullopt;
    return *found;
}

QString CaseListModel::matchLabel(const core::CaseListRow& row,
                                  const core::SearchMatch& match) const
{
    const QString when = match.rowAt ? CaseText::date(*match.rowAt, zoneOf(row)) : QString();
    if (match.where == u"letter") {
        QString name = CaseText::letterKind(match.rowKind);
        // A letter to the company names it; a regulator letter and a public post say by their
        // kind whom they are for.
        const QString provider = displayText(row, ProviderColumn).toString();
        if (!provider.isEmpty()
            && (match.rowKind == u"initial" || match.rowKind == u"follow_up"
                || match.rowKind == u"escalation"))
            //: A letter in the search results: %1 its kind ("Complaint letter"), %2 the company.
            name = tr("%1 to %2").arg(name, provider);
        if (match.rowState == u"sent" && match.rowAt)
            //: A letter in the search results: %1 which letter, %2 the date it was sent.
            return tr("%1 (sent %2)").arg(name, when);
        //: A letter in the search results: %1 which letter, %2 its status (Draft …).
        return tr("%1 (%2)", "letter (status)").arg(name, CaseText::letterStatus(match.rowState));
    }
    if (match.where == u"contact") {
        QStringList who;
        if (!match.rowKind.isEmpty())
            who << CaseText::contactChannel(match.rowKind);
        if (!match.rowTitle.isEmpty())
            who << match.rowTitle;
        const QString name = who.isEmpty() ? tr("a contact") : who.join(tr(", "));
        return when.isEmpty() ? tr("Contact: %1").arg(name)
                              : tr("Contact: %1 (%2)").arg(name, when);
    }
    if (match.where == u"evidence")
        return tr("Evidence: %1").arg(match.rowTitle.isEmpty() ? tr("an item") : match.rowTitle);
    if (match.where == u"transaction") {
        const QString name = match.rowTitle.isEmpty() ? tr("a transaction") : match.rowTitle;
        return when.isEmpty() ? tr("Transaction: %1").arg(name)
                              : tr("Transaction: %1 (%2)").arg(name, when);
    }
    if (match.where == u"details")
        return tr("Case details");
    return matchPlace(match.where);
}

namespace {

// The excerpt as HTML with the marked terms in bold.
QString markedHtml(const core::SearchMatch& match)
{
    QString html;
    qsizetype at = 0;
    for (const auto& [start, length] : match.marks) {
        if (start < at)
            continue; // overlapping terms: the first one is already bold
        html += match.excerpt.mid(at, start - at).toHtmlEscaped();
        html += u"<b>"_s + match.excerpt.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    return html + match.excerpt.mid(at).toHtmlEscaped();
}

} // namespace

void CaseListModel::setProviderNames(QHash<QString, QString> names)
{
    m_providerNames = std::move(names);
    if (rowCount() > 0)
        emit dataChanged(index(0, ProviderColumn), index(rowCount() - 1, ProviderColumn));
}

void CaseListModel::setStepProvider(StepProvider provider)
{
    m_stepProvider = std::move(provider);
    m_steps.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NextFollowUpColumn),
                         index(int(m_rows.size()) - 1, NextFollowUpColumn));
}

bool CaseListModel::isOverdue(const core::CaseListRow& row) const
{
    return m_store && row.nextFollowUpAt && *row.nextFollowUpAt <= m_store->clock().nowMs();
}

QString CaseListModel::suggestedStep(const core::CaseListRow& row) const
{
    if (!m_stepProvider || !isOverdue(row))
        return {};
    auto it = m_steps.constFind(row.id);
    if (it == m_steps.constEnd())
        it = m_steps.insert(row.id, m_stepProvider(row.id));
    return *it;
}

QModelIndex CaseListModel::indexOfCase(qint64 caseId, int column) const
{
    if (!m_ids.contains(caseId))
        return {};
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == caseId)
            return index(row, column);
    }
    return {};
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_query.sort = sortFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void CaseListModel::reload()
{
    core::CasePage page;
    std::optional<QString> error;
    if (m_store) {
        core::CaseListQuery query = m_query;
        query.limit = m_pageSize;
        if (m_searchIds) {
            // Search hits are few (the search's own limit): one page holds them all.
            query.ids = m_searchIds;
            query.limit = qMax(1, int(m_searchIds->size()));
        }
        auto read = m_store->listCases(query);
        if (read)
            page = std::move(*read);
        else
            error = read.error().message;
        if (m_searchIds && m_sortColumn < 0) {
            QHash<qint64, qsizetype> rank;
            for (qsizetype i = 0; i < m_searchIds->size(); ++i)
                rank.insert(m_searchIds->at(i), i);
            std::stable_sort(page.rows.begin(), page.rows.end(),
                             [&rank](const core::CaseListRow& a, const core::CaseListRow& b) {
                                 return rank.value(a.id) < rank.value(b.id);
                             });
        }
    }

    beginResetModel();
    m_steps.clear(); // the file changed: steps are worked out again when shown
    m_rows = std::move(page.rows);
    m_ids.clear();
    for (const core::CaseListRow& row : std::as_const(m_rows))
        m_ids.insert(row.id);
    m_after = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.last());
    m_hasMore = page.hasMore;
    endResetModel();

    // After the reset, so whoever shows the message finds the model in a consistent state.
    if (error)
        emit errorOccurred(messageFor(*error));
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching && m_store;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    core::CaseListQuery query = m_query;
    query.limit = m_pageSize;
    query.after = m_after;
    auto page = m_store->listCases(query);
    if (!page) {
        // Stop here rather than let every scroll retry and report the same failure again;
        // reload() starts over.
        m_hasMore = false;
        m_fetching = false;
        emit errorOccurred(messageFor(page.error().message));
        return;
    }
    m_hasMore = page->hasMore;
    if (!page->rows.isEmpty())
        m_after = page->rows.last();
    QList<core::CaseListRow> fresh;
    for (core::CaseListRow& row : page->rows) {
        if (!m_ids.contains(row.id))
            fresh << std::move(row);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (core::CaseListRow& row : fresh) {
            m_ids.insert(row.id);
            m_rows << std::move(row);
        }
        endInsertRows();
    }
    m_fetching = false;
}

QString CaseListModel::messageFor(const QString& storeMessage)
{
    return storeMessage.isEmpty() ? tr("The list of cases could not be read from the case file.")
                                  : storeMessage;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon CaseListModel::urgentMarker()
{
    // A filled disc with "!" in the warning colour, the size of a small icon: drawn rather than
    // shipped, so it follows the palette (light or dark) like the Urgency column's text.
    const QColor colour = CaseText::warningColour();
    static QHash<QRgb, QIcon> made; // one per palette: data() asks at every paint
    if (const auto known = made.constFind(colour.rgb()); known != made.cend())
        return *known;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    painter.setPen(colour.lightness() < 128 ? Qt::white : Qt::black);
    QFont font;
    font.setBold(true);
    font.setPixelSize(11);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, 16, 16), Qt::AlignCenter, u"!"_s);
    painter.end();
    return *made.insert(colour.rgb(), QIcon(pixmap));
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CaseListRow& row = m_rows.at(index.row());
    const bool security = row.urgency == kSecurityUrgency;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case CaseIdRole:
        return row.id;
    case StatusKeyRole:
        return row.status;
    case OverdueRole:
        return isOverdue(row);
    case SuggestedStepRole:
        return suggestedStep(row);
    case MatchHtmlRole: {
        const auto match = m_matches.constFind(row.id);
        if (index.column() != TitleColumn || !m_searchIds || match == m_matches.constEnd()
            || match->where == u"title")
            return QString();
        //: Under a case title in the search results: %1 where (a letter, a contact …), %2 the
        //: words around the search term.
        return tr("%1 — %2", "search hit").arg(matchLabel(row, *match).toHtmlEscaped(),
                                                markedHtml(*match));
    }
    case MatchLabelRole: {
        const auto match = m_matches.constFind(row.id);
        if (index.column() != TitleColumn || !m_searchIds || match == m_matches.constEnd()
            || match->where == u"title")
            return QString();
        return matchLabel(row, *match);
    }
    case Qt::FontRole:
        if (security) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        // A narrow list hides the Urgency column (CaseListPane::fitColumns): the title still
        // marks an open security case, in the warning colour.
        if (security && index.column() == TitleColumn)
            return urgentMarker();
        return {};
    case Qt::ForegroundRole:
        if (security && index.column() == UrgencyColumn)
            return CaseText::warningColour();
        if (index.column() == NextFollowUpColumn && isOverdue(row))
            return CaseText::warningColour();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && m_searchIds) {
            const auto match = m_matches.constFind(row.id);
            if (match != m_matches.constEnd())
                return QString(u"<p>"_s
                       + tr("Found in %1:").arg(matchLabel(row, *match)).toHtmlEscaped()
                       + u"<br>"_s + markedHtml(*match) + u"<br><i>"_s
                       + tr("Enter or double-click opens it there.").toHtmlEscaped()
                       + u"</i></p>"_s);
        }
        if (index.column() == NextFollowUpColumn && isOverdue(row)) {
            const QString step = suggestedStep(row);
            return step.isEmpty() ? tr("Overdue.")
                                  : tr("Overdue. Suggested next step: %1").arg(step);
        }
        if (security && index.column() == TitleColumn)
            return tr("Urgent: an open security case, listed first until it is closed.");
        if (index.column() != UrgencyColumn)
            return {};
        if (security)
            return tr("Open security case: money or your account may still be at risk, so it is "
                      "listed first until it is closed.");
        if (row.urgency > kSecurityUrgency + 1)
            return tr("This case is closed.");
        if (isOverdue(row))
            return tr("A follow-up of this case is overdue.");
        if (row.status == core::status::Draft || row.status == core::status::Ready)
            return tr("The complaint has not been sent yet: finish it and send it to start the "
                      "clock.");
        return tr("This case is open.");
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CaseListModel::displayText(const core::CaseListRow& row, int column) const
{
    switch (column) {
    case UrgencyColumn:
        // A level, not the status again (the walk read "Not sent yet" beside "Draft"): what
        // needs the user first. The tooltip says why.
        if (row.urgency == kSecurityUrgency)
            return tr("Urgent");
        if (row.urgency > kSecurityUrgency + 1)
            return tr("—", "urgency of a closed case");
        if (isOverdue(row))
            return tr("Overdue", "urgency");
        return tr("Normal", "urgency");
    case TitleColumn:
        return row.title.isEmpty() ? tr("(untitled case)") : row.title;
    case ProviderColumn:
        // The directory's name in the interface language first: the stored name is in the
        // case's language (支付宝 in an English window otherwise).
        if (const QString known = m_providerNames.value(row.providerKey); !known.isEmpty())
            return known;
        return row.providerName.isEmpty() ? row.providerKey : row.providerName;
    case ProblemColumn:
        if (row.subtype.isEmpty())
            return familyText(row.family);
        return tr("%1 / %2", "problem family / subtype")
            .arg(familyText(row.family), subtypeText(row.subtype));
    case StatusColumn:
        return statusText(row.status);
    case NextFollowUpColumn: {
        if (!row.nextFollowUpAt)
            return QString();
        // With the zone's offset where the computer's clock would read otherwise: the list
        // mixes cases of several zones.
        const QString when = CaseText::zonedDateTime(*row.nextFollowUpAt, zoneOf(row));
        const QString step = suggestedStep(row);
        return step.isEmpty() ? when : tr("%1 · %2", "overdue date · suggested step").arg(when, step);
    }
    case AmountColumn:
        if (!row.amountMinor)
            return QString();
        return CaseText::money(*row.amountMinor, row.currency);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case TitleColumn:
        return tr("Title");
    case ProviderColumn:
        return tr("Provider");
    case ProblemColumn:
        return tr("Problem");
    case StatusColumn:
        return tr("Status");
    case NextFollowUpColumn:
        return tr("Next follow-up");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

QString CaseListModel::familyText(const QString& key) const
{
    return CaseText::family(taxonomy(), key, m_language);
}

QString CaseListModel::subtypeText(const QString& key) const
{
    return CaseText::subtype(taxonomy(), key, m_language);
}

QString CaseListModel::statusText(const QString& key)
{
    return CaseText::status(key);
}

} // namespace wc::gui
