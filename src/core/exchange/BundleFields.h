// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

// How each record maps onto a bundle JSON object: one table of (key, member) per record, used
// both to write and to read, so export and import cannot drift apart. Keys are the schema's
// column names. Internal to the exchange code.

#include "exchange/CaseBundle.h"
#include "model/Entities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <climits>
#include <optional>
#include <variant>
#include <vector>

namespace wc::core::bundle {

template <typename T> struct Field
{
    QLatin1String key;
    std::variant<QString T::*, qint64 T::*, int T::*, bool T::*, std::optional<qint64> T::*,
                 std::optional<int> T::*, QStringList T::*>
        member;
};

template <typename T> const std::vector<Field<T>>& fields();

// The first problem found while reading a bundle; later ones are not reported, since one clear
// message is what the user can act on.
class Problems
{
public:
    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    void report(const QString& message, const QString& detail)
    {
        if (!m_error)
            m_error = Error{ErrorCode::InvalidArgument, message, detail};
    }
    // A value of the wrong type at `where` (a JSON path such as "cases[0].title").
    void wrongType(const QString& where, const QString& expected)
    {
        report(CaseBundle::tr("The case bundle cannot be imported: %1 should be %2. The file may "
                              "have been edited by hand or damaged.")
                   .arg(where, expected),
               QStringLiteral("bundle type error at ") + where);
    }

private:
    std::optional<Error> m_error;
};

// Where a value sits in the bundle ("cases[0].title"); the text is built only for a message.
struct Location
{
    const QString& parent;
    QLatin1String key;
    QString path() const { return parent + u'.' + key; }
};

// A JSON number that is a whole number exactly representable as qint64.
inline std::optional<qint64> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    // toInteger() returns the default for fractions and out-of-range values; two defaults tell
    // a genuine value from a fallback.
    const qint64 a = v.toInteger(0);
    if (a != v.toInteger(1))
        return std::nullopt;
    return a;
}

inline QJsonValue toJsonValue(const QString& v)
{
    return v;
}
inline QJsonValue toJsonValue(qint64 v)
{
    return v;
}
inline QJsonValue toJsonValue(int v)
{
    return v;
}
inline QJsonValue toJsonValue(bool v)
{
    return v;
}
inline QJsonValue toJsonValue(const QStringList& v)
{
    return QJsonArray::fromStringList(v);
}
template <typename N> QJsonValue toJsonValue(const std::optional<N>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonObject toJson(const T& record)
{
    QJsonObject out;
    for (const Field<T>& f : fields<T>())
        std::visit([&](auto member) { out.insert(f.key, toJsonValue(record.*member)); }, f.member);
    return out;
}

// Reads one value into `target`. An absent key keeps the record's default; null is accepted only
// for optional values.
inline void readValue(const QJsonValue& v, const Location& at, QString& target, Problems& p)
{
    if (v.isString())
        target = v.toString();
    else
        p.wrongType(at.path(), CaseBundle::tr("text"));
}

inline void readValue(const QJsonValue& v, const Location& at, qint64& target, Problems& p)
{
    if (auto n = wholeNumber(v))
        target = *n;
    else
        p.wrongType(at.path(), CaseBundle::tr("a whole number"));
}

inline void readValue(const QJsonValue& v, const Location& at, int& target, Problems& p)
{
    if (auto n = wholeNumber(v); n && *n >= INT_MIN && *n <= INT_MAX)
        target = int(*n);
    else
        p.wrongType(at.path(), CaseBundle::tr("a whole number"));
}

inline void readValue(const QJsonValue& v, const Location& at, bool& target, Problems& p)
{
    if (v.isBool())
        target = v.toBool();
    else
        p.wrongType(at.path(), CaseBundle::tr("true or false"));
}

template <typename N>
void readValue(const QJsonValue& v, const Location& at, std::optional<N>& target, Problems& p)
{
    if (v.isNull()) {
        target.reset();
        return;
    }
    N value{};
    Problems local;
    readValue(v, at, value, local);
    if (local.ok())
        target = value;
    else
        p.wrongType(at.path(), CaseBundle::tr("a whole number or null"));
}

inline void readValue(const QJsonValue& v, const Location& at, QStringList& target, Problems& p)
{
    const QJsonArray array = v.toArray();
    bool good = v.isArray();
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        good = good && item.isString();
        out << item.toString();
    }
    if (good)
        target = out;
    else
        p.wrongType(at.path(), CaseBundle::tr("a list of texts"));
}

template <typename T>
void fromJson(const QJsonObject& object, const QString& where, T& record, Problems& p)
{
    for (const Field<T>& f : fields<T>()) {
        const auto it = object.constFind(f.key);
        if (it == object.constEnd())
            continue;
        const Location at{where, f.key};
        std::visit([&](auto member) { readValue(*it, at, record.*member, p); }, f.member);
    }
}

// ------------------------------------------------------------------------------ the tables

#define WC_FIELD(key, member)                                                                      \
    Field<Type>                                                                                    \
    {                                                                                              \
        QLatin1String(key), &Type::member                                                          \
    }

