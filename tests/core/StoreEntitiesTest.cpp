// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Create/read/update/delete of every record in the case file, foreign keys, blobs and events.
#include "store/CaseStore.h"
#include "support/StoreTest.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

class StoreEntities : public wc::test::StoreTest
{
protected:
    qint64 newCase(const QString& family = u"transaction"_s)
    {
        CaseRecord r;
        r.title = u"支付宝重复扣款 duplicate charge"_s;
        r.family = family;
        r.subtype = u"duplicate_charge"_s;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
};

TEST_F(StoreEntities, CaseRoundTripsEveryField)
{
    CaseRecord r;
    r.title = u"微信支付 到账延迟"_s;
    r.family = u"transaction"_s;
    r.subtype = u"delayed_credit"_s;
    r.status = u"ready"_s;
    r.providerKey = u"wechat_pay"_s;
    r.providerName = u"微信支付"_s;
    r.incidentAt = 1'759'000'000'000;
    r.amountMinor = 12'345;
    r.currency = u"CNY"_s;
    r.references = {u"4200001234"_s, u"T-77"_s};
    r.accountRef = u"138****0000"_s;
    r.description = u"Line one\n第二行"_s;
    r.remedies = {u"refund"_s, u"explanation"_s};
    r.remedyNote = u"by Friday"_s;
    r.language = u"en"_s;
    r.wizardStep = 3;
    auto id = store->createCase(r);
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();

    auto back = store->caseById(*id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->title, r.title);
    EXPECT_EQ(back->status, u"ready"_s);
    EXPECT_EQ(back->providerName, r.providerName);
    EXPECT_EQ(back->incidentAt, r.incidentAt);
    EXPECT_EQ(back->amountMinor, r.amountMinor);
    EXPECT_EQ(back->references, r.references);
    EXPECT_EQ(back->remedies, r.remedies);
    EXPECT_EQ(back->description, r.description);
    EXPECT_EQ(back->wizardStep, 3);
    EXPECT_EQ(back->createdAt, clock.nowMs());
    EXPECT_FALSE(back->uuid.isEmpty());

    clock.advance(1000);
    CaseRecord edited = *back;
    edited.title = u"Edited"_s;
    edited.status = u"resolved"_s;
    edited.satisfaction = 4;
    ASSERT_TRUE(store->updateCase(edited).ok());
    auto again = store->caseById(*id);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->title, u"Edited"_s);
    EXPECT_EQ(again->satisfaction, 4);
    EXPECT_EQ(again->closedAt, clock.nowMs());
    EXPECT_EQ(again->updatedAt, clock.nowMs());
    EXPECT_EQ(again->uuid, back->uuid);

