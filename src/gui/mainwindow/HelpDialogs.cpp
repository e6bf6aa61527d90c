// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/HelpDialogs.h"

#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/UrlOpener.h"
#include "store/RecentlyDeleted.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMainWindow>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

QString plainText(const QAction* action)
{
    QString text = action->text();
    // "&Open…" → "Open"; a Chinese "(&O)" goes too.
    static const QRegularExpression mnemonic(u"\\(&\\w\\)"_s);
    text.remove(mnemonic);
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

// A key found on every keyboard: not F13…F35 nor the Sun/X11 keys (Undo, Copy, Paste …) that
// QKeySequence's standard keys add as alternates on X11.
bool portable(const QKeySequence& sequence)
{
    for (int i = 0; i < sequence.count(); ++i) {
        const Qt::Key key = sequence[i].key();
        const bool printable = key <= Qt::Key_ydiaeresis;
        const bool common = (key >= Qt::Key_Escape && key <= Qt::Key_F12) || key == Qt::Key_Menu;
        if (!printable && !common)
            return false;
    }
    return !sequence.isEmpty();
}

} // namespace

QString ShortcutsDialog::keyName(const QKeySequence& key)
{
    // The names the guide uses, in both languages: Qt's portable names, with Return called
    // Enter as it is printed on most keyboards (NativeText made "回车, 回车" of Return and Enter).
    QString text = key.toString(QKeySequence::PortableText);
    static const QRegularExpression returnKey(u"\\bReturn\\b"_s);
    static const QRegularExpression insertKey(u"\\bIns\\b"_s);
    text.replace(returnKey, u"Enter"_s);
    text.replace(insertKey, u"Insert"_s);
    if (text == u"Left")
        return u"←"_s;
    if (text == u"Right")
        return u"→"_s;
    return text;
}

QString ShortcutsDialog::keyText(const QList<QKeySequence>& keys)
{
    QStringList names;
    for (const QKeySequence& key : keys) {
        if (!portable(key))
            continue;
        const QString name = keyName(key);
        if (!names.contains(name))
            names << name;
    }
    return names.join(u", "_s);
}

QKeySequence ShortcutsDialog::primaryKey(QKeySequence::StandardKey key)
{
    for (const QKeySequence& binding : QKeySequence::keyBindings(key)) {
        if (portable(binding))
            return binding;
    }
    return {};
}

// ------------------------------------------------------------------------------ user guide

UserGuideDialog::UserGuideDialog(const QString& language, QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_path(findGuide(language))
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("WalletCase User Guide"));
    m_browser->setObjectName(u"userGuideBrowser"_s);
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Links to other pages of the guide stay in the browser; web links go to the desktop.
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (!url.isLocalFile() && !url.isRelative() && url.scheme() != u"qrc") {
            m_browser->setSource(m_browser->source()); // stay on the page
            UrlOpener::open(url);
        }
    });

    if (m_path.isEmpty()) {
        // Only when the program was built without its resources; said rather than left blank.
        m_browser->setPlainText(tr("The user guide was not found. Reinstalling WalletCase "
                                   "should bring it back."));
    } else {
        const QFileInfo file(m_path);
        m_browser->setSearchPaths({file.absolutePath()});
        // A compiled-in guide is a qrc: URL, so its images/… and the other pages it links to
        // resolve inside the resources like the files beside an installed one.
        const QUrl url = m_path.startsWith(u':') ? QUrl(u"qrc"_s + m_path)
                                                 : QUrl::fromLocalFile(m_path);
        m_browser->setSource(url, QTextDocument::MarkdownResource);
        fitImages();
    }
    resize(860, 640);
}

QString UserGuideDialog::findGuide(const QString& language)
{
    const QString name = language == u"zh_CN" ? u"user-guide.zh_CN.md"_s : u"user-guide.md"_s;
    QStringList folders;
    if (const QString env = qEnvironmentVariable("WALLETCASE_DOCS_DIR"); !env.isEmpty())
        folders << env;
    folders << QDir(QCoreApplication::applicationDirPath()).filePath(u"../share/walletcase/docs"_s);
    folders << u":/docs"_s; // compiled in (src/gui/CMakeLists.txt)
    for (const QString& folder : std::as_const(folders)) {
        const QFileInfo file(QDir(folder).filePath(name));
        if (file.isFile())
            return folder.startsWith(u':') ? file.filePath() : file.canonicalFilePath();
    }
    return {};
}

