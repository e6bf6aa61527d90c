// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

namespace wc::test {

// A fixture with a new, empty case file in a fresh folder and a clock that moves only when told.
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::CaseStore::OpenOptions options;
        options.createIfMissing = true;
        options.clock = &clock;
        auto opened = core::CaseStore::open(dir.file(QStringLiteral("cases.wcase")), options);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        store = std::move(*opened);
    }

    TempDir dir;
    core::FakeClock clock{1'760'000'000'000};
    std::unique_ptr<core::CaseStore> store;
};

} // namespace wc::test