    ASSERT_TRUE(store->deleteCase(*id).ok());
    EXPECT_EQ(store->caseById(*id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(store->deleteCase(*id).error().code, ErrorCode::NotFound);
}

TEST_F(StoreEntities, RejectsUnknownFamilyAndStatus)
{
    CaseRecord r;
    r.family = u"weather"_s;
    EXPECT_EQ(store->createCase(r).error().code, ErrorCode::InvalidArgument);
    r.family = u"security"_s;
    r.status = u"pending-ish"_s;
    EXPECT_EQ(store->createCase(r).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(*store->caseCount(), 0);
}

TEST_F(StoreEntities, ProfileAndProviderOverrides)
{
    auto empty = store->profile();
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->name.isEmpty());
    ASSERT_TRUE(store->saveProfile({u"张三"_s, u"13800000000"_s, u"z@example.com"_s, u"北京"_s, 0}).ok());
    EXPECT_EQ(store->profile()->name, u"张三"_s);
    ASSERT_TRUE(store->saveProfile({u"Li Si"_s, {}, {}, {}, 0}).ok());
    EXPECT_EQ(store->profile()->name, u"Li Si"_s);
    EXPECT_TRUE(store->profile()->phone.isEmpty());

    ASSERT_TRUE(store->saveProviderOverride({u"alipay"_s, uR"({"hotline":"95188"})"_s, 0}).ok());
    ASSERT_TRUE(store->saveProviderOverride({u"alipay"_s, uR"({"hotline":"95188-1"})"_s, 0}).ok());
    auto list = store->providerOverrides();
    ASSERT_EQ(list->size(), 1);
    EXPECT_TRUE(list->first().data.contains(u"95188-1"_s));
    EXPECT_EQ(store->saveProviderOverride({u"x"_s, u"not json"_s, 0}).error().code,
              ErrorCode::InvalidArgument);
    ASSERT_TRUE(store->removeProviderOverride(u"alipay"_s).ok());
    EXPECT_EQ(store->removeProviderOverride(u"alipay"_s).error().code, ErrorCode::NotFound);
}

TEST_F(StoreEntities, ChecklistCrud)
{
    const qint64 caseId = newCase(u"security"_s);
    auto id = store->addChecklistItem({0, caseId, u"freeze_account"_s, u"Freeze"_s, 0, {}, {}});
    ASSERT_TRUE(id.ok());
    auto items = store->checklist(caseId);
    ASSERT_EQ(items->size(), 1);
    ChecklistItem item = items->first();
    item.doneAt = clock.nowMs();
    ASSERT_TRUE(store->updateChecklistItem(item).ok());
    EXPECT_EQ(store->checklist(caseId)->first().doneAt, clock.nowMs());
    ASSERT_TRUE(store->removeChecklistItem(*id).ok());
    EXPECT_TRUE(store->checklist(caseId)->isEmpty());
    EXPECT_EQ(store->removeChecklistItem(*id).error().code, ErrorCode::NotFound);
}

TEST_F(StoreEntities, TransactionCrud)
{
    const qint64 caseId = newCase();
    TransactionRecord t{0, caseId, 1'700'000'000'000, u"美团"_s, 4'990, u"CNY"_s,
                        u"2024112522001"_s, u"交易成功"_s, {}, {}};
    auto id = store->addTransaction(t);
    ASSERT_TRUE(id.ok());
    auto list = store->transactions(caseId);
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().source, u"manual"_s);
    EXPECT_EQ(list->first().counterparty, u"美团"_s);
    TransactionRecord edit = list->first();
    edit.note = u"charged twice"_s;
    ASSERT_TRUE(store->updateTransaction(edit).ok());
    EXPECT_EQ(store->transactions(caseId)->first().note, u"charged twice"_s);
    ASSERT_TRUE(store->removeTransaction(*id).ok());
    EXPECT_TRUE(store->transactions(caseId)->isEmpty());
}

TEST_F(StoreEntities, ContactLetterReminderCrud)
{
    const qint64 caseId = newCase(u"service"_s);
    Contact c;
    c.caseId = caseId;
    c.occurredAt = clock.nowMs();
    c.channel = u"hotline"_s;
    c.agentName = u"王小姐"_s;
    c.agentId = u"A1024"_s;
    c.promise = u"refund in 3 days"_s;
    c.promisedBy = clock.nowMs() + 3 * 86'400'000LL;
    auto contactId = store->addContact(c);
    ASSERT_TRUE(contactId.ok());
    EXPECT_EQ(store->contacts(caseId)->first().agentId, u"A1024"_s);
    EXPECT_EQ(store->contacts(caseId)->first().direction, u"outgoing"_s);

    Letter l;
    l.caseId = caseId;
    l.subject = u"投诉：客服未处理"_s;
    l.body = u"您好……"_s;
    auto letterId = store->addLetter(l);
    ASSERT_TRUE(letterId.ok());
    Letter sent = store->letters(caseId)->first();
    sent.status = u"sent"_s;
    sent.sentAt = clock.nowMs();
    sent.channel = u"email"_s;
    ASSERT_TRUE(store->updateLetter(sent).ok());
    EXPECT_EQ(store->letters(caseId)->first().status, u"sent"_s);

    Reminder m;
    m.caseId = caseId;
    m.dueAt = *c.promisedBy;
    m.kind = u"promise"_s;
    m.contactId = *contactId;
    auto reminderId = store->addReminder(m);
    ASSERT_TRUE(reminderId.ok());
    EXPECT_EQ(store->caseById(caseId)->nextFollowUpAt, m.dueAt);
    EXPECT_TRUE(store->dueReminders(clock.nowMs())->isEmpty());
    EXPECT_EQ(store->dueReminders(m.dueAt)->size(), 1);

    Reminder snoozed = store->reminders(caseId)->first();
    snoozed.snoozedUntil = m.dueAt + 3'600'000;
    ASSERT_TRUE(store->updateReminder(snoozed).ok());
    EXPECT_EQ(store->caseById(caseId)->nextFollowUpAt, snoozed.snoozedUntil);
    EXPECT_TRUE(store->dueReminders(m.dueAt)->isEmpty());

    Reminder done = store->reminders(caseId)->first();
    done.state = u"done"_s;
    ASSERT_TRUE(store->updateReminder(done).ok());
    EXPECT_EQ(store->reminders(caseId)->first().doneAt, clock.nowMs());
    EXPECT_FALSE(store->caseById(caseId)->nextFollowUpAt.has_value());

    // Removing the contact keeps the reminder but forgets the link.
    ASSERT_TRUE(store->removeContact(*contactId).ok());
    EXPECT_FALSE(store->reminders(caseId)->first().contactId.has_value());
    ASSERT_TRUE(store->removeReminder(*reminderId).ok());
    ASSERT_TRUE(store->removeLetter(*letterId).ok());
    EXPECT_TRUE(store->letters(caseId)->isEmpty());
}

TEST_F(StoreEntities, PartsNeedAnExistingCase)
{
    EXPECT_EQ(store->addContact({0, 999, 0, {}, {}, {}, {}, {}, {}, {}, {}, {}}).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(store->addEvidence(Evidence{.caseId = 999}, "x").error().code, ErrorCode::NotFound);
    EXPECT_EQ(*store->blobCount(), 0);
}

TEST_F(StoreEntities, DeletingACaseRemovesItsPartsAndUnusedBlobs)
{
    const qint64 a = newCase();
    const qint64 b = newCase();
    const QByteArray shared("same screenshot bytes");
    ASSERT_TRUE(store->addEvidence(Evidence{.caseId = a, .title = u"s"_s}, shared).ok());
    ASSERT_TRUE(store->addEvidence(Evidence{.caseId = b, .title = u"s"_s}, shared).ok());
    ASSERT_TRUE(store->addEvidence(Evidence{.caseId = a, .title = u"own"_s}, "only in a").ok());
    ASSERT_TRUE(store->addContact({0, a, 1, u"email"_s, {}, {}, {}, {}, {}, {}, {}, {}}).ok());
    EXPECT_EQ(*store->blobCount(), 2);

    ASSERT_TRUE(store->deleteCase(a).ok());
    EXPECT_EQ(*store->blobCount(), 1); // the shared blob is still used by case b
    EXPECT_EQ(*store->database().queryInt(u"SELECT count(*) FROM contacts"_s), 0);
    EXPECT_EQ(*store->database().queryInt(u"SELECT count(*) FROM events WHERE case_id = %1"_s.arg(a)), 0);
    ASSERT_TRUE(store->deleteCase(b).ok());
    EXPECT_EQ(*store->blobCount(), 0);
}

TEST_F(StoreEntities, EvidenceIsDeduplicatedFingerprintedAndNeverRewritten)
{
    const qint64 caseId = newCase();
    const QByteArray png("\x89PNG fake bytes", 15);
    auto first = store->addEvidence(
        Evidence{.caseId = caseId, .kind = u"screenshot"_s, .title = u"错误提示"_s,
                 .fileName = u"a b(1).png"_s, .mimeType = u"image/png"_s},
        png);
    auto second = store->addEvidence(Evidence{.caseId = caseId, .title = u"copy"_s}, png);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(*store->blobCount(), 1);
    auto e = store->evidenceById(*first);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->sha256, u"%1"_s.arg(QString::fromLatin1(
                             QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())));
    EXPECT_EQ(e->size, png.size());
    EXPECT_EQ(e->addedAt, clock.nowMs());
    EXPECT_EQ(*store->blobData(e->sha256), png);

    Evidence edit = *e;
    edit.title = u"new title"_s;
    edit.sha256 = QString(64, u'f'); // ignored: content never changes
    ASSERT_TRUE(store->updateEvidence(edit).ok());
    EXPECT_EQ(store->evidenceById(*first)->sha256, e->sha256);
    EXPECT_EQ(store->evidenceById(*first)->title, u"new title"_s);

    ASSERT_TRUE(store->removeEvidence(*first).ok());
    EXPECT_EQ(*store->blobCount(), 1);
    ASSERT_TRUE(store->removeEvidence(*second).ok());
    EXPECT_EQ(*store->blobCount(), 0);

    // An empty file is still evidence.
    auto empty = store->addEvidence(Evidence{.caseId = caseId, .title = u"empty"_s}, QByteArray());
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(store->evidenceById(*empty)->size, 0);
}

TEST_F(StoreEntities, EvidenceHashedByTheCallerIsFiledUnderThatFingerprintAndDeduplicated)
{
    // The window hashes a file while reading it off the GUI thread and hands the fingerprint
    // over, so the store does not hash it again; the result is the same as hashing it itself.
    const qint64 caseId = newCase();
    const QByteArray png("\x89PNG other fake bytes", 21);
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    auto hashed = store->addEvidence(Evidence{.caseId = caseId, .title = u"hashed"_s}, png, sha);
    ASSERT_TRUE(hashed.ok()) << hashed.error().detail.toStdString();
    auto plain = store->addEvidence(Evidence{.caseId = caseId, .title = u"plain"_s}, png);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(*store->blobCount(), 1);
    EXPECT_EQ(store->evidenceById(*hashed)->sha256, sha);
    EXPECT_EQ(store->evidenceById(*plain)->sha256, sha);
    EXPECT_EQ(store->evidenceById(*hashed)->size, png.size());
    EXPECT_EQ(*store->blobData(sha), png);
    auto problems = store->checkIntegrity();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
}

TEST_F(StoreEntities, EveryEditIsLoggedInAVerifiableChain)
{
    const qint64 caseId = newCase();
    clock.advance(10);
    ASSERT_TRUE(store->addContact({0, caseId, 5, u"email"_s, {}, {}, {}, {}, {}, {}, {}, {}}).ok());
    clock.advance(10);
    auto r = *store->caseById(caseId);
    r.status = u"sent"_s;
    ASSERT_TRUE(store->updateCase(r).ok());

    auto events = store->events(caseId);
    ASSERT_TRUE(events.ok());
    QStringList kinds;
    for (const auto& e : *events)
        kinds << e.kind;
    EXPECT_EQ(kinds, (QStringList{u"case.created"_s, u"contact.logged"_s, u"case.status"_s}));
    EXPECT_EQ(events->at(1).prevHash, events->at(0).hash);
    auto check = store->verifyEvents(caseId);
    EXPECT_TRUE(check->intact);
    EXPECT_EQ(check->eventCount, 3);

    // The log refuses edits, and a forged row (inserted behind the store's back) is detected.
    EXPECT_FALSE(store->database().exec(u"UPDATE events SET kind = 'x' WHERE seq = 2"_s).ok());
    ASSERT_TRUE(store->database().exec(u"DELETE FROM events WHERE case_id = %1 AND seq = 2"_s.arg(caseId)).ok());
    check = store->verifyEvents(caseId);
    EXPECT_FALSE(check->intact);
    EXPECT_EQ(check->firstBrokenSeq, 3);
    auto problems = store->checkIntegrity();
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems->size(), 1);
}

