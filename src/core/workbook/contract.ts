// The workbook contract of spec/WORKBOOK.md as data: read by the reader, written by `init` and the add-in.

export const sheetKeys = ['unit', 'conferences', 'agendaItems', 'conclusions', 'organizations', 'members'] as const;
export type SheetKey = (typeof sheetKeys)[number];

export type ColumnType =
  | 'text'
  | 'multiline'
  | 'integer'
  | 'number'
  | 'date'
  | 'time'
  | 'boolean'
  | 'rating'
  | 'enum';

export interface ColumnSpec {
  /** Model field (GLOSSARY.md identifier). */
  readonly field: string;
  /** Header written by `init`. */
  readonly header: string;
  /** Other headers accepted when reading. */
  readonly synonyms?: readonly string[];
  readonly type: ColumnType;
  /** Required on every data row (conditional requirements are checked by the reader or rules). */
  readonly required?: boolean;
  /** Dropdown values for `enum` columns, as written by `init`. */
  readonly options?: readonly string[];
  /** Column width in characters for `init`. */
  readonly width: number;
}

export interface TableSheetSpec {
  readonly key: Exclude<SheetKey, 'unit'>;
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
}

export interface UnitKeySpec {
  readonly field: string;
  readonly label: string;
  readonly synonyms?: readonly string[];
  readonly type: 'text' | 'multiline' | 'integer' | 'term' | 'roman' | 'fraction';
  readonly required?: boolean;
  readonly example: string;
}

export const ratingOptions = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
] as const;

export const bodyOptions = ['Ban Chấp hành', 'Ban Thường vụ'] as const;
export const agendaKindOptions = ['Báo cáo', 'Thảo luận', 'Biểu quyết', 'Bầu cử'] as const;
export const organizationTypeOptions = ['Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc'] as const;
export const notRatedOptions = ['Miễn sinh hoạt', 'Đình chỉ sinh hoạt', 'Mới kết nạp'] as const;
export const disciplineOptions = ['Khiển trách', 'Cảnh cáo', 'Cách chức', 'Khai trừ'] as const;
export const memberTypeOptions = ['Chính thức', 'Dự bị'] as const;
export const genderOptions = ['Nam', 'Nữ'] as const;
export const booleanOptions = ['x'] as const;

