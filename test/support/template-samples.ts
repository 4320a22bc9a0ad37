// Sample data for each built-in template (the shapes of src/core/documents/template-data.ts), as an office
// would produce it: for rendering tests and for looking at the result.
import type {
  ConclusionNoticeData,
  HeaderData,
  LevelCount,
  Line,
  MinutesData,
  RatingReportData,
  RatingTableData,
  ResolutionData,
  SignatureData,
} from '../../src/core/documents/template-data';

const header = (documentNumber: string): HeaderData => ({
  superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HÒA',
  issuingBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
  documentNumber,
  dateLine: 'Khánh Hòa, ngày 10 tháng 12 năm 2025',
});

const lines = (...texts: string[]): Line[] => texts.map((text) => ({ text }));

const recipients = lines(
  '- Ban Thường vụ Tỉnh ủy (để báo cáo),',
  '- Các đồng chí Ủy viên Ban Chấp hành,',
  '- Các tổ chức cơ sở đảng trực thuộc,',
  '- Lưu Văn phòng Đảng ủy.',
);

const secretary: SignatureData = {
  authority: 'T/M BAN CHẤP HÀNH',
  title: 'BÍ THƯ',
  name: 'Hồ Xuân Trường',
};
const summaryLine =
  'Hội nghị Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh lần thứ hai, nhiệm kỳ 2025 – 2030';

export const resolutionSample: ResolutionData = {
  header: header('Số 05-NQ/ĐU'),
  summaryLine,
  recipients,
  signature: secretary,
  basis: lines(
    '- Căn cứ Điều lệ Đảng;',
    '- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh, nhiệm kỳ 2025 – 2030;',
    '- Căn cứ kết quả biểu quyết của Hội nghị,',
  ),
  opening:
    'Ngày 10 tháng 12 năm 2025, tại Hội trường Đảng ủy, Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh tổ chức Hội nghị lần thứ hai. Đồng chí Hồ Xuân Trường, Bí thư Đảng ủy chủ trì Hội nghị. Có mặt 30/34 đồng chí Ủy viên Ban Chấp hành.',
  heard: lines(
    'Hội nghị đã nghe, thảo luận:',
    '- báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026;',
    '- báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành, Ban Thường vụ Đảng ủy năm 2025.',
  ),
  decisions: [
    {
      number: '1.',
      text: 'Thống nhất thông qua báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026 (với 30/34 đồng chí tán thành (đạt 88,24%)).',
    },
    {
      number: '2.',
      text: 'Thống nhất thông qua Chương trình làm việc toàn khóa của Ban Chấp hành (với 29/34 đồng chí tán thành (đạt 85,29%)).',
    },
  ],
  implementation: 'Giao Ban Thường vụ Đảng ủy chỉ đạo, tổ chức thực hiện Nghị quyết này.',
};

export const conclusionNoticeSample: ConclusionNoticeData = {
  header: header('Số 12-TB/ĐU'),
  summaryLine: 'Kết luận của Ban Thường vụ Đảng ủy tại Hội nghị lần thứ ba',
  recipients,
  signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Thị Lan' },
  intro:
    'Ngày 05 tháng 02 năm 2026, tại Phòng họp Đảng ủy, Ban Thường vụ Đảng ủy Các cơ quan Đảng tỉnh tổ chức Hội nghị lần thứ ba. Đồng chí Hồ Xuân Trường, Bí thư Đảng ủy chủ trì.',
  lead: 'Sau khi nghe Văn phòng Đảng ủy báo cáo, ý kiến thảo luận của các đại biểu, đồng chí Bí thư Đảng ủy kết luận như sau:',
  conclusions: [
    {
      number: '1.',
      text: 'Thống nhất kế hoạch kiểm tra, giám sát năm 2026.',
      assignment: 'Đơn vị thực hiện: Ủy ban Kiểm tra Đảng ủy; thời hạn: trước ngày 31/3/2026.',
    },
    {
      number: '2.',
      text: 'Các tổ chức cơ sở đảng hoàn thành việc đánh giá, xếp loại đảng viên năm 2025.',
      assignment: '',
    },
  ],
  closing: 'Ban Thường vụ Đảng ủy thông báo để các tổ chức đảng trực thuộc biết, thực hiện.',
};

export const minutesSample: MinutesData = {
  header: header('Số 03-BB/ĐU'),
  summaryLine,
  time: 'Thời gian: bắt đầu lúc 8 giờ 00, ngày 10 tháng 12 năm 2025.',
  venue: 'Địa điểm: Hội trường Đảng ủy.',
  content: 'Nội dung: tổng kết công tác năm 2025; kiểm điểm sự lãnh đạo của Ban Chấp hành.',
  chairs: 'Chủ trì: đồng chí Hồ Xuân Trường, Bí thư Đảng ủy.',
  minuteTaker: 'Thư ký hội nghị: đồng chí Lê Thị Hoa, Chánh Văn phòng Đảng ủy.',
  presentLine: 'Có mặt: 30/34 đồng chí Ủy viên Ban Chấp hành.',
  absentLine: 'Vắng mặt: 04 đồng chí:',
  absentees: lines(
    '- Đồng chí Trần Văn Bình (lý do: đi công tác);',
    '- Đồng chí Phạm Thị Cúc (lý do: ốm);',
    '- Đồng chí Võ Văn Dũng (lý do: đi học);',
    '- Đồng chí Đặng Văn Em (lý do: việc gia đình).',
  ),
  guestsLine: 'Đại biểu mời dự:',
  guests: lines('- Đại diện Ban Tổ chức Tỉnh ủy.'),
  items: [
    {
      number: '2.1.',
      content: 'Báo cáo kết quả thực hiện nhiệm vụ chính trị năm 2025.',
      presenter: 'Đồng chí Nguyễn Thị Lan trình bày.',
      vote: 'Hình thức biểu quyết: giơ tay. Kết quả: 30/30 đồng chí có mặt tán thành (đạt 88,24% tổng số ủy viên); 0 đồng chí không tán thành; 0 đồng chí không biểu quyết.',
      decision: 'Quyết nghị: Thông qua báo cáo.',
    },
    {
      number: '2.2.',
      content: 'Thảo luận phương hướng năm 2026.',
      presenter: '',
      vote: '',
      decision: '',
    },
  ],
  conclusions: lines(
    '- Hội nghị thống nhất các nội dung trình.',
    '- Giao Văn phòng hoàn thiện văn bản.',
  ),
  closingTime: 'Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.',
  minuteTakerSignature: { title: 'NGƯỜI GHI BIÊN BẢN', name: 'Lê Thị Hoa' },
  chairSignature: { title: 'CHỦ TRÌ HỘI NGHỊ', name: 'Hồ Xuân Trường' },
};

