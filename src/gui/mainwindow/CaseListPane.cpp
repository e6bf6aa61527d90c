// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/CaseListPane.h"

#include "gui/mainwindow/CaseFilterBar.h"
#include "gui/mainwindow/CaseListModel.h"
#include "gui/mainwindow/SearchMatchDelegate.h"
#include "guidance/ProviderDirectory.h"
#include "store/CaseStore.h"

#include <QFontMetrics>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QShortcut>
#include <QStyle>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Enough hits for any search a person types; the model lists them on one page.
constexpr int kSearchLimit = 500;
// How far selectCase() reads ahead for a case further down the list: a case the user just
// made or opened is near the top in every sensible order, and this bounds the cost otherwise.
constexpr int kMaxRowsToFind = 5000;
// The same after a reload, sort or filter, which happen far more often.
constexpr int kMaxRowsToKeep = 1000;

} // namespace

CaseListPane::CaseListPane(QWidget* parent)
    : QWidget(parent),
      m_filterBar(new CaseFilterBar(this)),
      m_model(new CaseListModel(nullptr, this)),
      m_view(new QTableView(this)),
      m_countLabel(new QLabel(this))
{
    setObjectName(u"caseListPane"_s);
    m_view->setObjectName(u"caseTableView"_s);
    m_countLabel->setObjectName(u"caseCountLabel"_s);
    m_countLabel->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the case pane; the arrow keys move between cases.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Cases"));
    m_view->setItemDelegateForColumn(CaseListModel::TitleColumn, new SearchMatchDelegate(m_view));

    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The title takes whatever the other columns leave; they are fitted to the file's cases.
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    m_view->viewport()->installEventFilter(this);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    // No indicator means the default order (open security cases first, search rank while
    // searching); a third click on a header goes back to it.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);

    connect(m_filterBar, &CaseFilterBar::filterChanged, this, &CaseListPane::applyFilter);
    connect(m_filterBar, &CaseFilterBar::searchChanged, this, &CaseListPane::applySearch);
    connect(m_filterBar, &CaseFilterBar::moveIntoResults, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        if (!m_view->currentIndex().isValid())
            m_view->selectionModel()->setCurrentIndex(
                m_model->index(0, CaseListModel::TitleColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->setFocus(Qt::TabFocusReason);
    });
    connect(m_model, &CaseListModel::errorOccurred, this, &CaseListPane::errorOccurred);
    // Every reload, sort, filter and search resets the model, which drops the selection without
    // a signal; the case stays selected wherever it moved. (Connected after the view and its
    // selection model, so they have already reset.)
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { restoreSelection(m_currentId); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListPane::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CaseListPane::updateCount);
    // Cases added to an empty file (the example, a first complaint) widen the columns too.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_measuredRows = 0;
        m_contentWidths.clear();
        fitColumns(false);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { fitColumns(false); });
    // Names in another language are measured again (fitColumns remembers them).
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            [this] { m_headerWidths.clear(); });
    // Rows whose text changed (the suggested steps read after the first frame) are measured
    // again at the next fit, as a resize used to measure them.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_measuredRows = 0; });
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fittingColumns && section != CaseListModel::TitleColumn)
            m_columnsSizedByUser = true;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseListPane::updateCurrent);
    // activated is Enter on the keyboard and a double-click with the mouse.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = m_model->caseIdAt(index.row());
        if (id <= 0)
            return;
        // A hit shown as "Complaint letter … — …term…" opens that letter, not just the case.
        if (const auto match = m_model->searchMatch(id); match && match->where != u"title") {
            const QString term = match->marks.isEmpty()
                                     ? QString()
                                     : match->excerpt.mid(match->marks.first().first,
                                                          match->marks.first().second);
            emit searchHitActivated(id, match->where, match->rowId, term);
            return;
        }
        emit caseActivated(id);
    });

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_view);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_filterBar->searchText().isEmpty())
            clearSearch();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    updateCount();
}

