// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/dialogs/ProvidersDialog.h"

#include "gui/caseview/CaseText.h"
#include "gui/dialogs/ProviderEditor.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "store/CaseStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// "China, United States" in English, "中国、美国" in Chinese: the items separated as the interface
// language separates a list, without the "and" of a sentence (a table cell enumerates). Qt has
// no accessor for the separator alone, so it is read from a list of three markers.
QString listText(const QStringList& items)
{
    const QString list =
        QLocale(CaseText::uiLanguage()).createSeparatedList({u"\x01"_s, u"\x02"_s, u"\x03"_s});
    const qsizetype first = list.indexOf(u'\x01');
    const qsizetype second = list.indexOf(u'\x02');
    const QString separator =
        first >= 0 && second > first ? list.mid(first + 1, second - first - 1) : u", "_s;
    return items.join(separator);
}

bool sameEntry(QJsonObject a, QJsonObject b)
{
    a.remove(u"key"_s);
    b.remove(u"key"_s);
    return a == b;
}
} // namespace

ProvidersDialog::ProvidersDialog(core::CaseStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_messageBar(new MessageBar(this)),
      m_providersTreeWidget(new QTreeWidget(this)), m_titleLabel(new QLabel(this)),
      m_editor(new ProviderEditor(this)),
      m_savePushButton(new QPushButton(tr("&Save changes"), this)),
      m_addPushButton(new QPushButton(tr("&Add provider"), this)),
      m_restorePushButton(new QPushButton(tr("&Restore shipped entry"), this))
{
    setObjectName(u"providersDialog"_s);
    setWindowTitle(tr("Providers"));
    // Roomy where the screen allows, never past it (a 1280×720 laptop with a panel).
    QSize size(1100, 680);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(40, 80));
    resize(size);

    m_providersTreeWidget->setObjectName(u"providersTreeWidget"_s);
    m_providersTreeWidget->setHeaderLabels(
        {tr("Name"), tr("Regions"), tr("Contact channels"), tr("To check")});
    m_providersTreeWidget->setRootIsDecorated(false);
    m_providersTreeWidget->setSortingEnabled(false);
    m_providersTreeWidget->header()->setStretchLastSection(false);
    m_providersTreeWidget->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_providersTreeWidget->setAllColumnsShowFocus(true);
    connect(m_providersTreeWidget, &QTreeWidget::currentItemChanged, this,
            &ProvidersDialog::currentChanged);

    m_titleLabel->setObjectName(u"providerTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_savePushButton->setObjectName(u"saveProviderPushButton"_s);
    m_addPushButton->setObjectName(u"addProviderPushButton"_s);
    m_restorePushButton->setObjectName(u"restoreProviderPushButton"_s);
    // Enter in a field of the form saves it; the list and Close never take Enter.
    m_savePushButton->setDefault(true);
    m_addPushButton->setAutoDefault(false);
    m_restorePushButton->setAutoDefault(false);
    m_editor->setTextLanguage(displayLanguage());
    connect(m_editor, &ProviderEditor::edited, this, [this] {
        m_dirty = true;
        updateButtons();
    });
    connect(m_savePushButton, &QPushButton::clicked, this, [this] { saveCurrent(); });
    connect(m_addPushButton, &QPushButton::clicked, this, &ProvidersDialog::addProvider);
    connect(m_restorePushButton, &QPushButton::clicked, this, &ProvidersDialog::restoreShipped);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_providersTreeWidget);
    leftLayout->addWidget(m_addPushButton, 0, Qt::AlignLeft);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"providerEditorScrollArea"_s);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes into the form, not to its frame
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_titleLabel);
    rightLayout->addWidget(scroll, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_restorePushButton);
    actions->addStretch(1);
    actions->addWidget(m_savePushButton);
    rightLayout->addLayout(actions);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"providersSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({340, 760});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closePushButton"_s);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    // Tab follows the screen: list, Add provider, the form, Restore, Save, Close.
    setTabOrder(m_providersTreeWidget, m_addPushButton);
    setTabOrder(m_restorePushButton, m_savePushButton);

    auto shipped = core::ProviderDirectory::load();
    if (!shipped) {
        m_messageBar->showMessage(MessageBar::Kind::Error, shipped.error().message);
        splitter->setEnabled(false);
        return;
    }
    m_shipped = std::move(*shipped);
    reload({});
}

