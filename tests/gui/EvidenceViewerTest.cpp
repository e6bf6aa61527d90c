// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The evidence viewer as users met it: a 48-megapixel photo called "damaged", a file cut short
// accepted silently, a 1×1 image left one pixel after "fit", ← → moving the focus between
// toolbar buttons, a window larger than a 1366×768 screen, and one message shown twice.
#include "CaseWorkspaceFixture.h"
#include "gui/caseview/CaseText.h"
#include "gui/caseview/CaseView.h"
#include "gui/dialogs/AppSettings.h"
#include "gui/evidence/EvidenceDetailsPanel.h"
#include "gui/evidence/EvidenceGallery.h"
#include "gui/evidence/EvidenceGalleryModel.h"
#include "gui/evidence/EvidenceImageLoader.h"
#include "gui/evidence/EvidenceImageView.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/widgets/DateTimeField.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/MessageBox.h"
#include "report/Thumbnails.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int TimeoutMs = 120'000; // generous: the machine is shared and slow

QByteArray encode(const QImage& image, const char* format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, format));
    return bytes;
}

QImage picture(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    image.fill(QColor(250, 250, 245));
    QPainter p(&image);
    for (int i = 0; i < 8; ++i)
        p.fillRect(i * width / 8, height / 3, width / 16, height / 3,
                   QColor::fromHsv(i * 40, 180, 220));
    return image;
}

// A phone photo's size, 8000 × 6000, in colour: decoded whole it needs 192 MB at 32 bits, more
// than Qt's 128 MB allocation limit. Made here (24-bit while drawing) and encoded as JPEG.
QByteArray bigPhoto()
{
    return encode(picture(8000, 6000, QImage::Format_RGB888), "JPEG");
}

// With WC_SCREENSHOT_DIR set and a real display (Xvfb, QT_QPA_PLATFORM=xcb), saves the screen
// as the user sees it, to look at the layout.
void screenshotIfAsked(const QString& name)
{
    const QString dir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
    if (dir.isEmpty() || QGuiApplication::platformName() != u"xcb")
        return;
    QTest::qWait(500);
    QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, dir + u'/' + name});
}

class EvidenceViewerTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        AppSettings::setFileForTesting(dir.file(u"walletcase.conf"_s));
        MessageBox::takeAskedCount();
        CaseRecord r;
        r.title = u"Alipay – charged twice"_s;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.providerKey = u"alipay"_s; // its case zone is Beijing time
        auto id = store->createCase(r);
        ASSERT_TRUE(id.ok());
        caseId = *id;
        intake = std::make_unique<EvidenceIntake>();
        intake->setCase(store.get(), caseId);
        ASSERT_TRUE(intake->reload().isEmpty());
    }

    void TearDown() override
    {
        viewer.reset();
        intake.reset();
        AppSettings::setFileForTesting({});
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    // Adds files as the editors do and waits for the batch's report.
    QString add(const QStringList& paths)
    {
        QString report;
        QObject context;
        QObject::connect(intake.get(), &EvidenceIntake::batchReport, &context,
                         [&report](MessageBar::Kind, const QString& text) { report = text; });
        intake->addFiles(paths);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !intake->isBusy(); }, TimeoutMs));
        return report;
    }

    EvidenceViewer* open(int row)
    {
        if (!viewer)
            viewer = std::make_unique<EvidenceViewer>(intake.get());
        viewer->show();
        viewer->showItem(intake->items().at(row).id);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(viewer.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
        return viewer.get();
    }

    QString placeholder() const
    {
        auto* label = viewer->findChild<QLabel*>(u"viewerPlaceholderLabel"_s);
        return label->isVisible() ? label->text() : QString();
    }

    template<typename T = QWidget>
    T* find(const QString& name) const
    {
        auto* w = viewer->findChild<T*>(name);
        EXPECT_TRUE(w) << name.toStdString();
        return w;
    }

    qint64 caseId = 0;
    std::unique_ptr<EvidenceIntake> intake;
    std::unique_ptr<EvidenceViewer> viewer;
};

} // namespace

