// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// The evidence editor (wizard page 4 and the case pane): every way in (file dialog, drop, paste,
// chat log), every refusal with its message, and the store read back to prove what arrived.
#include "gui/widgets/EvidenceListEditor.h"

#include "gui/widgets/ChatLogDialog.h"
#include "gui/widgets/EvidenceItemWidget.h"
#include "gui/widgets/MessageBar.h"
#include "gui/widgets/MessageBox.h"
#include "gui/wizard/EvidencePage.h"
#include "gui/wizard/WizardSession.h"
#include "guidance/ProviderDirectory.h"
#include "support/StoreTest.h"
#include "support/Unprivileged.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <gtest/gtest.h>

// Readable failures: GoogleTest finds this by argument-dependent lookup (QString is global).
void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

using namespace wc::core;
using namespace wc::gui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int BatchTimeoutMs = 120'000; // generous: the machine is shared and slow

QByteArray encode(const QImage& image, const char* format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage screenshot(int width, int height, QColor band = Qt::blue)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(0, 0, width, height / 8, band);
    p.setPen(Qt::black);
    p.drawText(QRect(0, height / 4, width, height / 2), Qt::AlignCenter, u"¥ 128.00"_s);
    return image;
}

// A phone screenshot with enough detail that encoding and decoding it is real work.
QImage busyScreenshot(quint32 seed)
{
    QImage image = screenshot(1080, 2400, QColor::fromHsv(int(seed * 40 % 360), 200, 200));
    QRandomGenerator random(seed);
    for (int y = 300; y < 2400; y += 2) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < 1080; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    return image;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Chinese arrives through an input method, which commits whole strings (QTest's key clicks only
// know ASCII).
void typeWithInputMethod(QWidget* widget, const QString& text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
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

void putBigEndian(QByteArray& bytes, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (24 - 8 * i)) & 0xff);
}

// A real PNG whose header claims 50000 × 50000 pixels (a decompression bomb, or a corrupt
// header), with a correct CRC so decoders read the header and believe it.
QByteArray absurdPng()
{
    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(Qt::white);
    QByteArray bomb = encode(pixel);
    putBigEndian(bomb, 16, 50000); // IHDR width
    putBigEndian(bomb, 20, 50000); // IHDR height
    putBigEndian(bomb, 29, crc32(bomb.mid(12, 17)));
    return bomb;
}

class EvidenceListEditorTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        caseId = makeCase(u"PayPal – Duplicate charge"_s);
        editor = std::make_unique<EvidenceListEditor>();
        editor->resize(760, 520);
        editor->setCase(store.get(), caseId);
        MessageBox::takeAskedCount();
    }

    qint64 makeCase(const QString& title)
    {
        CaseRecord r;
        r.title = title;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
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

    QByteArray readFile(const QString& path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    bool waitIdle(EvidenceListEditor& e)
    {
        return QTest::qWaitFor([&] { return !e.isBusy(); }, BatchTimeoutMs);
    }
    bool waitIdle() { return waitIdle(*editor); }

    QList<Evidence> stored(qint64 id = 0)
    {
        auto items = store->evidence(id ? id : caseId);
        EXPECT_TRUE(items.ok());
        return items.ok() ? *items : QList<Evidence>();
    }

    QList<EvidenceItemWidget*> rows() const
    {
        return editor->findChildren<EvidenceItemWidget*>(u"evidenceItemWidget"_s);
    }

    EvidenceItemWidget* rowFor(qint64 id) const
    {
        for (EvidenceItemWidget* row : rows()) {
            if (row->evidenceId() == id)
                return row;
        }
        return nullptr;
    }

    QPushButton* button(const QString& name) const
    {
        auto* b = editor->findChild<QPushButton*>(name);
        EXPECT_TRUE(b) << name.toStdString();
        return b;
    }

    // Drags `mime` onto the editor as a window system would: enter, then drop.
    bool drop(QMimeData* mime)
    {
        const QPoint at(100, 200);
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editor.get(), &dropped);
        return dropped.isAccepted();
    }

    qint64 caseId = 0;
    std::unique_ptr<EvidenceListEditor> editor; // declared after the store: destroyed first
};

