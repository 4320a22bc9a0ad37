import fc from 'fast-check';
import type { Finding, RuleId } from '../findings';
import { stripXmlInvalid } from '../text/normalize';
import { membersSheet, organizationsSheet, sheetsNeeded, unitSheet } from './contract';
import { readWorkbook } from './read-workbook';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './snapshot';

type Row = ReadonlyArray<CellValue | undefined>;

function sheet(name: string, rows: readonly Row[], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name, rows, firstRow: 1, firstColumn: 1, ...extra };
}

function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** A table sheet from headers and rows of values keyed by header. */
function table(name: string, headers: readonly string[], records: ReadonlyArray<Readonly<Record<string, CellValue>>>): Row[] {
  void name;
  return [headers, ...records.map((record) => headers.map((header) => record[header] ?? null))];
}

const memberHeaders = membersSheet.columns.map((column) => column.header);
const organizationHeaders = organizationsSheet.columns.map((column) => column.header);

const goodMember = {
  Năm: 2025,
  STT: 1,
  'Họ và tên': 'Nguyễn Văn An',
  'Ngày sinh': new Date(Date.UTC(1980, 4, 12)),
  'Giới tính': 'Nam',
  'Số thẻ đảng viên': '01.002345',
  'Mã tổ chức': 'CB01',
  'Chức vụ đảng': 'Bí thư',
  'Loại đảng viên': 'Chính thức',
  'Ngày vào Đảng': '03/02/2005',
  Điểm: 92,
  'Tự xếp loại': 'HTXSNV',
  'Chi bộ đề xuất': 'Hoàn thành xuất sắc nhiệm vụ',
  'Xếp loại': 'Hoàn thành xuất sắc nhiệm vụ',
} as const;

function rulesOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

function only(findings: readonly Finding[], rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

describe('finding sheets', () => {
  it.each(['Đảng viên', 'DANG_VIEN', 'dang vien', 'ĐẢNG VIÊN', 'Dang-Vien', 'Đảng viên'.normalize('NFD')])('finds the members sheet named %s', (name) => {
    const { model, findings } = readWorkbook(workbook(sheet(name, table(name, memberHeaders, [goodMember]))));
    expect(findings).toEqual([]);
    expect(model.members).toHaveLength(1);
    expect(model.members[0]?.source.sheet).toBe(name);
  });

  it('finds a sheet by the name of its Excel table and ignores extra sheets', () => {
    const { model, findings } = readWorkbook(
      workbook(
        sheet('Hướng dẫn', [['Điền các trang theo mẫu']]),
        sheet('Sheet3', table('', memberHeaders, [goodMember]), { tables: ['DangVien'] }),
      ),
    );
    expect(findings).toEqual([]);
    expect(model.members.map((m) => m.name)).toEqual(['Nguyễn Văn An']);
  });

  it('[S1] fires for a needed sheet that is missing, with the expected name', () => {
    const { findings } = readWorkbook(workbook(sheet('Đảng viên', table('', memberHeaders, [goodMember]))), {
      needs: sheetsNeeded.ratings,
    });
    expect(rulesOf(findings)).toEqual(['S1 Đơn vị!', 'S1 Tổ chức đảng!']);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toContain('Thiếu trang tính "Đơn vị"');
    expect(findings[0]?.messageEn).toContain('The sheet "Đơn vị" is missing');
  });

  it('[S1] is silent for sheets the action does not need, and present sheets are still read', () => {
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', table('', memberHeaders, [goodMember]))), {
      needs: sheetsNeeded.validate,
    });
    expect(findings).toEqual([]);
    expect(model.members).toHaveLength(1);
    expect(model.unit).toBeUndefined();
    expect(model.conferences).toEqual([]);
  });

  it('[S1] is silent when every needed sheet is present', () => {
    const unit = sheet('Đơn vị', unitRows());
    const organizations = sheet('Tổ chức đảng', table('', organizationHeaders, [goodOrganization]));
    const members = sheet('Đảng viên', table('', memberHeaders, [goodMember]));
    const { findings } = readWorkbook(workbook(unit, organizations, members), { needs: sheetsNeeded.ratings });
    expect(findings).toEqual([]);
  });
});

const goodOrganization = {
  Năm: 2025,
  'Mã tổ chức': 'CB01',
  'Tên tổ chức đảng': 'Chi bộ Văn phòng',
  Loại: 'Chi bộ trực thuộc',
  'Trực thuộc': 'DB01',
  'Bí thư': 'Nguyễn Văn An',
  'Tổng số đảng viên': 12,
  Điểm: '91,5',
  'Xếp loại': 'HTXSNV',
  'Có kỷ luật': null,
  'Tự phát hiện, khắc phục': null,
} as const;