TEST_F(EvidenceViewerTest, AFortyEightMegapixelPhotoIsShownNotCalledDamaged)
{
    ASSERT_GT(QImageReader::allocationLimit(), 0); // Qt's default, as in a test without main()
    EXPECT_TRUE(add({writeFile(u"IMG_20261128_031400.jpg"_s, bigPhoto())}).isEmpty());
    ASSERT_EQ(intake->items().size(), 1);
    EXPECT_EQ(intake->items().first().kind, u"screenshot"_s);

    open(0);
    EXPECT_TRUE(placeholder().isEmpty()) << placeholder().toStdString();
    EvidenceImageView* view = viewer->imageView();
    ASSERT_FALSE(view->image().isNull());
    // Decoded at a reduced size that stays within the memory budget, measured as the original.
    EXPECT_EQ(view->originalSize(), QSize(8000, 6000));
    EXPECT_LE(qint64(view->image().width()) * view->image().height(),
              EvidenceImageLoader::pixelBudget());
    EXPECT_TRUE(view->isFitToWindow());
    find<QToolButton>(u"actualSizeButton"_s)->click();
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
    EXPECT_EQ(view->widget()->size(), QSize(8000, 6000)); // 100 % is the original's pixels
    const QString facts = find<QLabel>(u"viewerFactsLabel"_s)->text();
    EXPECT_TRUE(facts.contains(u"8000 × 6000"_s)) << facts.toStdString();
    EXPECT_TRUE(facts.contains(u"reduced"_s)) << facts.toStdString();
    EXPECT_TRUE(viewer->message().isEmpty()) << viewer->message().toStdString();
    view->fitToWindow();
    screenshotIfAsked(u"viewer-48mp-photo.png"_s);
}

TEST_F(EvidenceViewerTest, AnImageOverTheAllocationLimitIsTooLargeNotDamaged)
{
    // BMP cannot be decoded at a reduced size: it is decoded whole, then scaled. With the limit
    // at 1 MB a 4 MB image is refused (a PNG for the preview, which is asked for whole).
    const QByteArray png = encode(picture(1000, 1000));
    const QByteArray bmp = encode(picture(1000, 1000), "BMP");
    const int limit = QImageReader::allocationLimit();
    QImageReader::setAllocationLimit(1);
    const DisplayImage shown = EvidenceImageLoader::decode(bmp);
    auto preview = wc::report::Thumbnails::make(png, QSize(1000, 1000));
    QImageReader::setAllocationLimit(limit);
    EXPECT_TRUE(shown.image.isNull());
    EXPECT_TRUE(shown.error.contains(u"too large to show"_s)) << shown.error.toStdString();
    EXPECT_FALSE(shown.error.contains(u"damaged"_s));
    ASSERT_FALSE(preview.ok());
    EXPECT_TRUE(preview.error().message.contains(u"too large to show"_s))
        << preview.error().message.toStdString();

    // Bytes that are no image at all are still called what they are.
    const DisplayImage garbage = EvidenceImageLoader::decode(QByteArray("not an image at all"));
    EXPECT_TRUE(garbage.image.isNull());
    EXPECT_TRUE(garbage.error.contains(u"damaged"_s)) << garbage.error.toStdString();
}