QString ProvidersDialog::displayLanguage()
{
    return CaseText::uiLanguage();
}

void ProvidersDialog::readDirectory()
{
    QList<core::ProviderOverride> overrides;
    if (auto stored = m_store.providerOverrides())
        overrides = std::move(*stored);
    else
        m_messageBar->showMessage(MessageBar::Kind::Error, stored.error().message);
    QList<core::Error> problems;
    m_directory = m_shipped.withOverrides(overrides, &problems);
    if (!problems.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Warning, problems.first().message);
}

void ProvidersDialog::reload(const QString& selectKey)
{
    readDirectory();

    const QString language = displayLanguage();
    const QSignalBlocker blocker(m_providersTreeWidget);
    m_providersTreeWidget->clear();
    QTreeWidgetItem* selected = nullptr;
    for (const core::Provider& p : m_directory.providers()) {
        auto* item = new QTreeWidgetItem(m_providersTreeWidget);
        item->setData(NameColumn, KeyRole, p.key);
        QString name = p.name.text(language);
        if (name.isEmpty())
            name = p.name.text(language == u"zh_CN"_s ? u"en"_s : u"zh_CN"_s);
        // Only the user's own entries say where they come from: "shipped" on every row is noise.
        QString origin = tr("Shipped");
        if (p.origin == core::Provider::Origin::Overridden) {
            origin = tr("Edited by you");
            name = tr("%1 (edited by you)").arg(name);
        } else if (p.origin == core::Provider::Origin::UserAdded) {
            origin = tr("Added by you");
            name = tr("%1 (added by you)").arg(name);
        }
        item->setText(NameColumn, name);
        item->setData(NameColumn, OriginRole, origin);
        QStringList regions;
        for (const QString& code : p.regions)
            regions << regionName(code);
        item->setText(RegionsColumn, listText(regions));
        QStringList kinds;
        for (const core::Channel& c : p.channels) {
            const QString kind = ProviderEditor::channelKindName(c.kind);
            if (!kinds.contains(kind))
                kinds << kind;
        }
        item->setText(ChannelsColumn, listText(kinds));
        if (const QStringList facts = unconfirmedFacts(p, language); !facts.isEmpty()) {
            item->setText(VerifyColumn, facts.size() == 1 ? tr("⚠ 1 fact")
                                                           : tr("⚠ %1 facts").arg(facts.size()));
            item->setToolTip(VerifyColumn,
                             tr("Not confirmed yet; check these on the provider's official "
                                "website or app before relying on them:")
                                 + u"\n• "_s + facts.join(u"\n• "_s));
        }
        if (p.key == selectKey)
            selected = item;
    }
    for (int c = RegionsColumn; c <= VerifyColumn; ++c)
        m_providersTreeWidget->resizeColumnToContents(c);
    if (!selected && m_providersTreeWidget->topLevelItemCount() > 0)
        selected = m_providersTreeWidget->topLevelItem(0);
    m_providersTreeWidget->setCurrentItem(selected);
    showSelected();
}

QString ProvidersDialog::regionName(const QString& code)
{
    if (code == u"CN")
        return tr("China");
    if (code == u"HK")
        return tr("Hong Kong");
    if (code == u"TW")
        return tr("Taiwan");
    if (code == u"US")
        return tr("United States");
    if (code == u"UK" || code == u"GB")
        return tr("United Kingdom");
    if (code == u"EU")
        return tr("European Union");
    return code;
}

QStringList ProvidersDialog::unconfirmedFacts(const core::Provider& provider,
                                              const QString& language)
{
    QStringList facts;
    if (provider.verify)
        facts << tr("the whole entry");
    auto add = [&](const QList<core::Channel>& channels, const QString& what) {
        for (const core::Channel& c : channels) {
            if (!c.verify)
                continue;
            QString detail = c.value;
            if (detail.isEmpty())
                detail = c.label.text(language);
            if (detail.isEmpty())
                detail = c.path.text(language);
            const QString kind = ProviderEditor::channelKindName(c.kind);
            facts << (detail.isEmpty() ? tr("%1 (%2)").arg(kind, what)
                                       : tr("%1 (%2): %3").arg(kind, what, detail));
        }
    };
    add(provider.channels, tr("to complain"));
    add(provider.freeze, tr("to freeze the account"));
    return facts;
}

