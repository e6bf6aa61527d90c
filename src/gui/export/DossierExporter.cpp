// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/export/DossierExporter.h"

#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "report/DossierLayout.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// "支付宝重复扣款 - dossier.pdf" in the Documents folder: the title, minus characters that file
// systems refuse.
QString suggestedPath(const core::CaseRecord& record, bool letterOnly)
{
    QString name = record.title.simplified();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    if (name.isEmpty())
        name = DossierExporter::tr("case %1").arg(record.id);
    name += letterOnly ? DossierExporter::tr(" - letter") : DossierExporter::tr(" - dossier");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name + u".pdf"_s);
}

int imageCount(const report::CaseDossier& dossier)
{
    int n = 0;
    for (const core::Evidence& e : dossier.snapshot.evidence)
        n += dossier.isImage(e) ? 1 : 0;
    return n;
}

// Reads the case, or says why not. The store is single-threaded: this runs on its thread.
std::optional<report::CaseDossier> readCase(QWidget* parent, core::CaseStore& store, qint64 caseId,
                                            bool letterOnly, const QString& title)
{
    auto dossier = report::CaseDossier::read(store, caseId);
    if (!dossier) {
        MessageBox::inform(parent, QMessageBox::Warning, title, dossier.error().message);
        return std::nullopt;
    }
    if (letterOnly && !dossier->currentLetter({})) {
        MessageBox::inform(parent, QMessageBox::Information, title,
                           DossierExporter::tr("This case has no letter yet. Write the letter "
                                               "first, then export or print it."));
        return std::nullopt;
    }
    return std::move(*dossier);
}

} // namespace

DossierExporter::DossierExporter(QWidget* parent, const QString& title)
    : QObject(parent), m_parent(parent), m_title(title)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DossierExporter::onFinished);
}

DossierExporter::~DossierExporter()
{
    // The worker posts progress to this object: it must be done before the object goes.
    m_cancelled = true;
    m_watcher.waitForFinished();
}

DossierExporter* DossierExporter::exportCase(QWidget* parent, core::CaseStore& store, qint64 caseId,
                                             Content content, const QString& language,
                                             qint64 letterId)
{
    const bool letterOnly = content == Content::LetterOnly;
    const QString title = letterOnly ? tr("Export Letter as PDF") : tr("Export Case as PDF");
    auto record = store.caseById(caseId);
    if (!record) {
        MessageBox::inform(parent, QMessageBox::Warning, title, record.error().message);
        return nullptr;
    }
    QString path = FileDialog::saveFileName(parent, title, tr("PDF documents (*.pdf)"),
                                            suggestedPath(*record, letterOnly));
    if (path.isEmpty())
        return nullptr;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    auto dossier = readCase(parent, store, caseId, letterOnly, title);
    if (!dossier)
        return nullptr;

    report::DossierOptions options;
    options.language = language;
    options.letterOnly = letterOnly;
    options.letterId = letterId;
    options.exportedAt = store.clock().nowMs();
    auto* exporter = new DossierExporter(parent, title);
    exporter->m_path = path;
    const int total = (letterOnly ? 0 : imageCount(*dossier)) + 2;
    exporter->start(
        [d = std::move(*dossier), options, path](const report::DossierProgress& progress) {
            return report::DossierWriter::write(d, options, path, progress);
        },
        total);
    return exporter;
}

DossierExporter* DossierExporter::printCase(QWidget* parent, core::CaseStore& store, qint64 caseId,
                                            Content content, qint64 letterId,
                                            std::unique_ptr<QPrinter> printer)
{
    const bool letterOnly = content == Content::LetterOnly;
    const QString title = letterOnly ? tr("Print Letter") : tr("Print Case");
    auto dossier = readCase(parent, store, caseId, letterOnly, title);
    if (!dossier)
        return nullptr;
    if (!printer) {
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setDocName(dossier->snapshot.record.title);
        QPrintDialog dialog(printer.get(), parent);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
    }
    // The layout keeps its own margins, which are wider than any printer's unprintable edge.
    printer->setFullPage(true);
    report::DossierOptions options;
    options.letterOnly = letterOnly;
    options.letterId = letterId;
    options.exportedAt = store.clock().nowMs();
    const QPageSize::PageSizeId paper = printer->pageLayout().pageSize().id();
    options.pageSize = paper == QPageSize::Custom ? QPageSize::A4 : paper;

    auto* exporter = new DossierExporter(parent, title);
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        // The printer truncates and writes into the file as it is: created owner-only first, a
        // case's dossier never lies readable by other users, even while it is being written.
        exporter->m_printFile = printer->outputFileName();
        QFile file(exporter->m_printFile);
        if (file.open(QIODevice::WriteOnly)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.close();
        }
    }
    exporter->m_printer = std::move(printer);
    QPrinter* device = exporter->m_printer.get();
    const int total = (letterOnly ? 0 : imageCount(*dossier)) + 2;
    exporter->start(
        [d = std::move(*dossier), options,
         device](const report::DossierProgress& progress) -> Outcome {
            report::DossierLayout layout(d, options);
            if (auto painted = layout.render(*device, progress); !painted)
                return std::move(painted).error();
            return report::DossierWriter::Written{layout.pageCount(), 0, layout.language()};
        },
        total);
    return exporter;
}

