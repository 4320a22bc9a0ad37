import { aConclusion, aConference, anAgendaItem, aUnit } from '../rules/test-builders';
import { assignmentText, buildConclusionNotice } from './conclusion-notice';

const unit = aUnit({ secretary: 'Trần Quốc Nam' });

describe('assignmentText: owner and deadline of a conclusion', () => {
  it('names the owner in charge and the deadline', () => {
    expect(assignmentText(aConclusion({ owner: 'Ban Tổ chức Đảng ủy', deadline: { year: 2025, month: 8, day: 10 } }))).toBe(
      'Giao Ban Tổ chức Đảng ủy chủ trì thực hiện, hoàn thành trước ngày 10/08/2025.',
    );
  });

  it('gives several owners the task together, in lower case inside the sentence', () => {
    expect(assignmentText(aConclusion({ owner: 'Các tổ chức cơ sở đảng trực thuộc', deadline: { year: 2026, month: 1, day: 15 } }))).toBe(
      'Giao các tổ chức cơ sở đảng trực thuộc thực hiện, hoàn thành trước ngày 15/01/2026.',
    );
  });

  it('writes what it has: the owner alone, the deadline alone, or nothing', () => {
    expect(assignmentText(aConclusion({ owner: 'Văn phòng Đảng ủy.' }))).toBe('Giao Văn phòng Đảng ủy chủ trì thực hiện.');
    expect(assignmentText(aConclusion({ deadline: { year: 2025, month: 12, day: 31 } }))).toBe('Hoàn thành trước ngày 31/12/2025.');
    expect(assignmentText(aConclusion({ owner: '  ' }))).toBe('');
    expect(assignmentText(aConclusion())).toBe('');
  });
});

