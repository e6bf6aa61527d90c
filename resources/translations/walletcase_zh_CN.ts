<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wc::app::Application</name>
    <message>
        <location filename="../../src/app/Application.cpp" line="+79"/>
        <source>Complain effectively about digital wallets and follow each complaint through.</source>
        <translation>高效投诉数字钱包，并把每一件投诉跟进到底。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pretend it is this moment (ISO 8601, e.g. 2026-03-09T08:59); time runs on from there. For trying out reminders.</source>
        <translation>假定现在是这个时刻（ISO 8601 格式，例如 2026-03-09T08:59），时间从这一刻起继续走。用于试用提醒功能。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case file to open (default: your own case file in the data folder).</source>
        <translation>要打开的案件文件（默认：数据文件夹中您自己的案件文件）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>walletcase: --now needs a moment such as 2026-03-09T08:59 or 2026-03-09T08:59+08:00.</source>
        <translation>walletcase：--now 需要一个时刻，例如 2026-03-09T08:59 或 2026-03-09T08:59+08:00。</translation>
    </message>
</context>
<context>
    <name>wc::app::Cli</name>
    <message>
        <location filename="../../src/app/Cli.cpp" line="+126"/>
        <source>unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option “%1” is given twice.</source>
        <translation>选项“%1”被指定了两次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the option “%1” needs a value.</source>
        <translation>选项“%1”需要一个值。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>missing arguments for “%1”.</source>
        <translation>“%1”缺少参数。</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+37"/>
        <location line="+39"/>
        <source>too many arguments for “%1”.</source>
        <translation>“%1”的参数过多。</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Usage:
  walletcase check FILE
  walletcase import FILE BUNDLE.json
  walletcase export FILE [--case ID] --json OUT
  walletcase export FILE --case ID --pdf OUT [--letter-only]
                    [--lang zh_CN|en] [--page-size A4|Letter]
  walletcase export FILE [--case ID] --ics OUT
  walletcase search FILE QUERY
  walletcase restore FILE [--list | --backup N] [--force]
  walletcase tone [--lang zh_CN|en] [--json] &lt; TEXT
  walletcase letter FILE --case ID [--lang zh_CN|en]
  walletcase statement CSV [--format alipay|wechat|paypal|generic] [--encoding ENC]
  walletcase reminders FILE [--due-by ISO8601]
  walletcase --version | --help
  walletcase [--lang zh_CN|en] [--now ISO8601] [FILE]   (opens the window)
</source>
        <translation>用法：
  walletcase check FILE
  walletcase import FILE BUNDLE.json
  walletcase export FILE [--case ID] --json OUT
  walletcase export FILE --case ID --pdf OUT [--letter-only]
                    [--lang zh_CN|en] [--page-size A4|Letter]
  walletcase export FILE [--case ID] --ics OUT
  walletcase search FILE QUERY
  walletcase restore FILE [--list | --backup N] [--force]
  walletcase tone [--lang zh_CN|en] [--json] &lt; TEXT
  walletcase letter FILE --case ID [--lang zh_CN|en]
  walletcase statement CSV [--format alipay|wechat|paypal|generic] [--encoding ENC]
  walletcase reminders FILE [--due-by ISO8601]
  walletcase --version | --help
  walletcase [--lang zh_CN|en] [--now ISO8601] [FILE]   （打开程序窗口）
</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+89"/>
        <location line="+12"/>
        <location line="+122"/>
        <source>--lang must be zh_CN or en.</source>
        <translation>--lang 只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+37"/>
        <location line="+67"/>
        <location line="+48"/>
        <source>--case needs a case id (a positive number).</source>
        <translation>--case 需要一个案件 ID（正整数）。</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>
Commands:
  check    Check a case file for damage; prints the number of cases when healthy.
  import   Add the cases of a bundle to a case file (created if missing);
           prints the new case ids, one per line. BUNDLE may be - (stdin).
  export   Write all cases, or the case --case ID, as a bundle to OUT
           (- for standard output). With --pdf: the case as a PDF dossier
           (or only its letter with --letter-only), in the language of its
           letter unless --lang is given, on US Letter for a US case and A4
           otherwise unless --page-size says.
           With --ics: the pending reminders (of --case ID, or of all cases)
           as an iCalendar file for any calendar app.
  search   List matching cases, best first: id, a tab, the title.
  restore  Replace a damaged case file with its newest good backup, or with
           backup N of --list (1 = newest). The file it replaces is moved
           aside, never deleted; a file that is not damaged is replaced
           only with --force. --list prints each backup: number, date,
           cases, size, and any file an earlier restore set aside.
  letter   Print the case&apos;s current letter (the newest, in --lang when given);
           drafts and saves one first when the case has none.
  tone     Check the text on standard input for emotional wording; prints
           each passage (line, column, kind, advice) and the calmer wording
           proposed for its sentence, or with --json the same as JSON. The
           text&apos;s language is guessed when --lang is absent.
  statement Read a wallet statement (Alipay, WeChat Pay, PayPal or any CSV) and print
           its transactions, unreadable lines and likely duplicate charges as JSON.
  reminders List the pending reminders due by --due-by (default: now), oldest
           first: due time, case id, kind and text, separated by tabs.

Exit codes: 0 success, 1 usage error, 2 the case file could not be opened,
3 check found problems, 4 bad bundle or statement, 5 other failure.
Without a command, WalletCase opens its window. --now runs it as if it
were that moment (e.g. 2026-03-09T08:59), to see reminders fall due; what
you change meanwhile is recorded at the moved time, so try it on a copy.
</source>
        <translation>
命令：
  check    检查案件文件是否损坏；文件完好时输出其中的案件数。
  import   把案件包中的案件添加到案件文件（文件不存在时会新建）；
           每行输出一个新案件的 ID。BUNDLE 可以是 -（表示标准输入）。
  export   把所有案件（或用 --case ID 指定的案件）作为案件包写入 OUT
           （- 表示标准输出）。加 --pdf 时：把案件导出为 PDF 案卷
           （加 --letter-only 则只导出投诉信），语言与投诉信相同，
           也可用 --lang 指定；美国的案件用 US Letter 纸，其他用 A4，
           可用 --page-size 指定。
           加 --ics 时：把待办提醒（--case ID 指定的案件，或所有案件的）
           导出为 iCalendar 文件，可导入任何日历应用。
  search   列出匹配的案件，最相关的排在前面：ID、制表符、标题。
  restore  用最新的完好备份替换已损坏的案件文件，或用 --list 列出的
           第 N 个备份替换（1 为最新）。被替换的文件会移到一旁保留，
           绝不删除；未损坏的文件只有加上 --force 才会被替换。
           --list 逐个列出备份：编号、日期、案件数、大小，以及
           以前恢复时替换下来的文件。
  letter   输出案件当前的投诉信（最新的一封；指定 --lang 时取该语言的）；
           案件还没有投诉信时，先起草并保存一封。
  tone     检查标准输入中的文字是否有情绪化措辞；逐处输出其位置和说明
           （行、列、类别、建议），以及为所在句子建议的更平和说法；
           加 --json 时以 JSON 输出同样的内容。未指定 --lang 时
           自动判断文字的语言。
  statement 读取钱包账单（支付宝、微信支付、PayPal 或任意 CSV），以 JSON
           输出其中的交易、无法读取的行以及可能的重复扣款。
  reminders 列出在 --due-by（默认：现在）之前到期的待办提醒，最早的排在前面：
           到期时间、案件 ID、类型和内容，以制表符分隔。

退出码：0 成功，1 用法错误，2 无法打开案件文件，
3 检查发现问题，4 案件包或账单有误，5 其他失败。
不带命令运行时，WalletCase 会打开程序窗口。--now 让程序按指定的时刻运行
（例如 2026-03-09T08:59），以便查看提醒到期时的情形；在此期间所做的修改
会按该时刻记录，所以请在副本上尝试。
</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the option “%1” takes no value.</source>
        <translation>选项“%1”不需要值。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>--json and --pdf cannot be used together.</source>
        <translation>--json 和 --pdf 不能同时使用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--page-size must be A4 or Letter.</source>
        <translation>--page-size 只能是 A4 或 Letter。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pdf needs a file name, or - for standard output.</source>
        <translation>--pdf 需要一个文件名，或用 - 表示输出到标准输出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--ics cannot be used with --%1.</source>
        <translation>--ics 不能与 --%1 同时使用。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--ics needs a file name, or - for standard output.</source>
        <translation>--ics 需要一个文件名，或用 - 表示输出到标准输出。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--backup needs a backup&apos;s number from --list (1 is the newest).</source>
        <translation>--backup 需要 --list 列出的备份编号（1 为最新的备份）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--list cannot be used with --backup.</source>
        <translation>--list 不能与 --backup 同时使用。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../src/app/CliStatement.cpp" line="+27"/>
        <source>--format must be alipay, wechat, paypal or generic.</source>
        <translation>--format 只能是 alipay、wechat、paypal 或 generic。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--due-by needs a date, or a date and time.</source>
        <translation>--due-by 需要一个日期，或日期加时间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 works only with --pdf.</source>
        <translation>--%1 只能与 --pdf 一起使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--json needs a file name, or - for standard output.</source>
        <translation>--json 需要一个文件名，或用 - 表示输出到标准输出。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>no command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/app/CliCommands.cpp" line="+71"/>
        <source>%1: this is not an ordinary file (a folder, a device or a pipe); give the bundle&apos;s file, or - to read standard input.</source>
        <translation>%1：这不是普通文件（而是文件夹、设备或管道）；请指定案件包文件，或用 - 读取标准输入。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+40"/>
        <source>%1: the bundle could not be read (%2).</source>
        <translation>%1：无法读取案件包（%2）。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1: this is not a WalletCase bundle (a bundle is a JSON file written by “walletcase export”).</source>
        <translation>%1：这不是 WalletCase 案件包（案件包是由“walletcase export”生成的 JSON 文件）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the bundle is larger than %2 GB, more than WalletCase imports at once. Export fewer cases per bundle.</source>
        <translation>%1：案件包超过 %2 GB，超出了 WalletCase 一次能导入的大小。请导出时让每个案件包少含一些案件。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1: 1 problem found. Restore the newest good backup with “walletcase restore”.</source>
        <translation>%1：发现 1 个问题。请用“walletcase restore”恢复最新的完好备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 problems found. Restore the newest good backup with “walletcase restore”.</source>
        <translation>%1：发现 %2 个问题。请用“walletcase restore”恢复最新的完好备份。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OK: 1 case</source>
        <translation>正常：1 个案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK: %1 cases</source>
        <translation>正常：%1 个案件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The case file is damaged: the bundle holds what could still be read. Keep the file, and see “walletcase check” and “walletcase restore”.</source>
        <translation>案件文件已损坏：导出包中只有仍能读取的内容。请保留该文件，并参阅“walletcase check”和“walletcase restore”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+158"/>
        <location line="+67"/>
        <location filename="../../src/app/CliFollowUp.cpp" line="+88"/>
        <source>%1: there is no case with the id %2 (see “walletcase search”).</source>
        <translation>%1：没有 ID 为 %2 的案件（可用“walletcase search”查找）。</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>The bundle could not be written to standard output.</source>
        <translation>无法将案件包写入标准输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the bundle could not be written (%2). Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1：无法写入案件包（%2）。请检查文件夹是否存在、您是否有写入权限，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location filename="../../src/app/CliRestore.cpp" line="+66"/>
        <location line="+28"/>
        <source>%1: there is no automatic backup of this file.</source>
        <translation>%1：此文件没有自动备份。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+33"/>
        <source>%1 cases</source>
        <translation>%1 个案件</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>1 case</source>
        <translation>1 个案件</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>set aside	%1	%2</source>
        <translation>替换下来的文件	%1	%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: there is only 1 backup; see “walletcase restore --list”.</source>
        <translation>%1：只有 1 份备份；请用“walletcase restore --list”查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there are only %2 backups; see “walletcase restore --list”.</source>
        <translation>%1：只有 %2 份备份；请用“walletcase restore --list”查看。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not damaged (%2), so it was not replaced. To put a backup in its place anyway, add --force; the current file is then moved aside, not deleted. See the backups with --list.</source>
        <translation>%1 没有损坏（%2），因此没有被替换。如果仍要用备份替换它，请加上 --force；当前文件会被移到一旁，不会被删除。用 --list 可以查看所有备份。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Restored %1 from the backup %2.</source>
        <translation>已从备份 %2 恢复 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file it replaced was kept as %1.</source>
        <translation>被替换的文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../src/app/CliCommands.cpp" line="+54"/>
        <source>Proposal: “%1”</source>
        <translation>改写建议：“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes: %1</source>
        <translation>改动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposal: remove the sentence; it states no fact.</source>
        <translation>改写建议：删除这一句；它没有陈述任何事实。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal: none that keeps your facts; reword the sentence yourself, following the advice.</source>
        <translation>改写建议：无法在保留您所述事实的前提下自动改写；请参照建议自己改写这一句。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>standard input could not be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sentence: %1</source>
        <translation>句子：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1, column %2 — %3: “%4”</source>
        <translation>第 %1 行第 %2 列 — %3：“%4”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Advice: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tone: %1</source>
        <translation>语气：%1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>PDF export is not available in this build of the command line.</source>
        <translation>此版本的命令行工具不支持导出 PDF。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The PDF could not be written to standard output.</source>
        <translation>无法将 PDF 写入标准输出。</translation>
    </message>
    <message>
        <location filename="../../src/app/CliFollowUp.cpp" line="-34"/>
        <source>--due-by needs a date or a date and time in ISO 8601, such as 2026-03-01 or 2026-03-01T09:00 (local time) or 2026-03-01T01:00:00Z.</source>
        <translation>--due-by 需要 ISO 8601 格式的日期或日期加时间，例如 2026-03-01、2026-03-01T09:00（本地时间）或 2026-03-01T01:00:00Z。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The calendar could not be written to standard output.</source>
        <translation>无法将日历写入标准输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the calendar could not be written (%2). Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1：无法写入日历（%2）。请检查文件夹是否存在、您是否有写入权限，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location filename="../../src/app/CliStatement.cpp" line="+6"/>
        <source>--encoding: “%1” is not an encoding WalletCase knows; try UTF-8 or GB18030.</source>
        <translation>--encoding：WalletCase 不认识编码“%1”；请试试 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The result could not be written to standard output.</source>
        <translation>无法将结果写入标准输出。</translation>
    </message>
</context>
<context>
    <name>wc::core::BackupManager</name>
    <message>
        <location filename="../../src/core/store/BackupManager.cpp" line="+123"/>
        <source>The backup folder %1 cannot be created. Check that you may write there; your case file itself is unaffected.</source>
        <translation>无法创建备份文件夹 %1。请检查您是否有该位置的写入权限；您的案件文件本身不受影响。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The automatic backup could not be written because the disk is full. Free some space; your case file itself is unaffected.</source>
        <translation>磁盘已满，无法写入自动备份。请释放一些空间；您的案件文件本身不受影响。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup could not be written to %1. Check that the folder can be written; your case file itself is unaffected.</source>
        <translation>无法将自动备份写入 %1。请检查该文件夹是否可以写入；您的案件文件本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/BackupRestore.cpp" line="+108"/>
        <source>There is no automatic backup of this case file, so it cannot be restored. The file has not been changed; if you have a copy elsewhere, open that.</source>
        <translation>此案件文件没有自动备份，因此无法恢复。文件未做任何更改；如果您在别处有副本，请打开那个副本。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The case file is open in a WalletCase window. Close it there, then restore the backup.</source>
        <translation>此案件文件正在某个 WalletCase 窗口中打开。请先在那里关闭它，再恢复备份。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The current case file could not be moved aside, so nothing was restored. Check that its folder can be written.</source>
        <translation>无法将当前的案件文件移到一旁，因此未做任何恢复。请检查其所在文件夹是否可以写入。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>That backup no longer exists. Choose another one; the case file has not been changed.</source>
        <translation>该备份已不存在。请选择其他备份；案件文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup could not be copied next to the case file. Check that the disk has free space and that the folder can be written; the case file has not been changed.</source>
        <translation>无法将备份复制到案件文件所在的文件夹。请检查磁盘是否有剩余空间、该文件夹是否可以写入；案件文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup could not be opened, so nothing was restored. The case file has not been changed.</source>
        <translation>该备份无法打开，因此未做任何恢复。案件文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>That set-aside file no longer exists; the case file has not been changed.</source>
        <translation>那个替换下来的文件已不存在；案件文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The set-aside file could not be moved back. Check that its folder can be written; nothing was changed.</source>
        <translation>无法将替换下来的文件移回原处。请检查其所在文件夹是否可以写入；未做任何更改。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>None of the %1 backups of this case file could be opened, so nothing was restored. The case file has not been changed.</source>
        <translation>此案件文件的备份（共 %1 个）都无法打开，因此未做任何恢复。案件文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup could not be put in place of the case file. Check that its folder can be written; the case file has not been changed.</source>
        <translation>无法用备份替换案件文件。请检查其所在文件夹是否可以写入；案件文件未做任何更改。</translation>
    </message>
</context>
<context>
    <name>wc::core::CaseBundle</name>
    <message>
        <location filename="../../src/core/exchange/BundleFields.h" line="+47"/>
        <source>The case bundle cannot be imported: %1 should be %2. The file may have been edited by hand or damaged.</source>
        <translation>无法导入此案件包：%1 应为%2。该文件可能被手动修改过，或已损坏。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location filename="../../src/core/exchange/CaseBundleImport.cpp" line="+281"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a whole number or null</source>
        <translation>整数或 null</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/CaseBundleImport.cpp" line="-224"/>
        <location line="+51"/>
        <location line="+153"/>
        <location line="+33"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>The case bundle cannot be imported: its evidence content is filed under a name that is not a SHA-256 fingerprint.</source>
        <translation>无法导入此案件包：其中证据内容所用的名称不是 SHA-256 指纹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base64 text</source>
        <translation>Base64 文本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case bundle is damaged: the content of an evidence file (fingerprint %1…) does not match its fingerprint. Ask for a fresh export.</source>
        <translation>此案件包已损坏：某个证据文件（指纹 %1…）的内容与其指纹不符。请重新导出一份案件包。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+154"/>
        <location line="+48"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Case %1 of the bundle (“%2”) cannot be imported: %3</source>
        <translation>无法导入案件包中的第 %1 个案件（“%2”）：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its kind of problem “%1” is not one WalletCase knows.</source>
        <translation>其问题类别“%1”不是 WalletCase 能识别的类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its status “%1” is not one WalletCase knows.</source>
        <translation>其状态“%1”不是 WalletCase 能识别的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its satisfaction rating is not between 1 and 5.</source>
        <translation>其满意度评分不在 1 到 5 之间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the content of its evidence “%1” is missing from the bundle.</source>
        <translation>案件包中缺少其证据“%1”的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the size recorded for its evidence “%1” does not match the content; the bundle is damaged.</source>
        <translation>其证据“%1”记录的大小与内容不符；案件包已损坏。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>two of its evidence items have the same id.</source>
        <translation>其中有两项证据的 ID 相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its evidence “%1” is marked as a copy of evidence that is not in the case.</source>
        <translation>其证据“%1”被标记为另一项证据的副本，但那项证据不在此案件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its evidence items are marked as copies of each other.</source>
        <translation>其中的证据被互相标记为对方的副本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two of its contacts have the same id.</source>
        <translation>其中有两条联系记录的 ID 相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a reminder has the unknown state “%1”.</source>
        <translation>某条提醒的状态“%1”无法识别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reminder refers to a contact that is not in the case.</source>
        <translation>某条提醒关联的联系记录不在此案件中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case %1 of the bundle (“%2”) was exported with a history already altered at entry %3 in the file it came from. It was imported as it is, and “Check” will keep reporting it.</source>
        <translation>导出包中的第 %1 个案件（“%2”）在原文件中导出时，其历史记录已在第 %3 条被改动。它已按原样导入，“检查”会继续报告此问题。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its history has been altered (entry %1 does not match the entries before it). Ask for a fresh export of the case.</source>
        <translation>其历史记录已被改动（第 %1 条与之前的记录对不上）。请重新导出此案件。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>a provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+115"/>
        <source>This file is not a WalletCase case bundle. Choose a .json file exported from WalletCase.</source>
        <translation>此文件不是 WalletCase 案件包。请选择从 WalletCase 导出的 .json 文件。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The case bundle cannot be imported: its format version is missing or not valid.</source>
        <translation>无法导入此案件包：缺少格式版本，或格式版本无效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This case bundle was made by a newer version of WalletCase (bundle format %1; this version reads up to %2). Update WalletCase to import it.</source>
        <translation>此案件包由较新版本的 WalletCase 生成（案件包格式 %1；当前版本最高支持 %2）。请更新 WalletCase 后再导入。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This file is not a valid case bundle: it is not well-formed JSON (%1 at byte %2).</source>
        <translation>此文件不是有效的案件包：它不是格式正确的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location filename="../../src/core/exchange/CaseBundle.cpp" line="+92"/>
        <source>Evidence “%1” of case %2 is damaged in the case file: its content no longer matches the fingerprint it was stored with. It was exported as it is now.</source>
        <translation>案件 %2 的证据“%1”在案件文件中已损坏：其内容与保存时记录的指纹不再相符。已按其现有内容导出。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history of case %1 has been altered at entry %2 in the case file. It was exported as it is, marked as altered.</source>
        <translation>案件 %1 的历史记录在案件文件中第 %2 条已被改动。它已按原样导出，并标记为已改动。</translation>
    </message>
</context>
<context>
    <name>wc::core::CaseLifecycle</name>
    <message>
        <location filename="../../src/core/followup/CaseLifecycle.cpp" line="+80"/>
        <source>A case cannot go from this status to that one. Choose one of the statuses offered.</source>
        <translation>案件不能从当前状态改为该状态。请从列出的状态中选择一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the case with its outcome instead.</source>
        <translation>请改为填写处理结果并结案。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose how the case ended: resolved fully, resolved partly or not resolved.</source>
        <translation>请选择案件的结果：完全解决、部分解决或未解决。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satisfaction is a rating from 1 to 5.</source>
        <translation>满意度评分范围为 1 到 5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The money recovered cannot be negative.</source>
        <translation>追回的金额不能为负数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This case cannot be closed yet: it has not been sent. Delete it instead if you no longer need it.</source>
        <translation>此案件还不能结案：投诉尚未发出。如果不再需要这个案件，可以将其删除。</translation>
    </message>
