// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace wc::gui {

// Modal questions with named choices. Tests queue answers with setNextChoice() so they never
// block on a dialog; each queued answer is used once, in order.
class MessageBox
{
public:
    struct Choice
    {
        int id = 0;
        QString label;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };

    static int ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                   const QString& text, const QList<Choice>& choices, int defaultId,
                   const QString& details = {});
    static void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                       const QString& text, const QString& details = {});

    // Test seam.
    static void setNextChoice(int id);
    // Drops answers queued for questions that were never asked, so they cannot answer the
    // next test's questions.
    static void clearQueuedAnswers();
    // How many questions were asked since the last call, and the last text shown (tests).
    static int takeAskedCount();
    static QString lastText();
};

// File dialogs with the same kind of test seam: queued file names answer the next calls; an
// empty queued name stands for Cancel.
class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& title, const QString& filter);
    // Several files at once; an empty list is Cancel. Answered by setNextFileNames(), else by
    // one queued setNextFileName() (an empty name: Cancel).
    static QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& filter,
                                const QString& suggested);
    static void setNextFileName(const QString& path);
    static void setNextFileNames(const QStringList& paths);
};

} // namespace wc::gui
