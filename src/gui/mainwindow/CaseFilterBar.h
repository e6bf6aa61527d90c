// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace wc::gui {

// The row above the case list: filters by status, provider and problem family, and the search
// box. It only reports what the user chose (filterChanged, searchChanged after a short pause in
// typing); the window applies it.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    struct Filter
    {
        QString status;      // a status key; empty: any
        QString providerKey; // empty: any
        QString family;      // empty: any
        bool openOnly = false;

        bool isEmpty() const
        {
            return status.isEmpty() && providerKey.isEmpty() && family.isEmpty() && !openOnly;
        }
    };
    struct ProviderChoice
    {
        QString key;
        QString name;
    };

    explicit CaseFilterBar(QWidget* parent = nullptr);

    Filter filter() const;
    // The providers offered besides "any"; the current choice is kept when still offered.
    void setProviders(const QList<ProviderChoice>& providers);
    // Back to "any" everywhere and an empty search, without emitting (a new file was opened).
    void reset();

    QString searchText() const;
    void focusSearch();
    void clearSearch();
    // How long typing must pause before searchChanged (tests set 0).
    void setSearchDelay(int ms);

signals:
    void filterChanged();
    // The trimmed search text; empty when the search was cleared.
    void searchChanged(const QString& text);
    // ↓ in the search box: the keyboard wants to go on into the results.
    void moveIntoResults();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitSearch();
    // Gives the search field its clear button (once: when text or the keyboard first gets there).
    void enableClearButton();

    QComboBox* m_status;
    QComboBox* m_provider;
    QComboBox* m_family;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QString m_lastSearch;
};

} // namespace wc::gui