void ProvidersDialog::selectWithoutSignals(const QString& key)
{
    const QSignalBlocker blocker(m_providersTreeWidget);
    QTreeWidgetItem* found = nullptr;
    for (int i = 0; i < m_providersTreeWidget->topLevelItemCount() && !found; ++i) {
        QTreeWidgetItem* item = m_providersTreeWidget->topLevelItem(i);
        if (item->data(NameColumn, KeyRole).toString() == key)
            found = item;
    }
    m_providersTreeWidget->setCurrentItem(found);
    if (!found)
        m_providersTreeWidget->clearSelection();
}

void ProvidersDialog::currentChanged()
{
    if (!m_dirty) {
        showSelected();
        return;
    }
    const QString shown = m_shownKey;
    if (!confirmLeave()) {
        // Back to the provider whose changes are kept, once the view has finished the click
        // that moved away from it.
        QTimer::singleShot(0, this, [this, shown] { selectWithoutSignals(shown); });
        return;
    }
    showSelected();
    // A saved change alters the list (origin, name): rebuilt after this signal, not inside it.
    QTimer::singleShot(0, this, [this] {
        if (!m_dirty && !m_adding)
            reload(selectedKey());
    });
}

bool ProvidersDialog::confirmLeave()
{
    if (!m_dirty)
        return true;
    const QString name = m_editor->nameForKey();
    const int choice =
        MessageBox::ask(this, QMessageBox::Question, tr("Unsaved changes"),
                        name.isEmpty() ? tr("Save your changes to this provider?")
                                       : tr("Save your changes to “%1”?").arg(name),
                        {{AnswerConfirm, tr("Save"), QMessageBox::AcceptRole},
                         {AnswerDiscard, tr("Discard changes"), QMessageBox::DestructiveRole},
                         {AnswerCancel, tr("Cancel"), QMessageBox::RejectRole}},
                        AnswerConfirm);
    if (choice == AnswerCancel)
        return false;
    if (choice == AnswerConfirm && storeForm().isEmpty())
        return false; // the reason is in the message bar; the form keeps the entries
    m_dirty = false;
    return true;
}

void ProvidersDialog::reject()
{
    if (!confirmLeave())
        return;
    QDialog::reject();
}

