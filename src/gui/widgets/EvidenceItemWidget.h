// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;
class QLineEdit;
class QToolButton;

namespace wc::gui {

// One row of EvidenceListEditor: preview, title and note (edited in place), and the facts that
// never change — fingerprint, size, when it was added. It only reports edits; the editor saves.
class EvidenceItemWidget : public QFrame
{
    Q_OBJECT

public:
    // `zone`: the case's time zone, in which "added" is shown.
    EvidenceItemWidget(const core::Evidence& item, const QTimeZone& zone,
                       QWidget* parent = nullptr);

    qint64 evidenceId() const { return m_item.id; }
    const core::Evidence& item() const { return m_item; }
    void setItem(const core::Evidence& item);
    // A null image shows the kind's icon instead.
    void setPreview(const QImage& image);
    bool hasPreview() const { return m_hasPreview; }
    void setReadOnly(bool readOnly);

    // The fingerprint in two lines of four groups, the way fingerprints are read aloud and
    // compared (the evidence viewer shows it the same way).
    static QString groupedSha(const QString& sha256);

signals:
    void edited(qint64 id, const QString& title, const QString& note);
    void removeRequested(qint64 id);

private:
    void commit();
    void showFacts();

    core::Evidence m_item;
    QTimeZone m_zone;
    bool m_hasPreview = false;
    QLabel* m_previewLabel;
    QLineEdit* m_titleLineEdit;
    QLineEdit* m_noteLineEdit;
    QLabel* m_factsLabel;
    QLabel* m_shaLabel;
    QToolButton* m_copyShaButton;
    QToolButton* m_removeButton;
};

} // namespace wc::gui
