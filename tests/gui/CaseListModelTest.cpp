// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The main window's case list model: it reads one page up front and the rest on fetchMore, gives
// the store's order for every column and filter, flags open security cases, reports store
// failures as a signal, and keeps QAbstractItemModelTester quiet through all of it.
#include "gui/caseview/CaseText.h"
#include "gui/mainwindow/CaseListModel.h"
#include "support/StoreTest.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QLatin1String kProviders[] = {QLatin1String("alipay"), QLatin1String("paypal"),
                                        QLatin1String("wechat_pay")};
constexpr QLatin1String kStatuses[] = {status::Draft, status::Sent, status::AwaitingReply,
                                       status::Resolved, status::ClosedUnresolved};
constexpr QLatin1String kFamilies[] = {family::Transaction, family::Security, family::Service};

// Runs QAbstractItemModelTester in warning mode and collects what it says, so a broken model
// invariant fails the test with the tester's own message instead of aborting the binary.
class ModelChecker
{
public:
    explicit ModelChecker(QAbstractItemModel* model)
    {
        s_failures.clear();
        s_previous = qInstallMessageHandler(&ModelChecker::handle);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
        // Its constructor still fetches (twice) with the default setting.
        // Qt 6.4's tester calls fetchMore from its modelReset slot before it has noted that the
        // reset ended, then reports the fetched rows as inserted during a reset. The tests call
        // fetchMore themselves, as a view does, which also keeps page counts exact.
        m_tester->setUseFetchMore(false);
    }
    ~ModelChecker()
    {
        m_tester.reset();
        qInstallMessageHandler(s_previous);
    }
    QStringList failures() const { return s_failures; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type >= QtWarningMsg && context.category &&
            qstrcmp(context.category, "qt.modeltest") == 0)
            s_failures << message;
        else if (s_previous)
            s_previous(type, context, message);
    }

    static inline QStringList s_failures;
    static inline QtMessageHandler s_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

class CaseListModelTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        // Amounts and dates are checked as text.
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void TearDown() override { QLocale::setDefault(m_locale); }

    // `count` cases whose fields repeat with different periods, so every sort has ties and
    // every filter matches a mix; ids are returned in creation order.
    QList<qint64> addCases(int count)
    {
        QList<qint64> ids;
        const auto added = store->runBatch([&]() -> Result<void> {
            for (int i = 0; i < count; ++i) {
                CaseRecord r;
                r.title = (i % 2 ? u"case %1"_s : u"Case %1"_s).arg(i % 9);
                r.family = kFamilies[i % 3];
                r.subtype = (i % 4) ? u"duplicate_charge"_s : u"scam"_s;
                r.status = kStatuses[(i / 3) % 5];
                r.providerKey = kProviders[(i / 2) % 3];
                if (i % 5) {
                    r.amountMinor = (i % 7) * 1000;
                    r.currency = u"CNY"_s;
                }
                auto id = store->createCase(r);
                if (!id)
                    return std::move(id).error();
                ids << *id;
                if (i % 4 != 3) {
                    Reminder m;
                    m.caseId = *id;
                    m.dueAt = clock.nowMs() + (i % 6) * 3600'000;
                    if (auto reminder = store->addReminder(m); !reminder)
                        return std::move(reminder).error();
                }
                if (i % 3 == 0)
                    clock.advance(1000);
            }
            return {};
        });
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().detail.toStdString());
        return ids;
    }

    // The ids the store lists for `query`, all pages, read independently of the model.
    QList<qint64> storeOrder(CaseListQuery query)
    {
        QList<qint64> ids;
        query.limit = 5000;
        for (;;) {
            auto page = store->listCases(query);
            EXPECT_TRUE(page.ok());
            if (!page)
                return ids;
            for (const CaseListRow& row : page->rows)
                ids << row.id;
            if (!page->hasMore)
                return ids;
            query.after = page->rows.last();
        }
    }

    static int fetchAll(CaseListModel& model)
    {
        int fetches = 0;
        while (model.canFetchMore({}) && fetches < 10'000) {
            model.fetchMore({});
            ++fetches;
        }
        return fetches;
    }

    static QList<qint64> modelIds(const CaseListModel& model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
        return ids;
    }

    static int rowOf(const CaseListModel& model, qint64 id)
    {
        return int(modelIds(model).indexOf(id));
    }

    QLocale m_locale;
};

