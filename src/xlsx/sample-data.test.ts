import fc from 'fast-check';
import { excellent, good, grassrootsCode, incomplete, planRatings, createRandom, scoreFor, type PlanMember, type PlanOrganization } from './sample-data';

const arbitraryPlan = fc.record({
  seed: fc.integer(),
  committees: fc.integer({ min: 0, max: 4 }),
  cellsPerCommittee: fc.integer({ min: 1, max: 4 }),
  cells: fc.integer({ min: 1, max: 6 }),
  membersPerCell: fc.integer({ min: 1, max: 40 }),
  disciplinedShare: fc.double({ min: 0, max: 0.1, noNaN: true }),
});

describe('planRatings', () => {
  it('keeps the quota (R1), heads (R2), discipline (R3) and excellent-organization (R10) rules', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const random = createRandom(p.seed);
        const organizations: PlanOrganization[] = [];
        for (let c = 0; c < p.committees; c += 1) {
          organizations.push({ code: `DB${c}`, type: 'Đảng bộ cơ sở', group: 'Đảng bộ cơ sở' });
          for (let i = 0; i < p.cellsPerCommittee; i += 1) organizations.push({ code: `DB${c}-${i}`, type: 'Chi bộ trực thuộc', parentCode: `DB${c}`, group: 'Chi bộ trực thuộc' });
        }
        for (let c = 0; c < p.cells; c += 1) organizations.push({ code: `CB${c}`, type: 'Chi bộ cơ sở', group: 'Chi bộ cơ sở' });
        const cells = organizations.filter((o) => o.type !== 'Đảng bộ cơ sở');
        const members: PlanMember[] = cells.flatMap((cell) =>
          Array.from({ length: p.membersPerCell }, (_, i) => ({
            organizationCode: cell.code,
            rated: i === 0 || !random.chance(0.05),
            disciplined: i > 1 && random.chance(p.disciplinedShare),
            heads: i === 0 ? [cell.code, ...(cell.parentCode !== undefined && cell.code.endsWith('-0') ? [cell.parentCode] : [])] : [],
          })),
        );
        const plan = planRatings(random, organizations, members);
        const byCode = new Map(organizations.map((o) => [o.code, o]));
        const groups = new Map<string, number[]>();
        const add = (key: string, level: number): void => void groups.set(key, [...(groups.get(key) ?? []), level]);
        for (const o of organizations) add(`org:${o.group}`, plan.organizations.get(o.code)?.final ?? -1);
        members.forEach((m, index) => {
          const level = plan.members[index];
          if (!m.rated) return expect(level).toBeUndefined();
          if (level === undefined) throw new Error('rated member without a level');
          const organization = byCode.get(m.organizationCode);
          if (organization === undefined) throw new Error('unknown organization');
          add(`member:${grassrootsCode(organization, byCode)}`, level.final);
          for (const code of m.heads) expect(level.final).toBeGreaterThanOrEqual(plan.organizations.get(code)?.final ?? 0);
          if (m.disciplined) {
            expect(level.final).toBe(incomplete);
            for (const code of [organization.code, grassrootsCode(organization, byCode)]) expect(plan.organizations.get(code)?.final).not.toBe(excellent);
          }
          expect(level.final).toBeGreaterThanOrEqual(level.proposed);
        });
        for (const levels of groups.values()) {
          const goodCount = levels.filter((l) => l === good).length;
          expect(levels.filter((l) => l === excellent).length).toBeLessThanOrEqual(Math.floor(0.2 * goodCount + 1e-9));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('scoreFor', () => {
  it('stays inside the band of each level (REGULATIONS.md §1.3)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = createRandom(seed);
        expect(scoreFor(random, 0)).toBeGreaterThanOrEqual(90);
        const goodScore = scoreFor(random, 1);
        expect(goodScore >= 70 && goodScore < 90).toBe(true);
        const completeScore = scoreFor(random, 2);
        expect(completeScore >= 50 && completeScore < 70).toBe(true);
        expect(scoreFor(random, 3)).toBeLessThan(50);
      }),
    );
  });
});