TEST_F(EvidenceListEditorTest, AddsFilesFromTheFileDialogAndStoresEveryField)
{
    const QByteArray png = encode(screenshot(1080, 2400));
    const QByteArray pdf = "%PDF-1.4\n% statement lines\n1 0 obj << >> endobj\ntrailer\n%%EOF\n";
    const QString shot = writeFile(u"支付记录 2026-03-01 😀.png"_s, png);
    const QString statement = writeFile(u"card statement March.pdf"_s, pdf);
    QSignalSpy changed(editor.get(), &EvidenceListEditor::changed);

    FileDialog::setNextFileNames({shot, statement});
    button(u"addFilesButton"_s)->click();
    ASSERT_TRUE(waitIdle());

    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(editor->count(), 2);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_TRUE(editor->message().isEmpty()) << editor->message().toStdString();

    const Evidence& a = items[0];
    EXPECT_EQ(a.caseId, caseId);
    EXPECT_EQ(a.title, u"支付记录 2026-03-01 😀"_s);
    EXPECT_EQ(a.fileName, u"支付记录 2026-03-01 😀.png"_s);
    EXPECT_EQ(a.kind, u"screenshot"_s);
    EXPECT_EQ(a.mimeType, u"image/png"_s);
    EXPECT_EQ(a.sha256, sha256(png));
    EXPECT_EQ(a.size, png.size());
    EXPECT_EQ(a.note, QString());
    EXPECT_EQ(a.addedAt, clock.nowMs());
    EXPECT_EQ(store->blobData(a.sha256).value(), png);

    const Evidence& b = items[1];
    EXPECT_EQ(b.title, u"card statement March"_s);
    EXPECT_EQ(b.kind, u"file"_s);
    EXPECT_EQ(b.mimeType, u"application/pdf"_s);
    EXPECT_EQ(b.sha256, sha256(pdf));
    EXPECT_EQ(b.size, pdf.size());

    // The screenshot previews; the PDF shows an icon. Every row shows its whole fingerprint.
    ASSERT_TRUE(rowFor(a.id) && rowFor(b.id));
    EXPECT_TRUE(rowFor(a.id)->hasPreview());
    EXPECT_FALSE(rowFor(b.id)->hasPreview());
    const QString shown = rowFor(a.id)->findChild<QLabel*>(u"shaLabel"_s)->text();
    EXPECT_EQ(shown.simplified().remove(u' '), a.sha256);
}

TEST_F(EvidenceListEditorTest, CancelledFileDialogAddsNothing)
{
    FileDialog::setNextFileNames({});
    button(u"addFilesButton"_s)->click();
    EXPECT_FALSE(editor->isBusy());
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(EvidenceListEditorTest, OddFileNamesWork)
{
    const QString longName = QString(118, u'a') + u"😀😀😀😀😀😀😀😀😀😀.png"_s;
    const QStringList names{u"微信支付 截图 (1).png"_s, u"  spaces  .txt"_s,
                            u"🧾receipt🧾.txt"_s, longName, u".hidden-notes"_s};
    QStringList paths;
    for (int i = 0; i < names.size(); ++i)
        paths << writeFile(names[i], encode(screenshot(40 + i, 40)));
    editor->addFiles(paths);
    ASSERT_TRUE(waitIdle());

    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), names.size()) << editor->message().toStdString();
    for (int i = 0; i < names.size(); ++i)
        EXPECT_EQ(items[i].fileName, names[i]);
    EXPECT_EQ(items[0].title, u"微信支付 截图 (1)"_s);
    EXPECT_EQ(items[1].title, u"  spaces  "_s);
    EXPECT_EQ(items[2].title, u"🧾receipt🧾"_s);
    // A long title is cut, never in the middle of an emoji; the file name stays whole.
    EXPECT_EQ(items[3].title, QString(118, u'a') + u'…');
    EXPECT_EQ(items[4].title, u".hidden-notes"_s);
}

TEST_F(EvidenceListEditorTest, EditsTitleAndNoteInPlaceAndSavesAtOnce)
{
    editor->addFiles({writeFile(u"IMG_0001.png"_s, encode(screenshot(200, 400)))});
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(rows().size(), 1);
    editor->show();
    EvidenceItemWidget* row = rows().first();
    auto* title = row->findChild<QLineEdit*>(u"titleLineEdit"_s);
    auto* note = row->findChild<QLineEdit*>(u"noteLineEdit"_s);

    title->selectAll();
    QTest::keyClicks(title, u"Error shown at checkout"_s);
    QTest::keyClick(title, Qt::Key_Return);
    note->setFocus();
    typeWithInputMethod(note, u"截图时间 3月1日 14:02"_s);
    QTest::keyClick(note, Qt::Key_Return);

    Evidence saved = store->evidenceById(row->evidenceId()).value();
    EXPECT_EQ(saved.title, u"Error shown at checkout"_s);
    EXPECT_EQ(saved.note, u"截图时间 3月1日 14:02"_s);

    // An emptied title is put back: every item needs a name in the letter's evidence list.
    title->clear();
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(title->text(), u"Error shown at checkout"_s);
    EXPECT_EQ(store->evidenceById(row->evidenceId()).value().title, u"Error shown at checkout"_s);
}