TEST_F(EvidenceViewerTest, AnImageCutShortIsReportedKeptAndMarked)
{
    const QByteArray whole = encode(picture(1200, 900), "JPEG");
    const QByteArray cut = whole.left(whole.size() / 2);
    ASSERT_FALSE(QImage::fromData(cut).isNull()); // Qt decodes it, the rest grey, no error

    const QString report = add({writeFile(u"receipt.jpg"_s, cut)});
    EXPECT_TRUE(report.contains(u"“receipt.jpg” is incomplete: the file was cut short"_s))
        << report.toStdString();
    EXPECT_TRUE(report.contains(u"Add the original again if you have it"_s));
    ASSERT_EQ(intake->items().size(), 1); // kept: what is there may still prove something
    const Evidence item = intake->items().first();
    EXPECT_EQ(item.note, EvidenceIntake::incompleteNote());
    EXPECT_EQ(store->evidence(caseId)->first().note, EvidenceIntake::incompleteNote());

    // The whole file adds without a word.
    EXPECT_TRUE(add({writeFile(u"receipt (original).jpg"_s, whole)}).isEmpty());
    ASSERT_EQ(intake->items().size(), 2);
    EXPECT_TRUE(intake->items().at(1).note.isEmpty());

    // Dropped as raw bytes (from a browser): the same check.
    QString dropped;
    QObject context;
    QObject::connect(intake.get(), &EvidenceIntake::batchReport, &context,
                     [&dropped](MessageBar::Kind, const QString& text) { dropped = text; });
    QMimeData mime;
    // A different fingerprint from the first (one byte more) but still cut short.
    mime.setData(u"image/jpeg"_s, whole.left(whole.size() / 2 + 1));
    intake->addMimeData(&mime, false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !intake->isBusy(); }, TimeoutMs));
    EXPECT_TRUE(dropped.contains(u"is incomplete: the file was cut short"_s)) << dropped.toStdString();
    ASSERT_EQ(intake->items().size(), 3);
    EXPECT_EQ(intake->items().at(2).note, EvidenceIntake::incompleteNote());

    // The viewer shows what there is, and says it is incomplete.
    open(0);
    EXPECT_FALSE(viewer->imageView()->image().isNull());
    EXPECT_TRUE(viewer->message().contains(u"This image is incomplete"_s))
        << viewer->message().toStdString();
    screenshotIfAsked(u"viewer-cut-short.png"_s);
    viewer->next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
    EXPECT_TRUE(viewer->message().isEmpty()) << viewer->message().toStdString();
}

TEST_F(EvidenceViewerTest, FitEnlargesATinyImageToTheView)
{
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::darkRed);
    QImage icon = picture(24, 16);
    add({writeFile(u"pixel.png"_s, encode(pixel)), writeFile(u"icon.png"_s, encode(icon))});
    ASSERT_EQ(intake->items().size(), 2);

    open(0);
    EvidenceImageView* view = viewer->imageView();
    ASSERT_FALSE(view->image().isNull());
    EXPECT_TRUE(view->isFitToWindow());
    const QSize room = view->maximumViewportSize();
    const QSize shown = view->widget()->size();
    // It fills the shorter side of the view, not one pixel.
    EXPECT_GE(qMin(shown.width(), shown.height()), qMin(room.width(), room.height()) - 4);
    EXPECT_LE(shown.width(), room.width());
    EXPECT_LE(shown.height(), room.height());
    // Drawn with its real colour, crisp.
    screenshotIfAsked(u"viewer-1x1-image.png"_s);
    const QImage grabbed = view->widget()->grab().toImage();
    EXPECT_EQ(grabbed.pixelColor(grabbed.rect().center()), QColor(Qt::darkRed));
    // Zoom in from there does not shrink it; Actual size is still one pixel.
    const double fit = view->zoom();
    find<QToolButton>(u"zoomInButton"_s)->click();
    EXPECT_GE(view->zoom(), fit);
    find<QToolButton>(u"actualSizeButton"_s)->click();
    EXPECT_EQ(view->widget()->size(), QSize(1, 1));

    viewer->next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
    view->fitToWindow();
    EXPECT_GT(view->zoom(), 8.0); // 24 × 16 enlarged to fill the view
    // By a whole factor, the largest that fits: one more would not.
    const double factor = view->zoom();
    EXPECT_EQ(factor, std::floor(factor));
    const QSize viewport = view->viewport()->size();
    EXPECT_TRUE(24 * (factor + 1) > viewport.width() || 16 * (factor + 1) > viewport.height());
}

