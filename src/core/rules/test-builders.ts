// Test data for rule tests: plausible records with the sheet, row and column letters the reader would give.
import type {
  AgendaItem,
  Conclusion,
  Conference,
  Member,
  Organization,
  OrganizationType,
  Source,
  Unit,
  UnitField,
  WorkbookModel,
} from '../model/types';
import { organizationTypes } from '../model/types';
import {
  agendaItemsSheet,
  conclusionsSheet,
  conferencesSheet,
  membersSheet,
  organizationTypeOptions,
  organizationsSheet,
  unitSheet,
  type TableSheetSpec,
} from '../workbook/contract';
import { columnName } from '../workbook/snapshot';
import type { Finding } from '../findings';
import { defaultSettings, type Settings } from '../settings';
import type { Rule } from './rule';

type Overrides<T> = Partial<Omit<T, 'source'>> & { readonly row?: number };

function columnsOf(sheet: TableSheetSpec): Readonly<Record<string, string>> {
  return Object.fromEntries(sheet.columns.map((column, index) => [column.field, columnName(index + 1)]));
}

const columns = {
  conferences: columnsOf(conferencesSheet),
  agendaItems: columnsOf(agendaItemsSheet),
  conclusions: columnsOf(conclusionsSheet),
  organizations: columnsOf(organizationsSheet),
  members: columnsOf(membersSheet),
};

// Data starts under the header row; each builder numbers its rows on from there unless `row` is given.
const nextRow: Record<keyof typeof columns, number> = {
  conferences: 2,
  agendaItems: 2,
  conclusions: 2,
  organizations: 2,
  members: 2,
};

function sourceOf(key: keyof typeof columns, sheet: TableSheetSpec, row: number | undefined): Source {
  const at = row ?? nextRow[key];
  nextRow[key] = Math.max(nextRow[key], at + 1);
  return { sheet: sheet.name, row: at, columns: columns[key] };
}

export function typeLabel(type: OrganizationType): string {
  return organizationTypeOptions[organizationTypes.indexOf(type)] ?? type;
}

export function aUnit(overrides: Partial<Unit> = {}): Unit {
  const cells: Partial<Record<UnitField, string>> = Object.fromEntries(
    unitSheet.keys.map((key, index) => [key.field, `B${index + 2}`]),
  );
  return {
    superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HÒA',
    issuingBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
    committeeName: 'Đảng bộ Các cơ quan Đảng tỉnh',
    bodyCode: 'ĐU',
    placeName: 'Khánh Hòa',
    term: { startYear: 2025, endYear: 2030 },
    termNumber: 1,
    executiveCommitteeSize: 34,
    standingBoardSize: 11,
    secretary: 'Nguyễn Văn Hùng',
    recipients: ['Ban Thường vụ Tỉnh ủy (để báo cáo)'],
    targets: {},
    sheet: unitSheet.name,
    cells,
    ...overrides,
  };
}

export function aConference({ row, ...overrides }: Overrides<Conference> = {}): Conference {
  return {
    code: 'BCH-01',
    body: 'executiveCommittee',
    number: 1,
    date: { year: 2025, month: 10, day: 15 },
    venue: 'Hội trường Đảng ủy',
    chairs: [{ name: 'Nguyễn Văn Hùng', position: 'Bí thư Đảng ủy' }],
    minuteTaker: { name: 'Trần Thị Mai', position: 'Chánh Văn phòng' },
    present: 30,
    absentees: [],
    guests: [],
    ...overrides,
    source: sourceOf('conferences', conferencesSheet, row),
  };
}

export function anAgendaItem({ row, ...overrides }: Overrides<AgendaItem> = {}): AgendaItem {
  return {
    conferenceCode: 'BCH-01',
    order: 1,
    content: 'Báo cáo kết quả thực hiện nhiệm vụ quý III',
    kind: 'discussion',
    ...overrides,
    source: sourceOf('agendaItems', agendaItemsSheet, row),
  };
}

export function aConclusion({ row, ...overrides }: Overrides<Conclusion> = {}): Conclusion {
  return {
    conferenceCode: 'BCH-01',
    order: 1,
    content: 'Giao Ban Tổ chức Đảng ủy hoàn thiện đề án',
    ...overrides,
    source: sourceOf('conclusions', conclusionsSheet, row),
  };
}

export function anOrganization({ row, ...overrides }: Overrides<Organization> = {}): Organization {
  const type = overrides.type ?? 'subordinateCell';
  return {
    year: 2024,
    code: 'CB01',
    name: 'Chi bộ Văn phòng',
    type,
    group: typeLabel(type),
    disciplined: false,
    selfRemedied: false,
    ...overrides,
    source: sourceOf('organizations', organizationsSheet, row),
  };
}

export function aMember({ row, ...overrides }: Overrides<Member> = {}): Member {
  return {
    year: 2024,
    name: 'Nguyễn Văn An',
    organizationCode: 'CB01',
    head: false,
    selfRemedied: false,
    ...overrides,
    source: sourceOf('members', membersSheet, row),
  };
}

export function aModel(parts: Partial<WorkbookModel> = {}): WorkbookModel {
  return {
    conferences: [],
    agendaItems: [],
    conclusions: [],
    organizations: [],
    members: [],
    ...parts,
  };
}

/** Runs one rule the way checkModel does, with settings changed only where a test says so. */
export function runRule(
  rule: Rule,
  model: WorkbookModel,
  options: { readonly settings?: Partial<Settings>; readonly year?: number } = {},
): Finding[] {
  const settings = { ...defaultSettings, ...options.settings };
  return rule.check(options.year === undefined ? { model, settings } : { model, settings, year: options.year });
}
