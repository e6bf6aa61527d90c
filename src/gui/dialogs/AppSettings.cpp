// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/AppSettings.h"

#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {
QString g_testFile;
const QString LastChannelKey = u"contacts/lastChannel"_s;
const QString ReminderTimeKey = u"reminders/time"_s;
} // namespace

std::unique_ptr<QSettings> AppSettings::open()
{
    // The settings list recently opened case files: the file is the user's alone (0600). It
    // is created so before QSettings writes it, and QSettings keeps an existing file's mode.
    // The folder (~/.config) is shared with other programs and keeps its own mode.
    const QString file = fileName();
    if (QDir().mkpath(QFileInfo(file).path()))
        core::privatefiles::makeFile(file);
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString AppSettings::fileName()
{
    if (!g_testFile.isEmpty())
        return g_testFile;
    // Named after the application ("walletcase"), so a test program that forgot the seam
    // ("walletcase-tests") still never touches the user's own preferences.
    QString name = QCoreApplication::applicationName();
    if (name.isEmpty())
        name = u"walletcase"_s;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(name + u".conf"_s);
}

void AppSettings::setFileForTesting(const QString& path)
{
    g_testFile = path;
}

QString AppSettings::lastContactChannel()
{
    return open()->value(LastChannelKey).toString();
}

void AppSettings::setLastContactChannel(const QString& channel)
{
    auto settings = open();
    settings->setValue(LastChannelKey, channel);
    settings->sync();
}

QTime AppSettings::reminderTime()
{
    const QTime time =
        QTime::fromString(open()->value(ReminderTimeKey).toString(), u"HH:mm"_s);
    return time.isValid() ? time : QTime(9, 0);
}

void AppSettings::setReminderTime(const QTime& time)
{
    auto settings = open();
    if (time.isValid())
        settings->setValue(ReminderTimeKey, time.toString(u"HH:mm"_s));
    else
        settings->remove(ReminderTimeKey);
    settings->sync();
}

int AppSettings::backupsKept()
{
    bool ok = false;
    const int count = open()->value(u"backups/kept"_s).toInt(&ok);
    return ok ? qBound(1, count, 60) : 7;
}

void AppSettings::setBackupsKept(int count)
{
    auto settings = open();
    settings->setValue(u"backups/kept"_s, qBound(1, count, 60));
    settings->sync();
}

} // namespace wc::gui
