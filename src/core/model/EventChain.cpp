// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "model/EventChain.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace wc::core::eventchain {

QString genesisHash() { return QString(64, u'0'); }

QString hashOf(const QString& prevHash, qint64 seq, qint64 at, const QString& kind,
               const QString& payload)
{
    // Fields joined by newlines; none of the fixed-format ones can contain a newline, and the
    // payload comes last, so the encoding is unambiguous.
    const QString canonical = prevHash + u'\n' + QString::number(seq) + u'\n'
        + QString::number(at) + u'\n' + kind + u'\n' + payload;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Check verify(const QList<CaseEvent>& events)
{
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    for (const CaseEvent& e : events) {
        if (e.seq != expectedSeq || e.prevHash != prev
            || e.hash != hashOf(e.prevHash, e.seq, e.at, e.kind, e.payload)) {
            return {false, e.seq};
        }
        prev = e.hash;
        ++expectedSeq;
    }
    return {};
}

} // namespace wc::core::eventchain
