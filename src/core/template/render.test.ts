import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { compileTemplate } from './compile';
import { renderDocx, renderParts } from './render';
import {
  bodyTexts,
  contentTypes,
  docxFromBody,
  documentXml,
  elements,
  p,
  para,
  paragraphText,
  parseStrictXml,
  row,
  run,
  table,
  unzipText,
  type XmlElement,
} from './test-support';
import type { CompiledTemplate, TemplateData } from './types';

function compiled(bytes: Uint8Array): CompiledTemplate {
  const c = compileTemplate(bytes, { name: 'mẫu.docx' });
  expect(c.problems).toEqual([]);
  if (!c.template) throw new Error('no template');
  return c.template;
}

function render(body: string, data: TemplateData): string {
  const r = renderDocx(compiled(docxFromBody(body)), data);
  expect(r.problems).toEqual([]);
  if (!r.bytes) throw new Error('no bytes');
  return unzipText(r.bytes);
}

function texts(body: string, data: TemplateData): string[] {
  return bodyTexts(render(body, data));
}

/** Runs holding the given text, with their properties. */
function runsWith(xml: string, text: string): XmlElement[] {
  return [...elements(parseStrictXml(xml), 'w:r')].filter((r) => paragraphText(r).includes(text));
}

function hasChild(e: XmlElement, path: string[]): boolean {
  let current: XmlElement[] = [e];
  for (const name of path) current = current.flatMap((c) => c.children.filter((x): x is XmlElement => typeof x !== 'string' && x.name === name));
  return current.length > 0;
}

