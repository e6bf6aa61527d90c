// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/SearchIndex.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::core::search {

Result<void> reindexCase(sqlite::Database&, qint64) { return {}; }

Result<QList<SearchHit>> searchCases(sqlite::Database&, const QString&, int)
{
    return Error{ErrorCode::Internal, u"search not built yet"_s, {}};
}

} // namespace wc::core::search