// "Fit" showed a 600 × 400 screenshot at 115 % with its edges cut off behind scroll bars: the
// bars a zoom had left each kept the other one needed. At Fit the whole image is inside the
// viewport with no scroll bars, whatever its size and whatever zoom came before.
TEST_F(EvidenceViewerTest, FitShowsTheWholeImageWithNoScrollBars)
{
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::darkBlue);
    add({writeFile(u"receipt.png"_s, encode(picture(600, 400))),
         writeFile(u"photo.jpg"_s, encode(picture(4000, 3000), "JPEG")),
         writeFile(u"pixel.png"_s, encode(pixel))});
    ASSERT_EQ(intake->items().size(), 3);

    open(0);
    EvidenceImageView* view = viewer->imageView();
    const auto expectWholeImage = [&](QSize original, const char* what) {
        SCOPED_TRACE(what);
        ASSERT_FALSE(view->image().isNull());
        EXPECT_EQ(view->originalSize(), original);
        EXPECT_TRUE(view->isFitToWindow());
        EXPECT_FALSE(view->horizontalScrollBar()->isVisible());
        EXPECT_FALSE(view->verticalScrollBar()->isVisible());
        const QRect shown = view->widget()->geometry(); // in viewport coordinates
        EXPECT_TRUE(view->viewport()->rect().contains(shown))
            << shown.x() << "," << shown.y() << " " << shown.width() << "×" << shown.height()
            << " in " << view->viewport()->width() << "×" << view->viewport()->height();
        // The whole image is drawn: the scale gives the shown size from the original.
        EXPECT_NEAR(shown.width(), original.width() * view->zoom(), 1.0);
        EXPECT_NEAR(shown.height(), original.height() * view->zoom(), 1.0);
        // Enlarged only by whole factors; shrunk as far as needed.
        if (view->zoom() >= 1.0) {
            EXPECT_EQ(view->zoom(), std::floor(view->zoom()));
        }
    };
    const auto waitLoaded = [&] {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
        QApplication::processEvents(); // the stage lays out the page it switched to
    };
    waitLoaded();
    expectWholeImage({600, 400}, "600 × 400");
    // Not stretched to 115 %: it fits at its own size, or shrinks when the window is smaller.
    EXPECT_LE(view->zoom(), 1.0);
    if (view->viewport()->width() >= 600 && view->viewport()->height() >= 400) {
        EXPECT_EQ(view->zoom(), 1.0);
    }
    EXPECT_EQ(find<QLabel>(u"zoomLabel"_s)->text(), u"%1 %"_s.arg(qRound(view->zoom() * 100)));

    // Zoomed in (scroll bars appear), then Fit again: the bars go and the image is whole.
    find<QToolButton>(u"zoomInButton"_s)->click();
    find<QToolButton>(u"zoomInButton"_s)->click();
    QApplication::processEvents();
    EXPECT_TRUE(view->horizontalScrollBar()->isVisible() || view->verticalScrollBar()->isVisible());
    find<QToolButton>(u"fitButton"_s)->click();
    QApplication::processEvents();
    expectWholeImage({600, 400}, "600 × 400 after zooming in");

    viewer->next();
    waitLoaded();
    expectWholeImage({4000, 3000}, "4000 × 3000");
    EXPECT_LT(view->zoom(), 1.0);

    viewer->next();
    waitLoaded();
    expectWholeImage({1, 1}, "1 × 1");
    // A single pixel fills the shorter side.
    EXPECT_EQ(int(view->zoom()), qMin(view->viewport()->width(), view->viewport()->height()));

    // A smaller window keeps it whole too.
    viewer->resize(viewer->width() - 120, viewer->height() - 80);
    QApplication::processEvents();
    expectWholeImage({1, 1}, "1 × 1 in a smaller window");
}

// The report, exactly: a 600 × 400 screenshot in a viewport of its own shape (690 × 460) was
// "fitted" at 115 %, and after a zoom Fit left both scroll bars standing, each because the
// other took room, with the image's edges cut off under them.
TEST(EvidenceImageViewTest, FitInAViewportOfTheImagesShapeIsWholeEvenAfterAZoom)
{
    EvidenceImageView view;
    const int frame = view.frameWidth();
    view.resize(690 + 2 * frame, 460 + 2 * frame);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_EQ(view.maximumViewportSize(), QSize(690, 460));
    view.setImage(picture(600, 400));
    const auto expectWhole = [&](const char* when) {
        SCOPED_TRACE(when);
        QApplication::processEvents();
        EXPECT_TRUE(view.isFitToWindow());
        EXPECT_EQ(view.zoom(), 1.0); // it fits as it is, and cannot be doubled
        EXPECT_FALSE(view.horizontalScrollBar()->isVisible());
        EXPECT_FALSE(view.verticalScrollBar()->isVisible());
        EXPECT_EQ(view.widget()->size(), QSize(600, 400));
        EXPECT_TRUE(view.viewport()->rect().contains(view.widget()->geometry()));
    };
    expectWhole("first shown");
    view.zoomIn();
    view.zoomIn();
    QApplication::processEvents();
    EXPECT_TRUE(view.horizontalScrollBar()->isVisible());
    EXPECT_TRUE(view.verticalScrollBar()->isVisible());
    view.fitToWindow();
    expectWhole("fitted after zooming in");
}

