// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The window's side of the dossier: file dialog, progress with Cancel off the GUI thread,
// "open the PDF", and printing with the same layout.
#include "gui/export/DossierExporter.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "report/DossierFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace wc;
using gui::DossierExporter;
using namespace Qt::Literals::StringLiterals;

namespace {

class DossierExporterTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        parts = test::buildCase(*store, clock);
        gui::UrlOpener::setHandlerForTesting([this](const QUrl& url) {
            opened = url;
            return true;
        });
        gui::MessageBox::takeAskedCount();
    }
    void TearDown() override { gui::UrlOpener::setHandlerForTesting({}); }

    // Waits for the export to end; returns finished()'s `ok`.
    static bool waitFor(DossierExporter* exporter, QString* path = nullptr)
    {
        QSignalSpy spy(exporter, &DossierExporter::finished);
        EXPECT_TRUE(spy.wait(120'000));
        if (spy.isEmpty())
            return false;
        if (path)
            *path = spy.first().at(1).toString();
        return spy.first().at(0).toBool();
    }

    test::CaseParts parts;
    QUrl opened;
};

TEST_F(DossierExporterTest, ExportRunsBehindAProgressDialogAndOffersToOpenThePdf)
{
    const QString target = dir.file(u"exported"_s); // ".pdf" is added
    gui::FileDialog::setNextFileName(target);
    gui::MessageBox::setNextChoice(1); // "Open the PDF"
    DossierExporter* exporter = DossierExporter::exportCase(nullptr, *store, parts.caseId);
    ASSERT_NE(exporter, nullptr);
    ASSERT_NE(exporter->progressDialog(), nullptr);
    EXPECT_EQ(exporter->progressDialog()->objectName(), u"dossierProgressDialog"_s);
    QString path;
    ASSERT_TRUE(waitFor(exporter, &path));
    EXPECT_EQ(path, target + u".pdf"_s);
    EXPECT_EQ(opened, QUrl::fromLocalFile(path));
    EXPECT_EQ(gui::MessageBox::takeAskedCount(), 1);
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(u"投诉案卷"_s));
    EXPECT_TRUE(text.contains(u"人一日月金"_s));
}

TEST_F(DossierExporterTest, CancelLeavesNoFile)
{
    const QString target = dir.file(u"cancelled.pdf"_s);
    gui::FileDialog::setNextFileName(target);
    DossierExporter* exporter = DossierExporter::exportCase(nullptr, *store, parts.caseId);
    ASSERT_NE(exporter, nullptr);
    auto* cancel = exporter->progressDialog()->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    EXPECT_FALSE(waitFor(exporter));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(QDir(dir.path()).entryList({u"*.pdf*"_s}, QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_EQ(gui::MessageBox::takeAskedCount(), 0); // no "ready" question, no error
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(DossierExporterTest, CancelledFileDialogDoesNothing)
{
    gui::FileDialog::setNextFileName(QString());
    EXPECT_EQ(DossierExporter::exportCase(nullptr, *store, parts.caseId), nullptr);
}

TEST_F(DossierExporterTest, LetterOnlyExportOfACaseWithoutLetterIsExplained)
{
    core::CaseRecord r;
    r.title = u"No letter yet"_s;
    r.family = u"service"_s;
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok());
    gui::FileDialog::setNextFileName(dir.file(u"letter.pdf"_s));
    gui::MessageBox::setNextChoice(0); // answers the message
    EXPECT_EQ(
        DossierExporter::exportCase(nullptr, *store, *id, DossierExporter::Content::LetterOnly),
        nullptr);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(u"no letter yet"_s));
    EXPECT_FALSE(QFileInfo::exists(dir.file(u"letter.pdf"_s)));
}

TEST_F(DossierExporterTest, PrintingUsesTheSameLayout)
{
    gui::FileDialog::setNextFileName(dir.file(u"export.pdf"_s));
    gui::MessageBox::setNextChoice(0);
    DossierExporter* exporter = DossierExporter::exportCase(nullptr, *store, parts.caseId);
    ASSERT_NE(exporter, nullptr);
    ASSERT_TRUE(waitFor(exporter));

    // A printer that prints to a PDF file stands in for a real one.
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(dir.file(u"printed.pdf"_s));
    printer->setPageSize(QPageSize(QPageSize::A4));
    gui::MessageBox::takeAskedCount();
    gui::MessageBox::setNextChoice(1); // "Open Folder"
    exporter = DossierExporter::printCase(nullptr, *store, parts.caseId,
                                          DossierExporter::Content::Dossier, 0, std::move(printer));
    ASSERT_NE(exporter, nullptr);
    QString path;
    ASSERT_TRUE(waitFor(exporter, &path));
    const QString printed = dir.file(u"printed.pdf"_s);
    // Printed to a file: said where, the folder offered, and owner-only like every export.
    EXPECT_EQ(path, printed);
    EXPECT_EQ(gui::MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(printed)))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(opened, QUrl::fromLocalFile(QFileInfo(printed).absolutePath()));
    EXPECT_FALSE(QFileInfo(printed).permissions().testAnyFlags(
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther));
    EXPECT_EQ(test::pdfPages(printed), test::pdfPages(dir.file(u"export.pdf"_s)));
    EXPECT_TRUE(test::runTool(u"pdfinfo"_s, {printed}).out.contains(u"(A4)"_s));
    EXPECT_EQ(test::pdfImages(printed).size(), parts.imageEvidence);
}

} // namespace
