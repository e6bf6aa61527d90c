// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/DossierImages.h"

#include "report/Thumbnails.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace wc::report {

DossierImages::DossierImages(QList<Job> jobs, int threads)
    : m_jobs(std::move(jobs)),
      m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount())),
      m_futures(m_jobs.size()), m_results(size_t(m_jobs.size()))
{
    if (m_threads > 1) {
        // A pool of our own: the export itself may run on the global pool (the window's export
        // does), which would leave fewer threads than cores for the images.
        m_pool.setMaxThreadCount(m_threads);
        m_pool.setObjectName(QStringLiteral("DossierImages"));
        // One image waiting per core while the layout draws the one it took.
        submitUpTo(m_threads);
    }
}

DossierImages::~DossierImages()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void DossierImages::submitUpTo(int index)
{
    const int last = std::min(index, int(m_jobs.size()) - 1);
    for (; m_submitted <= last; ++m_submitted) {
        const int i = m_submitted;
        m_futures[i] = QtConcurrent::run(&m_pool, [this, i] {
            m_results[size_t(i)] = Thumbnails::make(m_jobs[i].bytes, m_jobs[i].box);
        });
    }
}

core::Result<QImage> DossierImages::take(int index, QSize box)
{
    Q_ASSERT(index >= 0 && index < m_jobs.size());
    if (m_threads <= 1)
        return Thumbnails::make(m_jobs[index].bytes, box);
    // Keep the window full: while this one is drawn, the next `threads` are decoded.
    submitUpTo(index + m_threads);
    m_futures[index].waitForFinished();
    std::optional<core::Result<QImage>> result = std::move(m_results[size_t(index)]);
    m_results[size_t(index)].reset();
    m_futures[index] = {};
    if (!result || box != m_jobs[index].box)
        return Thumbnails::make(m_jobs[index].bytes, box);
    return std::move(*result);
}

} // namespace wc::report
