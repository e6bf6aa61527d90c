// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// What the case workspace tests share: a case file with the demo case, the workspace on it, and
// ways to drive its widgets the way a user would.
#pragma once

#include "gui/caseview/CaseView.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/widgets/MessageBox.h"
#include "guidance/DemoCase.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLocale>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace wc::test {

class CaseWorkspaceTest : public StoreTest
{
protected:
    static constexpr qint64 MinuteMs = 60'000;

    void SetUp() override
    {
        StoreTest::SetUp();
        gui::AppSettings::setFileForTesting(dir.file(QStringLiteral("walletcase.conf")));
        // English words and number formats, whatever the machine's language.
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        gui::MessageBox::takeAskedCount();
        auto loadedTaxonomy = core::Taxonomy::load();
        ASSERT_TRUE(loadedTaxonomy.ok());
        taxonomy = *loadedTaxonomy;
        auto loadedProviders = core::ProviderDirectory::load();
        ASSERT_TRUE(loadedProviders.ok());
        providers = *loadedProviders;
        view = std::make_unique<gui::CaseView>();
        view->resize(1000, 800);
        view->setContext(store.get(), &taxonomy, &providers, QStringLiteral("en"));
        buildEveryTab();
    }

    // The workspace builds a tab when it is first opened; these tests reach into tabs they do
    // not open, so every tab is built (and then follows the case shown, as an opened tab does).
    void buildEveryTab()
    {
        for (int tab = 0; tab < gui::CaseView::TabCount; ++tab)
            view->ensureTab(gui::CaseView::Tab(tab));
    }

    void TearDown() override
    {
        view.reset();
        gui::AppSettings::setFileForTesting({});
        QLocale::setDefault(m_locale);
    }

    qint64 demoCase(const QString& language = QStringLiteral("en"))
    {
        auto id = core::DemoCase::addTo(*store, language, clock.nowMs());
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    qint64 plainCase(const QString& title)
    {
        core::CaseRecord r;
        r.title = title;
        r.family = QStringLiteral("transaction");
        r.subtype = QStringLiteral("wrong_amount");
        r.status = QStringLiteral("sent");
        r.providerKey = QStringLiteral("paypal");
        r.language = QStringLiteral("en");
        r.description = QStringLiteral("Charged 60.00 instead of 6.00.");
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    // Shown and active: focus changes and window shortcuts need an active window.
    void showActive()
    {
        view->show();
        view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
    }

    template <typename T = QWidget> T* find(const QString& name) const
    {
        T* child = view->findChild<T*>(name);
        EXPECT_NE(child, nullptr) << name.toStdString();
        return child;
    }

    // Picks the item with `data` as the user does (activated is what a user's pick emits).
    static void pick(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        ASSERT_GE(index, 0) << data.toString().toStdString();
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

    // Types `text` as an input method commits it (QTest::keyClicks knows only ASCII keys).
    static void typeText(QWidget* widget, const QString& text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QCoreApplication::sendEvent(widget, &event);
    }

    // The visible dialog of type T the workspace has open.
    template <typename T> T* openDialog() const
    {
        for (T* dialog : view->findChildren<T*>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    QStringList eventKinds(qint64 caseId) const
    {
        QStringList kinds;
        if (auto events = store->events(caseId)) {
            for (const core::CaseEvent& e : *events)
                kinds << e.kind;
        }
        return kinds;
    }

    core::Taxonomy taxonomy;
    core::ProviderDirectory providers;
    std::unique_ptr<gui::CaseView> view;
    QLocale m_locale;
};

} // namespace wc::test