describe('buildConclusionNotice (FORMAT.md "Thông báo kết luận")', () => {
  const conference = aConference({
    code: 'BTV-12',
    body: 'standingBoard',
    number: 12,
    date: { year: 2025, month: 11, day: 20 },
    noticeNumber: 5,
    noticeDate: { year: 2025, month: 11, day: 21 },
    venue: 'Phòng họp Ban Thường vụ Đảng ủy',
    chairs: [{ name: 'Trần Quốc Nam', position: 'Bí thư Đảng ủy' }],
  });
  const items = [
    anAgendaItem({ conferenceCode: 'BTV-12', order: 2, kind: 'report', content: 'Báo cáo kết quả kiểm tra, giám sát năm 2025' }),
    anAgendaItem({ conferenceCode: 'BTV-12', order: 1, kind: 'discussion', content: 'Thảo luận dự thảo Kế hoạch kiểm điểm năm 2025.' }),
    anAgendaItem({ conferenceCode: 'BTV-12', order: 3, kind: 'vote', content: 'Tờ trình về Kế hoạch', votesFor: 10 }),
  ];
  const conclusions = [
    aConclusion({ conferenceCode: 'BTV-12', order: 2, content: 'Tổ chức kiểm điểm ở chi bộ', owner: 'Các chi bộ trực thuộc', deadline: { year: 2025, month: 12, day: 20 } }),
    aConclusion({ conferenceCode: 'BTV-12', order: 1, content: 'Hướng dẫn chấm điểm theo thang 100 điểm.', owner: 'Ban Tổ chức Đảng ủy', deadline: { year: 2025, month: 12, day: 5 } }),
    aConclusion({ conferenceCode: 'BTV-12', order: 3, content: 'Thẩm định việc chấp hành kỷ luật' }),
  ];
  const data = buildConclusionNotice(conference, items, conclusions, unit);

  it('numbers and dates the notice, with the meeting body and the conference number in words', () => {
    expect(data.header.documentNumber).toBe('Số 05-TB/ĐU');
    expect(data.header.dateLine).toBe('Khánh Hòa, ngày 21 tháng 11 năm 2025');
    expect(data.summaryLine).toBe('Kết luận của Ban Thường vụ Đảng ủy Các cơ quan Đảng tỉnh tại Hội nghị lần thứ mười hai');
  });

  it('opens with the date, the venue, the body and the chair', () => {
    expect(data.intro).toBe(
      'Ngày 20 tháng 11 năm 2025, tại Phòng họp Ban Thường vụ Đảng ủy, Ban Thường vụ Đảng ủy Các cơ quan Đảng tỉnh tổ chức Hội nghị lần thứ mười hai. ' +
        'Đồng chí Trần Quốc Nam, Bí thư Đảng ủy chủ trì.',
    );
  });

  it('leads with what was heard (reports and discussions, in order) and who concludes', () => {
    expect(data.lead).toBe(
      'Sau khi nghe dự thảo Kế hoạch kiểm điểm năm 2025; báo cáo kết quả kiểm tra, giám sát năm 2025, ý kiến thảo luận của các đại biểu, ' +
        'đồng chí Trần Quốc Nam, Bí thư Đảng ủy kết luận như sau:',
    );
    expect(data.lead).not.toMatch(/thảo luận .*thảo luận .*thảo luận/u);
  });

  it('numbers the conclusions in their order, each with its owner and deadline when given', () => {
    expect(data.conclusions).toEqual([
      {
        number: '1.',
        text: 'Hướng dẫn chấm điểm theo thang 100 điểm.',
        assignment: 'Giao Ban Tổ chức Đảng ủy chủ trì thực hiện, hoàn thành trước ngày 05/12/2025.',
      },
      {
        number: '2.',
        text: 'Tổ chức kiểm điểm ở chi bộ.',
        assignment: 'Giao các chi bộ trực thuộc thực hiện, hoàn thành trước ngày 20/12/2025.',
      },
      { number: '3.', text: 'Thẩm định việc chấp hành kỷ luật.', assignment: '' },
    ]);
  });

  it('closes in the name of the body and is signed on its behalf', () => {
    expect(data.closing).toBe('Ban Thường vụ Đảng ủy thông báo để các tổ chức đảng, cơ quan, đơn vị liên quan biết, thực hiện.');
    expect(data.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Trần Quốc Nam' });
    expect(data.recipients.at(-1)?.text).toMatch(/^- Lưu .+\.$/u);
  });

  it('has the concluder sign when a deputy secretary concludes', () => {
    const deputy = { name: 'Nguyễn Thị Minh Thư', position: 'Phó Bí thư Thường trực Đảng ủy' };
    const notice = buildConclusionNotice({ ...conference, concluder: deputy }, items, conclusions, unit);
    expect(notice.lead).toContain('đồng chí Nguyễn Thị Minh Thư, Phó Bí thư Thường trực Đảng ủy kết luận như sau:');
    expect(notice.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Nguyễn Thị Minh Thư' });
  });

  it('for the Executive Committee: "Ban Chấp hành Đảng bộ", never "Ban Chấp hành Đảng ủy"', () => {
    const notice = buildConclusionNotice(aConference({ number: 3 }), items, conclusions, unit);
    expect(notice.summaryLine).toBe('Kết luận của Ban Chấp hành Đảng bộ Các cơ quan Đảng tỉnh tại Hội nghị lần thứ ba');
    expect(notice.closing).toMatch(/^Ban Chấp hành Đảng bộ thông báo/u);
    expect(notice.signature.authority).toBe('T/M BAN CHẤP HÀNH');
    expect(JSON.stringify(notice)).not.toContain('Ban Chấp hành Đảng ủy');
  });

  it('names the reports in general when there are many or none', () => {
    const many = Array.from({ length: 4 }, (_, i) => anAgendaItem({ order: i + 1, kind: 'report', content: `Báo cáo số ${i + 1}` }));
    expect(buildConclusionNotice(conference, many, conclusions, unit).lead).toMatch(/^Sau khi nghe các báo cáo, tờ trình trình Hội nghị, /u);
    expect(buildConclusionNotice(conference, [], conclusions, unit).lead).toMatch(/^Sau khi nghe các báo cáo, tờ trình trình Hội nghị, /u);
  });
});
