// Sheet `Đơn vị`: key / value rows (key in the first non-empty cell of a row, value in the cell to its right).
import type { Finding } from '../findings';
import type { Targets, Term, Unit, UnitField } from '../model/types';
import { requiredValueFinding } from '../rules/v1-required-value';
import {
  notWholeNumberFinding,
  unreadableFractionFinding,
  unreadableNumberFinding,
  unreadableRomanFinding,
} from '../rules/v3-unreadable-value';
import { outOfRangeFinding } from '../rules/v5-out-of-range';
import { foldKey } from '../text/normalize';
import { type UnitKeySpec, unitSheet } from './contract';
import { CellCleaner } from './cell-cleaner';
import { type CellValue, type SheetSnapshot, cellAddress, columnName } from './snapshot';
import { readFraction, readInteger, readRoman, readTerm, shownValue, splitEntries, textOf } from './values';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const textFields = ['superiorBody', 'issuingBody', 'committeeName', 'bodyCode', 'placeName', 'secretary'] as const;
const integerFields = ['executiveCommitteeSize', 'standingBoardSize'] as const;
const targetFields = ['membersGoodOrAbove', 'membersExcellent', 'organizationsGoodOrAbove'] as const;
const otherFields = ['term', 'termNumber', 'quorum', 'recipients'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

interface UnitKey extends UnitKeySpec {
  readonly field: UnitField;
}

const keyMarks = /[*:]+$/;

const keyLookup: ReadonlyMap<string, UnitKey> = (() => {
  const map = new Map<string, UnitKey>();
  const fields = [...textFields, ...integerFields, ...targetFields, ...otherFields];
  for (const spec of unitSheet.keys as readonly UnitKeySpec[]) {
    const field = spec.field;
    if (!isOneOf(fields, field)) throw new Error(`Unit key ${field} is not a field of Unit`);
    const key: UnitKey = { ...spec, field };
    map.set(foldKey(key.label), key);
    for (const synonym of key.synonyms ?? []) map.set(foldKey(synonym), key);
  }
  return map;
})();

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const ordinal = /^\(?(?:\d{1,3}|[IVXivx]{1,5}|[a-zA-Z])[.)]?$/;

function isOrdinal(value: CellValue | undefined): boolean {
  return typeof value === 'number' || (typeof value === 'string' && ordinal.test(value.trim()));
}

function keyOf(value: CellValue | undefined): UnitKey | undefined {
  return typeof value === 'string' ? keyLookup.get(foldKey(value.trim().replace(keyMarks, ''))) : undefined;
}

export function readUnit(sheet: SheetSnapshot, findings: Finding[]): Unit {
  const cleaner = new CellCleaner(sheet.name, findings);
  const unit: Mutable<Omit<Unit, 'targets' | 'cells'>> = { recipients: [], sheet: sheet.name };
  const targets: Mutable<Targets> = {};
  const cells: Partial<Record<UnitField, string>> = {};
  const seen = new Set<string>();

  sheet.rows.forEach((row, r) => {
    if (row === undefined) return;
    let keyOffset = row.findIndex((value) => !isEmpty(value));
    if (keyOffset < 0) return;
    // A numbering column before the keys ("1", "2." or "III") is skipped.
    if (isOrdinal(row[keyOffset])) {
      const next = row.findIndex((value, index) => index > keyOffset && !isEmpty(value));
      if (next < 0) return;
      keyOffset = next;
    }
    const key = keyOf(row[keyOffset]);
    if (key === undefined || seen.has(key.field)) return;
    seen.add(key.field);
    const rowNumber = sheet.firstRow + r;
    const column = sheet.firstColumn + keyOffset + 1;
    const cell = cellAddress(rowNumber, column);
    cells[key.field] = cell;
    const raw = row[keyOffset + 1];
    const textual = key.type === 'text' || key.type === 'multiline';
    const value = raw === undefined || raw === null ? undefined : cleaner.clean(raw, columnName(column), rowNumber, key.label, textual);
    if (value === undefined) {
      if (key.required === true && (raw === undefined || raw === null || typeof raw === 'string')) {
        findings.push(requiredValueFinding(sheet.name, cell, key.label));
      }
      return;
    }
    const shown = shownValue(value);
    switch (key.type) {
      case 'text':
        if (isOneOf(textFields, key.field)) unit[key.field] = textOf(value);
        return;
      case 'multiline':
        unit.recipients = splitEntries(textOf(value), false);
        return;
      case 'integer': {
        const n = readInteger(value);
        if (n === 'unreadable') findings.push(unreadableNumberFinding(sheet.name, cell, key.label, shown, true));
        else if (n === 'notWhole') findings.push(notWholeNumberFinding(sheet.name, cell, key.label, shown));
        else if (n <= 0) findings.push(outOfRangeFinding(sheet.name, cell, key.label, shown, 'positive'));
        else if (isOneOf(integerFields, key.field)) unit[key.field] = n;
        return;
      }
      case 'term': {
        const term: Term | 'outOfRange' = readTerm(value);
        if (term === 'outOfRange') findings.push(outOfRangeFinding(sheet.name, cell, key.label, shown, 'term'));
        else unit.term = term;
        return;
      }
      case 'roman': {
        const n = readRoman(value);
        if (n === 'unreadable') findings.push(unreadableRomanFinding(sheet.name, cell, key.label, shown));
        else unit.termNumber = n;
        return;
      }
      case 'fraction': {
        const f = readFraction(value);
        if (f === 'unreadable') findings.push(unreadableFractionFinding(sheet.name, cell, key.label, shown));
        else if (f === 'outOfRange') findings.push(outOfRangeFinding(sheet.name, cell, key.label, shown, 'fraction'));
        else if (key.field === 'quorum') unit.quorum = f;
        else if (isOneOf(targetFields, key.field)) targets[key.field] = f;
        return;
      }
    }
  });

  for (const key of unitSheet.keys as readonly UnitKeySpec[]) {
    if (key.required === true && !seen.has(key.field)) findings.push(requiredValueFinding(sheet.name, '', key.label));
  }
  return { ...unit, targets, cells };
}