function unitRows(): Row[] {
  return [
    ['Mục', 'Giá trị', 'Giải thích'],
    ['Cấp trên trực tiếp', 'ĐẢNG BỘ TỈNH KHÁNH HÒA', 'ghi chú'],
    ['Cơ quan ban hành', 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH'],
    ['Tên đảng bộ', 'Đảng bộ Các cơ quan Đảng tỉnh'],
    ['Ký hiệu cơ quan', 'ĐU'],
    ['Địa danh', 'Khánh Hòa'],
    ['Nhiệm kỳ', '2025 - 2030'],
    ['Khóa', 'XIV'],
    ['Số ủy viên Ban Chấp hành', 34],
    ['Số ủy viên Ban Thường vụ', '11'],
    ['Bí thư', 'Nguyễn Văn A'],
    ['Tỷ lệ có mặt tối thiểu', '2/3'],
    ['Nơi nhận', '- Ban Thường vụ Tỉnh ủy (để báo cáo),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng.'],
    ['Chỉ tiêu đảng viên HTTNV trở lên', '95%'],
    ['Chỉ tiêu đảng viên HTXSNV', 0.2],
    ['Chỉ tiêu tổ chức đảng HTTNV trở lên', '75%'],
  ];
}

describe('sheet Đơn vị', () => {
  it('reads every key from column A and its value from column B, ignoring the help column', () => {
    const { model, findings } = readWorkbook(workbook(sheet('Đơn vị', unitRows())));
    expect(findings).toEqual([]);
    expect(model.unit).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH KHÁNH HÒA',
      issuingBody: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH',
      committeeName: 'Đảng bộ Các cơ quan Đảng tỉnh',
      bodyCode: 'ĐU',
      placeName: 'Khánh Hòa',
      term: { startYear: 2025, endYear: 2030 },
      termNumber: 14,
      executiveCommitteeSize: 34,
      standingBoardSize: 11,
      secretary: 'Nguyễn Văn A',
      quorum: 2 / 3,
      recipients: ['Ban Thường vụ Tỉnh ủy (để báo cáo),', 'Các chi bộ trực thuộc,', 'Lưu Văn phòng.'],
      targets: { membersGoodOrAbove: 0.95, membersExcellent: 0.2, organizationsGoodOrAbove: 0.75 },
      sheet: 'Đơn vị',
      cells: {
        superiorBody: 'B2',
        issuingBody: 'B3',
        committeeName: 'B4',
        bodyCode: 'B5',
        placeName: 'B6',
        term: 'B7',
        termNumber: 'B8',
        executiveCommitteeSize: 'B9',
        standingBoardSize: 'B10',
        secretary: 'B11',
        quorum: 'B12',
        recipients: 'B13',
        membersGoodOrAbove: 'B14',
        membersExcellent: 'B15',
        organizationsGoodOrAbove: 'B16',
      },
    });
  });

  it('tolerates title rows, keys in the first non-empty column, any order, case and diacritics', () => {
    const rows: Row[] = [
      [null, 'THÔNG TIN ĐƠN VỊ', null],
      [],
      [null, 'DIA DANH:', 'Nha Trang'],
      [null, 'ký hiệu cơ quan', 'ĐUK'],
      [null, 'Co quan ban hanh', 'ĐẢNG ỦY KHỐI'],
      [null, 'Tên Đảng bộ', 'Đảng bộ Khối'],
      [null, 'NHIỆM KỲ', '2020–2025'],
      [null, 'So uy vien Ban Chap hanh', '27'],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('DON_VI', rows)));
    expect(findings).toEqual([]);
    expect(model.unit?.placeName).toBe('Nha Trang');
    expect(model.unit?.bodyCode).toBe('ĐUK');
    expect(model.unit?.term).toEqual({ startYear: 2020, endYear: 2025 });
    expect(model.unit?.executiveCommitteeSize).toBe(27);
    expect(model.unit?.cells.placeName).toBe('C3');
  });

  it('skips a numbering column before the keys and section headings', () => {
    const rows: Row[] = [
      ['STT', 'Mục', 'Giá trị'],
      ['I', 'THÔNG TIN CHUNG', null],
      [1, 'Cơ quan ban hành', 'ĐẢNG ỦY XÃ'],
      ['2.', 'Tên đảng bộ', 'Đảng bộ xã'],
      [3, 'Ký hiệu cơ quan', 'ĐU'],
      [4, 'Địa danh', 'Cam Lâm'],
      [5, 'Nhiệm kỳ', '2025 - 2030'],
      [6, 'Số ủy viên Ban Chấp hành', 15],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Đơn vị', rows)));
    expect(findings).toEqual([]);
    expect(model.unit).toMatchObject({ issuingBody: 'ĐẢNG ỦY XÃ', committeeName: 'Đảng bộ xã', executiveCommitteeSize: 15 });
    expect(model.unit?.cells.issuingBody).toBe('C3');
  });

  it('[V6] [V7] [V8] apply to Đơn vị values with their cells', () => {
    const rows = unitRows();
    rows[1] = ['Cấp trên trực tiếp', '§¶ng bé tØnh kh¸nh hßa'];
    rows[3] = ['Tên đảng bộ', 'Đảng bộ Các cơ quan Đảng tỉnh'.normalize('NFD')];
    rows[4] = ['Ký hiệu cơ quan', { error: '#NAME?' }];
    const { model, findings } = readWorkbook(workbook(sheet('Đơn vị', rows)));
    expect(rulesOf(findings)).toEqual(['V6 Đơn vị!B2', 'V7 Đơn vị!B4', 'V8 Đơn vị!B5']);
    expect(findings[0]?.fix).toBe(model.unit?.superiorBody);
    expect(model.unit?.committeeName).toBe('Đảng bộ Các cơ quan Đảng tỉnh');
  });

  it('[V1] reports a required key that is absent (no cell) and one whose value is empty (its cell)', () => {
    const rows = unitRows().filter((row) => row[0] !== 'Địa danh');
    rows[4] = ['Ký hiệu cơ quan', '  '];
    const { model, findings } = readWorkbook(workbook(sheet('Đơn vị', rows)));
    expect(rulesOf(findings)).toEqual(['V1 Đơn vị!B5', 'V1 Đơn vị!']);
    expect(findings[0]?.message).toBe(
      'Ô Đơn vị!B5 (Ký hiệu cơ quan) đang trống nhưng bắt buộc phải có. Hãy nhập giá trị vào ô này.',
    );
    expect(findings[1]?.message).toContain('chưa có "Địa danh"');
    expect(model.unit?.bodyCode).toBeUndefined();
  });

  it('[V5] rejects a reversed term, a zero committee size and a ratio above 100%', () => {
    const rows = unitRows();
    rows[6] = ['Nhiệm kỳ', '2030 - 2025'];
    rows[8] = ['Số ủy viên Ban Chấp hành', 0];
    rows[11] = ['Tỷ lệ có mặt tối thiểu', '3/2'];
    const { findings } = readWorkbook(workbook(sheet('Đơn vị', rows)));
    expect(rulesOf(findings)).toEqual(['V5 Đơn vị!B7', 'V5 Đơn vị!B9', 'V5 Đơn vị!B12']);
    expect(findings[0]?.message).toContain('Nhiệm kỳ phải có dạng');
  });

  it('[V3] reports an unreadable Khóa, committee size and ratio', () => {
    const rows = unitRows();
    rows[7] = ['Khóa', 'mười bốn'];
    rows[8] = ['Số ủy viên Ban Chấp hành', 'ba mươi tư'];
    rows[11] = ['Tỷ lệ có mặt tối thiểu', 'hai phần ba'];
    const { findings } = readWorkbook(workbook(sheet('Đơn vị', rows)));
    expect(rulesOf(findings)).toEqual(['V3 Đơn vị!B8', 'V3 Đơn vị!B9', 'V3 Đơn vị!B12']);
  });
});

