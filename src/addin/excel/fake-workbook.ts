// Test support: an in-memory Excel behind the Office.js shapes src/addin/excel uses (proxies, load, sync).
// Values read through a proxy exist only after load + sync; every write into a cell that holds a value is counted.
/// <reference types="office-js" />
import { columnNumber } from '../../core/workbook/snapshot';

type Value = string | number | boolean;

export class FakeSyncError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

interface Loadable {
  markSynced(): void;
}

export class FakeContext {
  syncCount = 0;
  /** Office error code thrown by the next sync (e.g. InvalidOperationInCellEditMode). */
  failNextSync: string | undefined;
  readonly pending: Loadable[] = [];
  readonly workbook: FakeWorkbook;

  constructor() {
    this.workbook = new FakeWorkbook(this);
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    if (this.failNextSync !== undefined) {
      const code = this.failNextSync;
      this.failNextSync = undefined;
      this.pending.length = 0;
      throw new FakeSyncError(code);
    }
    for (const item of this.pending.splice(0)) item.markSynced();
  }

  asContext(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

class Loaded implements Loadable {
  private state: 'none' | 'loaded' | 'synced' = 'none';
  constructor(protected readonly context: FakeContext) {}
  load(): this {
    // Queued again after a failed sync, which drops what was pending.
    if (this.state !== 'synced' && !this.context.pending.includes(this)) {
      this.state = 'loaded';
      this.context.pending.push(this);
    }
    return this;
  }
  markSynced(): void {
    this.state = 'synced';
  }
  protected read<T>(value: T): T {
    if (this.state !== 'synced') throw new Error('PropertyNotLoaded: read before load + sync');
    return value;
  }
}

class Collection<T> extends Loaded {
  constructor(
    context: FakeContext,
    private readonly list: () => T[],
  ) {
    super(context);
  }
  get items(): T[] {
    return this.read(this.list());
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly protection: { protected: boolean; load: () => void } = {
    protected: false,
    load: () => undefined,
  };
  selection: { sheet: string; address: string } | undefined;
  active: { sheet: string; row: number; column: number } | undefined;
  readonly worksheets: {
    items: FakeSheet[];
    load: () => void;
    add: (name: string) => FakeSheet;
    getItem: (name: string) => FakeSheet;
    getItemOrNullObject: (name: string) =>
      | FakeSheet
      | {
          isNullObject: true;
          load: () => void;
          protection: { protected: false; load: () => void };
        };
  };
  readonly tables: Collection<FakeTable>;

  constructor(private readonly context: FakeContext) {
    const collection = new Collection(context, () => this.sheets);
    this.tables = new Collection(context, () => this.sheets.flatMap((s) => s.tableList));
    this.worksheets = {
      get items() {
        return collection.items;
      },
      load: () => void collection.load(),
      add: (name) => {
        if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new FakeSyncError('ItemAlreadyExists');
        return this.addSheet(name);
      },
      getItem: (name) => {
        const sheet = this.sheets.find((s) => s.name === name);
        if (sheet === undefined) throw new FakeSyncError('ItemNotFound');
        return sheet;
      },
      getItemOrNullObject: (name) =>
        this.sheets.find((s) => s.name === name) ?? {
          isNullObject: true,
          load: () => undefined,
          protection: { protected: false, load: () => undefined },
        },
    };
  }

  addSheet(
    name: string,
    rows: readonly (readonly (Value | undefined)[])[] = [],
    at: { row: number; column: number } = { row: 0, column: 0 },
  ): FakeSheet {
    const sheet = new FakeSheet(this.context, this, name);
    rows.forEach((cells, r) =>
      cells.forEach(
        (v, c) =>
          v !== undefined && v !== '' && sheet.cells.set(`${at.row + r},${at.column + c}`, v),
      ),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  getActiveCell(): FakeRange {
    const active = this.active;
    if (active === undefined) throw new FakeSyncError('ItemNotFound');
    return this.worksheets.getItem(active.sheet).getRangeByIndexes(active.row, active.column, 1, 1);
  }
}

export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  deleted: boolean;
}

export class FakeSheet {
  readonly cells = new Map<string, Value>();
  readonly formats = new Map<string, string>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: { address: string; rule: unknown }[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly tableList: FakeTable[] = [];
  /** Merged areas as A1 ranges ("A5:A7"). */
  readonly merges: string[] = [];
  /** Asking for merged areas fails at the next sync (Excel refuses more than 512 of them). */
  failMergedAreas = false;
  mergedAreaRequests = 0;
  overwrites = 0;
  frozenRows = 0;
  activated = false;
  readonly protection: { protected: boolean; load: () => void } = {
    protected: false,
    load: () => undefined,
  };
  readonly isNullObject = false;
  readonly tables: Collection<FakeTable> & {
    add: (range: FakeRange | string, hasHeaders: boolean) => FakeTable;
    getItem: (name: string) => FakeTable;
  };
  readonly freezePanes = { freezeRows: (n: number) => void (this.frozenRows = n) };

  constructor(
    private readonly context: FakeContext,
    readonly workbook: FakeWorkbook,
    readonly name: string,
  ) {
    const collection = new Collection(context, () => this.tableList) as Collection<FakeTable> & {
      add: (range: FakeRange | string, hasHeaders: boolean) => FakeTable;
      getItem: (name: string) => FakeTable;
    };
    collection.add = (range) => {
      const r = typeof range === 'string' ? this.getRange(range) : range;
      const table = new FakeTable(
        this.context,
        this,
        r.rowIndexValue,
        r.columnIndexValue,
        r.columnCountValue,
      );
      this.tableList.push(table);
      return table;
    };
    collection.getItem = (name) => {
      const table = this.tableList.find((t) => t.name === name);
      if (table === undefined) throw new FakeSyncError('ItemNotFound');
      return table;
    };
    this.tables = collection;
  }

  load(): void {}
  activate(): void {
    this.activated = true;
  }

  value(address: string): Value | undefined {
    const r = this.getRange(address);
    return this.cells.get(`${r.rowIndexValue},${r.columnIndexValue}`);
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.context, this, 0, 0, 1_048_576, 16_384);
    const [from, to] = address.split(':') as [string, string | undefined];
    const parse = (ref: string): { row?: number; column: number } => {
      const match = /^([A-Z]+)(\d*)$/.exec(ref);
      if (match === null) throw new Error(`bad address ${ref}`);
      return {
        column: columnNumber(match[1] ?? 'A') - 1,
        ...(match[2] ? { row: Number(match[2]) - 1 } : {}),
      };
    };
    const a = parse(from);
    const b = parse(to ?? from);
    const top = a.row ?? 0;
    const bottom = b.row ?? 1_048_575;
    return new FakeRange(
      this.context,
      this,
      top,
      a.column,
      bottom - top + 1,
      b.column - a.column + 1,
    );
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, this, row, column, rows, columns);
  }

  getUsedRangeOrNullObject(): FakeRange {
    const keys = [...this.cells.keys()].map((k) => k.split(',').map(Number) as [number, number]);
    if (keys.length === 0)
      return Object.assign(new FakeRange(this.context, this, 0, 0, 1, 1), { isNullObject: true });
    const rows = keys.map((k) => k[0]);
    const columns = keys.map((k) => k[1]);
    const top = Math.min(...rows);
    const left = Math.min(...columns);
    return new FakeRange(
      this.context,
      this,
      top,
      left,
      Math.max(...rows) - top + 1,
      Math.max(...columns) - left + 1,
    );
  }
}

export class FakeRange extends Loaded {
  isNullObject = false;
  readonly format: {
    font: { bold?: boolean; italic?: boolean };
    fill: { color?: string };
    wrapText?: boolean;
    verticalAlignment?: string;
    rowHeight?: number;
    columnWidth?: number;
  };
  readonly dataValidation: { rule?: unknown; errorAlert?: unknown };
  readonly conditionalFormats: Collection<FakeConditionalFormat> & {
    add: (type: string) => FakeConditionalFormat;
  };

  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
    readonly rowIndexValue: number,
    readonly columnIndexValue: number,
    readonly rowCountValue: number,
    readonly columnCountValue: number,
  ) {
    super(context);
    const widths = sheet.columnWidths;
    const setWidth = (points: number): void => {
      for (let c = 0; c < columnCountValue; c++) widths.set(columnIndexValue + c, points);
    };
    this.format = {
      font: {},
      fill: {},
      set columnWidth(points: number) {
        setWidth(points);
      },
    } as FakeRange['format'];
    const validations = sheet.validations;
    const address = (): string => this.address();
    this.dataValidation = {
      set rule(rule: unknown) {
        validations.push({ address: address(), rule });
      },
    };
    const formats = new Collection(context, () =>
      sheet.conditionalFormats.filter((f) => !f.deleted),
    ) as Collection<FakeConditionalFormat> & { add: (type: string) => FakeConditionalFormat };
    formats.add = (type) => {
      const format: FakeConditionalFormat & { delete: () => void; customOrNullObject: unknown } = {
        address: address(),
        type,
        custom: { rule: { formula: '' }, format: { fill: { color: '' } } },
        deleted: false,
        delete: () => void (format.deleted = true),
        get customOrNullObject() {
          return { isNullObject: false, rule: format.custom.rule };
        },
      };
      sheet.conditionalFormats.push(format);
      return format;
    };
    this.conditionalFormats = formats;
  }

  address(): string {
    const name = (c: number): string => {
      let text = '';
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
        text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
      return text;
    };
    const first = `${name(this.columnIndexValue)}${this.rowIndexValue + 1}`;
    const last = `${name(this.columnIndexValue + this.columnCountValue - 1)}${this.rowIndexValue + this.rowCountValue}`;
    return first === last ? first : `${first}:${last}`;
  }

  get rowIndex(): number {
    return this.read(this.rowIndexValue);
  }
  get columnIndex(): number {
    return this.read(this.columnIndexValue);
  }
  get rowCount(): number {
    return this.read(this.rowCountValue);
  }
  get columnCount(): number {
    return this.read(this.columnCountValue);
  }
  get worksheet(): FakeSheet {
    return this.sheet;
  }

  get values(): Value[][] {
    return this.read(
      Array.from({ length: this.rowCountValue }, (_, r) =>
        Array.from(
          { length: this.columnCountValue },
          (_, c) =>
            this.sheet.cells.get(`${this.rowIndexValue + r},${this.columnIndexValue + c}`) ?? '',
        ),
      ),
    );
  }
  set values(rows: Value[][]) {
    rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        const key = `${this.rowIndexValue + r},${this.columnIndexValue + c}`;
        const previous = this.sheet.cells.get(key);
        if (previous !== undefined && previous !== '') this.sheet.overwrites += 1;
        if (v === '') this.sheet.cells.delete(key);
        else this.sheet.cells.set(key, v);
      }),
    );
  }
  get numberFormat(): string[][] {
    return this.read(
      Array.from({ length: this.rowCountValue }, (_, r) =>
        Array.from(
          { length: this.columnCountValue },
          (_, c) =>
            this.sheet.formats.get(`${this.rowIndexValue + r},${this.columnIndexValue + c}`) ??
            'General',
        ),
      ),
    );
  }
  set numberFormat(rows: string[][]) {
    rows.forEach((cells, r) =>
      cells.forEach((f, c) =>
        this.sheet.formats.set(`${this.rowIndexValue + r},${this.columnIndexValue + c}`, f),
      ),
    );
  }

  getColumn(index: number): FakeRange {
    return new FakeRange(
      this.context,
      this.sheet,
      this.rowIndexValue,
      this.columnIndexValue + index,
      this.rowCountValue,
      1,
    );
  }
  select(): void {
    this.sheet.workbook.selection = { sheet: this.sheet.name, address: this.address() };
  }

  /** ExcelApi 1.13: the merged areas of the sheet that lie in this range, as one RangeAreas address. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const sheet = this.sheet;
    sheet.mergedAreaRequests += 1;
    if (sheet.failMergedAreas) this.context.failNextSync = 'GeneralException';
    const inside = sheet.merges.filter((m) => {
      const r = sheet.getRange(m);
      return (
        r.rowIndexValue >= this.rowIndexValue &&
        r.rowIndexValue + r.rowCountValue <= this.rowIndexValue + this.rowCountValue &&
        r.columnIndexValue >= this.columnIndexValue &&
        r.columnIndexValue + r.columnCountValue <= this.columnIndexValue + this.columnCountValue
      );
    });
    const name = /^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
    return new FakeRangeAreas(this.context, inside.map((m) => `${name}!${m}`).join(', '));
  }
}

export class FakeRangeAreas extends Loaded {
  constructor(
    context: FakeContext,
    private readonly addressValue: string,
  ) {
    super(context);
  }
  get isNullObject(): boolean {
    return this.read(this.addressValue === '');
  }
  get address(): string {
    return this.read(this.addressValue);
  }
}

export class FakeTable {
  name = '';
  style = '';
  readonly columns: {
    add: (index?: number, values?: unknown, name?: string) => { getDataBodyRange: () => FakeRange };
  };

  constructor(
    private readonly context: FakeContext,
    readonly sheet: FakeSheet,
    readonly headerRow: number,
    readonly firstColumn: number,
    public columnCount: number,
  ) {
    this.columns = {
      add: (_index, _values, name) => {
        const column = this.firstColumn + this.columnCount;
        this.sheet.getRangeByIndexes(this.headerRow, column, 1, 1).values = [
          [name ?? `Column${this.columnCount + 1}`],
        ];
        this.columnCount += 1;
        return {
          getDataBodyRange: () => this.sheet.getRangeByIndexes(this.headerRow + 1, column, 1, 1),
        };
      },
    };
  }

  getDataBodyRange(): FakeRange {
    return this.sheet.getRangeByIndexes(this.headerRow + 1, this.firstColumn, 1, this.columnCount);
  }
  getHeaderRowRange(): FakeRange {
    return this.sheet.getRangeByIndexes(this.headerRow, this.firstColumn, 1, this.columnCount);
  }
}
