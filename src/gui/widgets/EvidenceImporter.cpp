// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/EvidenceImporter.h"

#include "gui/caseview/CaseText.h"
#include "evidence/ImageIntegrity.h"
#include "report/Thumbnails.h"

#include <QBuffer>
#include <QCache>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>
#include <QThreadPool>
#include <QtConcurrent>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// Previews of stored content by SHA-256, shared by every editor (wizard and case pane show the
// same items). Cost in KiB; a 128 px preview is about 64 KiB, so this keeps some hundreds.
QCache<QString, QImage>& previewCache()
{
    static QCache<QString, QImage> cache(32 * 1024);
    return cache;
}

// Long titles make rows unreadable; the full name stays in the stored file name.
constexpr qsizetype MaxTitleLength = 120;

QString titleFromFileName(const QFileInfo& info)
{
    QString title = info.completeBaseName();
    if (title.trimmed().isEmpty())
        title = info.fileName(); // ".hidden" files have no base name
    if (title.size() > MaxTitleLength) {
        qsizetype cut = MaxTitleLength - 1;
        if (title.at(cut - 1).isHighSurrogate())
            --cut; // never split an emoji in half
        title = title.left(cut) + u'…';
    }
    return title;
}

// The threads that read, hash and preview evidence. Their own pool, so the lower priority below
// stays with them, and never parented: deleting an importer must not wait for a file in flight.
QThreadPool& importPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the program, like Qt's global pool
        p->setMaxThreadCount(2);   // a file being read and a preview of stored content
        return p;
    }();
    return *pool;
}

// A batch of large screenshots keeps a worker busy for seconds, while the GUI thread needs a few
// milliseconds per file to store it and to paint. On a machine whose cores are busy, at the same
// priority the two took turns and the window stalled for 100-200 ms at a time; one step below
// (nice +5, Linux per thread) the scheduler gives the GUI thread the core first. QThread's
// priorities do nothing for ordinary Linux threads, hence setpriority.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        (void)setpriority(PRIO_PROCESS, id_t(gettid()), 5);
    }
#endif
}

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QImage previewOf(const QImage& image)
{
    if (image.width() <= EvidenceImporter::ThumbnailBox.width() &&
        image.height() <= EvidenceImporter::ThumbnailBox.height())
        return image;
    return image.scaled(EvidenceImporter::ThumbnailBox, Qt::KeepAspectRatio,
                        Qt::SmoothTransformation);
}

QString sizeText(qint64 bytes)
{
    return CaseText::dataSize(bytes);
}

QString tooLarge(const QString& name, qint64 size, qint64 maxFileBytes)
{
    return EvidenceImporter::tr("“%1” is %2, more than the %3 limit for one piece of evidence. "
                                "Add a smaller copy instead, for example a cropped screenshot "
                                "or only the pages that matter.")
        .arg(name, sizeText(size), sizeText(maxFileBytes));
}

} // namespace

EvidenceImporter::EvidenceImporter(qint64 maxFileBytes, QObject* parent)
    : QObject(parent), m_maxFileBytes(maxFileBytes)
{
    qRegisterMetaType<ImportedFile>();
}

EvidenceImporter::~EvidenceImporter()
{
    // A file in flight finishes on its own; its result has nowhere to go and is dropped with
    // the watcher (a child of this object). Waiting here would freeze the window instead.
    if (m_cancelled)
        m_cancelled->store(true);
}

void EvidenceImporter::enqueue(const QList<ImportSource>& sources)
{
    if (sources.isEmpty())
        return;
    if (!m_busy) {
        m_done = 0;
        m_total = 0;
        m_cancelled = std::make_shared<std::atomic_bool>(false);
    }
    m_pending += sources;
    m_total += int(sources.size());
    setBusy(true);
    emit progress(m_done, m_total);
    if (!m_inFlight)
        startNext();
}

void EvidenceImporter::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    m_cancelled->store(true);
    m_pending.clear();
    m_inFlight = false;
    setBusy(false);
    emit batchFinished(m_done, m_total, true);
}

