import type { Finding, RuleId, Severity } from '../findings';
import type { WorkbookModel } from '../model/types';
import type { Settings } from '../settings';

export interface RuleContext {
  readonly model: WorkbookModel;
  readonly settings: Settings;
  /** When set, R rules look only at this rating year. */
  readonly year?: number;
}

/** A model-level rule (C, R and the key/reference V rules): one module per rule ID. */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** Rule set by rating year (spec/RULES.md "Rule set by year"); absent means every year. */
  readonly appliesToYear?: (year: number) => boolean;
  check(context: RuleContext): Finding[];
}

export interface Message {
  readonly vi: string;
  readonly en: string;
}

export function makeFinding(
  rule: RuleId,
  severity: Severity,
  sheet: string,
  cell: string,
  message: Message,
  fix?: string,
): Finding {
  return fix === undefined
    ? { rule, severity, sheet, cell, message: message.vi, messageEn: message.en }
    : { rule, severity, sheet, cell, message: message.vi, messageEn: message.en, fix };
}