TEST_F(StoreEntities, AnEventWhoseTextWasAlteredBreaksTheChain)
{
    const qint64 caseId = newCase();
    clock.advance(10);
    ASSERT_TRUE(store->addContact({0, caseId, 5, u"email"_s, {}, {}, {}, {}, {}, {}, {}, {}}).ok());
    clock.advance(10);
    auto r = *store->caseById(caseId);
    r.status = u"sent"_s;
    ASSERT_TRUE(store->updateCase(r).ok());
    ASSERT_TRUE(store->verifyEvents(caseId)->intact);

    // Rewritten in place behind the store's back, links untouched: every row is still there
    // and every prev_hash still names the row before, so only recomputing each event's hash
    // from its text finds the change.
    auto& db = store->database();
    ASSERT_TRUE(db.exec(u"DROP TRIGGER events_append_only"_s).ok());
    ASSERT_TRUE(db.exec(u"UPDATE events SET payload = '{\"forged\":true}' "
                        "WHERE case_id = %1 AND seq = 2"_s.arg(caseId))
                    .ok());
    ASSERT_EQ(store->events(caseId)->size(), 3);
    auto check = store->verifyEvents(caseId);
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check->intact);
    EXPECT_EQ(check->eventCount, 3);
    EXPECT_EQ(check->firstBrokenSeq, 2);
    auto problems = store->checkIntegrity();
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems->size(), 1);
}

