// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/StatementImportFlow.h"

#include "gui/transactions/ColumnMappingDialog.h"
#include "gui/transactions/StatementParseJob.h"
#include "gui/transactions/StatementPreviewDialog.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

StatementImportFlow::StatementImportFlow(const QString& path,
                                         const QList<core::TransactionRecord>& existing,
                                         QWidget* parent)
    : QObject(parent), m_parent(parent), m_path(path), m_fileName(QFileInfo(path).fileName()),
      m_existing(existing), m_job(new StatementParseJob(this))
{
    connect(m_job, &StatementParseJob::finished, this, &StatementImportFlow::onParsed);
    connect(m_job, &StatementParseJob::failed, this, &StatementImportFlow::onFailed);
    connect(m_job, &StatementParseJob::cancelled, this, &StatementImportFlow::onCancelled);
    connect(m_job, &StatementParseJob::progress, this, [this](int permille) {
        if (m_progress)
            m_progress->setValue(permille);
    });
}

void StatementImportFlow::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    m_options.localZone = m_zone.id();
}

StatementImportFlow::~StatementImportFlow()
{
    // The dialogs belong to the window; they go with the flow.
    delete m_progress;
    delete m_mapping;
    delete m_preview;
}

void StatementImportFlow::start()
{
    parse();
}

QProgressDialog* StatementImportFlow::progressDialog() const
{
    return m_progress;
}

ColumnMappingDialog* StatementImportFlow::mappingDialog() const
{
    return m_mapping;
}

StatementPreviewDialog* StatementImportFlow::previewDialog() const
{
    return m_preview;
}

bool StatementImportFlow::isParsing() const
{
    return m_job->isRunning();
}

QWidget* StatementImportFlow::topWindow() const
{
    if (m_mapping && m_mapping->isVisible())
        return m_mapping;
    if (m_preview && m_preview->isVisible())
        return m_preview;
    return m_parent;
}

void StatementImportFlow::hideProgress()
{
    if (!m_progress)
        return;
    // reset() also stops the timer that would show the dialog once its minimum duration is
    // up: a file read faster than that would otherwise get a stale "100 %" over the preview.
    m_progress->reset();
    m_progress->hide();
}

