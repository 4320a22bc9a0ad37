import { aConclusion, aConference, anAgendaItem, aUnit } from '../rules/test-builders';
import { buildMinutes } from './minutes';

const unit = aUnit();

describe('buildMinutes (HD 16-HD/VPTW; REGULATIONS.md §2)', () => {
  const conference = aConference({
    number: 2,
    date: { year: 2025, month: 7, day: 5 },
    startTime: { hour: 7, minute: 30 },
    endTime: { hour: 11, minute: 45 },
    venue: 'Hội trường Đảng ủy',
    minutesNumber: 2,
    present: 30,
    chairs: [
      { name: 'Trần Quốc Nam', position: 'Bí thư Đảng ủy' },
      { name: 'Nguyễn Thị Minh Thư', position: 'Phó Bí thư Thường trực Đảng ủy' },
    ],
    minuteTaker: { name: 'Phạm Thị Thu Hà', position: 'Chánh Văn phòng Đảng ủy' },
    absentees: [
      { name: 'Nguyễn Văn Hải', reason: 'học lớp bồi dưỡng.' },
      { name: 'Bùi Thị Thanh Tâm', reason: 'nghỉ phép' },
      { name: 'Hồ Đức Long' },
      { name: 'Trương Minh Quý', reason: 'nghỉ ốm' },
    ],
    guests: ['Đồng chí Phan Văn Cường - Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Đại diện Ủy ban Kiểm tra Tỉnh ủy;'],
    summary: 'Kế hoạch tổ chức Đại hội',
  });
  const items = [
    anAgendaItem({ order: 2, kind: 'election', content: 'Bầu bổ sung ủy viên Ban Chấp hành', presenter: 'Võ Văn Thành - Trưởng Ban Tổ chức Đảng ủy', votesFor: 29, votesAgainst: 1, abstentions: 0, decision: 'Đồng chí Mai Xuân Hòa trúng cử' }),
    anAgendaItem({ order: 1, kind: 'vote', content: 'Tờ trình về số lượng ủy viên', presenter: 'Đồng chí Lê Hoàng Phúc', votesFor: 28, votesAgainst: 1, abstentions: 1, decision: 'Thống nhất số lượng 34 đồng chí' }),
    anAgendaItem({ order: 3, kind: 'discussion', content: 'Thảo luận dự thảo Báo cáo chính trị' }),
  ];
  const conclusions = [
    aConclusion({ order: 2, content: 'Hoàn chỉnh dự thảo Báo cáo chính trị' }),
    aConclusion({ order: 1, content: 'Hướng dẫn bầu đại biểu.' }),
  ];
  const data = buildMinutes(conference, items, conclusions, unit);

  it('numbers the minutes and dates them on the conference day', () => {
    expect(data.header.documentNumber).toBe('Số 02-BB/ĐU');
    expect(data.header.dateLine).toBe('Khánh Hòa, ngày 05 tháng 7 năm 2025');
    expect(data.summaryLine).toBe('Hội nghị Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh lần thứ hai, nhiệm kỳ 2025 – 2030');
  });

  it('states time, venue, content, chairs and minute-taker', () => {
    expect(data.time).toBe('Thời gian: bắt đầu lúc 7 giờ 30, ngày 05 tháng 7 năm 2025.');
    expect(data.venue).toBe('Địa điểm: Hội trường Đảng ủy.');
    expect(data.content).toBe('Nội dung: Kế hoạch tổ chức Đại hội.');
    expect(data.chairs).toBe(
      'Chủ trì: đồng chí Trần Quốc Nam, Bí thư Đảng ủy; đồng chí Nguyễn Thị Minh Thư, Phó Bí thư Thường trực Đảng ủy.',
    );
    expect(data.minuteTaker).toBe('Thư ký hội nghị: đồng chí Phạm Thị Thu Hà, Chánh Văn phòng Đảng ủy.');
  });

  it('lists those present and the absentees with their reasons', () => {
    expect(data.presentLine).toBe('Có mặt: 30/34 đồng chí Ủy viên Ban Chấp hành.');
    expect(data.absentLine).toBe('Vắng mặt: 04 đồng chí:');
    expect(data.absentees.map((a) => a.text)).toEqual([
      '- Đồng chí Nguyễn Văn Hải (lý do: học lớp bồi dưỡng);',
      '- Đồng chí Bùi Thị Thanh Tâm (lý do: nghỉ phép);',
      '- Đồng chí Hồ Đức Long;',
      '- Đồng chí Trương Minh Quý (lý do: nghỉ ốm).',
    ]);
  });

  it('lists the invited guests, "Name - position" written with a comma', () => {
    expect(data.guestsLine).toBe('Đại biểu mời dự:');
    expect(data.guests.map((g) => g.text)).toEqual([
      '- Đồng chí Phan Văn Cường, Phó Trưởng Ban Tổ chức Tỉnh ủy;',
      '- Đại diện Ủy ban Kiểm tra Tỉnh ủy.',
    ]);
  });

  it('records each item in order with its presenter, and each vote with method and result', () => {
    expect(data.items.map((i) => i.number)).toEqual(['2.1.', '2.2.', '2.3.']);
    const [vote, election, discussion] = data.items;
    expect(vote).toEqual({
      number: '2.1.',
      content: 'Tờ trình về số lượng ủy viên.',
      presenter: 'Đồng chí Lê Hoàng Phúc trình bày.',
      vote:
        'Hình thức biểu quyết: giơ tay. Kết quả: 28/30 đồng chí có mặt tán thành (bằng 82,35% tổng số Ủy viên Ban Chấp hành); ' +
        '1 đồng chí không tán thành; 1 đồng chí không biểu quyết.',
      decision: 'Quyết nghị: Thống nhất số lượng 34 đồng chí.',
    });
    expect(election?.presenter).toBe('Đồng chí Võ Văn Thành, Trưởng Ban Tổ chức Đảng ủy trình bày.');
    expect(election?.vote).toMatch(/^Hình thức biểu quyết: bỏ phiếu kín\. Kết quả: 29\/30 đồng chí có mặt tán thành .*; 1 đồng chí không tán thành; 0 đồng chí không biểu quyết\.$/u);
    expect(discussion).toEqual({ number: '2.3.', content: 'Thảo luận dự thảo Báo cáo chính trị.', presenter: '', vote: '', decision: '' });
  });

  it("records the chair's conclusions, the closing time and two signatures", () => {
    expect(data.conclusions.map((c) => c.text)).toEqual(['- Hướng dẫn bầu đại biểu.', '- Hoàn chỉnh dự thảo Báo cáo chính trị.']);
    expect(data.closingTime).toBe('Hội nghị kết thúc lúc 11 giờ 45 cùng ngày.');
    expect(data.minuteTakerSignature).toEqual({ title: 'NGƯỜI GHI BIÊN BẢN', name: 'Phạm Thị Thu Hà' });
    expect(data.chairSignature).toEqual({ title: 'CHỦ TRÌ HỘI NGHỊ', name: 'Trần Quốc Nam' });
  });

  it('leaves blanks a clerk can fill in when the workbook lacks the times, and says "không" for no absentee', () => {
    const bare = buildMinutes(
      aConference({ startTime: undefined, endTime: undefined, present: 34, absentees: [], guests: [], summary: undefined }),
      [anAgendaItem({ content: 'Báo cáo quý III' }), anAgendaItem({ order: 2, content: 'Kế hoạch quý IV.' })],
      [],
      unit,
    );
    expect(bare.time).toBe('Thời gian: ngày 15 tháng 10 năm 2025.');
    expect(bare.closingTime).toMatch(/^Hội nghị kết thúc lúc …+ giờ …+ cùng ngày\.$/u);
    expect(bare.absentLine).toBe('Vắng mặt: không.');
    expect(bare.absentees).toEqual([]);
    expect(bare.guestsLine).toBe('');
    expect(bare.content).toBe('Nội dung: Báo cáo quý III; Kế hoạch quý IV.');
  });

  it('counts absentees from the attendance when their names are not listed', () => {
    const unnamed = buildMinutes(aConference({ body: 'standingBoard', present: 10, absentees: [] }), [], [], unit);
    expect(unnamed.presentLine).toBe('Có mặt: 10/11 đồng chí Ủy viên Ban Thường vụ.');
    expect(unnamed.absentLine).toBe('Vắng mặt: 01 đồng chí.');
  });
});