describe('placeholders split by Word', () => {
  test('a tag split across three runs with proofing marks between keeps the first run formatting', () => {
    const body = para(
      run('Kính gửi: {{', '<w:i/>'),
      '<w:proofErr w:type="spellStart"/>',
      run('recipient', '<w:b/>'),
      '<w:proofErr w:type="spellEnd"/>',
      run('}} và các đồng chí'),
    );
    const xml = render(body, { recipient: 'Đảng ủy xã' });
    expect(bodyTexts(xml)).toEqual(['Kính gửi: Đảng ủy xã và các đồng chí']);
    const [valueRun] = runsWith(xml, 'Đảng ủy xã');
    expect(valueRun && hasChild(valueRun, ['w:rPr', 'w:i'])).toBe(true);
    expect(xml).not.toContain('proofErr');
    expect(xml).not.toContain('<w:b/>');
  });

  test('a tag whose first run is bold renders bold', () => {
    const body = para(run('Bí thư: '), run('{{sign', '<w:b/><w:sz w:val="28"/>'), run('er}}'), run(' (ký)'));
    const xml = render(body, { signer: 'Nguyễn Văn An' });
    expect(bodyTexts(xml)).toEqual(['Bí thư: Nguyễn Văn An (ký)']);
    const [valueRun] = runsWith(xml, 'Nguyễn Văn An');
    expect(valueRun && hasChild(valueRun, ['w:rPr', 'w:b'])).toBe(true);
    expect(runsWith(xml, '(ký)')[0] && hasChild(runsWith(xml, '(ký)')[0] as XmlElement, ['w:rPr'])).toBe(false);
  });

  test('a bookmark inside a tag does not hide it and stays balanced', () => {
    const body = para(run('Ngày {{confer'), '<w:bookmarkStart w:id="0" w:name="ngay"/>', run('ence.date}}'), '<w:bookmarkEnd w:id="0"/>');
    const xml = render(body, { conference: { date: '15/03/2025' } });
    expect(bodyTexts(xml)).toEqual(['Ngày 15/03/2025']);
    expect(xml).toContain('<w:bookmarkStart w:id="0" w:name="ngay"/>');
    expect(xml).toContain('<w:bookmarkEnd w:id="0"/>');
  });

  test('a tag around a field boundary inside one paragraph', () => {
    const body = para(
      run('{{na'),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      run('me}}'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    );
    const xml = render(body, { name: 'An' });
    expect(bodyTexts(xml)).toEqual(['An']);
    expect(xml.match(/fldCharType/g)).toHaveLength(3);
  });

  test('a template written by the docx library', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Hội nghị ', bold: true }), new TextRun('{{conference.name}} ngày {{conference.date}}')] }),
            new Table({
              rows: [
                new TableRow({ children: [new TableCell({ children: [new Paragraph('STT')] }), new TableCell({ children: [new Paragraph('Họ tên')] })] }),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('{{#members}}{{index}}')] }),
                    new TableCell({ children: [new Paragraph('{{name}}{{/members}}')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const r = renderDocx(compiled(bytes), {
      conference: { name: 'Chi bộ', date: '01/02/2025' },
      members: [
        { index: 1, name: 'An' },
        { index: 2, name: 'Bình' },
      ],
    });
    const out = bodyTexts(unzipText(r.bytes as Uint8Array));
    expect(out).toEqual(['Hội nghị Chi bộ ngày 01/02/2025', 'STT', 'Họ tên', '1', 'An', '2', 'Bình']);
  });
});

describe('loops', () => {
  test('paragraph loop: paragraphs between repeat, tag paragraphs vanish', () => {
    const body = p('Trước') + p('{{#items}}') + p('{{index}}. {{content}}') + p('Biểu quyết: {{votes}}') + p('{{/items}}') + p('Sau');
    const data = {
      items: [
        { index: 1, content: 'Thông qua', votes: 27 },
        { index: 2, content: 'Kết nạp', votes: 25 },
      ],
    };
    expect(texts(body, data)).toEqual(['Trước', '1. Thông qua', 'Biểu quyết: 27', '2. Kết nạp', 'Biểu quyết: 25', 'Sau']);
    expect(texts(body, { items: [] })).toEqual(['Trước', 'Sau']);
    expect(texts(body, {})).toEqual(['Trước', 'Sau']);
  });

  test('table-row loop with tags in the first and last cells of one row', () => {
    const body = table(row(p('STT'), p('Họ tên')), row(p('{{#members}}{{index}}'), p('{{name}}{{/members}}')));
    const data = { members: [1, 2, 3].map((i) => ({ index: i, name: `Đảng viên ${i}` })) };
    const xml = render(body, data);
    expect(bodyTexts(xml)).toEqual(['STT', 'Họ tên', '1', 'Đảng viên 1', '2', 'Đảng viên 2', '3', 'Đảng viên 3']);
    expect([...elements(parseStrictXml(xml), 'w:tr')]).toHaveLength(4);
  });

  test('table-row loop in one cell of a one-column table repeats the row', () => {
    const body = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>${row(p('{{#names}}{{.}}{{/names}}'))}</w:tbl>${p('')}`;
    const xml = render(body, { names: ['An', 'Bình'] });
    expect([...elements(parseStrictXml(xml), 'w:tr')]).toHaveLength(2);
    expect(bodyTexts(xml)).toEqual(['An', 'Bình', '']);
  });

  test('table-row loop over several rows; rows holding only the tags vanish', () => {
    const body = table(row(p('Tên'), p('Xếp loại')), row(p('{{#members}}'), p('')), row(p('{{name}}'), p('{{rating}}')), row(p('{{/members}}'), p('')));
    const xml = render(body, { members: [{ name: 'An', rating: 'Tốt' }, { name: 'Bình', rating: 'Khá' }] });
    expect([...elements(parseStrictXml(xml), 'w:tr')]).toHaveLength(3);
    expect(bodyTexts(xml)).toEqual(['Tên', 'Xếp loại', 'An', 'Tốt', 'Bình', 'Khá']);
  });

  test('an empty row loop drops a table left without rows', () => {
    const body = p('Trước') + table(row(p('{{#members}}{{name}}'), p('{{/members}}'))) + p('Sau');
    const xml = render(body, { members: [] });
    expect(xml).not.toContain('<w:tbl>');
    expect(bodyTexts(xml)).toEqual(['Trước', 'Sau']);
  });

  test('a cell emptied by a block keeps one paragraph', () => {
    const body = table(row(p('{{#if show}}'), p('A')), row(p('B'), p('C'))).replace(p('{{#if show}}'), p('{{#if show}}') + p('Nội dung') + p('{{/if}}'));
    const xml = render(body, { show: false });
    const cells = [...elements(parseStrictXml(xml), 'w:tc')];
    expect(cells).toHaveLength(4);
    expect(xml).toContain('<w:p/>');
    expect(xml).not.toContain('Nội dung');
    for (const c of cells) expect([...elements(c, 'w:p')].length).toBeGreaterThan(0);
  });

  test('nested loops: names resolve against the item first, then outer scopes', () => {
    const body =
      p('{{#organizations}}') +
      p('{{name}} — {{year}}') +
      table(row(p('{{#members}}{{name}}'), p('{{organization}} {{year}}{{/members}}'))) +
      p('{{/organizations}}');
    const data = {
      year: 2025,
      organizations: [
        { name: 'Chi bộ 1', members: [{ name: 'An', organization: 'CB1' }] },
        { name: 'Chi bộ 2', members: [{ name: 'Bình', organization: 'CB2' }, { name: 'Cường', organization: 'CB2' }] },
      ],
    };
    expect(texts(body, data)).toEqual(['Chi bộ 1 — 2025', 'An', 'CB1 2025', 'Chi bộ 2 — 2025', 'Bình', 'CB2 2025', 'Cường', 'CB2 2025']);
  });

  test('{{.}} is the item itself; inline loops repeat within the paragraph', () => {
    expect(texts(p('Vắng: {{#absent}}{{.}}; {{/absent}}hết'), { absent: ['An', 'Bình'] })).toEqual(['Vắng: An; Bình; hết']);
  });
});

describe('conditions', () => {
  const body = p('A') + p('{{#if chair}}') + p('Chủ trì: {{chair}}') + p('{{/if}}') + p('{{^chair}}') + p('Chưa có chủ trì') + p('{{/chair}}') + p('B');

  test('blocks are kept or dropped, tag paragraphs vanish', () => {
    expect(texts(body, { chair: 'An' })).toEqual(['A', 'Chủ trì: An', 'B']);
    expect(texts(body, { chair: '' })).toEqual(['A', 'Chưa có chủ trì', 'B']);
  });

  test.each([
    [undefined, false],
    [null, false],
    [false, false],
    [0, false],
    ['', false],
    [[], false],
    ['x', true],
    [1, true],
    [true, true],
    [[{}], true],
    [{}, true],
  ])('truthiness of %p is %p', (value, kept) => {
    expect(texts(p('x{{#if v}} kept{{/if}}'), { v: value as TemplateData[string] })).toEqual([kept ? 'x kept' : 'x']);
    expect(texts(p('x{{^v}} shown{{/v}}'), { v: value as TemplateData[string] })).toEqual([kept ? 'x' : 'x shown']);
  });

  test('inline condition across runs of the same kind', () => {
    const xml = render(para(run('Có {{#if late}}đến '), run('muộn', '<w:b/>'), run('{{/if}}mặt')), { late: false });
    expect(bodyTexts(xml)).toEqual(['Có mặt']);
  });

  test('table rows kept or dropped', () => {
    const t = table(row(p('Tiêu đề'), p('')), row(p('{{#if note}}Ghi chú'), p('{{note}}{{/if}}')));
    expect(texts(t + p(''), { note: '' })).toEqual(['Tiêu đề', '', '']);
    expect(texts(t + p(''), { note: 'x' })).toEqual(['Tiêu đề', '', 'Ghi chú', 'x', '']);
  });
});

describe('values', () => {
  test('XML specials are escaped and read back', () => {
    expect(texts(p('{{v}}'), { v: `<w:t>&amp; "quoted" 'single' ]]>` })).toEqual([`<w:t>&amp; "quoted" 'single' ]]>`]);
  });

  test('text that looks like template syntax is printed literally', () => {
    const xml = render(p('{{a}} {{b}}'), { a: '{{b}}', b: '{{#x}}{{/x}}' });
    expect(bodyTexts(xml)).toEqual(['{{b}} {{#x}}{{/x}}']);
  });

  test('NFD input comes out NFC', () => {
    const nfd = 'Nguyễn Thị Hường'.normalize('NFD');
    expect(texts(p('{{v}}'), { v: nfd })).toEqual(['Nguyễn Thị Hường'.normalize('NFC')]);
  });

  test('XML-invalid control characters are stripped', () => {
    expect(texts(p('{{v}}'), { v: 'A\u0000B\u0007C\u001FD\uFFFEE\uD800F' })).toEqual(['ABCDEF']);
  });

  test('"\\n" becomes a line break and "\\t" a tab in the same run formatting', () => {
    const xml = render(para(run('{{v}}', '<w:b/>')), { v: 'dòng 1\ndòng 2\r\ndòng 3\tcột' });
    expect(bodyTexts(xml)).toEqual(['dòng 1\ndòng 2\ndòng 3\tcột']);
    const runs = [...elements(parseStrictXml(xml), 'w:r')];
    expect(runs).toHaveLength(1);
    expect(xml).toContain('<w:br/>');
    expect(xml).toContain('<w:tab/>');
  });

  test('leading and trailing spaces are preserved', () => {
    const xml = render('<w:p><w:r><w:t>{{v}}</w:t></w:r></w:p>', { v: '  hai đầu  ' });
    expect(xml).toContain('<w:t xml:space="preserve">  hai đầu  </w:t>');
  });

  test('numbers with String(); booleans, null, undefined and missing values print empty', () => {
    expect(texts(p('[{{n}}|{{f}}|{{t}}|{{z}}|{{u}}|{{missing}}|{{deep.missing.path}}]'), { n: 1.5, f: false, t: true, z: null, u: undefined })).toEqual([
      '[1.5||||||]',
    ]);
  });

  test('inherited object properties are never read', () => {
    expect(texts(p('[{{constructor}}{{toString}}{{__proto__}}]'), {})).toEqual(['[]']);
  });
});

describe('data-shape problems are values', () => {
  test('a loop over a value that is not a list names the tag and paragraph; nothing is rendered', () => {
    const t = compiled(docxFromBody(p('Danh sách:') + p('{{#members}}') + p('{{name}}') + p('{{/members}}')));
    const r = renderDocx(t, { members: 'An' });
    expect(r.bytes).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'loop-not-list', tag: '{{#members}}', part: 'word/document.xml', paragraphText: '{{#members}}', template: 'mẫu.docx' }),
    ]);
    expect(r.problems[0]?.message).toContain('không phải danh sách');
    expect(renderParts(t, { members: { name: 'x' } }).problems[0]?.code).toBe('loop-not-list');
  });

  test('a record or list in a placeholder', () => {
    const r = renderDocx(compiled(docxFromBody(p('Ngày {{conference}}'))), { conference: { date: 'x' } });
    expect(r.problems).toEqual([expect.objectContaining({ code: 'value-not-scalar', tag: '{{conference}}', paragraphText: 'Ngày {{conference}}' })]);
  });
});

describe('package', () => {
  test('headers holding tags are rendered; static parts are reused as compiled', () => {
    const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('{{committee}}')}</w:hdr>`;
    const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${p('Trang')}</w:ftr>`;
    const t = compiled(docxFromBody(p('{{title}}'), { 'word/header1.xml': header, 'word/footer1.xml': footer }));
    expect(t.parts.map((x) => x.name).sort()).toEqual(['word/document.xml', 'word/header1.xml']);
    const a = renderDocx(t, { committee: 'CHI BỘ ĐÔNG', title: 'Một' }).bytes as Uint8Array;
    const b = renderDocx(t, { committee: 'CHI BỘ TÂY', title: 'Hai' }).bytes as Uint8Array;
    expect(bodyTexts(unzipText(a, 'word/header1.xml'))).toEqual(['CHI BỘ ĐÔNG']);
    expect(bodyTexts(unzipText(b, 'word/header1.xml'))).toEqual(['CHI BỘ TÂY']);
    expect(unzipText(a, 'word/footer1.xml')).toBe(footer);
    expect(a.subarray(0, t.staticLocal.length)).toEqual(b.subarray(0, t.staticLocal.length));
    expect(Object.keys(unzipSync(a)).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/footer1.xml', 'word/header1.xml', 'word/styles.xml'].sort(),
    );
  });

  test('a .dotx template produces a .docx content type', () => {
    const dotx = zipSync({
      '[Content_Types].xml': strToU8(contentTypes.replace('document.main+xml', 'template.main+xml')),
      'word/document.xml': strToU8(documentXml(p('{{x}}'))),
    });
    const out = renderDocx(compiled(dotx), { x: 'y' }).bytes as Uint8Array;
    const types = strFromU8(unzipSync(out)['[Content_Types].xml'] as Uint8Array);
    expect(types).toContain('wordprocessingml.document.main+xml');
    expect(types).not.toContain('template.main+xml');
  });

  test('stored (uncompressed) static parts are deflated once at compile time', () => {
    const files = unzipSync(docxFromBody(p('{{x}}')));
    const stored = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])));
    const t = compiled(stored);
    const out = renderDocx(t, { x: 'y' }).bytes as Uint8Array;
    expect(out.length).toBeLessThan(stored.length);
    expect(bodyTexts(unzipText(out))).toEqual(['y']);
  });

  test('a host may hand in its own raw DEFLATE', () => {
    const t = compiled(docxFromBody(p('{{x}}')));
    let calls = 0;
    const out = renderDocx(t, { x: 'zlib' }, { deflate: (d) => (calls++, deflateSync(d, { level: 1 })) }).bytes as Uint8Array;
    expect(calls).toBe(1);
    expect(bodyTexts(unzipText(out))).toEqual(['zlib']);
  });

  test('a compiled template renders many times without interference', () => {
    const t = compiled(docxFromBody(p('{{#items}}') + p('{{.}}') + p('{{/items}}')));
    for (let i = 0; i < 5; i++) {
      const items = Array.from({ length: i }, (_, k) => `mục ${k}`);
      expect(bodyTexts(unzipText(renderDocx(t, { items }).bytes as Uint8Array))).toEqual(items);
    }
  });
});
