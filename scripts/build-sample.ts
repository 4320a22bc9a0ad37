// Builds the sample workbook templates/so-theo-doi-mau.xlsx (deterministic: seeded PRNG).
// npx esbuild scripts/build-sample.ts --bundle --platform=node --packages=external --outfile=.tmp/bs.cjs && node .tmp/bs.cjs [out.xlsx]
import { writeFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { agendaItemsSheet, conclusionsSheet, conferencesSheet, membersSheet, organizationsSheet, unitSheet } from '../src/core/workbook/contract';
import {
  civilDate,
  complete,
  createRandom,
  good,
  levelText,
  planRatings,
  randomDate,
  randomName,
  scoreFor,
  type Gender,
  type LevelIndex,
  type PlanMember,
  type PlanOrganization,
} from '../src/xlsx/sample-data';
import { contractRow, createContractWorkbook, setUnitValues, writeWorkbookToBuffer, type ContractCellInput } from '../src/xlsx/write-contract';

const random = createRandom(20250715);
const secretary = 'Trần Quốc Nam';
const deputySecretary = 'Nguyễn Thị Minh Thư';
const standingDeputy = 'Lê Hoàng Phúc';
const officeChief = 'Phạm Thị Thu Hà';
const organizationChief = 'Võ Văn Thành';
const inspectionChief = 'Huỳnh Ngọc Sơn';
const propagandaChief = 'Đặng Thị Kim Yến';

const time = (hour: number, minute = 0): Date => new Date(Date.UTC(1899, 11, 30, hour, minute));
const lines = (...items: string[]): string => items.join('\n');

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`missing sheet ${name}`);
  return sheet;
}

type Row = Record<string, ContractCellInput>;

// ------------------------------------------------------------------------------------------------
// Conferences: two conferences of the appointed Executive Committee, one of the Standing Board, and the
// consolidation conference; votes count against 34 members (more than half: at least 18).