TEST_F(EvidenceListEditorTest, CopyButtonPutsTheWholeFingerprintOnTheClipboard)
{
    const QByteArray bytes = encode(screenshot(50, 50));
    editor->addFiles({writeFile(u"a.png"_s, bytes)});
    ASSERT_TRUE(waitIdle());
    QApplication::clipboard()->clear();
    rows().first()->findChild<QToolButton*>(u"copyShaToolButton"_s)->click();
    EXPECT_EQ(QApplication::clipboard()->text(), sha256(bytes));
}

TEST_F(EvidenceListEditorTest, RemovesOnlyAfterConfirmation)
{
    editor->addFiles({writeFile(u"keep me.png"_s, encode(screenshot(60, 60)))});
    ASSERT_TRUE(waitIdle());
    auto* remove = rows().first()->findChild<QToolButton*>(u"removeToolButton"_s);

    MessageBox::setNextChoice(EvidenceListEditor::KeepItem);
    remove->click();
    EXPECT_EQ(MessageBox::takeAskedCount(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(u"keep me"_s));
    EXPECT_EQ(stored().size(), 1);

    MessageBox::setNextChoice(EvidenceListEditor::RemoveItem);
    remove->click();
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(store->blobCount().value(), 0);
    EXPECT_EQ(editor->count(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows().isEmpty(); }, 5000)); // rows go with deleteLater
    EXPECT_FALSE(editor->findChild<QLabel*>(u"evidenceEmptyLabel"_s)->isHidden());
}

TEST_F(EvidenceListEditorTest, AddsFilesDroppedOnIt)
{
    const QByteArray png = encode(screenshot(300, 600));
    const QString a = writeFile(u"dropped 截图.png"_s, png);
    const QString b = writeFile(u"chat.txt"_s, "agent: we will refund within 3 days\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    mime.setText(a + u'\n' + b); // file managers add the paths as text too

    ASSERT_TRUE(drop(&mime));
    ASSERT_TRUE(waitIdle());
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].sha256, sha256(png));
    EXPECT_EQ(items[0].kind, u"screenshot"_s);
    EXPECT_EQ(items[1].fileName, u"chat.txt"_s);
    EXPECT_EQ(items[1].mimeType, u"text/plain"_s);
}

TEST_F(EvidenceListEditorTest, KeepsDroppedImageDataUnchanged)
{
    const QByteArray jpeg = encode(screenshot(320, 640, Qt::red), "JPEG");
    QMimeData mime;
    mime.setData(u"image/jpeg"_s, jpeg);
    ASSERT_TRUE(drop(&mime));
    ASSERT_TRUE(waitIdle());

    QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].sha256, sha256(jpeg)); // not re-encoded
    EXPECT_EQ(items[0].mimeType, u"image/jpeg"_s);
    EXPECT_EQ(items[0].kind, u"screenshot"_s);
    EXPECT_TRUE(items[0].fileName.endsWith(u".jpg"_s));
    EXPECT_TRUE(items[0].title.startsWith(u"Dropped image"_s));
    EXPECT_TRUE(rowFor(items[0].id)->hasPreview());

    // A decoded image (what Qt applications drag) is stored as PNG.
    const QImage image = screenshot(100, 200, Qt::green);
    QMimeData decoded;
    decoded.setImageData(image);
    ASSERT_TRUE(drop(&decoded));
    ASSERT_TRUE(waitIdle());
    items = stored();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[1].mimeType, u"image/png"_s);
    const QImage back = QImage::fromData(store->blobData(items[1].sha256).value(), "PNG");
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image);
}

