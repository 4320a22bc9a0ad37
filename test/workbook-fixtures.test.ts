// One table test over the workbook fixtures (STYLE.md §10): each file goes through the real reader and
// validateSnapshot, and gives exactly the findings listed here as (rule, sheet, cell[, fix]).
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, RuleId, Severity } from '../src/core/findings';
import type { WorkbookModel } from '../src/core/model/types';
import { validateSnapshot } from '../src/core/validate';
import { sheetsNeeded, type SheetKey } from '../src/core/workbook/contract';
import { type SheetSnapshot, type WorkbookSnapshot, cellAt } from '../src/core/workbook/snapshot';
import { readSnapshotFromStream } from '../src/xlsx/read-snapshot';
import { readSnapshotWithExcelJs } from '../src/xlsx/read-snapshot-exceljs';
import { hostileFixtures, unreadableFixtures } from './fixtures/bad-inputs';
import { workbookFixtures } from './fixtures/workbook-cases';

const fixturesDir = join(__dirname, 'fixtures');
const workbooksDir = join(fixturesDir, 'workbooks');

type Expected = readonly [rule: RuleId, sheet: string, cell: string, fix?: string];

interface Case {
  readonly findings: readonly Expected[];
  /** The sheets the action needs (S1 fires only for these); `validate` needs none. */
  readonly needs?: readonly SheetKey[];
  /** Not well-formed XML that the reference reader (exceljs) refuses; the real reader is more tolerant. */
  readonly notWellFormed?: true;
}

