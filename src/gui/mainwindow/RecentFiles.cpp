// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/RecentFiles.h"

#include "gui/dialogs/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
const QString FilesKey = u"recent/files"_s;

QString absolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    QStringList out;
    for (const QString& f : AppSettings::open()->value(FilesKey).toStringList()) {
        if (!f.isEmpty() && !out.contains(f))
            out.append(f);
    }
    return out.mid(0, MaxFiles);
}

void RecentFiles::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString file = absolute(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    if (list.removeAll(absolute(path)) > 0)
        store(list);
}

void RecentFiles::clear() { store({}); }

void RecentFiles::store(const QStringList& list)
{
    auto settings = AppSettings::open();
    settings->setValue(FilesKey, list);
    settings->sync();
    emit changed();
}

void RecentFiles::populate(QMenu* menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString& file : list) {
        ++number;
        const QFileInfo info(file);
        // An & in a file name is shown, not taken as a mnemonic.
        QString name = info.fileName();
        name.replace(u'&', u"&&"_s);
        // The number is the keyboard accelerator; the full path is in the tooltip and status tip.
        const QString text = number < 10 ? u"&%1 %2"_s.arg(number).arg(name) : name;
        QAction* action = menu->addAction(text);
        action->setObjectName(u"recentFileAction%1"_s.arg(number));
        action->setData(file);
        action->setToolTip(file);
        action->setStatusTip(file);
        if (!info.exists()) {
            action->setEnabled(false);
            action->setText(tr("%1 (not found)").arg(text));
        }
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (list.isEmpty()) {
        QAction* none = menu->addAction(tr("No recent files"));
        none->setObjectName(u"noRecentFilesAction"_s);
        none->setEnabled(false);
    }
    menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("&Clear list"));
    clearAction->setObjectName(u"clearRecentFilesAction"_s);
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace wc::gui
