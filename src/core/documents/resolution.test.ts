import { aConference, anAgendaItem, aUnit } from '../rules/test-builders';
import { adoptedWording, buildResolution, conferenceTitle, heardSubject, isAdopted, voteResult } from './resolution';

const unit = aUnit({ recipients: ['Ban Thường vụ Tỉnh ủy (để báo cáo)', 'Các tổ chức cơ sở đảng trực thuộc', 'Lưu Văn phòng Đảng ủy'] });

describe('conferenceTitle (REGULATIONS.md §5: conference number in words)', () => {
  it.each([
    [1, 'lần thứ nhất'],
    [2, 'lần thứ hai'],
    [4, 'lần thứ tư'],
    [10, 'lần thứ mười'],
    [11, 'lần thứ mười một'],
    [14, 'lần thứ mười bốn'],
    [21, 'lần thứ hai mươi mốt'],
    [25, 'lần thứ hai mươi lăm'],
  ])('conference %i → "%s"', (number, words) => {
    expect(conferenceTitle(aConference({ number }), unit)).toBe(
      `Hội nghị Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh ${words}, nhiệm kỳ 2025 – 2030`,
    );
  });

  it('names the Standing Board and leaves out what the workbook does not have', () => {
    expect(conferenceTitle(aConference({ body: 'standingBoard', number: 12 }), unit)).toBe(
      'Hội nghị Ban Thường vụ Đảng ủy Các cơ quan Đảng tỉnh lần thứ mười hai, nhiệm kỳ 2025 – 2030',
    );
    expect(conferenceTitle(aConference({ number: undefined }), aUnit({ term: undefined }))).toBe(
      'Hội nghị Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh',
    );
  });
});

describe('[C3] isAdopted: more than half of ALL incumbent members (Điều lệ Đảng Điều 10 khoản 5)', () => {
  const vote = (votesFor: number) => anAgendaItem({ kind: 'vote', votesFor });

  it('needs a majority of the total, not of those present', () => {
    expect(isAdopted(vote(18), 34)).toBe(true);
    expect(isAdopted(vote(17), 34)).toBe(false);
    expect(isAdopted(vote(6), 11)).toBe(true);
    expect(isAdopted(vote(5), 11)).toBe(false);
  });

  it('adopts nothing without a vote count or a total', () => {
    expect(isAdopted(anAgendaItem({ kind: 'vote' }), 34)).toBe(false);
    expect(isAdopted(vote(30), undefined)).toBe(false);
  });

  it('keeps a decision typed on a report or discussion item', () => {
    expect(isAdopted(anAgendaItem({ kind: 'report', decision: 'Giao Văn phòng hoàn thiện' }), 34)).toBe(true);
    expect(isAdopted(anAgendaItem({ kind: 'report' }), 34)).toBe(false);
  });

  it('writes the result over the total with its share', () => {
    expect(voteResult(vote(30), 34)).toBe('30/34 đồng chí tán thành, đạt 88,24%');
    expect(voteResult(anAgendaItem({ kind: 'election', votesFor: 29 }), 34)).toBe('29/34 phiếu tán thành, đạt 85,29%');
  });
});

describe('heardSubject', () => {
  it.each([
    ['Thảo luận dự thảo Báo cáo chính trị trình Đại hội', 'dự thảo Báo cáo chính trị trình Đại hội'],
    ['Nghe báo cáo tình hình tài chính.', 'báo cáo tình hình tài chính'],
    ['Thảo luận, cho ý kiến vào dự thảo Quy chế', 'dự thảo Quy chế'],
    ['Cho ý kiến về Đề án', 'Đề án'],
    ['Báo cáo kết quả kiểm tra, giám sát năm 2025', 'Báo cáo kết quả kiểm tra, giám sát năm 2025'],
    ['Thảo luận', 'Thảo luận'],
  ])('"%s" → "%s"', (content, subject) => {
    expect(heardSubject(content)).toBe(subject);
  });
});