const cases: Readonly<Record<string, Case>> = {
  'good-minimal.xlsx': { findings: [] },
  'good-excel-tables.xlsx': { findings: [] },
  'good-mac-1904-dates.xlsx': { findings: [] },
  // Mã HN merged down over each conference's items and conclusions, Năm and Mã tổ chức over blocks of members.
  'good-merged-key-cells.xlsx': { findings: [] },
  // Group titles merged over sub-titles (Kết quả xếp loại, Biểu quyết, Số ủy viên), other titles merged down.
  'good-two-row-headers.xlsx': { findings: [] },
  // The same with the column numbering "(1) (2) …" under the two header rows.
  'good-two-row-headers-numbered.xlsx': { findings: [] },
  // A signature block (date line, T/M ĐẢNG ỦY, BÍ THƯ, (Ký, ghi rõ họ tên), names) under Đảng viên and Tổ chức đảng.
  'good-signature-under-table.xlsx': { findings: [] },
  // What a careful reader lists: three decomposed cells, one name typed in TCVN3 — and nothing for the
  // titles, merged cells, synonyms, reordered columns, text dates and numbers, abbreviations, blank rows,
  // formulas, "Không" absentees, trailing full stops and non-breaking spaces.
  'good-messy-clerk.xlsx': {
    findings: [
      ['V7', 'hoi nghi', 'F6'],
      ['V7', 'Noi dung', 'C4'],
      ['V7', 'DANG_VIEN', 'B6'],
      ['V6', 'DANG_VIEN', 'B8', 'Nguyễn Văn Hải'],
    ],
  },
  'error-S1-missing-sheet.xlsx': { findings: [['S1', 'Kết luận', '']], needs: sheetsNeeded.conclusionNotice },
  'error-S2-missing-column.xlsx': { findings: [['S2', 'Hội nghị', 'A1:U1']] },
  'error-S2-no-header-row.xlsx': { findings: [['S2', 'Đảng viên', ''], ['S2', 'Đảng viên', ''], ['S2', 'Đảng viên', '']] },
  'error-S3-duplicate-column.xlsx': { findings: [['S3', 'Hội nghị', 'V1']] },
  'error-V1-empty-venue.xlsx': { findings: [['V1', 'Hội nghị', 'G3']] },
  'error-V1-missing-place-name.xlsx': { findings: [['V1', 'Đơn vị', 'B6']] },
  'error-V1-vote-count-required.xlsx': { findings: [['V1', 'Nội dung', 'F4']] },
  'error-V2-nonexistent-date.xlsx': { findings: [['V2', 'Đảng viên', 'D4']] },
  'error-V2-unreadable-date.xlsx': { findings: [['V2', 'Kết luận', 'E3']] },
  'error-V2-unreadable-time.xlsx': { findings: [['V2', 'Hội nghị', 'E2']] },
  'error-V3-unreadable-number.xlsx': { findings: [['V3', 'Hội nghị', 'C3']] },
  'error-V3-unknown-choice.xlsx': { findings: [['V3', 'Đảng viên', 'E5']] },
  'error-V3-unreadable-mark.xlsx': { findings: [['V3', 'Tổ chức đảng', 'M3']] },
  'error-V3-not-whole-number.xlsx': { findings: [['V3', 'Hội nghị', 'K2']] },
  'error-V4-invalid-rating.xlsx': { findings: [['V4', 'Đảng viên', 'Q6']] },
  'error-V5-term-reversed.xlsx': { findings: [['V5', 'Đơn vị', 'B7']] },
  'error-V5-negative-count.xlsx': { findings: [['V5', 'Hội nghị', 'K3']] },
  'error-V6-vni-text.xlsx': { findings: [['V6', 'Hội nghị', 'G2', 'Hội trường Đảng ủy']] },
  'error-V7-decomposed-text.xlsx': { findings: [['V7', 'Nội dung', 'C3']] },
  'error-V8-formula-na.xlsx': { findings: [['V8', 'Tổ chức đảng', 'H2']] },
  'error-V8-formula-ref.xlsx': { findings: [['V8', 'Hội nghị', 'J2']] },
  'error-V9-control-characters.xlsx': {
    findings: [['V9', 'Kết luận', 'C2', 'Các chi bộ quán triệt nghị quyết trong tháng 7 năm 2025.']],
    notWellFormed: true,
  },
  'error-V10-duplicate-conference-code.xlsx': { findings: [['V10', 'Hội nghị', 'A4']] },
  'error-V10-duplicate-organization-code.xlsx': { findings: [['V10', 'Tổ chức đảng', 'B8']] },
  'error-V11-unknown-conference.xlsx': { findings: [['V11', 'Nội dung', 'A6']] },
  'error-V11-unknown-organization.xlsx': { findings: [['V11', 'Đảng viên', 'G12']] },
  'error-V11-unknown-parent.xlsx': { findings: [['V11', 'Tổ chức đảng', 'E4']] },
  'error-C1-present-over-total.xlsx': { findings: [['C1', 'Hội nghị', 'K2']] },
  'error-C1-absentees-mismatch.xlsx': { findings: [['C1', 'Hội nghị', 'L2']] },
  'error-C2-no-quorum.xlsx': { findings: [['C2', 'Hội nghị', 'K3']] },
  'error-C3-adopted-without-majority.xlsx': { findings: [['C3', 'Nội dung', 'F4']] },
  'error-C3-listed-without-majority.xlsx': { findings: [['C3', 'Nội dung', 'F4']] },
  'error-C4-more-votes-than-present.xlsx': { findings: [['C4', 'Nội dung', 'F4']] },
  'error-C5-duplicate-resolution-number.xlsx': { findings: [['C5', 'Hội nghị', 'O3', '2']] },
  'error-C6-resolution-before-meeting.xlsx': { findings: [['C6', 'Hội nghị', 'P2', '10/07/2025']] },
  'error-C7-empty-agenda.xlsx': { findings: [['C7', 'Hội nghị', 'A4']] },
  'error-C8-outside-term.xlsx': { findings: [['C8', 'Hội nghị', 'D3']] },
  'error-R1-excellent-quota.xlsx': { findings: [['R1', 'Đảng viên', 'S3']] },
  'error-R1-organization-quota.xlsx': { findings: [['R1', 'Tổ chức đảng', 'L4']] },
  'error-R2-secretary-above-organization.xlsx': { findings: [['R2', 'Đảng viên', 'S2']] },
  'error-R3-disciplined-rated-good.xlsx': { findings: [['R3', 'Đảng viên', 'S5', 'Không hoàn thành nhiệm vụ']] },
  'error-R3-remedied-rated-excellent.xlsx': { findings: [['R3', 'Đảng viên', 'S3']] },
  'error-R4-recently-admitted.xlsx': { findings: [['R4', 'Đảng viên', 'S6']] },
  'error-R4-exempt-but-rated.xlsx': { findings: [['R4', 'Đảng viên', 'S7']] },
  'error-R5-score-band.xlsx': { findings: [['R5', 'Đảng viên', 'S7', 'Hoàn thành nhiệm vụ']] },
  'error-R6-member-count.xlsx': { findings: [['R6', 'Tổ chức đảng', 'H3', '3']] },
  'error-R7-duplicate-card.xlsx': { findings: [['R7', 'Đảng viên', 'F10']] },
  'error-R7-same-name-and-birth.xlsx': { findings: [['R7', 'Đảng viên', 'C10']] },
  'error-R8-pending-rating.xlsx': { findings: [['R8', 'Đảng viên', 'S10']] },
  'error-R9-final-above-proposed.xlsx': { findings: [['R9', 'Đảng viên', 'S11']] },
  'error-R10-excellent-cell-incomplete-member.xlsx': { findings: [['R10', 'Tổ chức đảng', 'L2']] },
  'error-R11-missing-score.xlsx': { findings: [['R11', 'Đảng viên', 'P6']] },
  'error-R11-organization-missing-score.xlsx': { findings: [['R11', 'Tổ chức đảng', 'I4']] },
};