void EvidenceImporter::startNext()
{
    if (m_pending.isEmpty())
        return;
    const ImportSource source = m_pending.takeFirst();
    const quint64 generation = m_generation;
    m_inFlight = true;
    auto* watcher = new QFutureWatcher<ImportedFile>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the batch was cancelled while this file was being read
        const ImportedFile file = watcher->result();
        m_inFlight = false;
        ++m_done;
        // Read the next file while the caller stores this one.
        const bool more = !m_pending.isEmpty();
        if (more)
            startNext();
        emit progress(m_done, m_total);
        emit fileReady(file);
        if (!more && generation == m_generation && !m_inFlight) {
            setBusy(false);
            emit batchFinished(m_done, m_total, false);
        }
    });
    watcher->setFuture(
        QtConcurrent::run(&importPool(), [source, max = m_maxFileBytes, cancelled = m_cancelled] {
            lowerThisThreadsPriority();
            return importOne(source, max, cancelled);
        }));
}

void EvidenceImporter::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void EvidenceImporter::requestPreview(const QString& sha256, const ContentLoader& load)
{
    if (sha256.isEmpty() || m_previewQueued.contains(sha256))
        return;
    m_previewQueue.append({sha256, load});
    m_previewQueued.insert(sha256);
    startNextPreview();
}

void EvidenceImporter::clearPreviewQueue()
{
    m_previewQueue.clear();
    m_previewQueued.clear();
}

void EvidenceImporter::startNextPreview()
{
    // One preview at a time keeps memory to one stored image, however long the list.
    while (!m_previewInFlight && !m_previewQueue.isEmpty()) {
        const auto [sha256, load] = m_previewQueue.takeFirst();
        m_previewQueued.remove(sha256);
        if (auto cached = cachedPreview(sha256)) {
            emit previewReady(sha256, *cached);
            continue;
        }
        std::optional<QByteArray> bytes = load();
        if (!bytes)
            continue; // unreadable content keeps its icon; the item itself is still listed
        m_previewInFlight = true;
        auto* watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, sha = sha256] {
            watcher->deleteLater();
            const QImage image = watcher->result();
            cachePreview(sha, image);
            m_previewInFlight = false;
            emit previewReady(sha, image);
            startNextPreview();
        });
        watcher->setFuture(QtConcurrent::run(&importPool(), [content = std::move(*bytes)] {
            lowerThisThreadsPriority();
            auto made = report::Thumbnails::make(content, ThumbnailBox);
            return made ? *made : QImage();
        }));
    }
}

std::optional<QImage> EvidenceImporter::cachedPreview(const QString& sha256)
{
    if (const QImage* image = previewCache().object(sha256))
        return *image;
    return std::nullopt;
}

void EvidenceImporter::cachePreview(const QString& sha256, const QImage& image)
{
    if (sha256.isEmpty())
        return;
    const qsizetype cost = qMax<qsizetype>(1, image.sizeInBytes() / 1024);
    previewCache().insert(sha256, new QImage(image), cost);
}

DroppedContent EvidenceImporter::contentOf(const QMimeData* mime)
{
    DroppedContent content;
    if (!mime)
        return content;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            content.files << url.toLocalFile();
        else
            content.elsewhere << url.toDisplayString();
    }
    if (content.hasFiles())
        return content; // file managers add the names as text too; the files are what is meant
    if (mime->hasImage())
        content.image = qvariant_cast<QImage>(mime->imageData());
    if (content.image.isNull()) {
        // Encoded image data (a browser's drag): kept as it is, so nothing is re-encoded.
        for (const QString& format : mime->formats()) {
            if (format.startsWith(u"image/"_s) && !mime->data(format).isEmpty()) {
                content.imageBytes = mime->data(format);
                break;
            }
        }
    }
    if (!content.hasImage() && mime->hasText() && !mime->text().trimmed().isEmpty())
        content.text = mime->text();
    return content;
}

bool EvidenceImporter::offersContent(const QMimeData* mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls() || mime->hasImage())
        return true;
    for (const QString& format : mime->formats()) {
        if (format.startsWith(u"image/"_s))
            return true;
    }
    return mime->hasText() && !mime->text().trimmed().isEmpty();
}