describe('header row and columns', () => {
  it('finds the header below title rows and merged cells, and keeps absolute addresses', () => {
    const rows: Row[] = [
      ['DANH SÁCH ĐẢNG VIÊN XẾP LOẠI NĂM 2025', null, null, null],
      [null, null, null, null],
      ['Chi bộ Văn phòng', null, null, null],
      ...table('', memberHeaders, [goodMember]),
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', rows, { firstRow: 2, firstColumn: 2 })));
    expect(findings).toEqual([]);
    const member = model.members[0];
    expect(member?.source.row).toBe(6);
    expect(member?.source.columns.year).toBe('B');
    expect(member?.source.columns.name).toBe('D');
  });

  it('reads reordered columns, ignores extra ones, and accepts synonyms and header marks', () => {
    const rows: Row[] = [
      ['Ghi chú nội bộ', 'Xếp loại', 'Họ và tên *', 'Năm', 'Mã tổ chức', 'Ngày sinh (dd/mm/yyyy)', 'Đề xuất xếp loại', 'Điểm'],
      ['abc', 'HTTNV', 'Trần Thị Bình', 2024, 'CB02', '5/9/1990', 'Tốt', '81,5'],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', rows)));
    expect(findings).toEqual([]);
    expect(model.members[0]).toMatchObject({
      year: 2024,
      name: 'Trần Thị Bình',
      organizationCode: 'CB02',
      birthDate: { year: 1990, month: 9, day: 5 },
      proposedRating: 'good',
      finalRating: 'good',
      score: 81.5,
      head: false,
      selfRemedied: false,
    });
    expect(model.members[0]?.source.columns).toEqual({
      finalRating: 'B',
      name: 'C',
      year: 'D',
      organizationCode: 'E',
      birthDate: 'F',
      proposedRating: 'G',
      score: 'H',
    });
  });

  it('shares one columns object between the records of a sheet', () => {
    const { model } = readWorkbook(workbook(sheet('Đảng viên', table('', memberHeaders, [goodMember, { ...goodMember, STT: 2 }]))));
    expect(model.members[0]?.source.columns).toBe(model.members[1]?.source.columns);
  });

  it('skips entirely empty rows and rows with values only in columns it does not know; data continues after them', () => {
    const rows: Row[] = [
      ['Năm', 'Họ và tên', 'Mã tổ chức', 'Ký tên'],
      [2025, 'A', 'CB01', null],
      [],
      [null, '   ', null, null],
      undefined as unknown as Row,
      [null, null, null, '(đã ký)'],
      [2025, 'B', 'CB01', null],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', rows)));
    expect(findings).toEqual([]);
    expect(model.members.map((m) => `${m.name}@${m.source.row}`)).toEqual(['A@2', 'B@7']);
  });

  it('skips the row that numbers the columns under the header', () => {
    const rows: Row[] = [
      ['Năm', 'Họ và tên', 'Mã tổ chức', 'Xếp loại'],
      ['(1)', '(2)', '(3)', '(4)'],
      [2025, 'A', 'CB01', 'HTNV'],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', rows)));
    expect(findings).toEqual([]);
    expect(model.members.map((m) => m.source.row)).toEqual([3]);
    const numbered: Row[] = [rows[0] ?? [], [1, 2, 3, 4], [2025, 'A', 'CB01', 'HTNV']];
    expect(readWorkbook(workbook(sheet('Đảng viên', numbered))).model.members).toHaveLength(1);
  });

  it('[S2] fires for a missing required column, pointing at the header row', () => {
    const headers = memberHeaders.filter((h) => h !== 'Mã tổ chức');
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', table('', headers, [goodMember]))));
    expect(rulesOf(findings)).toEqual(['S2 Đảng viên!A1:S1']);
    expect(findings[0]?.message).toBe(
      'Trang tính "Đảng viên" thiếu cột bắt buộc "Mã tổ chức" (dòng tiêu đề Đảng viên!A1:S1 không có cột này). Hãy thêm cột có tiêu đề "Mã tổ chức" vào dòng tiêu đề.',
    );
    expect(model.members).toEqual([]);
  });

  it('[S2] is silent when only optional columns are missing', () => {
    const { findings } = readWorkbook(workbook(sheet('Đảng viên', [['Năm', 'Họ và tên', 'Mã tổ chức'], [2025, 'A', 'CB01']])));
    expect(findings).toEqual([]);
  });

  it('[S2] fires for every required column when no header row is recognized', () => {
    const { findings } = readWorkbook(workbook(sheet('Đảng viên', [['Danh sách'], ['Họ tên', 'Đơn vị'], ['A', 'B']])));
    expect(rulesOf(findings)).toEqual(['S2 Đảng viên!', 'S2 Đảng viên!', 'S2 Đảng viên!']);
    expect(findings[0]?.message).toContain('không tìm thấy dòng tiêu đề trong 10 dòng đầu');
  });

  it('[S2] is silent for a blank sheet the action does not need, and fires when it is needed', () => {
    const blank = workbook(sheet('Kết luận', []));
    expect(readWorkbook(blank).findings).toEqual([]);
    expect(rulesOf(readWorkbook(blank, { needs: ['conclusions'] }).findings)).toEqual(['S2 Kết luận!', 'S2 Kết luận!']);
  });

  it('[S3] fires when two columns map to the same field, and the first one is read', () => {
    const rows: Row[] = [
      ['Mã hội nghị', 'Nội dung kết luận', 'Mã HN'],
      ['BCH-01', 'Giao Văn phòng chuẩn bị', 'BCH-99'],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Kết luận', rows)));
    expect(rulesOf(findings)).toEqual(['S3 Kết luận!C1']);
    expect(findings[0]?.message).toBe(
      'Ô Kết luận!C1: cột này và cột Kết luận!A1 cùng là cột "Mã hội nghị". Hãy xóa hoặc đổi tiêu đề một trong hai cột (Văn kiện đang đọc cột A1).',
    );
    expect(model.conclusions[0]?.conferenceCode).toBe('BCH-01');
  });

  it('[S3] is silent for distinct columns', () => {
    const rows: Row[] = [['Mã hội nghị', 'Nội dung kết luận', 'Thời hạn'], ['BCH-01', 'Việc', '31/12/2025']];
    expect(readWorkbook(workbook(sheet('Kết luận', rows))).findings).toEqual([]);
  });
});

describe('values with their cells', () => {
  const members = (record: Readonly<Record<string, CellValue>>): ReturnType<typeof readWorkbook> =>
    readWorkbook(workbook(sheet('Đảng viên', table('', memberHeaders, [goodMember, { ...goodMember, ...record }]))));
  const column = (header: string): string => String.fromCharCode(65 + memberHeaders.indexOf(header));

  it('reads a good row silently', () => {
    const { model, findings } = members({});
    expect(findings).toEqual([]);
    expect(model.members[1]).toEqual({
      year: 2025,
      order: 1,
      name: 'Nguyễn Văn An',
      birthDate: { year: 1980, month: 5, day: 12 },
      gender: 'male',
      cardNumber: '01.002345',
      organizationCode: 'CB01',
      partyPosition: 'Bí thư',
      governmentPosition: undefined,
      head: false,
      memberType: 'full',
      admissionDate: { year: 2005, month: 2, day: 3 },
      notRatedReason: undefined,
      discipline: undefined,
      selfRemedied: false,
      score: 92,
      selfRating: 'excellent',
      proposedRating: 'excellent',
      finalRating: 'excellent',
      note: undefined,
      source: { sheet: 'Đảng viên', row: 3, columns: expect.any(Object) as unknown },
    });
  });

  it('[V1] an empty Năm is reported at its cell and the row is not a member', () => {
    const { model, findings } = members({ Năm: null });
    expect(rulesOf(findings)).toEqual(['V1 Đảng viên!A3']);
    expect(findings[0]?.message).toBe('Ô Đảng viên!A3 (Năm) đang trống nhưng bắt buộc phải có. Hãy nhập giá trị vào ô này.');
    expect(findings[0]?.messageEn).toBe('Cell Đảng viên!A3 (Năm) is empty but is required. Enter a value in this cell.');
    expect(model.members).toHaveLength(1);
  });

  it('[V1] a name of spaces only is empty', () => {
    expect(rulesOf(members({ 'Họ và tên': '   ' }).findings)).toEqual([`V1 Đảng viên!${column('Họ và tên')}3`]);
  });

  it('[V2] a date that does not exist, and one that cannot be read', () => {
    const { model, findings } = members({ 'Ngày sinh': '31/02/1980', 'Ngày vào Đảng': 'tháng 3' });
    expect(rulesOf(findings)).toEqual([`V2 Đảng viên!${column('Ngày sinh')}3`, `V2 Đảng viên!${column('Ngày vào Đảng')}3`]);
    expect(findings[0]?.message).toBe(
      'Ô Đảng viên!D3 (Ngày sinh): ngày "31/02/1980" không tồn tại. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025.',
    );
    expect(findings[1]?.message).toContain('không đọc được ngày "tháng 3"');
    expect(model.members[1]?.birthDate).toBeUndefined();
  });

  it('[V3] a score, an integer, a boolean and an enumeration that cannot be read', () => {
    const { findings } = members({ Điểm: 'chín mươi', STT: '1,5', 'Người đứng đầu': 'có lẽ', 'Giới tính': 'Khác' });
    expect(rulesOf(findings)).toEqual([
      `V3 Đảng viên!${column('STT')}3`,
      `V3 Đảng viên!${column('Giới tính')}3`,
      `V3 Đảng viên!${column('Người đứng đầu')}3`,
      `V3 Đảng viên!${column('Điểm')}3`,
    ]);
    expect(findings[0]?.message).toContain('không phải số nguyên');
    expect(findings[1]?.message).toBe(
      'Ô Đảng viên!E3 (Giới tính): không hiểu "Khác". Hãy chọn một trong các giá trị: "Nam", "Nữ".',
    );
    expect(findings[2]?.message).toContain('Hãy đánh "x" nếu có');
  });

  it('[V4] a rating that is not one of the four levels', () => {
    const { model, findings } = members({ 'Xếp loại': 'Khá' });
    expect(rulesOf(findings)).toEqual([`V4 Đảng viên!${column('Xếp loại')}3`]);
    expect(findings[0]?.message).toContain('Ô Đảng viên!S3 (Xếp loại): "Khá" không phải một mức xếp loại');
    expect(model.members[1]?.finalRating).toBeUndefined();
  });

  it('[V4] is silent for abbreviated, unaccented and NFD ratings', () => {
    const { model, findings } = members({
      'Tự xếp loại': 'ht xuat sac',
      'Chi bộ đề xuất': 'Tốt',
      'Xếp loại': 'Hoàn thành tốt nhiệm vụ'.normalize('NFD'),
    });
    expect(findings.filter((f) => f.rule === 'V4')).toEqual([]);
    expect(model.members[1]).toMatchObject({ selfRating: 'excellent', proposedRating: 'good', finalRating: 'good' });
  });

  it('[V5] a score above 100, a negative STT and a year out of range', () => {
    const { findings } = members({ Điểm: 120, STT: -1, Năm: 25 });
    expect(rulesOf(findings)).toEqual([`V5 Đảng viên!A3`, `V5 Đảng viên!B3`, `V5 Đảng viên!${column('Điểm')}3`]);
    expect(findings[2]?.message).toBe('Ô Đảng viên!P3 (Điểm): "120" nằm ngoài giới hạn. Điểm phải từ 0 đến 100. Hãy sửa lại giá trị trong ô.');
  });

  it('[V6] converts TCVN3 text and proposes the conversion', () => {
    const { model, findings } = members({ 'Chức vụ chính quyền': 'Uû ban nh©n d©n' });
    expect(rulesOf(findings)).toEqual([`V6 Đảng viên!${column('Chức vụ chính quyền')}3`]);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.fix).toBe('Uỷ ban nhân dân');
    expect(model.members[1]?.governmentPosition).toBe('Uỷ ban nhân dân');
  });

  it('[V6] is silent on Unicode Vietnamese', () => {
    expect(only(members({ 'Chức vụ chính quyền': 'Chủ tịch Ủy ban nhân dân phường' }).findings, 'V6')).toEqual([]);
  });

  it('[V7] normalizes decomposed text and says so (info)', () => {
    const { model, findings } = members({ 'Họ và tên': 'Nguyễn Thị Hồng'.normalize('NFD') });
    expect(rulesOf(findings)).toEqual([`V7 Đảng viên!C3`]);
    expect(findings[0]?.severity).toBe('info');
    expect(model.members[1]?.name).toBe('Nguyễn Thị Hồng');
  });

  it('[V8] an error value is reported and read as empty (no V1 besides)', () => {
    const { model, findings } = members({ Điểm: { error: '#N/A' }, 'Mã tổ chức': { error: '#REF!' } });
    expect(rulesOf(findings)).toEqual([`V8 Đảng viên!G3`, `V8 Đảng viên!P3`]);
    expect(findings[0]?.message).toBe(
      'Ô Đảng viên!G3 (Mã tổ chức): công thức trả về lỗi #REF!. Hãy sửa công thức hoặc nhập trực tiếp giá trị.',
    );
    expect(model.members).toHaveLength(1);
  });

  it('[V9] removes control characters, proposes the cleaned text and reads it', () => {
    const { model, findings } = members({ 'Họ và tên': 'Lê Văn\u0007 Cường\u0000' });
    expect(rulesOf(findings)).toEqual(['V9 Đảng viên!C3']);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.fix).toBe('Lê Văn Cường');
    expect(model.members[1]?.name).toBe('Lê Văn Cường');
  });

  it('[V6] reads a rating typed in TCVN3 and proposes its Unicode spelling', () => {
    const { model, findings } = members({ 'Xếp loại': 'Hoµn thµnh tèt nhiÖm vô' });
    expect(rulesOf(findings)).toEqual([`V6 Đảng viên!S3`]);
    expect(findings[0]?.fix).toBe('Hoàn thành tốt nhiệm vụ');
    expect(findings[0]?.message).toContain('bảng mã cũ TCVN3');
    expect(model.members[1]?.finalRating).toBe('good');
  });

  it('keeps any typed text XML-clean and NFC, and never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const { model, findings } = members({ 'Ghi chú': text, 'Chức vụ đảng': text, 'Xếp loại': text, 'Ngày sinh': text, Điểm: text });
        for (const value of [model.members[1]?.note, model.members[1]?.partyPosition]) {
          if (value === undefined) continue;
          expect(stripXmlInvalid(value)).toBe(value);
          expect(value.normalize('NFC')).toBe(value);
          expect(value.trim()).toBe(value);
        }
        for (const finding of findings) expect(finding.cell).toMatch(/^[A-Z]+3$/);
      }),
    );
  });

  it('reads x columns, Không xếp loại and Kỷ luật', () => {
    const { model, findings } = members({
      'Người đứng đầu': 'X',
      'Tự phát hiện, khắc phục': '✓',
      'Không xếp loại': 'Mới kết nạp',
      'Kỷ luật trong năm': 'Khiển trách',
      'Loại đảng viên': 'Dự bị',
    });
    expect(findings).toEqual([]);
    expect(model.members[1]).toMatchObject({
      head: true,
      selfRemedied: true,
      notRatedReason: 'newlyAdmitted',
      discipline: 'reprimand',
      memberType: 'probationary',
    });
  });

  it('reads numbers and dates typed in text columns as the user sees them', () => {
    const { model } = members({ 'Mã tổ chức': 101, 'Ghi chú': new Date(Date.UTC(2025, 0, 2)) });
    expect(model.members[1]?.organizationCode).toBe('101');
    expect(model.members[1]?.note).toBe('02/01/2025');
  });
});

