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

    // What the card shows of its title and file name when they are too wide for it (the whole
    // text is in the tooltip). A file name keeps its start and end ("Screenshot_2026…89.png");
    // a caption is cut at the end, where words matter least.
    QString shownTitle() const;
    QString shownFileName() const;
    // True when `title` is the file's name (or the part of it the importer made the title),
    // not a caption the user wrote.
    static bool titleIsFileName(const QString& title, const QString& fileName);
    // How a title too wide for its place is cut, here and in the case's gallery: a file-name
    // title in the middle (the digits that tell screenshots apart are at its end), a caption
    // at its end.
    static Qt::TextElideMode titleElideMode(const QString& title, const QString& fileName);

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
    QLabel* m_fileNameLabel;
    QLabel* m_factsLabel;
    QLabel* m_shaLabel;
    QToolButton* m_copyShaButton;
    QToolButton* m_removeButton;
};

} // namespace wc::gui
