// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The Evidence tab: the gallery and its viewer. Adding goes through the same intake as the
// wizard's editor (same refusals, same words); every edit is read back from the store.
#include "gui/evidence/EvidenceGallery.h"

#include "gui/evidence/EvidenceFiles.h"
#include "gui/evidence/EvidenceGalleryModel.h"
#include "gui/evidence/EvidenceImageView.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/widgets/EvidenceIntake.h"
#include "gui/widgets/EvidenceItemWidget.h"
#include "gui/widgets/EvidenceListEditor.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/UrlOpener.h"
#include "support/StoreTest.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <gtest/gtest.h>

void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

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
    image.save(&buffer, format);
    return bytes;
}

QImage screenshot(int width, int height, QColor band)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(0, 0, width, height / 6, band);
    p.setPen(Qt::black);
    QFont font = p.font();
    font.setPixelSize(qMax(10, height / 14));
    p.setFont(font);
    p.drawText(QRect(0, height / 4, width, height / 2), Qt::AlignCenter, u"¥ 128.00"_s);
    return image;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A real PNG whose header claims 50000 × 50000 pixels, with a correct CRC so decoders believe it.
QByteArray absurdPng()
{
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::white);
    QByteArray bomb = encode(pixel);
    const auto put = [&bomb](int at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bomb[at + i] = char((value >> (24 - 8 * i)) & 0xff);
    };
    put(16, 50000);
    put(20, 50000);
    put(29, crc32(bomb.mid(12, 17)));
    return bomb;
}