describe('messages', () => {
  it('[V1]–[V9] name the sheet and cell in Vietnamese and English, and say how to fix', () => {
    const rows = table('', memberHeaders, [
      {
        ...goodMember,
        Năm: null,
        'Ngày sinh': '31/02/1980',
        STT: 'một',
        'Xếp loại': 'Khá',
        Điểm: 101,
        'Chức vụ chính quyền': 'Uû ban nh©n d©n',
        'Họ và tên': 'Nguyễn Thị Hồng\u0007'.normalize('NFD'),
        'Ngày vào Đảng': { error: '#VALUE!' },
      },
    ]);
    const { findings } = readWorkbook(workbook(sheet('Đảng viên', rows)));
    expect(findings.map((f) => f.rule).sort()).toEqual(['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8', 'V9']);
    for (const finding of findings) {
      expect(finding.message).toContain(`Ô Đảng viên!${finding.cell} (`);
      expect(finding.messageEn).toContain(`Cell Đảng viên!${finding.cell} (`);
      expect(finding.message).toMatch(/hãy|không cần làm gì/i);
      expect(finding.messageEn).toMatch(/Enter|Choose|replace|Fix|Retype|Nothing to do|Correct|Type/);
    }
  });
});

describe('organizations', () => {
  it('reads a row; the quota group defaults to the Loại label', () => {
    const { model, findings } = readWorkbook(
      workbook(sheet('Tổ chức đảng', table('', organizationHeaders, [goodOrganization, { ...goodOrganization, 'Mã tổ chức': 'CB02', Nhóm: 'Khối cơ quan' }]))),
    );
    expect(findings).toEqual([]);
    expect(model.organizations[0]).toMatchObject({
      year: 2025,
      code: 'CB01',
      type: 'subordinateCell',
      group: 'Chi bộ trực thuộc',
      parentCode: 'DB01',
      score: 91.5,
      finalRating: 'excellent',
      disciplined: false,
    });
    expect(model.organizations[1]?.group).toBe('Khối cơ quan');
  });

  it('[V3] an unknown Loại lists the accepted values', () => {
    const { findings } = readWorkbook(
      workbook(sheet('Tổ chức đảng', table('', organizationHeaders, [{ ...goodOrganization, Loại: 'Tổ đảng' }]))),
    );
    expect(rulesOf(findings)).toEqual(['V3 Tổ chức đảng!D2']);
    expect(findings[0]?.message).toContain('"Đảng bộ cơ sở", "Chi bộ cơ sở", "Đảng bộ bộ phận", "Chi bộ trực thuộc"');
  });
});