void UserGuideDialog::fitImages()
{
    QTextDocument* doc = m_browser->document();
    const int maxWidth = 720;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant resource =
                doc->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = resource.value<QImage>();
            if (picture.isNull() || picture.width() <= maxWidth)
                continue;
            image.setWidth(maxWidth);
            image.setHeight(double(picture.height()) * maxWidth / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

// ------------------------------------------------------------------------------- shortcuts

QList<ShortcutsDialog::PaneKey> ShortcutsDialog::paneKeys()
{
    // Registered by CaseView, CaseListPane, OverviewTab, EvidenceGallery/EvidenceListEditor,
    // TransactionsPanel, ContactListEditor, LetterEditor, ToneProposalDialog and EvidenceViewer
    // (as QShortcuts or in their key filters); a key added there belongs here too.
    const QString caseWide = tr("With a case open");
    const QString evidence = tr("Evidence");
    const QString transactions = tr("Transactions table");
    const QString contacts = tr("Contacts list");
    const QString letter = tr("In a letter (wizard and Letters tab)");
    const QString viewer = tr("Evidence viewer");
    const auto ctrl = [](Qt::Key key) { return QKeySequence(Qt::CTRL | key); };
    const auto key = [](Qt::Key k) { return QKeySequence(k); };
    // A standard key's first portable binding (X11 adds F14 to Undo and F18 to Paste).
    const auto standard = [](QKeySequence::StandardKey k) {
        return QList<QKeySequence>{primaryKey(k)};
    };
    return {
        {caseWide, {ctrl(Qt::Key_1)}, tr("Overview tab")},
        {caseWide, {ctrl(Qt::Key_2)}, tr("Evidence tab")},
        {caseWide, {ctrl(Qt::Key_3)}, tr("Transactions tab")},
        {caseWide, {ctrl(Qt::Key_4)}, tr("Contacts tab")},
        {caseWide, {ctrl(Qt::Key_5)}, tr("Letters tab")},
        {caseWide, {ctrl(Qt::Key_6)}, tr("Timeline tab")},
        {caseWide, {ctrl(Qt::Key_L)}, tr("Log a contact (a call, chat or visit just now)")},
        {tr("Case list"), {key(Qt::Key_Escape)}, tr("Clear the search")},
        {tr("Overview tab"), standard(QKeySequence::Undo),
         tr("Take back the last saved change (outside a text field)")},
        {evidence, standard(QKeySequence::Paste),
         tr("Paste a screenshot, copied files or text from the clipboard")},
        {evidence, {key(Qt::Key_Delete)}, tr("Delete the selected evidence (asks first)")},
        {transactions, {key(Qt::Key_Insert)}, tr("Add a transaction")},
        {transactions, {key(Qt::Key_Delete)}, tr("Remove the selected transactions")},
        {contacts,
         {key(Qt::Key_Return), key(Qt::Key_Enter), key(Qt::Key_F2)},
         tr("Edit the selected contact")},
        {contacts, {key(Qt::Key_Insert)}, tr("Add a contact")},
        {contacts, {key(Qt::Key_Delete)}, tr("Remove the selected contact")},
        {letter,
         {key(Qt::Key_F7)},
         tr("Review tone: go through each flagged passage with a calmer wording proposed")},
        {letter,
         {ctrl(Qt::Key_Period), QKeySequence(Qt::ALT | Qt::Key_Return)},
         tr("Propose a calmer wording for the flagged passage at the cursor (right-click it "
            "for the same)")},
        {letter,
         {QKeySequence(Qt::SHIFT | Qt::Key_F10), key(Qt::Key_Menu)},
         tr("The context menu at the cursor, with the proposal of a flagged passage")},
        {tr("Tone proposal"), {ctrl(Qt::Key_Return)}, tr("Apply my wording")},
        {viewer, {key(Qt::Key_Left), key(Qt::Key_Right)}, tr("Previous, next item")},
        {viewer, {key(Qt::Key_Home), key(Qt::Key_End)}, tr("First, last item")},
        {viewer, standard(QKeySequence::ZoomIn), tr("Zoom in")}, // Ctrl+= works too
        {viewer, standard(QKeySequence::ZoomOut), tr("Zoom out")},
        {viewer, {ctrl(Qt::Key_0)}, tr("Fit the image in the window")},
        {viewer, {ctrl(Qt::Key_1)}, tr("Actual size")},
        {viewer, standard(QKeySequence::Save), tr("Save a copy of the original")},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget* window)
    : QDialog(window), m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(u"shortcutsTreeWidget"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);

    auto addHeading = [this](const QString& group) {
        auto* heading = new QTreeWidgetItem(m_tree, {group});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        return heading;
    };
    QSet<const QAction*> listed;
    auto addActions = [&](const QString& group, const QList<QAction*>& actions) {
        QTreeWidgetItem* heading = nullptr;
        for (const QAction* action : actions) {
            if (action->isSeparator() || listed.contains(action) || action->shortcuts().isEmpty())
                continue;
            listed.insert(action);
            if (!heading)
                heading = addHeading(group);
            // The action's first key only: further ones are a standard key's platform
            // alternates (Ctrl+Z, F14), not keys a user is taught.
            new QTreeWidgetItem(m_tree, {u"    "_s + plainText(action),
                                         keyText({action->shortcuts().constFirst()})});
        }
    };
    // Menu by menu first, in the order the menus show them.
    std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        addActions(plainText(menu->menuAction()), menu->actions());
        for (QAction* action : menu->actions()) {
            if (QMenu* sub = action->menu())
                walk(sub);
        }
    };
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* action : main->menuBar()->actions()) {
            if (QMenu* menu = action->menu())
                walk(menu);
        }
    }
    // Then actions with shortcuts that live in the window's panes rather than a menu.
    addActions(tr("In the case and the lists"), window->findChildren<QAction*>());
    // And the keys of the panes and the other windows, from the table.
    QString group;
    for (const PaneKey& key : paneKeys()) {
        if (key.where != group) {
            group = key.where;
            addHeading(group);
        }
        new QTreeWidgetItem(m_tree, {u"    "_s + key.what, keyText(key.keys)});
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // A description cut short by a narrow window is whole in its tooltip.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setToolTip(0, item->text(0).trimmed());
    }

    auto* note = new QLabel(tr("Alt with an underlined letter chooses a button or field in most "
                               "windows; Tab and Shift+Tab move between fields. In a letter, "
                               "right-click an underlined passage for a calmer wording."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Wide enough for the longest descriptions in both languages, within a 1366×768 screen.
    resize(760, 600);
}

// ---------------------------------------------------------------------------- data folders

DataLocationsDialog::DataLocationsDialog(const QString& caseFile, const QString& backupsFolder,
                                         QWidget* parent, const QString& deletedFolder)
    : QDialog(parent)
{
    setObjectName(u"dataLocationsDialog"_s);
    setWindowTitle(tr("Where Is My Data"));
    auto* intro = new QLabel(
        tr("WalletCase keeps everything on this computer. Your cases, evidence and letters are "
           "all in the case file; copy it to keep a copy of everything."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& label, const QString& name, const QString& path,
                      const QString& folder, const QString& buttonText) {
        auto* value = new QLabel(QDir::toNativeSeparators(path), this);
        value->setObjectName(name + u"PathLabel"_s);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        auto* open = new QPushButton(buttonText, this);
        open->setObjectName(u"open"_s + name.at(0).toUpper() + name.mid(1) + u"FolderButton"_s);
        open->setEnabled(QFileInfo(folder).isDir());
        if (!open->isEnabled())
            open->setToolTip(tr("This folder does not exist yet."));
        connect(open, &QPushButton::clicked, this,
                [folder] { UrlOpener::open(QUrl::fromLocalFile(folder)); });
        auto* row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(open, 0, Qt::AlignTop);
        auto* title = new QLabel(label, this);
        title->setBuddy(open);
        form->addRow(title, row);
    };
    addRow(tr("Case &file:"), u"caseFile"_s, caseFile, QFileInfo(caseFile).absolutePath(),
           tr("Open Folder"));
    addRow(tr("&Backups:"), u"backups"_s, backupsFolder, backupsFolder, tr("Open Folder"));
    if (!deletedFolder.isEmpty())
        addRow(tr("Recently &deleted cases:"), u"deleted"_s, deletedFolder, deletedFolder,
               tr("Open Folder"));
    addRow(tr("&Settings:"), u"settings"_s, AppSettings::fileName(),
           QFileInfo(AppSettings::fileName()).absolutePath(), tr("Open Folder"));
    addRow(tr("&Logs:"), u"logs"_s, logsFolder(), logsFolder(), tr("Open Folder"));
    // As BackupManager and MainWindow's backup timer do (docs/file-format.md, "Backups").
    auto* note = new QLabel(
        tr("A backup of the case file is made when it is opened, every 30 minutes while it is "
           "open, when another file is opened and when WalletCase closes, each time only if the "
           "file has changed since the newest backup. The two newest backups are kept, then the "
           "newest of each earlier day, up to the number set in Settings. A deleted case stays "
           "in Case ▸ Recently Deleted Cases for %1 days. Logs never contain names, numbers, "
           "amounts or letter text.")
            .arg(core::RecentlyDeleted::DefaultKeepDays),
        this);
    note->setObjectName(u"dataLocationsNoteLabel"_s);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString DataLocationsDialog::logsFolder()
{
    // The same folder the app's Logging writes to (the app layer is above this one).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"logs"_s);
}

} // namespace wc::gui
