import type { Finding, RuleId, Severity } from '../findings';
import { aConclusion, aConference, aMember, aModel, anAgendaItem, anOrganization, aUnit } from '../rules/test-builders';
import { documentKinds, prepareDocument, type DocumentKind, type PreparedDocument } from './generate';
import type { ConclusionNoticeData, RatingReportData, ResolutionData } from './template-data';

function finding(sheet: string, cell: string, severity: Severity = 'error', rule: RuleId = 'V2'): Finding {
  return { rule, severity, sheet, cell, message: `Lỗi tại ${sheet}!${cell}`, messageEn: `Error at ${sheet}!${cell}` };
}

const unit = aUnit();
// Rows: BCH-01 on Hội nghị!2, BCH-02 on row 3; their agenda items on Nội dung!2–3 and 4; conclusions on Kết luận!2 and 3.
const model = aModel({
  unit,
  conferences: [aConference({ code: 'BCH-01', row: 2 }), aConference({ code: 'BCH-02', number: 2, row: 3 })],
  agendaItems: [
    anAgendaItem({ conferenceCode: 'BCH-01', row: 2, kind: 'vote', votesFor: 30, decision: 'Thông qua Quy chế làm việc' }),
    anAgendaItem({ conferenceCode: 'bch-01 ', order: 2, row: 3 }),
    anAgendaItem({ conferenceCode: 'BCH-02', row: 4, kind: 'vote', votesFor: 29, decision: 'Thông qua Kế hoạch Đại hội' }),
  ],
  conclusions: [aConclusion({ conferenceCode: 'BCH-01', row: 2 }), aConclusion({ conferenceCode: 'BCH-02', row: 3, content: 'Hoàn chỉnh Báo cáo chính trị' })],
  organizations: [
    anOrganization({ year: 2024, code: 'CB01', row: 2, finalRating: 'good' }),
    anOrganization({ year: 2025, code: 'CB01', row: 3, finalRating: 'excellent' }),
  ],
  members: [
    aMember({ year: 2024, row: 2, finalRating: 'good' }),
    aMember({ year: 2025, row: 3, finalRating: 'excellent' }),
    aMember({ year: 2025, row: 4, name: 'Lê Thị Hoa', finalRating: 'good' }),
  ],
});

function prepare(kind: DocumentKind, findings: readonly Finding[] = [], extra: { conference?: string; year?: number } = {}, on = model): PreparedDocument {
  return prepareDocument(on, findings, { kind, ...extra });
}

function blockers(prepared: PreparedDocument): string[] {
  return prepared.ok ? [] : prepared.findings.map((f) => `${f.sheet}!${f.cell}`);
}

describe('prepareDocument: the conference documents', () => {
  it.each(['nghi-quyet', 'thong-bao-ket-luan', 'bien-ban'] as const)('%s: builds the data of the conference asked for', (kind) => {
    const prepared = prepare(kind, [], { conference: 'bch-02' });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.name).toMatch(/ BCH-02$/u);
    expect((prepared.data as { summaryLine: string }).summaryLine).toContain('lần thứ hai');
  });

  it('takes only the agenda items and conclusions of that conference (codes matched ignoring case and spaces)', () => {
    const resolution = prepare('nghi-quyet', [], { conference: 'BCH-01' });
    expect(resolution.ok && (resolution.data as ResolutionData).decisions.map((d) => d.text)).toEqual([
      'Thông qua Quy chế làm việc (với 30/34 đồng chí tán thành, đạt 88,24%).',
    ]);
    expect(resolution.ok && (resolution.data as ResolutionData).heard.length).toBe(2);
    const notice = prepare('thong-bao-ket-luan', [], { conference: 'BCH-02' });
    expect(notice.ok && (notice.data as ConclusionNoticeData).conclusions.map((c) => c.text)).toEqual(['Hoàn chỉnh Báo cáo chính trị.']);
  });

  it('is blocked by an error on its own conference row, agenda item or conclusion', () => {
    expect(blockers(prepare('nghi-quyet', [finding('Hội nghị', 'F3')], { conference: 'BCH-02' }))).toEqual(['Hội nghị!F3']);
    expect(blockers(prepare('nghi-quyet', [finding('Nội dung', 'G4')], { conference: 'BCH-02' }))).toEqual(['Nội dung!G4']);
    expect(blockers(prepare('thong-bao-ket-luan', [finding('Kết luận', 'C3')], { conference: 'BCH-02' }))).toEqual(['Kết luận!C3']);
    expect(blockers(prepare('bien-ban', [finding('Kết luận', 'C3')], { conference: 'BCH-02' }))).toEqual(['Kết luận!C3']);
  });

  it('is not blocked by errors of another conference', () => {
    const others = [finding('Hội nghị', 'F2'), finding('Nội dung', 'G2'), finding('Nội dung', 'A3'), finding('Kết luận', 'C2')];
    for (const kind of ['nghi-quyet', 'thong-bao-ket-luan', 'bien-ban'] as const) {
      const prepared = prepare(kind, others, { conference: 'BCH-02' });
      expect([kind, prepared.ok]).toEqual([kind, true]);
    }
  });

  it('is not blocked by errors on the rating sheets, nor a resolution by errors on Kết luận', () => {
    const elsewhere = [finding('Đảng viên', 'M3'), finding('Tổ chức đảng', 'H3'), finding('Kết luận', 'C3')];
    expect(prepare('nghi-quyet', elsewhere, { conference: 'BCH-02' }).ok).toBe(true);
  });

  it('is blocked by an error on Đơn vị, by a file-level error and by a missing sheet it needs', () => {
    expect(blockers(prepare('nghi-quyet', [finding('Đơn vị', 'B5', 'error', 'V1')], { conference: 'BCH-02' }))).toEqual(['Đơn vị!B5']);
    expect(blockers(prepare('bien-ban', [finding('', '', 'error', 'S4')], { conference: 'BCH-02' }))).toEqual(['!']);
    expect(blockers(prepare('nghi-quyet', [finding('Nội dung', '', 'error', 'S1')], { conference: 'BCH-02' }))).toEqual(['Nội dung!']);
    expect(prepare('nghi-quyet', [finding('Kết luận', '', 'error', 'S1')], { conference: 'BCH-02' }).ok).toBe(true);
    expect(blockers(prepare('thong-bao-ket-luan', [finding('Kết luận', '', 'error', 'S1')], { conference: 'BCH-02' }))).toEqual(['Kết luận!']);
  });

  it('passes warnings and infos of its inputs on as notes, never as blockers', () => {
    const prepared = prepare('bien-ban', [finding('Hội nghị', 'K3', 'warning', 'C1'), finding('Hội nghị', 'K2', 'warning', 'C1')], { conference: 'BCH-02' });
    expect(prepared.ok && prepared.notes.map((f) => f.cell)).toEqual(['K3']);
  });

  it('needs no code when the workbook has exactly one conference', () => {
    const one = aModel({ unit, conferences: [aConference({ code: 'BTV-12', body: 'standingBoard', number: 12 })] });
    const prepared = prepare('nghi-quyet', [], {}, one);
    expect(prepared.ok && prepared.name).toBe('Nghị quyết BTV-12');
  });

  it('explains an unknown code, a missing code among several conferences, and a workbook without any', () => {
    const unknown = prepare('nghi-quyet', [], { conference: 'BCH-09' });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.problem?.vi).toBe('Không có hội nghị mã «BCH-09» trên trang «Hội nghị». Các mã có: BCH-01, BCH-02.');
    expect(!unknown.ok && unknown.problem?.en).toContain('BCH-09');
    const ambiguous = prepare('bien-ban');
    expect(!ambiguous.ok && ambiguous.problem?.vi).toBe('Sổ có 2 hội nghị; hãy chọn một: BCH-01, BCH-02.');
    const none = prepare('thong-bao-ket-luan', [], {}, aModel({ unit }));
    expect(!none.ok && none.problem?.vi).toMatch(/chưa có hội nghị nào/u);
  });

  it('explains a missing Đơn vị sheet rather than writing a document without a header', () => {
    const prepared = prepare('nghi-quyet', [], { conference: 'BCH-01' }, { ...model, unit: undefined });
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.problem?.vi).toMatch(/Thiếu trang «Đơn vị»/u);
  });
});