</context>
<context>
    <name>wc::core::CaseStore</name>
    <message>
        <location filename="../../src/core/store/CaseStore.cpp" line="+33"/>
        <location filename="../../src/core/store/CaseStoreParts.cpp" line="+28"/>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose what kind of problem this is (transaction, security or service).</source>
        <translation>请选择问题类别（交易、安全或服务）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case status is not one WalletCase knows.</source>
        <translation>该案件状态不是 WalletCase 能识别的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度评分范围为 1 到 5。</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>A provider needs a name.</source>
        <translation>服务商需要填写名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider entry could not be saved because it is not well formed.</source>
        <translation>服务商条目格式不正确，无法保存。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The time zone is not one this computer knows.</source>
        <translation>该时区不是这台电脑能识别的时区。</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The content of evidence “%1” is missing from the file being imported.</source>
        <translation>正在导入的文件中缺少证据“%1”的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The content of evidence “%1” does not match its recorded fingerprint; the file being imported is damaged.</source>
        <translation>证据“%1”的内容与记录的指纹不符；正在导入的文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/CaseStoreOpen.cpp" line="+144"/>
        <source>The case file could not be upgraded to this version of WalletCase. It has not been changed.</source>
        <translation>无法将案件文件升级到当前版本的 WalletCase。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A copy of the damaged log was kept as “%1”.</source>
        <translation>已将损坏的修改记录复制一份，保存为“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged log could not be copied.</source>
        <translation>无法复制损坏的修改记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s log of recent changes is damaged, so the changes saved last before it was closed could not be read back.</source>
        <translation>此文件的最近修改记录已损坏，因此文件关闭前最后保存的修改无法读回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s log of recent changes is damaged: the change saved last before it was closed could not be read back.</source>
        <translation>此文件的最近修改记录已损坏：文件关闭前最后保存的那项修改无法读回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s log of recent changes is damaged: %1 changes saved last before it was closed could not be read back.</source>
        <translation>此文件的最近修改记录已损坏：文件关闭前最后保存的 %1 项修改无法读回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check your latest entries and enter again what is missing.</source>
        <translation>请检查您最近填写的内容，把缺少的部分重新填上。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The case file does not exist. Check the path, or create a new case file.</source>
        <translation>案件文件不存在。请检查路径，或新建一个案件文件。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This case file is already open in another WalletCase window. Switch to that window, or close it and try again.</source>
        <translation>此案件文件已在另一个 WalletCase 窗口中打开。请切换到那个窗口，或将其关闭后重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This case file is already open in another WalletCase window, under another name (a link to the same file). Switch to that window, or close it and try again.</source>
        <translation>此案件文件已在另一个 WalletCase 窗口中以另一个名称（指向同一文件的链接）打开。请切换到那个窗口，或将其关闭后重试。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The file holds no cases. If it should, restore the newest backup; otherwise create a new case file.</source>
        <translation>此文件中没有任何案件。如果本应有案件，请恢复最新的备份；否则请新建一个案件文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a database, but not a WalletCase case file, so WalletCase will not change it. Choose a .wcase file, or create a new case file.</source>
        <translation>这是一个数据库文件，但不是 WalletCase 案件文件，因此 WalletCase 不会修改它。请选择 .wcase 文件，或新建一个案件文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This case file was written by a newer version of WalletCase (file format %1; this version reads up to %2). Update WalletCase to open it; the file has not been changed.</source>
        <translation>此案件文件由较新版本的 WalletCase 写入（文件格式 %1；当前版本最高支持 %2）。请更新 WalletCase 后再打开；文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The file is no longer marked as a WalletCase case file.</source>
        <translation>此文件已不再带有 WalletCase 案件文件的标记。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 broken reference between records.</source>
        <translation>记录之间有 1 处引用已损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 broken references between records.</source>
        <translation>记录之间有 %1 处引用已损坏。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Evidence “%1” of case %2 is damaged: its content no longer matches the fingerprint it was stored with.</source>
        <translation>案件 %2 的证据“%1”已损坏：其内容与保存时记录的指纹不再相符。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history of case %1 has been altered at entry %2.</source>
        <translation>案件 %1 的历史记录在第 %2 条处被改动过。</translation>
    </message>
</context>
<context>
    <name>wc::core::ClockTable</name>
    <message>
        <location filename="../../src/core/followup/ClockTable.cpp" line="+58"/>
        <source>The entry “%1” is missing.</source>
        <translation>缺少条目“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The entry “%1” should be a whole number of at least %2.</source>
        <translation>条目“%1”应为大于或等于 %2 的整数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a reminder kind a clock can make (use follow_up, reply_deadline or claim_deadline).</source>
        <translation>“%1”不是期限规则能生成的提醒类型（请使用 follow_up、reply_deadline 或 claim_deadline）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a kind of problem WalletCase knows.</source>
        <translation>“%1”不是 WalletCase 能识别的问题类别。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not something a deadline can count from.</source>
        <translation>“%1”不能作为期限的起算点。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a unit of time WalletCase knows (use days, business_days, weeks or months).</source>
        <translation>“%1”不是 WalletCase 能识别的时间单位（请使用 days、business_days、weeks 或 months）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The clock “%1” has no %2 text.</source>
        <translation>期限规则“%1”缺少 %2 文本。</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>WalletCase&apos;s table of complaint deadlines (clocks.json)</source>
        <translation>WalletCase 的投诉期限表（clocks.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstall WalletCase, or undo the last change to that file (see docs/followup.md).</source>
        <translation>请重新安装 WalletCase，或撤销对该文件的最近一次修改（参见 docs/followup.md）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The clock “%1” is listed twice.</source>
        <translation>期限规则“%1”被列出了两次。</translation>
    </message>
</context>
<context>
    <name>wc::core::ColumnMapping</name>
    <message>
        <location filename="../../src/core/statements/ColumnMapping.cpp" line="+160"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time (when separate)</source>
        <translation>时间（单独一列时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In or out</source>
        <translation>收/支</translation>
    </message>
</context>
<context>
    <name>wc::core::DemoCase</name>
    <message>
        <location filename="../../src/core/guidance/DemoCase.cpp" line="+157"/>
        <source>The example case could not be added.</source>
        <translation>无法添加示例案件。</translation>
    </message>
</context>
<context>
    <name>wc::core::DuplicateChargeCase</name>
    <message>
        <location filename="../../src/core/cases/DuplicateChargeCase.cpp" line="+93"/>
        <source>The new case was started, but its transactions could not all be copied: %1</source>
        <translation>新案件已创建，但其中的交易未能全部复制：%1</translation>
    </message>
</context>
<context>
    <name>wc::core::DuplicateDetector</name>
    <message>
        <location filename="../../src/core/statements/DuplicateDetector.cpp" line="+61"/>
        <source>1 second</source>
        <translation>1秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 payments of %2 to %3 within %4, the first at %5 and the last at %6, each under its own reference. The same amount to the same payee this close together is likely a duplicate charge.</source>
        <translation>在%4内向“%3”支付了%1笔、每笔%2，第一笔在%5，最后一笔在%6，每笔都有各自的交易单号。短时间内向同一收款方支付相同金额，很可能是重复扣款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 payments of %2 to %3 within %4, the first at %5 and the last at %6. The same amount to the same payee this close together is likely a duplicate charge.</source>
        <translation>在%4内向“%3”支付了%1笔、每笔%2，第一笔在%5，最后一笔在%6。短时间内向同一收款方支付相同金额，很可能是重复扣款。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A refund of %1 from the same payee followed at %2; check whether it settles the duplicate.</source>
        <translation>之后在 %2 收到同一收款方退回的 %1；请核对这笔退款是否已抵消重复扣款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refunds of %2 from the same payee followed, the first at %3; check whether they settle the duplicate.</source>
        <translation>之后收到同一收款方的 %1 笔 %2 退款，第一笔在 %3；请核对这些退款是否已抵消重复扣款。</translation>
    </message>
</context>
<context>
    <name>wc::core::EscalationLadder</name>
    <message>
        <location filename="../../src/core/followup/EscalationLadder.cpp" line="+118"/>
        <source>The entry “%1” should be a whole number of at least 1.</source>
        <translation>条目“%1”应为大于或等于 1 的整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a unit of time WalletCase knows (use days, business_days, weeks or months).</source>
        <translation>“%1”不是 WalletCase 能识别的时间单位（请使用 days、business_days、weeks 或 months）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>WalletCase&apos;s escalation ladder (escalation.json)</source>
        <translation>WalletCase 的投诉升级路径（escalation.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstall WalletCase, or undo the last change to that file (see docs/followup.md).</source>
        <translation>请重新安装 WalletCase，或撤销对该文件的最近一次修改（参见 docs/followup.md）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not a region WalletCase knows (use CN, US, UK or EU).</source>
        <translation>“%1”不是 WalletCase 能识别的地区（请使用 CN、US、UK 或 EU）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The step “%1” is unknown or out of order. Steps go: %2.</source>
        <translation>步骤“%1”无法识别或顺序不对。步骤顺序应为：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a kind of letter WalletCase can draft.</source>
        <translation>“%1”不是 WalletCase 能起草的信件类型。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The step “%1” of %2 names “%3”, which is not one of that region&apos;s regulators in the provider directory.</source>
        <translation>%2 的步骤“%1”指定了“%3”，但服务商目录中该地区的监管机构里没有它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The region “%1” has two ladders.</source>
        <translation>地区“%1”有两条升级路径。</translation>
    </message>
</context>
<context>
    <name>wc::core::FileProbe</name>
    <message>
        <location filename="../../src/core/store/FileProbe.cpp" line="+24"/>
        <source>The case file is incomplete: it was cut short, perhaps by an interrupted copy or download. Restore the newest backup, or copy the file again from where it came from.</source>
        <translation>案件文件不完整：文件被截断了，可能是复制或下载中途被打断。请恢复最新的备份，或从原来的位置重新复制该文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is a folder, not a case file. Choose a file ending in .wcase inside it.</source>
        <translation>这是一个文件夹，不是案件文件。请选择其中以 .wcase 结尾的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an ordinary file (it is a device or a pipe), so it cannot be a case file. Choose a file ending in .wcase.</source>
        <translation>这不是普通文件（而是设备或管道），因此不可能是案件文件。请选择以 .wcase 结尾的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case file cannot be read. Check that it exists and that you are allowed to open it.</source>
        <translation>无法读取案件文件。请检查文件是否存在，以及您是否有权限打开它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty (0 bytes), so it holds no cases. If it should hold your cases, restore the newest backup; otherwise create a new case file.</source>
        <translation>此文件为空（0 字节），其中没有任何案件。如果它本应保存着您的案件，请恢复最新的备份；否则请新建一个案件文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not a WalletCase case file. Choose a file ending in .wcase, or create a new case file.</source>
        <translation>此文件不是 WalletCase 案件文件。请选择以 .wcase 结尾的文件，或新建一个案件文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The case file is damaged. Restore the newest good backup, or open another case file.</source>
        <translation>案件文件已损坏。请恢复最新的完好备份，或打开其他案件文件。</translation>
    </message>
</context>
<context>
    <name>wc::core::GuidanceReader</name>
    <message>
        <location filename="../../src/core/guidance/GuidanceReader.cpp" line="+23"/>
        <source>%1 cannot be used. %2 %3</source>
        <translation>%1无法使用。%2%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Part of WalletCase&apos;s built-in guidance (%1) is missing from this installation. Reinstall WalletCase.</source>
        <translation>此次安装缺少 WalletCase 内置指引的一部分（%1）。请重新安装 WalletCase。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entry “%1” is missing or empty.</source>
        <translation>条目“%1”缺失或为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The entry “%1” should be %2.</source>
        <translation>条目“%1”应为%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is not valid JSON (%1 near character %2).</source>
        <translation>它不是有效的 JSON（%1，位于第 %2 个字符附近）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It should be a JSON object ({ … }) but is not.</source>
        <translation>它应当是一个 JSON 对象（{ … }），但实际不是。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a whole number of 1 or more</source>
        <translation>大于或等于 1 的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was written for a newer version of WalletCase (format %1; this version reads up to %2). Update WalletCase.</source>
        <translation>它是为较新版本的 WalletCase 编写的（格式 %1；当前版本最高支持 %2）。请更新 WalletCase。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+28"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>texts by language, such as {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>按语言区分的文本，例如 {&quot;zh_CN&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an object ({ … })</source>
        <translation>对象（{ … }）</translation>
    </message>
</context>
<context>
    <name>wc::core::IcsExport</name>
    <message>
        <location filename="../../src/core/exchange/IcsExport.cpp" line="+39"/>
        <source>The calendar file could not be made. Please report this problem.</source>
        <translation>无法生成日历文件。请反馈这个问题。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Untitled case</source>
        <translation>未命名案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the case in WalletCase to follow up, snooze or mark this reminder done.</source>
        <translation>请在 WalletCase 中打开此案件，进行跟进、推迟此提醒，或将其标记为已完成。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised reply due</source>
        <translation>对方承诺的答复到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline to act</source>
        <translation>行动截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>wc::core::LetterConventions</name>
    <message>
        <location filename="../../src/core/letters/LetterConventions.cpp" line="+24"/>
        <source>The letter conventions data is damaged. Reinstall WalletCase.</source>
        <translation>书信格式规范数据已损坏。请重新安装 WalletCase。</translation>
    </message>
</context>
<context>
    <name>wc::core::LetterDrafter</name>
    <message>
        <location filename="../../src/core/letters/LetterDrafter.cpp" line="+33"/>
        <source>The letter template could not be loaded. Reinstall WalletCase.</source>
        <translation>无法加载投诉信模板。请重新安装 WalletCase。</translation>
    </message>
    <message>
        <location filename="../../src/core/letters/LetterPhrases.cpp" line="+23"/>
        <source>The letter wording data is damaged. Reinstall WalletCase.</source>
        <translation>投诉信措辞数据已损坏。请重新安装 WalletCase。</translation>
    </message>
    <message>
        <location filename="../../src/core/letters/LetterDrafter.cpp" line="+170"/>
        <source>There is no letter template of this kind.</source>
        <translation>没有这类信件的模板。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters can be written in Chinese (zh_CN) or English (en).</source>
        <translation>投诉信可以用中文（zh_CN）或英文（en）撰写。</translation>
    </message>
    <message>
        <location line="+147"/>
        <location line="+21"/>
        <location line="+6"/>
        <source>The letter template is damaged. Reinstall WalletCase.</source>
        <translation>投诉信模板已损坏。请重新安装 WalletCase。</translation>
    </message>
</context>
<context>
    <name>wc::core::Money</name>
    <message>
        <location filename="../../src/core/model/Money.cpp" line="+106"/>
        <source>&quot;%1&quot; is written in %2, but the currency chosen is %3. Choose the right currency, or type only the number.</source>
        <translation>“%1”用的是 %2，但所选币种是 %3。请选择正确的币种，或只输入数字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the amount, for example %1.</source>
        <translation>请输入金额，例如 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount without a minus sign.</source>
        <translation>请输入金额，不要带负号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an amount. Type digits and at most one decimal point, for example %2.</source>
        <translation>“%1”不是金额。请输入数字，最多带一个小数点，例如 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not clear as an amount. Type it with one decimal point and no other separators, for example %2.</source>
        <translation>无法确定“%1”是多少金额。请只用一个小数点，不要用其他分隔符，例如 %2。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 amounts have no decimals; type a whole number, for example %2.</source>
        <translation>%1 金额没有小数；请输入整数，例如 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 amounts have at most %2 decimals, for example %3.</source>
        <translation>%1 金额最多有 %2 位小数，例如 %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
</context>
<context>
    <name>wc::core::ProviderDirectory</name>
    <message>
        <location filename="../../src/core/guidance/ProviderDirectory.cpp" line="+39"/>
        <source>The entry “%1” has the channel kind “%2”; use hotline, in_app, web_form, email or social.</source>
        <translation>条目“%1”的渠道类型为“%2”；请使用 hotline、in_app、web_form、email 或 social。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry “%1” needs a “value” (a number, address or account) or a “path” (the steps to follow).</source>
        <translation>条目“%1”需要填写“value”（号码、地址或账号）或“path”（操作步骤）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The entry “%1” has the kind “%2”; use regulator, ombudsman, public_platform or police.</source>
        <translation>条目“%1”的类型为“%2”；请使用 regulator、ombudsman、public_platform 或 police。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A provider correction without a key</source>
        <translation>一条没有 key 的服务商修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your correction to the provider “%1”</source>
        <translation>您对服务商“%1”的修正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WalletCase shows the shipped entry instead. Edit the correction and save it again.</source>
        <translation>WalletCase 将改为显示内置的条目。请修改这条修正后重新保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It needs a key: a shipped provider&apos;s key to correct that entry, or a new key to add a provider.</source>
        <translation>它需要一个 key：填写内置服务商的 key 可修正该条目，填写新的 key 则可添加服务商。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its JSON names the provider “%1” instead.</source>
        <translation>但其 JSON 中写的服务商是“%1”。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>WalletCase&apos;s directory of wallets and regulators (providers.json)</source>
        <translation>WalletCase 的钱包与监管机构目录（providers.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstall WalletCase, or undo the last change to that file (see docs/content.md).</source>
        <translation>请重新安装 WalletCase，或撤销对该文件的最近一次修改（参见 docs/content.md）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider “%1” is listed twice.</source>
        <translation>服务商“%1”被列出了两次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The regulator “%1” is listed twice.</source>
        <translation>监管机构“%1”被列出了两次。</translation>
    </message>
</context>
<context>
    <name>wc::core::RecentlyDeleted</name>
    <message>
        <location filename="../../src/core/store/RecentlyDeleted.cpp" line="+47"/>
        <source>The case could not be kept in Recently Deleted (%1), so it was not deleted. Check that the disk has free space and that WalletCase&apos;s data folder can be written.</source>
        <translation>无法把案件放入“最近删除的案件”（%1），因此没有删除它。请检查磁盘是否还有空间，以及 WalletCase 的数据文件夹是否可以写入。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The folder for recently deleted cases (%1) cannot be created, so the case was not deleted.</source>
        <translation>无法创建存放最近删除案件的文件夹（%1），因此没有删除该案件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The deleted case is no longer kept, so it cannot be put back.</source>
        <translation>这个已删除的案件已不再保留，因此无法放回。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The kept copy of the case holds no case.</source>
        <translation>保留的案件副本中没有任何案件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The deleted case could not be removed from %1. Check that the folder can be written.</source>
        <translation>无法从 %1 中移除这个已删除的案件。请检查该文件夹是否可以写入。</translation>
    </message>
</context>
<context>
    <name>wc::core::ReminderQueue</name>
    <message>
        <location filename="../../src/core/followup/ReminderQueue.cpp" line="+175"/>
        <source>That month does not exist.</source>
        <translation>该月份不存在。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This reminder is no longer pending: it was done, dismissed or deleted, perhaps in another window.</source>
        <translation>此提醒已不在待办中：它已被完成、忽略或删除，可能是在另一个窗口中操作的。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a date to be reminded on.</source>
        <translation>请选择提醒日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a time in the future: reminders are snoozed until 9:00 on the day you pick.</source>
        <translation>请选择将来的时间：提醒会推迟到您所选日期的 9:00。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less than an hour</source>
        <translation>不到 1 小时</translation>
    </message>
</context>
<context>
    <name>wc::core::SchemaCheck</name>
    <message>
        <location filename="../../src/core/store/SchemaCheck.cpp" line="+69"/>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The %1 “%2” is missing from the file.</source>
        <translation>文件中缺少%1“%2”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The column “%1” of the table “%2” is missing.</source>
        <translation>表“%2”缺少列“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column “%1” of the table “%2” has been changed (%3 instead of %4).</source>
        <translation>表“%2”的列“%1”已被更改（现为 %3，应为 %4）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file holds a %1 “%2” that WalletCase did not make.</source>
        <translation>文件中有一个并非由 WalletCase 创建的%1“%2”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The search index “%1” is damaged; searching may miss cases.</source>
        <translation>搜索索引“%1”已损坏；搜索时可能会漏掉一些案件。</translation>
    </message>
</context>
<context>
    <name>wc::core::Sqlite</name>
    <message>
        <location filename="../../src/core/store/Sqlite.cpp" line="+29"/>
        <source>The disk is full, so the last change could not be saved. Free some space and try again; everything saved before is still in the case file.</source>
        <translation>磁盘已满，最近一次更改未能保存。请释放一些空间后重试；之前保存的内容都仍在案件文件中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file cannot be written (it or its folder is read-only). Copy it to a folder you can write to, or change its permissions.</source>
        <translation>无法写入案件文件（文件或其所在文件夹为只读）。请将它复制到您可以写入的文件夹，或修改其权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file is damaged. Restore the newest good backup, or open another case file.</source>
        <translation>案件文件已损坏。请恢复最新的完好备份，或打开其他案件文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a WalletCase case file (it is not a database at all).</source>
        <translation>此文件不是 WalletCase 案件文件（它根本不是数据库文件）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case file is busy in another program. Close it there and try again.</source>
        <translation>案件文件正被其他程序占用。请在该程序中关闭它，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change was refused because it conflicts with data already saved.</source>
        <translation>此更改与已保存的数据冲突，因此未被接受。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case file could not be opened. Check that the file and its folder exist and that you may read and write them.</source>
        <translation>无法打开案件文件。请检查文件及其所在文件夹是否存在，以及您是否有读写权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading or writing the case file failed (a disk or file system error). Check the disk and try again.</source>
        <translation>读写案件文件失败（磁盘或文件系统出错）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unexpected database error occurred. Please try again; if it keeps happening, report it with the log file.</source>
        <translation>发生了意外的数据库错误。请重试；如果问题反复出现，请附上日志文件进行反馈。</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Nothing to commit.</source>
        <translation>没有需要提交的内容。</translation>
    </message>
