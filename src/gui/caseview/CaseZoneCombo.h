// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QByteArray>
#include <QComboBox>

namespace wc::gui {

// Picks a case's time zone: the common ones first (mainland China, Hong Kong, the four main US
// zones, London, Paris, Berlin), then the computer's own, then (once the list is opened) every
// other zone the system knows by its IANA id. A zone the list lacks (read from a file) is added so
// it stays shown. Like the other pickers inside the scrolling Overview, it changes only with the
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

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    void addZone(const QByteArray& id);

    bool m_complete = false; // every zone listed, not only the common ones
};

} // namespace wc::gui
