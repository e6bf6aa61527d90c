// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QSize>
#include <QThreadPool>

#include <optional>
#include <vector>

namespace wc::report {

// Decodes a dossier's evidence images ahead of the layout that draws them, on a pool of one
// thread per core. Decoding and scaling PNG screenshots is most of an export's time (85 % of it
// for 30 phone screenshots), and one image does not depend on another, so both cores share it.
// Images are handed out in the order they were planned, and at most `threads + 1` are being
// decoded or waiting to be taken at any time: memory is bounded by the pool, not by the number
// of images. Each image is exactly what Thumbnails::make gives for its box on any thread, so the
// dossier is the same byte for byte whatever the number of threads.
class DossierImages
{
public:
    struct Job
    {
        QByteArray bytes;
        QSize box; // the box the layout is expected to ask for (see take())
    };

    // `threads` 0: one per core (QThread::idealThreadCount()); 1: no pool, each image is
    // decoded in take() on the caller's thread.
    explicit DossierImages(QList<Job> jobs, int threads = 0);
    // Drops what was not started and waits for decodes still running (a cancelled export).
    ~DossierImages();
    DossierImages(const DossierImages&) = delete;
    DossierImages& operator=(const DossierImages&) = delete;

    // The image of job `index` fitted into `box` (Thumbnails::make). Jobs are taken in
    // increasing order; skipped ones are dropped. When the layout asks for another box than was
    // planned, the image is decoded again for that box, so a wrong plan costs time, never a
    // different page.
    core::Result<QImage> take(int index, QSize box);

    int threads() const { return m_threads; }

private:
    void submitUpTo(int index);

    QList<Job> m_jobs;
    int m_threads = 1;
    int m_submitted = 0; // jobs [0, m_submitted) were given to the pool
    QThreadPool m_pool;
    QList<QFuture<void>> m_futures;
    // One slot per job, written by its decode task only, read after its future finished.
    std::vector<std::optional<core::Result<QImage>>> m_results;
};

} // namespace wc::report
