// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/widgets/MessageBox.h"

#include <QFileDialog>
#include <QPushButton>
#include <QQueue>

namespace wc::gui {

namespace {
QQueue<int> g_nextChoices;
QQueue<QString> g_nextFileNames;
QQueue<QStringList> g_nextFileLists;
int g_askedCount = 0;
QString g_lastText;
} // namespace

int MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                    const QString& text, const QList<Choice>& choices, int defaultId,
                    const QString& details)
{
    ++g_askedCount;
    g_lastText = text;
    if (!g_nextChoices.isEmpty())
        return g_nextChoices.dequeue();

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    QHash<QAbstractButton*, int> ids;
    for (const Choice& choice : choices) {
        QPushButton* button = box.addButton(choice.label, choice.role);
        ids.insert(button, choice.id);
        if (choice.id == defaultId)
            box.setDefaultButton(button);
    }
    box.exec();
    return ids.value(box.clickedButton(), defaultId);
}

void MessageBox::inform(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                        const QString& text, const QString& details)
{
    ++g_askedCount;
    g_lastText = text;
    if (!g_nextChoices.isEmpty()) {
        g_nextChoices.dequeue();
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void MessageBox::setNextChoice(int id) { g_nextChoices.enqueue(id); }

void MessageBox::clearQueuedAnswers()
{
    g_nextChoices.clear();
    g_nextFileNames.clear();
    g_nextFileLists.clear();
}

int MessageBox::takeAskedCount() { return std::exchange(g_askedCount, 0); }

QString MessageBox::lastText() { return g_lastText; }

QString FileDialog::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (!g_nextFileNames.isEmpty())
        return g_nextFileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& title,
                                      const QString& filter)
{
    if (!g_nextFileLists.isEmpty())
        return g_nextFileLists.dequeue();
    if (!g_nextFileNames.isEmpty()) {
        const QString path = g_nextFileNames.dequeue();
        return path.isEmpty() ? QStringList() : QStringList{path};
    }
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& title, const QString& filter,
                                 const QString& suggested)
{
    if (!g_nextFileNames.isEmpty())
        return g_nextFileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void FileDialog::setNextFileName(const QString& path) { g_nextFileNames.enqueue(path); }

void FileDialog::setNextFileNames(const QStringList& paths) { g_nextFileLists.enqueue(paths); }

} // namespace wc::gui