// spec/RULES.md severities (R1 at its ⚙ default).
const severityOf: Readonly<Record<RuleId, Severity>> = {
  S1: 'error', S2: 'error', S3: 'error', S4: 'error',
  V1: 'error', V2: 'error', V3: 'error', V4: 'error', V5: 'error', V6: 'warning', V7: 'info', V8: 'error', V9: 'warning', V10: 'error', V11: 'error',
  C1: 'error', C2: 'warning', C3: 'error', C4: 'error', C5: 'error', C6: 'error', C7: 'warning', C8: 'warning',
  R1: 'error', R2: 'error', R3: 'error', R4: 'warning', R5: 'error', R6: 'warning', R7: 'error', R8: 'info', R9: 'warning', R10: 'warning', R11: 'error',
};

const tripleOf = (f: Finding): string => [f.rule, f.sheet, f.cell, ...(f.fix === undefined ? [] : [f.fix])].join(' · ');
const expectedOf = (e: Expected): string => e.join(' · ');

async function read(file: string): Promise<WorkbookSnapshot> {
  const result = await readSnapshotFromStream(createReadStream(join(workbooksDir, file)));
  if (result.snapshot === undefined) throw new Error(`${file}: ${result.problem?.messageEn ?? 'no snapshot'}`);
  return result.snapshot;
}

function validate(snapshot: WorkbookSnapshot, file: string): { model: WorkbookModel; findings: readonly Finding[] } {
  const needs = cases[file]?.needs;
  return validateSnapshot(snapshot, needs === undefined ? {} : { needs });
}

const ruleOf = (file: string): string => /^error-([A-Z]\d+)-/.exec(file)?.[1] ?? '';
const testName = (file: string): string => (ruleOf(file) === '' ? file : `[${ruleOf(file)}] ${file}`);

describe('workbook fixtures (test/fixtures/workbooks)', () => {
  const files = Object.keys(cases);

  it('every fixture file has an expectation and every expectation a file', () => {
    const onDisk = readdirSync(workbooksDir).filter((name) => name.endsWith('.xlsx')).sort();
    expect(onDisk).toEqual([...files].sort());
  });

  it('every rule a workbook can show has a fixture of its own (S4 is in test/fixtures/bad)', () => {
    const shown = new Set(files.map(ruleOf));
    const missing = Object.keys(severityOf).filter((rule) => rule !== 'S4' && !shown.has(rule));
    expect(missing).toEqual([]);
  });

  it.each(files.map((file) => [testName(file), file] as const))('%s', async (_name, file) => {
    const expected = cases[file];
    if (expected === undefined) throw new Error(`no expectation for ${file}`);
    const { findings } = validate(await read(file), file);
    expect(findings.map(tripleOf).sort()).toEqual(expected.findings.map(expectedOf).sort());
    for (const finding of findings) {
      expect(finding.severity).toBe(severityOf[finding.rule]);
      if (finding.cell !== '') {
        expect(finding.message).toContain(`${finding.sheet}!${finding.cell}`);
        expect(finding.messageEn).toContain(`${finding.sheet}!${finding.cell}`);
      } else {
        expect(finding.message).toContain(finding.sheet);
      }
    }
    // The error-* files name the rule they show; it must be among their findings.
    if (ruleOf(file) !== '') expect(findings.map((f) => f.rule)).toContain(ruleOf(file));
  });

  it.each(files.filter((file) => cases[file]?.notWellFormed !== true))('%s: the exceljs reference reader finds the same', async (file) => {
    const reference = await readSnapshotWithExcelJs(readFileSync(join(workbooksDir, file)));
    if (reference.snapshot === undefined) throw new Error(`${file}: ${reference.problem?.messageEn ?? 'no snapshot'}`);
    const fast = validate(await read(file), file).findings.map(tripleOf);
    expect(validate(reference.snapshot, file).findings.map(tripleOf)).toEqual(fast);
  });
});