TEST_F(CaseListModelTest, ShowsOnlyTheFirstPageUntilFetchMoreAndThenEveryCaseOnce)
{
    const QList<qint64> created = addCases(1050);
    // The checker is attached before the model has rows: its constructor would fetch pages.
    CaseListModel model(nullptr);
    ModelChecker checker(&model);
    model.setStore(store.get());
    EXPECT_EQ(model.pageSize(), 200);
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_TRUE(model.canFetchMore({}));

    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);

    EXPECT_EQ(fetchAll(model), 4); // 600, 800, 1000, 1050
    EXPECT_EQ(model.rowCount(), 1050);
    EXPECT_FALSE(model.canFetchMore({}));

    const QList<qint64> ids = modelIds(model);
    EXPECT_EQ(QSet<qint64>(ids.begin(), ids.end()).size(), 1050);
    EXPECT_EQ(QSet<qint64>(ids.begin(), ids.end()), QSet<qint64>(created.begin(), created.end()));
    EXPECT_EQ(ids, storeOrder({}));
    EXPECT_TRUE(checker.failures().isEmpty()) << checker.failures().join(u'\n').toStdString();
}

TEST_F(CaseListModelTest, ACaseEditedWhileListedIsShownOnce)
{
    const QList<qint64> created = addCases(450);
    CaseListModel model(store.get());
    ASSERT_EQ(model.rowCount(), 200);
    // Closing a listed case moves it among the closed ones, past the paging key,
    // so the store lists it again in a later page.
    const qint64 moved = model.index(0, 0).data(CaseListModel::CaseIdRole).toLongLong();
    auto record = store->caseById(moved);
    ASSERT_TRUE(record.ok());
    record->status = QString(status::ClosedUnresolved);
    ASSERT_TRUE(store->updateCase(*record).ok());
    ASSERT_GE(storeOrder({}).indexOf(moved), 200);

    fetchAll(model);
    const QList<qint64> ids = modelIds(model);
    EXPECT_EQ(ids.size(), 450);
    EXPECT_EQ(QSet<qint64>(ids.begin(), ids.end()), QSet<qint64>(created.begin(), created.end()));
    EXPECT_EQ(ids.indexOf(moved), 0);
}

TEST_F(CaseListModelTest, PassesTheModelTesterWhileFetchingSortingAndFiltering)
{
    addCases(1050);
    CaseListModel model(store.get());
    ModelChecker checker(&model);

    // Views fetch from slots connected to the model's own signals; that must not nest inserts.
    const auto connection = QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted,
                                             &model, [&model] { model.fetchMore({}); });
    fetchAll(model);
    QObject::disconnect(connection);
    EXPECT_EQ(model.rowCount(), 1050);
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        model.fetchMore({});
    }
    model.setFilter(QString(status::Sent), QString(), QString(), false);
    fetchAll(model);
    model.setFilter(QString(), u"paypal"_s, QString(family::Security), true);
    model.reload();
    fetchAll(model);
    model.setFilter(QString(), QString(), QString(), false);
    EXPECT_GT(model.rowCount(), 0);

    EXPECT_TRUE(checker.failures().isEmpty()) << checker.failures().join(u'\n').toStdString();
}

TEST_F(CaseListModelTest, SortingByEachColumnGivesTheStoreOrder)
{
    addCases(450);
    CaseListModel model(store.get());
    const QList<std::pair<int, CaseSort>> columns = {
        {CaseListModel::UrgencyColumn, CaseSort::Urgency},
        {CaseListModel::TitleColumn, CaseSort::Title},
        {CaseListModel::ProviderColumn, CaseSort::Provider},
        {CaseListModel::ProblemColumn, CaseSort::Problem},
        {CaseListModel::StatusColumn, CaseSort::Status},
        {CaseListModel::NextFollowUpColumn, CaseSort::NextFollowUp},
        {CaseListModel::AmountColumn, CaseSort::Amount},
    };
    for (const auto& [column, sort] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(testing::Message() << "column " << column << " order " << int(order));
            model.sort(column, order);
            // Sorting starts over from one page, however far the list was scrolled.
            EXPECT_EQ(model.rowCount(), 200);
            fetchAll(model);
            CaseListQuery query;
            query.sort = sort;
            query.descending = order == Qt::DescendingOrder;
            EXPECT_EQ(modelIds(model), storeOrder(query));
        }
    }
    // A view's "unsorted" (-1) goes back to the default order.
    model.sort(-1);
    fetchAll(model);
    EXPECT_EQ(modelIds(model), storeOrder({}));
}

