// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace wc::app {

namespace {

// Qt 6 renamed QFileIconProvider to QAbstractFileIconProvider, and Qt 6.4's qtbase translations
// still carry the old context only: the file dialog's "Type" column said "Folder" in the Chinese
// UI. This asks the contexts that do hold the same words.
class RenamedContexts : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        if (qstrcmp(context, "QAbstractFileIconProvider") != 0)
            return {};
        for (const char* older : {"QFileIconProvider", "QFileDialog", "QFileSystemModel"}) {
            const QString text = QCoreApplication::translate(older, source, disambiguation, n);
            if (text != QString::fromUtf8(source))
                return text;
            const QString plain = QCoreApplication::translate(older, source, nullptr, n);
            if (plain != QString::fromUtf8(source))
                return plain;
        }
        return {};
    }
};

} // namespace

void installTranslations(const QString& language)
{
    QCoreApplication* app = QCoreApplication::instance();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, numbers and the guidance language (CaseText::uiLanguage) follow the chosen
    // language, not only the translated strings.
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Qt's own strings (the file dialog, standard buttons): qtbase_zh_CN.qm from the
    // qt6-translations-l10n package, where Qt keeps it.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        QCoreApplication::installTranslator(new RenamedContexts(app));
    }
    auto* own = new QTranslator(app);
    if (own->load(locale, u"walletcase"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

void alignSystemLocale(const QString& language)
{
    if (language.isEmpty())
        return;
    const QByteArray name = QLocale(language).name().toLatin1() + ".UTF-8";
    // LC_ALL would override LC_TIME: keep what it said for every other category in LANG.
    if (const QByteArray all = qgetenv("LC_ALL"); !all.isEmpty()) {
        qputenv("LANG", all);
        qunsetenv("LC_ALL");
    }
    qputenv("LC_TIME", name);
}

} // namespace wc::app