TEST_F(EvidenceViewerTest, ArrowsTurnPagesWhereverTheFocusIsExceptInAField)
{
    QStringList paths;
    for (int i = 0; i < 3; ++i)
        paths << writeFile(u"page %1.png"_s.arg(i + 1), encode(picture(300 + i, 200)));
    add(paths);
    ASSERT_EQ(intake->items().size(), 3);
    open(0);
    viewer->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(viewer.get()));

    const auto press = [](QWidget* w, Qt::Key key) {
        w->setFocus(Qt::OtherFocusReason);
        EXPECT_TRUE(w->hasFocus()) << w->objectName().toStdString();
        QTest::keyClick(QApplication::focusWidget(), key);
    };
    // On the toolbar's buttons, which took ← → to move the focus along the bar.
    auto* fit = find<QToolButton>(u"fitButton"_s);
    press(fit, Qt::Key_Right);
    EXPECT_EQ(viewer->currentRow(), 1);
    EXPECT_TRUE(fit->hasFocus()); // the focus stays where it was
    press(find<QToolButton>(u"zoomInButton"_s), Qt::Key_Right);
    EXPECT_EQ(viewer->currentRow(), 2);
    press(find<QToolButton>(u"previousButton"_s), Qt::Key_Left);
    EXPECT_EQ(viewer->currentRow(), 1);
    // On the side panel's buttons and its check box too.
    press(find<QPushButton>(u"viewerCopyShaButton"_s), Qt::Key_Left);
    EXPECT_EQ(viewer->currentRow(), 0);
    press(find<QCheckBox>(u"viewerCapturedCheckBox"_s), Qt::Key_Right);
    EXPECT_EQ(viewer->currentRow(), 1);
    // Delete on a button removes nothing (it is for the evidence itself).
    press(find<QPushButton>(u"saveOriginalButton"_s), Qt::Key_Delete);
    EXPECT_EQ(MessageBox::takeAskedCount(), 0);
    EXPECT_EQ(intake->items().size(), 3);

    // In a field the arrows move the cursor.
    auto* title = find<QLineEdit>(u"viewerTitleLineEdit"_s);
    press(title, Qt::Key_Left);
    EXPECT_EQ(viewer->currentRow(), 1);
    find<QCheckBox>(u"viewerCapturedCheckBox"_s)->setChecked(true);
    press(find<QWidget>(u"viewerCapturedEdit"_s), Qt::Key_Right);
    EXPECT_EQ(viewer->currentRow(), 1);
    press(find<QWidget>(u"viewerNoteEdit"_s), Qt::Key_Right);
    EXPECT_EQ(viewer->currentRow(), 1);
}

TEST_F(EvidenceViewerTest, TheWindowFitsTheScreenAndRestoresOnlyASizeThatFits)
{
    const QRect free = QGuiApplication::primaryScreen()->availableGeometry();
    add({writeFile(u"a.png"_s, encode(picture(400, 300)))});
    viewer = std::make_unique<EvidenceViewer>(intake.get());
    EXPECT_LE(viewer->width(), int(free.width() * EvidenceViewer::MaxScreenShare));
    EXPECT_LE(viewer->height(), int(free.height() * EvidenceViewer::MaxScreenShare));
    EXPECT_LE(viewer->width(), 1040);

    // A size the user chose that fits comes back.
    const QSize chosen(qMin(free.width(), viewer->minimumSizeHint().width() + 20),
                       free.height() / 2);
    viewer->show();
    viewer->resize(chosen);
    viewer->close();
    viewer = std::make_unique<EvidenceViewer>(intake.get());
    EXPECT_EQ(viewer->size(), chosen);

    // One saved on a bigger screen does not.
    viewer->show();
    viewer->resize(free.width() + 400, free.height() + 300);
    viewer->close();
    viewer = std::make_unique<EvidenceViewer>(intake.get());
    EXPECT_LE(viewer->width(), free.width());
    EXPECT_LE(viewer->height(), free.height());
}