TEST_F(CaseListModelTest, FiltersKeepTheSortAndReloadFromTheFirstPage)
{
    addCases(450);
    CaseListModel model(store.get());
    model.sort(CaseListModel::TitleColumn, Qt::DescendingOrder);

    CaseListQuery query;
    query.sort = CaseSort::Title;
    query.descending = true;
    auto check = [&](const QString& status, const QString& provider, const QString& familyKey,
                     bool openOnly) {
        SCOPED_TRACE(testing::Message() << status.toStdString() << "/" << provider.toStdString()
                                        << "/" << familyKey.toStdString() << "/" << openOnly);
        model.setFilter(status, provider, familyKey, openOnly);
        fetchAll(model);
        query.status = status;
        query.providerKey = provider;
        query.family = familyKey;
        query.openOnly = openOnly;
        const QList<qint64> expected = storeOrder(query);
        EXPECT_FALSE(expected.isEmpty());
        EXPECT_LT(expected.size(), 450);
        EXPECT_EQ(modelIds(model), expected);
        return expected;
    };
    for (const QString& ids : {QString(status::Sent), QString(status::Resolved)}) {
        for (qint64 id : check(ids, {}, {}, false))
            EXPECT_EQ(store->caseById(id)->status, ids);
    }
    for (qint64 id : check({}, u"wechat_pay"_s, {}, false))
        EXPECT_EQ(store->caseById(id)->providerKey, u"wechat_pay"_s);
    for (qint64 id : check({}, {}, QString(family::Service), false))
        EXPECT_EQ(store->caseById(id)->family, family::Service);
    for (qint64 id : check({}, {}, {}, true))
        EXPECT_FALSE(isClosedStatus(store->caseById(id)->status));
    check(QString(status::Draft), u"alipay"_s, QString(family::Security), true);

    // reload() keeps sort and filter.
    model.reload();
    fetchAll(model);
    EXPECT_EQ(modelIds(model), storeOrder(query));

    model.setFilter({}, {}, {}, false);
    EXPECT_EQ(model.rowCount(), 200);
    fetchAll(model);
    EXPECT_EQ(model.rowCount(), 450);
}