describe('prepareDocument: the rating report', () => {
  it('reports the latest year by default, compared with the year before', () => {
    const prepared = prepare('bao-cao-xep-loai');
    expect(prepared.ok && prepared.name).toBe('Báo cáo xếp loại 2025');
    const data = prepared.ok ? (prepared.data as RatingReportData) : undefined;
    expect(data?.year).toBe('2025');
    expect(data?.membersIntro).toMatch(/^Tổng số đảng viên: 2 \(năm 2024: 1\);/u);
    expect(data?.memberLevels[0]).toEqual({ level: 'Hoàn thành xuất sắc nhiệm vụ', count: '1', percent: '50%', comparison: 'tăng 1 so với năm 2024' });
  });

  it('reports the year asked for, dated as asked', () => {
    const prepared = prepareDocument(model, [], { kind: 'bao-cao-xep-loai', year: 2024, date: { year: 2025, month: 1, day: 5 } });
    expect(prepared.ok && prepared.name).toBe('Báo cáo xếp loại 2024');
    expect(prepared.ok && (prepared.data as RatingReportData).header.dateLine).toBe('Khánh Hòa, ngày 05 tháng 01 năm 2025');
  });

  it("is blocked by an error on its year's rows, not by one on another year's rows", () => {
    expect(blockers(prepare('bao-cao-xep-loai', [finding('Đảng viên', 'P4', 'error', 'R1')], { year: 2025 }))).toEqual(['Đảng viên!P4']);
    expect(blockers(prepare('bao-cao-xep-loai', [finding('Tổ chức đảng', 'H3', 'error', 'R2')], { year: 2025 }))).toEqual(['Tổ chức đảng!H3']);
    expect(prepare('bao-cao-xep-loai', [finding('Đảng viên', 'P2', 'error', 'R1'), finding('Tổ chức đảng', 'H2', 'error', 'R2')], { year: 2025 }).ok).toBe(true);
    expect(blockers(prepare('bao-cao-xep-loai', [finding('Đảng viên', 'P2', 'error', 'R1')], { year: 2024 }))).toEqual(['Đảng viên!P2']);
  });

  it('is not blocked by errors on the conference sheets', () => {
    expect(prepare('bao-cao-xep-loai', [finding('Hội nghị', 'F2'), finding('Nội dung', 'G2'), finding('Kết luận', 'C2')]).ok).toBe(true);
  });

  it('explains a workbook without rating data, and a year that is not in it', () => {
    const empty = prepare('bao-cao-xep-loai', [], {}, aModel({ unit }));
    expect(!empty.ok && empty.problem?.vi).toBe('Sổ theo dõi chưa có dữ liệu xếp loại (trang «Tổ chức đảng», «Đảng viên»).');
    const missing = prepare('bao-cao-xep-loai', [], { year: 2023 });
    expect(!missing.ok && missing.problem?.vi).toBe('Không có dữ liệu xếp loại năm 2023. Các năm có: 2025, 2024.');
  });
});

describe('documentKinds', () => {
  it('lists the four built-in documents', () => {
    expect(documentKinds).toEqual(['nghi-quyet', 'thong-bao-ket-luan', 'bien-ban', 'bao-cao-xep-loai']);
  });
});