void StatementImportFlow::parse()
{
    delete m_progress;
    m_progress = new QProgressDialog(tr("Reading “%1”…").arg(m_fileName), tr("Cancel"), 0, 1000,
                                     topWindow());
    m_progress->setObjectName(u"statementProgressDialog"_s);
    m_progress->setWindowTitle(tr("Import statement"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // Small files are read before the dialog would show; a big one shows it at once.
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, m_job, &StatementParseJob::cancel);
    m_job->start(m_path, m_options);
}

void StatementImportFlow::onParsed(const core::ParsedStatement& statement)
{
    hideProgress();
    m_goodOptions = m_options;
    m_goodMappingChosen = m_mappingChosen;
    if (statement.format == core::StatementFormat::Generic && !m_mappingChosen) {
        // A CSV WalletCase does not know: the columns are the user's to confirm, starting from
        // what they chose last time for the same header, else from the guess.
        const auto remembered = ColumnMappingDialog::remembered(statement.columns);
        showMapping(statement, remembered ? *remembered : statement.mapping);
        return;
    }
    showPreview(statement);
}

void StatementImportFlow::onFailed(const core::Error& error)
{
    hideProgress();
    if (error.detail == u"no header" && !m_options.format && !m_preview && !m_mapping) {
        // Nothing recognisable: read the first line as the header of a generic CSV, so the
        // user can point at the columns (and move the header row) in the mapping dialog.
        m_options.format = core::StatementFormat::Generic;
        m_options.headerLine = 1;
        m_options.mapping.reset();
        parse();
        return;
    }
    const QString message =
        tr("“%1” could not be read as a statement. %2").arg(m_fileName, error.message);
    if (m_preview || m_mapping) {
        // Another format, encoding or header row did not work out; the last good reading
        // stays on screen, with the choices that made it, and the user can try again.
        m_options = m_goodOptions;
        m_mappingChosen = m_goodMappingChosen;
        if (m_preview)
            m_preview->showChoices();
        emit failed(message);
        return;
    }
    emit failed(message);
    end();
}

void StatementImportFlow::onCancelled()
{
    hideProgress();
    if (m_preview || m_mapping)
        return; // a second reading was stopped; the dialog still shows the first
    emit cancelled();
    end();
}

void StatementImportFlow::showMapping(const core::ParsedStatement& statement,
                                      const core::ColumnMapping& initial)
{
    if (!m_mapping) {
        m_mapping = new ColumnMappingDialog(m_preview ? static_cast<QWidget*>(m_preview)
                                                      : m_parent.data());
        m_mapping->setWindowModality(Qt::WindowModal);
        connect(m_mapping, &ColumnMappingDialog::headerLineChanged, this,
                [this](qsizetype line) {
                    m_options.format = core::StatementFormat::Generic;
                    m_options.headerLine = line;
                    m_options.mapping.reset();
                    m_mappingChosen = false;
                    parse();
                });
        connect(m_mapping, &ColumnMappingDialog::encodingChanged, this,
                [this](const QString& encoding) {
                    m_options.format = core::StatementFormat::Generic;
                    m_options.headerLine = m_mapping->headerLine();
                    m_options.encoding = encoding;
                    m_options.mapping.reset();
                    m_mappingChosen = false;
                    parse();
                });
        connect(m_mapping, &QDialog::accepted, this, [this] {
            m_options.format = core::StatementFormat::Generic;
            m_options.mapping = m_mapping->mapping();
            m_options.headerLine = m_mapping->headerLine();
            m_mappingChosen = true;
            m_mapping->deleteLater();
            parse();
        });
        connect(m_mapping, &QDialog::rejected, this, [this] {
            m_mapping->deleteLater();
            m_mappingChosen = m_options.mapping.has_value(); // the preview keeps its columns
            if (!m_preview)
                end(); // nothing was shown yet: the import is over
        });
    }
    m_mapping->setStatement(statement, initial);
    m_mapping->show();
    m_mapping->raise();
}

void StatementImportFlow::showPreview(const core::ParsedStatement& statement)
{
    if (!m_preview) {
        m_preview = new StatementPreviewDialog(m_fileName, m_parent);
        m_preview->setWindowModality(Qt::WindowModal);
        connect(m_preview, &StatementPreviewDialog::reparseRequested, this,
                [this](core::StatementFormat format, const QString& encoding) {
                    if (!m_options.format || *m_options.format != format) {
                        m_options.format = format;
                        m_options.headerLine = 0;
                        m_options.mapping.reset();
                        m_mappingChosen = false;
                    }
                    m_options.encoding = encoding;
                    parse();
                });
        connect(m_preview, &StatementPreviewDialog::columnsRequested, this, [this] {
            const core::ParsedStatement& s = m_preview->statement();
            m_mappingChosen = false;
            showMapping(s, m_options.mapping ? *m_options.mapping : s.mapping);
        });
        connect(m_preview, &QDialog::accepted, this, [this] {
            emit rowsChosen(m_preview->chosenRows(), m_preview->statement().format);
            end();
        });
        connect(m_preview, &QDialog::rejected, this, &StatementImportFlow::end);
    }
    m_preview->setTimeZone(m_zone);
    m_preview->setStatement(statement, m_existing);
    m_preview->show();
    m_preview->raise();
}

void StatementImportFlow::end()
{
    if (m_ended)
        return;
    m_ended = true;
    m_job->cancel();
    hideProgress();
    if (m_preview)
        m_preview->hide();
    if (m_mapping)
        m_mapping->hide();
    emit finished();
    deleteLater();
}

} // namespace wc::gui
