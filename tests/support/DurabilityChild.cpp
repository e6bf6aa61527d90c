// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The writer DurabilityTest kills: opens the case file named on the command line (creating it if
// missing), then commits numbered edits one transaction each, writing "N\n" to stdout right after
// edit N has committed. Numbering continues after the highest edit already in the file.
#include "store/CaseStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace wc::core;
using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const char* what, const Error& error)
{
    std::fprintf(stderr, "wc_durability_child: %s: %s\n", what, qPrintable(error.detail));
    return 3;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <case file>\n", argv[0]);
        return 2;
    }
    CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto opened = CaseStore::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened)
        return fail("open", opened.error());
    CaseStore& store = **opened;

    auto existing = store.database().queryInt(u"SELECT ifnull(min(id), 0) FROM cases"_s);
    if (!existing)
        return fail("find case", existing.error());
    qint64 caseId = *existing;
    if (caseId == 0) {
        CaseRecord record;
        record.title = u"耐久性测试"_s;
        record.family = u"service"_s;
        auto created = store.createCase(record);
        if (!created)
            return fail("create case", created.error());
        caseId = *created;
    }
    auto contacts = store.contacts(caseId);
    if (!contacts)
        return fail("read contacts", contacts.error());
    qint64 edit = 0;
    for (const Contact& contact : *contacts) {
        if (contact.summary.startsWith(u"edit "_s))
            edit = std::max(edit, contact.summary.mid(5).toLongLong());
    }

    // Bounded, so a writer whose parent died does not run forever.
    for (int i = 0; i < 100'000; ++i) {
        ++edit;
        Contact contact;
        contact.caseId = caseId;
        contact.occurredAt = edit;
        contact.channel = u"hotline"_s;
        contact.summary = u"edit %1"_s.arg(edit);
        if (auto added = store.addContact(contact); !added)
            return fail("add contact", added.error());
        char line[32];
        const int length = std::snprintf(line, sizeof line, "%lld\n", edit);
        if (::write(STDOUT_FILENO, line, size_t(length)) != length)
            return 4;
    }
    return 0;
}