const conferences: Row[] = [
  {
    code: 'BCH-01',
    body: 'Ban Chấp hành',
    number: 1,
    date: civilDate(2025, 7, 3),
    startTime: time(8),
    endTime: time(11, 30),
    venue: 'Hội trường Đảng ủy Các cơ quan Đảng tỉnh',
    chairs: lines(`${secretary} - Bí thư Đảng ủy`, `${deputySecretary} - Phó Bí thư Thường trực Đảng ủy`),
    minuteTaker: `${officeChief} - Chánh Văn phòng Đảng ủy`,
    totalMembers: 34,
    present: 32,
    absentees: lines('Nguyễn Văn Hải - đi công tác tại Thành phố Hồ Chí Minh', 'Trần Thị Ngọc Lan - nghỉ ốm'),
    guests: lines('Đồng chí Phan Văn Cường - Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Đồng chí Lê Thị Hồng Nhung - Phó Chánh Văn phòng Tỉnh ủy'),
    summary: 'Công bố quyết định thành lập Đảng bộ; thông qua Quy chế làm việc và Chương trình làm việc toàn khóa',
    resolutionNumber: 1,
    resolutionDate: civilDate(2025, 7, 3),
    noticeNumber: 1,
    noticeDate: civilDate(2025, 7, 4),
    minutesNumber: 1,
    concluder: `${secretary} - Bí thư Đảng ủy`,
  },
  {
    code: 'BCH-02',
    body: 'Ban Chấp hành',
    number: 2,
    date: civilDate(2025, 7, 15),
    startTime: time(7, 30),
    endTime: time(11, 45),
    venue: 'Hội trường Đảng ủy Các cơ quan Đảng tỉnh',
    chairs: lines(`${secretary} - Bí thư Đảng ủy`, `${deputySecretary} - Phó Bí thư Thường trực Đảng ủy`, `${standingDeputy} - Phó Bí thư Đảng ủy`),
    minuteTaker: `${officeChief} - Chánh Văn phòng Đảng ủy`,
    totalMembers: 34,
    present: 30,
    absentees: lines(
      'Nguyễn Văn Hải - học lớp bồi dưỡng tại Học viện Chính trị khu vực III',
      'Bùi Thị Thanh Tâm - nghỉ phép',
      'Hồ Đức Long - đi công tác nước ngoài',
      'Trương Minh Quý - nghỉ ốm',
    ),
    guests: lines('Đồng chí Phan Văn Cường - Phó Trưởng Ban Tổ chức Tỉnh ủy'),
    summary: 'Số lượng Ban Chấp hành, Ban Thường vụ; kế hoạch tổ chức Đại hội Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030',
    resolutionNumber: 2,
    resolutionDate: civilDate(2025, 7, 15),
    noticeNumber: 2,
    noticeDate: civilDate(2025, 7, 16),
    minutesNumber: 2,
    concluder: `${secretary} - Bí thư Đảng ủy`,
  },
  {
    code: 'BTV-12',
    body: 'Ban Thường vụ',
    number: 12,
    date: civilDate(2025, 11, 20),
    startTime: time(14),
    endTime: time(16, 30),
    venue: 'Phòng họp Ban Thường vụ Đảng ủy',
    chairs: `${secretary} - Bí thư Đảng ủy`,
    minuteTaker: `${officeChief} - Chánh Văn phòng Đảng ủy`,
    totalMembers: 11,
    present: 10,
    absentees: `${propagandaChief} - đi công tác tại Hà Nội`,
    guests: lines('Đồng chí Trưởng các ban xây dựng Đảng của Đảng ủy (không phải ủy viên Ban Thường vụ)'),
    summary: 'Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025',
    noticeNumber: 5,
    noticeDate: civilDate(2025, 11, 21),
    minutesNumber: 3,
    concluder: `${secretary} - Bí thư Đảng ủy`,
  },
  {
    code: 'BCH-03',
    body: 'Ban Chấp hành',
    number: 3,
    date: civilDate(2025, 12, 10),
    startTime: time(8),
    endTime: time(16, 30),
    venue: 'Hội trường Đảng ủy Các cơ quan Đảng tỉnh',
    chairs: lines(`${secretary} - Bí thư Đảng ủy`, `${deputySecretary} - Phó Bí thư Thường trực Đảng ủy`),
    minuteTaker: `${officeChief} - Chánh Văn phòng Đảng ủy`,
    totalMembers: 34,
    present: 31,
    absentees: lines('Nguyễn Văn Hải - điều trị tại bệnh viện', 'Đinh Thị Mỹ Linh - nghỉ chế độ thai sản', 'Lâm Quang Vinh - đi công tác tại tỉnh Đắk Lắk'),
    guests: lines('Đồng chí Phan Văn Cường - Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Đồng chí Châu Ngọc Diễm - Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy'),
    summary: 'Kiện toàn ủy viên Ban Chấp hành, Ban Thường vụ; kết quả năm 2025, phương hướng, nhiệm vụ năm 2026',
    resolutionNumber: 7,
    resolutionDate: civilDate(2025, 12, 10),
    noticeNumber: 8,
    noticeDate: civilDate(2025, 12, 11),
    minutesNumber: 4,
    concluder: `${secretary} - Bí thư Đảng ủy`,
  },
];

