// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "statements/StatementParser.h"

#include <QObject>
#include <QTimeZone>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace wc::gui {

class ColumnMappingDialog;
class StatementParseJob;
class StatementPreviewDialog;

// One import of a wallet statement, from the chosen file to the rows the user picked: the file
// is read on a worker thread behind a progress dialog with Cancel; a CSV that is no known export
// goes through the column-mapping dialog (also when no header could be recognised at all); the
// preview lets the user tick rows and choose another format or encoding, which reads the file
// again. Every dialog is shown without blocking the event loop. The flow ends once (finished),
// having emitted rowsChosen, failed or nothing (cancelled), and then deletes itself.
class StatementImportFlow : public QObject
{
    Q_OBJECT

public:
    // `existing`: the case's transactions, marked in the preview as already there.
    StatementImportFlow(const QString& path, const QList<core::TransactionRecord>& existing,
                        QWidget* parent);
    ~StatementImportFlow() override;

    // The case's zone: the preview shows times in it (as the case's table will), and a generic
    // file's times without a zone are read in it. Set before start(); default: the computer's.
    void setTimeZone(const QTimeZone& zone);

    void start();

    QProgressDialog* progressDialog() const;
    ColumnMappingDialog* mappingDialog() const;
    StatementPreviewDialog* previewDialog() const;
    bool isParsing() const;

signals:
    void rowsChosen(const QList<wc::core::StatementRow>& rows, wc::core::StatementFormat format);
    void failed(const QString& message);
    // Cancelled at the progress dialog before anything could be shown.
    void cancelled();
    void finished();

private:
    void parse();
    void hideProgress();
    void onParsed(const core::ParsedStatement& statement);
    void onFailed(const core::Error& error);
    void onCancelled();
    void showMapping(const core::ParsedStatement& statement, const core::ColumnMapping& initial);
    void showPreview(const core::ParsedStatement& statement);
    QWidget* topWindow() const;
    void end();

    QPointer<QWidget> m_parent;
    QString m_path;
    QString m_fileName;
    QList<core::TransactionRecord> m_existing;
    core::StatementOptions m_options;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_mappingChosen = false; // the user confirmed the columns of a generic CSV
    // What read the file last time, to go back to when another choice cannot read it.
    core::StatementOptions m_goodOptions;
    bool m_goodMappingChosen = false;
    bool m_ended = false;
    StatementParseJob* m_job;
    QPointer<QProgressDialog> m_progress;
    QPointer<ColumnMappingDialog> m_mapping;
    QPointer<StatementPreviewDialog> m_preview;
};

} // namespace wc::gui
