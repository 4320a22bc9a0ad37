/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInPane } from '../test-render';
import { TemplatesView } from './templates-view';

describe('TemplatesView', () => {
  test('empty: every kind on its built-in template; choosing a file hands it over', () => {
    const onChoose = jest.fn();
    renderInPane(<TemplatesView saved={{}} checks={{}} onChoose={onChoose} onReset={jest.fn()} />);
    expect(screen.getByText('Mẫu dựng sẵn (nghi-quyet.docx)')).toBeTruthy();
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'mau-nghi-quyet.docx');
    fireEvent.change(screen.getByLabelText('Tệp mẫu Nghị quyết'), { target: { files: [file] } });
    expect(onChoose).toHaveBeenCalledWith('nghi-quyet', file);
  });

  test('loading: the pre-flight is running', () => {
    renderInPane(
      <TemplatesView
        saved={{}}
        checks={{ 'bien-ban': { status: 'checking', name: 'bb.docx' } }}
        onChoose={jest.fn()}
        onReset={jest.fn()}
      />,
    );
    expect(screen.getByText('Đang kiểm tra bb.docx…')).toBeTruthy();
  });

  test('blocked: the pre-flight problems, and the template is not kept', () => {
    renderInPane(
      <TemplatesView
        saved={{}}
        checks={{
          'nghi-quyet': {
            status: 'problems',
            name: 'sai.docx',
            problems: [
              {
                code: 'unknown-tag',
                message: 'Thẻ {{soNQ}} không có trong dữ liệu.',
                messageEn: 'x',
                template: 'sai.docx',
                part: 'word/document.xml',
                paragraphText: '',
              },
            ],
          },
        }}
        onChoose={jest.fn()}
        onReset={jest.fn()}
      />,
    );
    expect(screen.getByText('sai.docx: chưa dùng được, không lưu')).toBeTruthy();
    expect(screen.getByText('Thẻ {{soNQ}} không có trong dữ liệu.')).toBeTruthy();
  });

  test('done: kept for next time, and back to the built-in one in one click', () => {
    const onReset = jest.fn();
    renderInPane(
      <TemplatesView
        saved={{
          'nghi-quyet': { name: 'nq-don-vi.docx', size: 20_000, savedAt: '2025-10-01T00:00:00Z' },
        }}
        checks={{ 'nghi-quyet': { status: 'ok', name: 'nq-don-vi.docx', tags: 24 } }}
        onChoose={jest.fn()}
        onReset={onReset}
      />,
    );
    const section = screen.getByRole('region', { name: 'Nghị quyết' });
    expect(within(section).getByText('Mẫu của đơn vị: nq-don-vi.docx')).toBeTruthy();
    expect(
      within(section).getByText('nq-don-vi.docx: dùng được (24 thẻ). Đã lưu cho lần sau.'),
    ).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Dùng lại mẫu dựng sẵn' }));
    expect(onReset).toHaveBeenCalledWith('nghi-quyet');
  });

  test('error', () => {
    renderInPane(
      <TemplatesView
        saved={{}}
        checks={{
          'bien-ban': {
            status: 'error',
            name: 'x.docx',
            message: 'Trình duyệt không cho lưu mẫu này.',
          },
        }}
        onChoose={jest.fn()}
        onReset={jest.fn()}
      />,
    );
    expect(screen.getByText('Trình duyệt không cho lưu mẫu này.')).toBeTruthy();
  });
});
