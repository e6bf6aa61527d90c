// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseListQuery.h"
#include "store/CaseStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

#include <functional>

namespace wc::core {
class CaseStore;
class Taxonomy;
}

namespace wc::gui {

// The case list of the main window: CaseStore::listCases shown a page at a time. Only the first
// page is read up front and views pull the rest through fetchMore, so a file with 100,000 cases
// opens as fast as one with ten. Store errors are reported through errorOccurred; the model never
// shows them itself. With setSearchResults() it lists only the search hits, in the search's rank
// order until a column is sorted. An overdue case (its next follow-up has passed by the store's
// clock) shows the suggested next step after the date, in the warning colour; the step is asked
// of the step provider only for overdue rows a view actually shows, and kept until a reload.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UrgencyColumn,
        TitleColumn,
        ProviderColumn,
        ProblemColumn,
        StatusColumn,
        NextFollowUpColumn,
        AmountColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole,
        StatusKeyRole, // the stored status key ("draft" …), for actions that depend on it
        OverdueRole,   // bool: the next follow-up has passed
        SuggestedStepRole, // for overdue cases: what to do next ("Write a follow-up letter" …)
        // While searching, on the title column: where the case matched, as one line of HTML
        // naming the part ("Complaint letter to Cash App (sent 28 Nov 2026) — …charged
        // <b>twice</b>…"); empty when the title itself matched.
        MatchHtmlRole,
        // The same hit's first part alone, as plain text ("Complaint letter to Cash App (sent
        // 28 Nov 2026)"), for a delegate that must shorten it to leave the term in view.
        MatchLabelRole
    };
    // The mark an open security case's title carries (Qt::DecorationRole), so urgency shows
    // even when the list is too narrow for the Urgency column.
    static QIcon urgentMarker();
    // The suggested next step of a case as a short action; empty when there is none.
    using StepProvider = std::function<QString(qint64 caseId)>;
    static constexpr int kDefaultPageSize = 200;

    // `store` is not owned; call setStore() before it goes away.
    explicit CaseListModel(core::CaseStore* store, QObject* parent = nullptr);

    void setStore(core::CaseStore* store);
    // Rows read per page; takes effect with the next reload.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Empty strings mean "any". Reloads from the first page.
    void setFilter(const QString& status, const QString& providerKey, const QString& family,
                   bool openOnly);
    // Problem names come from `taxonomy` (not owned; null: the shipped one, loaded once) in
    // `language` ("zh_CN", "en").
    void setTaxonomy(const core::Taxonomy* taxonomy, const QString& language);
    // Lists only these cases, best match first (the filters still apply); std::nullopt lists
    // every case again. Reloads.
    void setSearchResults(std::optional<QList<qint64>> rankedIds);
    // Why each search hit matched (from CaseStore::searchMatches); shown under the title and in
    // its tooltip. Cleared by setSearchResults(std::nullopt).
    void setSearchMatches(QHash<qint64, core::SearchMatch> matches);
    // "the letter", "a contact" … for a SearchMatch::where key.
    static QString matchPlace(const QString& where);
    // The search match of a listed case (what to open when the hit is activated), if any.
    std::optional<core::SearchMatch> searchMatch(qint64 caseId) const;
    // Where overdue cases get their suggested step from (none: only the date is shown).
    void setStepProvider(StepProvider provider);
    // A case made in the wizard stores its provider's key; the list shows the directory's name
    // for it in the interface language (never a key such as "cash_app").
    void setProviderNames(QHash<QString, QString> names);
    bool isSearching() const { return m_searchIds.has_value(); }
    // The row of a listed case, or an invalid index when it is not (yet) listed.
    QModelIndex indexOfCase(qint64 caseId, int column = 0) const;
    qint64 caseIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The text shown for a stored family, subtype or status key; unknown keys are shown as-is.
    QString familyText(const QString& key) const;
    QString subtypeText(const QString& key) const;
    static QString statusText(const QString& key);

public slots:
    // Reads the first page again with the current sort and filter (after the file changed).
    void reload();

signals:
    void errorOccurred(const QString& message);

private:
    QVariant displayText(const core::CaseListRow& row, int column) const;
    // What a search hit is in: "Complaint letter to Cash App (sent 28 Nov 2026)", "Contact:
    // Hotline, Ms Li (20 Nov 2026)", "Evidence: Order page" …, dates in the row's case zone.
    QString matchLabel(const core::CaseListRow& row, const core::SearchMatch& match) const;
    bool isOverdue(const core::CaseListRow& row) const;
    QString suggestedStep(const core::CaseListRow& row) const;
    // A failure is never silent, even when the store had nothing to say about it.
    static QString messageFor(const QString& storeMessage);

    const core::Taxonomy* taxonomy() const;

    core::CaseStore* m_store;
    const core::Taxonomy* m_taxonomy = nullptr;
    QString m_language;
    std::optional<QList<qint64>> m_searchIds;
    int m_sortColumn = -1; // -1: the default order (search rank while searching)
    core::CaseListQuery m_query; // sort and filter; `after` and `limit` are set per page
    int m_pageSize = kDefaultPageSize;
    QList<core::CaseListRow> m_rows;
    // Ids already listed: a case edited while the list is open can move past the paging key and
    // come back in a later page; it is shown once.
    QSet<qint64> m_ids;
    std::optional<core::CaseListRow> m_after; // the last row the store returned
    bool m_hasMore = false;
    StepProvider m_stepProvider;
    QHash<QString, QString> m_providerNames;
    QHash<qint64, core::SearchMatch> m_matches;
    mutable QHash<qint64, QString> m_steps; // case id → step, for overdue rows already shown
    // Views and the model tester call fetchMore from slots connected to our own row signals.
    bool m_fetching = false;
};

} // namespace wc::gui