TEST_F(EvidenceListEditorTest, ReadOnlyShowsEverythingButRefusesChanges)
{
    editor->addFiles({writeFile(u"proof.png"_s, encode(screenshot(90, 180)))});
    ASSERT_TRUE(waitIdle());
    editor->setReadOnly(true);
    editor->show();

    EXPECT_FALSE(editor->findChild<QWidget*>(u"addFilesButton"_s)->isVisible());
    EXPECT_FALSE(editor->findChild<QWidget*>(u"pasteButton"_s)->isVisible());
    EvidenceItemWidget* row = rows().first();
    EXPECT_TRUE(row->findChild<QLineEdit*>(u"titleLineEdit"_s)->isReadOnly());
    EXPECT_TRUE(row->findChild<QLineEdit*>(u"noteLineEdit"_s)->isReadOnly());
    EXPECT_FALSE(row->findChild<QToolButton*>(u"removeToolButton"_s)->isVisible());
    EXPECT_TRUE(row->findChild<QToolButton*>(u"copyShaToolButton"_s)->isVisible());
    EXPECT_TRUE(row->hasPreview());
    EXPECT_FALSE(row->findChild<QLabel*>(u"shaLabel"_s)->text().isEmpty());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(writeFile(u"more.png"_s, encode(screenshot(20, 20))))});
    EXPECT_FALSE(drop(&mime));
    editor->addFiles({dir.file(u"more.png"_s)});
    EXPECT_FALSE(editor->isBusy());
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(EvidenceListEditorTest, ShowsPreviewsOfEvidenceAlreadyInTheFile)
{
    Evidence e;
    e.caseId = caseId;
    e.kind = u"screenshot"_s;
    e.title = u"stored earlier"_s;
    e.fileName = u"earlier.png"_s;
    e.mimeType = u"image/png"_s;
    const QByteArray png = encode(screenshot(500, 1000, Qt::darkCyan));
    e.size = png.size();
    ASSERT_TRUE(store->addEvidence(e, png).ok());

    EvidenceListEditor pane;
    pane.setReadOnly(true);
    pane.setCase(store.get(), caseId);
    ASSERT_EQ(pane.count(), 1);
    auto* row = pane.findChild<EvidenceItemWidget*>(u"evidenceItemWidget"_s);
    ASSERT_TRUE(row);
    ASSERT_TRUE(QTest::qWaitFor([&] { return row->hasPreview(); }, 30000));
    EXPECT_EQ(row->findChild<QLineEdit*>(u"titleLineEdit"_s)->text(), u"stored earlier"_s);
}

TEST_F(EvidenceListEditorTest, ShowsSuggestionsInTheChosenLanguage)
{
    auto taxonomy = Taxonomy::load();
    ASSERT_TRUE(taxonomy.ok());
    const QList<EvidenceSuggestion> suggestions =
        taxonomy->evidenceSuggestions(u"duplicate_charge"_s);
    ASSERT_FALSE(suggestions.isEmpty());
    auto* label = editor->findChild<QLabel*>(u"suggestionsLabel"_s);
    editor->setLanguage(u"en"_s);
    editor->setSuggestions(suggestions);
    EXPECT_TRUE(label->text().contains(suggestions.first().text.text(u"en"_s)));
    editor->setLanguage(u"zh_CN"_s);
    EXPECT_TRUE(label->text().contains(suggestions.first().text.text(u"zh_CN"_s)));
    EXPECT_FALSE(label->text().contains(suggestions.first().text.text(u"en"_s)));
}

TEST_F(EvidenceListEditorTest, PastesAnImageAsAPngScreenshot)
{
    const QImage image = screenshot(720, 1600, Qt::magenta);
    QApplication::clipboard()->setImage(image);
    ASSERT_TRUE(QApplication::clipboard()->mimeData()->hasImage())
        << "the offscreen platform's clipboard should hold the image within the process";

    button(u"pasteButton"_s)->click();
    ASSERT_TRUE(waitIdle());
    QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 1) << editor->message().toStdString();
    EXPECT_EQ(items[0].kind, u"screenshot"_s);
    EXPECT_EQ(items[0].mimeType, u"image/png"_s);
    EXPECT_TRUE(items[0].fileName.startsWith(u"pasted-screenshot-"_s));
    EXPECT_TRUE(items[0].fileName.endsWith(u".png"_s));
    EXPECT_TRUE(items[0].title.startsWith(u"Pasted screenshot"_s));
    const QByteArray blob = store->blobData(items[0].sha256).value();
    EXPECT_EQ(items[0].sha256, sha256(blob));
    EXPECT_EQ(items[0].size, blob.size());
    EXPECT_EQ(QImage::fromData(blob, "PNG").convertToFormat(QImage::Format_RGB32), image);
    EXPECT_TRUE(rowFor(items[0].id)->hasPreview());

    // Ctrl+V anywhere in the list does the same; the same picture again is not a second item.
    editor->show();
    editor->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    editor->findChild<QPushButton*>(u"pasteButton"_s)->setFocus();
    QTest::keyClick(editor.get(), Qt::Key_V, Qt::ControlModifier);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stored().size(), 1);
    EXPECT_TRUE(editor->message().contains(u"already in this case"_s))
        << editor->message().toStdString();
    EXPECT_TRUE(editor->message().contains(items[0].title));

    QApplication::clipboard()->setImage(screenshot(720, 1600, Qt::darkGreen));
    QTest::keyClick(editor.get(), Qt::Key_V, Qt::ControlModifier);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(EvidenceListEditorTest, PastesCopiedFilesAsFiles)
{
    const QByteArray bytes = encode(screenshot(64, 128));
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(writeFile(u"copied in 文件管理器.png"_s, bytes))});
    QApplication::clipboard()->setMimeData(mime); // the clipboard owns it
    editor->pasteFromClipboard();
    ASSERT_TRUE(waitIdle());
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].fileName, u"copied in 文件管理器.png"_s);
    EXPECT_EQ(items[0].sha256, sha256(bytes));
}

