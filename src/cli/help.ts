/** The command line's help texts, in both languages. */
import type { Lang } from "../engine/types";

export type Command = "score" | "verify" | "print" | "template" | "demo" | "import";

const GENERAL = {
  zh: `appraise：绩效考评评分（考评结果、校验提示、运行记录）

用法：
  appraise score <输入.xlsx> [--out <输出.xlsx> | --in-place] [--force] [--json <文件|->] [--lang zh|en] [--strict]
  appraise verify <已评定.xlsx> [--json <文件|->] [--lang zh|en]
  appraise print <已评定.xlsx> [--out <文件.pdf>] [--only announcement|feedback] [--lang zh|en]
  appraise template <输出.xlsx> [--year YYYY] [--lang zh|en] [--force]
  appraise demo <输出.xlsx> [--inputs-only] [--lang zh|en] [--force]
  appraise import <上年.xlsx> --out <新.xlsx> [--year YYYY] [--sheet 工作表] [--json <文件|->] [--lang zh|en] [--force]
  appraise <命令> --help
  appraise --version

命令：
  score     读取工作簿中的表格，评分定等，把结果写入副本（输入文件不作改动），或用 --in-place 写入工作簿本身
  verify    核对已评定工作簿：考评结果是否被手工改动或已过期、运行记录是否被改动（不修改文件）
  print     把已评定工作簿的“考评通报”和“反馈单”打印成 PDF（需要 LibreOffice）
  template  生成包含全部输入表格和考评规则的空白工作簿
  demo      生成示例工作簿（45 个单位，分数为虚构），并已评定
  import    把上年度的考评汇总表（普通单元格区域，不是表格）转换为 Appraise 的输入表格，并报告每一列、每一行和每条备注如何处理

退出状态：0 完成（即使有校验提示，包括因 OUTPUT_CONFLICT 未写入）；1 使用 --strict 且有错误；
          2 文件无法读取或写入、缺少必需的表格、已有的输出文件中有本次运行不会保留的内容
            （OUTPUT_WOULD_OVERWRITE，未替换），或命令行用法有误。
`,
  en: `appraise: grades a performance appraisal (绩效考评) workbook

Usage:
  appraise score <in.xlsx> [--out <out.xlsx> | --in-place] [--force] [--json <file|->] [--lang zh|en] [--strict]
  appraise verify <graded.xlsx> [--json <file|->] [--lang zh|en]
  appraise print <graded.xlsx> [--out <file.pdf>] [--only announcement|feedback] [--lang zh|en]
  appraise template <out.xlsx> [--year YYYY] [--lang zh|en] [--force]
  appraise demo <out.xlsx> [--inputs-only] [--lang zh|en] [--force]
  appraise import <old.xlsx> --out <new.xlsx> [--year YYYY] [--sheet NAME] [--json <file|->] [--lang zh|en] [--force]
  appraise <command> --help
  appraise --version

Commands:
  score     read the workbook's tables, grade, and write the results into a copy (the input is never changed),
            or with --in-place into the workbook itself
  verify    audit a graded workbook: Results edited by hand or out of date, the record changed (the file is not changed)
  print     print a graded workbook's announcement (考评通报) and feedback letters (反馈单) to PDF (needs LibreOffice)
  template  write an empty workbook with every input table and the rules
  demo      write a demo workbook (45 units, made-up scores), already graded
  import    turn last year's summary sheet (plain cells, not tables) into Appraise's input tables, reporting
            what became of every column, row and note

Exit status: 0 completed (even with diagnostics, OUTPUT_CONFLICT included: then nothing is written);
             1 with --strict when any error was found; 2 a file could not be read or written, a required
             table is missing, the existing output file holds what the run would not keep
             (OUTPUT_WOULD_OVERWRITE: it was not replaced), or the command line was wrong.
`,
} as const;

