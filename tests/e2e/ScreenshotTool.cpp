// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// wc_screenshot: shows one scene of WalletCase in a real window and saves what the X screen shows
// (ImageMagick `import -window root`), as a user would see it. Used by the real-window test and
// by scripts/screenshots for the user guide. Needs an X display (the test starts Xvfb).
//
//   wc_screenshot --scene wizard|wizard-security|wizard-details|wizard-letter|wizard-send|main|
//                         reminder|case-overview|case-evidence|case-transactions|
//                         case-contacts|case-letters|case-timeline|case-evidence-viewer|
//                         case-transactions-import (with --statement FILE)
//                 --lang zh_CN|en --out FILE.png [--crop]
//
// "case-<tab>": the main window on the demo case with that tab of the workspace open.
// "reminder": the main window over a file whose two reminders fall due a second after start;
// the notifier's own timer finds them and the pop-up appears by itself. --crop keeps the pop-up.
// The tool prints the geometry of what it shows ("subject: x y width height") for the test.

#include "Application.h"
#include "Translations.h"
#include "cases/CaseDraft.h"
#include "guidance/DemoCase.h"
#include "guidance/ProviderDirectory.h"
#include "guidance/Taxonomy.h"
#include "gui/evidence/EvidenceGallery.h"
#include "gui/evidence/EvidenceViewer.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/transactions/StatementImportFlow.h"
#include "gui/transactions/StatementPreviewDialog.h"
#include "gui/reminders/ReminderNotifier.h"
#include "gui/reminders/ReminderPopup.h"
#include "gui/wizard/NewCaseWizard.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QPointer>
#include <QProcess>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace wc;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "wc_screenshot: %s\n", qPrintable(message));
    return 2;
}

// A draft case as the wizard would have saved it by `step`, with believable facts.
core::Result<qint64> makeDraft(core::CaseStore& store, const QString& language, int step,
                               bool security, qint64 now)
{
    core::CaseDraft draft;
    core::CaseRecord& r = draft.record;
    const bool zh = language == u"zh_CN"_s;
    r.family = security ? u"security"_s : u"transaction"_s;
    r.subtype = security ? u"account_stolen"_s : u"duplicate_charge"_s;
    r.providerKey = zh ? u"alipay"_s : u"paypal"_s;
    r.providerName = zh ? u"支付宝"_s : u"PayPal"_s;
    r.title = zh ? u"支付宝重复扣款"_s : u"PayPal duplicate charge"_s;
    r.incidentAt = now - 3LL * 24 * 3600 * 1000;
    r.amountMinor = 12800;
    r.currency = zh ? u"CNY"_s : u"USD"_s;
    r.references = {u"2026112222001412345678"_s};
    r.accountRef = zh ? u"13812345678"_s : u"alice@example.com"_s;
    r.description = zh ? u"11月22日晚上我在超市付款一次，账单里却出现了两笔同样金额的扣款。"_s
                       : u"On 22 November I paid once at a supermarket, but my statement shows two "
                         u"identical charges."_s;
    r.remedies = {u"refund"_s, u"explanation"_s};
    r.language = language;
    r.wizardStep = step;
    draft.profile.name = zh ? u"王小明"_s : u"Alice Smith"_s;
    draft.profile.phone = zh ? u"13812345678"_s : u"+44 7700 900123"_s;
    draft.profile.email = zh ? u"xiaoming@example.com"_s : u"alice@example.com"_s;
    WC_TRY(draft.save(store));
    return draft.record.id;
}

