/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import type { Finding } from '../../../core/findings';
import { renderInPane } from '../test-render';
import { CheckView } from './check-view';

const findings: Finding[] = [
  {
    rule: 'S4',
    severity: 'error',
    sheet: '',
    cell: '',
    message: 'Tệp có vấn đề.',
    messageEn: 'File problem.',
  },
  {
    rule: 'V1',
    severity: 'error',
    sheet: 'Hội nghị',
    cell: 'G3',
    message: 'Thiếu Địa điểm ở ô G3.',
    messageEn: 'Venue missing in G3.',
  },
  {
    rule: 'C2',
    severity: 'warning',
    sheet: 'Hội nghị',
    cell: 'K4',
    message: 'Không đủ số ủy viên có mặt.',
    messageEn: 'No quorum.',
  },
  {
    rule: 'R1',
    severity: 'error',
    sheet: 'Đảng viên',
    cell: 'S12',
    message: 'Vượt tỷ lệ HTXSNV.',
    messageEn: 'Excellent quota exceeded.',
  },
];

describe('CheckView', () => {
  test('empty: one primary action, nothing listed', () => {
    const onCheck = jest.fn();
    renderInPane(<CheckView state={{ status: 'idle' }} onCheck={onCheck} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra sổ' }));
    expect(onCheck).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('loading: progress of the rows read and the cell-edit message; the action waits', () => {
    renderInPane(
      <CheckView
        state={{
          status: 'loading',
          load: { rowsRead: 4000, rowsTotal: 10000, waitingForEdit: true },
        }}
        onCheck={jest.fn()}
      />,
    );
    expect(screen.getByText('Excel đang ở chế độ sửa ô')).toBeTruthy();
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
    expect(
      (screen.getByRole('button', { name: 'Kiểm tra lại' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  test('findings: grouped by sheet then severity, each with its cell; a click selects the cell (Excel)', () => {
    const onSelect = jest.fn();
    renderInPane(
      <CheckView
        state={{ status: 'done', findings, highlight: 'off' }}
        onCheck={jest.fn()}
        onSelect={onSelect}
        onHighlight={jest.fn()}
        onClearHighlight={jest.fn()}
      />,
    );
    expect(screen.getByText('3 lỗi, 1 cảnh báo.', { exact: false })).toBeTruthy();
    const conferences = screen.getByRole('region', { name: 'Hội nghị' });
    expect(within(conferences).getByText('Lỗi')).toBeTruthy();
    expect(within(conferences).getByText('Cảnh báo')).toBeTruthy();
    fireEvent.click(within(conferences).getByRole('button', { name: /G3/ }));
    expect(onSelect).toHaveBeenCalledWith(findings[1]);
    expect(screen.getByRole('region', { name: 'Tệp' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tô màu các ô có lỗi' })).toBeTruthy();
  });

  test('findings on the web page: cells shown, nothing to click, no highlighting', () => {
    renderInPane(
      <CheckView state={{ status: 'done', findings, highlight: 'off' }} onCheck={jest.fn()} />,
    );
    expect(screen.getByText('S12')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /S12/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tô màu các ô có lỗi' })).toBeNull();
  });

  test('highlighted: one click removes the highlights', () => {
    const onClear = jest.fn();
    renderInPane(
      <CheckView
        state={{ status: 'done', findings, highlight: 'on', note: 'Đã tô màu 3 ô.' }}
        onCheck={jest.fn()}
        onSelect={jest.fn()}
        onHighlight={jest.fn()}
        onClearHighlight={onClear}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ tô màu' }));
    expect(onClear).toHaveBeenCalled();
    expect(screen.getByText('Đã tô màu 3 ô.')).toBeTruthy();
  });

  test('done without findings', () => {
    renderInPane(
      <CheckView state={{ status: 'done', findings: [], highlight: 'off' }} onCheck={jest.fn()} />,
    );
    expect(screen.getByText('Không có lỗi')).toBeTruthy();
  });

  test('blocked: no contract sheet offers to create them; an unreadable file says why', () => {
    const onSetup = jest.fn();
    const { unmount } = renderInPane(
      <CheckView state={{ status: 'no-sheets' }} onCheck={jest.fn()} onSetup={onSetup} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tạo các trang tính' }));
    expect(onSetup).toHaveBeenCalled();
    unmount();
    renderInPane(
      <CheckView
        state={{ status: 'unreadable', problem: findings[0] as Finding }}
        onCheck={jest.fn()}
      />,
    );
    expect(screen.getByText('Tệp có vấn đề.')).toBeTruthy();
  });

  test('error: the message and a retry', () => {
    const onCheck = jest.fn();
    renderInPane(
      <CheckView state={{ status: 'error', message: 'Excel đang bận.' }} onCheck={onCheck} />,
    );
    expect(screen.getByText('Excel đang bận.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onCheck).toHaveBeenCalled();
  });

  test('English on demand', () => {
    renderInPane(
      <CheckView state={{ status: 'done', findings, highlight: 'off' }} onCheck={jest.fn()} />,
      'en',
    );
    expect(screen.getByText('Venue missing in G3.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
  });
});