TEST_F(CaseListModelTest, FlagsOpenSecurityCasesAndShowsTranslatedText)
{
    CaseRecord stolen;
    stolen.title = u"支付宝账户被盗"_s;
    stolen.family = QString(family::Security);
    stolen.subtype = u"account_stolen"_s;
    stolen.status = QString(status::AwaitingReply);
    stolen.providerKey = u"alipay"_s;
    stolen.providerName = u"支付宝 Alipay"_s;
    stolen.amountMinor = 123'450;
    stolen.currency = u"CNY"_s;
    const qint64 stolenId = *store->createCase(stolen);
    Reminder reminder;
    reminder.caseId = stolenId;
    reminder.dueAt = clock.nowMs() + 86'400'000;
    ASSERT_TRUE(store->addReminder(reminder).ok());

    CaseRecord closedScam = stolen;
    closedScam.title = u"old scam"_s;
    closedScam.subtype = u"scam"_s;
    closedScam.status = QString(status::Resolved);
    const qint64 closedId = *store->createCase(closedScam);

    CaseRecord refund;
    refund.family = QString(family::Transaction);
    refund.subtype = u"refund_missing"_s;
    refund.providerKey = u"paypal"_s;
    const qint64 refundId = *store->createCase(refund);
    CaseRecord waiting = refund;
    waiting.status = QString(status::AwaitingReply);
    const qint64 waitingId = *store->createCase(waiting);
    Reminder late;
    late.caseId = waitingId;
    late.dueAt = clock.nowMs() - 86'400'000;
    ASSERT_TRUE(store->addReminder(late).ok());

    CaseListModel model(store.get());
    ModelChecker checker(&model);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(rowOf(model, stolenId), 0); // open security first, closed last
    EXPECT_EQ(rowOf(model, closedId), 3);

    auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
        return model.index(rowOf(model, id), column).data(role);
    };
    // The open security case stands out: bold row, warning colour and a reason on urgency.
    EXPECT_TRUE(
        qvariant_cast<QFont>(cell(stolenId, CaseListModel::TitleColumn, Qt::FontRole)).bold());
    EXPECT_TRUE(
        qvariant_cast<QColor>(cell(stolenId, CaseListModel::UrgencyColumn, Qt::ForegroundRole))
            .isValid());
    EXPECT_TRUE(cell(stolenId, CaseListModel::UrgencyColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"security"_s));
    EXPECT_EQ(cell(stolenId, CaseListModel::UrgencyColumn).toString(), u"Urgent"_s);
    for (qint64 plain : {closedId, refundId}) {
        EXPECT_FALSE(cell(plain, CaseListModel::TitleColumn, Qt::FontRole).isValid());
        EXPECT_FALSE(cell(plain, CaseListModel::UrgencyColumn, Qt::ForegroundRole).isValid());
        EXPECT_NE(cell(plain, CaseListModel::UrgencyColumn).toString(), u"Urgent"_s);
    }
    // A level, not the status again: a closed case has none, a draft is of normal urgency
    // and its tooltip says it has not gone out.
    EXPECT_EQ(cell(closedId, CaseListModel::UrgencyColumn).toString(), u"—"_s);
    EXPECT_EQ(cell(refundId, CaseListModel::UrgencyColumn).toString(), u"Normal"_s);
    EXPECT_EQ(cell(waitingId, CaseListModel::UrgencyColumn).toString(), u"Overdue"_s);
    EXPECT_TRUE(cell(refundId, CaseListModel::UrgencyColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"not been sent"_s));

    EXPECT_EQ(cell(stolenId, CaseListModel::TitleColumn).toString(), u"支付宝账户被盗"_s);
    EXPECT_EQ(cell(refundId, CaseListModel::TitleColumn).toString(), u"(untitled case)"_s);
    EXPECT_EQ(cell(stolenId, CaseListModel::ProviderColumn).toString(), u"支付宝 Alipay"_s);
    // Without the window's directory names, the name the store filled in on create is shown.
    EXPECT_EQ(cell(refundId, CaseListModel::ProviderColumn).toString(), u"PayPal 贝宝"_s)
        << "a case made with a key carries its provider's name";
    // With the directory's names, a case that stores only its provider's key shows the name.
    model.setProviderNames({{u"paypal"_s, u"PayPal"_s}});
    EXPECT_EQ(cell(refundId, CaseListModel::ProviderColumn).toString(), u"PayPal"_s);
    EXPECT_EQ(cell(stolenId, CaseListModel::ProviderColumn).toString(), u"支付宝 Alipay"_s);
    EXPECT_EQ(cell(stolenId, CaseListModel::ProblemColumn).toString(),
              u"Security risk / Account taken over"_s);
    EXPECT_EQ(cell(refundId, CaseListModel::ProblemColumn).toString(),
              u"Transaction problem / Refund not received"_s);
    EXPECT_EQ(cell(stolenId, CaseListModel::StatusColumn).toString(), u"Awaiting reply"_s);
    EXPECT_EQ(cell(refundId, CaseListModel::StatusColumn).toString(), u"Draft"_s);
    // The app's one date-time format: the locale's, with a four-digit year, in the case's zone
    // (an Alipay case's is China's; see NextFollowUpIsShownInEachCasesZone).
    const QTimeZone china("Asia/Shanghai");
    EXPECT_EQ(cell(stolenId, CaseListModel::NextFollowUpColumn).toString(),
              CaseText::zonedDateTime(reminder.dueAt, china));
    EXPECT_TRUE(cell(stolenId, CaseListModel::NextFollowUpColumn)
                    .toString()
                    .startsWith(QLocale().toString(
                        QDateTime::fromMSecsSinceEpoch(reminder.dueAt, china),
                        CaseText::dateTimeFormat())));
    EXPECT_EQ(cell(refundId, CaseListModel::NextFollowUpColumn).toString(), QString());
    EXPECT_EQ(cell(stolenId, CaseListModel::AmountColumn).toString(), u"CN¥1,234.50"_s);
    EXPECT_EQ(cell(refundId, CaseListModel::AmountColumn).toString(), QString());
    EXPECT_EQ(cell(stolenId, CaseListModel::TitleColumn, CaseListModel::CaseIdRole).toLongLong(),
              stolenId);
    // The window decides between resuming the wizard and showing the case by the stored key.
    EXPECT_EQ(cell(refundId, CaseListModel::TitleColumn, CaseListModel::StatusKeyRole).toString(),
              QString(status::Draft));
    EXPECT_EQ(cell(stolenId, CaseListModel::StatusColumn, CaseListModel::StatusKeyRole).toString(),
              QString(status::AwaitingReply));
    EXPECT_EQ(model.headerData(CaseListModel::NextFollowUpColumn, Qt::Horizontal).toString(),
              u"Next follow-up"_s);
    EXPECT_EQ(CaseListModel::statusText(u"something_new"_s), u"something_new"_s);

    EXPECT_TRUE(checker.failures().isEmpty()) << checker.failures().join(u'\n').toStdString();
}