// Two sent complaints with reminders that fall due `dueInMs` from now: a follow-up a week after
// the complaint, and a reply deadline that passed long enough ago for the regulator to be next.
core::Result<void> makeReminders(core::CaseStore& store, const QString& language, qint64 now,
                                 qint64 dueInMs)
{
    const bool zh = language == u"zh_CN"_s;
    constexpr qint64 Day = 24 * 3600 * 1000LL;
    struct Spec
    {
        QString title, providerKey, providerName, text, kind;
        int sentDaysAgo;
    };
    const QList<Spec> specs = {
        {zh ? u"支付宝重复扣款"_s : u"Alipay charged me twice"_s, u"alipay"_s,
         zh ? u"支付宝"_s : u"Alipay"_s,
         zh ? u"支付宝回复了吗？如果没有，发一封跟进信。"_s
            : u"Has Alipay replied? If not, send a follow-up letter."_s,
         u"follow_up"_s, 7},
        {zh ? u"微信支付账户被冻结"_s : u"WeChat Pay account frozen"_s, u"wechat_pay"_s,
         zh ? u"微信支付"_s : u"WeChat Pay"_s,
         zh ? u"微信支付的答复期限已到。"_s : u"WeChat Pay's time to reply is up."_s,
         u"reply_deadline"_s, 16},
    };
    for (const Spec& spec : specs) {
        core::CaseRecord r;
        r.title = spec.title;
        r.family = u"transaction"_s;
        r.subtype = u"duplicate_charge"_s;
        r.status = u"sent"_s;
        r.providerKey = spec.providerKey;
        r.providerName = spec.providerName;
        r.language = language;
        r.references = {u"2026112222001412345678"_s};
        r.remedies = {u"refund"_s};
        auto created = store.createCase(r);
        if (!created)
            return std::move(created).error();
        const qint64 id = *created;
        core::Letter l;
        l.caseId = id;
        l.subject = spec.title;
        l.body = spec.title;
        l.status = u"sent"_s;
        l.sentAt = now - spec.sentDaysAgo * Day;
        l.channel = u"email"_s;
        WC_TRY(store.addLetter(l));
        core::Reminder reminder;
        reminder.caseId = id;
        reminder.kind = spec.kind;
        reminder.text = spec.text;
        reminder.dueAt = now + dueInMs;
        WC_TRY(store.addReminder(reminder));
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    app::Application::setIdentity();
    app::Application::setUpFonts();

    QCommandLineParser parser;
    const QCommandLineOption sceneOption(u"scene"_s, u"What to show."_s, u"name"_s, u"wizard"_s);
    const QCommandLineOption langOption(u"lang"_s, u"zh_CN or en."_s, u"language"_s, u"en"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PNG to write."_s, u"file"_s);
    const QCommandLineOption cropOption(u"crop"_s, u"Keep only the window, not the whole screen."_s);
    const QCommandLineOption statementOption(u"statement"_s, u"A statement CSV to import."_s,
                                             u"file"_s);
    parser.addOptions({sceneOption, langOption, outOption, cropOption, statementOption});
    parser.process(app);
    const QString scene = parser.value(sceneOption);
    const QString language = parser.value(langOption);
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return fail(u"--out is required"_s);
    app::installTranslations(language);

    QTemporaryDir dir;
    core::CaseStore::OpenOptions options;
    options.createIfMissing = true;
    auto opened = core::CaseStore::open(dir.filePath(u"screenshot.wcase"_s), options);
    if (!opened)
        return fail(opened.error().detail);
    std::unique_ptr<core::CaseStore> store = std::move(*opened);
    auto taxonomy = core::Taxonomy::load();
    auto providers = core::ProviderDirectory::load();
    if (!taxonomy || !providers)
        return fail(u"guidance data did not load"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    std::unique_ptr<QWidget> window;
    QPointer<QWidget> subject; // what --crop keeps; the window when not set
    if (scene == u"reminder"_s) {
        if (auto made = makeReminders(*store, language, now, 1000); !made)
            return fail(made.error().detail);
        auto main = std::make_unique<gui::MainWindow>(std::move(store), dir.filePath(u"backups"_s));
        main->resize(1200, 760);
        // Polled often here so the screenshot need not wait half a minute for it.
        main->notifier()->setInterval(200);
        subject = main->notifier()->popup();
        window = std::move(main);
    } else if (scene == u"main"_s || scene.startsWith(u"case-"_s)) {
        auto demo = core::DemoCase::addTo(*store, language, now);
        if (!demo)
            return fail(demo.error().detail);
        auto main = std::make_unique<gui::MainWindow>(std::move(store), dir.filePath(u"backups"_s));
        main->resize(1200, 760);
        if (scene.startsWith(u"case-"_s)) {
            // The tab pages are named "<tab>Tab" (overviewTab, evidenceTab, …).
            const QString page = scene.mid(5).section(u'-', 0, 0) + u"Tab"_s;
            auto* tabs = main->findChild<QTabWidget*>(u"caseTabWidget"_s);
            QWidget* wanted = tabs ? tabs->findChild<QWidget*>(page) : nullptr;
            // A page may sit in a scroll area: the tab is the widget the tab widget holds.
            while (wanted && tabs->indexOf(wanted) < 0)
                wanted = wanted->parentWidget();
            if (!wanted)
                return fail(u"unknown scene "_s + scene);
            tabs->setCurrentWidget(wanted);
        }
        if (scene == u"case-transactions-import"_s) {
            // The import preview of a real-shaped statement (--statement FILE).
            if (!parser.isSet(statementOption))
                return fail(u"--statement is required for "_s + scene);
            auto* flow = new gui::StatementImportFlow(parser.value(statementOption), {}, main.get());
            QTimer::singleShot(300, flow, &gui::StatementImportFlow::start);
        }
        if (scene == u"case-evidence-viewer"_s) {
            auto* gallery = main->findChild<gui::EvidenceGallery*>();
            auto evidence = main->store().snapshot(main->currentCaseId());
            if (!gallery || !evidence || evidence->evidence.isEmpty())
                return fail(u"no evidence to view"_s);
            gallery->viewItem(evidence->evidence.first().id);
            subject = gallery->viewer();
        }
        window = std::move(main);
    } else {
        int step = gui::NewCaseWizard::ProblemPageId;
        bool security = false;
        if (scene == u"wizard-security"_s) {
            step = gui::NewCaseWizard::FirstStepsPageId;
            security = true;
        } else if (scene == u"wizard-details"_s) {
            step = gui::NewCaseWizard::DetailsPageId;
        } else if (scene == u"wizard-letter"_s) {
            step = gui::NewCaseWizard::LetterPageId;
        } else if (scene == u"wizard-send"_s) {
            step = gui::NewCaseWizard::SendPageId;
        } else if (scene != u"wizard"_s) {
            return fail(u"unknown scene "_s + scene);
        }
        qint64 caseId = 0;
        if (step != gui::NewCaseWizard::ProblemPageId) {
            auto id = makeDraft(*store, language, step, security, now);
            if (!id)
                return fail(id.error().detail);
            caseId = *id;
        }
        auto wizard = std::make_unique<gui::NewCaseWizard>(*store, *taxonomy, *providers,
                                                           core::Clock::system(), caseId);
        window = std::move(wizard); // declared after the store, so destroyed before it
    }
    window->move(20, 20);
    // On the guide's 1366×768 screen a 1200×760 main window would run off the bottom.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize() - QSize(40, 40);
        const QSize size = window->size();
        if (window->testAttribute(Qt::WA_Resized)
            && (size.width() > room.width() || size.height() > room.height()))
            window->resize(size.boundedTo(room));
    }
    window->show();

    int code = 0;
    // Long enough for the first paint, fonts and thumbnails on a loaded machine.
    QTimer::singleShot(scene == u"reminder"_s ? 2500 : 1500, &app, [&] {
        if (!subject) {
            // A dialog that opened by itself (the import preview) is what the scene shows.
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (qobject_cast<gui::StatementPreviewDialog*>(w) && w->isVisible())
                    subject = w;
            }
        }
        QWidget* shown = subject ? subject.data() : window.get();
        if (!shown->isVisible()) {
            code = fail(u"the scene's window did not appear"_s);
            app.quit();
            return;
        }
        const QRect frame = shown->frameGeometry();
        std::printf("subject: %d %d %d %d\n", frame.x(), frame.y(), frame.width(),
                    frame.height());
        std::fflush(stdout);
        QProcess import;
        import.start(u"import"_s, {u"-window"_s, u"root"_s, out});
        if (!import.waitForFinished(30000) || import.exitCode() != 0) {
            code = fail(u"import failed: "_s + QString::fromLocal8Bit(import.readAllStandardError()));
        } else if (parser.isSet(cropOption)) {
            const QImage shot(out);
            if (shot.isNull() || !shot.copy(frame).save(out))
                code = fail(u"could not crop "_s + out);
        }
        app.quit();
    });
    app.exec();
    return code;
}