/** The model without the places its values came from, to compare workbooks laid out differently. */
function withoutSources(model: WorkbookModel): unknown {
  return JSON.parse(
    JSON.stringify(model, (key, value: unknown) => (key === 'source' || key === 'cells' || key === 'sheet' ? undefined : value)),
  );
}

describe('good workbooks are read, not merely silent', () => {
  it('good-minimal.xlsx: every sheet and row', async () => {
    const { model } = validate(await read('good-minimal.xlsx'), 'good-minimal.xlsx');
    expect(model.unit?.issuingBody).toBe('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(model.unit?.term).toEqual({ startYear: 2025, endYear: 2030 });
    expect(model.conferences.map((c) => c.code)).toEqual(['BCH-01', 'BTV-01']);
    expect(model.agendaItems).toHaveLength(4);
    expect(model.conclusions).toHaveLength(3);
    expect(model.organizations).toHaveLength(6);
    expect(model.members).toHaveLength(10);
    expect(model.conferences[0]?.startTime).toEqual({ hour: 8, minute: 0 });
  });

  it.each([
    'good-excel-tables.xlsx',
    'good-mac-1904-dates.xlsx',
    'good-merged-key-cells.xlsx',
    'good-two-row-headers.xlsx',
    'good-two-row-headers-numbered.xlsx',
    'good-signature-under-table.xlsx',
  ])('%s: the same model as good-minimal.xlsx', async (file) => {
    const minimal = validate(await read('good-minimal.xlsx'), 'good-minimal.xlsx').model;
    const { model } = validate(await read(file), file);
    expect(withoutSources(model)).toEqual(withoutSources(minimal));
  });

  it('good-merged-key-cells.xlsx: its merges are what make it read (without them the covered cells are empty)', async () => {
    const snapshot = await read('good-merged-key-cells.xlsx');
    const mergesOf = (name: string): string[] =>
      (snapshot.sheets.find((s) => s.name === name)?.merges ?? []).map((m) => `${m.left}:${m.top}-${m.bottom}`);
    expect(mergesOf('Nội dung')).toEqual(['1:2-4']);
    expect(mergesOf('Kết luận')).toEqual(['1:2-3']);
    expect(mergesOf('Đảng viên')).toEqual(['1:2-11', '7:2-8', '7:9-11']);
    const unmerged: WorkbookSnapshot = { sheets: snapshot.sheets.map(({ merges: _merges, ...sheet }) => sheet) };
    const { findings } = validate(unmerged, 'good-merged-key-cells.xlsx');
    expect(findings.filter((f) => f.rule === 'V1').map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'Nội dung!A3', 'Nội dung!A4', 'Kết luận!A3',
      ...[3, 4, 5, 6, 7, 8, 9, 10, 11].flatMap((row) => [`Đảng viên!A${row}`, ...(row === 9 ? [] : [`Đảng viên!G${row}`])]),
    ]);
  });

  it('good-signature-under-table.xlsx: its blocks are there, merged, and would be read as data without the rule', async () => {
    const snapshot = await read('good-signature-under-table.xlsx');
    const sheetOf = (name: string): SheetSnapshot => {
      const found = snapshot.sheets.find((s) => s.name === name);
      if (found === undefined) throw new Error(`no sheet ${name}`);
      return found;
    };
    const members = sheetOf('Đảng viên');
    expect(cellAt(members, 14, 3)).toBe('NGƯỜI LẬP BIỂU');
    expect(cellAt(members, 15, 19)).toBe('BÍ THƯ');
    expect((members.merges ?? []).map((m) => `${m.top}:${m.left}-${m.bottom}:${m.right}`).sort()).toEqual([
      '13:19-13:20', '14:19-14:20', '15:19-15:20', '16:19-16:20', '19:19-20:20', '19:3-20:3',
    ]);
    expect(cellAt(sheetOf('Tổ chức đảng'), 10, 12)).toBe('T/M ĐẢNG ỦY');
    // With one more row holding a key value (a year in Năm) under the block, every row of it is data again.
    const withYear: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((s) => (s === members ? { ...s, rows: [...s.rows, [2025]] } : s)),
    };
    const { findings } = validate(withYear, 'good-signature-under-table.xlsx');
    expect(findings.filter((f) => f.sheet === 'Đảng viên' && f.rule === 'V4').map((f) => f.cell)).toEqual(['S13', 'S14', 'S15', 'S16', 'S19']);
    expect(findings.filter((f) => f.sheet === 'Tổ chức đảng')).toEqual([]);
  });

  it.each([
    ['good-two-row-headers.xlsx', 0],
    ['good-two-row-headers-numbered.xlsx', 1],
  ] as const)('%s: data starts under both header rows, with or without the merged areas', async (file, numbering) => {
    const snapshot = await read(file);
    const groupsOf = (name: string): string[] =>
      (snapshot.sheets.find((s) => s.name === name)?.merges ?? []).filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}-${m.right}`);
    expect(groupsOf('Đảng viên')).toEqual(['1:1-20', '2:17-19']);
    expect(groupsOf('Nội dung')).toEqual(['1:6-8']);
    expect(groupsOf('Hội nghị')).toEqual(['1:10-11']);
    const unmerged: WorkbookSnapshot = { sheets: snapshot.sheets.map(({ merges: _merges, ...sheet }) => sheet) };
    for (const layout of [snapshot, unmerged]) {
      const { model, findings } = validate(layout, file);
      expect(findings).toEqual([]);
      expect(model.members[0]?.source).toMatchObject({ row: 4 + numbering, columns: { selfRating: 'Q', proposedRating: 'R', finalRating: 'S' } });
      expect(model.agendaItems[0]?.source).toMatchObject({ row: 3 + numbering, columns: { votesFor: 'F', abstentions: 'H' } });
      expect(model.conferences[0]?.source).toMatchObject({ row: 3 + numbering, columns: { totalMembers: 'J', present: 'K' } });
    }
  });

  it('good-messy-clerk.xlsx: the values the clerk meant', async () => {
    const { model } = validate(await read('good-messy-clerk.xlsx'), 'good-messy-clerk.xlsx');
    expect(model.unit?.executiveCommitteeSize).toBe(15);
    expect(model.unit?.term).toEqual({ startYear: 2025, endYear: 2030 });
    const [bch, btv] = model.conferences;
    expect(bch).toMatchObject({
      code: 'BCH-01',
      body: 'executiveCommittee',
      date: { year: 2025, month: 7, day: 10 },
      venue: 'Hội trường Đảng ủy Các cơ quan Đảng tỉnh',
      present: 14,
      totalMembers: 15,
      resolutionNumber: 1,
      startTime: { hour: 8, minute: 0 },
      endTime: { hour: 11, minute: 30 },
      absentees: [{ name: 'Nguyễn Văn Hải', reason: 'đi công tác' }],
      chairs: [
        { name: 'Trần Quốc Nam', position: 'Bí thư Đảng ủy' },
        { name: 'Nguyễn Thị Minh Thư', position: 'Phó Bí thư Thường trực' },
      ],
      minuteTaker: { name: 'Phạm Thị Thu Hà', position: 'Chánh Văn phòng Đảng ủy' },
    });
    expect(bch?.source.row).toBe(6);
    expect(btv).toMatchObject({ code: 'BTV-01', body: 'standingBoard', number: 1, date: { year: 2025, month: 8, day: 5 }, absentees: [], guests: [] });
    expect(model.agendaItems.map((i) => [i.conferenceCode, i.kind, i.votesFor, i.votesAgainst, i.abstentions])).toEqual([
      ['BCH-01', 'report', undefined, undefined, undefined],
      ['BCH-01', 'discussion', undefined, undefined, undefined],
      ['BCH-01', 'vote', 13, 1, 0],
      ['BTV-01', 'discussion', undefined, undefined, undefined],
    ]);
    expect(model.agendaItems[1]?.content).toBe('Phương hướng, nhiệm vụ 6 tháng cuối năm 2025'.normalize('NFC'));
    expect(model.conclusions.map((c) => c.deadline)).toEqual([
      { year: 2025, month: 7, day: 31 },
      { year: 2025, month: 8, day: 15 },
      { year: 2025, month: 8, day: 30 },
    ]);
    expect(model.organizations.map((o) => [o.code, o.type, o.memberCount, o.score, o.finalRating])).toEqual([
      ['CB-VP', 'grassrootsCell', 7, 85.5, 'good'],
      ['CB-TH', 'grassrootsCell', 3, 82, 'good'],
      ['CB-KT', 'grassrootsCell', undefined, 80, 'good'],
    ]);
    const members = model.members.map((m) => ({
      name: m.name,
      code: m.organizationCode,
      birth: m.birthDate,
      admitted: m.admissionDate,
      score: m.score,
      rating: m.finalRating,
    }));
    expect(members).toEqual([
      { name: 'Lê Văn Bình', code: 'CB-VP', birth: { year: 1975, month: 3, day: 12 }, admitted: { year: 2008, month: 5, day: 19 }, score: 86, rating: 'good' },
      { name: 'Nguyễn Thị Lan', code: 'CB-VP', birth: { year: 1982, month: 9, day: 2 }, admitted: { year: 2022, month: 10, day: 5 }, score: 92, rating: 'excellent' },
      { name: 'Trần Minh Quang', code: 'CB-VP', birth: { year: 1980, month: 1, day: 25 }, admitted: { year: 2008, month: 5, day: 19 }, score: 77.5, rating: 'good' },
      { name: 'Phạm Thị Hằng', code: 'CB-VP', birth: { year: 1988, month: 11, day: 30 }, admitted: { year: 2012, month: 2, day: 3 }, score: 78, rating: 'good' },
      { name: 'Nguyễn Văn Hải', code: 'CB-VP', birth: { year: 1979, month: 6, day: 14 }, admitted: { year: 2010, month: 9, day: 2 }, score: 75, rating: 'good' },
      { name: 'Huỳnh Ngọc Sơn', code: 'CB-VP', birth: { year: 1985, month: 4, day: 8 }, admitted: { year: 2015, month: 6, day: 1 }, score: 84, rating: 'good' },
      { name: 'Đặng Thị Kim Yến', code: 'CB-VP', birth: { year: 1990, month: 12, day: 21 }, admitted: { year: 2016, month: 3, day: 20 }, score: 65, rating: 'complete' },
      { name: 'Ngô Thị Mai', code: 'CB-TH', birth: { year: 1977, month: 7, day: 7 }, admitted: { year: 2001, month: 12, day: 12 }, score: 83, rating: 'good' },
      { name: 'Bùi Quốc Việt', code: 'CB-TH', birth: { year: 1986, month: 2, day: 17 }, admitted: { year: 2014, month: 2, day: 3 }, score: 79, rating: 'good' },
      { name: 'Đỗ Thị Hồng', code: 'CB-TH', birth: { year: 1992, month: 10, day: 3 }, admitted: { year: 2018, month: 5, day: 19 }, score: 77, rating: 'good' },
    ]);
    expect(model.members[0]?.head).toBe(true);
    expect(model.members.every((m) => m.year === 2025)).toBe(true);
  });
});

// The same workbooks opened and saved again by LibreOffice Calc 7.4 (its own XML, styles and shared strings):
// soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir out good-minimal.xlsx good-messy-clerk.xlsx
describe('workbooks saved by LibreOffice Calc (test/fixtures/foreign)', () => {
  it.each(['good-minimal', 'good-messy-clerk'])('%s: the same findings and model as the original', async (name) => {
    const original = validate(await read(`${name}.xlsx`), `${name}.xlsx`);
    const saved = await readSnapshotFromStream(createReadStream(join(fixturesDir, 'foreign', `${name}.libreoffice.xlsx`)));
    if (saved.snapshot === undefined) throw new Error(saved.problem?.messageEn ?? 'no snapshot');
    const resaved = validate(saved.snapshot, `${name}.xlsx`);
    expect(resaved.findings.map(tripleOf)).toEqual(original.findings.map(tripleOf));
    expect(withoutSources(resaved.model)).toEqual(withoutSources(original.model));
  });
});

describe('test/fixtures holds what scripts/build-fixtures.ts writes', () => {
  it.each([...workbookFixtures, ...unreadableFixtures, ...hostileFixtures].map((f) => [f.path, f] as const))(
    '%s',
    async (path, fixture) => {
      const committed = new Uint8Array(readFileSync(join(fixturesDir, path)));
      const built = await fixture.build();
      // Rebuild with: npx esbuild scripts/build-fixtures.ts --bundle --platform=node --packages=external --outfile=.tmp/bf.cjs && node .tmp/bf.cjs
      expect(Buffer.compare(Buffer.from(built), Buffer.from(committed))).toBe(0);
    },
  );
});
