// README.txt of the export: what the zip holds and the findings that applied (warnings do not block).
import { formatDate } from '../text/dates';
import type { Finding } from '../findings';
import type { ExportPlan } from './plan';

function findingLine(finding: Finding): string {
  const where = finding.sheet === '' ? '' : ` ${finding.sheet}${finding.cell === '' ? '' : `!${finding.cell}`}`;
  return `- [${finding.rule}]${where}: ${finding.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** The index as lines (the writer joins them with CRLF for Notepad). */
export function indexLines(plan: ExportPlan): string[] {
  const { year, unit, items } = plan;
  const folder = items[0]?.fileName.split('/')[0] ?? '';
  const warnings = plan.notes.filter((f) => f.severity === 'warning');
  const infos = plan.notes.filter((f) => f.severity === 'info');
  const members = items.reduce((sum, item) => sum + item.members.length, 0);
  const lines = [
    `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM ${year}`,
    (unit.issuingBody ?? '').toLocaleUpperCase('vi'),
    plan.date === undefined ? 'Xuất từ sổ theo dõi bằng Văn kiện (vankien).' : `Xuất ngày ${formatDate(plan.date)} từ sổ theo dõi bằng Văn kiện (vankien).`,
    '',
    'NỘI DUNG',
    `- ${plan.report.fileName}: Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm ${year}.`,
    `- ${plan.workbookFileName}: trang «${plan.summarySheetName}» (mỗi tổ chức đảng một dòng, tổng cộng, chỉ tiêu) và ${items.length} trang, mỗi tổ chức đảng một trang.`,
    `- ${folder}/: ${items.length} bảng tổng hợp kết quả xếp loại đảng viên (.docx), mỗi tổ chức đảng một bảng, ${members} đảng viên.`,
  ];
  if (items.length < plan.organizationsInYear) {
    lines.push(`  Chỉ xuất ${items.length}/${plan.organizationsInYear} tổ chức đảng của năm ${year} (theo lựa chọn).`);
  }
  lines.push('', `DANH SÁCH BẢNG XẾP LOẠI (theo mã tổ chức)`);
  for (const item of items) {
    const count =
      item.subordinates === undefined
        ? `${item.members.length} đảng viên`
        : `${item.members.length} đảng viên của ${item.subordinates.length} tổ chức trực thuộc: ${item.subordinates.map((o) => o.code).join(', ')}`;
    lines.push(`- ${item.organization.code}: ${item.organization.name} (${count}) → ${item.fileName.slice(folder.length + 1)}; trang «${item.sheetName}»`);
  }
  lines.push('', warnings.length === 0 ? 'CẢNH BÁO: không có.' : `CẢNH BÁO (${warnings.length}, không chặn việc xuất; nên xem lại):`);
  for (const finding of warnings) lines.push(findingLine(finding));
  if (infos.length > 0) {
    lines.push('', `THÔNG TIN (${infos.length}):`);
    for (const finding of infos) lines.push(findingLine(finding));
  }
  return lines;
}

/** UTF-8 with a byte order mark and CRLF line ends, so that Windows Notepad shows the Vietnamese. */
export function indexBytes(plan: ExportPlan): Uint8Array {
  return new TextEncoder().encode(`\ufeff${indexLines(plan).join('\r\n')}\r\n`);
}
