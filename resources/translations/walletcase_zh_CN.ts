<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wc::app::Application</name>
    <message>
        <location filename="../../src/app/Application.cpp" line="+71"/>
        <source>Complain effectively about digital wallets and follow each complaint through.</source>
        <translation>高效投诉数字钱包，并把每一件投诉跟进到底。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case file to open (default: your own case file in the data folder).</source>
        <translation>要打开的案件文件（默认：数据文件夹中您自己的案件文件）。</translation>
    </message>
</context>
<context>
    <name>wc::app::Cli</name>
    <message>
        <source>Usage:
  walletcase check FILE
  walletcase import FILE BUNDLE.json
  walletcase export FILE [--case ID] --json OUT
  walletcase search FILE QUERY
  walletcase restore FILE
  walletcase --version | --help
  walletcase [--lang zh_CN|en] [FILE]   (opens the window)
</source>
        <translation type="vanished">用法：
  walletcase check FILE
  walletcase import FILE BUNDLE.json
  walletcase export FILE [--case ID] --json OUT
  walletcase search FILE QUERY
  walletcase restore FILE
  walletcase --version | --help
  walletcase [--lang zh_CN|en] [FILE]   （打开程序窗口）
</translation>
    </message>
    <message>
        <source>
Commands:
  check    Check a case file for damage; prints the number of cases when healthy.
  import   Add the cases of a bundle to a case file (created if missing);
           prints the new case ids, one per line. BUNDLE may be - (stdin).
  export   Write all cases, or the case --case ID, as a bundle to OUT
           (- for standard output).
  search   List matching cases, best first: id, a tab, the title.
  restore  Replace a damaged case file with its newest good backup.

Exit codes: 0 success, 1 usage error, 2 the case file could not be opened,
3 check found problems, 4 bad bundle, 5 other failure.
Without a command, WalletCase opens its window.
</source>
        <translation type="vanished">
命令：
  check    检查案件文件是否损坏；文件完好时输出其中的案件数。
  import   把案件包中的案件添加到案件文件（文件不存在时会新建）；
           每行输出一个新案件的 ID。BUNDLE 可以是 -（表示标准输入）。
  export   把所有案件（或用 --case ID 指定的案件）作为案件包写入 OUT
           （- 表示标准输出）。
  search   列出匹配的案件，最相关的排在前面：ID、制表符、标题。
  restore  用最新的完好备份替换已损坏的案件文件。

退出码：0 成功，1 用法错误，2 无法打开案件文件，
3 检查发现问题，4 案件包有误，5 其他失败。
不带命令运行时，WalletCase 会打开程序窗口。
</translation>
    </message>
    <message>
        <location filename="../../src/app/Cli.cpp" line="+33"/>
        <source>Usage:
  walletcase check FILE
  walletcase import FILE BUNDLE.json
  walletcase export FILE [--case ID] --json OUT
  walletcase search FILE QUERY
  walletcase restore FILE
  walletcase tone [--lang zh_CN|en] &lt; TEXT
  walletcase letter FILE --case ID [--lang zh_CN|en]
  walletcase --version | --help
  walletcase [--lang zh_CN|en] [FILE]   (opens the window)
</source>
        <translation>用法：
  walletcase check FILE
  walletcase import FILE BUNDLE.json
  walletcase export FILE [--case ID] --json OUT
  walletcase search FILE QUERY
  walletcase restore FILE
  walletcase tone [--lang zh_CN|en] &lt; TEXT
  walletcase letter FILE --case ID [--lang zh_CN|en]
  walletcase --version | --help
  walletcase [--lang zh_CN|en] [FILE]   （打开程序窗口）
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>
Commands:
  check    Check a case file for damage; prints the number of cases when healthy.
  import   Add the cases of a bundle to a case file (created if missing);
           prints the new case ids, one per line. BUNDLE may be - (stdin).
  export   Write all cases, or the case --case ID, as a bundle to OUT
           (- for standard output).
  search   List matching cases, best first: id, a tab, the title.
  restore  Replace a damaged case file with its newest good backup.
  letter   Print the case&apos;s current letter (the newest, in --lang when given);
           drafts and saves one first when the case has none.
  tone     Check the text on standard input for emotional wording; prints
           the findings as JSON (language guessed when --lang is absent).

Exit codes: 0 success, 1 usage error, 2 the case file could not be opened,
3 check found problems, 4 bad bundle, 5 other failure.
Without a command, WalletCase opens its window.
</source>
        <translation>
