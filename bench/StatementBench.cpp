// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// wc_bench_statement [--rows N] [--keep FILE | --file FILE] [--parse-only]: writes an Alipay-like GB18030
// statement of N rows (default 100,000; preamble, padded cells, tab-suffixed order numbers, a
// duplicate pair every 1,000 rows), then times StatementParser::parseFile, the duplicate detector
// and the JSON of `walletcase statement`, with the peak resident memory of each step (Linux: VmHWM,
// reset through /proc/self/clear_refs before each step). --file measures an existing statement
// instead of writing one; --parse-only stops after the parse (for profiles and
// bench/run-statement-bench). Not a test: timings on shared machines vary.
#include "statements/DuplicateDetector.h"
#include "statements/StatementJson.h"
#include "statements/StatementParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace wc::core;

namespace {

// Peak resident set size in KiB since the last reset (VmHWM), or -1.
long peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

long currentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// CPU time of the process in ms: steadier than wall time on a machine shared with builds.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

QString padded(const QString& cell, int width = 20)
{
    int shown = 0;
    for (QChar c : cell)
        shown += c.unicode() > 0x7f ? 2 : 1;
    return cell + QString(std::max(1, width - shown), u' ');
}

bool writeStatement(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QStringEncoder gbk("GB18030");
    QString text =
        u"------------------------------------------------------------------------------------\n"
        "导出信息：\n姓名：示例用户\n支付宝账户：demo***@example.com\n"
        "起始时间：[2026-01-01 00:00:00]    终止时间：[2026-12-31 23:59:59]\n"
        "导出交易类型：[全部]\n导出时间：[2027-01-01 08:00:00]\n共%1笔记录\n\n"
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n"_s
            .arg(rows);
    const QStringList header = {u"交易时间"_s, u"交易分类"_s,   u"交易对方"_s,   u"对方账号"_s,
                                u"商品说明"_s, u"收/支"_s,      u"金额"_s,       u"收/付款方式"_s,
                                u"交易状态"_s, u"交易订单号"_s, u"商家订单号"_s, u"备注"_s};
    for (const QString& h : header)
        text += padded(h) + u',';
    text += u'\n';
    const QStringList categories = {u"餐饮美食"_s, u"日用百货"_s, u"交通出行"_s, u"文化休闲"_s};
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), QTimeZone("Asia/Shanghai"));
    for (int i = 0; i < rows; ++i) {
        // A duplicate of the row before every 1,000 rows: same payee and amount, 2 minutes on.
        const bool duplicate = i % 1000 == 999;
        const int base = duplicate ? i - 1 : i;
        const QDateTime when = start.addSecs(qint64(i) * 300 + (duplicate ? -180 : 0));
        const bool income = !duplicate && i % 10 == 3;
        text += padded(when.toString(u"yyyy-MM-dd HH:mm:ss"_s), 20) + u',';
        text += padded(categories.at(base % categories.size())) + u',';
        text += padded(u"示例商户%1(第%2分店)"_s.arg(base % 211).arg(base % 7)) + u',';
        text += padded(u"/"_s) + u',';
        text += padded(u"商品说明，第%1件"_s.arg(base % 13)) + u',';
        text += padded(income ? u"收入"_s : u"支出"_s) + u',';
        text += padded(u"%1.%2"_s.arg(1 + base % 997).arg(base % 100, 2, 10, QChar(u'0'))) + u',';
        text += padded(u"招商银行储蓄卡(1234)"_s) + u',';
        text += padded(u"交易成功"_s) + u',';
        text += u"2026%1\t,"_s.arg(i, 18, 10, QChar(u'0'));
        text += u"M%1\t,"_s.arg(i, 16, 10, QChar(u'0'));
        text += padded(QString()) + u",\n"_s;
        if (text.size() > (1 << 20)) {
            file.write(gbk.encode(text));
            text.clear();
        }
    }
    file.write(gbk.encode(text));
    return file.flush() && !gbk.hasError();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    QString keep;
    QString existing;
    const QStringList args = app.arguments();
    const bool parseOnly = args.contains(u"--parse-only"_s);
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--rows")
            rows = args.at(i + 1).toInt();
        else if (args.at(i) == u"--keep")
            keep = args.at(i + 1);
        else if (args.at(i) == u"--file")
            existing = args.at(i + 1);
    }
    QTemporaryDir dir;
    const QString path = !existing.isEmpty() ? existing
                         : keep.isEmpty()    ? dir.filePath(u"alipay-bench.csv"_s)
                                             : keep;
    QElapsedTimer timer;
    timer.start();
    if (existing.isEmpty() && !writeStatement(path, rows)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;
    const double sizeMiB = double(QFile(path).size()) / (1 << 20);

    const long baseline = currentKiB();
    resetPeak();
    timer.restart();
    double cpu = cpuMs();
    auto parsed = StatementParser::parseFile(path);
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    const double parseCpu = cpuMs() - cpu;
    const long parsePeak = peakKiB();
    if (!parsed) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(parsed.error().message));
        return 1;
    }
    const long afterParse = currentKiB();
    if (parseOnly) {
        std::printf("rows read / problems    %lld / %lld (encoding %s, format %s)\n",
                    qlonglong(parsed->rows.size()), qlonglong(parsed->problems.size()),
                    qPrintable(parsed->encoding), qPrintable(statementFormatKey(parsed->format)));
        std::printf("parse                   %.0f ms wall, %.0f ms CPU (%.0f rows/s of CPU)\n",
                    parseMs, parseCpu, double(parsed->rows.size()) / (parseCpu / 1000.0));
        return 0;
    }

    resetPeak();
    timer.restart();
    cpu = cpuMs();
    DuplicateOptions options;
    options.displayZone = QTimeZone(parsed->timeZone);
    const auto groups = DuplicateDetector::find(parsed->rows, options);
    const double detectMs = double(timer.nsecsElapsed()) / 1e6;
    const double detectCpu = cpuMs() - cpu;
    const long detectPeak = peakKiB();

    resetPeak();
    timer.restart();
    cpu = cpuMs();
    // As `walletcase statement` writes it: streamed, here into nothing, counting the bytes.
    qint64 jsonBytes = 0;
    writeStatementJson(*parsed, groups, [&jsonBytes](const QByteArray& chunk) {
        jsonBytes += chunk.size();
        return true;
    });
    const double jsonMs = double(timer.nsecsElapsed()) / 1e6;
    const double jsonCpu = cpuMs() - cpu;
    const long jsonPeak = peakKiB();

    if (existing.isEmpty())
        std::printf("rows written            %d (%.1f MiB GB18030, generated in %.0f ms)\n", rows,
                    sizeMiB, generateMs);
    else
        std::printf("file                    %.1f MiB\n", sizeMiB);
    std::printf("rows read / problems    %lld / %lld (encoding %s, format %s)\n",
                qlonglong(parsed->rows.size()), qlonglong(parsed->problems.size()),
                qPrintable(parsed->encoding), qPrintable(statementFormatKey(parsed->format)));
    std::printf("parse                   %.0f ms wall, %.0f ms CPU (%.0f rows/s of CPU)\n", parseMs,
                parseCpu, double(parsed->rows.size()) / (parseCpu / 1000.0));
    std::printf("  RSS before / peak / after   %.1f / %.1f / %.1f MiB\n", baseline / 1024.0,
                parsePeak / 1024.0, afterParse / 1024.0);
    std::printf("duplicates              %lld groups in %.0f ms wall, %.0f ms CPU (peak RSS %.1f "
                "MiB)\n",
                qlonglong(groups.size()), detectMs, detectCpu, detectPeak / 1024.0);
    std::printf(
        "JSON (CLI output)       %.1f MiB in %.0f ms wall, %.0f ms CPU (peak RSS %.1f MiB)\n",
        double(jsonBytes) / (1 << 20), jsonMs, jsonCpu, jsonPeak / 1024.0);
    return 0;
}
