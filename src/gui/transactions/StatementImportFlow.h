// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"
#include "statements/StatementParser.h"
#include "util/Result.h"

#include <QObject>
#include <QTimeZone>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace wc::core {
class CaseStore;
}

namespace wc::gui {

class ColumnMappingDialog;
class StatementParseJob;
class StatementPreviewDialog;

// One import of a wallet statement, from the chosen file to the rows the user picked: the file
// is read on a worker thread behind a progress dialog with Cancel; a CSV that is no known export
// goes through the column-mapping dialog (also when no header could be recognised at all); the
// preview lets the user tick rows and choose another format or encoding, which reads the file
// again. Every dialog is shown without blocking the event loop. A wallet's own export read into
// a case about another wallet is said to be so in the preview, which offers to start a case of
// that wallet with the rows instead (chosen unless the user picks this case). The flow ends once
// (finished), having emitted rowsChosen, caseStarted, failed or nothing (cancelled), and then
// deletes itself.
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
    // The case the rows are for, read afresh: its zone (as setTimeZone) and its wallet, which a
    // wallet's statement is compared with; `store` (not owned) is where a case of the
    // statement's wallet is started when the user chooses one. Set before start().
    void setTargetCase(core::CaseStore* store, const core::CaseRecord& record);

    // Starts a draft case of the statement's wallet (the way a duplicate charge found among
    // imported rows gets its own case: core::DuplicateChargeCase) with `rows` as its
    // transactions, in one transaction: the letter language of `from` (nothing of its problem),
    // the wallet of `format`'s export, that wallet's region's zone, the rows' references, the
    // time and amount of the rows (the first time; the one amount the rows repeat, else their
    // total in one currency), and a duplicate-charge problem with its default remedy when the
    // rows hold a duplicate charge, else a transaction problem of a kind the wizard asks for: it
    // resumes at the details step (or the problem step). Returns the new case's id.
    static core::Result<qint64> startCase(core::CaseStore& store, const core::CaseRecord& from,
                                          const QList<core::StatementRow>& rows,
                                          core::StatementFormat format);
    // The directory key of the wallet whose export `format` is; empty for a generic CSV.
    static QString walletKey(core::StatementFormat format);

    void start();

    QProgressDialog* progressDialog() const;
    ColumnMappingDialog* mappingDialog() const;
    StatementPreviewDialog* previewDialog() const;
    bool isParsing() const;

signals:
    void rowsChosen(const QList<wc::core::StatementRow>& rows, wc::core::StatementFormat format);
    // The user chose to start a case of the statement's wallet with the rows; it was saved as
    // a draft (`caseId`) holding `count` transactions.
    void caseStarted(qint64 caseId, int count, wc::core::StatementFormat format);
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
    // The wallet of the statement shown when it is not the case's, else empty.
    QString otherWallet(core::StatementFormat format) const;
    // The case the rows would start (for its zone).
    core::CaseRecord newCaseRecord(core::StatementFormat format) const;
    // Shows the preview for the target the user chose: its zone and its transactions.
    void applyTarget();
    void accepted();
    QWidget* topWindow() const;
    void end();

    QPointer<QWidget> m_parent;
    QString m_path;
    QString m_fileName;
    QList<core::TransactionRecord> m_existing;
    core::CaseStore* m_store = nullptr;
    core::CaseRecord m_case;
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