TEST_F(EvidenceListEditorTest, OffersPastedTextAsAChatLog)
{
    const QString conversation =
        u"14:02 客服小王（工号 8812）：您好，退款将在3个工作日内到账。\n14:03 我：好的，谢谢。\n"_s;
    QApplication::clipboard()->setText(conversation);
    editor->pasteFromClipboard();

    // Text could be anything, so it is offered in the chat-log dialog, not stored blindly.
    EXPECT_TRUE(stored().isEmpty());
    auto* dialog = editor->findChild<ChatLogDialog*>(u"chatLogDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QPlainTextEdit*>(u"chatLogTextEdit"_s)->toPlainText(),
              conversation);
    typeWithInputMethod(dialog->findChild<QLineEdit*>(u"chatLogTitleLineEdit"_s),
                        u"在线客服聊天记录"_s);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].kind, u"chat_log"_s);
    EXPECT_EQ(items[0].title, u"在线客服聊天记录"_s);
    EXPECT_EQ(items[0].mimeType, u"text/plain; charset=utf-8"_s);
    EXPECT_TRUE(items[0].fileName.endsWith(u".txt"_s));
    EXPECT_EQ(store->blobData(items[0].sha256).value(), conversation.toUtf8());
    EXPECT_EQ(items[0].sha256, sha256(conversation.toUtf8()));
    EXPECT_EQ(items[0].size, conversation.toUtf8().size());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !editor->findChild<ChatLogDialog*>(u"chatLogDialog"_s); }, 5000));
}

TEST_F(EvidenceListEditorTest, ChatLogDialogKeepsTheTextWhenItCannotBeAdded)
{
    button(u"addChatLogButton"_s)->click();
    auto* dialog = editor->findChild<ChatLogDialog*>(u"chatLogDialog"_s);
    ASSERT_TRUE(dialog);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* error = dialog->findChild<QLabel*>(u"chatLogErrorLabel"_s);

    ok->click(); // nothing typed yet
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(u"empty"_s));
    EXPECT_TRUE(stored().isEmpty());

    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"chatLogTextEdit"_s),
                     u"Agent Sam (ID 4471): the second charge will be reversed."_s);
    ok->click();
    QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].title, u"Chat log"_s); // a name is given when none was typed

    // The same conversation twice is refused with the title it already has.
    EXPECT_FALSE(editor->addChatLogText(
        u"again"_s, u"Agent Sam (ID 4471): the second charge will be reversed."_s));
    EXPECT_TRUE(editor->message().contains(u"“Chat log”"_s)) << editor->message().toStdString();
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(EvidenceListEditorTest, ReportsEveryProblemFileByNameAndKeepsTheRest)
{
    const QString good = writeFile(u"good.png"_s, encode(screenshot(100, 200)));
    const QString empty = writeFile(u"empty.png"_s, {});
    const QString missing = dir.file(u"gone away.jpg"_s);
    const QString notImage = writeFile(u"not really.png"_s, "just text with a .png name\n");
    const QString absurd = writeFile(u"giant header.png"_s, absurdPng());
    // A file over the limit, made sparse so the test neither writes nor reads 200 MB.
    const QString big = dir.file(u"screen recording.mp4"_s);
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(EvidenceListEditor::MaxFileBytes + 1));
    }
    QSignalSpy errors(editor.get(), &EvidenceListEditor::errorOccurred);

    editor->addFiles({good, empty, missing, notImage, absurd, big});
    ASSERT_TRUE(waitIdle());

    const QString message = editor->message();
    for (const QString& name : {u"empty.png"_s, u"gone away.jpg"_s, u"not really.png"_s,
                                u"giant header.png"_s, u"screen recording.mp4"_s})
        EXPECT_TRUE(message.contains(name)) << name.toStdString() << "\n" << message.toStdString();
    EXPECT_FALSE(message.contains(u"good.png"_s));
    EXPECT_TRUE(message.contains(u"0 bytes"_s));
    EXPECT_TRUE(message.contains(u"could not be found"_s));
    EXPECT_TRUE(message.contains(u"more than the"_s));
    EXPECT_TRUE(message.contains(u"without a preview"_s));
    EXPECT_TRUE(message.contains(u"too large to preview"_s));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.first().first().toString(), message);

    // Kept: the good file, and the two "images" that cannot be shown (as files, without preview).
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].fileName, u"good.png"_s);
    EXPECT_EQ(items[1].fileName, u"not really.png"_s);
    EXPECT_EQ(items[1].kind, u"file"_s);
    EXPECT_EQ(items[1].mimeType, u"text/plain"_s);
    EXPECT_FALSE(rowFor(items[1].id)->hasPreview());
    EXPECT_EQ(items[2].fileName, u"giant header.png"_s);
    EXPECT_EQ(items[2].kind, u"file"_s);
    EXPECT_EQ(items[2].mimeType, u"image/png"_s);
    EXPECT_EQ(items[2].sha256, sha256(absurdPng()));
    EXPECT_FALSE(rowFor(items[2].id)->hasPreview());
}