describe('conferences, agenda items and conclusions', () => {
  const conferenceHeaders = ['Mã HN', 'Cơ quan họp', 'Lần thứ', 'Ngày họp', 'Giờ bắt đầu', 'Địa điểm', 'Chủ trì', 'Người ghi biên bản', 'Có mặt', 'Vắng mặt', 'Đại biểu mời'];
  const conference = {
    'Mã HN': 'BCH-02',
    'Cơ quan họp': 'BCH',
    'Lần thứ': 2,
    'Ngày họp': 'ngày 5 tháng 10 năm 2025',
    'Giờ bắt đầu': '8 giờ 00',
    'Địa điểm': 'Hội trường Đảng ủy',
    'Chủ trì': 'Nguyễn Văn A - Bí thư\nTrần Văn B - Phó Bí thư',
    'Người ghi biên bản': 'Lê Thị C - Chánh Văn phòng',
    'Có mặt': 30,
    'Vắng mặt': 'Phạm Văn D - đi công tác; Hoàng Văn E - ốm',
    'Đại biểu mời': 'Đồng chí X\nĐồng chí Y',
  };

  it('reads a conference with its people, times and dates', () => {
    const { model, findings } = readWorkbook(workbook(sheet('Hội nghị', table('', conferenceHeaders, [conference]))));
    expect(findings).toEqual([]);
    expect(model.conferences[0]).toMatchObject({
      code: 'BCH-02',
      body: 'executiveCommittee',
      number: 2,
      date: { year: 2025, month: 10, day: 5 },
      startTime: { hour: 8, minute: 0 },
      chairs: [
        { name: 'Nguyễn Văn A', position: 'Bí thư' },
        { name: 'Trần Văn B', position: 'Phó Bí thư' },
      ],
      minuteTaker: { name: 'Lê Thị C', position: 'Chánh Văn phòng' },
      present: 30,
      absentees: [
        { name: 'Phạm Văn D', reason: 'đi công tác' },
        { name: 'Hoàng Văn E', reason: 'ốm' },
      ],
      guests: ['Đồng chí X', 'Đồng chí Y'],
    });
  });

  it('[V5] a negative Có mặt; [V2] an unreadable time', () => {
    const { findings } = readWorkbook(
      workbook(sheet('Hội nghị', table('', conferenceHeaders, [{ ...conference, 'Có mặt': -3, 'Giờ bắt đầu': '25:00' }]))),
    );
    expect(rulesOf(findings)).toEqual(['V2 Hội nghị!E2', 'V5 Hội nghị!I2']);
    expect(findings[1]?.message).toContain('không được âm');
  });

  const itemHeaders = ['Mã hội nghị', 'STT', 'Nội dung', 'Hình thức', 'Tán thành', 'Không tán thành', 'Không biểu quyết'];

  it('numbers agenda items by row order within a conference when STT is empty; Hình thức defaults to Thảo luận', () => {
    const rows = table('', itemHeaders, [
      { 'Mã hội nghị': 'BCH-02', 'Nội dung': 'Báo cáo tình hình quý III', 'Hình thức': 'Báo cáo' },
      { 'Mã hội nghị': 'BCH-03', 'Nội dung': 'Góp ý dự thảo' },
      { 'Mã hội nghị': 'BCH-02', 'Nội dung': 'Thông qua nghị quyết', 'Hình thức': 'Biểu quyết', 'Tán thành': 30, 'Không tán thành': 0, 'Không biểu quyết': 0 },
    ]);
    const { model, findings } = readWorkbook(workbook(sheet('Nội dung', rows)));
    expect(findings).toEqual([]);
    expect(model.agendaItems.map((i) => [i.conferenceCode, i.order, i.kind])).toEqual([
      ['BCH-02', 1, 'report'],
      ['BCH-03', 1, 'discussion'],
      ['BCH-02', 2, 'vote'],
    ]);
  });

  it('[V1] vote counts are required when Hình thức is Biểu quyết or Bầu cử', () => {
    const rows = table('', itemHeaders, [
      { 'Mã hội nghị': 'BCH-02', 'Nội dung': 'Bầu bổ sung', 'Hình thức': 'Bầu cử', 'Tán thành': 28 },
      { 'Mã hội nghị': 'BCH-02', 'Nội dung': 'Thảo luận', 'Hình thức': 'Thảo luận' },
    ]);
    const { findings } = readWorkbook(workbook(sheet('Nội dung', rows)));
    expect(rulesOf(findings)).toEqual(['V1 Nội dung!F2', 'V1 Nội dung!G2']);
    expect(findings[0]?.message).toBe(
      'Ô Nội dung!F2 (Không tán thành) đang trống nhưng bắt buộc phải có khi Hình thức là "Bầu cử". Hãy nhập giá trị vào ô này.',
    );
  });

  it('[S2] a vote row in a sheet without the vote columns reports each column once', () => {
    const rows: Row[] = [
      ['Mã hội nghị', 'Nội dung', 'Hình thức'],
      ['BCH-02', 'A', 'Biểu quyết'],
      ['BCH-02', 'B', 'Biểu quyết'],
    ];
    const { findings } = readWorkbook(workbook(sheet('Nội dung', rows)));
    expect(rulesOf(findings)).toEqual(['S2 Nội dung!A1:C1', 'S2 Nội dung!A1:C1', 'S2 Nội dung!A1:C1']);
    expect(findings.map((f) => f.message.match(/cột bắt buộc "([^"]+)"/)?.[1])).toEqual([
      'Tán thành',
      'Không tán thành',
      'Không biểu quyết',
    ]);
  });
});

