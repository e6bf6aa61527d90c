// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace wc::bench {

// Fills a case file with realistic, reproducible cases through the CaseStore API: mixed Chinese
// and English text from templates, transactions, contacts, a letter, evidence (some content
// shared between cases) and reminders. The same seed and count always give the same content.
struct GeneratorOptions
{
    qint64 cases = 100;
    quint64 seed = 1;
    // Called after each committed chunk with the number of cases written so far.
    std::function<void(qint64)> progress;
};

// Creates `path` (which must not exist) and writes the cases.
core::Result<void> generateCaseFile(const QString& path, const GeneratorOptions& options);

// SHA-256 over every row of every table holding case content, in a fixed order; equal digests
// mean equal content.
core::Result<QByteArray> contentDigest(core::CaseStore& store);

} // namespace wc::bench
