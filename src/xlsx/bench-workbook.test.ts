import { checkModel } from '../core/rules/index';
import { readWorkbook } from '../core/workbook/read-workbook';
import { benchWorkbookBytes } from './bench-workbook';
import { readSnapshotFromBuffer } from './read-snapshot';

describe('benchmark workbook', () => {
  it.each([2025, 2024])('is valid: no finding at all (rating year %i)', async (year) => {
    const bytes = await benchWorkbookBytes({ members: 1_200, organizations: 40, year, seed: 7 });
    const result = await readSnapshotFromBuffer(bytes);
    expect(result.problem).toBeUndefined();
    if (result.snapshot === undefined) return;
    const { model, findings } = readWorkbook(result.snapshot);
    expect(model.members).toHaveLength(1_200);
    expect(model.organizations).toHaveLength(40);
    const all = [...findings, ...checkModel(model)];
    expect(all.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    expect(model.members.some((m) => m.notRatedReason !== undefined)).toBe(true);
    expect(model.members.some((m) => m.discipline !== undefined)).toBe(true);
  });

  it('is reproducible for a seed', async () => {
    const read = async (): Promise<unknown> => (await readSnapshotFromBuffer(await benchWorkbookBytes({ members: 200, organizations: 10, seed: 3 }))).snapshot;
    expect(await read()).toEqual(await read());
  });
});
