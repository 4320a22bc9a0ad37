// A large valid workbook for `npm run bench` and the bulk-export benchmarks, written with exceljs's
// streaming WorkbookWriter so that 100,000 members never sit in memory as cells.
import ExcelJS from 'exceljs';
import { agendaItemsSheet, conclusionsSheet, conferencesSheet, membersSheet, organizationsSheet } from '../core/workbook/contract';
import {
  civilDate,
  createRandom,
  levelText,
  planRatings,
  randomDate,
  randomName,
  scoreFor,
  type Gender,
  type OrganizationTypeText,
  type PlanMember,
  type PlanOrganization,
  type Random,
} from './sample-data';
import { addTableSheet, addUnitSheet, contractRow, setUnitValues } from './write-contract';

export interface BenchWorkbookOptions {
  readonly members?: number;
  readonly organizations?: number;
  /** Rating year (≥ 2025 carries scores). */
  readonly year?: number;
  readonly seed?: number;
}

export interface BenchWorkbookSummary {
  readonly members: number;
  readonly organizations: number;
  readonly year: number;
}

interface BenchOrganization extends PlanOrganization {
  readonly name: string;
  secretary?: string;
  memberCount: number;
}

interface BenchMember extends PlanMember {
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: Date;
  readonly partyPosition: string;
  readonly admissionDate: Date;
  readonly notRatedReason?: 'Miễn sinh hoạt' | 'Mới kết nạp';
  heads: string[];
}

const agencies = [
  'Văn phòng', 'Ban Tổ chức', 'Ban Tuyên giáo và Dân vận', 'Ủy ban Kiểm tra', 'Báo', 'Trường Chính trị',
  'Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ', 'Sở Tư pháp',
  'Sở Công Thương', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch',
] as const;

/** Units of 5 organizations: a Đảng bộ cơ sở with 3 Chi bộ trực thuộc, and a Chi bộ cơ sở. */
function buildOrganizations(count: number): BenchOrganization[] {
  const organizations: BenchOrganization[] = [];
  let block = 0;
  while (organizations.length < count) {
    block += 1;
    const agency = `${agencies[(block - 1) % agencies.length] ?? 'Cơ quan'} số ${block}`;
    const number = String(block).padStart(4, '0');
    if (count - organizations.length >= 5) {
      const parent = `DB${number}`;
      organizations.push(organization(parent, `Đảng bộ ${agency}`, 'Đảng bộ cơ sở'));
      for (let i = 1; i <= 3; i += 1) {
        organizations.push(organization(`${parent}-${i}`, `Chi bộ ${i} ${agency}`, 'Chi bộ trực thuộc', parent));
      }
    }
    organizations.push(organization(`CB${number}`, `Chi bộ Cơ quan ${agency}`, 'Chi bộ cơ sở'));
  }
  return organizations.slice(0, count);
}

function organization(code: string, name: string, type: OrganizationTypeText, parentCode?: string): BenchOrganization {
  return parentCode === undefined
    ? { code, name, type, group: type, memberCount: 0 }
    : { code, name, type, parentCode, group: type, memberCount: 0 };
}

function buildMembers(random: Random, organizations: BenchOrganization[], count: number, year: number): BenchMember[] {
  const cells = organizations.filter((o) => o.type !== 'Đảng bộ cơ sở');
  const byCode = new Map(organizations.map((o) => [o.code, o]));
  const seen = new Set<string>();
  const members: BenchMember[] = [];
  cells.forEach((cell, cellIndex) => {
    const size = Math.floor(count / cells.length) + (cellIndex < count % cells.length ? 1 : 0);
    const namesInCell = new Set<string>();
    for (let i = 0; i < size; i += 1) {
      const gender: Gender = random.chance(0.42) ? 'Nữ' : 'Nam';
      let name = randomName(random, gender);
      let birthDate = randomDate(random, year - 58, year - 24);
      while (namesInCell.has(name) || seen.has(`${name}|${birthDate.getTime()}`)) {
        name = randomName(random, gender);
        birthDate = randomDate(random, year - 58, year - 24);
      }
      namesInCell.add(name);
      seen.add(`${name}|${birthDate.getTime()}`);
      const heads: string[] = [];
      let partyPosition = 'Đảng viên';
      if (i === 0) {
        heads.push(cell.code);
        cell.secretary = name;
        partyPosition = 'Bí thư';
      } else if (i === 1) {
        partyPosition = 'Phó Bí thư';
      } else if (i === 2 && cell.parentCode !== undefined && cell.code.endsWith('-1')) {
        const parent = byCode.get(cell.parentCode);
        if (parent !== undefined) {
          heads.push(parent.code);
          parent.secretary = name;
          partyPosition = 'Bí thư Đảng ủy';
        }
      }
      const roll = random.next();
      const newlyAdmitted = heads.length === 0 && i > 2 && roll < 0.01;
      const exempt = heads.length === 0 && i > 2 && roll >= 0.01 && roll < 0.018;
      const disciplined = heads.length === 0 && i > 2 && roll >= 0.018 && roll < 0.021;
      const admissionDate = newlyAdmitted
        ? civilDate(year, random.int(8, 11), random.int(1, 28))
        : randomDate(random, Math.max(birthDate.getUTCFullYear() + 20, year - 30), year - 1);
      const base = { organizationCode: cell.code, name, gender, birthDate, partyPosition, admissionDate, heads };
      members.push(
        newlyAdmitted
          ? { ...base, rated: false, notRatedReason: 'Mới kết nạp' }
          : exempt
            ? { ...base, rated: false, notRatedReason: 'Miễn sinh hoạt' }
            : { ...base, rated: true, disciplined },
      );
      cell.memberCount += 1;
      const parent = cell.parentCode === undefined ? undefined : byCode.get(cell.parentCode);
      if (parent !== undefined) parent.memberCount += 1;
    }
  });
  return members;
}

