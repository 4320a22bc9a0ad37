// The built command line (`node bin/vankien.cjs …`) as a child process, on real files in temp dirs (spec/CLI.md).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ruleIds, severities } from '../src/core/findings';
import { tableSheets, unitSheet } from '../src/core/workbook/contract';
import { columnName } from '../src/core/workbook/snapshot';
import { defaultMaxRowsPerSheet } from '../src/xlsx/read-snapshot';
import { rawXlsx } from './fixtures/fixture-builders';
import { ensureCliBuilt, runCli, type CliRun } from './support/cli';
import { paragraphs, unzipDocx } from './support/docx-tools';

const root = join(__dirname, '..');
const workbooks = join(__dirname, 'fixtures', 'workbooks');
const bad = join(__dirname, 'fixtures', 'bad');
const sample = join(root, 'templates', 'so-theo-doi-mau.xlsx');
const goodMinimal = join(workbooks, 'good-minimal.xlsx');

const vankien = (args: readonly string[], cwd = root): CliRun => runCli(args, cwd);

let scratch = '';
const fresh = (name: string): string => {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

beforeAll(() => {
  ensureCliBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'vankien-cli-'));
});

afterAll(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

/** One line on stderr, no stack trace (spec/CLI.md exit code 2). */
function expectOneCleanLine(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

/** Files written whole or not at all: no temporary names left behind. */
function expectNoTemporaryFiles(dir: string): void {
  if (!existsSync(dir)) return;
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

function documentText(file: string): string {
  const docx = unzipDocx(new Uint8Array(readFileSync(file)));
  expect(docx.has('word/document.xml')).toBe(true);
  return paragraphs(docx.part('word/document.xml'))
    .map((p) => p.text)
    .join('\n');
}

describe('help, version, usage errors', () => {
  it('--help prints the usage in Vietnamese, exit 0', () => {
    const run = vankien(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Cách dùng:');
    for (const command of ['init', 'validate', 'generate', 'demo']) expect(run.stdout).toContain(`vankien ${command}`);
    expect(run.stderr).toBe('');
  });

  it('--help --lang en prints it in English', () => {
    const run = vankien(['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage:');
    expect(run.stdout).not.toContain('Cách dùng');
  });

  it('--version prints the package version, exit 0', () => {
    const run = vankien(['--version']);
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('an unknown command: exit 2, one line on stderr naming it', () => {
    const run = vankien(['xuat-file', 'so.xlsx']);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('xuat-file');
    expect(run.stdout).toBe('');
  });

  it('an unknown option: exit 2, one line on stderr naming it', () => {
    const run = vankien(['validate', goodMinimal, '--strict']);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('--strict');
    expect(run.stdout).toBe('');
  });

  it('a bad --year and a bad --lang: exit 2, one line', () => {
    for (const args of [['validate', goodMinimal, '--year', 'hai nghìn'], ['validate', goodMinimal, '--lang', 'fr']]) {
      const run = vankien(args);
      expect(run.status).toBe(2);
      expectOneCleanLine(run.stderr);
    }
  });

  it('a file that does not exist: exit 2, one Vietnamese line', () => {
    const run = vankien(['validate', join(scratch, 'khong-co.xlsx')]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('Không tìm thấy tệp');
  });
});

describe('init', () => {
  it('writes the contract workbook, refuses to overwrite without --force, overwrites with it', async () => {
    const dir = fresh('init');
    const file = join(dir, 'sổ theo dõi.xlsx');
    const first = vankien(['init', file]);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(existsSync(file)).toBe(true);
    const written = readFileSync(file);

    const again = vankien(['init', file]);
    expect(again.status).toBe(2);
    expectOneCleanLine(again.stderr);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file).equals(written)).toBe(true);

    writeFileSync(file, 'không phải sổ Excel');
    const forced = vankien(['init', file, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expectNoTemporaryFiles(dir);
    expect(readdirSync(dir)).toEqual(['sổ theo dõi.xlsx']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([unitSheet.name, ...tableSheets.map((s) => s.name)]);
    const unit = workbook.getWorksheet(unitSheet.name);
    expect(unitSheet.keys.map((key, index) => unit?.getCell(index + 2, 1).value)).toEqual(unitSheet.keys.map((key) => key.label));
    for (const spec of tableSheets) {
      const sheet = workbook.getWorksheet(spec.name);
      if (sheet === undefined) throw new Error(`no sheet ${spec.name}`);
      expect(spec.columns.map((_, index) => sheet.getCell(1, index + 1).value)).toEqual(spec.columns.map((c) => c.header));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
      spec.columns.forEach((column, index) => {
        if (column.options === undefined) return;
        const letter = columnName(index + 1);
        for (const cell of [`${letter}2`, `${letter}5000`]) {
          const validation = validations[cell];
          expect(validation?.type).toBe('list');
          for (const option of column.options) expect(String(validation?.formulae[0])).toContain(option);
        }
      });
    }
    const membersSpec = tableSheets.find((spec) => spec.key === 'members');
    const scoreLetter = columnName((membersSpec?.columns.findIndex((c) => c.field === 'score') ?? -1) + 1);
    const members = workbook.getWorksheet(membersSpec?.name ?? '') as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } };
    const scoreValidation = members.dataValidations.model[`${scoreLetter}2`];
    expect(scoreValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 100] });
  });

  it('refuses a name without .xlsx (exit 2)', () => {
    const dir = fresh('init-name');
    const run = vankien(['init', join(dir, 'so.xls')]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('validate', () => {
  it('the sample workbook: exit 0, no finding', () => {
    const run = vankien(['validate', sample]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Không có phát hiện nào');
    expect(run.stderr).toBe('');
  });

  it('an error fixture: exit 1, the finding under its sheet with its cell', () => {
    const run = vankien(['validate', join(workbooks, 'error-C3-adopted-without-majority.xlsx')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Trang tính «Nội dung» (1 lỗi, 0 cảnh báo, 0 thông tin)');
    expect(run.stdout).toMatch(/✗ F4 \[C3\] Nội dung!F4: /);
    expect(run.stderr).toBe('');
  });

  it('findings on four sheets: grouped by sheet in tab order, each line with its cell', () => {
    const run = vankien(['validate', join(bad, 'formula-errors.xlsx')]);
    expect(run.status).toBe(1);
    const headings = run.stdout.split('\n').filter((line) => line.startsWith('Trang tính'));
    expect(headings.map((h) => /«(.+)»/.exec(h)?.[1])).toEqual(['Hội nghị', 'Nội dung', 'Tổ chức đảng', 'Đảng viên']);
    const groups = run.stdout.split(/\n(?=Trang tính)/);
    const cellsOf = (sheet: string) =>
      [...(groups.find((g) => g.startsWith(`Trang tính «${sheet}»`)) ?? '').matchAll(/✗ ([A-Z]+\d+) \[V8\]/g)].map((m) => m[1]);
    expect(cellsOf('Hội nghị')).toEqual(['K2', 'P3']);
    expect(cellsOf('Nội dung')).toEqual(['G4']);
    expect(cellsOf('Tổ chức đảng')).toEqual(['H4', 'F5', 'O6']);
    expect(cellsOf('Đảng viên')).toEqual(['D5', 'Q6', 'T7', 'E8']);
    expect(run.stdout).toContain('Tổng cộng: 10 lỗi, 0 cảnh báo, 0 thông tin.');
  });

  it('warnings and infos only: exit 0, with the proposed fix', () => {
    const run = vankien(['validate', join(workbooks, 'good-messy-clerk.xlsx')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('! B8 [V6]');
    expect(run.stdout).toContain('Đề xuất: Nguyễn Văn Hải');
  });

  it('--json: exactly one JSON object on stdout, nothing else', () => {
    const run = vankien(['validate', join(workbooks, 'good-messy-clerk.xlsx'), '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings.map((f) => `${String(f.rule)} ${String(f.sheet)}!${String(f.cell)}`)).toEqual([
      'V7 hoi nghi!F6',
      'V7 Noi dung!C4',
      'V7 DANG_VIEN!B6',
      'V6 DANG_VIEN!B8',
    ]);
    for (const finding of parsed.findings) {
      expect(Object.keys(finding).sort()).toEqual(
        finding.fix === undefined ? ['cell', 'message', 'rule', 'severity', 'sheet'] : ['cell', 'fix', 'message', 'rule', 'severity', 'sheet'],
      );
      expect(ruleIds).toContain(finding.rule);
      expect(severities).toContain(finding.severity);
      expect(String(finding.message)).toContain(`${String(finding.sheet)}!${String(finding.cell)}`);
    }
    expect(parsed.findings[3]?.fix).toBe('Nguyễn Văn Hải');
  });

  it('--json on a valid workbook: {"findings":[]}', () => {
    const run = vankien(['validate', goodMinimal, '--json']);
    expect(run).toEqual({ status: 0, stdout: '{"findings":[]}\n', stderr: '' });
  });

  it('--lang en: headings and messages in English', () => {
    const run = vankien(['validate', join(workbooks, 'error-C3-adopted-without-majority.xlsx'), '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Sheet «Nội dung» (1 error, 0 warning, 0 info)');
    expect(run.stdout).toContain('votes for');
    expect(run.stdout).not.toContain('Trang tính');
    expect(run.stdout).toContain('Total: 1 error');
  });

  it('--year restricts the rating rules to that year', () => {
    const run = vankien(['validate', join(workbooks, 'error-R5-score-band.xlsx'), '--year', '2024', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ findings: [] });
  });
});

// Every file that is not a readable workbook: exit 2, one clear Vietnamese line, nothing written.
const unreadable: ReadonlyArray<readonly [string, RegExp]> = [
  ['empty.xlsx', /Tệp rỗng/],
  ['not-an-xlsx.xlsx', /Tệp là văn bản/],
  ['password-protected.xlsx', /đặt mật khẩu/],
  ['excel-97-2003.xls', /định dạng Excel cũ \(\.xls/],
  ['truncated.xlsx', /bị hỏng/],
  ['no-workbook.xlsx', /bị hỏng hoặc không phải sổ Excel/],
];

describe('unreadable input (S4)', () => {
  it.each(unreadable)('generate %s: exit 2, one Vietnamese line, no file', (file, message) => {
    const out = join(scratch, `out-${file}`);
    const run = vankien(['generate', join(bad, file), '--doc', 'nghi-quyet', '--conference', 'BCH-01', '--out', out]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^vankien: /);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('validate --json on an unreadable file: the S4 finding on stdout, the line on stderr', () => {
    const run = vankien(['validate', join(bad, 'password-protected.xlsx'), '--json']);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    const parsed = JSON.parse(run.stdout) as { findings: Array<{ rule: string; severity: string }> };
    expect(parsed.findings.map((f) => [f.rule, f.severity])).toEqual([['S4', 'error']]);
  });

  it(`a sheet over the reader's cap (${defaultMaxRowsPerSheet.toLocaleString('en-US')} rows): exit 2, the line names the sheet`, () => {
    const dir = fresh('huge');
    const rows: string[] = [];
    for (let r = 1; r <= defaultMaxRowsPerSheet + 1; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const file = join(dir, 'qua-lon.xlsx');
    writeFileSync(file, rawXlsx([{ name: 'Đảng viên', rows: rows.join('') }], { level: 1 }));
    const run = vankien(['validate', file]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('Trang tính "Đảng viên" có hơn 300.000 dòng');
  });
});

describe('generate', () => {
  // Each kind once, alternating the two forms of --out: a folder (the name comes from the data) or a .docx path.
  it.each([
    ['nghi-quyet', ['--conference', 'BCH-01'], 'Nghị quyết BCH-01.docx', 'Chương trình kiểm tra, giám sát năm 2025'],
    ['bien-ban', ['--conference', 'BCH-01'], undefined, 'Nguyễn Văn Hải'],
    ['thong-bao-ket-luan', ['--conference', 'BTV-01'], 'Thông báo kết luận BTV-01.docx', 'Ban Tổ chức hoàn thiện hồ sơ nhân sự'],
    ['bao-cao-xep-loai', ['--year', '2025'], undefined, 'Chi bộ Văn phòng'],
  ] as const)('%s: one .docx holding the data', (kind, options, name, expected) => {
    const dir = fresh(`generate-${kind}`);
    // The file form is given relative to the working directory.
    const target = name === undefined ? join('con', `${kind}.docx`) : dir;
    const run = vankien(['generate', goodMinimal, '--doc', kind, ...options, '--out', target], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = name === undefined ? join(dir, target) : join(dir, name);
    expect(run.stdout).toContain(written);
    expect(readdirSync(name === undefined ? join(dir, 'con') : dir)).toEqual([name ?? `${kind}.docx`]);
    expect(unzipSync(new Uint8Array(readFileSync(written)))['word/document.xml']).toBeDefined();
    const text = documentText(written);
    expect(text).toContain('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(text).toContain(expected);
    expect(text).not.toContain('{{');
  });

  it('blocking errors: exit 1, the findings printed, nothing written', () => {
    const out = join(scratch, 'blocked');
    const run = vankien(['generate', join(workbooks, 'error-C3-adopted-without-majority.xlsx'), '--doc', 'nghi-quyet', '--conference', 'BCH-01', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Chưa soạn được nghị quyết');
    expect(run.stdout).toMatch(/F4 \[C3\]/);
    expect(existsSync(out)).toBe(false);
  });

  it('errors of another conference do not block this one', () => {
    const fixture = join(workbooks, 'error-V1-empty-venue.xlsx');
    const out = fresh('other-conference');
    expect(vankien(['generate', fixture, '--doc', 'nghi-quyet', '--conference', 'BCH-01', '--out', out]).status).toBe(0);
    const blocked = vankien(['generate', fixture, '--doc', 'nghi-quyet', '--conference', 'BTV-01', '--out', out]);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toMatch(/G3 \[V1\]/);
    expect(readdirSync(out)).toEqual(['Nghị quyết BCH-01.docx']);
  });

  it('a sheet the document needs is missing (S1): exit 1, nothing written', () => {
    const out = join(scratch, 'missing-sheet');
    const run = vankien(['generate', join(workbooks, 'error-S1-missing-sheet.xlsx'), '--doc', 'thong-bao-ket-luan', '--conference', 'BCH-01', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[S1]');
    expect(run.stdout).toContain('Kết luận');
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown conference: exit 2, one line naming it and the codes present', () => {
    const out = join(scratch, 'unknown-conference');
    const run = vankien(['generate', goodMinimal, '--doc', 'bien-ban', '--conference', 'BCH-99', '--out', out]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('BCH-99');
    expect(run.stderr).toContain('BCH-01, BTV-01');
    expect(existsSync(out)).toBe(false);
  });

  it('two conferences and no --conference: exit 2, the line lists them', () => {
    const run = vankien(['generate', goodMinimal, '--doc', 'bien-ban', '--out', join(scratch, 'which')]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('BCH-01, BTV-01');
  });

  it('an unknown --doc kind: exit 2, one line listing the kinds', () => {
    const run = vankien(['generate', goodMinimal, '--doc', 'quyet-dinh']);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain('nghi-quyet, thong-bao-ket-luan, bien-ban, bao-cao-xep-loai');
  });
});

/** A built-in template with `{{header.issuingBody}}` replaced in word/document.xml. */
function rewriteTemplate(dir: string, name: string, replacement: string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(join(root, 'templates', 'nghi-quyet.docx'))));
  const document = parts['word/document.xml'];
  if (document === undefined) throw new Error('no word/document.xml');
  const run = '<w:r><w:t xml:space="preserve">{{header.issuingBody}}</w:t></w:r>';
  const xml = strFromU8(document);
  expect(xml).toContain(run);
  parts['word/document.xml'] = strToU8(xml.replace(run, replacement));
  const file = join(dir, name);
  writeFileSync(file, zipSync(parts));
  return file;
}

describe('generate --template', () => {
  it('a template with an unknown tag: exit 2, the pre-flight names the tag, nothing written', () => {
    const dir = fresh('template-unknown');
    const template = rewriteTemplate(dir, 'mau-rieng.docx', '<w:r><w:t>{{header.tenCoQuan}}</w:t></w:r>');
    const out = join(dir, 'out');
    const run = vankien(['generate', goodMinimal, '--doc', 'nghi-quyet', '--conference', 'BCH-01', '--template', template, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('header.tenCoQuan');
    expect(run.stderr).toContain('unknown-tag');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('a template re-typed in Word (a tag split over three runs around proofing marks) still renders', () => {
    const dir = fresh('template-word');
    const bold = '<w:rPr><w:b/></w:rPr>';
    const template = rewriteTemplate(
      dir,
      'mau-word.docx',
      `<w:r>${bold}<w:t>{{header.</w:t></w:r><w:proofErr w:type="spellStart"/><w:r>${bold}<w:t>issuing</w:t></w:r>` +
        `<w:proofErr w:type="spellEnd"/><w:r>${bold}<w:t>Body}}</w:t></w:r>`,
    );
    const out = join(dir, 'nghi-quyet.docx');
    const run = vankien(['generate', goodMinimal, '--doc', 'nghi-quyet', '--conference', 'BCH-01', '--template', template, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const docx = unzipDocx(new Uint8Array(readFileSync(out)));
    const heading = paragraphs(docx.part('word/document.xml')).find((p) => p.style === 'VKCoQuanBanHanh');
    expect(heading?.text).toBe('ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(heading?.xml).toContain('<w:b/>');
    expect(docx.part('word/document.xml')).not.toContain('{{');
    expectNoTemporaryFiles(dir);
  });

  it('a template that does not exist: exit 2, one line', () => {
    const run = vankien(['generate', goodMinimal, '--doc', 'nghi-quyet', '--conference', 'BCH-01', '--template', join(scratch, 'khong-co.docx')]);
    expect(run.status).toBe(2);
    expectOneCleanLine(run.stderr);
  });
});

describe('demo', () => {
  it('writes every document of the sample workbook, whole', () => {
    const out = join(scratch, 'demo');
    const run = vankien(['demo', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // spec/CLI.md: demo also runs export-ratings, whose output is one zip.
    expect(readdirSync(out).filter((name) => !name.endsWith('.docx') && !name.endsWith('.zip'))).toEqual([]);
    const files = readdirSync(out).filter((name) => name.endsWith('.docx')).sort();
    const conferences = ['BCH-01', 'BCH-02', 'BTV-12', 'BCH-03'];
    expect(files).toEqual(
      [
        ...conferences.flatMap((code) => [`Nghị quyết ${code}.docx`, `Thông báo kết luận ${code}.docx`, `Biên bản ${code}.docx`]),
        'Báo cáo xếp loại 2024.docx',
        'Báo cáo xếp loại 2025.docx',
      ].sort(),
    );
    for (const file of files) expect(documentText(join(out, file)).length).toBeGreaterThan(200);
    for (const file of files) expect(run.stdout).toContain(file);
  });
});
