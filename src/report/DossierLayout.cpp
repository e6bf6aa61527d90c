// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "report/DossierLayout.h"

#include "guidance/CaseTimeZone.h"
#include "letters/LetterConventions.h"
#include "report/DossierSections.h"
#include "report/PageFlow.h"

#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace wc::report {

namespace {

const QString kCancelled = u"cancelled"_s;
const QColor kHeaderText(0x5F, 0x66, 0x70);
const QColor kHeaderRule(0xB0, 0xB5, 0xBD);

PageItem textItem(const QString& text, const QFont& font, const QRectF& box, qreal baseline,
                  Qt::Alignment align)
{
    PageItem item;
    item.text = text;
    item.font = font;
    item.rect = box;
    item.baseline = baseline;
    item.align = align;
    item.color = kHeaderText;
    return item;
}

PageItem lineItem(QPointF from, QPointF to)
{
    PageItem item;
    item.kind = PageItem::Kind::Line;
    item.rect = QRectF(from, to);
    item.color = kHeaderRule;
    return item;
}

bool hasHan(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

DossierLayout::DossierLayout(const CaseDossier& dossier, const DossierOptions& options)
    : m_dossier(dossier), m_options(options)
{
    // Every time in the dossier is in the case's zone unless the caller chose one.
    if (!m_options.zone.isValid())
        m_options.zone = core::CaseTimeZone::zoneFor(dossier.snapshot.record);
    m_language = options.language;
    if (m_language.isEmpty() && options.letterOnly && options.letterId > 0) {
        // One chosen letter is printed in its own language.
        if (const auto chosen = dossier.letter(options.letterId))
            m_language = chosen->language;
    }
    if (m_language.isEmpty())
        m_language = dossier.language();
    if (m_language != u"zh_CN"_s && m_language != u"en"_s)
        m_language = m_language.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
}

QPageSize::PageSizeId DossierLayout::paperFor(const CaseDossier& dossier, const QTimeZone& zone,
                                              const QString& language)
{
    // The region whose conventions the case's letters follow (LetterConventions::regionFor).
    const QString region = core::LetterConventions::regionFor(
        dossier.providerRegions, zone.isValid() ? zone : core::CaseTimeZone::zoneFor(
                                                              dossier.snapshot.record),
        language);
    return region == u"US"_s ? QPageSize::Letter : QPageSize::A4;
}

QStringList DossierLayout::families()
{
    return {u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s};
}

QList<QRawFont> DossierLayout::rawFonts()
{
    QList<QRawFont> fonts;
    for (const QString& family : {u"DejaVu Sans"_s, u"DejaVu Sans Mono"_s, u"Noto Sans CJK SC"_s,
                                  u"Noto Sans Mono CJK SC"_s}) {
        for (const bool bold : {false, true}) {
            QFont f(family);
            f.setBold(bold);
            f.setPixelSize(16);
            const QRawFont raw = family.contains(u"CJK"_s)
                                     ? QRawFont::fromFont(f, QFontDatabase::SimplifiedChinese)
                                     : QRawFont::fromFont(f);
            if (raw.isValid())
                fonts.append(raw);
        }
    }
    return fonts;
}

core::Result<void> DossierLayout::checkFonts(const QString& language)
{
    if (QFontDatabase::families().contains(u"Noto Sans CJK SC"_s))
        return {};
    Q_UNUSED(language);
    return core::Error{core::ErrorCode::Internal,
                       tr("The Chinese font WalletCase prints with (Noto Sans CJK SC) is not "
                          "installed, so Chinese text would come out as empty boxes. Install the "
                          "package fonts-noto-cjk and export again."),
                       u"font missing: Noto Sans CJK SC"_s};
}

bool DossierLayout::isCancelled(const core::Error& error)
{
    return error.detail == kCancelled;
}

core::Result<void> DossierLayout::render(QPagedPaintDevice& device, const DossierProgress& progress)
{
    const core::Error cancelled{core::ErrorCode::Internal, tr("The export was cancelled."),
                                kCancelled};
    device.setPageSize(QPageSize(m_options.pageSize.value_or(paperFor(m_dossier, m_options.zone,
                                                                      m_language))));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const QRectF page(0, 0, device.width(), device.height());
    const qreal mm = device.logicalDpiY() / 25.4;
    const QRectF body = page.adjusted(18 * mm, 24 * mm, -18 * mm, -22 * mm);

    PageFlow flow(&device, body);
    DossierSections sections(flow, m_dossier, m_options, m_language);
    const DossierText& t = sections.text();
    int images = 0;
    for (const core::Evidence& e : m_dossier.snapshot.evidence)
        images += m_dossier.isImage(e) ? 1 : 0;
    const int total = (m_options.letterOnly ? 0 : images) + 2;
    int done = 0;

    if (m_options.letterOnly) {
        const auto letter = m_options.letterId > 0 ? m_dossier.letter(m_options.letterId)
                                                   : m_dossier.currentLetter(m_language);
        if (!letter) {
            return core::Error{core::ErrorCode::InvalidArgument,
                               tr("This case has no letter yet. Write the letter first, then "
                                  "export it."),
                               u"no letter"_s};
        }
        sections.letter(*letter, false);
    } else {
        sections.cover();
        sections.letters();
        sections.facts();
        sections.chronology();
        sections.transactions();
        sections.contacts();
        if (!sections.evidence(progress, done, total))
            return cancelled;
        sections.manifest();
        sections.editLog();
    }
    if (progress.isCancelled())
        return cancelled;
    progress.step(++done, total);

    const QList<LaidOutPage> pages = flow.takePages();
    m_pageCount = int(pages.size());
    m_drawn.clear();
    const DossierFonts& f = sections.fonts();
    const QString title = m_dossier.snapshot.record.title;
    const QString exported = t(DossierText::ExportedAt).arg(sections.exportedAt()) + u" · "_s +
        t(DossierText::GeneratedBy);
    const qreal headerBaseline = 14 * mm;
    const qreal footerBaseline = page.bottom() - 11 * mm;
    const QRectF band(body.left(), 0, body.width(), 1);

    QList<QList<PageItem>> decorated;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QList<PageItem> items;
        if (!m_options.letterOnly) {
            items << textItem(title, f.small, band, headerBaseline, Qt::AlignLeft)
                  << textItem(t(DossierText::DossierTitle), f.small, band, headerBaseline,
                              Qt::AlignRight)
                  << lineItem({body.left(), headerBaseline + 2.5 * mm},
                              {body.right(), headerBaseline + 2.5 * mm})
                  << lineItem({body.left(), footerBaseline - 5 * mm},
                              {body.right(), footerBaseline - 5 * mm})
                  << textItem(exported, f.small, band, footerBaseline, Qt::AlignLeft);
        }
        items << textItem(t(DossierText::PageXofY).arg(i + 1).arg(pages.size()), f.small, band,
                          footerBaseline, Qt::AlignRight);
        items << pages[i].items;
        for (const PageItem& item : std::as_const(items)) {
            if (item.kind == PageItem::Kind::Text)
                m_drawn += item.text;
        }
        decorated.append(items);
    }
    if (hasHan(m_drawn)) {
        if (auto fonts = checkFonts(m_language); !fonts)
            return fonts;
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        return core::Error{core::ErrorCode::Io,
                           tr("The document could not be started. Check that the folder exists "
                              "and that you may write to it."),
                           u"QPainter::begin failed"_s};
    }
    for (qsizetype i = 0; i < decorated.size(); ++i) {
        if (progress.isCancelled()) {
            painter.end();
            return cancelled;
        }
        if (i > 0 && !device.newPage()) {
            painter.end();
            return core::Error{core::ErrorCode::Io, tr("The document could not be written."),
                               u"newPage failed"_s};
        }
        paintItems(painter, decorated[i]);
    }
    if (!painter.end()) {
        return core::Error{core::ErrorCode::Io,
                           tr("The document could not be written. Check that the disk is not "
                              "full."),
                           u"QPainter::end failed"_s};
    }
    progress.step(total, total);
    return {};
}

} // namespace wc::report
