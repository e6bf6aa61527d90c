// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The wizard's draft: every part reaches the case file in one transaction, nothing unchanged is
// written again, and a failed save leaves both the file and the draft as they were.
#include "cases/CaseDraft.h"

#include "support/StoreTest.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace wc;
using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;

ChecklistItem step(const QString& key, int position)
{
    ChecklistItem item;
    item.itemKey = key;
    item.label = u"Label of "_s + key;
    item.position = position;
    return item;
}

Contact contact(qint64 at, const QString& summary)
{
    Contact c;
    c.occurredAt = at;
    c.channel = u"hotline"_s;
    c.agentName = u"王女士"_s;
    c.agentId = u"A1024"_s;
    c.reference = u"T-77"_s;
    c.summary = summary;
    c.promise = u"Refund within 3 days"_s;
    c.promisedBy = at + 3 * Day;
    return c;
}

QStringList eventKinds(CaseStore& store, qint64 caseId)
{
    QStringList kinds;
    auto events = store.events(caseId);
    EXPECT_TRUE(events.ok());
    if (events)
        for (const CaseEvent& e : *events)
            kinds << e.kind;
    return kinds;
}

class CaseDraftTest : public test::StoreTest
{
protected:
    CaseDraft newDraft()
    {
        CaseDraft d;
        d.record.family = QString(family::Transaction);
        d.record.subtype = u"duplicate_charge"_s;
        d.record.title = u"支付宝重复扣款"_s;
        d.record.language = u"zh_CN"_s;
        return d;
    }

    // A draft with every part filled, saved once.
    CaseDraft savedFullDraft()
    {
        CaseDraft d = newDraft();
        d.record.providerKey = u"alipay"_s;
        d.record.incidentAt = clock.nowMs() - Day;
        d.record.amountMinor = 8800;
        d.record.currency = u"CNY"_s;
        d.record.references = {u"2026011522001"_s, u"2026011522002"_s};
        d.record.accountRef = u"13812345678"_s;
        d.record.description = u"同一笔订单被扣了两次。"_s;
        d.record.remedies = {u"refund"_s, u"explanation"_s};
        d.record.remedyNote = u"退回多扣的 88 元"_s;
        d.record.wizardStep = 3;
        d.checklist = {step(u"check_transaction_status"_s, 0), step(u"save_record_and_error"_s, 1)};
        d.checklist[0].doneAt = clock.nowMs();
        d.contacts = {contact(clock.nowMs() - Hour, u"Said it would be checked"_s)};
        d.profile = Profile{u"李小明"_s, u"13812345678"_s, u"xiaoming@example.com"_s,
                            u"上海市"_s, 0};
        Letter letter;
        letter.subject = u"投诉：重复扣款"_s;
        letter.body = u"您好：……"_s;
        d.letter = letter;
        Reminder followUp;
        followUp.dueAt = clock.nowMs() + 7 * Day;
        followUp.text = u"Follow up"_s;
        d.followUp = followUp;
        auto saved = d.save(*store);
        EXPECT_TRUE(saved.ok()) << saved.error().detail.toStdString();
        return d;
    }

    qint64 eventCount(qint64 caseId) { return eventKinds(*store, caseId).size(); }
};

} // namespace

TEST_F(CaseDraftTest, FirstSaveCreatesTheCaseLaterSavesUpdateIt)
{
    CaseDraft d = newDraft();
    ASSERT_TRUE(d.save(*store).ok());
    ASSERT_GT(d.record.id, 0);
    EXPECT_FALSE(d.record.uuid.isEmpty()) << "the stored record comes back into the draft";
    EXPECT_EQ(d.record.createdAt, clock.nowMs());
    EXPECT_EQ(d.record.status, QString(status::Draft));

    const qint64 id = d.record.id;
    const qint64 created = d.record.createdAt;
    clock.advance(Hour);
    d.record.description = u"扣了两次"_s;
    d.record.wizardStep = 2;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(d.record.id, id);
    EXPECT_EQ(*store->caseCount(), 1);
    auto stored = store->caseById(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->description, u"扣了两次"_s);
    EXPECT_EQ(stored->wizardStep, 2);
    EXPECT_EQ(stored->createdAt, created);
    EXPECT_EQ(stored->updatedAt, clock.nowMs());
    EXPECT_EQ(eventKinds(*store, id), (QStringList{u"case.created"_s, u"case.updated"_s}));
}

