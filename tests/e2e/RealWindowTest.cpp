// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// Real-window checks: a private Xvfb, the real xcb platform plugin, and a screenshot of the X
// screen taken the way a person would (import -window root). Offscreen tests cannot see fonts
// that fail to load, windows that never map, or a page that paints nothing.
#include "XvfbServer.h"
#include "support/TempDir.h"

#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct PixelStats
{
    int distinctColours = 0;
    double dominantShare = 1.0; // share of the most common colour
};

PixelStats stats(const QImage& image, QRect area)
{
    QHash<QRgb, int> counts;
    int total = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            ++counts[image.pixel(x, y)];
            ++total;
        }
    }
    int top = 0;
    for (int n : counts)
        top = std::max(top, n);
    return {int(counts.size()), total ? double(top) / total : 1.0};
}

// Shows `scene` on `display` and returns the screenshot; `subject` gets the geometry of what the
// scene shows (the tool prints it).
QImage shoot(const QString& display, const QString& scene, const QString& language,
             const QString& out, QRect* subject = nullptr)
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"HOME"_s, QFileInfo(out).absolutePath());
    env.insert(u"XDG_CONFIG_HOME"_s, QFileInfo(out).absolutePath() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, QFileInfo(out).absolutePath() + u"/data"_s);
    tool.setProcessEnvironment(env);
    tool.start(QStringLiteral(WC_SCREENSHOT_TOOL),
               {u"--scene"_s, scene, u"--lang"_s, language, u"--out"_s, out});
    EXPECT_TRUE(tool.waitForFinished(90000));
    EXPECT_EQ(tool.exitCode(), 0) << tool.readAllStandardError().toStdString();
    const QString printed = QString::fromUtf8(tool.readAllStandardOutput());
    for (const QString& line : printed.split(u'\n')) {
        const QStringList parts = line.trimmed().split(u' ');
        if (subject && parts.size() == 5 && parts.first() == u"subject:")
            *subject = QRect(parts[1].toInt(), parts[2].toInt(), parts[3].toInt(), parts[4].toInt());
    }
    return QImage(out);
}

class RealWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString problem = m_xvfb.start(1280, 800);
        ASSERT_TRUE(problem.isEmpty()) << qPrintable(problem);
    }
    wc::test::XvfbServer m_xvfb;
    wc::test::TempDir m_dir;
};

TEST_F(RealWindow, TheWizardPaintsARealWindowInEachLanguage)
{
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        const QImage shot = shoot(m_xvfb.display(), u"wizard"_s, language,
                                  m_dir.file(u"wizard-"_s + language + u".png"_s));
        ASSERT_FALSE(shot.isNull()) << qPrintable(language);
        EXPECT_EQ(shot.size(), QSize(1280, 800));
        // A blank screen is one colour; the wizard has text in several shades, radio buttons
        // and buttons. The window sits at the top left, so look there.
        const PixelStats window = stats(shot, QRect(20, 20, 800, 600));
        EXPECT_GT(window.distinctColours, 40) << qPrintable(language);
        EXPECT_LT(window.dominantShare, 0.95) << qPrintable(language);
        // Outside the window the root window stays plain: proof the window has a size.
        const PixelStats outside = stats(shot, QRect(1100, 700, 170, 90));
        EXPECT_LE(outside.distinctColours, 2);
    }
}

TEST_F(RealWindow, TheUrgentSecurityPageIsPainted)
{
    const QImage shot = shoot(m_xvfb.display(), u"wizard-security"_s, u"zh_CN"_s,
                              m_dir.file(u"security.png"_s));
    ASSERT_FALSE(shot.isNull());
    EXPECT_GT(stats(shot, QRect(20, 20, 800, 600)).distinctColours, 40);
}

// Under a real X server the app's own timer finds reminders falling due and the pop-up appears
// by itself, painted, in front of the window, in each language.
TEST_F(RealWindow, ADueReminderPopsUpOnItsOwn)
{
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        QRect popup;
        const QImage shot = shoot(m_xvfb.display(), u"reminder"_s, language,
                                  m_dir.file(u"reminder-"_s + language + u".png"_s), &popup);
        ASSERT_FALSE(shot.isNull()) << qPrintable(language);
        ASSERT_TRUE(popup.isValid()) << "the pop-up's geometry was not reported";
        const QRect inside = popup.intersected(shot.rect()).adjusted(4, 30, -4, -4);
        ASSERT_GT(inside.width(), 300) << qPrintable(language);
        ASSERT_GT(inside.height(), 200) << qPrintable(language);
        // Two reminders with their text, labels and buttons: many shades, no single colour.
        const PixelStats painted = stats(shot, inside);
        EXPECT_GT(painted.distinctColours, 40) << qPrintable(language);
        EXPECT_LT(painted.dominantShare, 0.95) << qPrintable(language);
    }
}

} // namespace
