// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What a drafted letter says, for the letter tests: its whole text, and checks that phrases occur
// in order or not at all, each failure printing the letter so a reader sees what it did say.
#pragma once

#include "model/Entities.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace wc::test {

inline QString letterText(const core::Letter& l)
{
    return l.subject + QStringLiteral("\n\n") + l.body;
}

// Each needle occurs in `text`, after the previous one.
inline void expectInOrder(const QString& text, const QStringList& needles)
{
    qsizetype from = 0;
    for (const QString& needle : needles) {
        const qsizetype found = text.indexOf(needle, from);
        EXPECT_GE(found, 0) << "missing or out of order: " << needle.toStdString() << "\n---\n"
                            << text.toStdString();
        if (found >= 0)
            from = found + needle.size();
    }
}

inline void expectInOrder(const core::Letter& l, const QStringList& needles)
{
    expectInOrder(letterText(l), needles);
}

inline void expectAbsent(const core::Letter& l, const QStringList& needles)
{
    const QString text = letterText(l);
    for (const QString& needle : needles)
        EXPECT_FALSE(text.contains(needle)) << "should not say: " << needle.toStdString()
                                            << "\n---\n" << text.toStdString();
}

} // namespace wc::test