TEST_F(CaseDraftTest, ARecordTheStoreRefusesIsNotCreated)
{
    CaseDraft d = newDraft();
    d.record.family = u"weather"_s;
    auto saved = d.save(*store);
    ASSERT_FALSE(saved.ok());
    EXPECT_FALSE(saved.error().message.isEmpty());
    EXPECT_EQ(d.record.id, 0);
    EXPECT_EQ(*store->caseCount(), 0);
}

TEST_F(CaseDraftTest, ChecklistItemsAreAddedTickedAndRemoved)
{
    CaseDraft d = newDraft();
    d.checklist = {step(u"check_connection_balance"_s, 0), step(u"check_transaction_status"_s, 1),
                   step(u"save_record_and_error"_s, 2)};
    ASSERT_TRUE(d.save(*store).ok());
    const qint64 id = d.record.id;
    for (const ChecklistItem& item : d.checklist) {
        EXPECT_GT(item.id, 0);
        EXPECT_EQ(item.caseId, id);
    }
    ASSERT_EQ(store->checklist(id)->size(), 3);

    // Tick one and note when.
    const qint64 before = eventCount(id);
    d.checklist[1].doneAt = clock.nowMs() - Hour;
    d.checklist[1].note = u"Shows 'processing'"_s;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(eventCount(id), before + 1);
    EXPECT_EQ(eventKinds(*store, id).last(), u"checklist.ticked"_s);
    auto items = store->checklist(id);
    ASSERT_TRUE(items.ok());
    const auto ticked = std::find_if(items->cbegin(), items->cend(), [](const ChecklistItem& i) {
        return i.itemKey == u"check_transaction_status"_s;
    });
    ASSERT_NE(ticked, items->cend());
    EXPECT_EQ(ticked->doneAt, clock.nowMs() - Hour);
    EXPECT_EQ(ticked->note, u"Shows 'processing'"_s);

    // The user went back and the first step no longer applies; a new one does.
    const qint64 removedId = d.checklist.takeFirst().id;
    d.removedChecklistIds << removedId;
    d.checklist << step(u"check_settlement_time"_s, 3);
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_TRUE(d.removedChecklistIds.isEmpty()) << "done once saved";
    items = store->checklist(id);
    ASSERT_TRUE(items.ok());
    QStringList keys;
    for (const ChecklistItem& item : *items)
        keys << item.itemKey;
    keys.sort();
    EXPECT_EQ(keys, (QStringList{u"check_settlement_time"_s, u"check_transaction_status"_s,
                                 u"save_record_and_error"_s}));
    EXPECT_TRUE(eventKinds(*store, id).contains(u"checklist.removed"_s));

    // Removing an item that is already gone (deleted elsewhere) is what the user wanted.
    ASSERT_TRUE(store->removeChecklistItem(d.checklist.last().id).ok());
    d.removedChecklistIds << d.checklist.takeLast().id;
    EXPECT_TRUE(d.save(*store).ok());
    EXPECT_EQ(store->checklist(id)->size(), 2);
}

TEST_F(CaseDraftTest, AnItemDeletedUnderneathIsWrittenAgain)
{
    CaseDraft d = newDraft();
    d.checklist = {step(u"freeze_account"_s, 0)};
    ASSERT_TRUE(d.save(*store).ok());
    ASSERT_TRUE(store->removeChecklistItem(d.checklist[0].id).ok());
    d.checklist[0].doneAt = clock.nowMs();
    ASSERT_TRUE(d.save(*store).ok());
    auto items = store->checklist(d.record.id);
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().id, d.checklist[0].id);
    EXPECT_EQ(items->first().doneAt, clock.nowMs());
}

TEST_F(CaseDraftTest, ContactsAreAddedUpdatedAndRemoved)
{
    CaseDraft d = newDraft();
    d.contacts = {contact(clock.nowMs() - 2 * Day, u"First call"_s),
                  contact(clock.nowMs() - Day, u"Second call"_s)};
    ASSERT_TRUE(d.save(*store).ok());
    const qint64 id = d.record.id;
    ASSERT_GT(d.contacts[0].id, 0);
    ASSERT_GT(d.contacts[1].id, 0);
    EXPECT_EQ(d.contacts[0].direction, u"outgoing"_s) << "what the store keeps for no direction";
    auto stored = store->contacts(id);
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->first().agentId, u"A1024"_s);
    EXPECT_EQ(stored->first().promisedBy, d.contacts[0].promisedBy);

    d.contacts[1].summary = u"Second call: promised a refund"_s;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(eventKinds(*store, id).last(), u"contact.updated"_s);

    d.removedContactIds << d.contacts.takeFirst().id;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_TRUE(d.removedContactIds.isEmpty());
    stored = store->contacts(id);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().summary, u"Second call: promised a refund"_s);
    EXPECT_EQ(eventKinds(*store, id).last(), u"contact.removed"_s);
}

