// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Re-drafting a letter asks "Replace your changes to the letter?" only when the text holds the
// user's words: a letter the wizard drafted and nobody edited is WalletCase's text, and so is
// one saved before the case log recorded whose words a text is, as long as it still reads
// exactly as WalletCase drafts it (issue 11: the question came for a letter only the wizard
// drafted).
#include "CaseWorkspaceFixture.h"

#include "cases/CaseDraft.h"
#include "gui/caseview/LettersTab.h"
#include "guidance/CaseTimeZone.h"
#include "letters/LetterDrafter.h"

#include <QPushButton>

using namespace wc;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

class LettersRedraft : public test::CaseWorkspaceTest
{
protected:
    // The initial letter as the wizard or the Letters tab drafts it from the case as stored.
    core::Letter draftedNow(qint64 caseId)
    {
        auto snapshot = store->snapshot(caseId);
        EXPECT_TRUE(snapshot.ok());
        core::LetterDrafter::nameProvider(*snapshot, providers, u"en"_s);
        core::LetterDrafter::Request request;
        request.language = u"en"_s;
        request.nowMs = clock.nowMs();
        request.zone = core::CaseTimeZone::zoneFor(snapshot->record);
        auto letter = core::LetterDrafter::draft(*snapshot, core::Profile{}, request);
        EXPECT_TRUE(letter.ok());
        core::Letter l = letter.ok() ? *letter : core::Letter{};
        l.caseId = caseId;
        return l;
    }

    LettersTab* showLetters(qint64 caseId, qint64 letterId)
    {
        view->showCase(caseId);
        view->setCurrentTab(CaseView::Letters);
        auto* tab = find<LettersTab>(u"lettersTab"_s);
        if (tab)
            tab->selectLetter(letterId);
        return tab;
    }

    void changeDescription(qint64 caseId, const QString& description)
    {
        core::CaseRecord record = *store->caseById(caseId);
        record.description = description;
        ASSERT_TRUE(store->updateCase(record).ok());
    }
};

TEST_F(LettersRedraft, AWizardLetterNobodyEditedIsRedraftedWithoutAsking)
{
    showActive();
    core::CaseDraft draft;
    draft.record.title = u"Charged ten times too much"_s;
    draft.record.family = u"transaction"_s;
    draft.record.subtype = u"wrong_amount"_s;
    draft.record.providerKey = u"paypal"_s;
    draft.record.language = u"en"_s;
    draft.record.description = u"Charged 60.00 instead of 6.00."_s;
    ASSERT_TRUE(draft.save(*store).ok());
    draft.letter = draftedNow(draft.record.id);
    draft.letterEdited = false; // as the wizard's letter page leaves it when nobody typed
    ASSERT_TRUE(draft.save(*store).ok());
    ASSERT_GT(draft.letter->id, 0);
    EXPECT_FALSE(*store->letterEditedSinceDrafted(draft.letter->id));

    ASSERT_TRUE(showLetters(draft.record.id, draft.letter->id));
    changeDescription(draft.record.id, u"Charged 70.00 instead of 7.00."_s);
    MessageBox::takeAskedCount();
    MessageBox::setNextChoice(LettersTab::KeepText);
    QTest::mouseClick(find<QPushButton>(u"redraftPushButton"_s), Qt::LeftButton);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    const auto letters = store->letters(draft.record.id);
    ASSERT_TRUE(letters.ok() && letters->size() == 1);
    EXPECT_TRUE(letters->first().body.contains(u"70.00 instead of 7.00"_s));

    // A wizard letter the user typed into is theirs: the log says so, and the tab asks.
    core::CaseDraft edited = draft;
    edited.letter->id = 0;
    edited.letter->body += u"\nMy own words."_s;
    edited.letterEdited = true;
    ASSERT_TRUE(edited.save(*store).ok());
    EXPECT_TRUE(*store->letterEditedSinceDrafted(edited.letter->id));
}

TEST_F(LettersRedraft, AnOlderLetterThatStillReadsAsDraftedIsNotTreatedAsTheUsers)
{
    showActive();
    const qint64 caseId = plainCase(u"Charged ten times too much"_s);
    // Saved the way the wizard saved letters before the log recorded whose words they were.
    const auto id = store->addLetter(draftedNow(caseId));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(*store->letterEditedSinceDrafted(*id)) << "the log cannot tell";
    LettersTab* tab = showLetters(caseId, *id);
    ASSERT_TRUE(tab);

    // Asked for in Chinese: the English text is exactly WalletCase's, so nothing is asked.
    MessageBox::takeAskedCount();
    MessageBox::setNextChoice(LettersTab::KeepText); // a wrong question fails, never hangs
    pick(find<QComboBox>(u"letterLanguageComboBox"_s), u"zh_CN"_s);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    auto letters = store->letters(caseId);
    ASSERT_TRUE(letters.ok());
    EXPECT_EQ(letters->first().language, u"zh_CN"_s);

    // One word of the user's in an older letter, and the question comes back.
    core::Letter typed = draftedNow(caseId);
    typed.body += u"\nPlease hurry."_s;
    const auto other = store->addLetter(typed);
    ASSERT_TRUE(other.ok());
    tab = showLetters(caseId, *other);
    ASSERT_TRUE(tab);
    MessageBox::setNextChoice(LettersTab::KeepText);
    pick(find<QComboBox>(u"letterLanguageComboBox"_s), u"zh_CN"_s);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
}

} // namespace
