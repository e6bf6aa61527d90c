// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace wc::core {

// A realistic, finished example case (a duplicate charge, its checklist, transactions, evidence,
// contacts, the sent letter and a follow-up) offered on the first run so a new user sees what a
// complete case looks like. Written in one batch: all of it or nothing.
struct DemoCase
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::DemoCase)

public:
    // The demo's screenshot of the wallet bill, shipped as a resource in the demo's language
    // (":/demo/demo-screenshot-zh_CN.png" or ":/demo/demo-screenshot-en.png").
    static QString screenshotPath(const QString& language);

    // `language`: "zh_CN" (an Alipay case in Chinese, CNY) or anything else (a PayPal case in
    // English, USD). Dates are recent, relative to `nowMs`, in the system time zone. The file's
    // complainant profile is never changed: the letter is signed by a fictional person. Returns
    // the new case's id.
    static Result<qint64> addTo(CaseStore& store, const QString& language, qint64 nowMs);
};

} // namespace wc::core