TEST_F(CaseDraftTest, LetterFollowUpAndProfileAreSaved)
{
    CaseDraft d = savedFullDraft();
    const qint64 id = d.record.id;
    ASSERT_TRUE(d.letter.has_value());
    ASSERT_GT(d.letter->id, 0);
    ASSERT_TRUE(d.followUp.has_value());
    ASSERT_GT(d.followUp->id, 0);

    auto letters = store->letters(id);
    ASSERT_EQ(letters->size(), 1);
    EXPECT_EQ(letters->first().subject, u"投诉：重复扣款"_s);
    EXPECT_EQ(letters->first().kind, u"initial"_s);
    // The record the draft holds is the stored one, with the derived next follow-up.
    EXPECT_EQ(d.record.nextFollowUpAt, clock.nowMs() + 7 * Day);
    auto profile = store->profile();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile->name, u"李小明"_s);
    EXPECT_EQ(profile->address, u"上海市"_s);
    EXPECT_EQ(d.profile.updatedAt, clock.nowMs());

    clock.advance(Hour);
    d.letter->body = u"您好：我的支付宝账户……"_s;
    d.followUp->dueAt = clock.nowMs() + Day;
    d.profile.phone = u"13900000000"_s;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(store->letters(id)->first().body, u"您好：我的支付宝账户……"_s);
    EXPECT_EQ(store->letters(id)->size(), 1) << "updated, not added";
    ASSERT_EQ(store->reminders(id)->size(), 1);
    EXPECT_EQ(store->reminders(id)->first().dueAt, clock.nowMs() + Day);
    EXPECT_EQ(store->caseById(id)->nextFollowUpAt, clock.nowMs() + Day);
    EXPECT_EQ(d.record.nextFollowUpAt, clock.nowMs() + Day);
    EXPECT_EQ(store->profile()->phone, u"13900000000"_s);
    const QStringList kinds = eventKinds(*store, id);
    EXPECT_TRUE(kinds.contains(u"letter.updated"_s));
    EXPECT_TRUE(kinds.contains(u"reminder.updated"_s));
}

TEST_F(CaseDraftTest, UnchangedPartsAreNotWrittenAgain)
{
    CaseDraft d = savedFullDraft();
    const qint64 id = d.record.id;
    const qint64 events = eventCount(id);
    const qint64 updated = store->caseById(id)->updatedAt;
    const qint64 profileUpdated = store->profile()->updatedAt;

    clock.advance(Hour);
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(eventCount(id), events) << eventKinds(*store, id).join(u' ').toStdString();
    EXPECT_EQ(store->caseById(id)->updatedAt, updated);
    EXPECT_EQ(store->profile()->updatedAt, profileUpdated);

    // One changed part writes exactly that part.
    d.contacts[0].outcome = u"No answer yet"_s;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(eventCount(id), events + 1);
    EXPECT_EQ(eventKinds(*store, id).last(), u"contact.updated"_s);

    d.record.title = u"支付宝重复扣款 88 元"_s;
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(eventCount(id), events + 2);
    EXPECT_EQ(eventKinds(*store, id).last(), u"case.updated"_s);
}