void CaseListPane::setContext(core::CaseStore* store, const core::Taxonomy* taxonomy,
                              const core::ProviderDirectory* providers, const QString& language)
{
    m_store = store;
    m_providers = providers;
    m_language = language;
    m_filterBar->reset();
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    // Cheap resets without a file first, then one real read of the new file; the cases are
    // counted once at the end, not at each reset on the way (count(*) reads a whole index:
    // 0.1 s at 100,000 cases).
    m_countingPaused = true;
    m_model->setStore(nullptr);
    m_model->setTaxonomy(taxonomy, language);
    updateProviderNames();
    m_model->setSearchResults(std::nullopt);
    m_model->setFilter({}, {}, {}, false);
    m_model->setStore(store);
    m_columnsSizedByUser = false;
    fitColumns(true);
    refreshProviderChoices();
    m_countingPaused = false;
    if (m_currentId != 0) {
        m_currentId = 0;
        emit currentCaseChanged(0);
    }
    updateCount();
}

void CaseListPane::setProviders(const core::ProviderDirectory* providers)
{
    m_providers = providers;
    updateProviderNames();
    refreshProviderChoices();
}

void CaseListPane::updateProviderNames()
{
    QHash<QString, QString> names;
    if (m_providers) {
        for (const core::Provider& p : m_providers->providers())
            names.insert(p.key, p.name.text(m_language));
    }
    m_model->setProviderNames(std::move(names));
}

QString CaseListPane::currentStatus() const
{
    const QModelIndex index = m_model->indexOfCase(m_currentId);
    return index.isValid() ? index.data(CaseListModel::StatusKeyRole).toString() : QString();
}

