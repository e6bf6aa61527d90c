// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#pragma once

#include <QColor>
#include <QFrame>

#include <functional>

class QLabel;
class QPalette;
class QPushButton;

namespace wc::gui {

// An inline bar above a view for errors and notices that should not interrupt with a dialog.
// Its colours come from the widget's palette, tinted by kind, with the text colour picked for
// contrast (WCAG ratio ≥ 4.5), so the bar reads in light and dark themes alike.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    struct Colours
    {
        QColor background;
        QColor border;
        QColor text;
    };

    explicit MessageBar(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& text);
    // The same with one button (e.g. "&Undo") that runs `action` and hides the bar.
    void showMessage(Kind kind, const QString& text, const QString& actionText,
                     std::function<void()> action);
    QString text() const;

    // The bar's colours for `kind` on `palette`.
    static Colours colours(Kind kind, const QPalette& palette);
    // Styles a note label (a hint inside a form) like a bar of `kind`, from its own palette.
    static void styleNote(QLabel* label, Kind kind);
    // WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrastRatio(const QColor& a, const QColor& b);
    // Of `preferred`, black and white: `preferred` when it reaches 4.5 against `background`,
    // else whichever of black and white contrasts more.
    static QColor readableOn(const QColor& background, const QColor& preferred);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* m_label;
    QPushButton* m_actionButton;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
};

} // namespace wc::gui