const agendaItems: Row[] = [
  { conferenceCode: 'BCH-01', order: 1, content: 'Công bố Quyết định của Ban Thường vụ Tỉnh ủy về việc thành lập Đảng bộ Các cơ quan Đảng tỉnh và chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy nhiệm kỳ 2025 - 2030', kind: 'Báo cáo', presenter: 'Phan Văn Cường - Phó Trưởng Ban Tổ chức Tỉnh ủy' },
  { conferenceCode: 'BCH-01', order: 2, content: 'Dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh khóa I, nhiệm kỳ 2025 - 2030', kind: 'Biểu quyết', presenter: `${officeChief} - Chánh Văn phòng Đảng ủy`, votesFor: 32, votesAgainst: 0, abstentions: 0, decision: 'Thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh khóa I, nhiệm kỳ 2025 - 2030.' },
  { conferenceCode: 'BCH-01', order: 3, content: 'Dự thảo Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ, nhiệm kỳ 2025 - 2030', kind: 'Biểu quyết', presenter: `${deputySecretary} - Phó Bí thư Thường trực Đảng ủy`, votesFor: 31, votesAgainst: 0, abstentions: 1, decision: 'Thông qua Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ, nhiệm kỳ 2025 - 2030; giao Ban Thường vụ cụ thể hóa thành chương trình công tác hằng năm.' },
  { conferenceCode: 'BCH-01', order: 4, content: 'Phân công nhiệm vụ các đồng chí ủy viên Ban Chấp hành Đảng bộ', kind: 'Thảo luận', presenter: `${secretary} - Bí thư Đảng ủy` },

  { conferenceCode: 'BCH-02', order: 1, content: 'Tờ trình về số lượng ủy viên Ban Chấp hành, Ban Thường vụ Đảng bộ nhiệm kỳ 2025 - 2030', kind: 'Biểu quyết', presenter: `${organizationChief} - Trưởng Ban Tổ chức Đảng ủy`, votesFor: 30, votesAgainst: 0, abstentions: 0, decision: 'Thống nhất số lượng Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030 là 34 đồng chí, Ban Thường vụ là 11 đồng chí.' },
  { conferenceCode: 'BCH-02', order: 2, content: 'Kế hoạch tổ chức Đại hội đại biểu Đảng bộ Các cơ quan Đảng tỉnh lần thứ I, nhiệm kỳ 2025 - 2030', kind: 'Biểu quyết', presenter: `${deputySecretary} - Phó Bí thư Thường trực Đảng ủy`, votesFor: 29, votesAgainst: 0, abstentions: 1, decision: 'Thông qua Kế hoạch tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025 - 2030 với 186 đại biểu, trong đó 51 đại biểu đương nhiên và 135 đại biểu được bầu từ các tổ chức cơ sở đảng trực thuộc.' },
  { conferenceCode: 'BCH-02', order: 3, content: 'Phân bổ đại biểu dự Đại hội cho các tổ chức cơ sở đảng trực thuộc', kind: 'Biểu quyết', presenter: `${organizationChief} - Trưởng Ban Tổ chức Đảng ủy`, votesFor: 28, votesAgainst: 1, abstentions: 1, decision: 'Thông qua phương án phân bổ 135 đại biểu được bầu cho 9 tổ chức cơ sở đảng trực thuộc theo số lượng đảng viên và tính chất, đặc điểm của từng đơn vị.' },
  { conferenceCode: 'BCH-02', order: 4, content: 'Thảo luận dự thảo Báo cáo chính trị trình Đại hội', kind: 'Thảo luận', presenter: `${standingDeputy} - Phó Bí thư Đảng ủy` },

  { conferenceCode: 'BTV-12', order: 1, content: 'Dự thảo Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025 theo Quy định số 366-QĐ/TW và Hướng dẫn số 43-HD/BTCTW', kind: 'Biểu quyết', presenter: `${organizationChief} - Trưởng Ban Tổ chức Đảng ủy`, votesFor: 10, votesAgainst: 0, abstentions: 0, decision: 'Thông qua Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025; hoàn thành ở chi bộ trước ngày 20/12/2025, ở Đảng ủy trước ngày 15/01/2026.' },
  { conferenceCode: 'BTV-12', order: 2, content: 'Báo cáo kết quả kiểm tra, giám sát năm 2025 và chương trình kiểm tra, giám sát năm 2026', kind: 'Báo cáo', presenter: `${inspectionChief} - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy` },

  { conferenceCode: 'BCH-03', order: 1, content: 'Bầu bổ sung ủy viên Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030: đồng chí Mai Xuân Hòa', kind: 'Bầu cử', presenter: `${organizationChief} - Trưởng Ban Tổ chức Đảng ủy`, votesFor: 29, votesAgainst: 2, abstentions: 0, decision: 'Đồng chí Mai Xuân Hòa trúng cử ủy viên Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh nhiệm kỳ 2025 - 2030 với 29/34 phiếu tán thành.' },
  { conferenceCode: 'BCH-03', order: 2, content: 'Bầu bổ sung ủy viên Ban Thường vụ Đảng ủy nhiệm kỳ 2025 - 2030: đồng chí Cao Thị Thùy Trang', kind: 'Bầu cử', presenter: `${organizationChief} - Trưởng Ban Tổ chức Đảng ủy`, votesFor: 30, votesAgainst: 1, abstentions: 0, decision: 'Đồng chí Cao Thị Thùy Trang trúng cử ủy viên Ban Thường vụ Đảng ủy nhiệm kỳ 2025 - 2030 với 30/34 phiếu tán thành.' },
  { conferenceCode: 'BCH-03', order: 3, content: 'Báo cáo kết quả thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026', kind: 'Biểu quyết', presenter: `${deputySecretary} - Phó Bí thư Thường trực Đảng ủy`, votesFor: 31, votesAgainst: 0, abstentions: 0, decision: 'Thông qua Báo cáo kết quả thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026 với 14 chỉ tiêu chủ yếu; tập trung xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.' },
  { conferenceCode: 'BCH-03', order: 4, content: 'Báo cáo kiểm điểm tập thể Ban Thường vụ Đảng ủy năm 2025', kind: 'Thảo luận', presenter: `${secretary} - Bí thư Đảng ủy` },
  { conferenceCode: 'BCH-03', order: 5, content: 'Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ', kind: 'Biểu quyết', presenter: `${inspectionChief} - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy`, votesFor: 30, votesAgainst: 0, abstentions: 1, decision: 'Thông qua Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ; giao Ủy ban Kiểm tra Đảng ủy tham mưu tổ chức thực hiện.' },
];