void CaseListPane::reload()
{
    refreshProviderChoices();
    if (m_store && m_model->isSearching() && !m_filterBar->searchText().isEmpty()) {
        // An edit can add or remove hits; run the search again but keep the user's sort.
        auto hits = m_store->search(m_filterBar->searchText(), kSearchLimit);
        if (!hits) {
            emit errorOccurred(hits.error().message);
            m_model->reload();
        } else {
            showHits(m_filterBar->searchText(), *hits);
            const QHeaderView* header = m_view->horizontalHeader();
            if (header->sortIndicatorSection() >= 0)
                m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    } else {
        m_model->reload();
    }
}

bool CaseListPane::selectCase(qint64 caseId)
{
    if (caseId <= 0)
        return false;
    if (findAndSelect(caseId, kMaxRowsToFind))
        return true;
    if (m_filterBar->filter().isEmpty() && !m_model->isSearching())
        return false;
    // The case exists but the filters hide it: showing it matters more than keeping them.
    m_filterBar->reset();
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_model->setSearchResults(std::nullopt);
    m_model->setFilter({}, {}, {}, false);
    return findAndSelect(caseId, kMaxRowsToFind);
}

void CaseListPane::focusSearch()
{
    m_filterBar->focusSearch();
}

void CaseListPane::clearSearch()
{
    m_filterBar->clearSearch();
}

void CaseListPane::applyFilter()
{
    const CaseFilterBar::Filter filter = m_filterBar->filter();
    m_model->setFilter(filter.status, filter.providerKey, filter.family, filter.openOnly);
}

void CaseListPane::applySearch(const QString& text)
{
    if (text.isEmpty()) {
        m_model->setSearchResults(std::nullopt);
        m_view->verticalHeader()->resetDefaultSectionSize();
        emit searchFinished(QString(), m_model->rowCount());
    } else {
        if (!m_store)
            return;
        auto hits = m_store->search(text, kSearchLimit);
        if (!hits) {
            emit errorOccurred(hits.error().message);
            return;
        }
        showHits(text, *hits);
    }
    // The model lists a new search best match first, whatever column was sorted before.
    {
        const QSignalBlocker block(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
}

void CaseListPane::showHits(const QString& text, const QList<core::SearchHit>& hits)
{
    QList<qint64> ids;
    for (const core::SearchHit& hit : hits)
        ids << hit.caseId;
    m_model->setSearchResults(ids);
    // Why each case is listed; without it the list still works, so a failure is only reported.
    auto matches = m_store->searchMatches(text, ids);
    if (matches)
        m_model->setSearchMatches(std::move(*matches));
    else
        emit errorOccurred(matches.error().message);
    // Two lines a row while searching: the title, and where the terms were found.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2 + 8);
    emit searchFinished(text, m_model->rowCount());
}

void CaseListPane::refreshProviderChoices()
{
    QList<CaseFilterBar::ProviderChoice> choices;
    if (m_store) {
        auto inUse = m_store->providersInUse();
        if (!inUse) {
            emit errorOccurred(inUse.error().message);
        } else {
            for (const core::ProviderInUse& provider : std::as_const(*inUse)) {
                QString name = provider.name;
                // The directory's name in the interface language reads better than whatever
                // language the case was written in.
                if (m_providers) {
                    if (auto entry = m_providers->provider(provider.key)) {
                        if (const QString known = entry->name.text(m_language); !known.isEmpty())
                            name = known;
                    }
                }
                choices << CaseFilterBar::ProviderChoice{provider.key,
                                                         name.isEmpty() ? provider.key : name};
            }
        }
    }
    std::sort(choices.begin(), choices.end(),
              [](const CaseFilterBar::ProviderChoice& a, const CaseFilterBar::ProviderChoice& b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });
    m_filterBar->setProviders(choices);
}

void CaseListPane::restoreSelection(qint64 caseId)
{
    if (caseId > 0 && m_view->currentIndex().isValid()
        && m_model->caseIdAt(m_view->currentIndex().row()) == caseId)
        return;
    if (caseId > 0 && findAndSelect(caseId, kMaxRowsToKeep))
        return;
    m_view->selectionModel()->clearCurrentIndex();
    m_view->clearSelection();
    if (m_currentId != 0) {
        m_currentId = 0;
        emit currentCaseChanged(0);
    }
}

bool CaseListPane::findAndSelect(qint64 caseId, int maxRows)
{
    QModelIndex index = m_model->indexOfCase(caseId);
    while (!index.isValid() && m_model->canFetchMore({}) && m_model->rowCount() < maxRows) {
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        if (m_model->rowCount() == before && !m_model->canFetchMore({}))
            break;
        index = m_model->indexOfCase(caseId);
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void CaseListPane::fitColumns(bool allowShrink)
{
    if (m_columnsSizedByUser || m_fittingColumns)
        return;
    m_fittingColumns = true;
    // Widest cell of the rows read so far, but never so wide that the title is squeezed out:
    // long problem names and providers are elided instead. Only a new file shrinks a column,
    // so filtering does not make the columns jump.
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> maxChars[] = {
        {CaseListModel::UrgencyColumn, 10},      {CaseListModel::ProviderColumn, 14},
        {CaseListModel::ProblemColumn, 24},      {CaseListModel::StatusColumn, 16},
        {CaseListModel::NextFollowUpColumn, 18}, {CaseListModel::AmountColumn, 16}};
    QHeaderView* header = m_view->horizontalHeader();
    // Not isHidden(): before the window is first shown every child counts as hidden, and the
    // columns fitted then ignored their names ("rgenc", "mour" at the first start).
    const bool headerShown = header->isVisibleTo(m_view);
    // The width of each column's name. QHeaderView gives 0 for a hidden column, and a column
    // hidden while the window was still small (the first start) came back at the minimum,
    // "rgenc" and "mour": each name is remembered from when it was last measured.
    const auto nameWidth = [&](int column) {
        if (!headerShown)
            return 0;
        if (const int hint = header->sectionSizeHint(column); hint > 0)
            m_headerWidths[column] = hint;
        return m_headerWidths.value(column);
    };
    measureNewRows();
    QList<std::pair<int, int>> widths;
    for (const auto& [column, chars] : maxChars) {
        const int before = header->sectionSize(column);
        // As resizeColumnToContents would size it: the widest cell or the header's text.
        const int name = nameWidth(column);
        const int content = qMax(m_contentWidths.value(column), name);
        // Long cells are elided at the cap; the column's name never is.
        int width = qMin(content, qMax(chars * ch, name));
        if (!allowShrink)
            width = qMax(width, before);
        widths.append({column, width});
    }
    // The title is what people read: it keeps at least a third of the list's width (and 16
    // characters); the other columns share the rest, elided, rather than pushing the title
    // down to "支付宝重…" and the last columns out of sight.
    const int available = m_view->viewport()->width();
    const int titleWidth = qMax(16 * ch, available / 3);
    const int budget = available - titleWidth;
    // Too narrow for every column even at its least: the ones the case pane repeats go first
    // (amount, problem, urgency, next follow-up), and come back when there is room.
    const int hideOrder[] = {CaseListModel::AmountColumn, CaseListModel::ProblemColumn,
                             CaseListModel::UrgencyColumn, CaseListModel::NextFollowUpColumn};
    QList<int> hidden;
    QList<std::pair<int, int>> fitted = widths;
    for (qsizetype next = 0;; ++next) {
        // The kept columns scaled to the budget, none below the header's minimum.
        int kept = 0;
        for (const auto& [column, width] : std::as_const(widths)) {
            if (!hidden.contains(column))
                kept += width;
        }
        int sum = 0;
        fitted = widths;
        for (auto& [column, width] : fitted) {
            // Never below the header's own text: "rgenc" and "mour" are no column names.
            // When the kept columns cannot all show their names, the next one is hidden.
            const int least = qMax(header->minimumSectionSize(), nameWidth(column));
            if (budget > 0 && kept > budget)
                width = qMax(least, width * budget / kept);
            if (!hidden.contains(column))
                sum += width;
        }
        if (budget <= 0 || sum <= budget || next >= qsizetype(std::size(hideOrder)))
            break;
        hidden << hideOrder[next];
    }
    widths = fitted;
    for (const auto& [column, width] : std::as_const(widths)) {
        m_view->setColumnHidden(column, hidden.contains(column));
        header->resizeSection(column, width);
    }
    m_fittingColumns = false;
}

void CaseListPane::measureNewRows()
{
    const int rows = m_model->rowCount();
    if (m_measuredRows > rows || m_contentWidths.size() != CaseListModel::ColumnCount) {
        m_measuredRows = 0;
        m_contentWidths = QList<int>(CaseListModel::ColumnCount, 0);
    }
    // What the item delegate would ask for: the text's advance in the row's font (bold for an
    // open security case) and the style's text margins, plus the grid line. Most cells repeat
    // (statuses, providers, problems), so each distinct text is measured once per font.
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics metrics[2] = {QFontMetrics(m_view->font()), QFontMetrics(boldFont)};
    const int margin =
        2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1)
        + (m_view->showGrid() ? 1 : 0);
    QHash<QString, int> known[2];
    const int columns[] = {CaseListModel::UrgencyColumn,      CaseListModel::ProviderColumn,
                           CaseListModel::ProblemColumn,      CaseListModel::StatusColumn,
                           CaseListModel::NextFollowUpColumn, CaseListModel::AmountColumn};
    for (int row = m_measuredRows; row < rows; ++row) {
        const int font = m_model->index(row, 0).data(Qt::FontRole).isValid() ? 1 : 0;
        for (const int column : columns) {
            const QString text = m_model->index(row, column).data(Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            auto width = known[font].constFind(text);
            if (width == known[font].cend())
                width = known[font].insert(text, metrics[font].horizontalAdvance(text));
            m_contentWidths[column] = qMax(m_contentWidths[column], *width + margin);
        }
    }
    m_measuredRows = rows;
}

void CaseListPane::updateCurrent()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->caseIdAt(current.row()) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentCaseChanged(id);
}

void CaseListPane::updateCount()
{
    if (m_countingPaused)
        return;
    if (!m_store) {
        m_countLabel->clear();
        return;
    }
    auto total = m_store->caseCount();
    const int shown = m_model->rowCount();
    // Spelled out rather than "%n case(s)": English has no plural translation file.
    if (!total) {
        // The model reports the store's failure already; the count just stays honest.
        m_countLabel->setText(shown == 1 ? tr("1 case shown") : tr("%1 cases shown").arg(shown));
        return;
    }
    const int all = int(*total);
    if (all == 0)
        m_countLabel->setText(tr("No cases yet"));
    else if (shown == all)
        m_countLabel->setText(all == 1 ? tr("1 case") : tr("%1 cases").arg(all));
    else if (m_model->canFetchMore({}))
        m_countLabel->setText(tr("First %1 of %2 cases shown; scroll for more")
                                  .arg(QString::number(shown), QString::number(all)));
    else if (all == 1)
        m_countLabel->setText(tr("%1 of 1 case shown").arg(shown));
    else
        m_countLabel->setText(
            tr("%1 of %2 cases shown").arg(QString::number(shown), QString::number(all)));
}

bool CaseListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->oldSize().width() != resize->size().width())
            fitColumns(true);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wc::gui
