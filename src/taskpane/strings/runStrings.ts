/** Running: the Recompute button, the run's progress and the auto-recompute switch. */
import type { Lang } from "../../engine/types";
import type { RunPhase } from "../../workbook/runAppraisal";

export interface RunStrings {
  readonly recompute: string;
  readonly recomputing: string;
  /** The short phase names: 读取 / 校验 / 评定 / 写入. */
  readonly phase: Readonly<Record<RunPhase, string>>;
  readonly phaseDoing: Readonly<Record<RunPhase, string>>;
  readonly starting: string;
  readonly step: (index: number, total: number) => string;
  readonly phasesLabel: string;
  readonly phaseDone: string;
  readonly phaseCurrent: string;
  readonly autoRecompute: string;
  readonly cannotRecompute: string;
}

export const RUN_STRINGS: Readonly<Record<Lang, RunStrings>> = {
  zh: {
    recompute: "重新计算",
    recomputing: "正在计算…",
    phase: { read: "读取", check: "校验", grade: "评定", write: "写入" },
    phaseDoing: {
      read: "读取：正在读取输入表格",
      check: "校验：正在检查输出工作表",
      grade: "评定：正在计算得分和等次",
      write: "写入：正在写出结果",
    },
    starting: "正在开始…",
    step: (index, total) => `第 ${index}/${total} 步`,
    phasesLabel: "计算步骤",
    phaseDone: "已完成",
    phaseCurrent: "进行中",
    autoRecompute: "自动重新计算",
    cannotRecompute: "此版本的 Excel 无法重新计算。",
  },
  en: {
    recompute: "Recompute",
    recomputing: "Recomputing…",
    phase: { read: "Read", check: "Check", grade: "Grade", write: "Write" },
    phaseDoing: {
      read: "Read: reading the input tables",
      check: "Check: checking the output sheets",
      grade: "Grade: computing scores and tiers",
      write: "Write: writing the results",
    },
    starting: "Starting…",
    step: (index, total) => `Step ${index} of ${total}`,
    phasesLabel: "Steps",
    phaseDone: "done",
    phaseCurrent: "in progress",
    autoRecompute: "Recompute automatically",
    cannotRecompute: "This version of Excel cannot recompute.",
  },
};
