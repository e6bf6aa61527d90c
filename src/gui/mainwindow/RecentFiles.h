// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace wc::gui {

// The recently opened case files, most recent first, kept in QSettings ("recent/files") and
// shown in the File menu.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    // Puts `path` first (stored as an absolute path, never twice).
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    QStringList files() const;

    // Fills `menu` (cleared first) with one entry per file — disabled when the file is gone —
    // and "Clear list". Call again before the menu is shown to refresh it.
    void populate(QMenu* menu);

signals:
    void openRequested(const QString& path);
    void changed();

private:
    void store(const QStringList& files);
};

} // namespace wc::gui
