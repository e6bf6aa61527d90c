// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/evidence/EvidenceFiles.h"

#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

std::unique_ptr<QTemporaryDir>& temporaryDir()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

// Runs when the QCoreApplication is destroyed, however the program ends normally.
void removeAtQuit()
{
    EvidenceFiles::removeTemporaryCopies();
}

QString writeBytes(const QString& path, const QByteArray& bytes, QFileDevice::Permissions mode)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (mode)
        file.setPermissions(mode);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

QString EvidenceFiles::safeFileName(const core::Evidence& item)
{
    QString name = QFileInfo(item.fileName).fileName();
    // Characters Windows, macOS or a USB stick's FAT file system refuse, and control characters.
    static const QString refused = u"\\/:*?\"<>|"_s;
    for (QChar& c : name) {
        if (c.unicode() < 0x20 || refused.contains(c))
            c = u'_';
    }
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1); // no hidden files, no ".."
    if (name.isEmpty()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(item.mimeType.section(u';', 0, 0));
        const QString suffix = type.preferredSuffix();
        name = u"evidence-%1"_s.arg(item.id) + (suffix.isEmpty() ? QString() : u'.' + suffix);
    }
    return name;
}

QString EvidenceFiles::saveOriginalAs(QWidget* parent, core::CaseStore& store,
                                      const core::Evidence& item)
{
    const QString suffix = QFileInfo(safeFileName(item)).suffix();
    const QString filter =
        suffix.isEmpty() ? tr("All files (*)")
                         : tr("Files of this type (*.%1);;All files (*)").arg(suffix);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(parent, tr("Save original as"), filter,
                                                  QDir(folder).filePath(safeFileName(item)));
    if (path.isEmpty())
        return {};
    return saveOriginal(store, item, path);
}

QString EvidenceFiles::saveOriginal(core::CaseStore& store, const core::Evidence& item,
                                    const QString& path)
{
    auto bytes = store.blobData(item.sha256);
    if (!bytes)
        return tr("“%1” could not be read from the case file. %2")
            .arg(item.title, bytes.error().message);
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return tr("“%1” is a folder. Choose a file name to save the original under.").arg(name);
    if (const QString why = writeBytes(path, *bytes, {}); !why.isEmpty())
        return tr("The original of “%1” could not be saved as “%2” (%3). Check that the folder "
                  "exists, that you may write to it and that the disk is not full, then try "
                  "again.")
            .arg(item.title, QDir::toNativeSeparators(path), why);
    return {};
}

QString EvidenceFiles::temporaryFolder()
{
    auto& dir = temporaryDir();
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/walletcase-open-XXXXXX"_s);
        if (!dir->isValid()) {
            dir.reset();
            return {};
        }
        // Evidence is private: only the user may look inside (QTemporaryDir makes it 0700).
        static bool registered = false;
        if (!registered) {
            qAddPostRoutine(&removeAtQuit);
            registered = true;
        }
    }
    return dir->path();
}

void EvidenceFiles::removeTemporaryCopies()
{
    temporaryDir().reset(); // QTemporaryDir removes itself recursively
}

QString EvidenceFiles::writeTemporaryCopy(core::CaseStore& store, const core::Evidence& item,
                                          QString* path)
{
    auto bytes = store.blobData(item.sha256);
    if (!bytes)
        return tr("“%1” could not be read from the case file. %2")
            .arg(item.title, bytes.error().message);
    const QString folder = temporaryFolder();
    if (folder.isEmpty())
        return tr("There is no room for a temporary copy of “%1” (the temporary folder %2 cannot "
                  "be written). Use “Save original as…” instead.")
            .arg(item.title, QDir::toNativeSeparators(QDir::tempPath()));
    // One folder per item keeps its real name, which is what the viewer shows in its title.
    const QString sub = u"%1-%2"_s.arg(item.id).arg(item.sha256.left(12));
    QDir dir(folder);
    if (!dir.exists(sub) && !dir.mkdir(sub))
        return tr("A temporary copy of “%1” could not be made. Use “Save original as…” instead.")
            .arg(item.title);
    const QString target = dir.filePath(sub + u'/' + safeFileName(item));
    if (const QString why =
            writeBytes(target, *bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !why.isEmpty())
        return tr("A temporary copy of “%1” could not be made (%2). Use “Save original as…” "
                  "instead.")
            .arg(item.title, why);
    if (path)
        *path = target;
    return {};
}

QString EvidenceFiles::openWithSystemViewer(core::CaseStore& store, const core::Evidence& item)
{
    QString path;
    if (const QString why = writeTemporaryCopy(store, item, &path); !why.isEmpty())
        return why;
    if (!UrlOpener::open(QUrl::fromLocalFile(path)))
        return tr("No program on this computer opens “%1”. Save it with “Save original as…” and "
                  "open it with a program of your choice.")
            .arg(safeFileName(item));
    return {};
}

} // namespace wc::gui
