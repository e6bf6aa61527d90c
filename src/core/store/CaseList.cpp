// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/CaseList.h"

using namespace Qt::Literals::StringLiterals;

namespace wc::core::caselist {

Result<CasePage> queryPage(sqlite::Database&, const CaseListQuery&)
{
    return Error{ErrorCode::Internal, u"case list not built yet"_s, {}};
}

} // namespace wc::core::caselist