void DossierExporter::start(std::function<Outcome(const report::DossierProgress&)> work, int total)
{
    m_dialog = new QProgressDialog(m_printer ? tr("Preparing the pages for the printer…")
                                             : tr("Writing the PDF…"),
                                   tr("Cancel"), 0, total, m_parent);
    m_dialog->setObjectName(u"dossierProgressDialog"_s);
    m_dialog->setWindowTitle(m_title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &DossierExporter::cancel);

    report::DossierProgress progress;
    progress.cancelled = &m_cancelled;
    progress.report = [this](int done, int steps) {
        QMetaObject::invokeMethod(
            this, [this, done, steps] { onProgress(done, steps); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(
        QtConcurrent::run([work = std::move(work), progress] { return work(progress); }));
}

void DossierExporter::cancel()
{
    m_cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void DossierExporter::onProgress(int done, int total)
{
    if (!m_dialog)
        return;
    m_dialog->setMaximum(total);
    m_dialog->setValue(std::min(done, total));
}

void DossierExporter::onFinished()
{
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    const Outcome outcome = m_watcher.result();
    const bool ok = outcome.ok() && !m_cancelled;
    if (!outcome.ok() && !report::DossierLayout::isCancelled(outcome.error()))
        MessageBox::inform(m_parent, QMessageBox::Warning, m_title, outcome.error().message);
    if (ok && !m_path.isEmpty()) {
        // Spelled out rather than "%n page(s)": English has no plural translation file.
        const QString path = QDir::toNativeSeparators(m_path);
        const QString ready =
            outcome->pages == 1
                ? tr("The PDF is ready (1 page):\n%1").arg(path)
                : tr("The PDF is ready (%1 pages):\n%2").arg(QString::number(outcome->pages), path);
        const int choice = MessageBox::ask(m_parent, QMessageBox::Information, m_title, ready,
                                           {{1, tr("&Open the PDF"), QMessageBox::AcceptRole},
                                            {0, tr("&Close"), QMessageBox::RejectRole}},
                                           1);
        if (choice == 1 && !UrlOpener::open(QUrl::fromLocalFile(m_path))) {
            MessageBox::inform(m_parent, QMessageBox::Warning, m_title,
                               tr("No program to show PDF files was found. The file is at %1.")
                                   .arg(QDir::toNativeSeparators(m_path)));
        }
    }
    if (!m_printFile.isEmpty())
        reportPrintFile(ok);
    emit finished(ok, m_printer ? m_printFile : m_path);
    deleteLater();
}

void DossierExporter::reportPrintFile(bool ok)
{
    QFile file(m_printFile);
    if (!ok) {
        // A cancelled or failed print leaves no half-written file behind.
        if (file.exists())
            file.remove();
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString path = QDir::toNativeSeparators(QFileInfo(m_printFile).absoluteFilePath());
    const int choice = MessageBox::ask(
        m_parent, QMessageBox::Information, m_title,
        tr("Printed to a PDF file, readable only by you:\n%1")
            .arg(path),
        {{1, tr("Open &Folder"), QMessageBox::AcceptRole},
         {0, tr("&Close"), QMessageBox::RejectRole}},
        0);
    const QString folder = QFileInfo(m_printFile).absolutePath();
    if (choice == 1 && !UrlOpener::open(QUrl::fromLocalFile(folder))) {
        MessageBox::inform(m_parent, QMessageBox::Warning, m_title,
                           tr("The folder could not be opened. The file is at %1.").arg(path));
    }
}

} // namespace wc::gui
