// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The case workspace's timeline (the event log in order, readable, with its chain check) and
// search over what the workspace's tabs hold.
#include "CaseWorkspaceFixture.h"

#include "cases/CaseChronology.h"
#include "gui/caseview/EventText.h"
#include "gui/caseview/TimelineTab.h"
#include "gui/dialogs/ContactDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

using Workspace = test::CaseWorkspaceTest;

// ----------------------------------------------------------------------------------- timeline

TEST_F(Workspace, TheTimelineListsTheEventsInOrderAndSaysTheChainIsIntact)
{
    const qint64 id = demoCase();
    showActive();
    clock.advance(MinuteMs);
    view->showCase(id);
    // One more entry, made here.
    pick(find<QComboBox>(u"statusComboBox"_s), u"escalated"_s);
    view->setCurrentTab(CaseView::Timeline);
    auto* tree = find<QTreeWidget>(u"timelineTreeWidget"_s);
    ASSERT_TRUE(tree);
    auto events = store->events(id);
    ASSERT_TRUE(events.ok());
    ASSERT_GT(tree->topLevelItemCount(), 5);
    EXPECT_LE(tree->topLevelItemCount(), int(events->size()));
    qint64 previousSeq = 0;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = tree->topLevelItem(row);
        const qint64 seq = item->data(TimelineTab::WhenColumn, Qt::UserRole).toLongLong();
        EXPECT_GT(seq, previousSeq) << "in order";
        previousSeq = seq;
        EXPECT_FALSE(item->text(TimelineTab::WhatColumn).isEmpty());
        EXPECT_FALSE(item->icon(TimelineTab::WhatColumn).isNull());
        EXPECT_FALSE(item->text(TimelineTab::WhatColumn).startsWith(u"Recorded:"_s))
            << "every kind the store writes reads as words: "
            << item->data(TimelineTab::WhenColumn, Qt::UserRole + 1).toString().toStdString();
    }
    // The first entry is the case being started, the last the status just changed.
    EXPECT_TRUE(tree->topLevelItem(0)->text(TimelineTab::WhatColumn).startsWith(u"Case started"_s));
    const QString last =
        tree->topLevelItem(tree->topLevelItemCount() - 1)->text(TimelineTab::WhatColumn);
    EXPECT_EQ(last, u"Status changed from Awaiting reply to Escalated"_s);
    auto* chain = find<QLabel>(u"chainLabel"_s);
    EXPECT_TRUE(chain->text().contains(u"complete"_s)) << chain->text().toStdString();
    EXPECT_TRUE(chain->text().contains(QString::number(events->size())));
}

TEST_F(Workspace, TheTimelineNamesTheFirstBrokenEntry)
{
    const qint64 id = demoCase();
    // Someone edits the file with another tool: the append-only guard is dropped, an entry
    // rewritten.
    ASSERT_TRUE(store->database().exec(u"DROP TRIGGER events_append_only"_s).ok());
    ASSERT_TRUE(store->database()
                    .exec(u"UPDATE events SET payload = '{\"to\":\"resolved\"}'"
                          u" WHERE case_id = %1 AND seq = 4"_s.arg(id))
                    .ok());
    showActive();
    view->showCase(id);
    view->setCurrentTab(CaseView::Timeline);
    auto* chain = find<QLabel>(u"chainLabel"_s);
    EXPECT_TRUE(chain->text().contains(u"altered"_s)) << chain->text().toStdString();
    EXPECT_TRUE(chain->text().contains(u"entry 4"_s)) << chain->text().toStdString();
    EXPECT_FALSE(find<TimelineTab>(u"timelineTab"_s)->chainIntact());
    auto* tree = find<QTreeWidget>(u"timelineTreeWidget"_s);
    bool marked = false;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = tree->topLevelItem(row);
        if (item->data(TimelineTab::WhenColumn, Qt::UserRole).toLongLong() == 4)
            marked = item->text(TimelineTab::WhatColumn).contains(u"does not match"_s);
    }
    EXPECT_TRUE(marked);
}

