// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;

namespace wc::core {
struct SearchHit;
class CaseStore;
class ProviderDirectory;
class Taxonomy;
} // namespace wc::core

namespace wc::gui {

class CaseFilterBar;
class CaseListModel;

// The left side of the main window: the filter bar over the case table, and the "n cases shown"
// text for the status bar. It applies filters and searches to the model, keeps the chosen case
// selected across reloads, and reports which case is current and which one the user opened
// (Enter or double-click; on a search hit, where it matched). The window decides what opening
// means.
class CaseListPane : public QWidget
{
    Q_OBJECT

public:
    // Object names: caseFilterBar, caseTableView, caseCountLabel.
    explicit CaseListPane(QWidget* parent = nullptr);

    // What the list reads from (none of it owned). Clears filters and search and reloads;
    // `store` may be null (nothing is listed).
    void setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                    const core::ProviderDirectory* providers, const QString& language);
    // The directory changed (names in the provider filter); keeps filters and selection.
    void setProviders(const core::ProviderDirectory* providers);

    CaseListModel* model() const { return m_model; }
    CaseFilterBar* filterBar() const { return m_filterBar; }
    QTableView* view() const { return m_view; }
    // Lives in the window's status bar, but is kept current here.
    QLabel* countLabel() const { return m_countLabel; }

    qint64 currentCaseId() const { return m_currentId; }
    // The stored status key of the current case ("" when none is selected).
    QString currentStatus() const;
    // Selects the case and scrolls to it, reading further pages when needed. When the filters
    // or the search hide it, they are cleared so the case can be shown. False when the case is
    // not in the file.
    bool selectCase(qint64 caseId);

    void focusSearch();
    void clearSearch();

public slots:
    // Reads the list again (after an edit), keeping filters, search, sort and the selection.
    void reload();

signals:
    // The selected case changed (0: none).
    void currentCaseChanged(qint64 caseId);
    // Enter or double-click on a case.
    void caseActivated(qint64 caseId);
    // Enter or double-click on a search hit found outside the case's title: open the case where
    // it matched. `where` and `rowId` as in core::SearchMatch; `term` the first search term found
    // there, as written in the case.
    void searchHitActivated(qint64 caseId, const QString& where, qint64 rowId, const QString& term);
    void errorOccurred(const QString& message);
    // A search ran (or was cleared): `text` is the search, `hits` how many cases it listed.
    void searchFinished(const QString& text, int hits);

protected:
    // Refits the columns when the list gets narrower or wider (the window or the splitter).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    // Runs the store's search for `text` (empty: no search) and lists its hits.
    void applySearch(const QString& text);
    // Lists `hits` of the search for `text` with why each matched.
    void showHits(const QString& text, const QList<core::SearchHit>& hits);
    void refreshProviderChoices();
    void updateProviderNames();
    // Sizes the columns to the cases listed, until the user sizes one (then until another file
    // is opened).
    void fitColumns(bool allowShrink);
    // Measures the rows read since the last call (a reset starts again) into m_contentWidths.
    void measureNewRows();
    void restoreSelection(qint64 caseId);
    void updateCurrent();
    void updateCount();
    // Reads further pages until the case is found or `maxRows` are listed.
    bool findAndSelect(qint64 caseId, int maxRows);

    core::CaseStore* m_store = nullptr;
    const core::ProviderDirectory* m_providers = nullptr;
    QString m_language;
    CaseFilterBar* m_filterBar;
    CaseListModel* m_model;
    QTableView* m_view;
    QLabel* m_countLabel;
    qint64 m_currentId = 0;
    bool m_columnsSizedByUser = false;
    bool m_fittingColumns = false;
    bool m_countingPaused = false; // while setContext resets the model on its way to the file
    // The widest cell of each column among the first m_measuredRows rows: each row is measured
    // once, when it is read, and a resize only shares out widths already known (fitting every
    // loaded row at each resize was a quarter of the start-up before the first frame).
    QList<int> m_contentWidths;
    QHash<int, int> m_headerWidths; // each column's name, as last measured (fitColumns)
    int m_measuredRows = 0;
};

} // namespace wc::gui