/** Writes a valid workbook of `members` members in `organizations` organizations to `output`. */
export async function writeBenchWorkbook(output: NodeJS.WritableStream, options: BenchWorkbookOptions = {}): Promise<BenchWorkbookSummary> {
  const { members, organizations, year } = await writeBench(output, options);
  return { members, organizations, year };
}

/** The same workbook in memory (small sizes: tests). */
export async function benchWorkbookBytes(options: BenchWorkbookOptions = {}): Promise<Uint8Array> {
  const { workbook } = await writeBench(undefined, options);
  // Without a stream option, exceljs's WorkbookWriter collects the zip in its own `stream` buffer.
  const buffer = (workbook as unknown as { stream: { read(): Uint8Array | null } }).stream.read();
  return new Uint8Array(buffer ?? new Uint8Array(0));
}

async function writeBench(
  output: NodeJS.WritableStream | undefined,
  options: BenchWorkbookOptions,
): Promise<BenchWorkbookSummary & { workbook: ExcelJS.stream.xlsx.WorkbookWriter }> {
  const memberTotal = options.members ?? 100_000;
  const organizationTotal = options.organizations ?? 3_000;
  const year = options.year ?? 2025;
  const random = createRandom(options.seed ?? 20251231);
  const organizations = buildOrganizations(organizationTotal);
  const members = buildMembers(random, organizations, memberTotal, year);
  const plan = planRatings(random, organizations, members);
  const scored = year >= 2025;

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter(
    output === undefined
      ? { useStyles: true, useSharedStrings: true }
      : { stream: output as unknown as ExcelJS.stream.xlsx.WorkbookWriterOptions['stream'], useStyles: true, useSharedStrings: true },
  );
  workbook.creator = 'Văn kiện';
  const unit = addUnitSheet(workbook);
  setUnitValues(unit, {
    superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HÒA',
    issuingBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
    committeeName: 'Đảng bộ Các cơ quan Đảng tỉnh',
    bodyCode: 'ĐU',
    placeName: 'Khánh Hòa',
    term: '2025 - 2030',
    termNumber: 'I',
    executiveCommitteeSize: 34,
    standingBoardSize: 11,
  });
  unit.commit();
  for (const sheet of [conferencesSheet, agendaItemsSheet, conclusionsSheet]) addTableSheet(workbook, sheet).commit();

  const organizationSheet = addTableSheet(workbook, organizationsSheet);
  for (const o of organizations) {
    const level = plan.organizations.get(o.code);
    organizationSheet
      .addRow(
        contractRow(organizationsSheet, {
          year,
          code: o.code,
          name: o.name,
          type: o.type,
          parentCode: o.parentCode,
          secretary: o.secretary,
          memberCount: o.memberCount,
          score: scored && level !== undefined ? scoreFor(random, level.final) : undefined,
          selfRating: level === undefined ? undefined : levelText(level.proposed),
          proposedRating: level === undefined ? undefined : levelText(level.proposed),
          finalRating: level === undefined ? undefined : levelText(level.final),
        }),
      )
      .commit();
  }
  organizationSheet.commit();

  const memberSheet = addTableSheet(workbook, membersSheet);
  members.forEach((m, index) => {
    const level = plan.members[index];
    memberSheet
      .addRow(
        contractRow(membersSheet, {
          year,
          order: index + 1,
          name: m.name,
          birthDate: m.birthDate,
          gender: m.gender,
          cardNumber: String(56_000_000 + index * 7 + 1).padStart(9, '0'),
          organizationCode: m.organizationCode,
          partyPosition: m.partyPosition,
          memberType: m.notRatedReason === 'Mới kết nạp' ? 'Dự bị' : 'Chính thức',
          admissionDate: m.admissionDate,
          notRatedReason: m.notRatedReason,
          discipline: m.disciplined ? 'Khiển trách' : undefined,
          score: scored && level !== undefined ? scoreFor(random, level.final) : undefined,
          selfRating: level === undefined ? undefined : levelText(level.proposed),
          proposedRating: level === undefined ? undefined : levelText(level.proposed),
          finalRating: level === undefined ? undefined : levelText(level.final),
        }),
      )
      .commit();
  });
  memberSheet.commit();
  await workbook.commit();
  return { members: members.length, organizations: organizations.length, year, workbook };
}
