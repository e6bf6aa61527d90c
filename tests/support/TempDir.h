// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDir>
#include <QTemporaryDir>

namespace wc::test {

// A fresh folder per test, removed afterwards.
class TempDir
{
public:
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace wc::test
