/// <reference types="office-js" />
import { readWorkbook } from '../../core/workbook/read-workbook';
import type { SheetHeading, SnapshotSink } from '../../worker/snapshot-assembler';
import { FakeContext } from './fake-workbook';
import {
  isContractSheet,
  parseAreas,
  readWorkbookSnapshot,
  streamWorkbook,
} from './read-snapshot';

function supportRequirementSets(version: string | undefined): void {
  (globalThis as { Office?: unknown }).Office =
    version === undefined
      ? undefined
      : {
          context: {
            requirements: {
              isSetSupported: (_name: string, wanted: string) => Number(wanted) <= Number(version),
            },
          },
        };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/** Nội dung with Mã HN typed once per conference in A2:A4 and A5:A6, and a title sheet with its own merge. */
function agendaWorkbook(): FakeContext {
  const context = new FakeContext();
  context.workbook.addSheet('Hướng dẫn', [['Hướng dẫn nhập liệu']]).merges.push('A1:A3');
  const agenda = context.workbook.addSheet('Nội dung', [
    ['Mã HN', 'STT', 'Nội dung'],
    ['BCH-01', 1, 'Báo cáo sơ kết'],
    [undefined, 2, 'Phương hướng'],
    [undefined, 3, 'Công tác cán bộ'],
    ['BTV-01', 1, 'Kiểm tra'],
    [undefined, 2, 'Giám sát'],
  ]);
  agenda.merges.push('A2:A4', 'A5:A6', 'B8');
  return context;
}

describe('parseAreas (RangeAreas.address)', () => {
  it.each([
    ['Sheet1!A5:A7,Sheet1!B9:B12', ['1:5-7', '2:9-12']],
    ["'Nội dung'!A5:A7, 'Nội dung'!$C$2:$D$3", ['1:5-7', '3:2-3']],
    ["'a,b!c'!A2:A4,'it''s'!B1:B2", ['1:2-4', '2:1-2']],
    ['A1:A3', ['1:1-3']],
    ['', []],
    ['Sheet1!#REF!', []],
  ])('%j', (address, expected) => {
    expect(parseAreas(address).map((r) => `${r.left}:${r.top}-${r.bottom}`)).toEqual(expected);
  });
});

describe('merged areas from Excel (ExcelApi 1.13)', () => {
  it('come with the sheet in the same syncs (one-cell areas dropped), and a merged Mã HN reads on every item of its conference', async () => {
    supportRequirementSets('1.13');
    const context = agendaWorkbook();
    const snapshot = await readWorkbookSnapshot(context.asContext());
    const agenda = snapshot.sheets.find((s) => s.name === 'Nội dung');
    expect(agenda?.merges).toEqual([
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 5, left: 1, bottom: 6, right: 1 },
    ]);
    const withMerges = context.syncCount;
    supportRequirementSets('1.12');
    const plain = agendaWorkbook();
    const without = await readWorkbookSnapshot(plain.asContext());
    expect(without.sheets.every((s) => s.merges === undefined)).toBe(true);
    expect(plain.workbook.sheets.map((s) => s.mergedAreaRequests)).toEqual([0, 0]);
    expect(withMerges).toBe(plain.syncCount);
    const { model, findings } = readWorkbook(snapshot);
    expect(findings).toEqual([]);
    expect(model.agendaItems.map((i) => i.conferenceCode)).toEqual(['BCH-01', 'BCH-01', 'BCH-01', 'BTV-01', 'BTV-01']);
    expect(readWorkbook(without).findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['V1 A3', 'V1 A4', 'V1 A6']);
  });

  it('are asked only of the sheets whose rows are read, and not when only the first rows are (set-up)', async () => {
    supportRequirementSets('1.13');
    const context = agendaWorkbook();
    const headings: SheetHeading[] = [];
    const sink: SnapshotSink = { begin: (sheets: readonly SheetHeading[]) => void headings.push(...sheets), rows: () => undefined };
    await streamWorkbook(context.asContext(), { readSheet: isContractSheet }, sink);
    expect(context.workbook.sheets.map((s) => s.mergedAreaRequests)).toEqual([0, 1]);
    expect(headings.map((h) => [h.name, h.merges?.length ?? 0])).toEqual([['Hướng dẫn', 0], ['Nội dung', 3]]);
    const setup = agendaWorkbook();
    await readWorkbookSnapshot(setup.asContext(), { rowsPerSheet: 12 });
    expect(setup.workbook.sheets.map((s) => s.mergedAreaRequests)).toEqual([0, 0]);
  });

  it('never fail the read: when Excel refuses them, the sheets are read without merges', async () => {
    supportRequirementSets('1.13');
    const context = agendaWorkbook();
    const agenda = context.workbook.sheets[1];
    if (agenda === undefined) throw new Error('no sheet');
    agenda.failMergedAreas = true;
    const snapshot = await readWorkbookSnapshot(context.asContext());
    expect(snapshot.sheets.map((s) => s.merges)).toEqual([undefined, undefined]);
    expect(snapshot.sheets[1]?.rows).toHaveLength(6);
    // One sync more than a read with merges: the probes are asked again without them.
    supportRequirementSets('1.13');
    const fine = agendaWorkbook();
    await readWorkbookSnapshot(fine.asContext());
    expect(context.syncCount).toBe(fine.syncCount + 1);
  });

  it('a failure that is not about merges still fails the read', async () => {
    supportRequirementSets('1.12');
    const context = agendaWorkbook();
    const sync = context.sync.bind(context);
    let calls = 0;
    context.sync = async () => {
      calls += 1;
      if (calls === 2) context.failNextSync = 'InvalidOperationInCellEditMode';
      return sync();
    };
    await expect(readWorkbookSnapshot(context.asContext())).rejects.toThrow('InvalidOperationInCellEditMode');
  });
});
