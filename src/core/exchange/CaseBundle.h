// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QStringList>

#include <optional>

namespace wc::core {

class CaseStore;

// The case bundle: cases with all their parts, evidence content and (for a whole file) the
// profile and provider overrides, as one self-contained JSON document for moving cases between
// case files and machines. The format is described field by field in docs/file-format.md.
//
// Import trusts nothing in the bundle: it checks every value's type, every reference, every
// blob's fingerprint and every case's event chain before writing, then writes all of it in one
// transaction, so a bad bundle leaves the case file exactly as it was.
class CaseBundle
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::CaseBundle)

public:
    static constexpr int FormatVersion = 1;
    static constexpr QLatin1String FormatName{"walletcase-bundle"};

    struct ExportOptions
    {
        std::optional<qint64> caseId; // one case; all cases (plus profile and providers) when unset
        QString generator;            // e.g. "WalletCase 0.1.0"; "WalletCase" when empty
        // Receives one sentence per evidence file whose stored content no longer matches its
        // fingerprint, and per case whose history has been altered. Both are exported as they
        // are — the content under its real fingerprint, the case marked with the entry where its
        // history breaks — so one damaged part never makes the whole bundle unimportable.
        QStringList* warnings = nullptr;
    };

    static Result<QJsonObject> exportObject(CaseStore& store, const ExportOptions& options);
    // The bundle as indented UTF-8 JSON.
    static Result<QByteArray> exportJson(CaseStore& store, const ExportOptions& options);

    // Adds the bundle's cases to `store` as new cases and returns their ids in bundle order.
    // The profile is taken only when the file has none yet; provider overrides only for keys
    // the file does not have.
    // `warnings` receives one sentence per case imported with a history that was already
    // altered when it was exported (see ExportOptions::warnings).
    // Memory: pass the bundle's bytes with std::move when they are not needed afterwards; they
    // are then freed once parsed, and the evidence's Base64 text once it is decoded, so the peak
    // is the parse itself (the bytes and their parsed form, each about 1.33× the evidence).
    static Result<QList<qint64>> importJson(CaseStore& store, QByteArray json,
                                            QStringList* warnings = nullptr);
    static Result<QList<qint64>> importObject(CaseStore& store, const QJsonObject& bundle,
                                              QStringList* warnings = nullptr);
};

} // namespace wc::core
