// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <sys/stat.h>

namespace wc::test {

// Fills a store with `cases` cases, each with a long Chinese description, a contact and an
// evidence blob, so the file spans many pages and every page kind (tables, indexes, FTS,
// overflow). Deterministic for a given seed.
inline void fillStore(wc::core::CaseStore& store, int cases, unsigned seed = 7)
{
    using namespace Qt::Literals::StringLiterals;
    std::mt19937 rng(seed);
    for (int i = 0; i < cases; ++i) {
        wc::core::CaseRecord record;
        record.title = u"支付宝重复扣款 第%1号"_s.arg(i);
        record.family = u"transaction"_s;
        record.description = u"同一笔订单被扣款两次，客服承诺三个工作日内退款。"_s.repeated(20);
        auto id = store.createCase(record);
        ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
        wc::core::Contact contact;
        contact.caseId = *id;
        contact.occurredAt = 1'760'000'000'000 + i;
        contact.channel = u"hotline"_s;
        contact.summary = u"客服工号 %1 说会回电"_s.arg(i);
        ASSERT_TRUE(store.addContact(contact).ok());
        QByteArray content(3000, Qt::Uninitialized);
        for (char& c : content)
            c = char(rng());
        wc::core::Evidence evidence;
        evidence.caseId = *id;
        evidence.kind = u"screenshot"_s;
        evidence.title = u"截图 %1"_s.arg(i);
        auto added = store.addEvidence(evidence, content);
        ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    }
}

// Every file in a folder with its bytes and mode, to prove an operation changed nothing and left
// nothing behind.
class FolderState
{
public:
    explicit FolderState(const QString& folder) : m_folder(folder)
    {
        const auto entries =
            QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo& entry : entries) {
            QFile file(entry.absoluteFilePath());
            struct stat st {};
            ::stat(QFile::encodeName(entry.absoluteFilePath()).constData(), &st);
            m_files[entry.fileName()] = {file.open(QIODevice::ReadOnly) ? file.readAll()
                                                                        : QByteArray(),
                                         st.st_mode & 07777};
        }
    }

    QStringList names() const
    {
        QStringList out;
        for (const auto& [name, content] : m_files)
            out << name;
        return out;
    }

    // Names of files added, removed or changed since `before`; empty when nothing changed.
    QStringList changedSince(const FolderState& before) const
    {
        using namespace Qt::Literals::StringLiterals;
        QStringList out;
        for (const auto& [name, content] : m_files) {
            const auto it = before.m_files.find(name);
            if (it == before.m_files.end())
                out << u"added "_s + name;
            else if (it->second != content)
                out << u"changed "_s + name;
        }
        for (const auto& [name, content] : before.m_files) {
            if (!m_files.count(name))
                out << u"removed "_s + name;
        }
        return out;
    }

private:
    QString m_folder;
    std::map<QString, std::pair<QByteArray, unsigned>> m_files;
};

inline void expectUnchanged(const FolderState& before, const QString& folder)
{
    EXPECT_EQ(FolderState(folder).changedSince(before).join(u", ").toStdString(), "");
}

} // namespace wc::test