describe('a messy clerk workbook', () => {
  it('reads title rows, reordered columns, NFD text, dates typed as text and abbreviated ratings with exactly the expected findings', () => {
    const nfd = (s: string): string => s.normalize('NFD');
    const members: Row[] = [
      ['CHI BỘ VĂN PHÒNG', null, null, null, null, null, null, null],
      ['KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2025', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['stt', 'HO VA TEN', 'ngay sinh', 'MÃ TỔ CHỨC', 'năm', 'Điểm', 'Xếp loại', 'Chữ ký'],
      [1, nfd('Nguyễn Thị Hồng'), '12/05/1980', 'CB01', 2025, '92,5', 'HTXS', null],
      [2, 'Trần Văn Bình', '1.2.1975', 'CB01', '2025', 85, 'tốt', null],
      [null, null, null, null, null, null, null, null],
      [3, 'Lê Văn Cường', '31/02/1990', 'CB01', 2025, 75, 'ht', null],
      [4, 'Phạm Thị Dung', 'ngày 3 tháng 4 năm 1985', 'CB01', 2025, '65', 'Khá', null],
      [5, 'Võ Văn Em', null, 'CB01', null, 40, nfd('Không hoàn thành'), null],
      [null, null, null, null, null, null, null, 'Người lập biểu'],
    ];
    const organizations: Row[] = [
      ['Danh sách tổ chức đảng', null, null, null, null],
      ['Loại', 'Mã tổ chức', 'Tên tổ chức đảng', 'Năm', 'Xếp loại'],
      ['chi bo truc thuoc', 'CB01', nfd('Chi bộ Văn phòng'), 2025, 'HTTNV'],
    ];
    const { model, findings } = readWorkbook(
      workbook(sheet('to chuc dang', organizations), sheet('DANG VIEN', members), sheet('Ghi chú', [['abc']])),
      { needs: sheetsNeeded.ratings },
    );
    expect(rulesOf(findings)).toEqual([
      'S1 Đơn vị!',
      'V7 to chuc dang!C3',
      'V7 DANG VIEN!B5',
      'V2 DANG VIEN!C8',
      'V4 DANG VIEN!G9',
      'V1 DANG VIEN!E10',
      'V7 DANG VIEN!G10',
    ]);
    expect(model.organizations).toEqual([
      expect.objectContaining({ code: 'CB01', name: 'Chi bộ Văn phòng', type: 'subordinateCell', group: 'Chi bộ trực thuộc', finalRating: 'good' }),
    ]);
    expect(model.members.map((m) => [m.order, m.name, m.birthDate, m.score, m.finalRating])).toEqual([
      [1, 'Nguyễn Thị Hồng', { year: 1980, month: 5, day: 12 }, 92.5, 'excellent'],
      [2, 'Trần Văn Bình', { year: 1975, month: 2, day: 1 }, 85, 'good'],
      [3, 'Lê Văn Cường', undefined, 75, 'complete'],
      [4, 'Phạm Thị Dung', { year: 1985, month: 4, day: 3 }, 65, undefined],
    ]);
    expect(model.members[0]?.source).toEqual({
      sheet: 'DANG VIEN',
      row: 5,
      columns: { order: 'A', name: 'B', birthDate: 'C', organizationCode: 'D', year: 'E', score: 'F', finalRating: 'G' },
    });
  });
});

describe('performance', () => {
  it('reads 100,000 member rows × 20 columns in well under 2 s', () => {
    const rows: Row[] = [memberHeaders];
    const ratings = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'HTNV', 'Tốt'];
    for (let i = 0; i < 100_000; i++) {
      rows.push([
        2025,
        i + 1,
        `Nguyễn Văn Thành ${i}`,
        new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28))),
        i % 2 === 0 ? 'Nam' : 'Nữ',
        `01.${i}`,
        `CB${i % 120}`,
        'Đảng viên',
        'Chuyên viên',
        i % 50 === 0 ? 'x' : null,
        'Chính thức',
        '03/02/2005',
        null,
        null,
        null,
        70 + (i % 30),
        ratings[i % 4] ?? null,
        ratings[(i + 1) % 4] ?? null,
        ratings[i % 4] ?? null,
        i % 10 === 0 ? 'Ghi chú' : null,
      ]);
    }
    const snapshot = workbook(sheet('Đảng viên', rows));
    // Speed is measured by `npm run bench`, never in a unit test (DEVELOPERS.md "Standards").
    const { model, findings } = readWorkbook(snapshot);
    expect(findings).toEqual([]);
    expect(model.members).toHaveLength(100_000);
  });
});

describe('contract coverage', () => {
  it('knows every key of Đơn vị', () => {
    const rows: Row[] = unitSheet.keys.map((key) => [key.label, key.example]);
    const { model, findings } = readWorkbook(workbook(sheet('Đơn vị', rows)));
    expect(findings).toEqual([]);
    expect(Object.keys(model.unit?.cells ?? {})).toHaveLength(unitSheet.keys.length);
  });
});

describe('regressions from real forms', () => {
  it('skips a "Tổng cộng" line typed under the data and accepts "Họ tên"', () => {
    const rows: Row[] = [
      ['Năm', 'STT', 'Họ tên', 'Mã tổ chức'],
      [2025, 1, 'Nguyễn Văn An', 'CB1'],
      [null, 'Tổng cộng:', null, null],
      ['Cộng', null, null, null],
    ];
    const { model, findings } = readWorkbook(workbook(sheet('Đảng viên', rows)));
    expect(findings).toEqual([]);
    expect(model.members.map((m) => m.name)).toEqual(['Nguyễn Văn An']);
  });
});