const levels = (counts: readonly [string, string, string][]): LevelCount[] =>
  (
    [
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ] as const
  ).map((level, i) => {
    const [count, percent, comparison] = counts[i] ?? ['0', '0%', ''];
    return { level, count, percent, comparison };
  });

export const ratingReportSample: RatingReportData = {
  header: header('Số 20-BC/ĐU'),
  summaryLine: 'Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025',
  recipients,
  signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Hồ Xuân Trường' },
  year: '2025',
  leadership: lines(
    'Thực hiện Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy đã ban hành kế hoạch và hướng dẫn các tổ chức đảng trực thuộc.',
  ),
  organizationsIntro: 'Tổng số tổ chức đảng được đánh giá, xếp loại: 12/12 tổ chức. Kết quả:',
  organizationLevels: levels([
    ['2', '16,67%', 'bằng năm 2024'],
    ['8', '66,67%', 'tăng 1 so với năm 2024'],
    ['2', '16,67%', 'giảm 1 so với năm 2024'],
    ['0', '0%', 'bằng năm 2024'],
  ]),
  membersIntro:
    'Tổng số đảng viên: 300; số đảng viên được đánh giá, xếp loại: 292/300 (chiếm 97,33%). Kết quả:',
  notRatedLine:
    'Không đánh giá, xếp loại: 8 đồng chí (miễn công tác và sinh hoạt đảng: 3; mới kết nạp chưa đủ 6 tháng: 5).',
  memberLevels: levels([
    ['30', '10,27%', ''],
    ['230', '78,77%', ''],
    ['30', '10,27%', ''],
    ['2', '0,68%', ''],
  ]),
  targets: lines('- Đảng viên hoàn thành tốt nhiệm vụ trở lên: 89,04% (chỉ tiêu 85%): đạt.'),
  assessment: lines(
    'Công tác kiểm điểm, đánh giá, xếp loại được thực hiện nghiêm túc, đúng quy trình.',
  ),
  proposals: lines(
    'Đề nghị Ban Tổ chức Tỉnh ủy tiếp tục hướng dẫn việc chấm điểm theo Quy định số 366-QĐ/TW.',
  ),
  organizations: [
    {
      number: '1',
      name: 'Chi bộ Văn phòng Đảng ủy',
      members: '25',
      excellent: '3',
      good: '18',
      complete: '3',
      incomplete: '0',
      notRated: '1',
      rating: 'HTTNV',
    },
    {
      number: '2',
      name: 'Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy',
      members: '40',
      excellent: '5',
      good: '31',
      complete: '3',
      incomplete: '0',
      notRated: '1',
      rating: 'HTXSNV',
    },
  ],
  totals: {
    members: '300',
    excellent: '30',
    good: '230',
    complete: '30',
    incomplete: '2',
    notRated: '8',
  },
};

export const ratingTableSample: RatingTableData = {
  header: header('Số 21-BC/ĐU'),
  year: '2025',
  title: 'BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025',
  organizationName: 'Chi bộ Văn phòng Đảng ủy',
  hasScores: true,
  rows: [
    {
      number: '1',
      name: 'Nguyễn Văn An',
      birthDate: '12/03/1980',
      position: 'Bí thư Chi bộ',
      score: '92,5',
      selfRating: 'HTXSNV',
      proposedRating: 'HTXSNV',
      finalRating: 'HTXSNV',
      note: '',
    },
    {
      number: '2',
      name: 'Lê Thị Bích',
      birthDate: '05/11/1990',
      position: 'Đảng viên',
      score: '81',
      selfRating: 'HTTNV',
      proposedRating: 'HTTNV',
      finalRating: 'HTTNV',
      note: '',
    },
    {
      number: '3',
      name: 'Trần Quốc Cường',
      birthDate: '20/07/2001',
      position: 'Đảng viên dự bị',
      score: '',
      selfRating: '',
      proposedRating: '',
      finalRating: '',
      note: 'Mới kết nạp',
    },
  ],
  levels: levels([
    ['1', '50%', ''],
    ['1', '50%', ''],
    ['0', '0%', ''],
    ['0', '0%', ''],
  ]),
  notRatedLine: 'Không đánh giá, xếp loại: 1 đồng chí (mới kết nạp chưa đủ 6 tháng: 1).',
  signature: { authority: 'T/M CHI ỦY', title: 'BÍ THƯ', name: 'Nguyễn Văn An' },
};
