// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "store/RecentlyDeleted.h"

#include "exchange/CaseBundle.h"
#include "store/BackupManager.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDeleted, "walletcase.deleted")

namespace wc::core {

namespace {

constexpr char16_t kStamp[] = u"yyyyMMdd-HHmmss-zzz";

QString titleFileOf(const QString& bundlePath)
{
    QString base = bundlePath;
    base.chop(5); // ".json"
    return base + u".title"_s;
}

Result<void> writePrivate(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = file.write(bytes) == bytes.size() && file.commit();
    }
    if (!ok) {
        return Error{ErrorCode::Io,
                     RecentlyDeleted::tr("The case could not be kept in Recently Deleted (%1), so "
                                         "it was not deleted. Check that the disk has free space "
                                         "and that WalletCase's data folder can be written.")
                         .arg(file.errorString()),
                     u"recently deleted: write failed %1"_s.arg(int(file.error()))};
    }
    return {};
}

} // namespace

RecentlyDeleted::RecentlyDeleted(QString root, const QString& caseFile)
    // The same per-file naming as backups: two files called cases.wcase never share.
    : m_folder(BackupManager(std::move(root)).folderFor(caseFile))
{
}

QList<RecentlyDeleted::Entry> RecentlyDeleted::entries() const
{
    QList<Entry> out;
    const auto files = QDir(m_folder).entryInfoList({u"*.json"_s}, QDir::Files);
    for (const QFileInfo& info : files) {
        const QString name = info.completeBaseName(); // <stamp>-<uuid>
        const QString stamp = name.left(19);
        const QDateTime at = QDateTime::fromString(stamp, QString::fromUtf16(kStamp));
        if (!at.isValid() || name.size() < 21)
            continue;
        Entry entry;
        entry.bundlePath = info.absoluteFilePath();
        entry.uuid = name.mid(20);
        entry.deletedAt = QDateTime(at.date(), at.time(), Qt::UTC).toMSecsSinceEpoch();
        QFile title(titleFileOf(entry.bundlePath));
        if (title.open(QIODevice::ReadOnly))
            entry.title = QString::fromUtf8(title.read(64 * 1024));
        out.append(entry);
    }
    std::sort(out.begin(), out.end(),
              [](const Entry& a, const Entry& b) { return a.deletedAt > b.deletedAt; });
    return out;
}

Result<RecentlyDeleted::Entry> RecentlyDeleted::deleteCase(CaseStore& store, qint64 caseId,
                                                           qint64 nowMs)
{
    auto record = store.caseById(caseId);
    if (!record)
        return std::move(record).error();
    CaseBundle::ExportOptions options;
    options.caseId = caseId;
    auto bundle = CaseBundle::exportJson(store, options);
    if (!bundle)
        return std::move(bundle).error();

    const bool existed = QFileInfo::exists(m_folder);
    if (!QDir().mkpath(m_folder)) {
        return Error{ErrorCode::ReadOnly,
                     tr("The folder for recently deleted cases (%1) cannot be created, so the "
                        "case was not deleted.")
                         .arg(QDir::toNativeSeparators(m_folder)),
                     u"recently deleted: mkpath"_s};
    }
    if (!existed) {
        // Deleted cases hold the same personal data as the case file.
        (void)::chmod(QFile::encodeName(QFileInfo(m_folder).absolutePath()).constData(), 0700);
        (void)::chmod(QFile::encodeName(m_folder).constData(), 0700);
    }

    Entry entry;
    entry.title = record->title;
    entry.uuid = record->uuid;
    entry.deletedAt = nowMs;
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QString::fromUtf16(kStamp));
    entry.bundlePath = QDir(m_folder).filePath(stamp + u'-' + record->uuid + u".json"_s);
    WC_TRY(writePrivate(titleFileOf(entry.bundlePath), record->title.toUtf8()));
    if (auto written = writePrivate(entry.bundlePath, *bundle); !written) {
        QFile::remove(titleFileOf(entry.bundlePath));
        return std::move(written).error();
    }
    if (auto deleted = store.deleteCase(caseId); !deleted) {
        QFile::remove(entry.bundlePath);
        QFile::remove(titleFileOf(entry.bundlePath));
        return std::move(deleted).error();
    }
    qCInfo(lcDeleted) << "case kept in recently deleted";
    return entry;
}

Result<qint64> RecentlyDeleted::restore(CaseStore& store, const Entry& entry)
{
    QFile file(entry.bundlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound,
                     tr("The deleted case is no longer kept, so it cannot be put back."),
                     u"recently deleted: bundle missing"_s};
    }
    auto ids = CaseBundle::importJson(store, file.readAll());
    file.close();
    if (!ids)
        return std::move(ids).error();
    if (ids->isEmpty()) {
        return Error{ErrorCode::Corrupt, tr("The kept copy of the case holds no case."),
                     u"recently deleted: empty bundle"_s};
    }
    WC_TRY(purge(entry));
    return ids->first();
}

Result<void> RecentlyDeleted::purge(const Entry& entry)
{
    QFile::remove(titleFileOf(entry.bundlePath));
    if (QFileInfo::exists(entry.bundlePath) && !QFile::remove(entry.bundlePath)) {
        return Error{ErrorCode::Io,
                     tr("The deleted case could not be removed from %1. Check that the folder "
                        "can be written.")
                         .arg(QDir::toNativeSeparators(m_folder)),
                     u"recently deleted: remove failed"_s};
    }
    return {};
}

int RecentlyDeleted::purgeOlderThan(qint64 nowMs, int keepDays)
{
    int removed = 0;
    const qint64 limit = nowMs - qint64(keepDays) * 24 * 3600 * 1000;
    for (const Entry& entry : entries()) {
        if (entry.deletedAt < limit && purge(entry))
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcDeleted) << removed << "deleted cases removed for good";
    return removed;
}

} // namespace wc::core