TEST_F(CaseDraftTest, AFailedContactLeavesANewDraftAndTheFileUntouched)
{
    // The file refuses new contacts (as a full disk or a damaged table would).
    ASSERT_TRUE(store->database()
                    .exec(u"CREATE TEMP TRIGGER refuse_contacts BEFORE INSERT ON main.contacts "
                          u"BEGIN SELECT RAISE(ABORT, 'contacts refused'); END"_s)
                    .ok());
    CaseDraft d = newDraft();
    d.checklist = {step(u"check_transaction_status"_s, 0)};
    d.contacts = {contact(clock.nowMs(), u"Call"_s)};
    d.profile.name = u"李小明"_s;
    auto saved = d.save(*store);
    ASSERT_FALSE(saved.ok());
    EXPECT_FALSE(saved.error().message.isEmpty());
    // Nothing leaked into the draft: the case, item and contact were rolled back.
    EXPECT_EQ(d.record.id, 0);
    EXPECT_TRUE(d.record.uuid.isEmpty());
    EXPECT_EQ(d.checklist[0].id, 0);
    EXPECT_EQ(d.checklist[0].caseId, 0);
    EXPECT_EQ(d.contacts[0].id, 0);
    EXPECT_EQ(d.profile.updatedAt, 0);
    EXPECT_EQ(*store->caseCount(), 0);
    EXPECT_TRUE(store->profile()->name.isEmpty());

    // Once the file accepts contacts again the same draft saves completely, exactly once.
    ASSERT_TRUE(store->database().exec(u"DROP TRIGGER refuse_contacts"_s).ok());
    ASSERT_TRUE(d.save(*store).ok());
    EXPECT_EQ(*store->caseCount(), 1);
    EXPECT_EQ(store->checklist(d.record.id)->size(), 1);
    EXPECT_EQ(store->contacts(d.record.id)->size(), 1);
}

TEST_F(CaseDraftTest, AFailedReminderLeavesASavedDraftAsItWas)
{
    CaseDraft d = savedFullDraft();
    const qint64 id = d.record.id;
    const qint64 events = eventCount(id);
    const qint64 removedItem = d.checklist[1].id;
    CaseDraft edited = d;
    edited.record.description = u"changed"_s;
    edited.removedChecklistIds << edited.checklist.takeLast().id;
    edited.contacts << contact(clock.nowMs(), u"Another call"_s);
    edited.removedContactIds << d.contacts[0].id;
    edited.contacts.removeFirst();
    edited.followUp->id = 0;               // a new reminder …
    edited.followUp->state = u"someday"_s; // … in a state the file does not accept
    const CaseDraft before = edited;

    auto saved = edited.save(*store);
    ASSERT_FALSE(saved.ok());
    // The draft is unchanged: ids not assigned, removals still to do.
    EXPECT_EQ(edited.record.description, u"changed"_s);
    EXPECT_EQ(edited.record.updatedAt, before.record.updatedAt);
    EXPECT_EQ(edited.removedChecklistIds, QList<qint64>{removedItem});
    EXPECT_EQ(edited.removedContactIds, before.removedContactIds);
    ASSERT_EQ(edited.contacts.size(), 1);
    EXPECT_EQ(edited.contacts[0].id, 0);
    EXPECT_EQ(edited.followUp->id, 0);
    // The file is unchanged: no part of the batch stayed behind.
    EXPECT_EQ(eventCount(id), events);
    EXPECT_EQ(store->caseById(id)->description, d.record.description);
    EXPECT_EQ(store->checklist(id)->size(), 2);
    EXPECT_EQ(store->contacts(id)->size(), 1);
    EXPECT_EQ(store->contacts(id)->first().id, d.contacts[0].id);
    EXPECT_EQ(store->reminders(id)->size(), 1);

    edited.followUp->state = u"pending"_s;
    ASSERT_TRUE(edited.save(*store).ok());
    EXPECT_EQ(store->checklist(id)->size(), 1);
    EXPECT_EQ(store->contacts(id)->size(), 1);
    EXPECT_EQ(store->contacts(id)->first().summary, u"Another call"_s);
}

TEST_F(CaseDraftTest, ACaseDeletedUnderneathFailsWithAMessage)
{
    CaseDraft d = savedFullDraft();
    const qint64 id = d.record.id;
    ASSERT_TRUE(store->deleteCase(id).ok());
    d.contacts << contact(clock.nowMs(), u"New call"_s);
    d.record.description = u"edited after the case was deleted"_s;
    const CaseDraft before = d;
    auto saved = d.save(*store);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(saved.error().message.isEmpty());
    EXPECT_EQ(d.record.id, id);
    EXPECT_EQ(d.contacts.size(), 2);
    EXPECT_EQ(d.contacts.last().id, 0);
    EXPECT_EQ(d.contacts.last().caseId, 0);
    EXPECT_EQ(d.record.description, before.record.description);
    EXPECT_EQ(*store->caseCount(), 0) << "nothing was created in its place";
}

