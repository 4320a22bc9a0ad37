/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { Finding } from '../../../core/findings';
import type { ConferenceChoice, OutputFile } from '../../../worker/protocol';
import { renderInPane } from '../test-render';
import { DocumentsView, type DocumentsState, type DocumentsViewProps } from './documents-view';

const conferences: ConferenceChoice[] = [
  { code: 'BCH-01', label: 'BCH-01 — BCH lần 1 — 03/07/2025', sheet: 'Hội nghị', row: 2 },
  { code: 'BCH-02', label: 'BCH-02 — BCH lần 2 — 15/10/2025', sheet: 'Hội nghị', row: 3 },
];
const file: OutputFile = {
  fileName: 'Nghị quyết BCH-02.docx',
  mimeType: 'application/zip',
  bytes: new Uint8Array(35_000),
};

function view(state: DocumentsState, extra: Partial<DocumentsViewProps> = {}) {
  const props: DocumentsViewProps = {
    state,
    kind: 'nghi-quyet',
    onKind: jest.fn(),
    conferences,
    conference: 'BCH-02',
    onConference: jest.fn(),
    years: [2025, 2024],
    onYear: jest.fn(),
    onGenerate: jest.fn(),
    onDownload: jest.fn(),
    canDownload: true,
    ...extra,
  };
  renderInPane(<DocumentsView {...props} />);
  return props;
}

describe('DocumentsView', () => {
  test('empty: the kinds, the conference chosen (the one under the active cell), one primary action', () => {
    const props = view({ status: 'idle' });
    expect((screen.getByRole('radio', { name: 'Nghị quyết' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('combobox', { name: /Hội nghị/ }) as HTMLSelectElement).value).toBe(
      'BCH-02',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Biên bản' }));
    expect(props.onKind).toHaveBeenCalledWith('bien-ban');
    fireEvent.click(screen.getByRole('button', { name: 'Soạn Nghị quyết' }));
    expect(props.onGenerate).toHaveBeenCalled();
  });

  test('the rating report asks for a year, not a conference', () => {
    view({ status: 'idle' }, { kind: 'bao-cao-xep-loai', year: 2024 });
    expect(screen.queryByRole('combobox', { name: /Hội nghị/ })).toBeNull();
    expect(
      (screen.getByRole('combobox', { name: /Năm xếp loại/ }) as HTMLSelectElement).value,
    ).toBe('2024');
  });

  test('no conference in the workbook: said plainly', () => {
    view({ status: 'idle' }, { conferences: [] });
    expect(screen.getByText('Sổ chưa có hội nghị nào trên trang «Hội nghị».')).toBeTruthy();
  });

  test('loading: the action waits', () => {
    view({ status: 'loading', load: { rowsRead: 10, rowsTotal: 100 } });
    expect(
      (screen.getByRole('button', { name: 'Soạn Nghị quyết' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test('blocked: the findings that block it, with their cells', () => {
    const findings: Finding[] = [
      {
        rule: 'C2',
        severity: 'error',
        sheet: 'Hội nghị',
        cell: 'K3',
        message: 'Không đủ túc số.',
        messageEn: 'No quorum.',
      },
    ];
    view({ status: 'blocked', findings });
    expect(screen.getByText('Chưa soạn được nghị quyết')).toBeTruthy();
    expect(screen.getByText('K3')).toBeTruthy();
    expect(screen.getByText('Không đủ túc số.')).toBeTruthy();
  });

  test('blocked by a template: its problems are listed', () => {
    view({
      status: 'blocked',
      findings: [],
      templateProblems: [
        {
          code: 'unknown-tag',
          message: 'Thẻ {{abc}} không có.',
          messageEn: 'Unknown tag {{abc}}.',
          template: 'mau.docx',
          part: 'word/document.xml',
          paragraphText: '',
        },
      ],
    });
    expect(screen.getByText('Thẻ {{abc}} không có.')).toBeTruthy();
  });

  test('done: a preview of the key fields, then the download', () => {
    const props = view({
      status: 'done',
      file,
      preview: [
        { label: { vi: 'Số, ký hiệu', en: 'Number' }, value: 'Số 12-NQ/ĐU' },
        {
          label: { vi: 'Người ký', en: 'Signed by' },
          value: 'T/M BAN CHẤP HÀNH · BÍ THƯ · Hồ Xuân Trường',
        },
      ],
      notes: [],
    });
    expect(screen.getByText('Số 12-NQ/ĐU')).toBeTruthy();
    expect(screen.getByText('T/M BAN CHẤP HÀNH · BÍ THƯ · Hồ Xuân Trường')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Tải xuống/ }));
    expect(props.onDownload).toHaveBeenCalled();
  });

  test('done on Excel for Mac: no download button, what works instead', () => {
    view({ status: 'done', file, preview: [], notes: [] }, { canDownload: false });
    expect(screen.queryByRole('button', { name: /Tải xuống/ })).toBeNull();
    expect(screen.getByText('Excel trên máy Mac không tải tệp xuống được')).toBeTruthy();
    expect(
      screen.getByText(
        'npx vankien generate so-theo-doi.xlsx --doc nghi-quyet --conference BCH-02',
      ),
    ).toBeTruthy();
  });

  test('error: message and retry', () => {
    const props = view({ status: 'error', message: 'Trang tính đang được bảo vệ.' });
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(props.onGenerate).toHaveBeenCalled();
  });
});