TEST_F(CaseListModelTest, NextFollowUpIsShownInEachCasesZone)
{
    // Two cases with a follow-up at 09:00 on 8 December in their own zones: each row says
    // 9:00 AM, whatever the computer's zone (it cannot be both).
    const QDate day(2026, 12, 8);
    const auto addCaseWithFollowUp = [&](const QString& zoneId) {
        CaseRecord r;
        r.title = zoneId;
        r.family = QString(family::Transaction);
        r.subtype = u"duplicate_charge"_s;
        r.providerKey = u"alipay"_s;
        r.timeZone = zoneId;
        const auto created = store->createCase(r);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().detail.toStdString());
        const qint64 id = created.ok() ? *created : 0;
        Reminder m;
        m.caseId = id;
        m.dueAt = QDateTime(day, QTime(9, 0), QTimeZone(zoneId.toLatin1())).toMSecsSinceEpoch();
        EXPECT_TRUE(store->addReminder(m).ok());
        return std::pair(id, m.dueAt);
    };
    const auto [shanghaiId, shanghaiDue] = addCaseWithFollowUp(u"Asia/Shanghai"_s);
    const auto [newYorkId, newYorkDue] = addCaseWithFollowUp(u"America/New_York"_s);
    ASSERT_EQ(store->caseById(newYorkId)->timeZone, u"America/New_York"_s);
    CaseListModel model(store.get());
    ASSERT_EQ(model.rowCount(), 2);
    const auto followUp = [&](qint64 id) {
        return model.index(rowOf(model, id), CaseListModel::NextFollowUpColumn)
            .data()
            .toString();
    };
    EXPECT_TRUE(followUp(shanghaiId).startsWith(u"12/8/2026 9:00 AM"_s))
        << followUp(shanghaiId).toStdString();
    EXPECT_TRUE(followUp(newYorkId).startsWith(u"12/8/2026 9:00 AM"_s))
        << followUp(newYorkId).toStdString();
    // Named where the computer's clock would read otherwise, as the follow-ups view does.
    EXPECT_EQ(followUp(shanghaiId),
              CaseText::zonedDateTime(shanghaiDue, QTimeZone("Asia/Shanghai")));
    EXPECT_EQ(followUp(newYorkId),
              CaseText::zonedDateTime(newYorkDue, QTimeZone("America/New_York")));
}

TEST_F(CaseListModelTest, ReportsStoreFailuresAsASignal)
{
    addCases(250);
    CaseListModel model(store.get());
    QSignalSpy errors(&model, &CaseListModel::errorOccurred);
    ASSERT_EQ(model.rowCount(), 200);

    ASSERT_TRUE(store->database().exec(u"PRAGMA foreign_keys = OFF"_s).ok());
    ASSERT_TRUE(store->database().exec(u"DROP TABLE cases"_s).ok());

    // A failed page keeps what is shown and stops asking, so scrolling does not repeat it.
    model.fetchMore({});
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.at(0).at(0).toString().isEmpty());
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_FALSE(model.canFetchMore({}));

    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(CaseListModelTest, AnEmptyFileOrNoStoreGivesAnEmptyList)
{
    CaseListModel model(store.get());
    ModelChecker checker(&model);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    addCases(3);
    model.reload();
    EXPECT_EQ(model.rowCount(), 3);
    model.setStore(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_TRUE(checker.failures().isEmpty()) << checker.failures().join(u'\n').toStdString();
}

// The checker must be able to fail: a table model claiming children under its cells is caught.
class ChildrenEverywhereModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex&) const override { return 2; }
    int columnCount(const QModelIndex&) const override { return 2; }
    QVariant data(const QModelIndex&, int) const override { return {}; }
};

TEST(CaseListModelChecker, ReportsABrokenModel)
{
    ChildrenEverywhereModel broken;
    ModelChecker checker(&broken);
    EXPECT_FALSE(checker.failures().isEmpty());
}

} // namespace
