/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import type { OutputFile } from '../../../worker/protocol';
import { renderInPane } from '../test-render';
import { ExportView, type ExportState, type ExportViewProps } from './export-view';

const organizations = [
  { code: 'CB01', name: 'Chi bộ Văn phòng' },
  { code: 'CB02', name: 'Chi bộ Ban Tổ chức' },
  { code: 'CB03', name: 'Chi bộ Ban Tuyên giáo' },
];
const zip: OutputFile = {
  fileName: 'Kết quả xếp loại 2025.zip',
  mimeType: 'application/zip',
  bytes: new Uint8Array(1_200_000),
};

function view(state: ExportState, extra: Partial<ExportViewProps> = {}) {
  const props: ExportViewProps = {
    state,
    years: [2025, 2024],
    year: 2025,
    onYear: jest.fn(),
    organizations,
    onSelected: jest.fn(),
    onExport: jest.fn(),
    onCancel: jest.fn(),
    onDownload: jest.fn(),
    canDownload: true,
    ...extra,
  };
  renderInPane(<ExportView {...props} />);
  return props;
}

describe('ExportView', () => {
  test('empty: year, every organization chosen, one primary action', () => {
    const props = view({ status: 'idle' });
    expect(screen.getByText('Tổ chức đảng (3/3)')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('CB02 — Chi bộ Ban Tổ chức'));
    expect(props.onSelected).toHaveBeenCalledWith(new Set(['CB01', 'CB03']));
    fireEvent.click(screen.getByRole('button', { name: 'Xuất tệp .zip' }));
    expect(props.onExport).toHaveBeenCalled();
  });

  test('no rating data: said, and nothing to start', () => {
    view({ status: 'idle' }, { years: [], organizations: [] });
    expect(
      screen.getByText('Sổ chưa có dữ liệu xếp loại (trang «Tổ chức đảng», «Đảng viên»).'),
    ).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Xuất tệp .zip' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test('running: a progress bar with the organization being written, and cancel', () => {
    const props = view({
      status: 'running',
      progress: { done: 40, total: 120, label: 'CB41 Chi bộ 41' },
    });
    expect(screen.getByText('Đã soạn 40/120 — CB41 Chi bộ 41')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Tiến độ xuất' });
    expect(bar.getAttribute('aria-valuenow')).toBe(String(40 / 120));
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(props.onCancel).toHaveBeenCalled();
  });

  test('blocked: why', () => {
    view({
      status: 'blocked',
      findings: [
        {
          rule: 'R1',
          severity: 'error',
          sheet: 'Đảng viên',
          cell: 'S9',
          message: 'Vượt tỷ lệ.',
          messageEn: 'Over quota.',
        },
      ],
    });
    expect(screen.getByText('Chưa xuất được')).toBeTruthy();
    expect(screen.getByText('S9')).toBeTruthy();
  });

  test('done: the zip to download', () => {
    const props = view({ status: 'done', file: zip, documents: 121 });
    expect(screen.getByText(/121 văn bản trong Kết quả xếp loại 2025.zip/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp .zip' }));
    expect(props.onDownload).toHaveBeenCalled();
  });

  test('done on Excel for Mac: the summary workbook through Excel, the web page, the command line', () => {
    const onOpenSummary = jest.fn();
    view({ status: 'done', file: zip, documents: 121 }, { canDownload: false, onOpenSummary });
    fireEvent.click(screen.getByRole('button', { name: 'Mở bảng tổng hợp trong Excel' }));
    expect(onOpenSummary).toHaveBeenCalled();
    expect(
      screen.getByText('npx vankien export-ratings so-theo-doi.xlsx --year 2025'),
    ).toBeTruthy();
  });

  test('done on Mac, opening the summary failed: said, the rest stays', () => {
    view(
      { status: 'done', file: zip, documents: 121, note: 'Excel đang bận.' },
      { canDownload: false },
    );
    expect(screen.getByText('Excel đang bận.')).toBeTruthy();
    expect(screen.getByText('Đã xuất xong')).toBeTruthy();
  });

  test('cancelled and error', () => {
    const { unmount } = renderInPane(<ExportView {...view({ status: 'cancelled' })} />);
    expect(screen.getAllByText('Đã hủy; không có tệp nào được tạo.').length).toBeGreaterThan(0);
    unmount();
    view({ status: 'error', message: 'Hết bộ nhớ.' });
    expect(screen.getByText('Hết bộ nhớ.')).toBeTruthy();
  });
});