命令：
  check    检查案件文件是否损坏；文件完好时输出其中的案件数。
  import   把案件包中的案件添加到案件文件（文件不存在时会新建）；
           每行输出一个新案件的 ID。BUNDLE 可以是 -（表示标准输入）。
  export   把所有案件（或用 --case ID 指定的案件）作为案件包写入 OUT
           （- 表示标准输出）。
  search   列出匹配的案件，最相关的排在前面：ID、制表符、标题。
  restore  用最新的完好备份替换已损坏的案件文件。
  letter   输出案件当前的投诉信（最新的一封；指定 --lang 时取该语言的）；
           案件还没有投诉信时，先起草并保存一封。
  tone     检查标准输入中的文字是否有情绪化措辞；以 JSON 输出检查结果
           （未指定 --lang 时自动判断语言）。

退出码：0 成功，1 用法错误，2 无法打开案件文件，
3 检查发现问题，4 案件包有误，5 其他失败。
不带命令运行时，WalletCase 会打开程序窗口。
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option “%1” is given twice.</source>
        <translation>选项“%1”被指定了两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the option “%1” needs a value.</source>
        <translation>选项“%1”需要一个值。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>missing arguments for “%1”.</source>
        <translation>“%1”缺少参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many arguments for “%1”.</source>
        <translation>“%1”的参数过多。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>--lang must be zh_CN or en.</source>
        <translation>--lang 只能是 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+24"/>
        <source>--case needs a case id (a positive number).</source>
        <translation>--case 需要一个案件 ID（正整数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--json needs a file name, or - for standard output.</source>
        <translation>--json 需要一个文件名，或用 - 表示输出到标准输出。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/app/CliCommands.cpp" line="+64"/>
        <source>%1: the bundle could not be read (%2).</source>
        <translation>%1：无法读取案件包（%2）。</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1: %n problem(s) found. Restore the newest good backup with “walletcase restore”.</source>
        <translation>
            <numerusform>%1：发现 %n 个问题。请用“walletcase restore”恢复最新的完好备份。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK: 1 case</source>
        <translation>正常：1 个案件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK: %1 cases</source>
        <translation>正常：%1 个案件</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+114"/>
        <source>%1: there is no case with the id %2 (see “walletcase search”).</source>
        <translation>%1：没有 ID 为 %2 的案件（可用“walletcase search”查找）。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>The bundle could not be written to standard output.</source>
        <translation>无法将案件包写入标准输出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the bundle could not be written (%2). Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1：无法写入案件包（%2）。请检查文件夹是否存在、您是否有写入权限，以及磁盘是否已满。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Restored %1 from the backup %2.</source>
        <translation>已从备份 %2 恢复 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>standard input could not be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
