// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "report/CaseDossier.h"
#include "report/DossierWriter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;
class QProgressDialog;
class QWidget;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

// Exports a case as a PDF dossier (or only its letter) and prints it, from the window: reads the
// case on the calling thread (the store's), then lays out and writes on a worker thread behind a
// progress dialog with Cancel. The PDF is written under a temporary name in the target folder and
// renamed only when complete, so a cancelled or failed export leaves nothing behind; afterwards
// the user may open the PDF. Printing uses the same layout through QPrintDialog.
//
// Each call returns the running export (or null when the user cancelled the file or print dialog
// or the case could not be read, which was then reported); it deletes itself when done, after
// emitting finished(). Object names for tests: "dossierProgressDialog".
class DossierExporter : public QObject
{
    Q_OBJECT

public:
    enum class Content
    {
        Dossier,   // the whole case
        LetterOnly // just the current letter, ready to print or attach
    };

    // "Export PDF…" (Content::Dossier) and "Export letter…" (Content::LetterOnly). `language`
    // "zh_CN"/"en", empty: the language of the case's letter.
    // `letterId`: with LetterOnly, that letter (0: the current one).
    static DossierExporter* exportCase(QWidget* parent, core::CaseStore& store, qint64 caseId,
                                       Content content = Content::Dossier,
                                       const QString& language = {}, qint64 letterId = 0);
    // "Print…": QPrintDialog, then the same layout on the chosen printer and paper. A `printer`
    // given by the caller (tests: PDF output) is used as it is, without the dialog. "Print to
    // file (PDF)" (what the dialog offers when no printer is installed) writes an owner-only
    // file like every export, and says where it went, offering to open its folder.
    static DossierExporter* printCase(QWidget* parent, core::CaseStore& store, qint64 caseId,
                                      Content content = Content::Dossier, qint64 letterId = 0,
                                      std::unique_ptr<QPrinter> printer = nullptr);

    ~DossierExporter() override;

    // Stops the running work; finished() follows with ok == false.
    void cancel();
    QProgressDialog* progressDialog() const { return m_dialog; }

signals:
    // `path` is the written PDF (empty when printing on a printer).
    void finished(bool ok, const QString& path);

private:
    using Outcome = core::Result<report::DossierWriter::Written>;

    DossierExporter(QWidget* parent, const QString& title);
    void start(std::function<Outcome(const report::DossierProgress&)> work, int total);
    void onFinished();
    void onProgress(int done, int total);
    // After "Print to file": owner-only, and where it went (or removed when the print failed).
    void reportPrintFile(bool ok);

    QPointer<QWidget> m_parent;
    QProgressDialog* m_dialog = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancelled{false};
    std::unique_ptr<QPrinter> m_printer;
    QString m_path;
    QString m_printFile; // "Print to file": the PDF the printer writes
    QString m_title;
};

} // namespace wc::gui