TEST_F(EvidenceListEditorTest, ReportsAFileThatCannotBeRead)
{
    // Reading /proc/self/mem from its start fails with an I/O error even for root, so this is a
    // file that opens and then cannot be read — the path a failing disk or device takes.
    const QString unreadable = dir.file(u"unreadable.png"_s);
    ASSERT_TRUE(QFile::link(u"/proc/self/mem"_s, unreadable));
    editor->addFiles({unreadable});
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(editor->message().contains(u"“unreadable.png” could not be read"_s))
        << editor->message().toStdString();

    // A folder and a device are refused by name too.
    editor->addFiles({dir.path(), u"/dev/zero"_s});
    ASSERT_TRUE(waitIdle());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(editor->message().contains(u"is a folder"_s)) << editor->message().toStdString();
    EXPECT_TRUE(editor->message().contains(u"“zero” is not an ordinary file"_s));
}

TEST_F(EvidenceListEditorTest, ReportsAFileItMayNotOpen)
{
    const QString locked = writeFile(u"locked.png"_s, encode(screenshot(10, 10)));
    ASSERT_TRUE(QFile::setPermissions(locked, QFile::WriteOwner));
    // The folder lets anyone in, so it is the file's own mode that keeps the reader out.
    ASSERT_TRUE(QFile::setPermissions(QFileInfo(locked).path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ExeGroup | QFile::ExeOther));
    {
        // As root (CI) the file opens whatever its mode: the editor reads it as nobody.
        const wc::test::Unprivileged user;
        ASSERT_TRUE(user.dropped()) << "could not become an ordinary user";
        ASSERT_FALSE(QFile(locked).open(QIODevice::ReadOnly));
        editor->addFiles({locked});
        ASSERT_TRUE(waitIdle());
    }
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(editor->message().contains(u"“locked.png” could not be opened"_s))
        << editor->message().toStdString();
}

TEST_F(EvidenceListEditorTest, SameContentTwiceIsNotASecondItem)
{
    const QByteArray bytes = encode(screenshot(300, 300));
    editor->addFiles({writeFile(u"first.png"_s, bytes)});
    ASSERT_TRUE(waitIdle());
    Evidence first = stored().first();
    first.title = u"Order page"_s;
    ASSERT_TRUE(store->updateEvidence(first).ok());
    editor->reload();

    // A renamed copy, in the same batch as a new file.
    editor->addFiles({writeFile(u"copy of first.png"_s, bytes),
                      writeFile(u"new.png"_s, encode(screenshot(9, 9)))});
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stored().size(), 2);
    EXPECT_EQ(editor->count(), 2);
    EXPECT_TRUE(editor->message().contains(
        u"“copy of first.png” is already in this case as “Order page”"_s))
        << editor->message().toStdString();

    // Another case may hold the same content: the duplicate check is per case.
    const qint64 other = makeCase(u"another case"_s);
    EvidenceListEditor second;
    second.setCase(store.get(), other);
    second.addFiles({dir.file(u"first.png"_s)});
    ASSERT_TRUE(waitIdle(second));
    EXPECT_EQ(stored(other).size(), 1);
    EXPECT_EQ(store->blobCount().value(), 2); // content is stored once
}