const COMMANDS: Readonly<Record<Command, { readonly zh: string; readonly en: string }>> = {
  score: {
    zh: `用法：appraise score <输入.xlsx> [选项]

读取输入工作簿中的表格（考评对象、指标考核、满意度评价……），评分定等，
把“考评结果”“校验提示”“运行记录”工作表写入副本。输入文件从不修改（--in-place 除外）。

已有的副本中若有本次运行不会保留的内容（用户加的工作表或图表、以前的运行记录和结果历史），
不会被替换（OUTPUT_WOULD_OVERWRITE，退出状态 2）；只差运行时间的副本照常替换。

选项：
  --out <文件>      副本的位置，默认为输入文件旁的 <输入>.graded.xlsx
  --in-place        评定工作簿本身（如同在 Excel 中重新计算）：只写入 Appraise 自己的工作表，
                    运行记录和结果历史追加，其他内容一字节不变；整体替换，失败时文件保持原样
  --force           替换 --out 处已有的文件，不论其中有什么
  --json <文件|->   另写一份 JSON 报告到文件，“-”表示标准输出（此时不打印摘要）
  --lang zh|en      工作表和消息的语言，默认取自系统语言环境（LC_ALL/LANG）
  --strict          有任何错误时退出状态为 1
`,
    en: `Usage: appraise score <in.xlsx> [options]

Reads the input tables (Units, Indicators, Satisfaction, …) of the workbook,
grades, and writes the Results, Warnings and RunLog sheets into a copy. The
input file is never modified (except with --in-place).

An existing copy that holds what this run would not keep (a sheet or chart the
user added, earlier RunLog rows and History blocks) is not replaced
(OUTPUT_WOULD_OVERWRITE, exit status 2); one that differs only in the run's
time is.

Options:
  --out <file>      where the copy goes; default <in>.graded.xlsx beside the input
  --in-place        grade the workbook itself, as recomputing in Excel does: only Appraise's own
                    sheets are written, RunLog and History appended, every other part unchanged;
                    written atomically (a failed run leaves the file as it was)
  --force           replace the file at --out whatever it holds
  --json <file|->   also write the JSON report to a file, or to stdout with "-" (then no summary is printed)
  --lang zh|en      language of the sheets and messages; default from the locale (LC_ALL/LANG)
  --strict          exit with status 1 when any error was found
`,
  },
  verify: {
    zh: `用法：appraise verify <已评定.xlsx> [--json <文件|->] [--lang zh|en]

核对已评定的工作簿，不作任何改动：按其输入重新评分，把“考评结果”与写入它的那次运行的输出指纹比较，
把输入指纹与“运行记录”最后一行比较，并重算运行记录的链摘要。只列出能证明被手工改动的单元格；
结果仅是过期（输入在上次运行后改动）时说明已过期，不算手工改动；运行记录或结果历史的行被改动或删除时指出断开处。
  --json <文件|->   另写一份 JSON 报告到文件，“-”表示标准输出（此时不打印摘要）
退出状态：0 结果与输入一致、输入与上次运行相同、记录链完整且文件各部件均为合格的 XML；1 否则；2 文件无法读取。
`,
    en: `Usage: appraise verify <graded.xlsx> [--json <file|->] [--lang zh|en]

Audits a graded workbook without changing it: grades its inputs again, compares its Results with the
output fingerprint of the run that wrote them and the inputs' fingerprint with the last RunLog row, and
recomputes the RunLog's chain digests. Names only cells proven edited by hand; Results merely out of
date (the inputs changed since the last run) are said to be so, not edited; a changed or deleted RunLog
or History row is found where the chain breaks.
  --json <file|->   also write the JSON report to a file, or to stdout with "-" (then no summary is printed)
Exit status: 0 Results match the inputs, the inputs are those of the last run, the chain holds and every part of the file parses;
1 otherwise; 2 the file cannot be read.
`,
  },
  print: {
    zh: `用法：appraise print <已评定.xlsx> [--out <文件.pdf>] [--only announcement|feedback] [--lang zh|en]

把 appraise score 写出的副本中的“考评通报”（A4 纵向，一页宽）和“反馈单”（每个单位一页）打印成一个 PDF，
由 LibreOffice 完成；工作簿本身不作改动。在 Excel 中请用“文件 › 打印”。
  --out <文件>     PDF 的位置，默认为工作簿旁同名的 .pdf
  --only announcement|feedback   只打印考评通报或只打印反馈单
`,
    en: `Usage: appraise print <graded.xlsx> [--out <file.pdf>] [--only announcement|feedback] [--lang zh|en]

Prints the announcement (考评通报: A4 portrait, one page wide) and the feedback letters (反馈单: a page
per unit) of a copy written by appraise score into one PDF, through LibreOffice; the workbook itself is
not changed. In Excel, use File › Print.
  --out <file>     where the PDF goes; default: the workbook's name with .pdf, beside it
  --only announcement|feedback   print only the announcement, or only the feedback letters
`,
  },
  template: {
    zh: `用法：appraise template <输出.xlsx> [--year YYYY] [--lang zh|en] [--force]

生成空白工作簿：第一个工作表“说明”写明每个表格的用途、该填哪些表和容易填错的列；每个输入表格一个工作表（中文表头，
英文表名），枚举列带下拉列表，日期列设好格式和宽度；“考评规则”表列出全部参数及默认值。
  --year YYYY   考评年度：考评期（YYYY-01-01 至 YYYY-12-31）和指标调整截止日期取该年；默认为今年
  --lang en     表头用英文（默认中文）
文件已存在时不覆盖，除非使用 --force。
`,
    en: `Usage: appraise template <out.xlsx> [--year YYYY] [--lang zh|en] [--force]

Writes an empty workbook that guides: first the 说明 sheet (Guide with --lang en) saying what each
table is for, which to fill and the columns people get wrong; one sheet per input table (Chinese
headers, English table names) with drop-down lists on the enumerated columns and date columns
formatted and wide enough; a Rules table listing every key with its default.
  --year YYYY   the appraisal year: the period (YYYY-01-01 to YYYY-12-31) and the adjustment
                deadline are that year's; default: the current year
  --lang en     English headers (Chinese by default)
An existing file is not overwritten unless --force.
`,
  },
  demo: {
    zh: `用法：appraise demo <输出.xlsx> [--inputs-only] [--lang zh|en] [--force]

按方案中的 45 个单位生成示例工作簿，分数由固定种子的随机数虚构，并已像 appraise score 一样评定：
考评结果、校验提示、运行记录、结果历史、考评通报和反馈单。
  --inputs-only   只写输入表格，不评定（examples/yinhai-2016.xlsx 即由此生成）
文件已存在时不覆盖，除非使用 --force。
`,
    en: `Usage: appraise demo <out.xlsx> [--inputs-only] [--lang zh|en] [--force]

Writes a demo workbook with the reference plan's 45 units and made-up scores from a fixed seed,
already graded as appraise score grades a file: results, warnings, run log, history, the notice
and the feedback letters.
  --inputs-only   write the input tables only, ungraded (examples/yinhai-2016.xlsx is made so)
An existing file is not overwritten unless --force.
`,
  },
  import: {
    zh: `用法：appraise import <上年.xlsx> --out <新.xlsx> [--year YYYY] [--sheet 工作表] [--json <文件|->] [--lang zh|en] [--force]

把上年度的考评汇总表（标题行、两行合并表头、“一、经济管理类（6个）”分类行、小计和合计行、备注、表尾）
转换为 Appraise 的输入表格，写入一个新工作簿：考评对象及类别、每个单位职能和共性各一行指标考核（分值取规则的权重）、
满意度评价（或满意度测评票数）、创新争优加分（最终加分，倍数 1）、通报扣分（扣分按 penalty.points 折成项数）、
察访核验、一票否决（来自备注），以及该年度的考评规则。原文件不作改动。
报告列出每一列映射到哪里、跳过的每一行（标题、表头、小计、合计、表尾）和无法识别的每条备注，都注明单元格；
并把导入的表格评定一次，与原表的综合得分和等次核对，不一致的单位说明原因。
  --out <文件>      新工作簿（必填）；已存在时不覆盖，除非使用 --force
  --year YYYY       考评年度；默认取标题中的年份（如“2025年度”），没有时必须指定
  --sheet <工作表>  要导入的工作表；有多个工作表像汇总表时必须指定
  --json <文件|->   另写一份 JSON 报告（中英文消息），“-”表示标准输出
  --lang zh|en      报告的语言；--lang en 时新表格的表头也用英文（默认中文）
退出状态：0 已写入；2 文件无法读取、找不到汇总表或有歧义（未写入任何文件）、命令行用法有误。
`,
    en: `Usage: appraise import <old.xlsx> --out <new.xlsx> [--year YYYY] [--sheet NAME] [--json <file|->] [--lang zh|en] [--force]

Turns last year's summary sheet (a title, a two-row merged header, section rows such as "一、经济管理类（6个）",
subtotal and total rows, notes, a footer) into Appraise's input tables in a new workbook: Units with their
categories, one Indicators row per unit and type (MaxPoints the weights), Satisfaction (or Survey votes),
Bonuses (the final points, multiplier 1), Penalties (points turned into items at penalty.points), SpotChecks,
Vetoes (from the notes), and a Rules table for the year. The old file is not changed.
The report names, at its cell, where each column went, each row skipped (title, header, subtotal, total,
footer) and each note not understood; the import is graded once and checked against the sheet's own
综合得分 and 等次, naming each unit that differs and why.
  --out <file>      the new workbook (required); an existing file is not overwritten unless --force
  --year YYYY       the appraisal year; default: the year the title names ("2025年度"), required without one
  --sheet <name>    the sheet to import; required when several sheets look like a summary
  --json <file|->   also write the JSON report (messages in Chinese and English), or to stdout with "-"
  --lang zh|en      the report's language; with --lang en the new tables are headed in English too (Chinese by default)
Exit status: 0 written; 2 the file cannot be read, no summary sheet or an ambiguous one (nothing written),
or the command line was wrong.
`,
  },
};

export function generalHelp(lang: Lang): string {
  return GENERAL[lang];
}

export function commandHelp(command: Command, lang: Lang): string {
  return COMMANDS[command][lang];
}