ImportedFile EvidenceImporter::importOne(const ImportSource& source, qint64 maxFileBytes,
                                         const std::shared_ptr<std::atomic_bool>& cancelled)
{
    ImportedFile out;
    out.sourcePath = source.path;
    const auto stopped = [&cancelled] { return cancelled && cancelled->load(); };
    if (stopped()) {
        out.error = tr("Stopped before it was added.");
        return out;
    }

    if (!source.image.isNull()) {
        // A pasted screenshot: stored as PNG, which keeps every pixel of what was copied.
        QBuffer buffer(&out.bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!source.image.save(&buffer, "PNG")) {
            out.error = tr("The pasted image could not be saved as PNG. Try saving it to a file "
                           "first and add that file.");
            return out;
        }
        buffer.close();
        if (out.bytes.size() > maxFileBytes) {
            out.error = tooLarge(source.title, out.bytes.size(), maxFileBytes);
            out.bytes.clear();
            return out;
        }
        out.fileName = source.fileName.isEmpty() ? u"pasted-screenshot.png"_s : source.fileName;
        out.title = source.title;
        out.kind = u"screenshot"_s;
        out.mimeType = u"image/png"_s;
        out.thumbnail = previewOf(source.image);
        out.sha256 = sha256Of(out.bytes);
        return out;
    }

    if (source.path.isEmpty()) {
        // Raw image data (dropped from a browser, say): kept byte for byte, like a file.
        out.bytes = source.bytes;
        out.title = source.title;
        const QString name = source.title.isEmpty() ? tr("The image") : u"“%1”"_s.arg(source.title);
        if (out.bytes.isEmpty()) {
            out.error = tr("%1 holds no data, so there is nothing to add.").arg(name);
            return out;
        }
        if (out.bytes.size() > maxFileBytes) {
            out.error = tr("%1 is %2, more than the %3 limit for one piece of evidence.")
                            .arg(name, sizeText(out.bytes.size()), sizeText(maxFileBytes));
            out.bytes.clear();
            return out;
        }
        const QByteArray format = report::Thumbnails::detectFormat(out.bytes);
        if (format.isEmpty()) {
            // Unlike a file, these bytes have no name the user could find again: refuse them
            // rather than keep an anonymous blob nobody can open.
            out.error = tr("%1 is not in a format WalletCase can read. Save it to a file first, "
                           "then add the file.")
                            .arg(name);
            out.bytes.clear();
            return out;
        }
        const QString base = source.fileName.isEmpty() ? u"dropped-image"_s : source.fileName;
        out.fileName = base + u'.' + QString::fromLatin1(format == "jpeg" ? "jpg" : format);
        describe(out, out.fileName, QMimeType());
        return out;
    }

    const QFileInfo info(source.path);
    const QString name = info.fileName().isEmpty() ? source.path : info.fileName();
    out.fileName = info.fileName();
    out.title = titleFromFileName(info);
    if (!info.exists()) {
        out.error = tr("“%1” could not be found. It may have been moved, renamed or deleted; "
                       "add it again from where it is now.")
                        .arg(name);
        return out;
    }
    if (info.isDir()) {
        out.error = tr("“%1” is a folder. Open it and add the files inside instead.").arg(name);
        return out;
    }
    if (!info.isFile()) {
        // A device or a pipe: reading it could wait for ever or never end.
        out.error = tr("“%1” is not an ordinary file (it may be a device or a pipe), so it "
                       "cannot be kept as evidence.")
                        .arg(name);
        return out;
    }
    if (info.size() > maxFileBytes) {
        out.error = tooLarge(name, info.size(), maxFileBytes);
        return out;
    }
    if (!readFile(source.path, name, maxFileBytes, stopped, out))
        return out;
    if (out.bytes.isEmpty()) {
        // An empty file proves nothing, and is usually a download or save that did not finish.
        out.error = tr("“%1” is empty (0 bytes), so there is nothing to keep as evidence. Check "
                       "that it finished saving or downloading, then add it again.")
                        .arg(name);
        return out;
    }
    describe(out, name, QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension));
    return out;
}

