// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include "model/Entities.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QTimeZone>

namespace wc::gui {

class EvidenceIntake;

// The evidence of one case for the gallery, in the intake's order: title (DisplayRole), preview
// or the kind's icon (DecorationRole), and the kind and capture time shown under each. Follows
// the intake: items added, edited and removed appear at once, previews as they are made.
class EvidenceGalleryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        EvidenceIdRole = Qt::UserRole + 1,
        KindTextRole,    // "Screenshot", "File", "Chat log" …
        TimeTextRole,    // when it was captured, or when it was added when that is unknown
        HasPreviewRole,  // bool
        PreviewRole,     // the QImage preview (null while none)
        FileNameRole,    // the file's name as added, to tell a caption from a file-name title
    };

    explicit EvidenceGalleryModel(EvidenceIntake* intake, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Reads the intake's items again (after it was given another case).
    void resetFromIntake();
    const core::Evidence* itemAt(int row) const;
    int rowOf(qint64 evidenceId) const;

    static QString kindText(const QString& kind);
    // "Captured 22/11/2026 09:03" or "Added …" when the capture time is not known.
    // In `zone`, the case's (EvidenceIntake::timeZone).
    static QString timeText(const core::Evidence& item, const QTimeZone& zone);

private:
    void append(const core::Evidence& item);
    void update(const core::Evidence& item);
    void remove(qint64 id);
    void setPreview(const QString& sha256, const QImage& image);

    EvidenceIntake* m_intake;
    QList<core::Evidence> m_items;
    QHash<QString, QImage> m_previews; // by SHA-256; a null image: there is none
};

} // namespace wc::gui