TEST_F(EvidenceListEditorTest, CancelKeepsTheItemsAlreadyAdded)
{
    QStringList paths;
    for (quint32 i = 0; i < 6; ++i)
        paths << writeFile(u"shot %1.png"_s.arg(i),
                           encode(screenshot(400, 800, QColor::fromHsv(int(i) * 50, 255, 255))));
    // Cancel the moment the first item is in: deterministic, whatever the machine's speed.
    auto* cancel = editor->findChild<QPushButton*>(u"cancelImportButton"_s);
    QObject::connect(editor.get(), &EvidenceListEditor::changed, cancel, &QPushButton::click,
                     Qt::SingleShotConnection);
    QSignalSpy busy(editor.get(), &EvidenceListEditor::busyChanged);

    editor->addFiles(paths);
    ASSERT_TRUE(waitIdle());
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].fileName, u"shot 0.png"_s);
    EXPECT_EQ(editor->count(), 1);
    EXPECT_TRUE(editor->message().contains(u"Stopped adding files: 1 of 6 added"_s))
        << editor->message().toStdString();
    ASSERT_EQ(busy.count(), 2);
    EXPECT_TRUE(busy.at(0).first().toBool());
    EXPECT_FALSE(busy.at(1).first().toBool());

    // Nothing from the stopped batch arrives later.
    QTest::qWait(200);
    EXPECT_EQ(stored().size(), 1);
    // And a new batch runs normally.
    editor->addFiles(paths.mid(1));
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(stored().size(), 6);
}

TEST_F(EvidenceListEditorTest, TheWindowKeepsRunningWhileABatchIsRead)
{
    QStringList paths;
    for (quint32 i = 0; i < 6; ++i)
        paths << writeFile(u"Screenshot_2026030%1.png"_s.arg(i), encode(busyScreenshot(i + 1)));
    editor->show();
    auto* progress = editor->findChild<QProgressBar*>(u"importProgressBar"_s);

    // A timer on the GUI thread: it can only tick while the event loop runs.
    int ticksWhileBusy = 0;
    int ticksWithProgressShown = 0;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!editor->isBusy())
            return;
        ++ticksWhileBusy;
        if (progress->isVisible())
            ++ticksWithProgressShown;
    });
    timer.start();
    editor->addFiles(paths);
    ASSERT_TRUE(editor->isBusy());
    ASSERT_TRUE(waitIdle());
    timer.stop();

    EXPECT_GT(ticksWhileBusy, 0);
    EXPECT_EQ(ticksWithProgressShown, ticksWhileBusy);
    EXPECT_FALSE(progress->isVisible());
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(items[i].sha256, sha256(readFile(paths[i])));
        EXPECT_TRUE(rowFor(items[i].id)->hasPreview());
    }
}

// --- wizard page 4

// Users could not tell two screenshots apart: the card showed both file names cut to
// "Screenshot_20261…tion history.png", and a long caption was cut off mid-letter at the edge
// of the title field. The file name now has the card's width; whatever still does not fit is
// elided where it loses least (a file name in the middle, a caption at the end), whole in the
// tooltip, and whole again while it is edited.
TEST_F(EvidenceListEditorTest, CardsKeepLongFileNamesAndCaptionsApart)
{
    const QString first = u"Screenshot_20261128-101512_Cash App transaction history.png"_s;
    const QString second = u"Screenshot_20261128-101589_Cash App transaction history.png"_s;
    editor->addFiles({writeFile(first, encode(screenshot(60, 40))),
                      writeFile(second, encode(screenshot(61, 40)))});
    ASSERT_TRUE(waitIdle());
    // As wide as the wizard's evidence step gives the list on a 1366 × 768 screen.
    editor->resize(860, 520);
    editor->show();
    editor->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor.get()));
    const QList<Evidence> items = stored();
    ASSERT_EQ(items.size(), 2);
    EvidenceItemWidget* a = rowFor(items[0].id);
    EvidenceItemWidget* b = rowFor(items[1].id);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->shownFileName(), first);
    EXPECT_EQ(b->shownFileName(), second);
    // The title made of the file name (without ".png") fits too.
    EXPECT_EQ(a->shownTitle(), items[0].title);
    EXPECT_NE(a->shownTitle(), b->shownTitle());

    // A narrow pane: the file name keeps its start and end, the title made of it too.
    editor->resize(420, 520);
    auto* title = a->findChild<QLineEdit*>(u"titleLineEdit"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return title->width() < title->fontMetrics().horizontalAdvance(items[0].title);
    }));
    EXPECT_TRUE(a->shownFileName().startsWith(u"Scr"_s)) << a->shownFileName().toStdString();
    EXPECT_TRUE(a->shownFileName().endsWith(u".png"_s)) << a->shownFileName().toStdString();
    EXPECT_TRUE(a->shownFileName().contains(u'…'));
    EXPECT_TRUE(a->shownTitle().contains(u'…'));
    EXPECT_TRUE(a->shownTitle().endsWith(u"history"_s)) << a->shownTitle().toStdString();
    EXPECT_EQ(title->toolTip(), items[0].title);

    // A caption the user wrote is cut at its end, whole in the tooltip.
    const QString caption = u"Error message after the second payment attempt at the supermarket "
                            u"checkout on the evening of 22 November"_s;
    title->setFocus();
    EXPECT_EQ(a->shownTitle(), items[0].title); // while editing, all of it
    title->selectAll();
    QTest::keyClicks(title, caption);
    QTest::keyClick(title, Qt::Key_Return);
    ASSERT_EQ(store->evidenceById(a->evidenceId())->title, caption);
    b->findChild<QLineEdit*>(u"noteLineEdit"_s)->setFocus(); // the title loses the focus
    QApplication::processEvents();
    EXPECT_TRUE(a->shownTitle().startsWith(u"Error message"_s)) << a->shownTitle().toStdString();
    EXPECT_TRUE(a->shownTitle().endsWith(u'…')) << a->shownTitle().toStdString();
    EXPECT_EQ(title->toolTip(), caption);
    EXPECT_EQ(title->text(), caption); // what is stored and read aloud stays whole
}