// Saves `widget` as a PNG when WC_SCREENSHOT_DIR names a folder (to look at the layout).
void grabIfAsked(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

class EvidenceGalleryTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        caseId = makeCase(u"WeChat Pay – refund not received"_s);
        gallery = std::make_unique<EvidenceGallery>();
        gallery->resize(900, 560);
        gallery->setCase(store.get(), caseId);
        gallery->show();
        MessageBox::takeAskedCount();
    }

    void TearDown() override
    {
        UrlOpener::setHandlerForTesting({});
        gallery.reset();
        EvidenceFiles::removeTemporaryCopies();
    }

    qint64 makeCase(const QString& title)
    {
        CaseRecord r;
        r.title = title;
        r.family = u"transaction"_s;
        r.subtype = u"refund_not_received"_s;
        auto id = store->createCase(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << name.toStdString();
        f.write(bytes);
        return path;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool waitIdle() { return QTest::qWaitFor([&] { return !gallery->isBusy(); }, TimeoutMs); }

    // Adds files through the file dialog, as the user does, and waits until they are stored.
    void addThroughDialog(const QStringList& paths)
    {
        FileDialog::setNextFileNames(paths);
        button(u"addFilesButton"_s)->click();
        ASSERT_TRUE(waitIdle());
    }

    QList<Evidence> stored(qint64 id = 0)
    {
        auto items = store->evidence(id ? id : caseId);
        EXPECT_TRUE(items.ok());
        return items.ok() ? *items : QList<Evidence>();
    }

    QPushButton* button(const QString& name, QWidget* in = nullptr) const
    {
        auto* b = (in ? in : gallery.get())->findChild<QPushButton*>(name);
        EXPECT_TRUE(b) << name.toStdString();
        return b;
    }

    QListView* view() const { return gallery->findChild<QListView*>(u"evidenceListView"_s); }

    QModelIndex tile(int row) const { return view()->model()->index(row, 0); }

    // Opens the viewer the way a user does: a double-click on the tile.
    EvidenceViewer* openViewer(int row)
    {
        QListView* list = view();
        list->scrollTo(tile(row));
        const QPoint at = list->visualRect(tile(row)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        EvidenceViewer* viewer = gallery->findChild<EvidenceViewer*>(u"evidenceViewer"_s);
        EXPECT_TRUE(viewer && viewer->isVisible());
        return viewer;
    }

    bool waitImage(EvidenceViewer* viewer)
    {
        return QTest::qWaitFor(
            [&] { return !viewer->isLoading() && !viewer->imageView()->image().isNull(); },
            TimeoutMs);
    }

    bool drop(QMimeData* mime)
    {
        const QPoint at(200, 200);
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(gallery.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(gallery.get(), &dropped);
        return dropped.isAccepted();
    }

    qint64 caseId = 0;
    std::unique_ptr<EvidenceGallery> gallery; // declared after the store: destroyed first
};

TEST_F(EvidenceGalleryTest, AddsFilesAndShowsTilesWithTitleKindAndTime)
{
    const QByteArray png = encode(screenshot(1080, 2400, Qt::darkCyan));
    const QByteArray pdf = "%PDF-1.4\n% refund letter\n1 0 obj << >> endobj\ntrailer\n%%EOF\n";
    const QString shot = writeFile(u"退款记录 2026-11-23.png"_s, png);
    const QString letter = writeFile(u"bank letter.pdf"_s, pdf);
    QSignalSpy changed(gallery.get(), &EvidenceGallery::changed);
    EXPECT_FALSE(gallery->findChild<QLabel*>(u"evidenceEmptyLabel"_s)->isHidden());

    addThroughDialog({shot, letter});

    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(gallery->message().isEmpty()) << gallery->message().toStdString();
    EXPECT_EQ(items[0].title, u"退款记录 2026-11-23"_s);
    EXPECT_EQ(items[0].kind, u"screenshot"_s);
    EXPECT_EQ(items[0].sha256, sha256(png));
    EXPECT_EQ(*store->blobData(items[0].sha256), png);
    EXPECT_EQ(items[1].mimeType, u"application/pdf"_s);
    EXPECT_EQ(items[1].kind, u"file"_s);

    ASSERT_EQ(gallery->count(), 2);
    EXPECT_TRUE(view()->isVisible());
    EXPECT_EQ(tile(0).data(Qt::DisplayRole).toString(), u"退款记录 2026-11-23"_s);
    EXPECT_EQ(tile(0).data(EvidenceGalleryModel::KindTextRole).toString(), u"Screenshot"_s);
    EXPECT_EQ(tile(1).data(EvidenceGalleryModel::KindTextRole).toString(), u"File"_s);
    // No capture time yet: the tile says when it was added.
    EXPECT_TRUE(tile(0).data(EvidenceGalleryModel::TimeTextRole).toString().startsWith(u"Added"_s));
    EXPECT_TRUE(tile(0).data(EvidenceGalleryModel::HasPreviewRole).toBool());
    EXPECT_FALSE(tile(1).data(EvidenceGalleryModel::HasPreviewRole).toBool());
    EXPECT_EQ(gallery->selectedId(), items[1].id); // the last one added is selected
    grabIfAsked(gallery.get(), u"gallery.png"_s);

    // A tile cuts a title made from the file name in the middle, a caption at its end.
    const QString fileName = tile(0).data(EvidenceGalleryModel::FileNameRole).toString();
    EXPECT_EQ(QFileInfo(fileName).fileName(), u"退款记录 2026-11-23.png"_s);
    EXPECT_EQ(EvidenceItemWidget::titleElideMode(tile(0).data().toString(), fileName),
              Qt::ElideMiddle);
    EXPECT_EQ(EvidenceItemWidget::titleElideMode(u"The error after the second payment"_s, fileName),
              Qt::ElideRight);
}

TEST_F(EvidenceGalleryTest, PreviewsOfStoredEvidenceAreMadeOffTheGuiThread)
{
    // Content the preview cache has never seen (a colour of its own), stored directly.
    const QByteArray png = encode(screenshot(720, 1280, QColor(12, 34, 56)));
    Evidence e;
    e.caseId = caseId;
    e.kind = u"screenshot"_s;
    e.title = u"stored earlier"_s;
    e.fileName = u"earlier.png"_s;
    e.mimeType = u"image/png"_s;
    e.capturedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30)).toMSecsSinceEpoch();
    ASSERT_TRUE(store->addEvidence(e, png).ok());

    gallery->reload();
    ASSERT_EQ(gallery->count(), 1);
    // Not there at once (it is decoded on a worker), there soon after.
    EXPECT_FALSE(tile(0).data(EvidenceGalleryModel::HasPreviewRole).toBool());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return tile(0).data(EvidenceGalleryModel::HasPreviewRole).toBool(); }, TimeoutMs));
    EXPECT_TRUE(
        tile(0).data(EvidenceGalleryModel::TimeTextRole).toString().startsWith(u"Captured"_s));
}

