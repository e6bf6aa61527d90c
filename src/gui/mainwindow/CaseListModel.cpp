// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/CaseListModel.h"

#include "store/CaseStore.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Stored keys and their English text, translated at lookup time under this class's context
// (spelled out in every entry so that lupdate finds the strings).
struct KeyText
{
    QLatin1String key;
    const char* text;
};

const KeyText kFamilies[] = {
    {core::family::Transaction, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Transaction problem")},
    {core::family::Security, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Security risk")},
    {core::family::Service, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Poor customer service")},
};

const KeyText kSubtypes[] = {
    {QLatin1String("payment_failed"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Payment failed")},
    {QLatin1String("duplicate_charge"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Duplicate charge")},
    {QLatin1String("delayed_credit"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Delayed credit")},
    {QLatin1String("wrong_amount"), QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Wrong amount")},
    {QLatin1String("refund_missing"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Refund not received")},
    {QLatin1String("unusual_login"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Unusual sign-in")},
    {QLatin1String("account_stolen"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Account taken over")},
    {QLatin1String("unauthorized_payment"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Unauthorized payment")},
    {QLatin1String("scam"), QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Scam")},
    {QLatin1String("data_leak"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Personal data exposed")},
    {QLatin1String("slow_response"), QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Slow response")},
    {QLatin1String("rude_agent"), QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Rude agent")},
    {QLatin1String("unresolved"), QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Not resolved")},
    {QLatin1String("unreachable"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Cannot reach support")},
    {QLatin1String("account_frozen"),
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Account frozen without explanation")},
};

const KeyText kStatuses[] = {
    {core::status::Draft, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Draft")},
    {core::status::Ready, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Ready to send")},
    {core::status::Sent, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Sent")},
    {core::status::AwaitingReply, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Awaiting reply")},
    {core::status::Escalated, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Escalated")},
    {core::status::Resolved, QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Resolved")},
    {core::status::ClosedUnresolved,
     QT_TRANSLATE_NOOP("wc::gui::CaseListModel", "Closed, not resolved")},
};

template <std::size_t N> QString lookUp(const KeyText (&table)[N], const QString& key)
{
    for (const KeyText& entry : table) {
        if (entry.key == key)
            return QCoreApplication::translate("wc::gui::CaseListModel", entry.text);
    }
    return key;
}

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

QColor warningColour()
{
    // A dark red reads on light backgrounds only; dark themes get a light one.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace

CaseListModel::CaseListModel(core::CaseStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
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

void CaseListModel::sort(int column, Qt::SortOrder order)
{
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
        auto read = m_store->listCases(query);
        if (read)
            page = std::move(*read);
        else
            error = read.error().message;
    }

    beginResetModel();
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
    case Qt::FontRole:
        if (security) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (security && index.column() == UrgencyColumn)
            return warningColour();
        return {};
    case Qt::ToolTipRole:
        if (index.column() != UrgencyColumn)
            return {};
        if (security)
            return tr("Open security case: money or your account may still be at risk, so it is "
                      "listed first until it is closed.");
        return row.urgency > kSecurityUrgency + 1 ? tr("This case is closed.")
                                                  : tr("This case is open.");
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
        if (row.urgency == kSecurityUrgency)
            return tr("Urgent");
        return row.urgency > kSecurityUrgency + 1 ? tr("Closed") : tr("Open");
    case TitleColumn:
        return row.title.isEmpty() ? tr("(untitled case)") : row.title;
    case ProviderColumn:
        return row.providerName.isEmpty() ? row.providerKey : row.providerName;
    case ProblemColumn:
        if (row.subtype.isEmpty())
            return familyText(row.family);
        return tr("%1 / %2", "problem family / subtype")
            .arg(familyText(row.family), subtypeText(row.subtype));
    case StatusColumn:
        return statusText(row.status);
    case NextFollowUpColumn:
        if (!row.nextFollowUpAt)
            return QString();
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.nextFollowUpAt).toLocalTime(),
                                  QLocale::ShortFormat);
    case AmountColumn:
        if (!row.amountMinor)
            return QString();
        // Minor units are hundredths for every currency the app handles so far.
        return tr("%1 %2", "amount, currency code")
            .arg(QLocale().toString(double(*row.amountMinor) / 100.0, 'f', 2), row.currency)
            .trimmed();
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

QString CaseListModel::familyText(const QString& key)
{
    return lookUp(kFamilies, key);
}

QString CaseListModel::subtypeText(const QString& key)
{
    return lookUp(kSubtypes, key);
}

QString CaseListModel::statusText(const QString& key)
{
    return lookUp(kStatuses, key);
}

} // namespace wc::gui
