import fc from 'fast-check';
import { aConference, aUnit } from '../rules/test-builders';
import { defaultSettings } from '../settings';
import { codeKey, isAdopted, majorityOf, minimumPresent, quorumOf, totalMembersOf } from './conference';

describe('totalMembersOf', () => {
  const unit = aUnit({ executiveCommitteeSize: 34, standingBoardSize: 11 });
  it('takes Tổng số ủy viên of the conference row first', () => {
    expect(totalMembersOf(aConference({ totalMembers: 33 }), unit)).toBe(33);
  });
  it('falls back to the size of the body that met', () => {
    expect(totalMembersOf(aConference({ body: 'executiveCommittee' }), unit)).toBe(34);
    expect(totalMembersOf(aConference({ body: 'standingBoard' }), unit)).toBe(11);
  });
  it('is unknown without a body or a unit', () => {
    expect(totalMembersOf(aConference({ body: undefined }), unit)).toBeUndefined();
    expect(totalMembersOf(aConference(), undefined)).toBeUndefined();
  });
});

describe('majority and quorum', () => {
  it('[C3] adopts with more than half of all incumbent members (Điều lệ Điều 10 khoản 5)', () => {
    expect(majorityOf(34)).toBe(18);
    expect(majorityOf(11)).toBe(6);
    expect(isAdopted(17, 34)).toBe(false);
    expect(isAdopted(18, 34)).toBe(true);
    fc.assert(fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (votes, total) => isAdopted(votes, total) === votes * 2 > total));
  });
  it('[C2] needs at least the quorum present, exact on whole thirds', () => {
    expect(minimumPresent(30, 2 / 3)).toBe(20);
    expect(minimumPresent(34, 2 / 3)).toBe(23);
    expect(minimumPresent(11, 0.5)).toBe(6);
    expect(quorumOf(aUnit({ quorum: 0.75 }), defaultSettings)).toBe(0.75);
    expect(quorumOf(undefined, defaultSettings)).toBe(2 / 3);
  });
});

describe('codeKey', () => {
  it('matches codes ignoring case and spaces, but not punctuation', () => {
    expect(codeKey(' bch - 02')).toBe(codeKey('BCH-02'));
    expect(codeKey('BCH02')).not.toBe(codeKey('BCH-02'));
    expect(codeKey('đu-01')).toBe(codeKey('ĐU-01'.normalize('NFD')));
  });
});
