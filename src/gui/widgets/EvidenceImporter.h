// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QMimeType>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QStringList>

class QMimeData;

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace wc::gui {

// One thing to import: a file on disk (`path`), an image held in memory (a pasted screenshot,
// stored as PNG), or the encoded bytes of an image (dropped raw image data, stored unchanged).
struct ImportSource
{
    QString path;
    QImage image;
    QByteArray bytes;
    QString title;    // for in-memory sources; files take their name without the extension
    QString fileName; // for in-memory sources: the name it is stored under (the extension of
                      // raw bytes is set from their real format)
};

// What the worker made of one source. Either `error` says why it was not added, or the rest
// describes evidence ready for CaseStore::addEvidence (with `notice` when the user should know
// something, e.g. that there is no preview).
struct ImportedFile
{
    QString sourcePath;
    QString fileName;
    QString title;
    QString kind; // screenshot, file
    QString mimeType;
    QByteArray bytes;
    QString sha256;
    QImage thumbnail; // null when there is no preview
    QString notice;
    QString error;
    // An image that stops before its end marker (a copy or download that did not finish): kept,
    // with `notice` saying so, and marked in its note when stored.
    bool incomplete = false;

    bool ok() const { return error.isEmpty(); }
};

// What a drop or the clipboard holds, read the way a user means it: files (the local ones are
// added, other URLs explained), else an image (a decoded one, or the encoded bytes of one), else
// text to offer as a chat log.
struct DroppedContent
{
    QStringList files;
    QStringList elsewhere; // URLs that are not local files
    QImage image;
    QByteArray imageBytes;
    QString text;

    bool hasFiles() const { return !files.isEmpty() || !elsewhere.isEmpty(); }
    bool hasImage() const { return !image.isNull() || !imageBytes.isEmpty(); }
};

// Reads, fingerprints (SHA-256) and previews evidence on a worker thread so a batch of large
// screenshots never freezes the window. Files go one at a time with one file read ahead, which
// keeps memory to about two files; results come back on the GUI thread (fileReady) in order, and
// the caller stores them, because the store belongs to the GUI thread. Also makes previews of
// content already in the store, remembered by SHA-256 for the whole program.
class EvidenceImporter : public QObject
{
    Q_OBJECT

public:
    static constexpr QSize ThumbnailBox{128, 128};

    explicit EvidenceImporter(qint64 maxFileBytes, QObject* parent = nullptr);
    ~EvidenceImporter() override;

    // Adds sources to the running batch, or starts one.
    void enqueue(const QList<ImportSource>& sources);
    // Drops the sources not yet handed over; fileReady is not emitted again for this batch, and
    // batchFinished(…, true) follows at once.
    void cancel();
    bool isBusy() const { return m_busy; }

    // Reads stored content on the GUI thread when its turn comes (nullopt: it cannot be read).
    using ContentLoader = std::function<std::optional<QByteArray>()>;
    // Queues a preview of stored content, decoded off the GUI thread one at a time; previewReady
    // follows (with a null image when the content has no preview) and the result is cached.
    void requestPreview(const QString& sha256, const ContentLoader& load);
    // Forgets the queued previews (their loaders read from a store that is going away).
    void clearPreviewQueue();

    // The cached preview for `sha256` (a null image: known to have none); nullopt when unknown.
    // GUI thread only.
    static std::optional<QImage> cachedPreview(const QString& sha256);
    static void cachePreview(const QString& sha256, const QImage& image);

    // What `mime` offers as evidence, and whether it offers any (cheap: for drag-enter).
    static DroppedContent contentOf(const QMimeData* mime);
    static bool offersContent(const QMimeData* mime);

    // The work done for one source; runs on a worker thread, stops early once `cancelled`.
    static ImportedFile importOne(const ImportSource& source, qint64 maxFileBytes,
                                  const std::shared_ptr<std::atomic_bool>& cancelled);

signals:
    void fileReady(const wc::gui::ImportedFile& file);
    // `done` sources of `total` in this batch have been handed over.
    void progress(int done, int total);
    void batchFinished(int done, int total, bool cancelled);
    void busyChanged(bool busy);
    void previewReady(const QString& sha256, const QImage& image);

private:
    // Reads the whole file, hashing as it goes; false with out.error set when it failed.
    static bool readFile(const QString& path, const QString& name, qint64 maxFileBytes,
                         const std::function<bool()>& stopped, ImportedFile& out);
    // Fingerprint (unless set), MIME type, kind and preview of bytes already read.
    static void describe(ImportedFile& out, const QString& name, const QMimeType& byName);

    void startNext();
    void setBusy(bool busy);
    void startNextPreview();

    qint64 m_maxFileBytes;
    QList<ImportSource> m_pending;
    int m_done = 0;
    int m_total = 0;
    bool m_busy = false;
    bool m_inFlight = false;
    quint64 m_generation = 0; // a cancelled batch's late result is recognised and dropped
    std::shared_ptr<std::atomic_bool> m_cancelled;

    struct PendingPreview
    {
        QString sha256;
        ContentLoader load;
    };
    QList<PendingPreview> m_previewQueue;
    QSet<QString> m_previewQueued;
    bool m_previewInFlight = false;
};

} // namespace wc::gui

Q_DECLARE_METATYPE(wc::gui::ImportedFile)