TEST_F(CaseDraftTest, LoadReadsBackWhatWasSaved)
{
    CaseDraft d = savedFullDraft();
    const qint64 id = d.record.id;
    // Parts the draft does not own must not be mistaken for its letter or follow-up.
    Letter followUpLetter;
    followUpLetter.caseId = id;
    followUpLetter.kind = u"follow_up"_s;
    followUpLetter.body = u"Any news?"_s;
    ASSERT_TRUE(store->addLetter(followUpLetter).ok());
    Reminder promise;
    promise.caseId = id;
    promise.kind = u"follow_up"_s;
    promise.dueAt = clock.nowMs() + Hour;
    promise.contactId = d.contacts[0].id;
    ASSERT_TRUE(store->addReminder(promise).ok());

    auto loaded = CaseDraft::load(*store, id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().detail.toStdString();
    const CaseRecord& r = loaded->record;
    EXPECT_EQ(r.id, id);
    EXPECT_EQ(r.uuid, d.record.uuid);
    EXPECT_EQ(r.title, d.record.title);
    EXPECT_EQ(r.family, d.record.family);
    EXPECT_EQ(r.subtype, d.record.subtype);
    EXPECT_EQ(r.providerKey, u"alipay"_s);
    EXPECT_EQ(r.incidentAt, d.record.incidentAt);
    EXPECT_EQ(r.amountMinor, 8800);
    EXPECT_EQ(r.currency, u"CNY"_s);
    EXPECT_EQ(r.references, d.record.references);
    EXPECT_EQ(r.accountRef, u"13812345678"_s) << "stored in full";
    EXPECT_EQ(r.description, d.record.description);
    EXPECT_EQ(r.remedies, d.record.remedies);
    EXPECT_EQ(r.remedyNote, d.record.remedyNote);
    EXPECT_EQ(r.wizardStep, 3);

    ASSERT_EQ(loaded->checklist.size(), 2);
    EXPECT_EQ(loaded->checklist[0].id, d.checklist[0].id);
    EXPECT_EQ(loaded->checklist[0].doneAt, d.checklist[0].doneAt);
    EXPECT_FALSE(loaded->checklist[1].doneAt.has_value());
    ASSERT_EQ(loaded->contacts.size(), 1);
    EXPECT_EQ(loaded->contacts[0].summary, d.contacts[0].summary);
    EXPECT_EQ(loaded->contacts[0].promisedBy, d.contacts[0].promisedBy);
    ASSERT_TRUE(loaded->letter.has_value());
    EXPECT_EQ(loaded->letter->id, d.letter->id);
    EXPECT_EQ(loaded->letter->body, d.letter->body);
    EXPECT_TRUE(loaded->letterEdited) << "a saved letter is never redrafted silently";
    ASSERT_TRUE(loaded->followUp.has_value());
    EXPECT_EQ(loaded->followUp->id, d.followUp->id);
    EXPECT_EQ(loaded->profile.name, u"李小明"_s);
    EXPECT_TRUE(loaded->removedChecklistIds.isEmpty());
    EXPECT_TRUE(loaded->removedContactIds.isEmpty());

    // Saving a loaded draft that nobody changed writes nothing.
    const qint64 events = eventCount(id);
    ASSERT_TRUE(loaded->save(*store).ok());
    EXPECT_EQ(eventCount(id), events);
    EXPECT_EQ(store->letters(id)->size(), 2);
    EXPECT_EQ(store->reminders(id)->size(), 2);
}

TEST_F(CaseDraftTest, LoadingAMissingCaseSaysSo)
{
    auto loaded = CaseDraft::load(*store, 4242);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(loaded.error().message.isEmpty());
}

TEST_F(CaseDraftTest, ADraftWithoutLetterOrFollowUpLoadsWithout)
{
    CaseDraft d = newDraft();
    ASSERT_TRUE(d.save(*store).ok());
    // A done follow-up is history, not the draft's pending follow-up.
    Reminder done;
    done.caseId = d.record.id;
    done.dueAt = clock.nowMs();
    done.state = u"done"_s;
    ASSERT_TRUE(store->addReminder(done).ok());
    auto loaded = CaseDraft::load(*store, d.record.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_FALSE(loaded->letter.has_value());
    EXPECT_FALSE(loaded->letterEdited);
    EXPECT_FALSE(loaded->followUp.has_value());
    EXPECT_TRUE(loaded->checklist.isEmpty());
    EXPECT_TRUE(loaded->contacts.isEmpty());
}