TEST_F(EvidenceGalleryTest, DropAndPasteUseTheSameImportAsTheWizard)
{
    const QByteArray png = encode(screenshot(300, 600, Qt::red));
    const QString a = writeFile(u"dropped.png"_s, png);
    const QString b = writeFile(u"chat export.txt"_s, "agent: refund in 3 days\n");
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    ASSERT_TRUE(drop(&files));
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(stored().size(), 2);
    EXPECT_EQ(stored()[1].mimeType, u"text/plain"_s);

    const QImage image = screenshot(200, 400, Qt::green);
    QApplication::clipboard()->setImage(image);
    view()->setFocus();
    button(u"pasteButton"_s)->click();
    ASSERT_TRUE(waitIdle());
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[2].kind, u"screenshot"_s);
    EXPECT_EQ(items[2].mimeType, u"image/png"_s);
    EXPECT_TRUE(items[2].title.startsWith(u"Pasted screenshot"_s));
    const QImage back = QImage::fromData(*store->blobData(items[2].sha256), "PNG");
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image);
}

TEST_F(EvidenceGalleryTest, ABatchShowsProgressAndCancelKeepsWholeItemsOnly)
{
    QStringList paths;
    QList<QByteArray> contents;
    for (int i = 0; i < 5; ++i) {
        contents << encode(screenshot(600, 1200, QColor::fromHsv(i * 60, 255, 200)));
        paths << writeFile(u"Screenshot_%1.png"_s.arg(i + 1), contents.last());
    }
    auto* bar = gallery->findChild<QProgressBar*>(u"importProgressBar"_s);
    auto* label = gallery->findChild<QLabel*>(u"importProgressLabel"_s);
    QPushButton* cancel = button(u"cancelImportButton"_s);
    ASSERT_TRUE(bar && label && cancel);
    EXPECT_TRUE(cancel->toolTip().contains(u"already added stay"_s)) << cancel->toolTip().toStdString();

    // What the user sees as each item arrives; Cancel is pressed, as a user would, once two are
    // in (deterministic however fast the machine is).
    QStringList seen;
    int added = 0;
    QObject::connect(gallery.get(), &EvidenceGallery::changed, cancel, [&] {
        seen << u"%1|%2/%3|%4"_s.arg(label->text())
                    .arg(bar->value())
                    .arg(bar->maximum())
                    .arg(bar->isVisible() && cancel->isVisible() ? u"shown"_s : u"hidden"_s);
        if (++added == 2)
            cancel->click();
    });
    gallery->addFiles(paths);
    ASSERT_TRUE(gallery->isBusy());
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(cancel->isVisible());
    ASSERT_TRUE(waitIdle());

    ASSERT_EQ(seen.size(), 2);
    EXPECT_EQ(seen[0], u"Adding 2 of 5…|1/5|shown"_s);
    EXPECT_EQ(seen[1], u"Adding 3 of 5…|2/5|shown"_s);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(gallery->message().contains(u"Stopped adding files: 2 of 5 added"_s))
        << gallery->message().toStdString();

    // Nothing of the stopped batch arrives later (the file being read when Cancel came is
    // dropped), and what is in the case is whole: each item with its full content under its
    // fingerprint, no content without an item, a log entry per item in an intact chain.
    QTest::qWait(300);
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(gallery->count(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(items[i].fileName, u"Screenshot_%1.png"_s.arg(i + 1));
        EXPECT_EQ(items[i].sha256, sha256(contents[i]));
        EXPECT_EQ(items[i].size, contents[i].size());
        EXPECT_EQ(*store->blobData(items[i].sha256), contents[i]);
    }
    EXPECT_EQ(store->blobCount().value(), 2);
    auto problems = store->checkIntegrity();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(u'\n').toStdString();
    auto chain = store->verifyEvents(caseId);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);

    // The rest can be added again, and the two already in are recognised, not doubled.
    gallery->addFiles(paths);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stored().size(), 5);
    EXPECT_EQ(store->blobCount().value(), 5);
}