</context>
<context>
    <name>wc::core::StatementParser</name>
    <message>
        <location filename="../../src/core/statements/StatementFormats.cpp" line="+230"/>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date and time WalletCase can read, such as 2026-11-22 09:03:05.</source>
        <translation>WalletCase 无法识别日期时间“%1”；请使用 2026-11-22 09:03:05 这样的格式。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time zone “%1” is unknown; times in it were read as %2.</source>
        <translation>无法识别时区“%1”；其中的时间已按 %2 读取。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a currency WalletCase knows; use a code such as CNY or USD.</source>
        <translation>“%1”不是 WalletCase 能识别的币种；请使用 CNY、USD 这样的代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The amount is missing.</source>
        <translation>缺少金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an amount of %2.</source>
        <translation>“%1”不是有效的 %2 金额。</translation>
    </message>
    <message>
        <location filename="../../src/core/statements/StatementParser.cpp" line="+194"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder, not a statement file.</source>
        <translation>这是一个文件夹，不是账单文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not an ordinary file (it is a device or a pipe). Save the statement export as a file and choose that.</source>
        <translation>这不是普通文件（而是设备或管道）。请先把导出的账单保存为文件，再选择该文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is %1 MB; WalletCase reads statements of up to %2 MB. Export a shorter period from the wallet.</source>
        <translation>此文件有 %1 MB；WalletCase 最多能读取 %2 MB 的账单。请在钱包中导出较短时间段的账单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>The file could not be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The file is larger than %1 MB; WalletCase reads statements of up to %1 MB. Export a shorter period from the wallet.</source>
        <translation>此文件超过了 %1 MB，而 WalletCase 最多能读取 %1 MB 的账单。请在钱包中导出较短时间段的账单。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the statement was cancelled.</source>
        <translation>已取消读取账单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an encoding WalletCase can read; try UTF-8 or GB18030.</source>
        <translation>WalletCase 无法读取编码“%1”；请试试 UTF-8 或 GB18030。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a time zone WalletCase knows; use a name such as Asia/Shanghai.</source>
        <translation>“%1”不是 WalletCase 能识别的时区；请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is not a text file, so it cannot be a statement export.</source>
        <translation>这不是文本文件，因此不可能是导出的账单。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file has no text in it.</source>
        <translation>文件中没有任何文字。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is not a statement WalletCase can read: its first lines have no header row of an Alipay, WeChat Pay or PayPal export, nor columns named like a date and an amount. Choose the columns by hand as a generic CSV.</source>
        <translation>这不是 WalletCase 能读取的账单：开头几行既没有支付宝、微信支付或 PayPal 导出账单的表头，也没有类似日期和金额的列名。请按通用 CSV 手动选择各列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row or the columns chosen do not fit this file.</source>
        <translation>表头行或所选的列与此文件不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row in the first lines names a date column and an amount column. Choose the columns by hand.</source>
        <translation>开头几行中找不到包含日期列和金额列的表头。请手动选择各列。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generic CSV</source>
        <translation>通用 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 header row was found in the first lines. Check the format chosen, or the encoding.</source>
        <translation>开头几行中没有找到 %1 导出账单的表头。请检查所选的格式或编码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file was read as %1; if its text should be Chinese or other non-English text, choose another encoding.</source>
        <translation>此文件已按 %1 编码读取；如果其中应有中文或其他非英文文字，请换一种编码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file was read as %1: read the other way, it had no statement in it.</source>
        <translation>此文件已按 %1 编码读取：按另一种编码读取时，其中找不到账单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some bytes on this line are not valid %1 and show as �; the rest of the file reads normally.</source>
        <translation>这一行有些字节不是有效的 %1，显示为 �；文件其余部分读取正常。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This line had a zero byte (a sign of a damaged file), which was removed.</source>
        <translation>这一行含有零字节（文件可能已损坏），已将其去掉。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>%1 The row was skipped.</source>
        <extracomment>%1 is a sentence saying what is wrong with the row.</extracomment>
        <translation>%1已跳过这一行。</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Some bytes are not valid %1 and show as �. If the text looks wrong, choose another encoding.</source>
        <translation>有些字节不是有效的 %1，显示为 �。如果文字看起来不对，请换一种编码。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Dates such as %1 could be day/month or month/day; they were read as month/day/year. Choose the date order if that is wrong.</source>
        <translation>像 %1 这样的日期既可能是“日/月”也可能是“月/日”；已按“月/日/年”读取。如果不对，请选择日期顺序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates such as %1 could be day/month or month/day; they were read as day/month/year. Choose the date order if that is wrong.</source>
        <translation>像 %1 这样的日期既可能是“日/月”也可能是“月/日”；已按“日/月/年”读取。如果不对，请选择日期顺序。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A quoted field starts on this line and is never closed; the line was skipped.</source>
        <translation>这一行有一个带引号的字段没有结束引号；已跳过这一行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The line is %1 characters long, longer than any statement row; it was skipped.</source>
        <translation>这一行有 %1 个字符，比任何账单行都长；已跳过这一行。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+21"/>
        <source>A quote on this line is not closed where its field ends, so the line was skipped.</source>
        <translation>这一行有引号在字段结束处没有闭合，因此已跳过这一行。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The row has %1 fields but the header has %2; a field may hold an unquoted comma. The row was skipped.</source>
        <translation>这一行有 %1 个字段，而表头有 %2 个；可能某个字段中含有未加引号的逗号。已跳过这一行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row has %1 fields but the header has %2. The row was skipped.</source>
        <translation>这一行有 %1 个字段，而表头有 %2 个。已跳过这一行。</translation>
    </message>
</context>
<context>
    <name>wc::core::StatementProblem</name>
    <message>
        <location filename="../../src/core/statements/ColumnMapping.cpp" line="+164"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>wc::core::Taxonomy</name>
    <message>
        <location filename="../../src/core/guidance/Taxonomy.cpp" line="+51"/>
        <source>The first step “%1” has both “only_for” and “not_for”; use one.</source>
        <translation>首要步骤“%1”同时设置了“only_for”和“not_for”；请只用其中一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two first steps in “%1” have the same key “%2”.</source>
        <translation>“%1”中有两个首要步骤的 key 都是“%2”。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is not a kind of problem WalletCase knows (use transaction, security or service).</source>
        <translation>“%1”不是 WalletCase 能识别的问题类别（请使用 transaction、security 或 service）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The kind of problem “%1” is listed twice.</source>
        <translation>问题类别“%1”被列出了两次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The problem type “%1” is listed twice.</source>
        <translation>问题类型“%1”被列出了两次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The problem type “%1” refers to the CFPB issue “%2”, which is not in the list of CFPB issues.</source>
        <translation>问题类型“%1”引用了 CFPB 问题“%2”，但该问题不在 CFPB 问题列表中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first step “%1” is limited to “%2”, which is not a problem type of “%3”.</source>
        <translation>首要步骤“%1”限定于“%2”，但它不是“%3”下的问题类型。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kind of problem “%1” is missing.</source>
        <translation>缺少问题类别“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WalletCase&apos;s list of problem types (taxonomy.json)</source>
        <translation>WalletCase 的问题类型列表（taxonomy.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reinstall WalletCase, or undo the last change to that file (see docs/content.md).</source>
        <translation>请重新安装 WalletCase，或撤销对该文件的最近一次修改（参见 docs/content.md）。</translation>
    </message>
</context>
<context>
    <name>wc::core::TextLimits</name>
    <message>
        <location filename="../../src/core/store/TextLimits.cpp" line="+16"/>
        <source>The %1 is too long to keep: %2 characters, where at most %3 fit. Shorten it; a long document can be added as evidence instead.</source>
        <translation>%1过长，无法保存：共 %2 个字符，最多只能保存 %3 个。请删减一些；较长的文档可以改为作为证据添加。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description of what happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on what you ask for</source>
        <translation>诉求说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on how the case ended</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case can quote at most %1 references; this one has %2.</source>
        <translation>一个案件最多只能填写 %1 个相关单号；此案件有 %2 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reference</source>
        <translation>相关单号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first step</source>
        <translation>首要步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on a first step</source>
        <translation>首要步骤的备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>payee</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction reference</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transaction status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on a transaction</source>
        <translation>交易备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence title</source>
        <translation>证据标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence file name</source>
        <translation>证据文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on evidence</source>
        <translation>证据备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>agent&apos;s name</source>
        <translation>客服姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent&apos;s employee ID</source>
        <translation>客服工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary of the contact</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise</source>
        <translation>对方的承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome of the contact</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>letter&apos;s subject</source>
        <translation>信件主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter</source>
        <translation>信件正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter&apos;s reference</source>
        <translation>信件的受理编号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reminder</source>
        <translation>提醒内容</translation>
    </message>
</context>
<context>
    <name>wc::core::ToneChecker</name>
    <message>
        <location filename="../../src/core/letters/ToneChecker.cpp" line="+172"/>
        <source>The tone check is not available for the language “%1”.</source>
        <translation>语气检查暂不支持语言“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The tone check word list for “%1” is damaged; the letter cannot be checked. Reinstalling WalletCase restores it.</source>
        <translation>“%1”的语气检查词表已损坏，暂时无法检查投诉信。重新安装 WalletCase 即可恢复。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Insult</source>
        <translation>侮辱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accusation of wrongdoing</source>
        <translation>指控（指责对方有过错）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute (always, never)</source>
        <translation>绝对化表述（总是、从不）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swearing</source>
        <translation>粗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sarcasm</source>
        <translation>讽刺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shouting (capitals, !!!)</source>
        <translation>大声嚷嚷（全大写、!!!）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calm</source>
        <translation>平和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a little heated</source>
        <translation>略显激动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heated</source>
        <translation>情绪激动</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Nothing to check yet.</source>
        <translation>还没有可检查的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calm: nothing here should put the reader on the defensive.</source>
        <translation>语气平和：这里没有会让读者产生抵触的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calm overall; 1 passage could be worded more neutrally.</source>
        <translation>整体语气平和；有 1 处可以写得更中立一些。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm overall; %1 passages could be worded more neutrally.</source>
        <translation>整体语气平和；有 %1 处可以写得更中立一些。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A little heated: 1 passage may put the reader on the defensive. Try the suggested wording.</source>
        <translation>略显激动：有 1 处可能让读者产生抵触。试试建议的写法吧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A little heated: %1 passages may put the reader on the defensive. Try the suggested wording.</source>
        <translation>略显激动：有 %1 处可能让读者产生抵触。试试建议的写法吧。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heated: 1 passage may get the letter set aside. Calm wording with facts and dates works better.</source>
        <translation>情绪激动：有 1 处可能导致投诉信被搁置。用平和的语言陈述事实和日期，效果会更好。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heated: %1 passages may get the letter set aside. Calm wording with facts and dates works better.</source>
        <translation>情绪激动：有 %1 处可能导致投诉信被搁置。用平和的语言陈述事实和日期，效果会更好。</translation>
    </message>
    <message>
        <location filename="../../src/core/letters/ToneProposal.cpp" line="+334"/>
        <source>Capitals changed to normal case.</source>
        <translation>已把大写字母改为正常大小写。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” changed to “%2”.</source>
        <translation>已把“%1”改为“%2”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quotation marks around “%1” removed.</source>
        <translation>已去掉“%1”两边的引号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <source>“%1” left out.</source>
        <translation>已删去“%1”。</translation>
    </message>
</context>
<context>
    <name>wc::gui::AccountLineEdit</name>
    <message>
        <location filename="../../src/gui/widgets/AccountLineEdit.cpp" line="+15"/>
        <source>Shown partly hidden while you are not editing it; the full value is kept in the case file for your letters.</source>
        <translation>不在编辑时会部分隐藏显示；完整内容保存在案件文件中，供投诉信使用。</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseFactsForm</name>
    <message>
        <location filename="../../src/gui/widgets/CaseFactsForm.cpp" line="+300"/>
        <source>%1 is later than now: an incident cannot have happened yet.</source>
        <extracomment>%1 is the date typed.</extracomment>
        <translation>%1 晚于当前时间：问题不可能发生在将来。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is more than %2 years ago.</source>
        <extracomment>%1 is the date typed; %2 the number of years.</extracomment>
        <translation>%1 距今已超过 %2 年。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 Did you mean %2?</source>
        <extracomment>%1 is the sentence before; %2 a link with the date the user probably meant.</extracomment>
        <translation>%1您是不是想填 %2？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the date.</source>
        <translation>请检查日期。</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseFileOpener</name>
    <message>
        <location filename="../../src/gui/dialogs/CaseFileOpener.cpp" line="+33"/>
        <source>WalletCase case files (*.wcase)</source>
        <translation>WalletCase 案件文件 (*.wcase)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create It</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a Backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case file…</source>
        <translation>新建案件文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no case file “%1” yet. Create a new, empty case file with this name?</source>
        <translation>案件文件“%1”还不存在。要用这个名称新建一个空的案件文件吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WalletCase cannot open “%1”.</source>
        <translation>WalletCase 无法打开“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup keeps this file beside it, renamed; nothing is deleted.</source>
        <translation>恢复备份时，此文件会改名后保留在旁边；不会删除任何文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the case file</source>
        <translation>无法打开案件文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New case file?</source>
        <translation>新建案件文件？</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file that was there is kept as “%1” in the same folder.</source>
        <translation>原来的文件已改名并保留在同一文件夹中：“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File put back</source>
        <translation>文件已放回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The set-aside file is back in place.</source>
        <translation>替换下来的文件已放回原处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup you chose has been restored.</source>
        <translation>已恢复您选择的备份。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Open case file</source>
        <translation>打开案件文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New case file</source>
        <translation>新建案件文件</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseFilterBar</name>
    <message>
        <location filename="../../src/gui/mainwindow/CaseFilterBar.cpp" line="+42"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only cases with this status</source>
        <translation>只显示该状态的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any provider</source>
        <translation>全部服务商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only cases about this wallet or company</source>
        <translation>只显示涉及该钱包或公司的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any problem</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction problems</source>
        <translation>交易问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security problems</source>
        <translation>安全问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service problems</source>
        <translation>客服问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only this kind of problem</source>
        <translation>只显示这类问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider filter</source>
        <translation>按服务商筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem filter</source>
        <translation>按问题筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases (Ctrl+F)</source>
        <translation>搜索案件（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finds words anywhere in a case: title, description, references, letters, contacts and evidence notes. Esc clears the search.</source>
        <translation>在案件的所有内容中查找：标题、经过描述、相关单号、投诉信、联系记录和证据备注。按 Esc 清除搜索。</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseLettersView</name>
    <message>
        <location filename="../../src/gui/caseview/LettersTabActions.cpp" line="+515"/>
        <source>Sent %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2</source>
        <comment>sent &lt;when&gt; by &lt;channel&gt;</comment>
        <translation>%1，渠道：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, reference %2</source>
        <comment>sent …, reference &lt;number&gt;</comment>
        <translation>%1，受理编号 %2</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseListModel</name>
    <message>
        <location filename="../../src/gui/mainwindow/CaseListModel.cpp" line="+134"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>a contact</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>the evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>a transaction</source>
        <translation>交易记录</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 to %2</source>
        <extracomment>A letter in the search results: %1 its kind (&quot;Complaint letter&quot;), %2 the company.</extracomment>
        <translation>致%2的%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (sent %2)</source>
        <extracomment>A letter in the search results: %1 which letter, %2 the date it was sent.</extracomment>
        <translation>%1（已于 %2 发送）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>letter (status)</comment>
        <extracomment>A letter in the search results: %1 which letter, %2 its status (Draft …).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation>联系记录：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1 (%2)</source>
        <translation>联系记录：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an item</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction: %1</source>
        <translation>交易：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction: %1 (%2)</source>
        <translation>交易：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The list of cases could not be read from the case file.</source>
        <translation>无法从案件文件读取案件列表。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 — %2</source>
        <comment>search hit</comment>
        <extracomment>Under a case title in the search results: %1 where (a letter, a contact …), %2 the words around the search term.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Found in %1:</source>
        <translation>在%1中找到：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click opens it there.</source>
        <translation>按 Enter 键或双击，可直接打开到这个位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue.</source>
        <translation>已逾期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue. Suggested next step: %1</source>
        <translation>已逾期。建议下一步：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgent: an open security case, listed first until it is closed.</source>
        <translation>紧急：尚未结案的安全问题，结案前一直排在最前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open security case: money or your account may still be at risk, so it is listed first until it is closed.</source>
        <translation>未结的安全类案件：资金或账户可能仍有风险，因此在结案前一直排在最前面。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case is closed.</source>
        <translation>此案件已结案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A follow-up of this case is overdue.</source>
        <translation>此案件有一项跟进已逾期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The complaint has not been sent yet: finish it and send it to start the clock.</source>
        <translation>投诉尚未发出：请写完并发送，期限才会开始计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open.</source>
        <translation>此案件尚未结案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <comment>urgency of a closed case</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <comment>urgency</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <comment>urgency</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2</source>
        <comment>problem family / subtype</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <comment>overdue date · suggested step</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseListPane</name>
    <message>
        <location filename="../../src/gui/mainwindow/CaseListPane.cpp" line="+60"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>1 case shown</source>
        <translation>显示 1 个案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases shown</source>
        <translation>显示 %1 个案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 case</source>
        <translation>1 个案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases</source>
        <translation>%1 个案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First %1 of %2 cases shown; scroll for more</source>
        <translation>共 %2 个案件，已显示前 %1 个；向下滚动可查看更多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of 1 case shown</source>
        <translation>共 1 个案件，显示 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 cases shown</source>
        <translation>共 %2 个案件，显示 %1 个</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No cases yet</source>
        <translation>还没有案件</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseOutcomeBox</name>
    <message>
        <location filename="../../src/gui/caseview/CaseOutcomeBox.cpp" line="+19"/>
        <source>C&amp;hange outcome…</source>
        <translation>修改结果(&amp;H)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct how the case ended, the money recovered or the note</source>
        <translation>更正案件的结果、追回金额或备注</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resolved fully</source>
        <translation>完全解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved partly</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recovered</source>
        <translation>追回 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no money recovered</source>
        <translation>未追回款项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>satisfaction %1 of 5</source>
        <extracomment>%1 is the rating, 1 to 5</extracomment>
        <translation>满意度 %1/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>结案于 %1</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseStatusMenu</name>
    <message>
        <location filename="../../src/gui/dialogs/CaseStatusMenu.cpp" line="+16"/>
        <source>Set &amp;Status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The case could not be read</source>
        <translation>无法读取案件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The status could not be changed: %1</source>
        <translation>无法更改状态：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseText</name>
    <message>
        <location filename="../../src/gui/caseview/CaseText.cpp" line="+30"/>
        <location line="+40"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Ready to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Awaiting reply</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, not resolved</source>
        <translation>未解决已结案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse the transaction</source>
        <translation>撤销交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfreeze the account</source>
        <translation>解冻账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A written explanation</source>
        <translation>书面解释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mail (post)</source>
        <translation>邮寄信函</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>In-app chat</source>
        <translation>应用内客服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint letter</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up letter</source>
        <translation>跟进信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation letter</source>
        <translation>升级投诉信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to a regulator</source>
        <translation>致监管机构的投诉信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public post</source>
        <translation>公开发帖</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 (%2)</source>
        <comment>time, zone</comment>
        <extracomment>%1 is a date and time; %2 a UTC offset such as UTC+8.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <comment>time zone name, UTC offset</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseView</name>
    <message>
        <location filename="../../src/gui/caseview/CaseView.cpp" line="+147"/>
        <location line="+121"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+121"/>
        <source>Letters</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a case in the list to see everything about it here.

To start a new complaint, press %1.</source>
        <translation>在列表中选择一个案件，这里会显示它的全部内容。

