// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTextBrowser;
class QTreeWidget;

namespace wc::gui {

// The Help menu's windows: the user guide (installed docs folder, else the copy compiled in), the
// keyboard shortcuts gathered from the window's own actions, and where the user's data lives.

// Shows docs/user-guide.md (or user-guide.zh_CN.md) as formatted text with its screenshots,
// inside the app: no browser, nothing fetched. Object names: userGuideBrowser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(const QString& language, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The guide file shown; empty when none was found.
    QString guidePath() const { return m_path; }

    // The guide for `language` ("zh_CN" or "en"): $WALLETCASE_DOCS_DIR (tests, packagers),
    // then installed beside the program (../share/walletcase/docs), then the copy compiled into
    // the program (":/docs/…"), so a binary copied anywhere still has its guide.
    static QString findGuide(const QString& language);

private:
    // Screenshots are wider than the window: each is drawn at most the text width.
    void fitImages();

    QTextBrowser* m_browser;
    QString m_path;
};

// Every shortcut of the window, with what it does: first the menus' (read from the actions
// themselves, so they cannot go stale), then the keys that belong to a pane or a window of
// their own (the case's tabs, the letter editor's tone keys, the evidence viewer …), from the
// one table paneKeys(). A test holds that table to every QShortcut a MainWindow registers.
// Object names: shortcutsTreeWidget.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // One key (or several for the same thing) outside the menus: where it works and what it does.
    struct PaneKey
    {
        QString where;
        QList<QKeySequence> keys;
        QString what;
    };
    // The keys outside the menus, grouped by where they work, in the order they are listed.
    static QList<PaneKey> paneKeys();

    // What the list shows for a key, the guide's names in both languages: "Ctrl+Z", "Enter",
    // "Alt+Enter", "Insert", "Del", "←".
    static QString keyName(const QKeySequence& key);
    // keys' names, portable keys only (no F14, no Sun Paste key), each name once.
    static QString keyText(const QList<QKeySequence>& keys);
    // A standard key's first binding found on every keyboard (Undo → Ctrl+Z, not F14).
    static QKeySequence primaryKey(QKeySequence::StandardKey key);

    explicit ShortcutsDialog(QWidget* window);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

// Where the user's data lives: the open case file, its backups, recently deleted cases (when
// `deletedFolder` is given), the settings file and the logs, each with a button that opens its
// folder. Object names: caseFilePathLabel, backupsPathLabel, deletedPathLabel,
// settingsPathLabel, logsPathLabel and open…FolderButton for each; the note is
// dataLocationsNoteLabel.
class DataLocationsDialog : public QDialog
{
    Q_OBJECT

public:
    DataLocationsDialog(const QString& caseFile, const QString& backupsFolder,
                        QWidget* parent = nullptr, const QString& deletedFolder = {});
    // Where the app writes its log (the data folder's logs/).
    static QString logsFolder();
};

} // namespace wc::gui