const conclusions: Row[] = [
  { conferenceCode: 'BCH-01', order: 1, content: 'Hoàn thiện, ban hành Quy chế làm việc của Ban Chấp hành, Ban Thường vụ, Thường trực Đảng ủy khóa I.', owner: 'Văn phòng Đảng ủy', deadline: civilDate(2025, 7, 10) },
  { conferenceCode: 'BCH-01', order: 2, content: 'Tiếp nhận, bàn giao tổ chức đảng, đảng viên và hồ sơ đảng viên từ các đảng bộ được hợp nhất.', owner: 'Ban Tổ chức Đảng ủy', deadline: civilDate(2025, 7, 31) },
  { conferenceCode: 'BCH-01', order: 3, content: 'Kiện toàn cấp ủy, bí thư, phó bí thư các tổ chức cơ sở đảng trực thuộc theo quyết định thành lập.', owner: 'Các tổ chức cơ sở đảng trực thuộc', deadline: civilDate(2025, 8, 15) },
  { conferenceCode: 'BCH-02', order: 1, content: 'Hướng dẫn các tổ chức cơ sở đảng bầu đại biểu dự Đại hội theo số lượng được phân bổ; hoàn thành hồ sơ nhân sự trước ngày 10/8/2025.', owner: 'Ban Tổ chức Đảng ủy', deadline: civilDate(2025, 8, 10) },
  { conferenceCode: 'BCH-02', order: 2, content: 'Tiếp thu ý kiến thảo luận, hoàn chỉnh dự thảo Báo cáo chính trị, gửi xin ý kiến các tổ chức cơ sở đảng.', owner: 'Văn phòng Đảng ủy', deadline: civilDate(2025, 7, 31) },
  { conferenceCode: 'BCH-02', order: 3, content: 'Xây dựng kế hoạch kiểm tra, giám sát công tác chuẩn bị đại hội ở các tổ chức cơ sở đảng.', owner: 'Ủy ban Kiểm tra Đảng ủy', deadline: civilDate(2025, 7, 25) },
  { conferenceCode: 'BTV-12', order: 1, content: 'Hướng dẫn chấm điểm theo thang 100 điểm, tổng hợp kết quả tự xếp loại của tổ chức đảng, đảng viên.', owner: 'Ban Tổ chức Đảng ủy', deadline: civilDate(2025, 12, 5) },
  { conferenceCode: 'BTV-12', order: 2, content: 'Tổ chức kiểm điểm, đánh giá, xếp loại đảng viên ở chi bộ; báo cáo kết quả về Đảng ủy.', owner: 'Các chi bộ, đảng bộ cơ sở', deadline: civilDate(2025, 12, 20) },
  { conferenceCode: 'BTV-12', order: 3, content: 'Thẩm định việc chấp hành kỷ luật của tổ chức đảng, đảng viên làm căn cứ xếp loại.', owner: 'Ủy ban Kiểm tra Đảng ủy', deadline: civilDate(2025, 12, 15) },
  { conferenceCode: 'BCH-03', order: 1, content: 'Hoàn tất thủ tục trình Ban Thường vụ Tỉnh ủy chuẩn y kết quả bầu bổ sung ủy viên Ban Chấp hành, Ban Thường vụ.', owner: 'Ban Tổ chức Đảng ủy', deadline: civilDate(2025, 12, 20) },
  { conferenceCode: 'BCH-03', order: 2, content: 'Ban hành Nghị quyết về nhiệm vụ năm 2026 và phân công theo dõi các chỉ tiêu chủ yếu.', owner: 'Văn phòng Đảng ủy', deadline: civilDate(2025, 12, 25) },
  { conferenceCode: 'BCH-03', order: 3, content: 'Triển khai Chương trình kiểm tra, giám sát năm 2026; tập trung kiểm tra tổ chức đảng có dấu hiệu vi phạm.', owner: 'Ủy ban Kiểm tra Đảng ủy', deadline: civilDate(2026, 1, 31) },
  { conferenceCode: 'BCH-03', order: 4, content: 'Quán triệt nghị quyết của Ban Chấp hành đến toàn thể đảng viên; xây dựng chương trình hành động năm 2026.', owner: 'Các tổ chức cơ sở đảng trực thuộc', deadline: civilDate(2026, 1, 15) },
];