TEST_F(EvidenceGalleryTest, LimitsAreTheWizardEditorsWithTheSameWords)
{
    const QString huge = dir.file(u"screen recording.mp4"_s);
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(EvidenceIntake::MaxFileBytes + 1)); // sparse: no disk used
    }
    const QString bomb = writeFile(u"bomb.png"_s, absurdPng());
    const QString fake = writeFile(u"receipt.png"_s, "this is text, not a PNG\n");

    addThroughDialog({huge, bomb, fake});

    const QString message = gallery->message();
    EXPECT_TRUE(message.contains(u"“screen recording.mp4” is"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"limit for one piece of evidence"_s));
    EXPECT_TRUE(message.contains(u"too large to preview (50000 × 50000 pixels)"_s));
    EXPECT_TRUE(message.contains(u"“receipt.png” is named like an image, but WalletCase cannot "
                                 "read it as one"_s));
    // The refused file is not there; the other two are kept as files, unchanged, without preview.
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].fileName, u"bomb.png"_s);
    EXPECT_EQ(items[0].kind, u"file"_s);
    EXPECT_EQ(items[1].fileName, u"receipt.png"_s);
    EXPECT_EQ(items[1].kind, u"file"_s);

    // The wizard's editor, given the same files for another case, says exactly the same.
    const qint64 other = makeCase(u"other"_s);
    EvidenceListEditor editor;
    editor.setCase(store.get(), other);
    editor.addFiles({huge, bomb, fake});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor.isBusy(); }, TimeoutMs));
    EXPECT_EQ(editor.message(), message);

    // The viewer says why the bomb is not shown, and does not try to decode it.
    EvidenceViewer* viewer = openViewer(0);
    ASSERT_TRUE(viewer);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
    EXPECT_TRUE(viewer->imageView()->image().isNull());
    EXPECT_TRUE(viewer->findChild<QLabel*>(u"viewerPlaceholderLabel"_s)
                    ->text()
                    .contains(u"too large to show here (50000 × 50000 pixels)"_s));
}