bool ProvidersDialog::selectProvider(const QString& key)
{
    for (int i = 0; i < m_providersTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_providersTreeWidget->topLevelItem(i);
        if (item->data(NameColumn, KeyRole).toString() == key) {
            m_providersTreeWidget->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString ProvidersDialog::selectedKey() const
{
    const QTreeWidgetItem* item = m_providersTreeWidget->currentItem();
    return item ? item->data(NameColumn, KeyRole).toString() : QString();
}

void ProvidersDialog::showSelected()
{
    m_adding = false;
    m_dirty = false;
    const QString key = selectedKey();
    m_shownKey = key;
    const auto provider = m_directory.provider(key);
    if (!provider) {
        m_editor->clear();
        m_titleLabel->clear();
    } else {
        m_editor->setEntry(QJsonDocument::fromJson(m_directory.entryJson(key).toUtf8()).object());
        m_titleLabel->setText(provider->name.text(displayLanguage()));
    }
    updateButtons();
}

void ProvidersDialog::updateButtons()
{
    const auto provider = m_directory.provider(m_shownKey);
    const bool editing = m_adding || provider.has_value();
    m_editor->setEnabled(editing);
    m_savePushButton->setEnabled(editing && (m_dirty || m_adding));
    const bool restorable =
        !m_adding && provider && provider->origin != core::Provider::Origin::Shipped;
    m_restorePushButton->setEnabled(restorable);
    m_restorePushButton->setText(provider && provider->origin == core::Provider::Origin::UserAdded
                                     ? tr("&Remove provider")
                                     : tr("&Restore shipped entry"));
}

void ProvidersDialog::addProvider()
{
    if (!confirmLeave())
        return;
    selectWithoutSignals(QString());
    m_adding = true;
    m_dirty = false;
    m_shownKey.clear();
    m_editor->clear();
    // A new provider starts with one hotline row, the channel most users have at hand.
    m_editor->addChannelRow(m_editor->channelsTable());
    m_titleLabel->setText(tr("New provider: enter at least a name and one way to reach it"));
    updateButtons();
    m_editor->focusFirstField();
}

QString ProvidersDialog::uniqueKeyFor(const QString& name) const
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    QString slug = name.toLower().replace(nonWord, u"_"_s);
    while (slug.startsWith(u'_'))
        slug.remove(0, 1);
    while (slug.endsWith(u'_'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = u"provider"_s;
    // The prefix keeps a user's key from ever colliding with a provider shipped later.
    const QString base = u"user_"_s + slug.left(40);
    QString key = base;
    for (int n = 2; m_directory.provider(key).has_value(); ++n)
        key = base + u'_' + QString::number(n);
    return key;
}

bool ProvidersDialog::saveCurrent()
{
    const bool adding = m_adding;
    const QString key = storeForm();
    if (key.isEmpty())
        return false;
    reload(key);
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              adding ? tr("Added. The provider can be chosen for new cases.")
                                     : tr("Saved. Your version of this entry is used from now "
                                          "on."));
    return true;
}

QString ProvidersDialog::storeForm()
{
    if (const QString problem = m_editor->validate(); !problem.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error, problem);
        return {};
    }
    QString key = m_shownKey;
    if (m_adding)
        key = uniqueKeyFor(m_editor->nameForKey());
    if (key.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("Choose a provider in the list, or add one."));
        return {};
    }
    QJsonObject entry = m_editor->entry();
    entry.insert(u"key"_s, key);
    if (!m_adding) {
        const QJsonObject current =
            QJsonDocument::fromJson(m_directory.entryJson(key).toUtf8()).object();
        if (sameEntry(entry, current)) {
            // Storing an unchanged copy would mark a shipped entry as "edited by you".
            m_dirty = false;
            updateButtons();
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("Nothing to save: the entry is unchanged."));
            return key;
        }
    }
    core::ProviderOverride override;
    override.key = key;
    override.data = QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    // The same check the directory applies when it reads the override, so a broken entry is
    // refused here with its reason instead of being skipped silently later.
    if (auto parsed = m_shipped.parseOverride(override); !parsed) {
        m_messageBar->showMessage(MessageBar::Kind::Error, parsed.error().message);
        return {};
    }
    if (auto saved = m_store.saveProviderOverride(override); !saved) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error,
            tr("The provider could not be saved: %1").arg(saved.error().message));
        return {};
    }
    m_dirty = false;
    m_adding = false;
    m_messageBar->hide();
    readDirectory();
    emit directoryChanged();
    return key;
}

void ProvidersDialog::restoreShipped()
{
    const QString key = m_shownKey;
    const auto provider = m_directory.provider(key);
    if (!provider || provider->origin == core::Provider::Origin::Shipped)
        return;
    const QString name = provider->name.text(displayLanguage());
    const bool added = provider->origin == core::Provider::Origin::UserAdded;
    const QString text =
        added
            ? tr("Remove “%1”, which you added? Cases that name it keep its name.").arg(name)
            : tr("Undo your changes to “%1” and use the entry shipped with WalletCase?").arg(name);
    const int choice = MessageBox::ask(
        this, QMessageBox::Question, added ? tr("Remove provider") : tr("Restore shipped entry"),
        text,
        {{AnswerConfirm, added ? tr("Remove") : tr("Restore"), QMessageBox::AcceptRole},
         {AnswerCancel, tr("Cancel"), QMessageBox::RejectRole}},
        AnswerCancel);
    if (choice != AnswerConfirm)
        return;
    if (auto removed = m_store.removeProviderOverride(key); !removed) {
        m_messageBar->showMessage(MessageBar::Kind::Error, removed.error().message);
        return;
    }
    reload(key);
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              added ? tr("The provider was removed.")
                                    : tr("The shipped entry is used again."));
    emit directoryChanged();
}

} // namespace wc::gui