要开始新的投诉，请按 %1。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This case could not be shown.</source>
        <translation>无法显示此案件。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+121"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+121"/>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+121"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Co&amp;ntinue the complaint</source>
        <translation>继续完成投诉(&amp;N)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <comment>tab name (count)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Frozen at %1.</source>
        <translation>账户已于%1冻结。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every urgent step is done.</source>
        <translation>所有紧急步骤都已完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: %1.</source>
        <translation>接下来：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Urgent: a security problem that is still open. Money or the account may still be at risk.</source>
        <translation>紧急：这是一个尚未结案的安全问题。资金或账户可能仍有风险。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If the account is not frozen yet, do it now: %1</source>
        <translation>如果账户还没有冻结，请现在就冻结：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This complaint is not finished yet: it was saved as a draft at step %1 of %2. Continue where you stopped to complete the letter and send it.</source>
        <translation>这份投诉还没有完成：它在第 %1 步（共 %2 步）时保存为草稿。请从上次停下的地方继续，写完投诉信并发送。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Follow-up overdue since %1</source>
        <translation>跟进已逾期（原定 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up: %1</source>
        <translation>下次跟进：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseZoneCombo</name>
    <message>
        <location filename="../../src/gui/caseview/CaseZoneCombo.cpp" line="+63"/>
        <source>%1 (%2)</source>
        <comment>city (UTC offset)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <comment>city (time zone name, UTC offset)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>wc::gui::ChatLogDialog</name>
    <message>
        <location filename="../../src/gui/widgets/ChatLogDialog.h" line="+35"/>
        <source>Add a chat log</source>
        <translation>添加聊天记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or type the conversation as it appeared, with the names and times. It is kept as plain text, with a fingerprint like any other evidence.</source>
        <translation>请按原样粘贴或输入对话内容，包括双方名称和时间。它会以纯文本保存，并像其他证据一样记录指纹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Chat with customer service about the refund</source>
        <translation>例如：就退款问题与客服的聊天</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add chat log</source>
        <translation>添加聊天记录(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conversation:</source>
        <translation>对话内容(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>wc::gui::ChecklistEditor</name>
    <message>
        <location filename="../../src/gui/widgets/ChecklistEditor.cpp" line="+114"/>
        <source>This is the time you ticked it: change it to when you did it.</source>
        <translation>这是您勾选时的时间：请改为实际完成的时间。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ClockOffersDialog</name>
    <message>
        <location filename="../../src/gui/reminders/ClockOffersDialog.cpp" line="+20"/>
        <source>Deadlines to watch</source>
        <translation>需要留意的期限</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add reminders</source>
        <translation>添加提醒(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These deadlines start with the letter you sent. Ticked ones become reminders.</source>
        <translation>这些期限从您发送的这封信开始计算。勾选的期限会成为提醒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These deadlines may start with the letter you sent, depending on the country you live in. Tick the ones that apply: they become reminders.</source>
        <translation>这些期限可能从您发送的这封信开始计算，具体取决于您居住的国家或地区。请勾选适用的期限，它们会成为提醒。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ClockOffersList</name>
    <message>
        <location filename="../../src/gui/reminders/ClockOffersList.cpp" line="+123"/>
        <source>%1 — by %2</source>
        <translation>%1——%2前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — about %2 (an estimate, counted from %3)</source>
        <extracomment>%1 is the deadline&apos;s name, %2 a date, %3 what it was counted from.</extracomment>
        <translation>%1——约%2（估算，从%3起算）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is &quot;&lt;deadline name&gt; — by &lt;date&gt;&quot;; %2 the rule&apos;s own note on its later date.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 in exceptional cases)</source>
        <extracomment>%1 is &quot;&lt;deadline name&gt; — by &lt;date&gt;&quot;; %2 a later date.</extracomment>
        <translation>%1（特殊情况下为%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — done on %2, in time</source>
        <extracomment>%1 is the deadline&apos;s name, %2 the date it was done.</extracomment>
        <translation>%1——已于%2完成，未逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (done on %2, after the deadline)</source>
        <extracomment>%1 is &quot;&lt;deadline name&gt; — by &lt;date&gt;&quot;, %2 the date it was done.</extracomment>
        <translation>%1（已于%2完成，已过期限）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (already passed)</source>
        <extracomment>%1 is &quot;&lt;deadline name&gt; — by &lt;date&gt;&quot;.</extracomment>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (reminder already set)</source>
        <extracomment>%1 is &quot;&lt;deadline name&gt; — by &lt;date&gt;&quot;.</extracomment>
        <translation>%1（已设置提醒）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>WalletCase reminds you on %1.</source>
        <translation>WalletCase 会在 %1 提醒您。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the transaction&apos;s date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day you found the problem</source>
        <translation>发现问题的那天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day the complaint was sent</source>
        <translation>投诉发出的那天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another date</source>
        <translation>另一个日期</translation>
    </message>
</context>
<context>
    <name>wc::gui::CloseCaseDialog</name>
    <message>
        <location filename="../../ui/CloseCaseDialog.ui" line="+34"/>
        <source>Resolved &amp;fully</source>
        <translation>完全解决(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved &amp;partly</source>
        <translation>部分解决(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not resolved</source>
        <translation>未解决(&amp;N)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How did it end?</source>
        <translation>结果如何？</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>e.g. 49.90 (leave empty if none)</source>
        <translation>例如 49.90（没有则留空）</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/CloseCaseDialog.cpp" line="+39"/>
        <source>Not rated</source>
        <translation>不评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — neither</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/CloseCaseDialog.ui" line="+10"/>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How it ended, in your words: what they did or said, and when. It is shown on the case&apos;s overview and printed in its dossier.</source>
        <translation>用您自己的话说明结果：对方做了什么、说了什么，以及是什么时候。这段话会显示在案件概况中，并打印在案卷里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. Refunded after the second call; they apologised in writing.</source>
        <translation>可选，例如：第二次致电后已退款；对方已书面道歉。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closing records how the case ended and stops its reminders. You can reopen it later.</source>
        <translation>结案会记下案件的结果，并停止它的提醒。以后可以重新打开。</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/CloseCaseDialog.cpp" line="+4"/>
        <source>&amp;Close case</source>
        <translation>结案(&amp;C)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The case could not be read: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location filename="../../ui/CloseCaseDialog.ui" line="-64"/>
        <location filename="../../src/gui/dialogs/CloseCaseDialog.cpp" line="+5"/>
        <source>Money &amp;recovered:</source>
        <translation>追回金额(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/CloseCaseDialog.cpp" line="+1"/>
        <source>Money &amp;recovered (%1):</source>
        <translation>追回金额（%1）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No reply has been logged since the complaint went out on %1. If the company answered, log the reply first; if it never did, a follow-up or the next step of escalation may still help.</source>
        <translation>投诉于 %1 发出后，还没有记录过任何答复。如果对方已经答复，请先记下答复；如果一直没有答复，跟进或进入下一步升级投诉也许仍有帮助。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This case has not been sent yet, so it cannot be closed. Delete it instead if you no longer need it.</source>
        <translation>此案件的投诉尚未发出，因此不能结案。如果不再需要，可以将其删除。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose how the case ended: resolved fully, partly or not at all.</source>
        <translation>请选择案件的结果：完全解决、部分解决或未解决。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close a case that went quiet?</source>
        <translation>对方一直没有答复，仍要结案吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company has not replied since your complaint went out. Close the case anyway?

If you close it, its reminders stop. You can reopen it later.</source>
        <translation>您的投诉发出后，对方一直没有答复。仍要结案吗？

结案后，此案件的提醒会停止。以后可以重新打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close anyway</source>
        <translation>仍然结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it open</source>
        <translation>暂不结案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case could not be closed: %1</source>
        <translation>无法结案：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/ColumnMappingDialog.ui" line="+14"/>
        <source>Choose the columns</source>
        <translation>选择各列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WalletCase does not know this kind of file. Say which column holds what; a date and an amount are needed, the rest helps. Your choice is remembered for files with the same columns.</source>
        <translation>WalletCase 不认识这种文件。请指明每一列是什么内容；日期和金额是必需的，其他列也有帮助。对于列相同的文件，会记住您的选择。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The line of the file that holds the column names</source>
        <translation>文件中写有列名的那一行</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Header row on line:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>How the file&apos;s text is encoded; choose another if the names show as garbage</source>
        <translation>文件文字的编码；如果列名显示为乱码，请换一种编码</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/transactions/ColumnMappingDialog.cpp" line="+58"/>
        <location line="+5"/>
        <source>Decide from the file</source>
        <translation>根据文件判断</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Day first (22/11/2026)</source>
        <translation>日在前（22/11/2026）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month first (11/22/2026)</source>
        <translation>月在前（11/22/2026）</translation>
    </message>
    <message>
        <location filename="../../ui/ColumnMappingDialog.ui" line="+17"/>
        <source>&amp;Dates are written:</source>
        <translation>日期写法(&amp;D)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>optional, for example dd.MM.yyyy HH:mm</source>
        <translation>可选，例如 dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Only when dates are not read right: the pattern of a date, with yyyy year, MM month, dd day, HH hour, mm minute, ss second</source>
        <translation>仅在日期读取不正确时填写：日期的格式，yyyy 表示年，MM 表示月，dd 表示日，HH 表示时，mm 表示分，ss 表示秒</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Date &amp;pattern:</source>
        <translation>日期格式(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/transactions/ColumnMappingDialog.cpp" line="+3"/>
        <source>Negative amounts are payments (bank style)</source>
        <translation>负数金额表示付款（银行账单的写法）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive amounts are payments, negative are refunds</source>
        <translation>正数金额表示付款，负数表示退款</translation>
    </message>
    <message>
        <location filename="../../ui/ColumnMappingDialog.ui" line="+20"/>
        <source>&amp;Minus sign means:</source>
        <translation>负号表示(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;urrency when no column says:</source>
        <translation>没有币种列时的币种(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/transactions/ColumnMappingDialog.cpp" line="+5"/>
        <source>&amp;Read the file</source>
        <translation>读取文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not in this file)</source>
        <translation>（此文件中没有）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (e.g. %2)</source>
        <translation>%1（例如 %2）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose at least the column with the date and the column with the amount.</source>
        <translation>请至少选择日期所在的列和金额所在的列。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ContactDialog</name>
    <message>
        <location filename="../../ui/ContactDialog.ui" line="+169"/>
        <source>Promised &amp;by:</source>
        <translation>承诺期限(&amp;B)：</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Earlier contact</source>
        <translation>此前的联系记录</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/ContactDialog.cpp" line="+73"/>
        <source>I contacted them</source>
        <translation>我联系了对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They contacted me</source>
        <translation>对方联系了我</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder that day at %1</source>
        <translation>当天 %1 提醒您</translation>
    </message>
    <message>
        <location filename="../../ui/ContactDialog.ui" line="+74"/>
        <source>The name the agent gave</source>
        <translation>客服人员报的姓名</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s employee or staff number (工号 at Chinese providers). Agents give it when asked; it makes the conversation traceable.</source>
        <translation>客服人员的工号。询问时客服都会告知；有了工号，这次沟通就有据可查。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ticket, case or complaint number they gave</source>
        <translation>对方提供的受理编号、案件号或投诉编号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What you asked and what they said</source>
        <translation>您问了什么，对方怎么答复</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>e.g. no reply yet / refused / refund received</source>
        <translation>例如：尚无回复 / 被拒绝 / 已收到退款</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Direction:</source>
        <translation>由谁发起(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agent &amp;name:</source>
        <translation>客服姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Employee &amp;ID:</source>
        <translation>工号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask for it: their employee or staff number</source>
        <translation>记得询问对方的工号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reference no.:</source>
        <translation>受理编号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What was &amp;said:</source>
        <translation>沟通内容(&amp;S)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What they &amp;promised:</source>
        <translation>对方的承诺(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. refund within 3 business days</source>
        <translation>例如：3 个工作日内退款</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/ContactDialog.cpp" line="+127"/>
        <source>Add at least one of these: what was said, the reference number, or the agent&apos;s name or employee ID. Without one, your letter cannot point to this contact.</source>
        <translation>请至少填写其中一项：沟通内容、受理编号，或客服姓名、工号。否则投诉信无法引用这次联系。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ContactListEditor</name>
    <message>
        <location filename="../../src/gui/widgets/ContactListEditor.cpp" line="+55"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系记录(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+100"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Earlier contacts</source>
        <translation>此前的联系记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts logged yet. Use Add contact for each call, chat, email or visit.</source>
        <translation>还没有联系记录。每次通话、在线聊天、邮件或上门，都请点“添加联系记录”记下来。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log a call, chat, email or visit (Insert)</source>
        <translation>记录一次通话、聊天、邮件或上门（Insert）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected contact (Enter or double-click)</source>
        <translation>修改所选的联系记录（Enter 或双击）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected contact (Delete)</source>
        <translation>删除所选的联系记录（Delete）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>When (%1)</source>
        <comment>time zone</comment>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The contacts could not be read from the case file: %1</source>
        <translation>无法从案件文件读取联系记录：%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this contact?</source>
        <translation>删除这条联系记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be removed from the case, with the reminder of any promise made in it. This cannot be undone.</source>
        <translation>这条联系记录（%1）将从案件中删除，其中承诺的提醒也会一并删除。删除后无法撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contact could not be removed: %1</source>
        <translation>无法删除这条联系记录：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log an earlier contact</source>
        <translation>记录此前的一次联系</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The contact could not be saved: %1</source>
        <translation>无法保存这条联系记录：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (from them)</source>
        <comment>contact channel, the provider made contact</comment>
        <translation>%1（对方主动联系）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>by %1</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, by %2</source>
        <comment>promise, date</comment>
        <translation>%1，%2前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::ContactsPage</name>
    <message>
        <location filename="../../src/gui/wizard/ContactsPage.cpp" line="+18"/>
        <source>Earlier contacts</source>
        <translation>此前的联系记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Strongly recommended for your problem.</source>
        <translation>对您的问题来说，强烈建议填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log every contact you have had with the provider about this problem: each call, chat, email or visit, with the date, the agent&apos;s name and employee ID and any reference number. A service complaint stands on this record: it shows when you asked, who answered and what they promised. Ask for the employee ID next time you call.</source>
        <translation>请记下您就这个问题与服务商的每一次联系：每次通话、在线聊天、邮件或上门，连同日期、客服姓名、工号以及受理编号。服务类投诉全靠这份记录：它能说明您什么时候提出、谁接待的、对方承诺了什么。下次打电话时，记得询问工号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Optional.</source>
        <translation>可选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you have already contacted the provider about this problem, log each contact here (when, how, who answered, what they said or promised). Your letter lists them in date order. You can skip this step: press Next.</source>
        <translation>如果您已就这个问题联系过服务商，请在这里逐条记录（时间、方式、接待人、对方的答复或承诺）。投诉信会按日期顺序列出这些联系。也可以跳过这一步：点击“下一步”。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ContactsTab</name>
    <message>
        <location filename="../../src/gui/caseview/ContactsTab.cpp" line="+23"/>
        <source>Log every call, chat, email or visit right after it happens, with the agent&apos;s name, employee ID and any reference number. When they promise something by a date, WalletCase reminds you that morning.</source>
        <translation>每次通话、在线聊天、邮件或上门之后，请马上记下来，连同客服姓名、工号和受理编号。对方承诺在某天之前办好的事，WalletCase 会在当天早上提醒您。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Log a contact…</source>
        <translation>记录一次联系(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note a call, chat, email or visit (%1)</source>
        <translation>记下一次通话、聊天、邮件或上门（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log a contact</source>
        <translation>记录一次联系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts logged yet. Use Log a contact for each call, chat, email or visit.</source>
        <translation>还没有联系记录。每次通话、在线聊天、邮件或上门，都请点“记录一次联系”记下来。</translation>
    </message>
</context>
<context>
    <name>wc::gui::DataLocationsDialog</name>
    <message>
        <location filename="../../src/gui/mainwindow/HelpDialogs.cpp" line="+340"/>
        <source>Where Is My Data</source>
        <translation>我的数据在哪里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WalletCase keeps everything on this computer. Your cases, evidence and letters are all in the case file; copy it to keep a copy of everything.</source>
        <translation>WalletCase 把所有内容都保存在这台电脑上。您的案件、证据和投诉信全都在案件文件中；复制这个文件，就有了全部内容的副本。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This folder does not exist yet.</source>
        <translation>此文件夹尚不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case &amp;file:</source>
        <translation>案件文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Backups:</source>
        <translation>备份(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently &amp;deleted cases:</source>
        <translation>最近删除的案件(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings:</source>
        <translation>设置(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logs:</source>
        <translation>日志(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup of the case file is made when it is opened, every 30 minutes while it is open, when another file is opened and when WalletCase closes, each time only if the file has changed since the newest backup. The two newest backups are kept, then the newest of each earlier day, up to the number set in Settings. A deleted case stays in Case ▸ Recently Deleted Cases for %1 days. Logs never contain names, numbers, amounts or letter text.</source>
        <translation>打开案件文件时、文件打开期间每 30 分钟、打开另一个文件时以及关闭 WalletCase 时，都会备份案件文件，但只在文件自上次备份以来有改动时才备份。保留最新的两份备份，之前的每天保留最新的一份，总数不超过“设置”中设定的份数。删除的案件会在“案件 ▸ 最近删除的案件”中保留 %1 天。日志中绝不会记录姓名、号码、金额或信件内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wc::gui::DateTimeField</name>
    <message>
        <location filename="../../src/gui/widgets/DateTimeField.cpp" line="+72"/>
        <source>Time unknown</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when you know the day but not the time: letters and the dossier then give the day only.</source>
        <translation>只记得日期、不记得具体时间时勾选：信件和案卷将只写日期。</translation>
    </message>
</context>
<context>
    <name>wc::gui::DetailsPage</name>
    <message>
        <location filename="../../src/gui/wizard/DetailsPage.cpp" line="+91"/>
        <source>The details</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facts your letter will state. Type them as exactly as you can; what you do not know can stay empty.</source>
        <translation>投诉信要写明的事实。请尽量填写准确；不清楚的可以留空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields marked * are needed: the wallet or company, and what happened. Everything else makes the letter stronger but can stay empty.</source>
        <translation>标 * 的为必填项：钱包或公司，以及事情经过。其他内容能让投诉信更有说服力，但可以留空。</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/CaseFactsForm.cpp" line="+27"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other (not in the list)…</source>
        <translation>其他（列表中没有）…</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Name of the wallet or company</source>
        <translation>钱包或公司的名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is not known</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One per line: transaction ID, order number, ticket</source>
        <translation>每行一个：交易单号、订单号、受理编号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number, email, card or wallet number</source>
        <translation>手机号、邮箱、卡号或钱包账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In order: what you did, what went wrong, the exact wording of any error message, and what you have tried so far.</source>
        <translation>按顺序写：您做了什么、出了什么问题、错误提示的原话，以及您已经尝试过的办法。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed from the wallet, the problem and the date</source>
        <translation>根据钱包、问题和日期自动生成</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When &amp;it happened:</source>
        <translation>发生时间(&amp;I)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your acco&amp;unt:</source>
        <translation>您的账户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What &amp;you want:</source>
        <translation>您的诉求(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Details, e.g. refund the second charge of %1</source>
        <translation>具体说明，例如：退还第二笔 %1 扣款</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&amp;Wallet or company *:</source>
        <translation>钱包或公司(&amp;W) *：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What ha&amp;ppened:</source>
        <translation>事情经过(&amp;P)：</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>&amp;References:</source>
        <translation>相关单号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in full in your case file; shown partly hidden.</source>
        <translation>完整保存在您的案件文件中；显示时部分隐藏。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&amp;Wallet or company:</source>
        <translation>钱包或公司(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What ha&amp;ppened *:</source>
        <translation>事情经过(&amp;P) *：</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Case &amp;title:</source>
        <translation>案件标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/wizard/DetailsPage.cpp" line="+16"/>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the time zone of this case: every time in it is typed, shown and written in this zone.</source>
        <translation>选择此案件的时区：案件中的所有时间都按这个时区输入、显示和写进信里。</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Times in %1 — not this computer&apos;s zone.</source>
        <translation>时间以%1为准——不是这台电脑的时区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1.</source>
        <translation>时间以%1为准。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Before going on:</source>
        <translation>继续之前：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the wallet or company this is about; under &quot;Other&quot; you can type one that is not in the list.</source>
        <translation>请选择涉及的钱包或公司；如果列表中没有，可以选“其他”后自己填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what happened in a few sentences: what you did, what went wrong and what you saw.</source>
        <translation>请用几句话说明事情经过：您做了什么、出了什么问题、看到了什么。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::DossierExporter</name>
    <message>
        <location filename="../../src/gui/export/DossierExporter.cpp" line="+32"/>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> - letter</source>
        <translation> - 投诉信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> - dossier</source>
        <translation> - 案卷</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This case has no letter yet. Write the letter first, then export or print it.</source>
        <translation>此案件还没有投诉信。请先写好投诉信，再导出或打印。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Letter as PDF</source>
        <translation>将投诉信导出为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Case as PDF</source>
        <translation>将案件导出为 PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Print Letter</source>
        <translation>打印投诉信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print Case</source>
        <translation>打印案件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Preparing the pages for the printer…</source>
        <translation>正在准备打印页面…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The PDF is ready (1 page):
%1</source>
        <translation>PDF 已生成（共 1 页）：
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF is ready (%1 pages):
%2</source>
        <translation>PDF 已生成（共 %1 页）：
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>No program to show PDF files was found. The file is at %1.</source>
        <translation>没有找到可以打开 PDF 文件的程序。文件位于 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Printed to a PDF file, readable only by you:
%1</source>
        <translation>已打印为 PDF 文件（仅您本人可以读取）：
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder could not be opened. The file is at %1.</source>
        <translation>无法打开文件夹。文件位于 %1。</translation>
    </message>
</context>
<context>
    <name>wc::gui::EventText</name>
    <message>
        <location filename="../../src/gui/caseview/EventText.cpp" line="+41"/>
        <source>screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chat log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>statement</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise to check</source>
        <translation>核实对方承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim deadline</source>
        <translation>索赔期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+180"/>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case started</source>
        <translation>案件已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case started: %1</source>
        <translation>案件已创建：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changed from %1 to %2</source>
        <translation>状态由“%1”改为“%2”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case changed</source>
        <translation>案件已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: %1</source>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+322"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>First step noted as done: %1</source>
        <translation>首要步骤记为已完成：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First step to do: %1</source>
        <translation>待完成的首要步骤：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First step done: %1, at %2</source>
        <translation>首要步骤已完成：%1，时间 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+333"/>
        <source>First step done: %1</source>
        <translation>首要步骤已完成：%1</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>First step marked as not done: %1</source>
        <translation>首要步骤改为未完成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first step was taken off the list</source>
        <translation>一项首要步骤已从清单中移除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Transaction added: %1</source>
        <translation>已添加交易：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction added: %1, reference %2</source>
        <translation>已添加交易：%1，交易单号 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction changed</source>
        <translation>交易已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction changed: reference %1</source>
        <translation>交易已修改：交易单号 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction removed</source>
        <translation>交易已删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence added: %1 (%2, %3)</source>
        <translation>已添加证据：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence changed: %1</source>
        <translation>证据已修改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence removed: %1</source>
        <translation>证据已删除：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact logged</source>
        <translation>已记录联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact logged: %1, %2</source>
        <translation>已记录联系：%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact logged: %1</source>
        <translation>已记录联系：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact changed</source>
        <translation>联系记录已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact changed: %1, %2</source>
        <translation>联系记录已修改：%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact changed: %1</source>
        <translation>联系记录已修改：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact removed</source>
        <translation>联系记录已删除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a letter</source>
        <translation>一封信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter drafted: %1</source>
        <translation>已起草：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter drafted: %1 (%2)</source>
        <translation>已起草：%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+269"/>
        <source>Letter sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <location line="-266"/>
        <location line="+268"/>
        <source>%1, by %2</source>
        <comment>letter sent, by &lt;channel&gt;</comment>
        <translation>%1，渠道：%2</translation>
    </message>
    <message>
        <location line="-264"/>
        <location line="+267"/>
        <source>%1, reference %2</source>
        <comment>letter sent…, reference &lt;number&gt;</comment>
        <translation>%1，受理编号 %2</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Letter changed: %1</source>
        <translation>信件已修改：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter changed: %1 (%2)</source>
        <translation>信件已修改：%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter deleted</source>
        <translation>信件已删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder set for %1: %2</source>
        <translation>已设置 %1 的提醒：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder done: %1 (your letter to the company is recorded as sent)</source>
        <translation>提醒已完成：%1（您给对方的信已记为已发送）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder done: %1 (your contact with the company is logged)</source>
        <translation>提醒已完成：%1（您与对方的联系已记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder done: %1 (the first step that does it is ticked)</source>
        <translation>提醒已完成：%1（相应的首要步骤已勾选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder done: %1</source>
        <translation>提醒已完成：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder put off until %1</source>
        <translation>提醒已推迟到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder changed: %1</source>
        <translation>提醒已修改：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder changed: %1, due %2</source>
        <translation>提醒已修改：%1，到期时间 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder removed</source>
        <translation>提醒已删除</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of problem</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wallet or company</source>
        <translation>钱包或公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>references</source>
        <translation>相关单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remedy wanted</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letter language</source>
        <translation>投诉信语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress in the guide</source>
        <translation>向导进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met</source>
        <translation>按期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed (answered %1)</source>
        <translation>逾期（%1 才答复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The incident</source>
        <translation>问题发生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The incident: %1</source>
        <translation>问题发生：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>incident (amount)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Money received: %1</source>
        <translation>收款：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment: %1</source>
        <translation>付款：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reference %1</source>
        <comment>a payment&apos;s transaction number (交易号), not a ticket</comment>
        <translation>交易单号 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>They contacted me: %1</source>
        <translation>对方联系了我：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I contacted them: %1</source>
        <translation>我联系了对方：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>employee ID %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>reference %1</source>
        <comment>the ticket or case number the company gave for a contact (受理编号)</comment>
        <translation>受理编号 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — promised: %2, by %3</source>
        <translation>%1——承诺：%2，%3前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — promised: %2</source>
        <translation>%1 — 承诺：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reply asked for by this date (%1 sent %2)</source>
        <translation>要求在此日期前答复（%1于 %2 发出）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, employee ID %2</source>
        <translation>%1，工号 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no words given)</source>
        <translation>（未记下具体内容）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promise due: %1 (%2)</source>
        <translation>承诺到期：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise due: %1 (%2, %3)</source>
        <translation>承诺到期：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Case closed: %1</source>
        <translation>结案：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 recovered</source>
        <translation>%1，追回 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceDetailsPanel</name>
    <message>
        <location filename="../../src/gui/evidence/EvidenceDetailsPanel.cpp" line="+61"/>
        <source>What this shows, and why it matters</source>
        <translation>这项证据说明了什么，为什么重要</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kno&amp;wn:</source>
        <translation>已知时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the screenshot was taken or the document was made, if you know it</source>
        <translation>截图或文档的产生时间（如果知道）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+169"/>
        <source>Cop&amp;y SHA-256</source>
        <translation>复制 SHA-256(&amp;Y)</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Copy the full fingerprint, to quote it or check the file later</source>
        <translation>复制完整指纹，用于引用或日后核对文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save original as…</source>
        <translation>原件另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the file exactly as it was added (%1)</source>
        <translation>按添加时的原样保存文件（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with system &amp;viewer</source>
        <translation>用系统查看器打开(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a temporary copy with the program your system uses for this type of file; the copy is removed when WalletCase quits</source>
        <translation>用系统中打开此类文件的程序打开一份临时副本；WalletCase 退出时会删除这份副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured:</source>
        <translation>拍摄时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded when the file was added. If the file is ever changed, its fingerprint no longer matches.</source>
        <translation>在添加文件时记录。文件一旦被改动，指纹就会对不上。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>File: %1
Type: %2 · %3
Added: %4</source>
        <translation>文件：%1
类型：%2 · %3
添加时间：%4</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceFiles</name>
    <message>
        <location filename="../../src/gui/evidence/EvidenceFiles.cpp" line="+80"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of this type (*.%1);;All files (*)</source>
        <translation>此类文件 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save original as</source>
        <translation>原件另存为</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>“%1” could not be read from the case file. %2</source>
        <translation>无法从案件文件中读取“%1”。%2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>“%1” is a folder. Choose a file name to save the original under.</source>
        <translation>“%1”是一个文件夹。请选择一个文件名来保存原件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The original of “%1” could not be saved as “%2” (%3). Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>无法将“%1”的原件保存为“%2”（%3）。请检查文件夹是否存在、您是否有写入权限，以及磁盘是否已满，然后重试。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no room for a temporary copy of “%1” (the temporary folder %2 cannot be written). Use “Save original as…” instead.</source>
        <translation>无法为“%1”创建临时副本（临时文件夹 %2 无法写入）。请改用“原件另存为…”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A temporary copy of “%1” could not be made. Use “Save original as…” instead.</source>
        <translation>无法为“%1”创建临时副本。请改用“原件另存为…”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A temporary copy of “%1” could not be made (%2). Use “Save original as…” instead.</source>
        <translation>无法为“%1”创建临时副本（%2）。请改用“原件另存为…”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No program on this computer opens “%1”. Save it with “Save original as…” and open it with a program of your choice.</source>
        <translation>这台电脑上没有能打开“%1”的程序。请用“原件另存为…”保存，再用您选择的程序打开。</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceGallery</name>
    <message>
        <location filename="../../src/gui/evidence/EvidenceGallery.cpp" line="+74"/>
        <source>Look at the selected item large, edit its title and note (Enter or double-click)</source>
        <translation>放大查看所选证据，编辑标题和备注（Enter 或双击）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+279"/>
        <source>&amp;Save original as…</source>
        <translation>原件另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Write the selected file exactly as it was added</source>
        <translation>按添加时的原样保存所选文件</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+282"/>
        <source>Vie&amp;w</source>
        <translation>查看(&amp;W)</translation>
    </message>
    <message>
        <location line="-275"/>
        <location line="+277"/>
        <source>Open e&amp;xternally</source>
        <translation>用外部程序打开(&amp;X)</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Open a temporary copy with the program your system uses for this type of file</source>
        <translation>用系统中打开此类文件的程序打开一份临时副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+279"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Remove the selected item from the case (Del)</source>
        <translation>从案件中删除所选证据（Del）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop adding files; the ones already added stay</source>
        <translation>停止添加文件；已添加的文件会保留</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Choose a case to see its evidence.</source>
        <translation>请选择一个案件来查看其证据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence yet. Add screenshots or files, paste a screenshot (%1), or drop files here.</source>
        <translation>还没有证据。可以添加截图或文件、粘贴截图（%1），或把文件拖到这里。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Copy S&amp;HA-256</source>
        <translation>复制 SHA-256(&amp;H)</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceGalleryModel</name>
    <message>
        <location filename="../../src/gui/evidence/EvidenceGalleryModel.cpp" line="+62"/>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Captured %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2 · %3 · %4
%5</source>
        <translation>%1
%2 · %3 · %4
%5</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceImageLoader</name>
    <message>
        <location filename="../../src/gui/evidence/EvidenceImageLoader.cpp" line="+48"/>
        <source>This file is not an image WalletCase can read, or it is damaged. It is kept unchanged; open it with the system viewer to check it.</source>
        <translation>此文件不是 WalletCase 能读取的图片，或者已损坏。文件已原样保存；请用系统查看器打开检查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This image is too large to show here (%1 × %2 pixels). It is kept unchanged; open it with the system viewer, or save the original.</source>
        <translation>这张图片太大，无法在这里显示（%1 × %2 像素）。文件已原样保存；请用系统查看器打开，或保存原件。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This image is damaged and cannot be shown. It is kept unchanged; another program may still open it.</source>
        <translation>这张图片已损坏，无法显示。文件已原样保存；其他程序也许仍能打开它。</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceImporter</name>
    <message>
        <location filename="../../src/gui/widgets/EvidenceImporter.cpp" line="+106"/>
        <source>“%1” is %2, more than the %3 limit for one piece of evidence. Add a smaller copy instead, for example a cropped screenshot or only the pages that matter.</source>
        <translation>“%1”大小为 %2，超过了单项证据 %3 的上限。请改为添加一份较小的副本，例如裁剪后的截图，或只保留相关的几页。</translation>
    </message>
    <message>
        <location line="+202"/>
        <location line="+120"/>
        <source>Stopped before it was added.</source>
        <translation>已在添加前停止。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>The pasted image could not be saved as PNG. Try saving it to a file first and add that file.</source>
        <translation>无法将粘贴的图片保存为 PNG。请先把它保存为文件，再添加这个文件。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The image</source>
        <translation>这张图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no data, so there is nothing to add.</source>
        <translation>%1没有任何数据，因此没有可添加的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, more than the %3 limit for one piece of evidence.</source>
        <translation>%1大小为 %2，超过了单项证据 %3 的上限。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not in a format WalletCase can read. Save it to a file first, then add the file.</source>
        <translation>%1的格式 WalletCase 无法读取。请先把它保存为文件，再添加这个文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” could not be found. It may have been moved, renamed or deleted; add it again from where it is now.</source>
        <translation>找不到“%1”。它可能已被移动、改名或删除；请从它现在所在的位置重新添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder. Open it and add the files inside instead.</source>
        <translation>“%1”是一个文件夹。请打开它，添加其中的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an ordinary file (it may be a device or a pipe), so it cannot be kept as evidence.</source>
        <translation>“%1”不是普通文件（可能是设备或管道），因此无法作为证据保存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is empty (0 bytes), so there is nothing to keep as evidence. Check that it finished saving or downloading, then add it again.</source>
        <translation>“%1”是空的（0 字节），没有可作为证据保存的内容。请确认它已保存或下载完成，然后重新添加。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” could not be opened (%2). Check that you are allowed to read it, then add it again.</source>
        <translation>无法打开“%1”（%2）。请确认您有读取权限，然后重新添加。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” disappeared before it could be read. It may have been moved or deleted; add it again from where it is now.</source>
        <translation>“%1”在读取前消失了。它可能已被移动或删除；请从它现在所在的位置重新添加。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be read (%2). The disk or device may have a problem; copy the file somewhere else and add the copy.</source>
        <translation>无法读取“%1”（%2）。磁盘或设备可能有问题；请把文件复制到别处，再添加这份副本。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is incomplete: the file was cut short, so part of the image is missing (it shows grey). Add the original again if you have it. It was kept and marked as incomplete in its note, because what is there may still help; delete it if you do not want it.</source>
        <translation>“%1”不完整：文件被截断了，图片缺了一部分（显示为灰色）。如果您有原件，请重新添加。现有的部分可能仍有用，所以已保留，并在备注中标为不完整；如果不需要，可以删除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is named like an image, but WalletCase cannot read it as one (it may be damaged, or in a format such as HEIC). It was kept unchanged as a file, without a preview.</source>
        <translation>“%1”的文件名像是图片，但 WalletCase 无法将其作为图片读取（可能已损坏，或是 HEIC 等格式）。它已作为普通文件原样保存，没有预览。</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceIntake</name>
    <message>
        <location filename="../../src/gui/widgets/EvidenceIntake.cpp" line="+76"/>
        <source>The evidence of this case could not be read. %1</source>
        <translation>无法读取此案件的证据。%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+12"/>
        <location line="+163"/>
        <source>Evidence can only be added to a saved case that is open for editing.</source>
        <translation>只能向已保存且可编辑的案件添加证据。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Only files on this computer can be added. Save these first, then add the saved copies: %1</source>
        <translation>只能添加这台电脑上的文件。请先保存以下文件，再添加保存的副本：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pasted screenshot, %1</source>
        <translation>粘贴的截图，%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped image, %1</source>
        <translation>拖入的图片，%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard holds nothing WalletCase can add. Copy a screenshot, files, or the text of a conversation, then paste again.</source>
        <translation>剪贴板中没有 WalletCase 可以添加的内容。请复制截图、文件或对话文字，然后再粘贴。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was dropped cannot be added. Drop files, an image, or the text of a conversation.</source>
        <translation>拖入的内容无法添加。请拖入文件、图片或对话文字。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“%1” is already in this case as “%2”, so it was not added again.</source>
        <translation>“%1”已作为“%2”存在于此案件中，因此没有重复添加。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” could not be saved in the case file. %2</source>
        <translation>无法将“%1”保存到案件文件中。%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped adding files: %1 of %2 added. Add the others again when you are ready.</source>
        <translation>已停止添加文件：共 %2 个，已添加 %1 个。其余的可以稍后再添加。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not added:</source>
        <translation>未添加：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please note:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add chat &amp;log…</source>
        <translation>添加聊天记录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose screenshots, photos, PDFs or other files</source>
        <translation>选择截图、照片、PDF 或其他文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add what is on the clipboard: a screenshot, copied files, or the text of a conversation (%1)</source>
        <translation>添加剪贴板中的内容：截图、复制的文件或对话文字（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type or paste a conversation with customer service as text</source>
        <translation>以文字形式输入或粘贴与客服的对话</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The chat log is empty. Paste or type the conversation first.</source>
        <translation>聊天记录是空的。请先粘贴或输入对话内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chat log is longer than the %1 limit for one piece of evidence. Split it into parts.</source>
        <translation>聊天记录超过了单项证据 %1 的上限。请分成几段添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This chat log is already in the case as “%1”.</source>
        <translation>这段聊天记录已作为“%1”存在于案件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chat log could not be saved in the case file. %1</source>
        <translation>无法将聊天记录保存到案件文件中。%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This item is no longer in the case.</source>
        <translation>这项证据已不在案件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The changes to “%1” could not be saved. %2</source>
        <translation>无法保存对“%1”的修改。%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this case?

Its copy in the case file and its fingerprint are deleted. The original file on your computer is not touched.</source>
        <translation>要从此案件中删除“%1”吗？

案件文件中的副本及其指纹会被删除。您电脑上的原始文件不受影响。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” could not be removed. %2</source>
        <translation>无法删除“%1”。%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Incomplete file: it was cut short before it was added, so part of the image is missing.</source>
        <translation>文件不完整：添加前就已被截断，图片缺了一部分。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp *.pdf *.txt *.html *.eml *.csv);;All files (*)</source>
        <translation>图片和文档 (*.png *.jpg *.jpeg *.gif *.webp *.heic *.bmp *.pdf *.txt *.html *.eml *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adding %1 of %2…</source>
        <translation>正在添加第 %1 个，共 %2 个…</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceItemWidget</name>
    <message>
        <location filename="../../src/gui/widgets/EvidenceItemWidget.cpp" line="+207"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Copy the full SHA-256 fingerprint</source>
        <translation>复制完整的 SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this item from the case</source>
        <translation>从案件中删除这项证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fingerprint of the content, recorded when it was added. If the file is ever changed, its fingerprint no longer matches.</source>
        <translation>添加时记录的内容指纹。文件一旦被改动，指纹就会对不上。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · 添加于 %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No preview: this image cannot be shown, but the file is kept unchanged.</source>
        <translation>无法预览：这张图片无法显示，但文件已原样保存。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Note: what this shows, when it was taken</source>
        <translation>备注：内容是什么，何时截取</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceListEditor</name>
    <message>
        <location filename="../../src/gui/widgets/EvidenceListEditor.cpp" line="+62"/>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or drop files and images here</source>
        <translation>…或把文件和图片拖到这里</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop adding files; the ones already added stay</source>
        <translation>停止添加文件；已添加的文件会保留</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What helps for this problem</source>
        <translation>这类问题适合提供的证据</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No evidence in this case.</source>
        <translation>此案件没有证据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence can be added once the case has been saved.</source>
        <translation>案件保存后即可添加证据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence yet. Add screenshots or files, paste a screenshot (%1), or drop files here.</source>
        <translation>还没有证据。可以添加截图或文件、粘贴截图（%1），或把文件拖到这里。</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+30"/>
        <source>Evidence can only be added to a saved case that is open for editing.</source>
        <translation>只能向已保存且可编辑的案件添加证据。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidencePage</name>
    <message>
        <location filename="../../src/gui/wizard/EvidencePage.cpp" line="+17"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screenshots, files and chat logs that show what happened.</source>
        <translation>能说明事情经过的截图、文件和聊天记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence turns your account into facts the provider has to answer. Add screenshots of the transaction record and of any error message, your bank or card statement lines, and your conversations with customer service. Give each item a short title; the letter lists them. Each item is copied into the case file with a SHA-256 fingerprint recorded now, so you can later show it has not been changed. Your original files are never modified.</source>
        <translation>有了证据，您的陈述就成了服务商必须回应的事实。请添加交易记录和错误提示的截图、银行卡账单中的相关记录，以及您与客服的对话。给每项证据起一个简短的标题，投诉信会逐项列出。每项证据都会复制到案件文件中，并立即记录 SHA-256 指纹，日后可以证明它没有被改动过。您的原始文件不会被修改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The case could not be saved, so evidence cannot be added yet. Go back and try again, or check that the disk is not full.</source>
        <translation>案件未能保存，暂时无法添加证据。请返回上一步重试，或检查磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are still being added. Wait until they are all in, or press Cancel beside the progress bar to stop; the files already added stay in the case.</source>
        <translation>文件还在添加中。请等全部添加完成，或点击进度条旁的“取消”停止；已添加的文件会保留在案件中。</translation>
    </message>
</context>
<context>
    <name>wc::gui::EvidenceViewer</name>
    <message>
        <location filename="../../src/gui/evidence/EvidenceViewer.cpp" line="+125"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一项(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous item (%1, %2)</source>
        <translation>上一项（%1，%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next ▶</source>
        <translation>下一项(&amp;N) ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next item (%1, %2)</source>
        <translation>下一项（%1，%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out (%1)</source>
        <translation>缩小（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in (%1)</source>
        <translation>放大（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the image in the window (%1)</source>
        <translation>让图片适应窗口大小（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the image at its real size, one pixel for one pixel (%1)</source>
        <translation>按实际大小显示图片，一个像素对一个像素（%1）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open with system viewer</source>
        <translation>用系统查看器打开</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+190"/>
        <source>%1 – Evidence</source>
        <translation>%1 – 证据</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>“%1” could not be read from the case file. %2</source>
        <translation>无法从案件文件中读取“%1”。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading “%1”…</source>
        <translation>正在加载“%1”…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Image: %1 × %2 pixels (shown from a copy reduced to %3 × %4 to save memory; the stored original is whole)</source>
        <translation>图片：%1 × %2 像素（为节省内存，显示的是缩小到 %3 × %4 的副本；保存的原件完好无缺）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image: %1 × %2 pixels</source>
        <translation>图片：%1 × %2 像素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is incomplete: the file was cut short, so part of it is missing (shown grey). Add the original again if you have it.</source>
        <translation>这张图片不完整：文件被截断了，缺了一部分（显示为灰色）。如果您有原件，请重新添加。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[Only the first %1 are shown. Open it with the system viewer to see everything.]</source>
        <translation>［只显示了前 %1 的内容。要查看全部内容，请用系统查看器打开。］</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” (%2, %3) cannot be shown here. Open it with the program your system uses for it, or save a copy with “Save original as…”.</source>
        <translation>“%1”（%2，%3）无法在这里显示。请用系统中对应的程序打开它，或用“原件另存为…”保存一份副本。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>wc::gui::FirstStepsPage</name>
    <message>
        <location filename="../../src/gui/wizard/FirstStepsPage.cpp" line="+56"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose your wallet…</source>
        <translation>请选择您的钱包…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Your wallet:</source>
        <translation>您的钱包(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+148"/>
        <source>Freeze your account now</source>
        <translation>请立即冻结账户</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>Someone may be able to use your account. Stop further losses first; the complaint can wait a few minutes.</source>
        <translation>别人可能正在使用您的账户。请先止损，投诉晚几分钟也不要紧。</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Then secure everything else: change your passwords, call the bank that issued any linked card and, if money was taken, report it to the police. Tick each step when it is done; the times you note here help your complaint and a police report.</source>
        <translation>然后再保护好其他方面：修改密码，给绑定银行卡的发卡银行打电话；如果资金被盗，请向警方报案。每完成一步就勾选一项；这里记下的时间对投诉和报案都有帮助。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>First steps</source>
        <translation>首要步骤</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A good record of every contact is what moves a service complaint.</source>
        <translation>服务类投诉能否推进，关键在于每次联系都有清楚的记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From now on, keep a note of every contact with customer service. Tick what you already do; nothing here is required.</source>
        <translation>从现在起，请记下与客服的每一次联系。已经在做的请勾选；这里没有必填项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quick checks that often settle the problem, or give the letter its facts.</source>
        <translation>几项简单的核对，常常就能解决问题，或为投诉信提供事实依据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick what you have done; nothing here is required, and you can come back later.</source>
        <translation>请勾选已经完成的事项；这里没有必填项，也可以稍后再回来。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1
Source: %2</source>
        <extracomment>%1 is the reason for a first step; %2 the law or page it rests on.</extracomment>
        <translation>%1
依据：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Frozen at %1.</source>
        <translation>账户已于%1冻结。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account frozen.</source>
        <translation>账户已冻结。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Every urgent step is done; now write the complaint.</source>
        <translation>%1所有紧急步骤都已完成，现在可以写投诉信了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Next: %2.</source>
        <translation>%1接下来：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account frozen: secure the rest</source>
        <translation>账户已冻结：再保护好其他方面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more payments can leave through this account. Finish the other urgent steps (a linked bank card needs its own call), then write the complaint.</source>
        <translation>这个账户已无法再付出款项。请先完成其他紧急步骤（绑定的银行卡需要另外致电发卡行），然后再写投诉信。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every urgent step is done; now write the complaint.</source>
        <translation>所有紧急步骤都已完成，现在可以写投诉信了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act now: %1.</source>
        <translation>请立即处理：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secure your account now</source>
        <translation>请立即保护好您的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your details may be in other hands. A few steps now make them much harder to misuse.</source>
        <translation>您的个人信息可能已落入他人之手。现在做好几件事，就能让这些信息难以被冒用。</translation>
    </message>
    <message>
        <location filename="../../src/gui/widgets/ChecklistEditor.cpp" line="-18"/>
        <source>Done &amp;at:</source>
        <translation>完成时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/wizard/FirstStepsPage.cpp" line="+4"/>
        <source>Freeze your account now, before anything else. Until it is frozen, whoever has access can keep using your money.</source>
        <translation>请先冻结账户，其他事情稍后再做。在冻结之前，能进入您账户的人可以继续动用您的钱。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose your wallet above to see how to freeze it. If it is not in the list, call the customer service number shown in its app or on its website and ask for an emergency freeze; if a bank card is linked, call the bank too.</source>
        <translation>请在上方选择您的钱包，查看冻结方法。如果列表中没有，请拨打其应用内或官网上的客服电话，要求紧急冻结；如果绑定了银行卡，也请给银行打电话。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 lists no separate freeze line. Contact its customer service and ask for an emergency freeze:</source>
        <translation>%1没有单独的冻结专线。请联系其客服，要求紧急冻结：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call</source>
        <translation>拨打电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the app</source>
        <translation>在应用内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>在线办理</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check first: %1</source>
        <translation>请先核实：%1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Is your account frozen?</source>
        <translation>账户冻结了吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you frozen your account? Until it is frozen, whoever has access can keep using it.

If it is frozen, choose &quot;Yes&quot; and the time is noted now; you can correct it on the first-steps page. If not, you can still go on and come back to it.</source>
        <translation>您冻结账户了吗？在冻结之前，能进入账户的人可以继续使用它。

如果已经冻结，请选择“是的，已冻结”，系统会记下当前时间；您可以在“首要步骤”页修改这个时间。如果还没有，也可以先继续，稍后再回来处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Yes, it is frozen</source>
        <translation>是的，已冻结(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not yet, continue</source>
        <translation>还没有，先继续(&amp;N)</translation>
    </message>
</context>
<context>
    <name>wc::gui::FollowUpsView</name>
    <message>
        <location filename="../../src/gui/reminders/FollowUpsView.cpp" line="+42"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested next step</source>
        <translation>建议的下一步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days in bold have reminders. Click a day to find its reminders; double-click to open the first one&apos;s case.</source>
        <translation>粗体显示的日期有提醒。单击某天可查找当天的提醒；双击可打开第一条提醒所属的案件。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No case file is open.</source>
        <translation>没有打开的案件文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reminders could not be read.</source>
        <translation>无法读取提醒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-ups could not be read: %1</source>
        <translation>无法读取跟进事项：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders are pending.</source>
        <translation>没有待办提醒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 pending reminder, not overdue.</source>
        <translation>1 条待办提醒，尚未逾期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pending reminders, none overdue.</source>
        <translation>%1 条待办提醒，没有逾期的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 pending reminder, overdue (shown with what to do next).</source>
        <translation>1 条待办提醒，已逾期（附有下一步建议）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pending reminders, %2 overdue (shown first, with what to do next).</source>
        <translation>%1 条待办提醒，其中 %2 条已逾期（排在最前面，并附有下一步建议）。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>1 reminder</source>
        <translation>1 条提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reminders</source>
        <translation>%1 条提醒</translation>
    </message>
</context>
<context>
    <name>wc::gui::FutureTime</name>
    <message>
        <location filename="../../src/gui/widgets/FutureTime.cpp" line="+25"/>
        <source>%1 is later than now: it cannot have happened yet. Check the date and time.</source>
        <extracomment>%1 is the date and time typed.</extracomment>
        <translation>%1 晚于现在：这件事还不可能发生。请检查日期和时间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A time in the future</source>
        <translation>未来的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is later than now. Letters state this time as when it happened, so a mistyped date would be wrong in them. Keep it anyway?</source>
        <extracomment>%1 is the date and time typed.</extracomment>
        <translation>%1 晚于现在。投诉信会把这个时间写成事情发生的时间，日期输错会让信中内容出错。仍要保留吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the time</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>仍然保留</translation>
    </message>
</context>
<context>
    <name>wc::gui::LetterEditor</name>
    <message>
        <location filename="../../src/gui/widgets/LetterEditor.cpp" line="+60"/>
        <source>Rev&amp;iew tone…</source>
        <translation>检查语气(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through the underlined passages one by one and decide on a calmer wording for each (F7). Ctrl+. opens the one at the cursor.</source>
        <translation>逐条查看带下划线的地方，为每一处选定更平和的说法（F7）。按 Ctrl+. 可打开光标所在的那一处。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The tone check is not available: its word lists could not be loaded.</source>
        <translation>语气检查暂不可用：无法加载其词表。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Tone: %1</source>
        <translation>语气：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ctrl+. shows a calmer wording to edit.</source>
        <translation>按 Ctrl+. 可查看并修改更平和的说法。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Flagged: %1</source>
        <translation>标出原因：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Suggest a calmer wording…</source>
        <translation>建议更平和的说法(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>wc::gui::LetterPage</name>
    <message>
        <location filename="../../src/gui/wizard/LetterPage.cpp" line="+26"/>
        <source>Your letter</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A calm, complete complaint letter drafted from your answers.</source>
        <translation>根据您的回答起草的一封平和、完整的投诉信。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WalletCase wrote this letter from what you entered. Read it through and change anything you like. Underlined words may put the reader on the defensive: point at one to see why, press Ctrl+. on it (or right-click it) for a calmer wording to edit, or use Review tone… to go through them all.</source>
        <translation>这封信是 WalletCase 根据您填写的内容写成的。请通读一遍，想改哪里都可以。带下划线的词语可能让读者产生抵触：把鼠标指向它可以看到原因，在它上面按 Ctrl+.（或右键单击）可以得到一个可修改的更平和说法，也可以用“检查语气…”逐条查看。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letter &amp;language:</source>
        <translation>投诉信语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redraft from my answers</source>
        <translation>根据我的回答重新起草(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the letter again from the template and your answers. Your changes to the text are replaced (you are asked first).</source>
        <translation>根据模板和您的回答重新写这封信。您对正文的修改会被替换（替换前会先询问您）。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Redraft the letter?</source>
        <translation>重新起草投诉信？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafting the letter again replaces the text with a new one from your answers. The changes you made to the letter will be lost.</source>
        <translation>重新起草会根据您的回答生成新的正文，替换现在的内容。您对投诉信所做的修改将会丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redraft and replace my changes</source>
        <translation>重新起草，替换我的修改(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my text</source>
        <translation>保留我的文字(&amp;K)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some passages may put the reader on the defensive</source>
        <translation>有些地方可能让读者产生抵触</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter still has underlined passages (%1). Heated letters are more often set aside. Would you like to go through them, with a calmer wording proposed for each, or keep them as they are?</source>
        <translation>信中仍有带下划线的地方（%1）。情绪激动的信更容易被搁置。您想逐条查看（每一处都会给出更平和的说法），还是保留原样？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review them</source>
        <translation>逐条查看(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep them and continue</source>
        <translation>保留并继续(&amp;K)</translation>
    </message>
</context>
<context>
    <name>wc::gui::LetterSentDialog</name>
    <message>
        <location filename="../../ui/LetterSentDialog.ui" line="+12"/>
        <location filename="../../src/gui/caseview/LetterSentDialog.cpp" line="+68"/>
        <source>Mark the letter as sent</source>
        <translation>将投诉信标记为已发送</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Ticket or case number you were given, if any</source>
        <translation>对方提供的受理编号或案件号（如有）</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Keep a record of how and when you sent it: the follow-up and escalation letters refer to it.</source>
        <translation>请记下发送的方式和时间：跟进信和升级投诉信会引用这些信息。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sent to:</source>
        <translation>发送对象(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent &amp;through:</source>
        <translation>发送渠道(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent &amp;on:</source>
        <translation>发送时间(&amp;O)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Reference number:</source>
        <translation>受理编号(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseview/LetterSentDialog.cpp" line="-30"/>
        <location line="+33"/>
        <source>&amp;Mark as sent</source>
        <translation>标记为已发送(&amp;M)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Letter sent %1</source>
        <translation>投诉信已于 %1 发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
</context>
<context>
    <name>wc::gui::LettersTab</name>
    <message>
        <location filename="../../src/gui/caseview/LettersTab.cpp" line="+54"/>
        <source>Draft another letter for this case from its facts and history</source>
        <translation>根据此案件的事实和经过，再起草一封信</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letters</source>
        <translation>投诉信</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No letter has been written for this case yet. Use New letter to draft one from the case&apos;s facts.</source>
        <translation>此案件还没有写信。请点“新建信件”，根据案件事实起草一封。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+261"/>
        <source>Mark as &amp;sent…</source>
        <translation>标记为已发送(&amp;S)…</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Choosing another language drafts the letter again in it</source>
        <translation>选择其他语言会用该语言重新起草这封信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the letter again from its template and the case as it is now (you are asked before your text is replaced)</source>
        <translation>根据模板和案件的当前内容重新写这封信（替换您的文字前会先询问您）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy the subject and the letter, ready to paste into an email, a web form or an in-app chat</source>
        <translation>复制主题和正文，可直接粘贴到邮件、网页表单或应用内客服对话中</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Ne&amp;w letter</source>
        <translation>新建信件(&amp;W)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Re-draft</source>
        <translation>重新起草(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account &amp;number in full</source>
        <translation>完整显示账号(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company and a regulator need your whole account number to find your account. Untick it to show the number masked (138****8000), for example before you share the letter. The letter is drafted again; if you changed its text, you are asked first.</source>
        <translation>公司和监管机构需要您的完整账号才能查到您的账户。取消勾选可改为打码显示（138****8000），例如在分享这封信之前。信件会随之重新起草；如果您改过文字，会先询问您。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cop&amp;y letter</source>
        <translation>复制投诉信(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;mail…</source>
        <translation>发邮件(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your email program with a new message holding the letter</source>
        <translation>打开您的邮件程序，新建一封包含这封信的邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The case&apos;s letters could not be read: %1</source>
        <translation>无法读取此案件的信件：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2 · %3</source>
        <comment>kind, then language · status</comment>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 · %2</source>
        <comment>letter kind · language</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent %1 · &amp;details…</source>
        <translation>已于 %1 发送 · 详情(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending &amp;details…</source>
        <translation>发送详情(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record how and when you sent it</source>
        <translation>记下发送的方式和时间</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <location line="+20"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+54"/>
        <source>All changes saved</source>
        <translation>所有修改均已保存</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Your latest changes to the letter could not be saved: %1 They stay here, and WalletCase tries again when you pause or leave the letter.</source>
        <translation>您对信件的最新修改未能保存：%1 修改内容仍在这里，您停下输入或离开这封信时，WalletCase 会再试一次。</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseview/LettersTabActions.cpp" line="-411"/>
        <source>Mark the letter as not sent?</source>
        <translation>将这封信标记为未发送？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record of when and how it was sent (%1) will be cleared.</source>
        <translation>关于发送时间和方式的记录（%1）将被清除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark as not sent</source>
        <translation>标记为未发送(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it as sent</source>
        <translation>保持已发送(&amp;K)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The letter&apos;s status could not be saved: %1</source>
        <translation>无法保存信件状态：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The letter could not be marked as sent: %1</source>
        <translation>无法将信件标记为已发送：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The letter is marked as sent, but the case&apos;s status could not be changed: %1</source>
        <translation>投诉信已标记为已发送，但无法更改案件的状态：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The table of deadlines could not be loaded: %1</source>
        <translation>无法加载期限表：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The deadline reminders could not be saved: %1</source>
        <translation>无法保存期限提醒：%1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The letter could not be drafted: %1</source>
        <translation>无法起草信件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new letter could not be saved: %1</source>
        <translation>无法保存新信件：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The letter could not be drafted again: %1</source>
        <translation>无法重新起草信件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The letter already reads as the template drafts it.</source>
        <translation>这封信与模板起草的内容已经一致。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace your changes to the letter?</source>
        <translation>要替换您对这封信所做的修改吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed this letter after WalletCase drafted it. Drafting it again replaces its subject line and its whole body, your changes included, with a new draft in %1 from the template and the case as it is now. To keep a passage, copy it first.</source>
        <translation>这封信由 WalletCase 起草后，您修改过它。重新起草会根据模板和案件的当前内容，用 %1 生成一份新草稿，替换信的主题和整个正文，包括您所做的修改。要保留某段文字，请先复制下来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace the text</source>
        <translation>替换正文(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep my text</source>
        <translation>保留我的文字(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new draft could not be saved: %1</source>
        <translation>无法保存新的草稿：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drafted again from the case as it is now.</source>
        <translation>已根据案件的当前内容重新起草。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The letter is now dated %1, the day it was sent, and its reply date is counted from then.</source>
        <translation>这封信的落款日期已改为发出当天（%1），答复期限也从那天起算。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This letter is dated %1, the day it was drafted, but was sent on %2. Its date line and the dates it states are as of %1: check them against the letter you sent.</source>
        <translation>这封信的落款日期是起草当天（%1），但发出日期是%2。信中的日期和期限都按%1计算，请对照您实际发出的信核对。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A new email with the letter was opened. Add the provider&apos;s address, and check that the whole letter arrived (it is also on the clipboard).</source>
        <translation>已打开一封包含投诉信的新邮件。请填上服务商的邮箱地址，并检查投诉信是否完整（剪贴板中也有一份）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new email to %1 with the letter was opened. Check that the whole letter arrived (it is also on the clipboard).</source>
        <translation>已打开一封发给 %1 的新邮件，其中包含投诉信。请检查投诉信是否完整（剪贴板中也有一份）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the letter?</source>
        <translation>删除这封信？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” (%2)? Its text is gone for good; the case&apos;s history keeps a note that it was deleted.</source>
        <translation>要删除“%1”（%2）吗？正文将被永久删除；案件历史中会留下删除记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete the letter</source>
        <translation>删除这封信(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter could not be deleted: %1</source>
        <translation>无法删除信件：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindowActions.cpp" line="+36"/>
        <source>&amp;New Complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new complaint: the guide walks you through it step by step (Ctrl+N)</source>
        <translation>开始一项新的投诉：向导会一步步带您完成（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue Draft</source>
        <translation>继续填写草稿(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue draft</source>
        <translation>继续填写草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the unfinished complaint where you stopped</source>
        <translation>从上次停下的地方继续填写未完成的投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo Delete Case</source>
        <translation>撤销删除案件(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recentl&amp;y Deleted Cases…</source>
        <translation>最近删除的案件(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find Cases</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;My Case File</source>
        <translation>打开我的案件文件(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Providers…</source>
        <translation>服务商目录(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or add wallets and their contact channels</source>
        <translation>修正或添加钱包及其联系渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an &amp;Example Case</source>
        <translation>添加示例案件(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a finished example case to this file, to show what a complete case looks like</source>
        <translation>向此文件添加一个已完成的示例案件，让您看看完整的案件是什么样子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Case as PDF…</source>
        <translation>将案件导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One PDF with the whole case for a regulator, bank or lawyer: letters, facts, chronology, contacts and evidence</source>
        <translation>把整个案件生成一份 PDF，供监管机构、银行或律师查阅：投诉信、基本情况、时间线、联系记录和证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Letter as PDF…</source>
        <translation>将投诉信导出为 PDF(&amp;L)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Just the letter selected in the Letters tab (else the newest), ready to attach</source>
        <translation>只导出“投诉信”标签页中选中的那封信（未选中时为最新的一封），便于作为附件发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print Case…</source>
        <translation>打印案件(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Le&amp;tter…</source>
        <translation>打印投诉信(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use WalletCase, step by step, in this window</source>
        <translation>在程序窗口中一步步介绍如何使用 WalletCase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where Is My Data</source>
        <translation>我的数据在哪里(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where your case file, its backups, the settings and the logs are kept</source>
        <translation>案件文件、备份、设置和日志的存放位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About WalletCase</source>
        <translation>关于 WalletCase(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&amp;New Case File…</source>
        <translation>新建案件文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cases deleted from this file in the last %1 days, to put back or delete for good</source>
        <translation>最近 %1 天内从此文件删除的案件，可以放回或彻底删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../src/gui/mainwindow/MainWindowFollowUps.cpp" line="+108"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindow.cpp" line="+471"/>
        <source>%1 — WalletCase</source>
        <translation>%1 — WalletCase</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Open case file</source>
        <translation>打开案件文件</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>New case file</source>
        <translation>新建案件文件</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>The list of problem types could not be loaded, so new complaints cannot be started. Reinstalling WalletCase should fix this. (%1)</source>
        <translation>无法加载问题类型列表，因此暂时不能新建投诉。重新安装 WalletCase 应该可以解决。（%1）</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Reminders could not be brought up to date: %1</source>
        <translation>无法更新提醒：%1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The directory of wallets and their contact channels could not be loaded; you can still type a provider&apos;s name yourself. (%1)</source>
        <translation>无法加载钱包及其联系渠道的目录；您仍然可以自己输入服务商名称。（%1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your corrections to the provider directory could not be read: %1</source>
        <translation>无法读取您对服务商目录所做的修正：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of your provider entries could not be used: %1</source>
        <translation>您添加或修改的某个服务商条目无法使用：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Provider names could not be added to older cases: %1</source>
        <translation>无法为较早的案件补上服务商名称：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindowCases.cpp" line="+74"/>
        <source>Duplicate charges</source>
        <translation>重复扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These transactions look like a duplicate charge. A complaint of its own gets the right remedy, deadlines and letter.

Start a duplicate-charge complaint with them now? This case stays as it is.</source>
        <translation>这些交易看起来是重复扣款。单独发起投诉，才能得到合适的诉求、期限和投诉信。

现在就用这些交易发起一个重复扣款投诉吗？此案件保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start a complaint</source>
        <translation>发起投诉(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The duplicate-charge complaint could not be started: %1</source>
        <translation>无法发起重复扣款投诉：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindowActions.cpp" line="-29"/>
        <location filename="../../src/gui/mainwindow/MainWindowDeletion.cpp" line="+68"/>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindowDeletion.cpp" line="-20"/>
        <source>Delete the case “%1” with all its evidence, letters and history?

It moves to Recently Deleted Cases (in the Case menu), where you can put it back for %2 days.</source>
        <translation>要删除案件“%1”及其全部证据、投诉信和历史记录吗？

删除后，案件会移到“最近删除的案件”（在“案件”菜单中），%2 天内都可以放回。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete Case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backup of this file also holds it. “Delete Everywhere” removes it from the backup too, at once and for good.</source>
        <translation>此文件的自动备份中也有这个案件。选择“连同备份一起删除”会立即把它从备份中永久删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 automatic backups of this file also hold it. “Delete Everywhere” removes it from them too, at once and for good.</source>
        <translation>此文件的 %1 份自动备份中也有这个案件。选择“连同备份一起删除”会立即把它从这些备份中永久删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Everywhere</source>
        <translation>连同备份一起删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>The case could not be deleted: %1</source>
        <translation>无法删除案件：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>“%1” was deleted. You can put it back from Case ▸ Recently Deleted Cases for %2 days.</source>
        <translation>已删除“%1”。%2 天内可以从“案件 ▸ 最近删除的案件”中放回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case was deleted, but %1 of the backups could not be opened and may still hold it. You can delete them from the backups folder (Help ▸ Where Is My Data).</source>
        <translation>案件已删除，但有 %1 份备份无法打开，其中可能仍有这个案件。您可以到备份文件夹中删除这些备份（见“帮助 ▸ 我的数据在哪里”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case deleted, from its backups too.</source>
        <translation>案件已删除，备份中的也已删除。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The deleted case is no longer in Recently Deleted Cases.</source>
        <translation>这个已删除的案件已不在“最近删除的案件”中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case could not be put back: %1</source>
        <translation>无法放回案件：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was put back.</source>
        <translation>“%1”已恢复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case put back.</source>
        <translation>案件已放回。</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindow.cpp" line="+75"/>
        <source>That file already exists, so it was opened rather than replaced.</source>
        <translation>该文件已存在，因此直接打开了它，而没有覆盖。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new interface language takes effect the next time you start WalletCase.</source>
        <translation>新的界面语言将在下次启动 WalletCase 时生效。</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindowCases.cpp" line="+13"/>
        <source>The example case could not be added: %1</source>
        <translation>无法添加示例案件：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Welcome to WalletCase</source>
        <translation>欢迎使用 WalletCase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would you like to see an example first? WalletCase can add a finished example case — a duplicate charge with its evidence, earlier contacts, the letter that was sent and a follow-up date — so you can see what a complete case looks like.

You can delete it at any time, or add it later from the Help menu.</source>
        <translation>要不要先看一个示例？WalletCase 可以添加一个已完成的示例案件——一笔重复扣款，附有证据、此前的联系记录、已发送的投诉信和跟进日期——让您看看完整的案件是什么样子。

您可以随时删除它，也可以以后从“帮助”菜单中添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an example case</source>
        <translation>添加示例案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindow.cpp" line="+22"/>
        <source>WalletCase</source>
        <translation>WalletCase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WalletCase %1</source>
        <translation>WalletCase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helps you complain effectively about digital wallets and follow each complaint through to an answer.</source>
        <translation>帮助您有效地投诉数字钱包，并把每一件投诉跟进到得到答复为止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local first: your cases stay in one file on this computer. WalletCase sends nothing anywhere by itself; you decide what to send, and to whom.</source>
        <translation>本地优先：您的案件保存在这台电脑上的一个文件里。WalletCase 不会自行向任何地方发送任何内容；发送什么、发给谁，由您决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty.</source>
        <translation>本软件是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布，不提供任何担保。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About WalletCase</source>
        <translation>关于 WalletCase</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 [time moved: it is %2 here] — WalletCase</source>
        <translation>%1［时间已调整：这里现在是 %2］ — WalletCase</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No case matches “%1”.

Search looks at titles, descriptions, references, letters, contacts, evidence notes and transactions. Press Esc in the search box to list every case again.</source>
        <translation>没有与“%1”匹配的案件。

搜索范围包括标题、经过描述、相关单号、投诉信、联系记录、证据备注和交易记录。在搜索框中按 Esc 可重新列出所有案件。</translation>
    </message>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindowFollowUps.cpp" line="-56"/>
        <location line="+66"/>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The letter for the next step is in the Letters tab, as a draft to check and send.</source>
        <translation>下一步的信件已作为草稿放在“投诉信”标签页中，请检查后发送。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Show WalletCase</source>
        <translation>显示 WalletCase(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Follow-ups</source>
        <translation>跟进事项(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every pending reminder across your cases, with a month calendar (Ctrl+Shift+U)</source>
        <translation>所有案件的全部待办提醒，附月历（Ctrl+Shift+U）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;Reminder…</source>
        <translation>添加提醒(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Case…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record how the case ended and stop its reminders</source>
        <translation>记录案件的结果，并停止它的提醒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Reminders to &amp;Calendar (.ics)…</source>
        <translation>将提醒导出到日历（.ics）(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every pending reminder as a calendar file for Google Calendar, Outlook, Apple Calendar or Thunderbird</source>
        <translation>把所有待办提醒保存为日历文件，可导入 Google 日历、Outlook、Apple 日历或 Thunderbird</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That case is no longer in this file.</source>
        <translation>该案件已不在此文件中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder added.</source>
        <translation>提醒已添加。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export reminders to calendar</source>
        <translation>将提醒导出到日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reminders could not be exported: %1</source>
        <translation>无法导出提醒：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The calendar file could not be written to %1: %2</source>
        <translation>无法将日历文件写入 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No pending reminders: the calendar file is empty.</source>
        <translation>没有待办提醒：日历文件是空的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported 1 reminder to %1.</source>
        <translation>已将 1 条提醒导出到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 reminders to %2.</source>
        <translation>已将 %1 条提醒导出到 %2。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WalletCase is still running</source>
        <translation>WalletCase 仍在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reminders will still pop up. To quit, use Quit in the tray icon&apos;s menu.</source>
        <translation>提醒仍会照常弹出。要退出程序，请使用托盘图标菜单中的“退出”。</translation>
    </message>
</context>
<context>
    <name>wc::gui::MessageBar</name>
    <message>
        <location filename="../../src/gui/widgets/MessageBar.cpp" line="+65"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>wc::gui::NewCaseWizard</name>
    <message>
        <location filename="../../src/gui/wizard/NewCaseWizard.cpp" line="+26"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close and keep draft</source>
        <translation>关闭并保留草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The unfinished complaint could not be read, so a new one was started. %1</source>
        <translation>无法读取未完成的投诉，因此已新建一份。%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New complaint — step %1 of %2</source>
        <translation>新建投诉 — 第 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Draft not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your latest entries could not be saved to the case file, so closing now would lose them. Stay to try again (check that the disk is not full), or close and discard the unsaved entries.</source>
        <translation>您最近填写的内容未能保存到案件文件中，现在关闭会丢失这些内容。请留下来重试（并检查磁盘是否已满），或关闭并放弃未保存的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stay</source>
        <translation>留下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and discard</source>
        <translation>关闭并放弃</translation>
    </message>
</context>
<context>
    <name>wc::gui::NextStep</name>
    <message>
        <location filename="../../src/gui/reminders/NextStep.cpp" line="+62"/>
        <source>Wait for the reply your letter asked for</source>
        <translation>等待您在信中要求的答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a follow-up letter</source>
        <translation>写一封跟进信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact customer service</source>
        <translation>联系客服</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalate your complaint in writing</source>
        <translation>以书面形式升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a formal written complaint</source>
        <translation>提交正式的书面投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complain to the regulator</source>
        <translation>向监管机构投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post a public complaint</source>
        <translation>公开发帖投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get legal advice</source>
        <translation>寻求法律咨询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next step</source>
        <translation>进入下一步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your letter asked for a reply by %1. If none has come by then, follow up or take the next step from %2.</source>
        <translation>您在信中要求对方在 %1 前答复。如果到时仍未答复，请跟进，或从 %2 起进行下一步。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The next step (%1) opens on %2.</source>
        <translation>下一步（%1）从 %2 起可以进行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your reminder</source>
        <translation>您的提醒</translation>
    </message>
</context>
<context>
    <name>wc::gui::OverviewTab</name>
    <message>
        <location filename="../../src/gui/caseview/OverviewTab.cpp" line="+122"/>
        <source>Record how the case ended: resolved, or closed without a solution</source>
        <translation>记录案件的结果：已解决，或未解决已结案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pro&amp;blem:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language new letters for this case are written in</source>
        <translation>此案件新信件所用的语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter lan&amp;guage:</source>
        <translation>信件语言(&amp;G)：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First steps</source>
        <translation>首要步骤</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseview/OverviewChecklist.cpp" line="+26"/>
        <source>No first steps were recorded for this case.</source>
        <translation>此案件没有记录首要步骤。</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseview/OverviewTab.cpp" line="-47"/>
        <source>C&amp;lose case…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every time in this case is shown, typed and written in this time zone. Changing it shows the same moments in the new zone.</source>
        <translation>此案件中的所有时间都按这个时区显示、输入和写进信里。更改时区后，同样的时刻会按新时区显示。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case</source>
        <translation>案件情况</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Un&amp;do</source>
        <translation>撤销(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last change saved here (Ctrl+Z)</source>
        <translation>撤回在这里保存的最近一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+100"/>
        <source>%1 / %2</source>
        <comment>problem family / subtype</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>结案于 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Times in this case: %1. This computer is on %2.</source>
        <translation>此案件的时间：%1。这台电脑的时区：%2。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The amount was not saved: %1</source>
        <translation>金额未保存：%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Your change could not be saved, so the saved value is shown again: %1</source>
        <translation>您的修改未能保存，因此重新显示已保存的内容：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseview/OverviewChecklist.cpp" line="+108"/>
        <source>The step could not be saved, so it is shown as it was: %1</source>
        <translation>这一步未能保存，因此按原样显示：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseview/OverviewTab.cpp" line="+44"/>
        <source>The last change could not be taken back: %1</source>
        <translation>无法撤回最近一次修改：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last change was taken back.</source>
        <translation>已撤回最近一次修改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved at %1. Ctrl+Z takes the change back.</source>
        <translation>已于 %1 保存。按 Ctrl+Z 可撤回这次修改。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ProblemPage</name>
    <message>
        <location filename="../../src/gui/wizard/ProblemPage.cpp" line="+56"/>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the problem that fits best. It decides the first steps, the evidence we suggest and the letter. You can come back and change it.</source>
        <translation>请选择最符合的问题。它决定了首要步骤、建议提供的证据和投诉信的内容。之后也可以回来修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>* Choose one problem to continue.</source>
        <translation>* 请选择一个问题后继续。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose what happened before going on: pick the problem that fits best. You can change it later.</source>
        <translation>继续之前，请先选择发生了什么：挑选最符合的问题。之后可以修改。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>act quickly</source>
        <translation>请尽快处理</translation>
    </message>
</context>
<context>
    <name>wc::gui::ProfilePage</name>
    <message>
        <location filename="../../src/gui/wizard/ProfilePage.cpp" line="+41"/>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the provider can identify and reach you. Remembered in this case file for your next letters; nothing is sent anywhere.</source>
        <translation>服务商据此确认您的身份并联系您。这些信息会保存在此案件文件中，供以后写信使用；不会发送到任何地方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As on the account, so the provider can find it</source>
        <translation>与账户登记的一致，方便服务商查到您的账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number registered with the account, if possible</source>
        <translation>尽量填写账户绑定的手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only needed for a letter sent by post</source>
        <translation>仅在邮寄信件时需要</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This does not look like an email address (name@example.com). Check it, or leave it empty if you do not want replies by email.</source>
        <translation>这看起来不像电子邮箱地址（name@example.com）。请检查一下；如果不想通过邮件接收答复，也可以留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without your name the letter goes out unsigned, and the provider may not be able to find your account. You can still go on.</source>
        <translation>没有姓名，投诉信就没有署名，服务商也可能查不到您的账户。您仍然可以继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This looks like a phone number. The address is your postal address, for a letter sent by post.</source>
        <translation>这看起来像电话号码。地址指的是您的邮寄地址，用于邮寄信件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move it to Phone</source>
        <translation>移到“电话”栏</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>wc::gui::PromiseReminders</name>
    <message>
        <location filename="../../src/gui/caseview/PromiseReminders.cpp" line="+49"/>
        <source>%1 (ID %2)</source>
        <comment>agent name (employee ID)</comment>
        <translation>%1（工号：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.</source>
        <comment>ends the promise&apos;s sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promised on the %1 contact: an answer by today.</source>
        <translation>通过%1联系时，对方承诺今天之前答复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised on the %1 contact: %2</source>
        <translation>通过%1联系时，对方承诺：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) promised an answer by today.</source>
        <translation>%1（%2）承诺今天之前答复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) promised: %3</source>
        <translation>%1（%2）承诺：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reference: %1.</source>
        <translation>受理编号：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it happened; if not, follow up.</source>
        <translation>请核实对方是否做到；如果没有，请跟进。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ProviderEditor</name>
    <message>
        <location filename="../../src/gui/dialogs/ProviderEditor.cpp" line="+35"/>
        <source>In the app</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../ui/ProviderEditor.ui" line="+351"/>
        <source>Parts of this entry still need chec&amp;king</source>
        <translation>此条目中有部分内容仍需核实(&amp;K)</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>e.g. CN, US, UK, EU</source>
        <translation>例如 CN, US, UK, EU</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Name (C&amp;hinese):</source>
        <translation>中文名称(&amp;H)：</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>A&amp;dd row</source>
        <translation>添加一行(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move row</source>
        <translation>删除一行(&amp;M)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Name (&amp;English):</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;gions:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Texts in the tables:</source>
        <translation>表格文字语言(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ways to complain:</source>
        <translation>投诉渠道(&amp;W)：</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Add a row to “Ways to complain”</source>
        <translation>在“投诉渠道”中添加一行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the selected row of “Ways to complain”</source>
        <translation>删除“投诉渠道”中所选的行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ways to &amp;freeze the account:</source>
        <translation>冻结账户的方式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Add a row to “Ways to freeze the account”</source>
        <translation>在“冻结账户的方式”中添加一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add r&amp;ow</source>
        <translation>添加一行(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected row of “Ways to freeze the account”</source>
        <translation>删除“冻结账户的方式”中所选的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remo&amp;ve row</source>
        <translation>删除一行(&amp;V)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Note (Chinese):</source>
        <translation>中文备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Note (Eng&amp;lish):</source>
        <translation>英文备注(&amp;L)：</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+120"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+120"/>
        <source>Number, address or account</source>
        <translation>号码、地址或账号</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+120"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+120"/>
        <source>Steps</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+120"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+120"/>
        <source>Verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+120"/>
        <source>The menu steps in the app, or what to do on this channel</source>
        <translation>应用内的菜单路径，或在这个渠道上要做什么</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+120"/>
        <source>Tick when this channel is not confirmed and the user should check it first</source>
        <translation>如果这个渠道未经确认、需要用户先自行核实，请勾选</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/ProviderEditor.cpp" line="-8"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Give the provider a name, in Chinese, English or both.</source>
        <translation>请填写服务商名称，中文、英文或两者都填。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways to complain</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways to freeze the account</source>
        <translation>冻结账户的方式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 of “%2” needs a number, address or account, or the steps to follow. Fill one in, or remove the row.</source>
        <translation>“%2”的第 %1 行需要填写号码、地址或账号，或者操作步骤。请填写其中一项，或删除这一行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add at least one way to complain: a hotline, the steps in the app, a web form, an email address or a social media account.</source>
        <translation>请至少添加一种投诉渠道：客服热线、应用内操作步骤、网页表单、电子邮箱或社交媒体账号。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ProvidersDialog</name>
    <message>
        <location filename="../../src/gui/dialogs/ProvidersDialog.cpp" line="+58"/>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add provider</source>
        <translation>添加服务商(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+321"/>
        <source>&amp;Restore shipped entry</source>
        <translation>恢复内置条目(&amp;R)</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Providers</source>
        <translation>服务商目录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited by you</source>
        <translation>您修改过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added by you</source>
        <translation>您添加的</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to this provider?</source>
        <translation>要保存对这个服务商的修改吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to “%1”?</source>
        <translation>要保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+181"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>Contact channels</source>
        <translation>联系渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To check</source>
        <translation>待核实</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (edited by you)</source>
        <translation>%1（您修改过）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (added by you)</source>
        <translation>%1（您添加的）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ 1 fact</source>
        <translation>⚠ 1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 facts</source>
        <translation>⚠ %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed yet; check these on the provider&apos;s official website or app before relying on them:</source>
        <translation>以下内容尚未确认；使用前请先到服务商的官网或应用中核实：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>China</source>
        <translation>中国内地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the whole entry</source>
        <translation>整个条目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to complain</source>
        <translation>投诉用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to freeze the account</source>
        <translation>冻结账户用</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>&amp;Remove provider</source>
        <translation>删除服务商(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New provider: enter at least a name and one way to reach it</source>
        <translation>新服务商：请至少填写名称和一种联系方式</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Added. The provider can be chosen for new cases.</source>
        <translation>已添加。新建案件时可以选择这个服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Your version of this entry is used from now on.</source>
        <translation>已保存。从现在起将使用您修改后的条目。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a provider in the list, or add one.</source>
        <translation>请在列表中选择一个服务商，或添加一个。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to save: the entry is unchanged.</source>
        <translation>没有需要保存的内容：条目没有改动。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The provider could not be saved: %1</source>
        <translation>无法保存服务商：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove “%1”, which you added? Cases that name it keep its name.</source>
        <translation>要删除您添加的“%1”吗？已经用到它的案件会保留它的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo your changes to “%1” and use the entry shipped with WalletCase?</source>
        <translation>要撤销您对“%1”的修改，改用 WalletCase 内置的条目吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove provider</source>
        <translation>删除服务商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore shipped entry</source>
        <translation>恢复内置条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider was removed.</source>
        <translation>服务商已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shipped entry is used again.</source>
        <translation>已重新使用内置条目。</translation>
    </message>
</context>
<context>
    <name>wc::gui::RecentFiles</name>
    <message>
        <location filename="../../src/gui/mainwindow/RecentFiles.cpp" line="+84"/>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wc::gui::RecentlyDeletedDialog</name>
    <message>
        <location filename="../../src/gui/dialogs/RecentlyDeletedDialog.cpp" line="+28"/>
        <source>No case was deleted from this file in the last %1 days.</source>
        <translation>最近 %1 天内没有从此文件删除过案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Put Back</source>
        <translation>放回(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Now…</source>
        <translation>立即删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recently Deleted Cases</source>
        <translation>最近删除的案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted cases are kept here for %1 days, outside the case file, then removed for good.</source>
        <translation>删除的案件会在这里保留 %1 天（保存在案件文件之外），之后永久删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cases:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+49"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 — deleted %2</source>
        <translation>%1——删除于%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot put the case back</source>
        <translation>无法放回案件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “%1” for good? It cannot be put back afterwards.</source>
        <translation>要永久删除“%1”吗？删除后将无法放回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The automatic backup of this file taken before the case was deleted still holds it.</source>
        <translation>此文件在删除案件前生成的自动备份中仍有这个案件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 automatic backups of this file taken before the case was deleted still hold it.</source>
        <translation>此文件在删除案件前生成的 %1 份自动备份中仍有这个案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from Backups Too</source>
        <translation>同时从备份中删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot delete the case</source>
        <translation>无法删除案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some backups not cleaned</source>
        <translation>部分备份未能清理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the backups could not be opened, so they may still hold the case. You can delete them from the backups folder (Help ▸ Where Is My Data).</source>
        <translation>有 %1 份备份无法打开，其中可能仍有这个案件。您可以到备份文件夹中删除这些备份（见“帮助 ▸ 我的数据在哪里”）。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ReminderDialog</name>
    <message>
        <location filename="../../src/gui/reminders/ReminderDialog.cpp" line="+31"/>
        <source>Add a reminder</source>
        <translation>添加提醒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. Call the hotline again and ask for the refund</source>
        <translation>例如：再打一次客服热线，要求退款</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W&amp;hat:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add reminder</source>
        <translation>添加提醒(&amp;A)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write what the reminder is about, so you know what to do when it comes up.</source>
        <translation>请写下提醒的内容，这样到时候您就知道要做什么。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a time in the future.</source>
        <translation>请选择一个将来的时间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reminder could not be saved: %1</source>
        <translation>无法保存提醒：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::ReminderListModel</name>
    <message>
        <location filename="../../src/gui/reminders/ReminderListModel.cpp" line="+213"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 reminders</source>
        <translation>%1 — %2 条提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: %1</source>
        <translation>案件：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::ReminderNotifier</name>
    <message>
        <location filename="../../src/gui/reminders/ReminderNotifier.cpp" line="+85"/>
        <source>WalletCase</source>
        <translation>WalletCase</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Reminders could not be checked: %1</source>
        <translation>无法检查提醒：%1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Overdue reminders</source>
        <translation>已逾期的提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder due</source>
        <translation>提醒到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reminders need your attention.</source>
        <translation>有 %1 条提醒需要您处理。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The letter could not be drafted: %1</source>
        <translation>无法起草信件：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::ReminderPopup</name>
    <message>
        <location filename="../../src/gui/reminders/ReminderPopup.cpp" line="+46"/>
        <source>WalletCase reminders</source>
        <translation>WalletCase 提醒</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window. The reminders stay in the follow-ups list.</source>
        <translation>关闭此窗口。提醒会保留在跟进事项列表中。</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue and due now</source>
        <translation>已逾期和现在到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 reminder — WalletCase</source>
        <translation>1 条提醒 — WalletCase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reminders — WalletCase</source>
        <translation>%1 条提醒 — WalletCase</translation>
    </message>
    <message>
        <location filename="../../src/gui/reminders/ReminderListModel.cpp" line="+29"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>due today (reminded %1)</source>
        <translation>今天到期（提醒时间：%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue since %1</source>
        <translation>自 %1 起已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../../src/gui/reminders/ReminderPopup.cpp" line="+19"/>
        <source>Case: %1 — %2</source>
        <translation>案件：%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case: %1 (%2) — %3</source>
        <translation>案件：%1（%2）— %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint sent %1 ago</source>
        <translation>投诉已发出 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The complaint is not recorded as sent yet.</source>
        <translation>还没有记录投诉已发出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested next step: %1</source>
        <translation>建议下一步：%1</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Due reminders, by case</source>
        <translation>按案件分组的到期提醒</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>For 1 &amp;hour</source>
        <translation>1 小时后(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;tomorrow (1 day)</source>
        <translation>明天（1 天后）(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For &amp;3 days</source>
        <translation>3 天后(&amp;3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pick a date…</source>
        <translation>选择日期(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation>已处理(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have dealt with it: the reminder will not come back.</source>
        <translation>您已经处理好了：这条提醒不会再出现。</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Drafts the letter for this step and opens the case.</source>
        <translation>起草这一步的信件，并打开案件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the case.</source>
        <translation>打开案件。</translation>
    </message>
</context>
<context>
    <name>wc::gui::RestoreChoiceDialog</name>
    <message>
        <location filename="../../src/gui/dialogs/RestoreChoiceDialog.cpp" line="+43"/>
        <source>Restore a Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what to put in place of the case file. The file there now is kept beside it, renamed, so nothing is lost whichever you choose.</source>
        <translation>请选择用什么替换案件文件。现有的文件会改名后保留在旁边，所以无论选哪一项，都不会丢失任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backups and set-aside files:</source>
        <translation>备份和替换下来的文件(&amp;B)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup of %1 — cannot be opened (%2)</source>
        <translation>%1 的备份 — 无法打开（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup of %1 — 1 case (%2)</source>
        <translation>%1 的备份 — 1 个案件（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup of %1 — %2 cases (%3)</source>
        <translation>%1 的备份 — %2 个案件（%3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file set aside on %1 (as it was before that restore)</source>
        <translation>%1 替换下来的文件（那次恢复之前的原样）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This puts back the file exactly as it was set aside, even if it was damaged: use it when a backup lacks your latest work and you want to try the old file again.</source>
        <translation>这会把文件按替换下来时的原样放回，即使它已损坏：当备份中缺少您最近的内容、想再试试原来的文件时，可以选这一项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup is checked before it replaces anything.</source>
        <translation>替换之前，会先检查备份是否完好。</translation>
    </message>
</context>
<context>
    <name>wc::gui::SendPage</name>
    <message>
        <location filename="../../src/gui/wizard/SendPage.cpp" line="+49"/>
        <source>Hotline</source>
        <translation>客服热线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the app</source>
        <translation>应用内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website or web form</source>
        <translation>网站或网页表单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official social media</source>
        <translation>官方社交媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other channel</source>
        <translation>其他渠道</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Send and follow up</source>
        <translation>发送并跟进</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A written channel (email or web form) leaves a record of what you sent. On the phone or in the app&apos;s chat, read out or paste the letter and ask for a reference number.</source>
        <translation>书面渠道（电子邮件或网页表单）会留下您发送内容的记录。如果通过电话或应用内客服，请念出或粘贴投诉信，并索要受理编号。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy letter</source>
        <translation>复制投诉信(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the subject and the letter to the clipboard, ready to paste into an email, a web form or a chat.</source>
        <translation>把主题和投诉信复制到剪贴板，可直接粘贴到邮件、网页表单或聊天窗口中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;email draft</source>
        <translation>打开邮件草稿(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your email program with a new message holding the letter.</source>
        <translation>打开您的邮件程序，新建一封包含投诉信的邮件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where to send it</source>
        <translation>发送渠道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have &amp;sent it</source>
        <translation>我已发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it as ready to send</source>
        <translation>先保存为待发送(&amp;K)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ticket or case number you were given, if any</source>
        <translation>对方提供的受理编号或案件号（如有）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent &amp;through:</source>
        <translation>发送渠道(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent &amp;on:</source>
        <translation>发送时间(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference number:</source>
        <translation>受理编号(&amp;R)：</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Send the letter through one of the provider&apos;s channels, then note when to check for a reply.</source>
        <translation>通过服务商的某个渠道发送投诉信，然后记下什么时候查看答复。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Follo&amp;w up on:</source>
        <translation>跟进日期(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record it and follow up</source>
        <translation>记录并跟进</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadlines to watch</source>
        <translation>需要留意的期限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table of deadlines could not be loaded: %1</source>
        <translation>无法加载期限表：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>There is no letter to send yet. Go back one step to draft it, or finish now and write it later from the case.</source>
        <translation>还没有可发送的投诉信。请返回上一步起草，或现在完成，稍后在案件中再写。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Times on this page are in the case&apos;s time zone: %1.</source>
        <translation>本页的时间均按案件的时区：%1。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>WalletCase has no contact details for this provider. Look on its official website or in its app for a complaints email address or web form.</source>
        <translation>WalletCase 没有这个服务商的联系方式。请到其官网或应用中查找投诉邮箱或网页表单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WalletCase has no contact details for %1. Look on its official website or in its app for a complaints email address or web form.</source>
        <translation>WalletCase 没有%1的联系方式。请到其官网或应用中查找投诉邮箱或网页表单。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The address could not be opened: no web browser answered. Copy it from the list and open it yourself.</source>
        <translation>无法打开这个网址：没有浏览器响应。请从列表中复制网址，自行打开。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The letter is on the clipboard. Paste it into an email, the provider&apos;s web form or its in-app chat.</source>
        <translation>投诉信已复制到剪贴板。请粘贴到邮件、服务商的网页表单或应用内客服对话中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A new email with the letter was opened. Add the provider&apos;s address, and check that the whole letter arrived (it is also on the clipboard).</source>
        <translation>已打开一封包含投诉信的新邮件。请填上服务商的邮箱地址，并检查投诉信是否完整（剪贴板中也有一份）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new email to %1 with the letter was opened. Check that the whole letter arrived (it is also on the clipboard).</source>
        <translation>已打开一封发给 %1 的新邮件，其中包含投诉信。请检查投诉信是否完整（剪贴板中也有一份）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You planned to send your complaint about %1: send it, or record how you contacted the company.</source>
        <translation>您原计划发送关于“%1”的投诉：请发送出去，或记下您是如何联系对方的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You planned to send your complaint about %1 to %2: send it, or record how you contacted them.</source>
        <translation>您原计划向%2发送关于“%1”的投诉：请发送出去，或记下您是如何联系对方的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow up on your complaint about %1: has the provider replied? If not, contact them again or escalate.</source>
        <translation>跟进您关于“%1”的投诉：服务商答复了吗？如果没有，请再次联系或升级投诉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow up with %1 about %2: have they replied to your complaint? If not, contact them again or escalate.</source>
        <translation>就“%2”向%1跟进：对方答复您的投诉了吗？如果没有，请再次联系或升级投诉。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What happens next: on %1 WalletCase reminds you to check for a reply. If the problem is not solved by then, follow up or escalate from the case.</source>
        <translation>接下来：WalletCase 会在 %1 提醒您查看答复。如果到时问题仍未解决，请在案件中跟进或升级投诉。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens next: the case is kept as ready to send, and on %1 WalletCase reminds you about it. When you have sent the letter, record it in the case.</source>
        <translation>接下来：案件会保存为“待发送”，WalletCase 会在 %1 提醒您。发出投诉信后，请在案件中记录下来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Security problems get a short follow-up time: one day instead of a week.</source>
        <extracomment>%1 is the sentences before, about what happens next.</extracomment>
        <translation>%1安全问题的跟进间隔较短：一天，而不是一周。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your letter is dated today but was sent on %1, and it holds your own changes, so WalletCase does not write it again. Check its date line and the dates it states against the letter you sent, then press Finish again.</source>
        <translation>这封信的落款是今天，但它是在%1发出的；信中有您自己的修改，所以 WalletCase 不会重写它。请对照您实际发出的信，核对落款日期和信中写到的日期，然后再按一次“完成”。</translation>
    </message>
    <message>
        <location filename="../../src/gui/wizard/SendPageClocks.cpp" line="+102"/>
        <source>These deadlines apply to your complaint. Ticked ones become reminders when you finish.</source>
        <translation>以下期限适用于您的投诉。勾选的期限会在完成时设为提醒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These deadlines may apply to your complaint, depending on the country you live in. Tick the ones that apply: they become reminders when you finish.</source>
        <translation>根据您所在的国家或地区，以下期限可能适用于您的投诉。请勾选适用的期限：完成时它们会设为提醒。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The deadline reminders could not be saved: %1</source>
        <translation>无法保存期限提醒：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="+192"/>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/SettingsDialog.cpp" line="+71"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="+6"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Keep running in the system tray when the window is closed while reminders are pending</source>
        <translation>有待办提醒时，关闭窗口后在系统托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fol&amp;der:</source>
        <translation>文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Backups kept:</source>
        <translation>保留备份数(&amp;B)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a backup when the file changed: on opening, every 30 minutes while it is open, on closing; the two newest are kept, then one a day</source>
        <translation>文件有改动时才备份：打开时、打开期间每 30 分钟、关闭时；保留最新的两份，更早的每天保留一份</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This does not look like an email address (name@example.com). It is saved as typed.</source>
        <translation>这看起来不像电子邮箱地址（name@example.com）。将按您输入的内容保存。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Used to sign your letters. Kept in this case file only.</source>
        <translation>用于投诉信的署名。只保存在此案件文件中。</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>&amp;Reminder time:</source>
        <translation>提醒时间(&amp;R)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Follow-ups and promises given only a day remind you at this time.</source>
        <translation>只定了日期、没有具体时间的跟进和承诺，会在当天的这个时间提醒您。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No system tray on this desktop, so WalletCase closes with its window; reminders that came due meanwhile are shown when it next starts.</source>
        <translation>此桌面环境没有系统托盘，因此关闭窗口时 WalletCase 会随之退出；期间到期的提醒会在下次启动时显示。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Space used:</source>
        <translation>占用空间：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/gui/dialogs/SettingsDialog.cpp" line="+25"/>
        <source>No system tray on this desktop.</source>
        <translation>此桌面环境没有系统托盘。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups kept for each case file</source>
        <translation>每个案件文件保留的备份数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not set up for this window.</source>
        <translation>此窗口未设置备份。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup has been written yet.</source>
        <translation>还没有写入过备份。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None yet: the first backup is written soon after the file is opened.</source>
        <translation>暂无：打开文件后不久会写入第一份备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 backup of this case file, %1.</source>
        <translation>此案件文件有 1 份备份，共 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 backups of this case file, %2.</source>
        <translation>此案件文件有 %1 份备份，共 %2。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your details could not be read from the case file, so they cannot be changed now. %1</source>
        <translation>无法从案件文件中读取您的信息，因此现在无法修改。%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>WalletCase will use the new language the next time you start it.</source>
        <translation>WalletCase 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your details could not be saved: %1</source>
        <translation>无法保存您的信息：%1</translation>
    </message>
</context>
<context>
    <name>wc::gui::ShortcutsDialog</name>
    <message>
        <location filename="../../src/gui/mainwindow/HelpDialogs.cpp" line="-195"/>
        <source>With a case open</source>
        <translation>打开案件时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions table</source>
        <translation>交易表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts list</source>
        <translation>联系记录列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a letter (wizard and Letters tab)</source>
        <translation>编辑信件时（向导和“投诉信”标签页）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence viewer</source>
        <translation>证据查看器</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Overview tab</source>
        <translation>“概况”标签页</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Evidence tab</source>
        <translation>“证据”标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions tab</source>
        <translation>“交易”标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts tab</source>
        <translation>“联系记录”标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters tab</source>
        <translation>“投诉信”标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline tab</source>
        <translation>“时间线”标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a contact (a call, chat or visit just now)</source>
        <translation>记录刚才的通话、聊天或上门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case list</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the last saved change (outside a text field)</source>
        <translation>撤回上次保存的修改（文本框外）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste a screenshot, copied files or text from the clipboard</source>
        <translation>从剪贴板粘贴截图、复制的文件或文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected evidence (asks first)</source>
        <translation>删除所选的证据（会先确认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a transaction</source>
        <translation>添加一笔交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected transactions</source>
        <translation>删除所选的交易</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the selected contact</source>
        <translation>编辑所选的联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact</source>
        <translation>添加联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contact</source>
        <translation>删除所选的联系记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review tone: go through each flagged passage with a calmer wording proposed</source>
        <translation>检查语气：逐处给出更平和的说法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose a calmer wording for the flagged passage at the cursor (right-click it for the same)</source>
        <translation>为光标处建议更平和的说法（同右键）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The context menu at the cursor, with the proposal of a flagged passage</source>
        <translation>光标处的右键菜单（含语气建议）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone proposal</source>
        <translation>“更平和的说法”窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply my wording</source>
        <translation>应用我的说法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous, next item</source>
        <translation>上一项、下一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First, last item</source>
        <translation>第一项、最后一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the image in the window</source>
        <translation>让图片适应窗口大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the original</source>
        <translation>另存一份原件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>In the case and the lists</source>
        <translation>案件和列表中</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alt with an underlined letter chooses a button or field in most windows; Tab and Shift+Tab move between fields. In a letter, right-click an underlined passage for a calmer wording.</source>
        <translation>在大多数窗口中，按 Alt 加带下划线的字母可选中对应的按钮或输入框；按 Tab 和 Shift+Tab 可在输入框之间移动。在信件中，右键单击带下划线的地方可得到更平和的说法。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wc::gui::SnoozeDateDialog</name>
    <message>
        <location filename="../../src/gui/reminders/SnoozeDateDialog.cpp" line="+23"/>
        <source>Remind me again on…</source>
        <translation>下次提醒日期…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2)</source>
        <comment>time, zone</comment>
        <extracomment>%1 is a time of day; %2 a UTC offset such as UTC+8.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reminder comes back at %1 on the day you pick.</source>
        <translation>提醒会在您所选日期的 %1 再次出现。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Snooze</source>
        <translation>推迟提醒(&amp;S)</translation>
    </message>
</context>
<context>
    <name>wc::gui::StatementImportFlow</name>
    <message>
        <location filename="../../src/gui/transactions/StatementImportFlow.cpp" line="+231"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import statement</source>
        <translation>导入账单</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” could not be read as a statement. %2</source>
        <translation>无法将“%1”作为账单读取。%2</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The new %1 case could not be started; nothing was added. %2</source>
        <translation>无法新建%1案件；没有添加任何内容。%2</translation>
    </message>
</context>
<context>
    <name>wc::gui::StatementPreviewDialog</name>
    <message>
        <location filename="../../src/gui/transactions/StatementPreviewDialog.cpp" line="+53"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other CSV</source>
        <translation>其他 CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;olumns…</source>
        <translation>选择列(&amp;O)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from “%1”</source>
        <translation>从“%1”导入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kind of export; choose another if the rows look wrong</source>
        <translation>导出文件的类型；如果各行看起来不对，请换一种</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the file&apos;s text is encoded; choose another if the Chinese text shows as garbage</source>
        <translation>文件文字的编码；如果中文显示为乱码，请换一种</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search counterparty, reference, amount, note…</source>
        <translation>搜索交易对方、交易单号、金额、备注…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen rows</source>
        <translation>已选的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates</source>
        <translation>可能的重复扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money received</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose shown</source>
        <translation>选中显示的行(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick every row the search and filter show</source>
        <translation>勾选搜索和筛选结果中显示的每一行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear shown</source>
        <translation>取消选中显示的行(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Lines not read, and things to check (%1):</source>
        <translation>未读取的行和需要核对的地方（%1）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (detected)</source>
        <translation>%1（自动识别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (chosen)</source>
        <translation>%1（手动选择）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 statement, %2, header on line %3: 1 row read.</source>
        <translation>%1 账单，%2，表头在第 %3 行：读取了 1 行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statement, %2, header on line %3: %4 rows read.</source>
        <translation>%1 账单，%2，表头在第 %3 行：读取了 %4 行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 1 line was skipped.</source>
        <extracomment>%1 is the sentence before, about the statement read.</extracomment>
        <translation>%1跳过了 1 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 lines were skipped.</source>
        <extracomment>%1 is the sentence before, about the statement read; %2 a number of lines.</extracomment>
        <translation>%1跳过了 %2 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 1 of the rows is already in this case.</source>
        <extracomment>%1 is what was said before about the statement read.</extracomment>
        <translation>%1其中 1 行已在此案件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 of the rows are already in this case.</source>
        <extracomment>%1 is what was said before about the statement read; %2 a number of rows.</extracomment>
        <translation>%1其中 %2 行已在此案件中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… and %1 more: show “Likely duplicates” to see them all.</source>
        <translation>……还有 %1 项：选择“可能的重复扣款”可查看全部。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely duplicate charges (ticked):</source>
        <translation>可能的重复扣款（已勾选）：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This is a %1 statement; this case is about %2. Its rows in this case would be quoted in this case&apos;s letters.</source>
        <extracomment>%1 and %2 are wallets, e.g. PayPal and Cash App.</extracomment>
        <translation>这是%1的账单，而此案件是关于%2的。如果把其中的行添加到此案件，它们会被引用到此案件的投诉信中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a &amp;new %1 case with the chosen rows</source>
        <translation>用所选的行新建一个%1案件(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them to this %1 case an&amp;yway</source>
        <translation>仍然添加到此%1案件(&amp;Y)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Times are shown in %1, the time zone of the new case.</source>
        <translation>时间按%1显示，即新案件的时区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times are shown in %1, the time zone of this case.</source>
        <translation>时间按%1显示，即此案件的时区。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 rows chosen</source>
        <translation>已选 %1 行，共 %2 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add to a new %1 case</source>
        <extracomment>%1 is a wallet, e.g. PayPal.</extracomment>
        <translation>添加到新的%1案件(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add 1 transaction</source>
        <translation>添加 1 笔交易(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add %1 transactions</source>
        <translation>添加 %1 笔交易(&amp;A)</translation>
    </message>
</context>
<context>
    <name>wc::gui::StatementRowsModel</name>
    <message>
        <location filename="../../src/gui/transactions/StatementRowsModel.cpp" line="+129"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>This transaction is already in the case.</source>
        <translation>这笔交易已在案件中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By its status no money moved (closed, failed or refunded in full).</source>
        <translation>从状态看，这笔交易没有实际扣款（已关闭、失败或已全额退款）。</translation>
    </message>
</context>
<context>
    <name>wc::gui::TimelineTab</name>
    <message>
        <location filename="../../src/gui/caseview/TimelineTab.cpp" line="+73"/>
        <location line="+54"/>
        <source>Nothing has been recorded for this case yet.</source>
        <translation>此案件还没有任何记录。</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+26"/>
        <location line="+128"/>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+21"/>
        <source>Story of the dispute</source>
        <translation>纠纷经过</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Full edit log</source>
        <translation>完整修改记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The story shows what happened in the dispute; the edit log shows every change made to the case in WalletCase, hash-checked.</source>
        <translation>“纠纷经过”显示纠纷中发生了什么；“修改记录”显示在 WalletCase 中对案件所做的每一处修改，并经过哈希校验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Case history</source>
        <translation>案件历史</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing about the dispute has been recorded yet: add when it happened, the payments, your contacts with the company and the letters you sent.</source>
        <translation>还没有记录任何纠纷经过：请添加事情发生的时间、付款情况、您与对方公司的联系以及您发出的信件。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The case&apos;s history could not be read: %1</source>
        <translation>无法读取案件历史：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>When (%1)</source>
        <comment>time zone</comment>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Whether the history is complete could not be checked: %1</source>
        <translation>⚠ 无法检查历史记录是否完整：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ The history is complete and unchanged: every entry checks out (%1 in all).</source>
        <translation>✓ 历史记录完整且未被改动：每一条都核对无误（共 %1 条）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ The history has been altered outside WalletCase: entry %1 and what follows it do not match what was recorded. Do not rely on them as evidence; a backup may hold the original.</source>
        <translation>⚠ 历史记录在 WalletCase 之外被改动过：第 %1 条及其后的记录与当初记录的不符。请不要把它们当作证据；备份中可能还保留着原始记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1 (saved %n times)</source>
        <translation>
            <numerusform>%1（保存了 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ %1 — this entry does not match the record</source>
        <translation>⚠ %1 — 这一条与记录不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1 was changed or an entry before it was removed after it was recorded.</source>
        <translation>第 %1 条在记录之后被修改过，或者它之前的某一条被删除了。</translation>
    </message>
</context>
<context>
    <name>wc::gui::ToneProposalDialog</name>
    <message>
        <location filename="../../src/gui/widgets/ToneProposalDialog.cpp" line="+77"/>
        <source>&amp;Apply my wording</source>
        <translation>应用我的说法(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as is</source>
        <translation>保持原样(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the sentence</source>
        <translation>删除这一句(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A calmer wording</source>
        <translation>更平和的说法</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Put this wording into the letter in place of the sentence (Ctrl+Enter). Ctrl+Z in the letter undoes it.</source>
        <translation>用这个说法替换信中的这一句（Ctrl+Enter）。在信中按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave the sentence as you wrote it and stop flagging it.</source>
        <translation>保留您的原话，不再标出这一句。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence states no fact; taking it out loses nothing.</source>
        <translation>这一句没有陈述任何事实，删掉它不会丢失任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sentence</source>
        <translation>您的句子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A calmer pattern to adapt</source>
        <translation>可参考的平和句式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use only what is true for your case; the blanks are for your own facts.</source>
        <translation>只用与您的案件相符的内容；空白处请换成您自己的事实。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Your new wording (edit it as you like):</source>
        <translation>您的新说法（可随意修改）(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Flagged: %1 — “%2”</source>
        <translation>标出原因：%1 — “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>第 %1 处（共 %2 处）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed: %1</source>
        <translation>建议修改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sentence states no fact. You can remove it, or reword it with a fact and a date.</source>
        <translation>这一句没有陈述任何事实。您可以删除它，或者改写成包含事实和日期的说法。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no safe automatic change here: reword the sentence yourself, keeping its facts, using the pattern above.</source>
        <translation>这里没有可以安全自动修改的地方：请参考上面的句式，自己改写这一句，并保留其中的事实。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Replace “%1” with your own fact before applying.</source>
        <translation>应用之前，请把“%1”换成您自己的事实。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty wording removes the sentence.</source>
        <translation>新说法留空则会删除这一句。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing in this wording is flagged.</source>
        <translation>新说法中没有被标出的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still flagged in this wording: %1.</source>
        <translation>新说法中仍有被标出的内容：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>wc::gui::TransactionDelegate</name>
    <message>
        <location filename="../../src/gui/transactions/TransactionDelegate.cpp" line="+53"/>
        <source>for example 128.00</source>
        <translation>例如 128.00</translation>
    </message>
</context>
<context>
    <name>wc::gui::TransactionTableModel</name>
    <message>
        <location filename="../../src/gui/transactions/TransactionTableModel.cpp" line="+45"/>
        <source>Money received</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between own accounts</source>
        <translation>本人账户间转账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>收/支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The amount was not changed: %1</source>
        <translation>金额未修改：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a currency code. Use the three letters of ISO 4217, such as CNY, USD or HKD.</source>
        <translation>“%1”不是币种代码。请使用 ISO 4217 的三个字母，例如 CNY、USD 或 HKD。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The currency was not changed: %1</source>
        <translation>币种未修改：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/transactions/StatementRowsModel.cpp" line="-74"/>
        <location filename="../../src/gui/transactions/TransactionTableModel.cpp" line="-126"/>
        <source>%1 (%2)</source>
        <comment>column title, time zone</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>wc::gui::TransactionsPanel</name>
    <message>
        <location filename="../../src/gui/transactions/TransactionsPanel.cpp" line="+68"/>
        <source>&amp;Add transaction</source>
        <translation>添加交易(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a transaction by hand and type its details in the table (Insert)</source>
        <translation>手动添加一笔交易，并在表格中填写详情（Insert）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected transactions from the case (Del)</source>
        <translation>从案件中删除所选的交易（Del）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import statement…</source>
        <translation>导入账单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an Alipay, WeChat Pay or PayPal export, or any CSV, and choose the transactions that belong to this case</source>
        <translation>读取支付宝、微信支付或 PayPal 导出的账单，或任意 CSV 文件，并选出与此案件有关的交易</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start a &amp;duplicate-charge complaint…</source>
        <translation>发起重复扣款投诉(&amp;D)…</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The transactions of this case could not be read. %1</source>
        <translation>无法读取此案件的交易。%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a case to see its transactions.</source>
        <translation>请选择一个案件来查看其交易。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transactions yet. Add the payments this complaint is about by hand, or import them from a wallet statement: Alipay, WeChat Pay and PayPal exports are read as they are, any other CSV after you point out its columns.</source>
        <translation>还没有交易。请手动添加这次投诉涉及的付款，或从钱包账单导入：支付宝、微信支付和 PayPal 导出的账单可以直接读取，其他 CSV 文件需要您先指明各列。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Likely duplicate charges in this case:</source>
        <translation>此案件中可能的重复扣款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicate charges — this case is not about a duplicate charge, so they may need a complaint of their own:</source>
        <translation>可能的重复扣款——此案件不是关于重复扣款的，这些扣款可能需要另外投诉：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The case file is closed.</source>
        <translation>案件文件已关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change could not be saved. %1</source>
        <translation>无法保存修改。%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The transaction could not be added. %1</source>
        <translation>无法添加交易。%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove the transaction %1 %2 %3 from this case?</source>
        <translation>要从此案件中删除交易 %1 %2 %3 吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove these %1 transactions from this case?</source>
        <translation>要从此案件中删除这 %1 笔交易吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove transactions</source>
        <translation>删除交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement they came from is not changed.</source>
        <translation>它们所来自的账单文件不会被改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The transactions could not be removed. %1</source>
        <translation>无法删除交易。%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a wallet statement</source>
        <translation>导入钱包账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>账单 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Started a new %1 case with 1 transaction; this case is unchanged.</source>
        <translation>已用 1 笔交易新建一个%1案件；此案件保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started a new %1 case with %2 transactions; this case is unchanged.</source>
        <translation>已用 %2 笔交易新建一个%1案件；此案件保持不变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the statement was cancelled; nothing was added.</source>
        <translation>已取消读取账单；没有添加任何内容。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The transactions could not be added; nothing was changed. %1</source>
        <translation>无法添加交易；没有做任何更改。%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added 1 transaction from the %1 statement.</source>
        <translation>已从%1账单中添加 1 笔交易。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 transactions from the %2 statement.</source>
        <translation>已从%2账单中添加 %1 笔交易。</translation>
    </message>
</context>
<context>
    <name>wc::gui::UrlOpener</name>
    <message>
        <location filename="../../src/gui/widgets/UrlOpener.cpp" line="+33"/>
        <source>No email program could be opened on this computer. Use &quot;Copy letter&quot; instead and paste the letter into your email, the provider&apos;s web form or its in-app chat.</source>
        <translation>这台电脑上无法打开邮件程序。请改用“复制投诉信”，再把投诉信粘贴到您的邮件、服务商的网页表单或应用内客服对话中。</translation>
    </message>
</context>
<context>
    <name>wc::gui::UserGuideDialog</name>
    <message>
        <location filename="../../src/gui/mainwindow/HelpDialogs.cpp" line="-210"/>
        <source>WalletCase User Guide</source>
        <translation>WalletCase 用户指南</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The user guide was not found. Reinstalling WalletCase should bring it back.</source>
        <translation>找不到用户指南。重新安装 WalletCase 即可恢复。</translation>
    </message>
</context>
<context>
    <name>wc::gui::WizardSession</name>
    <message>
        <location filename="../../src/gui/wizard/WizardSession.cpp" line="+60"/>
        <source>Your entries could not be saved to the case file. They are still here; try again, or check that the disk is not full.</source>
        <translation>您填写的内容未能保存到案件文件中。内容仍在这里；请重试，或检查磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The letter could not be drafted because the case could not be read: %1</source>
        <translation>无法读取案件，因此无法起草投诉信：%1</translation>
    </message>
</context>
<context>
    <name>wc::report::DossierLayout</name>
    <message>
        <location filename="../../src/report/DossierLayout.cpp" line="+114"/>
        <source>The Chinese font WalletCase prints with (Noto Sans CJK SC) is not installed, so Chinese text would come out as empty boxes. Install the package fonts-noto-cjk and export again.</source>
        <translation>WalletCase 打印中文所用的字体（Noto Sans CJK SC）尚未安装，中文会显示成空白方框。请安装软件包 fonts-noto-cjk 后重新导出。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../src/report/DossierWriter.cpp" line="+80"/>
        <source>The export was cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This case has no letter yet. Write the letter first, then export it.</source>
        <translation>此案件还没有投诉信。请先写好投诉信，再导出。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The document could not be started. Check that the folder exists and that you may write to it.</source>
        <translation>无法创建文档。请检查文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document could not be written.</source>
        <translation>无法写入文档。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The document could not be written. Check that the disk is not full.</source>
        <translation>无法写入文档。请检查磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>wc::report::DossierWriter</name>
    <message>
        <location filename="../../src/report/DossierWriter.cpp" line="-57"/>
        <source>The PDF could not be saved as %1 (%2). Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>无法将 PDF 保存为 %1（%2）。请检查文件夹是否存在、您是否有写入权限，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>that is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
</context>
<context>
    <name>wc::report::PdfTextLayer</name>
    <message>
        <location filename="../../src/report/PdfTextLayer.cpp" line="+23"/>
        <source>The PDF could not be finished. Please report this problem.</source>
        <translation>无法完成 PDF。请反馈这个问题。</translation>
    </message>
</context>
<context>
    <name>wc::report::Thumbnails</name>
    <message>
        <location filename="../../src/report/Thumbnails.cpp" line="+29"/>
        <source>This file is not an image WalletCase can read (or it is damaged). It is kept as a file; open it with another program to check it.</source>
        <translation>WalletCase 无法读取此图片（也可能是文件已损坏）。它会作为普通文件保留；您可以用其他程序打开查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image is too large to preview (%1 × %2 pixels). It is kept as it is; a smaller screenshot previews fine.</source>
        <translation>此图片太大，无法预览（%1 × %2 像素）。图片会原样保留；较小的截图可以正常预览。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This image is too large to show (%1 × %2 pixels). It is kept as it is.</source>
        <translation>这张图片太大，无法显示（%1 × %2 像素）。文件已原样保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This image is damaged and cannot be shown. It is kept as it is.</source>
        <translation>此图片已损坏，无法显示。图片会原样保留。</translation>
    </message>
</context>
</TS>