TEST_F(EvidenceGalleryTest, ViewerEditsAreSavedAtOnce)
{
    const QByteArray png = encode(screenshot(400, 800, Qt::blue));
    addThroughDialog({writeFile(u"shot.png"_s, png)});
    const qint64 id = stored().first().id;
    QSignalSpy changed(gallery.get(), &EvidenceGallery::changed);
    EvidenceViewer* viewer = openViewer(0);
    ASSERT_TRUE(viewer);
    EXPECT_EQ(viewer->currentId(), id);

    auto* title = viewer->findChild<QLineEdit*>(u"viewerTitleLineEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Refund promised on the phone"_s);
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(store->evidenceById(id)->title, u"Refund promised on the phone"_s);
    // The tile follows at once.
    EXPECT_EQ(tile(0).data(Qt::DisplayRole).toString(), u"Refund promised on the phone"_s);

    auto* note = viewer->findChild<QPlainTextEdit*>(u"viewerNoteEdit"_s);
    note->setFocus();
    QTest::keyClicks(note, u"Agent 1234 said three days"_s);
    // Saved when typing pauses, without any further action.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return store->evidenceById(id)->note == u"Agent 1234 said three days"_s; },
        TimeoutMs));

    auto* known = viewer->findChild<QCheckBox*>(u"viewerCapturedCheckBox"_s);
    auto* captured = viewer->findChild<QDateTimeEdit*>(u"viewerCapturedEdit"_s);
    EXPECT_FALSE(known->isChecked());
    EXPECT_FALSE(captured->isEnabled());
    const QDateTime when(QDate(2026, 11, 23), QTime(12, 46, 0));
    captured->setDateTime(when); // not yet known: nothing to save
    known->click();
    EXPECT_EQ(store->evidenceById(id)->capturedAt, when.toMSecsSinceEpoch());
    captured->setFocus();
    captured->setDateTime(when.addSecs(3600));
    QTest::keyClick(captured, Qt::Key_Return); // editing finished
    EXPECT_EQ(store->evidenceById(id)->capturedAt, when.addSecs(3600).toMSecsSinceEpoch());
    EXPECT_TRUE(tile(0).data(EvidenceGalleryModel::TimeTextRole).toString().startsWith(u"Captured"_s));
    known->click();
    EXPECT_FALSE(store->evidenceById(id)->capturedAt.has_value());

    auto* kind = viewer->findChild<QComboBox*>(u"viewerKindComboBox"_s);
    const int email = kind->findData(u"email"_s);
    ASSERT_GE(email, 0);
    kind->setCurrentIndex(email);
    emit kind->activated(email);
    EXPECT_EQ(store->evidenceById(id)->kind, u"email"_s);

    // An empty title is not saved: every item needs a name in the letter.
    title->setFocus();
    title->clear();
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(store->evidenceById(id)->title, u"Refund promised on the phone"_s);
    EXPECT_EQ(title->text(), u"Refund promised on the phone"_s);
    EXPECT_GE(changed.count(), 5);

    // The fingerprint is shown whole and copied whole.
    const QString sha = sha256(png);
    EXPECT_EQ(viewer->findChild<QLabel*>(u"viewerShaLabel"_s)->text().remove(u' ').remove(u'\n'),
              sha);
    viewer->findChild<QPushButton*>(u"viewerCopyShaButton"_s)->click();
    EXPECT_EQ(QApplication::clipboard()->text(), sha);
}