</context>
<context>
    <name>wc::core::BackupManager</name>
    <message>
        <location filename="../../src/core/store/BackupManager.cpp" line="+95"/>
        <source>The backup folder %1 cannot be created. Check that you may write there; your case file itself is unaffected.</source>
        <translation>无法创建备份文件夹 %1。请检查您是否有该位置的写入权限；您的案件文件本身不受影响。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The automatic backup could not be written because the disk is full. Free some space; your case file itself is unaffected.</source>
        <translation>磁盘已满，无法写入自动备份。请释放一些空间；您的案件文件本身不受影响。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup could not be written to %1. Check that the folder can be written; your case file itself is unaffected.</source>
        <translation>无法将自动备份写入 %1。请检查该文件夹是否可以写入；您的案件文件本身不受影响。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no automatic backup of this case file, so it cannot be restored. The file has not been changed; if you have a copy elsewhere, open that.</source>
        <translation>此案件文件没有自动备份，因此无法恢复。文件未做任何更改；如果您在别处有副本，请打开那个副本。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case file is open in a WalletCase window. Close it there, then restore the backup.</source>
        <translation>此案件文件正在某个 WalletCase 窗口中打开。请先在那里关闭它，再恢复备份。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup could not be copied next to the case file. Check that the disk has free space and that the folder can be written; the case file has not been changed.</source>
        <translation>无法将备份复制到案件文件所在的文件夹。请检查磁盘是否有剩余空间、该文件夹是否可以写入；案件文件未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>None of the %n backup(s) of this case file could be opened, so nothing was restored. The case file has not been changed.</source>
        <translation>
            <numerusform>此案件文件的备份（共 %n 个）都无法打开，因此未做任何恢复。案件文件未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The damaged case file could not be moved aside, so nothing was restored. Check that its folder can be written.</source>
        <translation>无法将已损坏的案件文件移到一旁，因此未做任何恢复。请检查其所在文件夹是否可以写入。</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+67"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>整数</translation>
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
        <location filename="../../src/core/exchange/CaseBundleImport.cpp" line="+53"/>
        <location line="+47"/>
        <location line="+139"/>
        <location line="+26"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>The case bundle cannot be imported: its evidence content is filed under a name that is not a SHA-256 fingerprint.</source>
        <translation>无法导入此案件包：其中证据内容所用的名称不是 SHA-256 指纹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base64 text</source>
        <translation>Base64 文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case bundle is damaged: the content of an evidence file (fingerprint %1…) does not match its fingerprint. Ask for a fresh export.</source>
        <translation>此案件包已损坏：某个证据文件（指纹 %1…）的内容与其指纹不符。请重新导出一份案件包。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+140"/>
        <location line="+41"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="-121"/>
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
        <translation>其中有两条沟通记录的 ID 相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a reminder has the unknown state “%1”.</source>
        <translation>某条提醒的状态“%1”无法识别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reminder refers to a contact that is not in the case.</source>
        <translation>某条提醒关联的沟通记录不在此案件中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its history has been altered (entry %1 does not match the entries before it). Ask for a fresh export of the case.</source>
        <translation>其历史记录已被改动（第 %1 条与之前的记录对不上）。请重新导出此案件。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a provider name</source>
        <translation>服务商名称</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+105"/>
        <source>This file is not a WalletCase case bundle. Choose a .json file exported from WalletCase.</source>
        <translation>此文件不是 WalletCase 案件包。请选择从 WalletCase 导出的 .json 文件。</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>The case bundle cannot be imported: its format version is missing or not valid.</source>
        <translation>无法导入此案件包：缺少格式版本，或格式版本无效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This case bundle was made by a newer version of WalletCase (bundle format %1; this version reads up to %2). Update WalletCase to import it.</source>
        <translation>此案件包由较新版本的 WalletCase 生成（案件包格式 %1；当前版本最高支持 %2）。请更新 WalletCase 后再导入。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This file is not a valid case bundle: it is not well-formed JSON (%1 at byte %2).</source>
        <translation>此文件不是有效的案件包：它不是格式正确的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>wc::core::CaseStore</name>
    <message>
        <location filename="../../src/core/store/CaseStore.cpp" line="+25"/>
        <location filename="../../src/core/store/CaseStoreParts.cpp" line="+25"/>
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
        <location line="+145"/>
        <source>A provider needs a name.</source>
        <translation>服务商需要填写名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider entry could not be saved because it is not well formed.</source>
        <translation>服务商条目格式不正确，无法保存。</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The content of evidence “%1” is missing from the file being imported.</source>
        <translation>正在导入的文件中缺少证据“%1”的内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The content of evidence “%1” does not match its recorded fingerprint; the file being imported is damaged.</source>
        <translation>证据“%1”的内容与记录的指纹不符；正在导入的文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../src/core/store/CaseStoreOpen.cpp" line="+120"/>
        <source>The case file could not be upgraded to this version of WalletCase. It has not been changed.</source>
        <translation>无法将案件文件升级到当前版本的 WalletCase。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The case file does not exist. Check the path, or create a new case file.</source>
        <translation>案件文件不存在。请检查路径，或新建一个案件文件。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This case file is already open in another WalletCase window. Switch to that window, or close it and try again.</source>
        <translation>此案件文件已在另一个 WalletCase 窗口中打开。请切换到那个窗口，或将其关闭后重试。</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+68"/>
        <source>The file is no longer marked as a WalletCase case file.</source>
        <translation>此文件已不再带有 WalletCase 案件文件的标记。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n broken reference(s) between records.</source>
        <translation>
            <numerusform>记录之间有 %n 处引用已损坏。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The history of case %1 has been altered at entry %2.</source>
        <translation>案件 %1 的历史记录在第 %2 条处被改动过。</translation>
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
        <location line="+13"/>
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
    <name>wc::core::LetterDrafter</name>
    <message>
        <location filename="../../src/core/letters/LetterDrafter.cpp" line="+54"/>
        <source>The letter template could not be loaded. Reinstall WalletCase.</source>
        <translation>无法加载投诉信模板。请重新安装 WalletCase。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The letter wording data is damaged. Reinstall WalletCase.</source>
        <translation>投诉信措辞数据已损坏。请重新安装 WalletCase。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Letters can be written in Chinese (zh_CN) or English (en).</source>
        <translation>投诉信可以用中文（zh_CN）或英文（en）撰写。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+18"/>
        <source>The letter template is damaged. Reinstall WalletCase.</source>
        <translation>投诉信模板已损坏。请重新安装 WalletCase。</translation>
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
        <location line="+44"/>
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
    <name>wc::core::Taxonomy</name>
    <message>
        <location filename="../../src/core/guidance/Taxonomy.cpp" line="+38"/>
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
    <name>wc::core::ToneChecker</name>
    <message>
        <location filename="../../src/core/letters/ToneChecker.cpp" line="+83"/>
        <source>The tone check is not available for the language “%1”.</source>
        <translation>语气检查暂不支持语言“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The tone check word list for “%1” is damaged; the letter cannot be checked. Reinstalling WalletCase restores it.</source>
        <translation>“%1”的语气检查词表已损坏，暂时无法检查投诉信。重新安装 WalletCase 即可恢复。</translation>
    </message>
    <message>
        <location line="+100"/>
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
        <translation>情绪化（大写、!!!）</translation>
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
        <location line="+95"/>
        <source>Nothing to check yet.</source>
        <translation>还没有可检查的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calm: nothing here should put the reader on the defensive.</source>
        <translation>语气平和：这里没有会让读者产生抵触的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Calm overall; %n passage(s) could be worded more neutrally.</source>
        <translation>
            <numerusform>整体语气平和；有 %n 处可以写得更中立一些。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A little heated: %n passage(s) may put the reader on the defensive. Try the suggested wording.</source>
        <translation>
            <numerusform>略显激动：有 %n 处可能让读者产生抵触。试试建议的写法吧。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Heated: %n passage(s) may get the letter set aside. Calm wording with facts and dates works better.</source>
        <translation>
            <numerusform>情绪激动：有 %n 处可能导致投诉信被搁置。用平和的语言陈述事实和日期，效果会更好。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wc::gui::CaseFileOpener</name>
    <message>
        <location filename="../../src/gui/dialogs/CaseFileOpener.cpp" line="+32"/>
        <source>WalletCase case files (*.wcase)</source>
        <translation>WalletCase 案件文件 (*.wcase)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore newest backup</source>
        <translation>恢复最新备份</translation>
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
        <location line="+3"/>
        <source>WalletCase cannot open “%1”.</source>
        <translation>WalletCase 无法打开“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the case file</source>
        <translation>无法打开案件文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest good backup has been restored. The damaged file was kept beside it, renamed, in case you need it.</source>
        <translation>已恢复最新的完好备份。已损坏的文件已改名后保留在旁边，以备不时之需。</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>wc::gui::CaseListModel</name>
    <message>
        <location filename="../../src/gui/mainwindow/CaseListModel.cpp" line="+29"/>
        <source>Transaction problem</source>
        <translation>交易问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security risk</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor customer service</source>
        <translation>客户服务体验不佳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment failed</source>
        <translation>支付失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate charge</source>
        <translation>重复扣款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delayed credit</source>
        <translation>到账延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong amount</source>
        <translation>金额错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund not received</source>
        <translation>退款未到账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual sign-in</source>
        <translation>异常登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account taken over</source>
        <translation>账户被盗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthorized payment</source>
        <translation>未授权交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scam</source>
        <translation>诈骗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data exposed</source>
        <translation>个人信息泄露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow response</source>
        <translation>响应慢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude agent</source>
        <translation>态度恶劣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>无法解决问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach support</source>
        <translation>联系不上客服</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account frozen without explanation</source>
        <translation>账户被冻结且无解释</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting reply</source>
        <translation>等待回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已升级投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed, not resolved</source>
        <translation>已结案，未解决</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>The list of cases could not be read from the case file.</source>
        <translation>无法从案件文件读取案件列表。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open security case: money or your account may still be at risk, so it is listed first until it is closed.</source>
        <translation>未结的安全类案件：资金或账户可能仍有风险，因此在结案前一直排在最前面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is closed.</source>
        <translation>此案件已结案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case is open.</source>
        <translation>此案件尚未结案。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <comment>problem family / subtype</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>wc::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow/MainWindow.cpp" line="+51"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Case File…</source>
        <translation>新建案件文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Case File…</source>
        <translation>打开案件文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — WalletCase</source>
        <translation>%1 — WalletCase</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Case file: %1
%n case(s).</source>
        <translation>
            <numerusform>案件文件：%1
共 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(untitled case)</source>
        <translation>（未命名案件）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open case file</source>
        <translation>打开案件文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New case file</source>
        <translation>新建案件文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That file already exists, so it was opened rather than replaced.</source>
        <translation>该文件已存在，因此直接打开了它，而没有覆盖。</translation>
    </message>
</context>
<context>
    <name>wc::gui::MessageBar</name>
    <message>
        <location filename="../../src/gui/widgets/MessageBar.cpp" line="+22"/>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
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
        <location line="+13"/>
        <source>This image is damaged and cannot be shown. It is kept as it is.</source>
        <translation>此图片已损坏，无法显示。图片会原样保留。</translation>
    </message>
</context>
</TS>