describe('adoptedWording: a decision the workbook gives no wording for', () => {
  it.each([
    ['vote', 'Tờ trình về số lượng ủy viên', 'Thống nhất thông qua tờ trình về số lượng ủy viên'],
    ['vote', 'Thông qua Quy chế làm việc', 'Thống nhất thông qua Quy chế làm việc'],
    ['vote', 'Xem xét, thông qua Chương trình kiểm tra', 'Thống nhất thông qua Chương trình kiểm tra'],
    ['vote', 'Biểu quyết thông qua Kế hoạch', 'Thống nhất thông qua Kế hoạch'],
    ['election', 'Bầu bổ sung ủy viên Ban Chấp hành', 'Thống nhất kết quả bầu bổ sung ủy viên Ban Chấp hành'],
  ] as const)('%s "%s" → "%s"', (kind, content, wording) => {
    expect(adoptedWording(anAgendaItem({ kind, content }))).toBe(wording);
  });
});

describe('buildResolution (FORMAT.md "Nghị quyết hội nghị")', () => {
  const conference = aConference({
    number: 2,
    date: { year: 2025, month: 7, day: 15 },
    resolutionNumber: 5,
    resolutionDate: { year: 2025, month: 7, day: 16 },
    venue: 'Hội trường Đảng ủy',
    present: 30,
    chairs: [{ name: 'Trần Quốc Nam', position: 'Bí thư Đảng ủy' }],
  });
  const items = [
    anAgendaItem({ order: 3, kind: 'vote', content: 'Tờ trình về số lượng cấp ủy viên', votesFor: 30, decision: 'Thống nhất số lượng Ban Chấp hành là 34 đồng chí.' }),
    anAgendaItem({ order: 1, kind: 'discussion', content: 'Thảo luận dự thảo Báo cáo chính trị trình Đại hội' }),
    anAgendaItem({ order: 4, kind: 'vote', content: 'Tờ trình phân bổ đại biểu', votesFor: 17, decision: 'Thông qua phương án phân bổ đại biểu' }),
    anAgendaItem({ order: 2, kind: 'report', content: 'Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm' }),
    anAgendaItem({ order: 5, kind: 'vote', content: 'Kế hoạch tổ chức Đại hội', votesFor: 29 }),
  ];
  const data = buildResolution(conference, items, unit);

  it('numbers the document and dates it on the resolution date', () => {
    expect(data.header.documentNumber).toBe('Số 05-NQ/ĐU');
    expect(data.header.dateLine).toBe('Khánh Hòa, ngày 16 tháng 7 năm 2025');
    expect(data.summaryLine).toBe('Hội nghị Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh lần thứ hai, nhiệm kỳ 2025 – 2030');
  });

  it('cites the Party Statute, the working rules of the term and the vote', () => {
    expect(data.basis.map((l) => l.text)).toEqual([
      '- Căn cứ Điều lệ Đảng;',
      '- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh, nhiệm kỳ 2025 – 2030;',
      '- Căn cứ kết quả biểu quyết của Hội nghị.',
    ]);
  });

  it('opens with the date, the venue, the chair and "<present>/<total> đồng chí Ủy viên Ban Chấp hành"', () => {
    expect(data.opening).toBe(
      'Ngày 15 tháng 7 năm 2025, tại Hội trường Đảng ủy, Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh tổ chức Hội nghị lần thứ hai. ' +
        'Đồng chí Trần Quốc Nam, Bí thư Đảng ủy chủ trì Hội nghị. Có mặt 30/34 đồng chí Ủy viên Ban Chấp hành.',
    );
  });

  it('lists what was heard and discussed (a rejected vote too), in agenda order, without saying "thảo luận" twice', () => {
    expect(data.heard.map((l) => l.text)).toEqual([
      'Hội nghị đã nghe, thảo luận:',
      '- Dự thảo Báo cáo chính trị trình Đại hội;',
      '- Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm;',
      '- Tờ trình phân bổ đại biểu;',
      '- Kế hoạch tổ chức Đại hội.',
    ]);
  });

  it('decides only what more than half of all members voted for, each with its result', () => {
    expect(data.decisions).toEqual([
      { number: '1.', text: 'Thống nhất số lượng Ban Chấp hành là 34 đồng chí (với 30/34 đồng chí tán thành, đạt 88,24%).' },
      { number: '2.', text: 'Thống nhất thông qua kế hoạch tổ chức Đại hội (với 29/34 đồng chí tán thành, đạt 85,29%).' },
    ]);
    expect(data.decisions.map((d) => d.text).join(' ')).not.toContain('phân bổ');
  });

  it('numbers the implementation clause last: the Standing Board carries out a committee resolution', () => {
    expect(data.implementation).toBe('3. Giao Ban Thường vụ Đảng ủy chỉ đạo, tổ chức thực hiện Nghị quyết này.');
  });

  it('is signed on behalf of the committee by its secretary, with recipients', () => {
    expect(data.signature).toEqual({ authority: 'T/M BAN CHẤP HÀNH', title: 'BÍ THƯ', name: 'Trần Quốc Nam' });
    expect(data.recipients.map((r) => r.text)).toEqual([
      '- Ban Thường vụ Tỉnh ủy (để báo cáo),',
      '- Các tổ chức cơ sở đảng trực thuộc,',
      '- Lưu Văn phòng Đảng ủy.',
    ]);
  });

  it('does not repeat a result the decision already states', () => {
    const election = anAgendaItem({
      kind: 'election',
      content: 'Bầu bổ sung ủy viên Ban Chấp hành',
      votesFor: 29,
      decision: 'Đồng chí Mai Xuân Hòa trúng cử ủy viên Ban Chấp hành với 29/34 phiếu tán thành.',
    });
    const [decision] = buildResolution(conference, [election], unit).decisions;
    expect(decision?.text).toBe('Đồng chí Mai Xuân Hòa trúng cử ủy viên Ban Chấp hành với 29/34 phiếu tán thành.');
    const bare = buildResolution(conference, [{ ...election, decision: 'Đồng chí Mai Xuân Hòa trúng cử' }], unit).decisions[0];
    expect(bare?.text).toBe('Đồng chí Mai Xuân Hòa trúng cử (với 29/34 phiếu tán thành, đạt 85,29%).');
  });

  it('for the Standing Board: its own attendance, authority and implementation clause', () => {
    const board = buildResolution(
      aConference({ body: 'standingBoard', number: 12, present: 10 }),
      [anAgendaItem({ kind: 'vote', votesFor: 10, decision: 'Thông qua Kế hoạch kiểm điểm năm 2025' })],
      unit,
    );
    expect(board.opening).toContain('Có mặt 10/11 đồng chí Ủy viên Ban Thường vụ.');
    expect(board.signature.authority).toBe('T/M BAN THƯỜNG VỤ');
    expect(board.decisions).toEqual([{ number: '1.', text: 'Thông qua Kế hoạch kiểm điểm năm 2025 (với 10/11 đồng chí tán thành, đạt 90,91%).' }]);
    expect(board.implementation).toMatch(/^2\. Các tổ chức cơ sở đảng trực thuộc, .* căn cứ Nghị quyết này tổ chức thực hiện\.$/u);
    expect(board.basis[1]?.text).toContain('Quy chế làm việc của Ban Chấp hành');
  });

  it('uses the total typed on the conference row, and leaves the number blank when there is none', () => {
    const small = buildResolution(
      aConference({ totalMembers: 33, present: 31, resolutionNumber: undefined }),
      [anAgendaItem({ kind: 'vote', votesFor: 17, decision: 'Thông qua' })],
      unit,
    );
    expect(small.opening).toContain('Có mặt 31/33 đồng chí Ủy viên Ban Chấp hành.');
    expect(small.decisions[0]?.text).toBe('Thông qua (với 17/33 đồng chí tán thành, đạt 51,52%).');
    expect(small.header.documentNumber).toMatch(/^Số {4,}-NQ\/ĐU$/u);
    expect(small.header.dateLine).toBe('Khánh Hòa, ngày 15 tháng 10 năm 2025');
  });

  it('has no heard block when every item was decided, and still closes with the implementation clause', () => {
    const onlyVotes = buildResolution(conference, [anAgendaItem({ kind: 'vote', votesFor: 20, decision: 'Thông qua' })], unit);
    expect(onlyVotes.heard).toEqual([]);
    const nothing = buildResolution(conference, [], unit);
    expect(nothing.decisions).toEqual([]);
    expect(nothing.implementation).toMatch(/^1\. Giao Ban Thường vụ/u);
  });
});