TEST_F(EvidenceViewerTest, CaptureTimeIsADateTimeFieldInTheCasesZone)
{
    add({writeFile(u"a.png"_s, encode(picture(400, 300)))});
    Evidence item = intake->items().first();
    // 2026-11-28 03:14 in Beijing is 2026-11-27 19:14 UTC.
    item.capturedAt = QDateTime(QDate(2026, 11, 28), QTime(3, 14), QTimeZone("Asia/Shanghai"))
                          .toMSecsSinceEpoch();
    ASSERT_TRUE(intake->save(item).isEmpty());
    open(0);
    auto* captured = qobject_cast<DateTimeField*>(find<QWidget>(u"viewerCapturedEdit"_s));
    ASSERT_TRUE(captured); // ignores a passing wheel, four-digit year
    EXPECT_EQ(captured->dateTime().time(), QTime(3, 14));
    EXPECT_EQ(captured->dateTime().date(), QDate(2026, 11, 28));
    EXPECT_EQ(captured->displayFormat(), CaseText::dateTimeFormat());
}

// The Evidence tab inside the case workspace: its messages stand in the tab, once; nothing goes
// up to the window's banner (where it stood a second time, in red, and stayed).
class EvidenceTabMessagesTest : public wc::test::CaseWorkspaceTest
{
};

TEST_F(EvidenceTabMessagesTest, AnEvidenceMessageIsShownOnceAndGoesWithItsCause)
{
    const qint64 id = plainCase(u"PayPal – charged 60.00 instead of 6.00"_s);
    view->show();
    view->showCase(id);
    QSignalSpy errors(view.get(), &CaseView::errorOccurred);
    auto* gallery = find<EvidenceGallery>(u"evidenceGallery"_s);
    auto* addFiles = gallery->findChild<QPushButton*>(u"addFilesButton"_s);
    ASSERT_TRUE(addFiles);

    const QString gone = dir.file(u"moved away.png"_s);
    FileDialog::setNextFileNames({gone});
    addFiles->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !gallery->isBusy(); }, TimeoutMs));
    EXPECT_TRUE(gallery->message().contains(u"“moved away.png” could not be found"_s))
        << gallery->message().toStdString();
    EXPECT_EQ(errors.count(), 0);

    // The file is back where it was and added: the message goes.
    {
        QFile f(gone);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(encode(picture(320, 200)));
    }
    FileDialog::setNextFileNames({gone});
    addFiles->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !gallery->isBusy(); }, TimeoutMs));
    EXPECT_TRUE(gallery->message().isEmpty()) << gallery->message().toStdString();
    EXPECT_EQ(errors.count(), 0);

    // The viewer's own messages stay in the viewer.
    gallery->viewItem(store->evidence(id)->first().id);
    EvidenceViewer* viewer = gallery->viewer();
    ASSERT_TRUE(viewer);
    FileDialog::setNextFileName(dir.file(u"no such folder/copy.png"_s));
    viewer->findChild<QPushButton*>(u"saveOriginalButton"_s)->click();
    EXPECT_FALSE(viewer->message().isEmpty());
    EXPECT_EQ(errors.count(), 0);
    EXPECT_TRUE(gallery->message().isEmpty());
}

TEST_F(EvidenceViewerTest, EvidenceTimesUseTheAppsOneFormatInTheCasesZone)
{
    add({writeFile(u"a.png"_s, encode(picture(40, 30)))});
    const Evidence item = intake->items().first();
    const QTimeZone zone = intake->timeZone();
    ASSERT_EQ(zone.id(), QByteArray("Asia/Shanghai"));
    // Under the thumbnail, as everywhere: CaseText's format, not "yyyy-MM-dd HH:mm".
    EXPECT_EQ(EvidenceGalleryModel::timeText(item, zone),
              u"Added %1"_s.arg(CaseText::dateTime(item.addedAt, zone)));

    // A pasted screenshot is named with the time in the case's zone.
    QMimeData mime;
    mime.setImageData(picture(50, 40));
    intake->addMimeData(&mime, true);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !intake->isBusy(); }, TimeoutMs));
    ASSERT_EQ(intake->items().size(), 2);
    EXPECT_EQ(intake->items().at(1).title,
              u"Pasted screenshot, %1"_s.arg(CaseText::dateTime(clock.nowMs(), zone)));
}