TEST_F(EvidenceGalleryTest, ViewerTurnsPagesAndZooms)
{
    QStringList paths;
    const QList<QColor> colours{Qt::red, Qt::darkGreen, Qt::blue};
    for (int i = 0; i < 3; ++i)
        paths << writeFile(u"page %1.png"_s.arg(i + 1),
                           encode(screenshot(1080, 2400, colours.at(i))));
    paths << writeFile(u"chat.txt"_s, "客服：已退款\nme: not received\n");
    addThroughDialog(paths);
    ASSERT_EQ(gallery->count(), 4);

    EvidenceViewer* viewer = openViewer(0);
    ASSERT_TRUE(viewer);
    viewer->resize(1040, 720);
    auto* position = viewer->findChild<QLabel*>(u"positionLabel"_s);
    EXPECT_EQ(viewer->currentRow(), 0);
    EXPECT_EQ(position->text(), u"1 of 4"_s);
    EXPECT_FALSE(viewer->findChild<QToolButton*>(u"previousButton"_s)->isEnabled());
    ASSERT_TRUE(waitImage(viewer));

    // The image fits the window: a phone screenshot is shown reduced.
    EvidenceImageView* image = viewer->imageView();
    EXPECT_TRUE(image->isFitToWindow());
    EXPECT_LT(image->zoom(), 1.0);
    const double fit = image->zoom();
    auto* zoomLabel = viewer->findChild<QLabel*>(u"zoomLabel"_s);
    EXPECT_EQ(zoomLabel->text(), u"%1 %"_s.arg(qRound(fit * 100)));
    viewer->findChild<QToolButton*>(u"zoomInButton"_s)->click();
    EXPECT_GT(image->zoom(), fit);
    EXPECT_FALSE(image->isFitToWindow());
    viewer->findChild<QToolButton*>(u"actualSizeButton"_s)->click();
    EXPECT_DOUBLE_EQ(image->zoom(), 1.0);
    EXPECT_EQ(zoomLabel->text(), u"100 %"_s);
    // At 100 % a phone screenshot is taller than the window: it scrolls.
    EXPECT_GT(image->verticalScrollBar()->maximum(), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return image->verticalScrollBar()->isVisible(); }, 5000));
    viewer->findChild<QToolButton*>(u"zoomInButton"_s)->click();
    EXPECT_GT(image->zoom(), 1.0);
    viewer->findChild<QToolButton*>(u"zoomOutButton"_s)->click();
    viewer->findChild<QToolButton*>(u"zoomOutButton"_s)->click();
    EXPECT_LT(image->zoom(), 1.0);
    QTest::keyClick(viewer, Qt::Key_0, Qt::ControlModifier); // fit again
    EXPECT_TRUE(image->isFitToWindow());
    EXPECT_DOUBLE_EQ(image->zoom(), fit);
    QTest::keyClick(viewer, Qt::Key_1, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(image->zoom(), 1.0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return image->verticalScrollBar()->isVisible(); }, 5000));
    grabIfAsked(viewer, u"viewer.png"_s);
    QTest::keyClick(viewer, Qt::Key_0, Qt::ControlModifier);
    QTest::qWait(20); // the scroll bars follow on the next turn of the event loop
    grabIfAsked(viewer, u"viewer-fit.png"_s);
    QTest::keyClick(viewer, Qt::Key_1, Qt::ControlModifier);

    // Arrow keys on the image, Page Up/Down anywhere but in a text field.
    image->setFocus();
    QTest::keyClick(image, Qt::Key_Right);
    EXPECT_EQ(viewer->currentRow(), 1);
    EXPECT_EQ(position->text(), u"2 of 4"_s);
    QTest::keyClick(viewer, Qt::Key_PageDown);
    EXPECT_EQ(viewer->currentRow(), 2);
    // The zoom chosen stays for the next image; it is a way of looking, not a property.
    ASSERT_TRUE(waitImage(viewer));
    EXPECT_DOUBLE_EQ(image->zoom(), 1.0);
    viewer->findChild<QToolButton*>(u"nextButton"_s)->click();
    EXPECT_EQ(viewer->currentRow(), 3);
    // The chat log is shown as text; the arrows still turn pages there.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
    auto* text = viewer->findChild<QPlainTextEdit*>(u"viewerTextView"_s);
    EXPECT_TRUE(text->isVisible());
    EXPECT_TRUE(text->toPlainText().contains(u"客服：已退款"_s));
    EXPECT_FALSE(viewer->findChild<QToolButton*>(u"nextButton"_s)->isEnabled());
    QTest::keyClick(text, Qt::Key_Right); // the last one: nothing after it
    EXPECT_EQ(viewer->currentRow(), 3);
    QTest::keyClick(text, Qt::Key_PageUp);
    EXPECT_EQ(viewer->currentRow(), 2);
    QTest::keyClick(viewer, Qt::Key_Home);
    EXPECT_EQ(viewer->currentRow(), 0);
    QTest::keyClick(viewer, Qt::Key_End);
    EXPECT_EQ(viewer->currentRow(), 3);
    image->setFocus();
    QTest::keyClick(viewer, Qt::Key_Left);
    EXPECT_EQ(viewer->currentRow(), 2);

    // In the title field the arrows move the cursor, not the page.
    auto* title = viewer->findChild<QLineEdit*>(u"viewerTitleLineEdit"_s);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Left);
    EXPECT_EQ(viewer->currentRow(), 2);

    // Closing leaves the last item seen selected in the gallery; Enter opens it again.
    viewer->close();
    EXPECT_EQ(gallery->selectedId(), stored()[2].id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !gallery->viewer(); }, 5000));
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Return);
    ASSERT_TRUE(gallery->viewer());
    EXPECT_TRUE(gallery->viewer()->isVisible());
    EXPECT_EQ(gallery->viewer()->currentRow(), 2);
}

