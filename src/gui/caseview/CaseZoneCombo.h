// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QByteArray>
#include <QComboBox>

namespace wc::gui {

// Picks a case's time zone: the common ones first (mainland China, Hong Kong, the four main US
// zones, London, Paris, Berlin), then the computer's own, then (once the list is opened or
// searched) every other Region/City zone the system knows. Each reads "Los Angeles (Pacific
// Time, UTC-8)" in the UI language, with the IANA id in its tooltip; typing any part of that
// finds it. A zone the list lacks (read from a file) is added so it stays shown. Like the other pickers inside the scrolling Overview, it changes only with the
// keyboard focus: a wheel turned over it scrolls the page instead. Object name:
// caseTimeZoneComboBox.
class CaseZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CaseZoneCombo(QWidget* parent = nullptr);

    // Selects `id`, adding it when it is not listed; emits nothing.
    void setZoneId(const QByteArray& id);
    QByteArray zoneId() const;

    void showPopup() override;
    // What the list shows for `id`: "Los Angeles (Pacific Time, UTC-8)".
    static QString labelFor(const QByteArray& id);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void addZone(const QByteArray& id);
    void listEveryZone();

    bool m_complete = false; // every zone listed, not only the common ones
};

} // namespace wc::gui