// ------------------------------------------------------------------------------------------------
// Organizations: three Đảng bộ cơ sở with their chi bộ, and six Chi bộ cơ sở.

interface SampleOrganization extends PlanOrganization {
  readonly name: string;
  /** Members in 2025 (for chi bộ) before the not-rated and special cases. */
  readonly size: number;
  readonly agencyHead: string;
}

const organizations: SampleOrganization[] = [
  { code: 'VPTU', name: 'Đảng bộ Văn phòng Tỉnh ủy', type: 'Đảng bộ cơ sở', group: 'Đảng bộ cơ sở', size: 0, agencyHead: 'Chánh Văn phòng Tỉnh ủy' },
  { code: 'VPTU-TH', name: 'Chi bộ Phòng Tổng hợp', type: 'Chi bộ trực thuộc', parentCode: 'VPTU', group: 'Chi bộ trực thuộc', size: 26, agencyHead: 'Trưởng phòng' },
  { code: 'VPTU-QT', name: 'Chi bộ Phòng Quản trị - Tài vụ', type: 'Chi bộ trực thuộc', parentCode: 'VPTU', group: 'Chi bộ trực thuộc', size: 23, agencyHead: 'Trưởng phòng' },
  { code: 'VPTU-NK', name: 'Chi bộ Nhà khách Tỉnh ủy', type: 'Chi bộ trực thuộc', parentCode: 'VPTU', group: 'Chi bộ trực thuộc', size: 19, agencyHead: 'Giám đốc Nhà khách' },
  { code: 'BAO', name: 'Đảng bộ Báo và Phát thanh, Truyền hình Khánh Hòa', type: 'Đảng bộ cơ sở', group: 'Đảng bộ cơ sở', size: 0, agencyHead: 'Tổng Biên tập' },
  { code: 'BAO-TS', name: 'Chi bộ Ban Thời sự', type: 'Chi bộ trực thuộc', parentCode: 'BAO', group: 'Chi bộ trực thuộc', size: 29, agencyHead: 'Trưởng ban' },
  { code: 'BAO-KT', name: 'Chi bộ Ban Kỹ thuật - Công nghệ', type: 'Chi bộ trực thuộc', parentCode: 'BAO', group: 'Chi bộ trực thuộc', size: 21, agencyHead: 'Trưởng ban' },
  { code: 'TCT', name: 'Đảng bộ Trường Chính trị tỉnh', type: 'Đảng bộ cơ sở', group: 'Đảng bộ cơ sở', size: 0, agencyHead: 'Hiệu trưởng' },
  { code: 'TCT-LL', name: 'Chi bộ Khoa Lý luận cơ sở', type: 'Chi bộ trực thuộc', parentCode: 'TCT', group: 'Chi bộ trực thuộc', size: 24, agencyHead: 'Trưởng khoa' },
  { code: 'TCT-ĐT', name: 'Chi bộ Phòng Đào tạo - Quản lý khoa học', type: 'Chi bộ trực thuộc', parentCode: 'TCT', group: 'Chi bộ trực thuộc', size: 19, agencyHead: 'Trưởng phòng' },
  { code: 'BTC', name: 'Chi bộ Ban Tổ chức Tỉnh ủy', type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở', size: 30, agencyHead: 'Trưởng Ban' },
  { code: 'BTGDV', name: 'Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy', type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở', size: 31, agencyHead: 'Trưởng Ban' },
  { code: 'UBKT', name: 'Chi bộ Ủy ban Kiểm tra Tỉnh ủy', type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở', size: 25, agencyHead: 'Chủ nhiệm' },
  { code: 'BNC', name: 'Chi bộ Ban Nội chính Tỉnh ủy', type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở', size: 18, agencyHead: 'Trưởng Ban' },
  { code: 'BCS', name: 'Chi bộ Ban Chính sách, chiến lược Tỉnh ủy', type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở', size: 15, agencyHead: 'Trưởng Ban' },
  { code: 'VPĐU', name: 'Chi bộ Văn phòng Đảng ủy Các cơ quan Đảng tỉnh', type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở', size: 13, agencyHead: 'Chánh Văn phòng' },
];
const organizationByCode = new Map(organizations.map((o) => [o.code, o]));

const staffTitles = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Chuyên viên chính', 'Phó Trưởng phòng', 'Trưởng phòng', 'Nhân viên'] as const;
const schoolTitles = ['Giảng viên', 'Giảng viên', 'Giảng viên chính', 'Chuyên viên', 'Phó Trưởng khoa'] as const;
const pressTitles = ['Phóng viên', 'Phóng viên', 'Biên tập viên', 'Kỹ thuật viên', 'Phó Trưởng ban'] as const;

interface SamplePerson {
  readonly name: string;
  readonly gender: Gender;
  readonly birthDate: Date;
  readonly cardNumber: string;
  readonly organizationCode: string;
  readonly partyPosition: string;
  readonly governmentPosition: string;
  readonly head: boolean;
  readonly admissionDate: Date;
  /** Heads this organization (Bí thư). */
  readonly heads: readonly string[];
  memberType: 'Chính thức' | 'Dự bị';
  notRated2025?: 'Miễn sinh hoạt' | 'Mới kết nạp';
  disciplined2025?: boolean;
  /** Only in 2024 (moved away or retired in 2025) or only in 2025 (joined in 2025). */
  years: readonly number[];
  note2025?: string;
}

const usedNames = new Set<string>();
const usedCards = new Set<string>();

function newPerson(organizationCode: string, partyPosition: string, governmentPosition: string, heads: string[], head: boolean): SamplePerson {
  const gender: Gender = random.chance(0.45) ? 'Nữ' : 'Nam';
  let name = randomName(random, gender);
  while (usedNames.has(name)) name = randomName(random, gender);
  usedNames.add(name);
  let card = `56${String(random.int(0, 999_999)).padStart(6, '0')}`;
  while (usedCards.has(card)) card = `56${String(random.int(0, 999_999)).padStart(6, '0')}`;
  usedCards.add(card);
  const leader = partyPosition.startsWith('Bí thư') || partyPosition.startsWith('Phó Bí thư');
  const birthDate = leader ? randomDate(random, 1968, 1984) : randomDate(random, 1968, 1998);
  const admissionDate = randomDate(random, Math.max(birthDate.getUTCFullYear() + 21, 1995), 2023);
  return { name, gender, birthDate, cardNumber: card, organizationCode, partyPosition, governmentPosition, head, admissionDate, heads, memberType: 'Chính thức', years: [2024, 2025] };
}

// The secretary of a Đảng bộ cơ sở is registered in its first chi bộ.
const firstCellOf: Record<string, string> = { VPTU: 'VPTU-TH', BAO: 'BAO-TS', TCT: 'TCT-LL' };
const people: SamplePerson[] = [];
for (const organization of organizations) {
  if (organization.type === 'Đảng bộ cơ sở') continue;
  const parent = organization.parentCode === undefined ? undefined : organizationByCode.get(organization.parentCode);
  const titles = organization.code.startsWith('TCT') ? schoolTitles : organization.code.startsWith('BAO') ? pressTitles : staffTitles;
  const grassrootsCell = organization.type === 'Chi bộ cơ sở';
  for (let i = 0; i < organization.size; i += 1) {
    if (i === 0) {
      people.push(newPerson(organization.code, 'Bí thư Chi bộ', organization.agencyHead, [organization.code], grassrootsCell));
    } else if (i === 1 && parent !== undefined && firstCellOf[parent.code] === organization.code) {
      people.push(newPerson(organization.code, 'Bí thư Đảng ủy', parent.agencyHead, [parent.code], false));
    } else if (i === 2) {
      people.push(newPerson(organization.code, 'Phó Bí thư Chi bộ', 'Phó Trưởng phòng', [], false));
    } else if (i === 3 && organization.size > 15) {
      people.push(newPerson(organization.code, 'Chi ủy viên', random.pick(titles), [], false));
    } else {
      people.push(newPerson(organization.code, 'Đảng viên', random.pick(titles), [], false));
    }
  }
}

// Special cases, on ordinary members (never a Bí thư).
const ordinary = (code: string, nth: number): SamplePerson => {
  const found = people.filter((p) => p.organizationCode === code && p.partyPosition === 'Đảng viên')[nth];
  if (found === undefined) throw new Error(`no ordinary member ${nth} in ${code}`);
  return found;
};
ordinary('VPTU-NK', 0).notRated2025 = 'Miễn sinh hoạt';
ordinary('VPTU-NK', 0).note2025 = 'Miễn công tác và sinh hoạt đảng theo Quyết định số 112-QĐ/ĐU ngày 12/8/2025';
ordinary('BTGDV', 1).notRated2025 = 'Miễn sinh hoạt';
ordinary('BTGDV', 1).note2025 = 'Miễn sinh hoạt đảng do điều trị bệnh dài ngày (Quyết định số 140-QĐ/ĐU ngày 05/9/2025)';
const disciplined = ordinary('VPTU-QT', 2);
disciplined.disciplined2025 = true;
disciplined.note2025 = 'Kỷ luật khiển trách theo Quyết định số 15-QĐ/UBKT ngày 12/9/2025 của Ủy ban Kiểm tra Đảng ủy';
for (const [code, month, day] of [['BTC', 8, 19], ['BAO-TS', 9, 2], ['TCT-LL', 10, 14]] as const) {
  const person = newPerson(code, 'Đảng viên', code === 'TCT-LL' ? 'Giảng viên' : code === 'BAO-TS' ? 'Phóng viên' : 'Chuyên viên', [], false);
  people.push({ ...person, admissionDate: civilDate(2025, month, day), memberType: 'Dự bị', notRated2025: 'Mới kết nạp', years: [2025] });
}
// Admitted in late 2024: not rated in 2024, rated (still probationary) in 2025.
for (const [code, month, day] of [['UBKT', 11, 6], ['TCT-ĐT', 9, 25]] as const) {
  const person = ordinary(code, 1);
  Object.assign(person, { admissionDate: civilDate(2024, month, day), memberType: 'Dự bị' });
}
// Moved away or retired during 2025: listed in 2024 only.
for (const code of ['VPTU-TH', 'BAO-KT', 'BNC', 'TCT-LL']) {
  const person = newPerson(code, 'Đảng viên', 'Chuyên viên chính', [], false);
  people.push({ ...person, birthDate: randomDate(random, 1964, 1966), years: [2024] });
}

// ------------------------------------------------------------------------------------------------
// Ratings

function membersOf(year: number): SamplePerson[] {
  return people.filter((p) => p.years.includes(year));
}

function notRatedReason(person: SamplePerson, year: number): 'Miễn sinh hoạt' | 'Mới kết nạp' | undefined {
  if (year === 2025) return person.notRated2025;
  // Admitted less than 6 months before 31/12/2024 (REGULATIONS.md §1.4).
  return person.admissionDate.getTime() > Date.UTC(2024, 5, 30) ? 'Mới kết nạp' : undefined;
}

function memberCount(code: string, members: readonly SamplePerson[]): number {
  return members.filter((m) => m.organizationCode === code || organizationByCode.get(m.organizationCode)?.parentCode === code).length;
}

function buildYear(year: number): { organizationRows: Row[]; memberRows: Row[] } {
  const members = membersOf(year);
  const planMembers: PlanMember[] = members.map((m) => ({
    organizationCode: m.organizationCode,
    rated: notRatedReason(m, year) === undefined,
    disciplined: year === 2025 && m.disciplined2025 === true,
    heads: m.heads,
  }));
  const preferred: Record<string, LevelIndex> = year === 2025 ? { 'VPĐU': good, BNC: complete } : { BCS: complete };
  const planOrganizations = organizations.map((o) => (preferred[o.code] === undefined ? o : { ...o, preferred: preferred[o.code] }));
  const plan = planRatings(random, planOrganizations, planMembers);
  const scored = year >= 2025;
  const secretaries = new Map<string, string>();
  for (const m of members) for (const code of m.heads) secretaries.set(code, m.name);

  const organizationRows = organizations.map((o): Row => {
    const level = plan.organizations.get(o.code);
    return {
      year,
      code: o.code,
      name: o.name,
      type: o.type,
      parentCode: o.parentCode,
      secretary: secretaries.get(o.code),
      memberCount: memberCount(o.code, members),
      score: scored && level !== undefined ? scoreFor(random, level.final) : undefined,
      selfRating: level === undefined ? undefined : levelText(level.proposed),
      proposedRating: level === undefined ? undefined : levelText(level.proposed),
      finalRating: level === undefined ? undefined : levelText(level.final),
    };
  });

  const memberRows = members.map((m, index): Row => {
    const level = plan.members[index];
    const reason = notRatedReason(m, year);
    const probationary = year === 2024 ? m.admissionDate.getTime() > Date.UTC(2023, 11, 31) : m.memberType === 'Dự bị';
    return {
      year,
      order: index + 1,
      name: m.name,
      birthDate: m.birthDate,
      gender: m.gender,
      cardNumber: m.cardNumber,
      organizationCode: m.organizationCode,
      partyPosition: m.partyPosition,
      governmentPosition: m.governmentPosition,
      head: m.head ? 'x' : undefined,
      memberType: probationary ? 'Dự bị' : 'Chính thức',
      admissionDate: m.admissionDate,
      notRatedReason: reason,
      discipline: year === 2025 && m.disciplined2025 ? 'Khiển trách' : undefined,
      score: scored && level !== undefined ? scoreFor(random, level.final) : undefined,
      selfRating: level === undefined ? undefined : levelText(level.proposed),
      proposedRating: level === undefined ? undefined : levelText(level.proposed),
      finalRating: level === undefined ? undefined : levelText(level.final),
      note: year === 2025 ? m.note2025 : undefined,
    };
  });
  return { organizationRows, memberRows };
}

// ------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'templates/so-theo-doi-mau.xlsx';
  const workbook = createContractWorkbook();
  workbook.created = new Date(Date.UTC(2025, 11, 15));
  workbook.modified = workbook.created;
  setUnitValues(sheetOf(workbook, unitSheet.name), {
    superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HÒA',
    issuingBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
    committeeName: 'Đảng bộ Các cơ quan Đảng tỉnh Khánh Hòa',
    bodyCode: 'ĐU',
    placeName: 'Khánh Hòa',
    term: '2025 - 2030',
    termNumber: 'I',
    executiveCommitteeSize: 34,
    standingBoardSize: 11,
    secretary,
    quorum: '2/3',
    recipients: lines(
      'Ban Thường vụ Tỉnh ủy (để báo cáo)',
      'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ',
      'Các tổ chức cơ sở đảng trực thuộc',
      'Lưu Văn phòng Đảng ủy',
    ),
    membersGoodOrAbove: '95%',
    membersExcellent: '20%',
    organizationsGoodOrAbove: '75%',
  });
  const add = (sheetName: string, spec: Parameters<typeof contractRow>[0], rows: readonly Row[]): void => {
    const sheet = sheetOf(workbook, sheetName);
    for (const row of rows) sheet.addRow(contractRow(spec, row));
  };
  add(conferencesSheet.name, conferencesSheet, conferences);
  add(agendaItemsSheet.name, agendaItemsSheet, agendaItems);
  add(conclusionsSheet.name, conclusionsSheet, conclusions);
  const y2024 = buildYear(2024);
  const y2025 = buildYear(2025);
  add(organizationsSheet.name, organizationsSheet, [...y2025.organizationRows, ...y2024.organizationRows]);
  add(membersSheet.name, membersSheet, [...y2025.memberRows, ...y2024.memberRows]);
  writeFileSync(out, await writeWorkbookToBuffer(workbook));
  console.log(`${out}: ${conferences.length} conferences, ${organizations.length} organizations, ${y2025.memberRows.length} members (2025), ${y2024.memberRows.length} (2024)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