TEST_F(EvidenceGalleryTest, SavesTheOriginalByteForByte)
{
    // JPEG bytes exactly as the phone wrote them (never re-encoded on the way out).
    const QByteArray jpeg = encode(screenshot(640, 1136, Qt::magenta), "JPEG");
    addThroughDialog({writeFile(u"IMG_0001.jpg"_s, jpeg)});
    gallery->selectItem(stored().first().id);

    const QString target = dir.file(u"saved/IMG copy.jpg"_s);
    QDir().mkpath(dir.file(u"saved"_s));
    FileDialog::setNextFileName(target);
    button(u"saveOriginalButton"_s)->click();
    EXPECT_EQ(readFile(target), jpeg);
    EXPECT_TRUE(gallery->message().isEmpty());

    // From the viewer too, over an existing file.
    EvidenceViewer* viewer = openViewer(0);
    ASSERT_TRUE(viewer);
    QFile::remove(target);
    QFile old(target);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("an older, longer file that must be replaced completely............");
    old.close();
    FileDialog::setNextFileName(target);
    button(u"saveOriginalButton"_s, viewer)->click();
    EXPECT_EQ(readFile(target), jpeg);

    // Cancel writes nothing and says nothing.
    FileDialog::setNextFileName(QString());
    button(u"saveOriginalButton"_s, viewer)->click();
    EXPECT_TRUE(viewer->message().isEmpty());

    // A folder that does not exist: a clear message, no file.
    const QString nowhere = dir.file(u"no such folder/copy.jpg"_s);
    FileDialog::setNextFileName(nowhere);
    QSignalSpy errors(viewer, &EvidenceViewer::errorOccurred);
    button(u"saveOriginalButton"_s, viewer)->click();
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_TRUE(viewer->message().contains(u"could not be saved as"_s)) << viewer->message().toStdString();
    EXPECT_TRUE(viewer->message().contains(u"Check that the folder exists"_s));
}

TEST_F(EvidenceGalleryTest, OpensNonImagesWithTheSystemViewerFromATemporaryCopy)
{
    const QByteArray pdf = "%PDF-1.4\n% the provider's reply\ntrailer\n%%EOF\n";
    addThroughDialog({writeFile(u"reply:1?.pdf"_s, pdf)});
    QList<QUrl> opened;
    UrlOpener::setHandlerForTesting([&opened](const QUrl& url) {
        opened << url;
        return true;
    });

    EvidenceViewer* viewer = openViewer(0);
    ASSERT_TRUE(viewer);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !viewer->isLoading(); }, TimeoutMs));
    EXPECT_TRUE(viewer->findChild<QLabel*>(u"viewerPlaceholderLabel"_s)->isVisible());
    grabIfAsked(viewer, u"viewer-pdf.png"_s);
    button(u"openExternallyButton"_s, viewer)->click();
    ASSERT_EQ(opened.size(), 1);
    ASSERT_TRUE(opened.first().isLocalFile());
    const QString copy = opened.first().toLocalFile();
    EXPECT_EQ(readFile(copy), pdf);
    EXPECT_TRUE(copy.startsWith(EvidenceFiles::temporaryFolder() + u'/'));
    EXPECT_TRUE(copy.endsWith(u"reply_1_.pdf"_s)); // a name every file system takes
    EXPECT_EQ(QFile::permissions(copy) & (QFile::ReadOther | QFile::ReadGroup), 0);

    // The gallery's button does the same.
    button(u"openExternallyButton"_s)->click();
    ASSERT_EQ(opened.size(), 2);
    EXPECT_EQ(readFile(opened.last().toLocalFile()), pdf);

    // When nothing opens it, the user is told what to do instead.
    UrlOpener::setHandlerForTesting([](const QUrl&) { return false; });
    button(u"openExternallyButton"_s, viewer)->click();
    EXPECT_TRUE(viewer->message().contains(u"No program on this computer opens"_s));

    // The copies go when the application quits (and with them the folder).
    const QString folder = EvidenceFiles::temporaryFolder();
    EvidenceFiles::removeTemporaryCopies();
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_FALSE(QDir(folder).exists());
}

