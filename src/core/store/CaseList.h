// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseListQuery.h"
#include "store/Sqlite.h"

namespace wc::core::caselist {

// One page of the case list, read through an index in the requested order (keyset paging).
Result<CasePage> queryPage(sqlite::Database& db, const CaseListQuery& query);

// The providers the file's cases name (empty keys left out), by key.
Result<QList<ProviderInUse>> providersInUse(sqlite::Database& db);

// The statement queryPage runs (filters, then the `after` key, then the limit as parameters);
// exposed so tests can check its query plan.
QString pageSql(const CaseListQuery& query);

} // namespace wc::core::caselist
