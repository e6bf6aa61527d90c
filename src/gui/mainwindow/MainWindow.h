// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;

namespace wc::gui {

class MessageBar;

// The main window, holding one open case file. For now it shows the file and its cases; the
// case list, case pane and wizard come with the next issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<core::CaseStore> store, QString backupRoot,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    core::CaseStore& store() { return *m_store; }

public slots:
    void openCaseFile();
    void newCaseFile();
    void refresh();

private:
    void createMenus();
    void switchTo(const QString& path, bool create);

    std::unique_ptr<core::CaseStore> m_store;
    QString m_backupRoot;
    MessageBar* m_messageBar;
    QLabel* m_summaryLabel;
    QListWidget* m_caseList;
};

} // namespace wc::gui