TEST_F(EvidenceGalleryTest, DeleteAsksAndTheBlobGoesOnlyWhenNoEvidenceUsesIt)
{
    const QByteArray png = encode(screenshot(300, 500, Qt::darkYellow));
    const QString path = writeFile(u"shared.png"_s, png);
    addThroughDialog({path, writeFile(u"other.txt"_s, "other\n")});
    // The same screenshot is evidence in a second case too.
    const qint64 second = makeCase(u"second case"_s);
    EvidenceGallery other;
    other.setCase(store.get(), second);
    other.addFiles({path});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !other.isBusy(); }, TimeoutMs));
    ASSERT_EQ(stored(second).size(), 1);
    EXPECT_EQ(*store->blobCount(), 2);

    const qint64 id = stored().first().id;
    gallery->selectItem(id);
    MessageBox::setNextChoice(EvidenceIntake::KeepItem);
    button(u"deleteEvidenceButton"_s)->click();
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"shared"_s));
    EXPECT_EQ(stored().size(), 2);

    MessageBox::setNextChoice(EvidenceIntake::RemoveItem);
    QTest::keyClick(view(), Qt::Key_Delete);
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(gallery->count(), 1);
    // Still used by the second case: the content stays.
    EXPECT_EQ(*store->blobCount(), 2);
    EXPECT_EQ(*store->blobData(sha256(png)), png);
    EXPECT_EQ(gallery->selectedId(), stored().first().id); // its neighbour is selected

    // Deleted from the viewer in the second case: now nothing uses it, and it is gone.
    other.selectItem(stored(second).first().id);
    other.viewSelected();
    ASSERT_TRUE(other.viewer());
    MessageBox::setNextChoice(EvidenceIntake::RemoveItem);
    button(u"deleteEvidenceButton"_s, other.viewer())->click();
    EXPECT_TRUE(stored(second).isEmpty());
    EXPECT_EQ(*store->blobCount(), 1);
    EXPECT_FALSE(store->blobData(sha256(png)).ok());
    // The viewer had nothing left to show and closed.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !other.viewer() || !other.viewer()->isVisible(); },
                                5000));
}

TEST_F(EvidenceGalleryTest, DeletingInTheViewerShowsTheNextItem)
{
    addThroughDialog({writeFile(u"a.txt"_s, "a\n"), writeFile(u"b.txt"_s, "b\n"),
                      writeFile(u"c.txt"_s, "c\n")});
    const QList<Evidence> items = stored();
    EvidenceViewer* viewer = openViewer(1);
    ASSERT_TRUE(viewer);
    EXPECT_EQ(viewer->currentId(), items[1].id);
    MessageBox::setNextChoice(EvidenceIntake::RemoveItem);
    QTest::keyClick(viewer->findChild<QPlainTextEdit*>(u"viewerTextView"_s), Qt::Key_Delete);
    EXPECT_EQ(stored().size(), 2);
    EXPECT_EQ(viewer->currentId(), items[2].id);
    EXPECT_EQ(viewer->findChild<QLabel*>(u"positionLabel"_s)->text(), u"2 of 2"_s);
}

} // namespace