bool EvidenceImporter::readFile(const QString& path, const QString& name, qint64 maxFileBytes,
                                const std::function<bool()>& stopped, ImportedFile& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error =
            file.exists()
                ? tr("“%1” could not be opened (%2). Check that you are allowed to read it, then "
                     "add it again.")
                      .arg(name, file.errorString())
                : tr("“%1” disappeared before it could be read. It may have been moved or deleted; "
                     "add it again from where it is now.")
                      .arg(name);
        return false;
    }
    // In slices, so Cancel takes effect within a slice and a file that grew past the limit
    // after the size check is refused having read at most one slice too many.
    constexpr qint64 Slice = 4 * 1024 * 1024;
    QByteArray slice(qsizetype(Slice), Qt::Uninitialized);
    out.bytes.reserve(qsizetype(qMin(file.size(), maxFileBytes)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (;;) {
        if (stopped()) {
            out.error = tr("Stopped before it was added.");
            out.bytes.clear();
            return false;
        }
        const qint64 got = file.read(slice.data(), Slice);
        if (got < 0) {
            out.error = tr("“%1” could not be read (%2). The disk or device may have a problem; "
                           "copy the file somewhere else and add the copy.")
                            .arg(name, file.errorString());
            out.bytes.clear();
            return false;
        }
        if (got == 0)
            break;
        if (out.bytes.size() + got > maxFileBytes) {
            out.error = tooLarge(name, qMax(file.size(), out.bytes.size() + got), maxFileBytes);
            out.bytes = QByteArray();
            return false;
        }
        const QByteArrayView piece(slice.constData(), qsizetype(got));
        out.bytes.append(piece);
        hash.addData(piece);
    }
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

void EvidenceImporter::describe(ImportedFile& out, const QString& name, const QMimeType& byName)
{
    if (out.sha256.isEmpty())
        out.sha256 = sha256Of(out.bytes);

    const QMimeDatabase mimes;
    const QByteArray format = report::Thumbnails::detectFormat(out.bytes);
    if (!format.isEmpty()) {
        out.mimeType = mimes.mimeTypeForData(out.bytes).name();
        if (!out.mimeType.startsWith(u"image/"_s))
            out.mimeType = u"image/"_s + QString::fromLatin1(format);
        auto thumbnail = report::Thumbnails::make(out.bytes, ThumbnailBox);
        if (thumbnail) {
            out.kind = u"screenshot"_s;
            out.thumbnail = *thumbnail;
        } else {
            // Too large or damaged to preview: the original is still worth keeping unchanged.
            out.kind = u"file"_s;
            out.notice = tr("“%1”: %2").arg(name, thumbnail.error().message);
        }
        // A file cut short decodes without an error, the missing part grey; only its missing
        // end marker tells. Kept (what is there may still prove something), but never silently.
        if (core::ImageIntegrity::check(out.bytes) == core::ImageIntegrity::Ending::Truncated) {
            out.incomplete = true;
            out.notice = tr("“%1” is incomplete: the file was cut short, so part of the image is "
                            "missing (it shows grey). Add the original again if you have it. "
                            "It was kept and marked as incomplete in its note, because what is "
                            "there may still help; delete it if you do not want it.")
                             .arg(name);
        }
        return;
    }

    out.kind = u"file"_s;
    if (byName.isValid() && byName.name().startsWith(u"image/"_s)) {
        // Named like an image, but its bytes are not one we can read (damaged, renamed, or a
        // format such as HEIC). Kept rather than refused: it may be the only copy of something
        // the user needs, a program of theirs may still open it, and its fingerprint is
        // recorded either way. The user is told there is no preview, so nothing is hidden.
        out.mimeType = mimes.mimeTypeForData(out.bytes).name();
        out.notice = tr("“%1” is named like an image, but WalletCase cannot read it as one (it "
                        "may be damaged, or in a format such as HEIC). It was kept unchanged as a "
                        "file, without a preview.")
                         .arg(name);
    } else {
        out.mimeType = mimes.mimeTypeForFileNameAndData(out.fileName, out.bytes).name();
    }
}

} // namespace wc::gui
