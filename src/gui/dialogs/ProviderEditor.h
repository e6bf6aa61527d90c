// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QTableWidget;

namespace wc::gui {

namespace Ui {
class ProviderEditor;
}

// A form for one provider directory entry (names, regions, contact and freeze channels, note),
// so users correct the directory without writing JSON. It reads and writes the entry in the
// shipped format (docs/content.md); fields the form does not show (e.g. "source") are kept.
// Rows left completely empty are dropped from entry(). The layout is ui/ProviderEditor.ui; its
// mnemonics avoid those of ProvidersDialog, which holds it (Save, Add provider, Restore, Close).
// Object names: nameZhLineEdit, nameEnLineEdit, regionsLineEdit, textLanguageComboBox,
// channelsTableWidget, freezeTableWidget, add/removeChannelPushButton,
// add/removeFreezePushButton, noteZhPlainTextEdit, noteEnPlainTextEdit, verifyCheckBox; per row
// of a table a kindComboBox.
class ProviderEditor : public QWidget
{
    Q_OBJECT

public:
    // "Hotline", "In the app" … for a channel kind key.
    static QString channelKindName(const QString& kind);
    // Columns of the two channel tables.
    enum Column
    {
        KindColumn,
        ValueColumn,
        LabelColumn,
        PathColumn,
        NoteColumn,
        VerifyColumn
    };

    explicit ProviderEditor(QWidget* parent = nullptr);
    ~ProviderEditor() override;

    void setEntry(const QJsonObject& entry);
    QJsonObject entry() const;
    void clear();

    // The language whose label/path/note texts the channel tables show ("zh_CN" or "en").
    QString textLanguage() const;
    void setTextLanguage(const QString& language);

    // The name to derive a new provider's key from: English if given, else Chinese.
    QString nameForKey() const;

    // Checks what a user can fix in the form: a name, at least one way to complain, and a
    // number/address or steps on every row. Returns what to fix (empty when nothing) and moves
    // the focus there.
    QString validate();
    // Puts the focus in the first field (the name in the interface language).
    void focusFirstField();

    QTableWidget* channelsTable() const;
    QTableWidget* freezeTable() const;
    // Appends an empty row with the given kind to a channel table and returns its row.
    int addChannelRow(QTableWidget* table, const QString& kind = QStringLiteral("hotline"));

signals:
    void edited();

private:
    void setUpChannelTable(QTableWidget* table);
    void setUpRowButtons(QTableWidget* table, const QString& prefix);
    void fillTable(QTableWidget* table, const QJsonArray& channels);
    // The table's rows as channel objects; `base` holds each row's original object so texts in
    // the other language and unknown fields survive.
    QJsonArray readTable(const QTableWidget* table) const;
    QJsonObject readRow(const QTableWidget* table, int row) const;
    static bool isEmptyChannel(const QJsonObject& channel);
    void storeTableTexts();

    std::unique_ptr<Ui::ProviderEditor> m_ui;
    QJsonObject m_original;
    QString m_textLanguage = QStringLiteral("en");
};

} // namespace wc::gui
