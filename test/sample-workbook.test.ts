// The committed sample workbook is the product's showcase: it must validate clean (no error, no warning).
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { checkModel } from '../src/core/rules/index';
import { readWorkbook } from '../src/core/workbook/read-workbook';
import { readSnapshotFromStream } from '../src/xlsx/read-snapshot';

const samplePath = join(__dirname, '..', 'templates', 'so-theo-doi-mau.xlsx');

describe('templates/so-theo-doi-mau.xlsx', () => {
  it('reads, and validates with no error and no warning', async () => {
    const result = await readSnapshotFromStream(createReadStream(samplePath));
    expect(result.problem).toBeUndefined();
    if (result.snapshot === undefined) return;
    const { model, findings } = readWorkbook(result.snapshot, { needs: ['unit', 'conferences', 'agendaItems', 'conclusions', 'organizations', 'members'] });
    const all = [...findings, ...checkModel(model)];
    expect(all.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    expect(all).toEqual([]);

    expect(model.unit?.issuingBody).toBe('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(model.unit?.executiveCommitteeSize).toBe(34);
    expect(model.conferences.map((c) => c.code)).toEqual(['BCH-01', 'BCH-02', 'BTV-12', 'BCH-03']);
    expect(model.agendaItems.length).toBeGreaterThanOrEqual(12);
    const years = new Set(model.members.map((m) => m.year));
    expect([...years].sort()).toEqual([2024, 2025]);
    const members2025 = model.members.filter((m) => m.year === 2025);
    expect(members2025.length).toBeGreaterThanOrEqual(280);
    expect(members2025.some((m) => m.notRatedReason === 'newlyAdmitted')).toBe(true);
    expect(members2025.some((m) => m.notRatedReason === 'exempt')).toBe(true);
    expect(members2025.some((m) => m.discipline !== undefined && m.finalRating === 'incomplete')).toBe(true);
    expect(members2025.filter((m) => m.notRatedReason === undefined).every((m) => m.score !== undefined)).toBe(true);
  });
});
