// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/mainwindow/CaseFilterBar.h"

#include "gui/caseview/CaseText.h"
#include "model/Entities.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace wc::gui {

namespace {

// The status combo's "open" entry: every status that is not closed.
const QString kOpenChoice = u"@open"_s;

} // namespace

CaseFilterBar::CaseFilterBar(QWidget* parent)
    : QWidget(parent),
      m_status(new QComboBox(this)),
      m_provider(new QComboBox(this)),
      m_family(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(u"caseFilterBar"_s);
    m_status->setObjectName(u"statusFilterComboBox"_s);
    m_provider->setObjectName(u"providerFilterComboBox"_s);
    m_family->setObjectName(u"familyFilterComboBox"_s);
    m_search->setObjectName(u"searchLineEdit"_s);

    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open cases"), kOpenChoice);
    for (QLatin1String key : {core::status::Draft, core::status::Ready, core::status::Sent,
                              core::status::AwaitingReply, core::status::Escalated,
                              core::status::Resolved, core::status::ClosedUnresolved})
        m_status->addItem(CaseText::status(key), QString(key));
    m_status->setToolTip(tr("Show only cases with this status"));

    m_provider->addItem(tr("Any provider"), QString());
    m_provider->setToolTip(tr("Show only cases about this wallet or company"));

    m_family->addItem(tr("Any problem"), QString());
    m_family->addItem(tr("Transaction problems"), QString(core::family::Transaction));
    m_family->addItem(tr("Security problems"), QString(core::family::Security));
    m_family->addItem(tr("Customer service problems"), QString(core::family::Service));
    m_family->setToolTip(tr("Show only this kind of problem"));

    m_status->setAccessibleName(tr("Status filter"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_family->setAccessibleName(tr("Problem filter"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Search cases (Ctrl+F)"));
    // The clear button comes with the first text or focus (enableClearButton): making it looks
    // its icon up in the icon themes, the largest part of the window's first line edit before
    // the first frame, for a button not shown while the field is empty anyway.
    m_search->setToolTip(tr("Finds words anywhere in a case: title, description, references, "
                            "letters, contacts and evidence notes. Esc clears the search."));
    m_search->installEventFilter(this);
    // Room for a few words and the whole placeholder, never "Search …".
    m_search->setMinimumWidth(
        qMax(fontMetrics().averageCharWidth() * 22,
             fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36));

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &CaseFilterBar::emitSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        enableClearButton();
        if (m_searchTimer->interval() == 0)
            emitSearch();
        else
            m_searchTimer->start();
    });

    for (QComboBox* box : {m_status, m_provider, m_family}) {
        // Sized to a few words, not to their longest entry: three combos as wide as their
        // longest names made the case list (and with it the window) too wide for a laptop.
        // The pop-up still shows whole names.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        connect(box, &QComboBox::currentIndexChanged, this, &CaseFilterBar::filterChanged);
    }

    // The search box on a row of its own, as wide as the list: it is what people use most.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status, 1);
    filters->addWidget(m_provider, 1);
    filters->addWidget(m_family, 1);
    layout->addLayout(filters);
}

CaseFilterBar::Filter CaseFilterBar::filter() const
{
    Filter f;
    const QString status = m_status->currentData().toString();
    if (status == kOpenChoice)
        f.openOnly = true;
    else
        f.status = status;
    f.providerKey = m_provider->currentData().toString();
    f.family = m_family->currentData().toString();
    return f;
}

void CaseFilterBar::setProviders(const QList<ProviderChoice>& providers)
{
    const QString current = m_provider->currentData().toString();
    {
        const QSignalBlocker block(m_provider);
        while (m_provider->count() > 1)
            m_provider->removeItem(1);
        for (const ProviderChoice& choice : providers)
            m_provider->addItem(choice.name.isEmpty() ? choice.key : choice.name, choice.key);
        const int index = m_provider->findData(current);
        m_provider->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (m_provider->currentData().toString() != current)
        emit filterChanged(); // the chosen provider has no cases any more
}

void CaseFilterBar::reset()
{
    for (QComboBox* box : {m_status, m_provider, m_family}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    const QSignalBlocker block(m_search);
    m_search->clear();
    m_searchTimer->stop();
    m_lastSearch.clear();
}

QString CaseFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void CaseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseFilterBar::clearSearch()
{
    m_search->clear();
    emitSearch(); // at once: clearing is not typing
}

void CaseFilterBar::setSearchDelay(int ms)
{
    m_searchTimer->setInterval(qMax(0, ms));
}

void CaseFilterBar::emitSearch()
{
    m_searchTimer->stop();
    const QString text = searchText();
    if (text == m_lastSearch)
        return;
    m_lastSearch = text;
    emit searchChanged(text);
}

void CaseFilterBar::enableClearButton()
{
    if (!m_search->isClearButtonEnabled())
        m_search->setClearButtonEnabled(true);
}

bool CaseFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::FocusIn)
        enableClearButton();
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        clearSearch();
        return true;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        if (m_searchTimer->isActive())
            emitSearch(); // the results the user sees are the ones for what was typed
        emit moveIntoResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wc::gui