export const unitSheet = {
  key: 'unit',
  name: 'Đơn vị',
  keys: [
    { field: 'superiorBody', label: 'Cấp trên trực tiếp', type: 'text', example: 'ĐẢNG BỘ TỈNH KHÁNH HÒA' },
    { field: 'issuingBody', label: 'Cơ quan ban hành', type: 'text', required: true, example: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH' },
    { field: 'committeeName', label: 'Tên đảng bộ', type: 'text', required: true, example: 'Đảng bộ Các cơ quan Đảng tỉnh' },
    { field: 'bodyCode', label: 'Ký hiệu cơ quan', type: 'text', required: true, example: 'ĐU' },
    { field: 'placeName', label: 'Địa danh', type: 'text', required: true, example: 'Khánh Hòa' },
    { field: 'term', label: 'Nhiệm kỳ', type: 'term', required: true, example: '2025 - 2030' },
    { field: 'termNumber', label: 'Khóa', type: 'roman', example: 'I' },
    { field: 'executiveCommitteeSize', label: 'Số ủy viên Ban Chấp hành', type: 'integer', required: true, example: '34' },
    { field: 'standingBoardSize', label: 'Số ủy viên Ban Thường vụ', type: 'integer', example: '11' },
    { field: 'secretary', label: 'Bí thư', type: 'text', example: 'Nguyễn Văn A' },
    { field: 'quorum', label: 'Tỷ lệ có mặt tối thiểu', type: 'fraction', example: '2/3' },
    { field: 'recipients', label: 'Nơi nhận', type: 'multiline', example: 'Ban Thường vụ Tỉnh ủy (để báo cáo)' },
    { field: 'membersGoodOrAbove', label: 'Chỉ tiêu đảng viên HTTNV trở lên', type: 'fraction', example: '95%' },
    { field: 'membersExcellent', label: 'Chỉ tiêu đảng viên HTXSNV', type: 'fraction', example: '20%' },
    { field: 'organizationsGoodOrAbove', label: 'Chỉ tiêu tổ chức đảng HTTNV trở lên', type: 'fraction', example: '75%' },
  ] satisfies readonly UnitKeySpec[],
} as const;

export const conferencesSheet: TableSheetSpec = {
  key: 'conferences',
  name: 'Hội nghị',
  columns: [
    { field: 'code', header: 'Mã hội nghị', synonyms: ['Mã HN'], type: 'text', required: true, width: 12 },
    { field: 'body', header: 'Cơ quan họp', type: 'enum', required: true, options: bodyOptions, width: 16 },
    { field: 'number', header: 'Lần thứ', type: 'integer', required: true, width: 8 },
    { field: 'date', header: 'Ngày họp', type: 'date', required: true, width: 12 },
    { field: 'startTime', header: 'Giờ bắt đầu', type: 'time', width: 10 },
    { field: 'endTime', header: 'Giờ kết thúc', type: 'time', width: 10 },
    { field: 'venue', header: 'Địa điểm', type: 'text', required: true, width: 30 },
    { field: 'chairs', header: 'Chủ trì', type: 'multiline', required: true, width: 36 },
    { field: 'minuteTaker', header: 'Thư ký', synonyms: ['Người ghi biên bản'], type: 'text', width: 30 },
    { field: 'totalMembers', header: 'Tổng số ủy viên', type: 'integer', width: 10 },
    { field: 'present', header: 'Có mặt', type: 'integer', required: true, width: 8 },
    { field: 'absentees', header: 'Vắng mặt', type: 'multiline', width: 36 },
    { field: 'guests', header: 'Đại biểu mời', type: 'multiline', width: 36 },
    { field: 'summary', header: 'Nội dung chính', type: 'text', width: 40 },
    { field: 'resolutionNumber', header: 'Số nghị quyết', type: 'integer', width: 10 },
    { field: 'resolutionDate', header: 'Ngày nghị quyết', type: 'date', width: 12 },
    { field: 'noticeNumber', header: 'Số thông báo', type: 'integer', width: 10 },
    { field: 'noticeDate', header: 'Ngày thông báo', type: 'date', width: 12 },
    { field: 'minutesNumber', header: 'Số biên bản', type: 'integer', width: 10 },
    { field: 'concluder', header: 'Người kết luận', type: 'text', width: 30 },
    { field: 'note', header: 'Ghi chú', type: 'text', width: 24 },
  ],
};

export const agendaItemsSheet: TableSheetSpec = {
  key: 'agendaItems',
  name: 'Nội dung',
  columns: [
    { field: 'conferenceCode', header: 'Mã hội nghị', synonyms: ['Mã HN'], type: 'text', required: true, width: 12 },
    { field: 'order', header: 'STT', type: 'integer', width: 6 },
    { field: 'content', header: 'Nội dung', type: 'text', required: true, width: 50 },
    { field: 'kind', header: 'Hình thức', type: 'enum', options: agendaKindOptions, width: 12 },
    { field: 'presenter', header: 'Người trình bày', type: 'text', width: 28 },
    { field: 'votesFor', header: 'Tán thành', type: 'integer', width: 10 },
    { field: 'votesAgainst', header: 'Không tán thành', type: 'integer', width: 10 },
    { field: 'abstentions', header: 'Không biểu quyết', type: 'integer', width: 10 },
    { field: 'decision', header: 'Quyết nghị', type: 'text', width: 50 },
  ],
};

export const conclusionsSheet: TableSheetSpec = {
  key: 'conclusions',
  name: 'Kết luận',
  columns: [
    { field: 'conferenceCode', header: 'Mã hội nghị', synonyms: ['Mã HN'], type: 'text', required: true, width: 12 },
    { field: 'order', header: 'STT', type: 'integer', width: 6 },
    { field: 'content', header: 'Nội dung kết luận', type: 'text', required: true, width: 60 },
    { field: 'owner', header: 'Đơn vị thực hiện', type: 'text', width: 30 },
    { field: 'deadline', header: 'Thời hạn', type: 'date', width: 12 },
  ],
};

export const organizationsSheet: TableSheetSpec = {
  key: 'organizations',
  name: 'Tổ chức đảng',
  columns: [
    { field: 'year', header: 'Năm', type: 'integer', required: true, width: 7 },
    { field: 'code', header: 'Mã tổ chức', type: 'text', required: true, width: 12 },
    { field: 'name', header: 'Tên tổ chức đảng', synonyms: ['Tên tổ chức', 'Tổ chức đảng'], type: 'text', required: true, width: 36 },
    { field: 'type', header: 'Loại', type: 'enum', required: true, options: organizationTypeOptions, width: 18 },
    { field: 'parentCode', header: 'Trực thuộc', type: 'text', width: 12 },
    { field: 'group', header: 'Nhóm', type: 'text', width: 18 },
    { field: 'secretary', header: 'Bí thư', type: 'text', width: 24 },
    { field: 'memberCount', header: 'Tổng số đảng viên', type: 'integer', width: 10 },
    { field: 'score', header: 'Điểm', type: 'number', width: 8 },
    { field: 'selfRating', header: 'Tự xếp loại', type: 'rating', options: ratingOptions, width: 26 },
    { field: 'proposedRating', header: 'Đề xuất xếp loại', type: 'rating', options: ratingOptions, width: 26 },
    { field: 'finalRating', header: 'Xếp loại', type: 'rating', options: ratingOptions, width: 26 },
    { field: 'disciplined', header: 'Có kỷ luật', type: 'boolean', options: booleanOptions, width: 9 },
    { field: 'selfRemedied', header: 'Tự phát hiện, khắc phục', type: 'boolean', options: booleanOptions, width: 11 },
    { field: 'note', header: 'Ghi chú', type: 'text', width: 24 },
  ],
};

export const membersSheet: TableSheetSpec = {
  key: 'members',
  name: 'Đảng viên',
  columns: [
    { field: 'year', header: 'Năm', type: 'integer', required: true, width: 7 },
    { field: 'order', header: 'STT', type: 'integer', width: 6 },
    { field: 'name', header: 'Họ và tên', synonyms: ['Họ tên', 'Họ và tên đảng viên'], type: 'text', required: true, width: 26 },
    { field: 'birthDate', header: 'Ngày sinh', synonyms: ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh'], type: 'date', width: 12 },
    { field: 'gender', header: 'Giới tính', type: 'enum', options: genderOptions, width: 8 },
    { field: 'cardNumber', header: 'Số thẻ đảng viên', type: 'text', width: 14 },
    { field: 'organizationCode', header: 'Mã tổ chức', type: 'text', required: true, width: 12 },
    { field: 'partyPosition', header: 'Chức vụ đảng', type: 'text', width: 16 },
    { field: 'governmentPosition', header: 'Chức vụ chính quyền', type: 'text', width: 24 },
    { field: 'head', header: 'Người đứng đầu', type: 'boolean', options: booleanOptions, width: 9 },
    { field: 'memberType', header: 'Loại đảng viên', type: 'enum', options: memberTypeOptions, width: 12 },
    { field: 'admissionDate', header: 'Ngày vào Đảng', type: 'date', width: 12 },
    { field: 'notRatedReason', header: 'Không xếp loại', type: 'enum', options: notRatedOptions, width: 18 },
    { field: 'discipline', header: 'Kỷ luật trong năm', type: 'enum', options: disciplineOptions, width: 14 },
    { field: 'selfRemedied', header: 'Tự phát hiện, khắc phục', type: 'boolean', options: booleanOptions, width: 11 },
    { field: 'score', header: 'Điểm', type: 'number', width: 8 },
    { field: 'selfRating', header: 'Tự xếp loại', type: 'rating', options: ratingOptions, width: 26 },
    { field: 'proposedRating', header: 'Chi bộ đề xuất', synonyms: ['Đề xuất xếp loại'], type: 'rating', options: ratingOptions, width: 26 },
    { field: 'finalRating', header: 'Xếp loại', synonyms: ['Kết quả xếp loại', 'Xếp loại chính thức'], type: 'rating', options: ratingOptions, width: 26 },
    { field: 'note', header: 'Ghi chú', type: 'text', width: 24 },
  ],
};

export const tableSheets: readonly TableSheetSpec[] = [
  conferencesSheet,
  agendaItemsSheet,
  conclusionsSheet,
  organizationsSheet,
  membersSheet,
];

/** Which sheets each action needs (S1 fires only for these). */
export const sheetsNeeded = {
  validate: [] as readonly SheetKey[],
  conferenceDocuments: ['unit', 'conferences', 'agendaItems'] as readonly SheetKey[],
  conclusionNotice: ['unit', 'conferences', 'conclusions'] as readonly SheetKey[],
  ratings: ['unit', 'organizations', 'members'] as readonly SheetKey[],
} as const;

export const dateFormat = 'dd/mm/yyyy';
export const timeFormat = 'hh:mm';
export const textFormat = '@';

/** Number format of a column's data cells, for every host that writes sheets; text where leading zeros matter. */
export function columnFormat(column: ColumnSpec): string | undefined {
  switch (column.type) {
    case 'date':
      return dateFormat;
    case 'time':
      return timeFormat;
    case 'text':
      return column.field === 'cardNumber' || /code$/i.test(column.field) ? textFormat : undefined;
    default:
      return undefined;
  }
}
