// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/MainWindow.h"

#include "gui/dialogs/CaseFileOpener.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

MainWindow::MainWindow(std::unique_ptr<core::CaseStore> store, QString backupRoot,
                       QWidget* parent)
    : QMainWindow(parent),
      m_store(std::move(store)),
      m_backupRoot(std::move(backupRoot)),
      m_messageBar(new MessageBar(this)),
      m_summaryLabel(new QLabel(this)),
      m_caseList(new QListWidget(this))
{
    setObjectName(u"mainWindow"_s);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_caseList->setObjectName(u"caseListWidget"_s);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_caseList, 1);
    setCentralWidget(central);

    createMenus();
    resize(900, 620);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New Case File…"), this, &MainWindow::newCaseFile);
    newFile->setObjectName(u"newCaseFileAction"_s);
    newFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open Case File…"), this, &MainWindow::openCaseFile);
    open->setObjectName(u"openCaseFileAction"_s);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
}

void MainWindow::refresh()
{
    const QString fileName = QFileInfo(m_store->path()).fileName();
    setWindowTitle(tr("%1 — WalletCase").arg(fileName));
    m_caseList->clear();

    auto count = m_store->caseCount();
    if (!count) {
        m_messageBar->showMessage(MessageBar::Kind::Error, count.error().message);
        return;
    }
    m_summaryLabel->setText(tr("Case file: %1\n%n case(s).", nullptr, int(*count))
                                .arg(QDir::toNativeSeparators(m_store->path())));

    core::CaseListQuery query;
    query.limit = 200;
    auto page = m_store->listCases(query);
    if (!page) {
        m_messageBar->showMessage(MessageBar::Kind::Error, page.error().message);
        return;
    }
    for (const core::CaseListRow& row : page->rows) {
        const QString title = row.title.isEmpty() ? tr("(untitled case)") : row.title;
        m_caseList->addItem(title);
    }
}

void MainWindow::openCaseFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open case file"), CaseFileOpener::fileFilter());
    if (!path.isEmpty())
        switchTo(path, false);
}

void MainWindow::newCaseFile()
{
    QString path = FileDialog::saveFileName(this, tr("New case file"),
                                            CaseFileOpener::fileFilter(),
                                            QDir::home().filePath(u"cases.wcase"_s));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".wcase"_s;
    if (QFileInfo::exists(path)) {
        // The save dialog already asked about replacing; we never overwrite a case file, so
        // say that the existing one will be opened instead.
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("That file already exists, so it was opened rather than "
                                     "replaced."));
    }
    switchTo(path, true);
}

void MainWindow::switchTo(const QString& path, bool create)
{
    if (QFileInfo(path).absoluteFilePath() == m_store->path())
        return; // already open here
    CaseFileOpener opener(m_backupRoot, m_store->clock());
    auto store = opener.open(path, create, this, false);
    if (!store)
        return; // the user gave up; keep the current file open
    m_store = std::move(store);
    refresh();
}

} // namespace wc::gui
