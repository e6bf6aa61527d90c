// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "guidance/LocalizedText.h"
#include "model/Entities.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace wc::core {

// One way to reach a company or an authority.
struct Channel
{
    QString kind;  // hotline, in_app, web_form, email, social
    QString value; // the phone number, web address, email address or account name
    LocalizedText label;
    LocalizedText path; // in-app menu steps, or what to do on this channel
    LocalizedText note;
    bool verify = false; // not confirmed by us: the note tells the user to check it first
};

struct Provider
{
    enum class Origin
    {
        Shipped,
        Overridden,
        UserAdded
    };

    QString key; // e.g. "alipay"; stored on the case (CaseRecord::providerKey)
    LocalizedText name;
    QStringList regions; // CN, US, UK, EU …
    // What kind of institution it is, which decides the deadlines that apply (clocks.json
    // "provider_kinds"): payment_institution (a Chinese non-bank payment company), card_network,
    // wallet_with_balance (holds the user's money: Reg E applies), card_wallet (passes a bank
    // card through: the card's issuer answers for the payment), bank_network (payments run
    // through the user's bank), bank, insurer. Empty: "wallet".
    QString kind;
    QList<Channel> channels;
    QList<Channel> freeze; // how to freeze the account or report a loss, most direct first
    LocalizedText note;
    bool verify = false;
    QString source; // the public page or rule the entry's facts come from
    Origin origin = Origin::Shipped;

    // True when anything in the entry still needs checking by the user.
    bool needsVerification() const;
};

// A regulator, ombudsman, public complaint platform or police service: the upper rungs of the
// escalation ladder for one region.
struct Regulator
{
    QString key;
    QString region; // CN, US, UK, EU
    QString kind;   // regulator, ombudsman, public_platform, police
    LocalizedText name;
    QList<Channel> channels;
    LocalizedText when; // when it is the right place to go
    LocalizedText note;
    bool verify = false;
    QString source;
};

// The wallets' contact channels and the escalation bodies by region. Shipped as
// resources/data/providers.json (see docs/content.md); the user's corrections and additions are
// stored in the case file as ProviderOverride entries and laid over it with withOverrides().
class ProviderDirectory
{
    Q_DECLARE_TR_FUNCTIONS(wc::core::ProviderDirectory)

public:
    static constexpr int SchemaVersion = 1;
    static constexpr QLatin1String ResourcePath{":/data/providers.json"};

    // The directory shipped inside the application.
    static Result<ProviderDirectory> load();
    static Result<ProviderDirectory> fromJson(const QByteArray& json);

    // This directory with each override replacing the entry of the same key, or added when the
    // key is new. A broken override is skipped, so one bad correction never hides the rest;
    // its error is appended to `problems` when given.
    ProviderDirectory withOverrides(const QList<ProviderOverride>& overrides,
                                    QList<Error>* problems = nullptr) const;
    // Checks an override the way withOverrides() reads it, so an editor can refuse to save a
    // broken one.
    Result<Provider> parseOverride(const ProviderOverride& entry) const;

    int schemaVersion() const { return m_schemaVersion; }
    QString updated() const { return m_updated; }
    const LocalizedText& defaultVerifyNote() const { return m_defaultVerifyNote; }

    const QList<Provider>& providers() const { return m_providers; }
    std::optional<Provider> provider(const QString& key) const;
    // The entry as JSON text: the starting point for a user's correction.
    QString entryJson(const QString& key) const;

    const QList<Regulator>& allRegulators() const { return m_regulators; }
    // The escalation bodies for a region (CN, US, UK or GB, EU), in escalation order.
    QList<Regulator> regulators(const QString& region) const;
    QStringList regions() const;

private:
    int m_schemaVersion = 0;
    QString m_updated;
    LocalizedText m_defaultVerifyNote;
    QList<Provider> m_providers;
    QList<Regulator> m_regulators;
    QHash<QString, QJsonObject> m_entries; // each provider's JSON, for entryJson()
    QSet<QString> m_shippedKeys;
};

} // namespace wc::core