template <> inline const std::vector<Field<CaseRecord>>& fields()
{
    using Type = CaseRecord;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),
        WC_FIELD("uuid", uuid),
        WC_FIELD("title", title),
        WC_FIELD("family", family),
        WC_FIELD("subtype", subtype),
        WC_FIELD("status", status),
        WC_FIELD("provider_key", providerKey),
        WC_FIELD("provider_name", providerName),
        WC_FIELD("incident_at", incidentAt),
        // Absent in bundles from before schema 6: the time was taken as known.
        WC_FIELD("incident_time_known", incidentTimeKnown),
        WC_FIELD("amount_minor", amountMinor),
        WC_FIELD("currency", currency),
        WC_FIELD("refs", references),
        WC_FIELD("account_ref", accountRef),
        WC_FIELD("description", description),
        WC_FIELD("remedies", remedies),
        WC_FIELD("remedy_note", remedyNote),
        WC_FIELD("language", language),
        // Absent in bundles from before schema 3: the importing store derives it.
        WC_FIELD("time_zone", timeZone),
        WC_FIELD("wizard_step", wizardStep),
        WC_FIELD("created_at", createdAt),
        WC_FIELD("updated_at", updatedAt),
        WC_FIELD("closed_at", closedAt),
        WC_FIELD("outcome", outcome),
        WC_FIELD("recovered_minor", recoveredMinor),
        WC_FIELD("satisfaction", satisfaction),
        // Absent in bundles from before schema 4: no note.
        WC_FIELD("outcome_note", outcomeNote),
        // Derived from the reminders; written for readers of the bundle, recomputed on import.
        WC_FIELD("next_followup_at", nextFollowUpAt),
    };
    return list;
}

template <> inline const std::vector<Field<ChecklistItem>>& fields()
{
    using Type = ChecklistItem;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),          WC_FIELD("item_key", itemKey),
        WC_FIELD("label", label),    WC_FIELD("position", position),
        WC_FIELD("done_at", doneAt), WC_FIELD("note", note),
    };
    return list;
}

template <> inline const std::vector<Field<TransactionRecord>>& fields()
{
    using Type = TransactionRecord;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),
        WC_FIELD("occurred_at", occurredAt),
        WC_FIELD("counterparty", counterparty),
        WC_FIELD("amount_minor", amountMinor),
        WC_FIELD("currency", currency),
        WC_FIELD("reference", reference),
        WC_FIELD("status", status),
        WC_FIELD("note", note),
        WC_FIELD("source", source),
        WC_FIELD("direction", direction), // absent in bundles of schema 1: a payment
    };
    return list;
}

template <> inline const std::vector<Field<Evidence>>& fields()
{
    using Type = Evidence;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),
        WC_FIELD("kind", kind),
        WC_FIELD("title", title),
        WC_FIELD("note", note),
        WC_FIELD("file_name", fileName),
        WC_FIELD("mime_type", mimeType),
        WC_FIELD("blob_sha256", sha256),
        WC_FIELD("size", size),
        WC_FIELD("captured_at", capturedAt),
        WC_FIELD("added_at", addedAt),
        WC_FIELD("derived_from", derivedFrom),
    };
    return list;
}

template <> inline const std::vector<Field<Contact>>& fields()
{
    using Type = Contact;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),
        WC_FIELD("occurred_at", occurredAt),
        WC_FIELD("channel", channel),
        WC_FIELD("direction", direction),
        WC_FIELD("agent_name", agentName),
        WC_FIELD("agent_id", agentId),
        WC_FIELD("reference", reference),
        WC_FIELD("summary", summary),
        WC_FIELD("promise", promise),
        WC_FIELD("promised_by", promisedBy),
        WC_FIELD("outcome", outcome),
        // Absent in bundles from before schema 6: the time was taken as known.
        WC_FIELD("time_known", timeKnown),
    };
    return list;
}

template <> inline const std::vector<Field<Letter>>& fields()
{
    using Type = Letter;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),
        WC_FIELD("kind", kind),
        WC_FIELD("language", language),
        WC_FIELD("subject", subject),
        WC_FIELD("body", body),
        WC_FIELD("status", status),
        WC_FIELD("sent_at", sentAt),
        WC_FIELD("channel", channel),
        WC_FIELD("reference", reference),
        WC_FIELD("created_at", createdAt),
        WC_FIELD("updated_at", updatedAt),
        WC_FIELD("reply_by", replyBy),
    };
    return list;
}

template <> inline const std::vector<Field<Reminder>>& fields()
{
    using Type = Reminder;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),
        WC_FIELD("kind", kind),
        WC_FIELD("due_at", dueAt),
        WC_FIELD("text", text),
        WC_FIELD("state", state),
        WC_FIELD("snoozed_until", snoozedUntil),
        WC_FIELD("done_at", doneAt),
        WC_FIELD("contact_id", contactId),
        WC_FIELD("created_at", createdAt),
    };
    return list;
}

template <> inline const std::vector<Field<CaseEvent>>& fields()
{
    using Type = CaseEvent;
    static const std::vector<Field<Type>> list{
        WC_FIELD("id", id),     WC_FIELD("seq", seq),         WC_FIELD("at", at),
        WC_FIELD("kind", kind), WC_FIELD("payload", payload), WC_FIELD("prev_hash", prevHash),
        WC_FIELD("hash", hash),
    };
    return list;
}

template <> inline const std::vector<Field<Profile>>& fields()
{
    using Type = Profile;
    // updated_at is left out on purpose: it records an edit in one file, and importing sets it.
    static const std::vector<Field<Type>> list{
        WC_FIELD("name", name),
        WC_FIELD("phone", phone),
        WC_FIELD("email", email),
        WC_FIELD("address", address),
    };
    return list;
}

#undef WC_FIELD

} // namespace wc::core::bundle
