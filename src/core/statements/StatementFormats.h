// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// The known exports' header rows and how one data row becomes a StatementRow. Internal to the
// statement parser; see docs/statements.md for the formats.

#include "statements/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace wc::core::statement {

// Where a format's values are in the header: the public mapping plus what only the known
// exports have. -1: not in this file.
struct Layout
{
    StatementFormat format = StatementFormat::Unknown;
    ColumnMapping map;
    int timeFallback = -1;  // Alipay web export: 交易创建时间 when 付款时间 is empty
    int kind = -1;          // 交易分类 / 类型 / 交易类型 / Type / Description
    int goods = -1;         // 商品说明 / 商品名称 / 商品 / Item Title
    int merchantOrder = -1; // 商家订单号 / 商户单号 / Invoice Number
    int fundStatus = -1;    // Alipay web export: 资金状态 (已支出, 已收入, 资金转移)
    int zone = -1;          // PayPal: TimeZone
    int balanceImpact = -1; // PayPal: Debit / Credit / Memo
    int fromEmail = -1;     // PayPal
    int toEmail = -1;       // PayPal
    int extraNote = -1;     // PayPal: Subject, when Note is the note
    int columnCount = 0;    // header cells up to the last named one
};

// The layout when `cells` is the header row of a known export (of `only`, when given).
std::optional<Layout> knownHeader(const QStringList& cells,
                                  std::optional<StatementFormat> only = std::nullopt);
// The layout of a generic CSV read through `mapping`.
Layout genericLayout(const ColumnMapping& mapping, const QStringList& header);

// Copies of cell texts that repeat (a payee, a status, a category), handed out shared so a
// 100,000-row statement does not hold 100,000 copies of 交易成功. A small table by hash: a text
// whose slot another text took is copied again, which costs only memory.
class SharedStrings
{
public:
    // A copy of `text` (null for a null view), shared with earlier equal texts where possible.
    QString shared(QStringView text);

private:
    std::array<QString, 1024> m_slots;
};

// What reading rows needs besides the row: settled per file before the rows are read.
struct RowContext
{
    DateOrder dateOrder = DateOrder::Auto;
    AmountSign amountSign = AmountSign::Auto;
    QTimeZone zone;                  // local times, unless a row names its own
    QHash<QString, QTimeZone> zones; // PayPal zone names seen so far (invalid: unknown)
    SharedStrings strings;
    QString lastStatus; // and what statusMeansNoMoneyMoved() said of it
    bool lastStatusMovedNoMoney = false;
};

// Reads one data row (cells already trimmed). Returns nullopt and sets `error` (translated, no
// line number) when the row cannot be read; sets `warning` for a row read with an assumption.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::StatementParser)

public:
    static std::optional<StatementRow> read(const Layout& layout, const QStringList& cells,
                                            RowContext& context, QString* error, QString* warning);
};

} // namespace wc::core::statement