TEST_F(Workspace, TheTimelineTellsTheStoryOfTheDisputeWithTheEditLogOneClickAway)
{
    // A Chinese case in the English window: its first steps were stored with Chinese labels.
    const qint64 id = demoCase(u"zh_CN"_s);
    showActive();
    view->showCase(id);
    view->setCurrentTab(CaseView::Timeline);
    auto* tab = find<TimelineTab>(u"timelineTab"_s);
    auto* combo = find<QComboBox>(u"timelineViewComboBox"_s);
    auto* story = find<QTreeWidget>(u"storyTreeWidget"_s);
    auto* log = find<QTreeWidget>(u"timelineTreeWidget"_s);
    ASSERT_TRUE(tab && combo && story && log);
    EXPECT_EQ(tab->view(), TimelineTab::StoryView);
    EXPECT_TRUE(story->isVisible());
    EXPECT_FALSE(log->isVisible());

    QStringList lines;
    for (int row = 0; row < story->topLevelItemCount(); ++row)
        lines << story->topLevelItem(row)->text(TimelineTab::StoryWhatColumn);
    const QString all = lines.join(u'\n');
    EXPECT_TRUE(lines.value(0).startsWith(u"The incident"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"I contacted them: Phone"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"Promise due: “"_s)) << all.toStdString();
    // The walk: "Promised by this date: refund by December 9" said "by" twice.
    EXPECT_FALSE(all.contains(u"Promised by"_s)) << all.toStdString();
    // Not the edit log's entries.
    EXPECT_FALSE(all.contains(u"Case started"_s));
    EXPECT_FALSE(all.contains(u"Changed:"_s));
    // First steps in the window's language, not the case's.
    for (const QString& line : std::as_const(lines)) {
        if (!line.startsWith(u"First step done:"_s))
            continue;
        const QString label = line.mid(QStringLiteral("First step done:").size());
        EXPECT_FALSE(std::any_of(label.cbegin(), label.cend(),
                                 [](QChar c) { return c.script() == QChar::Script_Han; }))
            << line.toStdString();
    }
    EXPECT_GT(std::count_if(lines.cbegin(), lines.cend(),
                            [](const QString& l) { return l.startsWith(u"First step done:"_s); }),
              0);
    // A promise is a date: no clock time in its "when".
    for (int row = 0; row < story->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = story->topLevelItem(row);
        if (item->data(TimelineTab::StoryWhenColumn, Qt::UserRole).toInt()
            == int(core::ChronologyEntry::Kind::PromiseDue)) {
            EXPECT_FALSE(item->text(TimelineTab::StoryWhenColumn).contains(u':'))
                << item->text(TimelineTab::StoryWhenColumn).toStdString();
            EXPECT_FALSE(item->text(TimelineTab::StoryStateColumn).isEmpty());
        }
    }

    // One click away: the full edit log, still hash-checked.
    combo->setCurrentIndex(TimelineTab::EditLogView);
    EXPECT_TRUE(log->isVisible());
    EXPECT_FALSE(story->isVisible());
    EXPECT_TRUE(log->topLevelItem(0)->text(TimelineTab::WhatColumn).startsWith(u"Case started"_s));
    EXPECT_TRUE(find<QLabel>(u"chainLabel"_s)->text().contains(u"complete"_s));
}

TEST_F(Workspace, EveryEventKindReadsAsALine)
{
    core::CaseEvent e;
    const EventText::Context none;
    e.kind = u"letter.sent"_s;
    e.payload = u"{\"id\":3,\"status\":\"sent\",\"channel\":\"email\",\"reference\":\"PP-1\"}"_s;
    EXPECT_EQ(EventText::describe(e, none), u"Letter sent: a letter, by email, reference PP-1"_s);
    e.kind = u"case.updated"_s;
    e.payload = u"{\"fields\":[\"incident_at\",\"account_ref\"]}"_s;
    EXPECT_EQ(EventText::describe(e, none), u"Changed: when it happened, account"_s);
    e.kind = u"evidence.added"_s;
    e.payload = u"{\"id\":1,\"kind\":\"screenshot\",\"title\":\"Bill\",\"size\":2048}"_s;
    EXPECT_TRUE(EventText::describe(e, none).startsWith(u"Evidence added: “Bill” (screenshot"_s))
        << EventText::describe(e, none).toStdString();
    e.kind = u"case.archived"_s; // from a newer version
    e.payload = u"{}"_s;
    EXPECT_EQ(EventText::describe(e, none), u"Recorded: case.archived"_s);
    EXPECT_EQ(EventText::category(u"case.status"_s), u"status"_s);
    EXPECT_EQ(EventText::category(u"reminder.done"_s), u"reminder"_s);
    EXPECT_FALSE(EventText::icon(u"contact.logged"_s).isNull());
}

// ----------------------------------------------------------------------------------- search

TEST_F(Workspace, SearchFindsWhatWasWrittenInTheWorkspace)
{
    const qint64 id = plainCase(u"Wrong amount"_s);
    const qint64 other = plainCase(u"Another case"_s);
    showActive();
    view->showCase(id);
    view->logContact();
    auto* form = openDialog<ContactDialog>();
    ASSERT_TRUE(form);
    QTest::keyClicks(form->findChild<QPlainTextEdit*>(u"summaryPlainTextEdit"_s),
                     u"The agent mentioned quokkapolicy"_s);
    QTest::mouseClick(form->findChild<QPushButton*>(u"okPushButton"_s), Qt::LeftButton);
    // Evidence and transactions come from their own tabs; their text is searchable the same way.
    core::Evidence evidence;
    evidence.caseId = id;
    evidence.kind = u"screenshot"_s;
    evidence.title = u"Bill"_s;
    evidence.note = u"narwhalnote on the second line"_s;
    ASSERT_TRUE(store->addEvidence(evidence, QByteArray("png")).ok());
    core::TransactionRecord t;
    t.caseId = id;
    t.amountMinor = 6000;
    t.currency = u"USD"_s;
    t.reference = u"TXREF778899"_s;
    ASSERT_TRUE(store->addTransaction(t).ok());
    core::Letter letter;
    letter.caseId = id;
    letter.subject = u"Complaint"_s;
    letter.body = u"Dear PayPal,"_s;
    ASSERT_TRUE(store->addLetter(letter).ok());
    view->refresh();
    view->setCurrentTab(CaseView::Letters);
    auto* body = find<QPlainTextEdit>(u"bodyPlainTextEdit"_s);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" please refund zebrafinch"_s);
    view->commitEdits();

    for (const QString& term :
         {u"quokkapolicy"_s, u"narwhalnote"_s, u"TXREF778899"_s, u"zebrafinch"_s}) {
        auto hits = store->search(term);
        ASSERT_TRUE(hits.ok());
        ASSERT_EQ(hits->size(), 1) << term.toStdString();
        EXPECT_EQ(hits->first().caseId, id);
        EXPECT_NE(hits->first().caseId, other);
    }
}

} // namespace