TEST_F(StoreEntities, FailedChangeLeavesNothingBehind)
{
    const qint64 caseId = newCase();
    const qint64 eventsBefore = store->events(caseId)->size();
    // A batch whose second step fails rolls back its first step too.
    auto result = store->runBatch([&]() -> Result<void> {
        WC_TRY(store->addContact({0, caseId, 1, u"email"_s, {}, {}, {}, {}, {}, {}, {}, {}}));
        return store->addContact({0, 424242, 1, {}, {}, {}, {}, {}, {}, {}, {}, {}}).error();
    });
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(store->contacts(caseId)->isEmpty());
    EXPECT_EQ(store->events(caseId)->size(), eventsBefore);
}

TEST_F(StoreEntities, SnapshotImportsAsAnIdenticalCopy)
{
    const qint64 caseId = newCase();
    ASSERT_TRUE(store->addEvidence(Evidence{.caseId = caseId, .title = u"a"_s}, "AAA").ok());
    auto contactId = store->addContact({0, caseId, 7, u"hotline"_s, {}, u"Amy"_s, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(store->addReminder(Reminder{.caseId = caseId, .dueAt = 99, .contactId = *contactId}).ok());
    auto snap = store->snapshot(caseId);
    ASSERT_TRUE(snap.ok());

    clock.advance(5000);
    auto copyId = store->importSnapshot(*snap, {});
    ASSERT_TRUE(copyId.ok()) << copyId.error().detail.toStdString();
    auto copy = store->snapshot(*copyId);
    ASSERT_TRUE(copy.ok());
    EXPECT_NE(copy->record.uuid, snap->record.uuid); // same file: the copy gets a new identity
    EXPECT_EQ(copy->record.updatedAt, snap->record.updatedAt);
    EXPECT_EQ(copy->events.size(), snap->events.size());
    EXPECT_EQ(copy->events.last().hash, snap->events.last().hash);
    EXPECT_TRUE(store->verifyEvents(*copyId)->intact);
    EXPECT_EQ(copy->reminders.first().contactId, copy->contacts.first().id);
    EXPECT_EQ(*store->blobCount(), 1);
}

} // namespace