class EvidencePageTest : public wc::test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto t = Taxonomy::load();
        auto p = ProviderDirectory::load();
        ASSERT_TRUE(t.ok() && p.ok());
        taxonomy = std::move(*t);
        providers = std::move(*p);
        session = std::make_unique<WizardSession>(*store, taxonomy, providers, clock);
        CaseDraft& draft = session->draft();
        draft.record.family = u"transaction"_s;
        draft.record.subtype = u"duplicate_charge"_s;
        draft.record.language = u"en"_s;
        ASSERT_TRUE(session->saveAt(1)); // page 1 was left: the case exists
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(dir.file(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    Taxonomy taxonomy;
    ProviderDirectory providers;
    std::unique_ptr<WizardSession> session;
};

TEST_F(EvidencePageTest, ShowsTheCaseEvidenceAndWhatFitsTheProblem)
{
    EvidencePage page(*session);
    page.initializePage();
    EXPECT_EQ(page.editor()->caseId(), session->caseId());
    EXPECT_EQ(page.findChild<EvidenceListEditor*>(u"evidenceListEditor"_s), page.editor());
    EXPECT_TRUE(
        page.findChild<QLabel*>(u"evidenceIntroLabel"_s)->text().contains(u"fingerprint"_s));
    const QString suggestions = page.findChild<QLabel*>(u"suggestionsLabel"_s)->text();
    for (const EvidenceSuggestion& s : taxonomy.evidenceSuggestions(u"duplicate_charge"_s))
        EXPECT_TRUE(suggestions.contains(s.text.text(u"en"_s))) << s.key.toStdString();

    page.editor()->addFiles({writeFile(u"charge 1.png"_s, encode(screenshot(80, 160)))});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.editor()->isBusy(); }, BatchTimeoutMs));
    auto items = store->evidence(session->caseId());
    ASSERT_TRUE(items.ok());
    EXPECT_EQ(items->size(), 1); // stored at once, not through the draft
}

TEST_F(EvidencePageTest, WaitsForARunningImportBeforeGoingOn)
{
    EvidencePage page(*session);
    page.initializePage();
    auto* bar = page.findChild<MessageBar*>(u"messageBar"_s, Qt::FindDirectChildrenOnly);
    ASSERT_TRUE(bar);

    QStringList paths;
    for (quint32 i = 0; i < 3; ++i)
        paths << writeFile(u"statement %1.png"_s.arg(i), encode(busyScreenshot(10 + i)));
    page.editor()->addFiles(paths);
    ASSERT_TRUE(page.editor()->isBusy());
    EXPECT_FALSE(page.validatePage());
    EXPECT_FALSE(bar->isHidden());
    EXPECT_TRUE(bar->text().contains(u"still being added"_s)) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(u"Cancel"_s));

    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.editor()->isBusy(); }, BatchTimeoutMs));
    EXPECT_TRUE(bar->isHidden()); // the reason is gone, so is the message
    EXPECT_TRUE(page.validatePage());
    EXPECT_EQ(store->evidence(session->caseId())->size(), 3);
    page.writeDraft(); // nothing to copy, and nothing lost
    EXPECT_EQ(store->evidence(session->caseId())->size(), 3);
}

TEST_F(EvidencePageTest, ShowingThePageAgainKeepsARunningImport)
{
    EvidencePage page(*session);
    page.initializePage();
    QStringList paths;
    for (quint32 i = 0; i < 3; ++i)
        paths << writeFile(u"s%1.png"_s.arg(i), encode(busyScreenshot(20 + i)));
    page.editor()->addFiles(paths);
    page.initializePage(); // Back, then Next again, while the files are read
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.editor()->isBusy(); }, BatchTimeoutMs));
    EXPECT_EQ(store->evidence(session->caseId())->size(), 3);
    EXPECT_EQ(page.editor()->count(), 3);
}

} // namespace
