// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/transactions/StatementImportFlow.h"

#include "cases/CaseDraft.h"
#include "cases/DuplicateChargeCase.h"
#include "gui/caseview/CaseText.h"
#include "gui/transactions/ColumnMappingDialog.h"
#include "gui/transactions/StatementParseJob.h"
#include "gui/transactions/StatementPreviewDialog.h"
#include "gui/wizard/NewCaseWizard.h"
#include "guidance/CaseTimeZone.h"
#include "guidance/ProviderDirectory.h"
#include "statements/DuplicateDetector.h"
#include "store/CaseStore.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QSet>
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

void StatementImportFlow::setTargetCase(core::CaseStore* store, const core::CaseRecord& record)
{
    m_store = store;
    m_case = record;
    setTimeZone(core::CaseTimeZone::zoneFor(record));
}

QString StatementImportFlow::walletKey(core::StatementFormat format)
{
    return core::DuplicateChargeCase::providerKeyForSource(core::statementFormatKey(format));
}

namespace {

// A wallet as the interface names it: from the directory, else as typed.
QString walletName(const QString& key, const QString& typed = {})
{
    if (const core::ProviderDirectory* directory = core::CaseTimeZone::shippedDirectory()) {
        if (const auto provider = directory->provider(key)) {
            const QString name = provider->name.text(CaseText::uiLanguage());
            if (!name.isEmpty())
                return name;
        }
    }
    return typed.trimmed().isEmpty() ? key : typed.trimmed();
}

} // namespace

QString StatementImportFlow::otherWallet(core::StatementFormat format) const
{
    const QString key = walletKey(format);
    if (key.isEmpty() || key == m_case.providerKey)
        return {};
    if (m_case.providerKey.isEmpty()) {
        // A case without a wallet, or one typed under "Other": the same wallet by name is no
        // mix-up, whatever the language it was typed in.
        const QString typed = m_case.providerName.trimmed();
        if (typed.isEmpty())
            return {};
        if (const core::ProviderDirectory* directory = core::CaseTimeZone::shippedDirectory()) {
            if (const auto provider = directory->provider(key)) {
                for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
                    if (typed.compare(provider->name.text(language), Qt::CaseInsensitive) == 0)
                        return {};
                }
            }
        }
    }
    return walletName(key);
}

core::CaseRecord StatementImportFlow::newCaseRecord(core::StatementFormat format) const
{
    core::CaseRecord r;
    r.status = QString(core::status::Draft);
    r.family = m_case.family;
    r.subtype = m_case.subtype;
    r.language = m_case.language;
    r.providerKey = walletKey(format);
    r.timeZone = QString::fromLatin1(core::CaseTimeZone::defaultZoneId(r));
    return r;
}

core::Result<qint64> StatementImportFlow::startCase(core::CaseStore& store,
                                                    const core::CaseRecord& from,
                                                    const QList<core::StatementRow>& rows,
                                                    core::StatementFormat format)
{
    core::CaseDraft draft;
    core::CaseRecord& r = draft.record;
    r.status = QString(core::status::Draft);
    // The other case's problem, remedies and account are another wallet's story (a Cash App
    // takeover is not what a PayPal statement shows): only its letter language is taken. The
    // problem is what the rows show: a duplicate charge among them makes a duplicate-charge
    // case with that subtype's remedy (as core::DuplicateChargeCase does), else the wizard asks
    // which transaction problem it is (rows of a statement are transactions).
    r.language = from.language;
    r.family = u"transaction"_s;
    if (!core::DuplicateDetector::find(rows).isEmpty()) {
        r.subtype = u"duplicate_charge"_s;
        r.remedies = {u"refund"_s};
    }
    r.providerKey = walletKey(format);
    r.timeZone = QString::fromLatin1(core::CaseTimeZone::defaultZoneId(r));
    for (const core::StatementRow& row : rows) {
        if (!row.record.reference.isEmpty() && !r.references.contains(row.record.reference))
            r.references << row.record.reference;
    }
    // The draft starts with the rows' time and amount, as the wizard would ask for them (the
    // walk's draft from several rows had neither): the first row's time; the one amount when
    // every row repeats it (a duplicate charge), else the total when they share a currency.
    QSet<QString> currencies;
    QSet<qint64> amounts;
    qint64 total = 0;
    for (const core::StatementRow& row : rows) {
        if (row.record.occurredAt && (!r.incidentAt || *row.record.occurredAt < *r.incidentAt))
            r.incidentAt = row.record.occurredAt;
        currencies.insert(row.record.currency);
        amounts.insert(row.record.amountMinor);
        total += row.record.amountMinor;
    }
    if (currencies.size() == 1 && !currencies.cbegin()->isEmpty()) {
        r.currency = *currencies.cbegin();
        r.amountMinor = amounts.size() == 1 ? *amounts.cbegin() : total;
    }
    r.wizardStep = r.subtype.isEmpty() ? int(NewCaseWizard::ProblemPageId)
                                       : int(NewCaseWizard::DetailsPageId);
    if (auto profile = store.profile())
        draft.profile = *profile;
    // All or nothing: a case with half the rows would be a worse mix-up than none.
    auto saved = store.runBatch([&]() -> core::Result<void> {
        WC_TRY(draft.save(store));
        for (const core::StatementRow& row : rows) {
            core::TransactionRecord t = row.record;
            t.id = 0;
            t.caseId = draft.record.id;
            if (t.source.isEmpty())
                t.source = core::statementFormatKey(format);
            auto id = store.addTransaction(t);
            if (!id)
                return std::move(id).error();
        }
        return {};
    });
    if (!saved)
        return std::move(saved).error();
    return draft.record.id;
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
        connect(m_preview, &QDialog::accepted, this, &StatementImportFlow::accepted);
        connect(m_preview, &QDialog::rejected, this, &StatementImportFlow::end);
        connect(m_preview, &StatementPreviewDialog::targetChanged, this,
                &StatementImportFlow::applyTarget);
    }
    const QString other = m_store ? otherWallet(statement.format) : QString();
    m_preview->offerNewCase(other, other.isEmpty() ? QString()
                                                   : walletName(m_case.providerKey,
                                                                m_case.providerName));
    const bool newCase = m_preview->newCaseChosen();
    m_preview->setTimeZone(newCase ? core::CaseTimeZone::zoneFor(newCaseRecord(statement.format))
                                   : m_zone);
    m_preview->setStatement(statement,
                            newCase ? QList<core::TransactionRecord>() : m_existing);
    m_preview->show();
    m_preview->raise();
}

void StatementImportFlow::applyTarget()
{
    if (!m_preview)
        return;
    // A new case has its wallet's region's zone and no transactions yet.
    const core::StatementFormat format = m_preview->statement().format;
    if (m_preview->newCaseChosen())
        m_preview->setTarget(core::CaseTimeZone::zoneFor(newCaseRecord(format)), {});
    else
        m_preview->setTarget(m_zone, m_existing);
}

void StatementImportFlow::accepted()
{
    const QList<core::StatementRow> rows = m_preview->chosenRows();
    const core::StatementFormat format = m_preview->statement().format;
    if (m_store && m_preview->newCaseChosen()) {
        auto started = startCase(*m_store, m_case, rows, format);
        if (started)
            emit caseStarted(*started, int(rows.size()), format);
        else
            emit failed(tr("The new %1 case could not be started; nothing was added. %2")
                            .arg(walletName(walletKey(format)), started.error().message));
    } else {
        emit rowsChosen(rows, format);
    }
    end();
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
