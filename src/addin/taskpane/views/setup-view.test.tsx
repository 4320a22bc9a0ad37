/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { conferencesSheet, membersSheet } from '../../../core/workbook/contract';
import type { SetupPlan } from '../../setup-plan';
import { renderInPane } from '../test-render';
import { SetupView } from './setup-view';

const plan: SetupPlan = {
  steps: [
    { kind: 'create-unit' },
    { kind: 'create-table', spec: membersSheet },
    {
      kind: 'add-columns',
      sheet: 'Hội nghị',
      spec: conferencesSheet,
      headerRow: 1,
      columns: [19, 20],
    },
    { kind: 'unrecognized', sheet: 'Kết luận', spec: conferencesSheet },
  ],
  complete: [],
};

describe('SetupView', () => {
  test('empty (Excel): one action that looks at the workbook', () => {
    const onPlan = jest.fn();
    renderInPane(<SetupView state={{ status: 'idle' }} onPlan={onPlan} canDownload />);
    fireEvent.click(screen.getByRole('button', { name: 'Xem sổ còn thiếu gì' }));
    expect(onPlan).toHaveBeenCalled();
  });

  test('loading', () => {
    renderInPane(<SetupView state={{ status: 'loading' }} onPlan={jest.fn()} canDownload />);
    expect(screen.getByText('Đang đọc sổ…')).toBeTruthy();
  });

  test('plan: what will be written, and what is left alone', () => {
    const onApply = jest.fn();
    renderInPane(
      <SetupView
        state={{ status: 'plan', plan }}
        onPlan={jest.fn()}
        onApply={onApply}
        canDownload
      />,
    );
    expect(screen.getByText('Tạo trang «Đảng viên» dạng bảng (20 cột)')).toBeTruthy();
    expect(screen.getByText('Thêm cột vào trang «Hội nghị»: Người kết luận, Ghi chú')).toBeTruthy();
    expect(
      screen.getByText(/Trang «Kết luận» có dữ liệu nhưng không nhận ra dòng tiêu đề/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo phần còn thiếu' }));
    expect(onApply).toHaveBeenCalled();
  });

  test('complete workbook: nothing to do', () => {
    renderInPane(
      <SetupView
        state={{ status: 'plan', plan: { steps: [], complete: ['Đơn vị'] } }}
        onPlan={jest.fn()}
        canDownload
      />,
    );
    expect(screen.getByText('Sổ đã đủ trang tính và cột')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo phần còn thiếu' })).toBeNull();
  });

  test('done (blocked in part): created, skipped because protected', () => {
    renderInPane(
      <SetupView
        state={{
          status: 'done',
          report: {
            created: ['Đảng viên'],
            columnsAdded: [],
            keysAdded: [],
            skipped: [{ sheet: 'Hội nghị', reason: 'protected' }],
          },
        }}
        onPlan={jest.fn()}
        onCheck={jest.fn()}
        canDownload
      />,
    );
    expect(screen.getByText('Đã tạo: Đảng viên.')).toBeTruthy();
    expect(screen.getByText(/Bỏ qua «Hội nghị»: trang đang được bảo vệ/)).toBeTruthy();
  });

  test('error with retry', () => {
    const onPlan = jest.fn();
    renderInPane(
      <SetupView
        state={{ status: 'error', message: 'Excel đang bận.' }}
        onPlan={onPlan}
        canDownload
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onPlan).toHaveBeenCalled();
  });

  test('web page: an empty workbook to download', () => {
    const onDownloadEmpty = jest.fn();
    renderInPane(
      <SetupView state={{ status: 'idle' }} onDownloadEmpty={onDownloadEmpty} canDownload />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tải sổ theo dõi trống' }));
    expect(onDownloadEmpty).toHaveBeenCalled();
  });
});
