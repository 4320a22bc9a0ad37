import { strToU8, zipSync } from 'fflate';
import { compileTemplate, preflight } from './compile';
import { docxFromBody, documentXml, p, para, row, run, table } from './test-support';

const known = new Set(['conference', 'conference.date', 'conference.place', 'members', 'members.name', 'members.rating', 'year', 'chair']);

describe('pre-flight tag list', () => {
  test('lists every tag with its kind, path, enclosing loops and paragraph', () => {
    const body =
      para(run('Ngày {{confer'), run('ence.date}}')) +
      p('{{#if chair}}Chủ trì {{chair}}{{/if}}') +
      table(row(p('{{#members}}{{name}}'), p('{{rating}} {{year}}{{/members}}'))) +
      p('{{^members}}Không có{{/members}}');
    const r = preflight(docxFromBody(body), { knownTags: known });
    expect(r.problems).toEqual([]);
    expect(r.tags.map((t) => [t.raw, t.kind, t.path, t.scope.join('>')])).toEqual([
      ['{{conference.date}}', 'value', 'conference.date', ''],
      ['{{#if chair}}', 'if', 'chair', ''],
      ['{{chair}}', 'value', 'chair', ''],
      ['{{/if}}', 'end', '', ''],
      ['{{#members}}', 'loop', 'members', ''],
      ['{{name}}', 'value', 'name', 'members'],
      ['{{rating}}', 'value', 'rating', 'members'],
      ['{{year}}', 'value', 'year', 'members'],
      ['{{/members}}', 'end', 'members', ''],
      ['{{^members}}', 'unless', 'members', ''],
      ['{{/members}}', 'end', 'members', ''],
    ]);
    expect(r.tags[0]).toMatchObject({ part: 'word/document.xml', paragraphText: 'Ngày {{conference.date}}' });
  });

  test('spaces inside the braces are allowed', () => {
    const r = preflight(docxFromBody(p('{{ year }} {{#if  chair }}x{{/if}}')), { knownTags: known });
    expect(r.problems).toEqual([]);
    expect(r.tags.map((t) => t.path)).toEqual(['year', 'chair', '']);
  });
});

describe('pre-flight problems', () => {
  const codes = (body: string, knownTags: typeof known | null = known) =>
    preflight(docxFromBody(body), { name: 'nghi-quyet.docx', knownTags: knownTags ?? undefined }).problems.map((x) => [x.code, x.tag, x.paragraphText]);

  test('unknown tags, resolved like rendering: item first, then outer scopes', () => {
    expect(codes(p('{{conference.dat}} {{members.name}}') + p('{{#members}}{{name}} {{year}} {{ratting}}{{/members}}'))).toEqual([
      ['unknown-tag', '{{conference.dat}}', '{{conference.dat}} {{members.name}}'],
      ['unknown-tag', '{{ratting}}', '{{#members}}{{name}} {{year}} {{ratting}}{{/members}}'],
    ]);
  });

  test('known names may be given as a function', () => {
    const r = preflight(docxFromBody(p('{{a.b}} {{c}}')), { knownTags: (path) => path.startsWith('a.') });
    expect(r.problems.map((x) => x.tag)).toEqual(['{{c}}']);
  });

  test('an unknown tag carries Vietnamese and English messages naming the template, tag and paragraph', () => {
    const [problem] = preflight(docxFromBody(p('Kính gửi {{recipent}}')), { name: 'thong-bao.docx', knownTags: known }).problems;
    expect(problem).toMatchObject({ code: 'unknown-tag', tag: '{{recipent}}', part: 'word/document.xml', template: 'thong-bao.docx' });
    expect(problem?.message).toContain('thong-bao.docx');
    expect(problem?.message).toContain('{{recipent}}');
    expect(problem?.message).toContain('Kính gửi {{recipent}}');
    expect(problem?.message).toMatch(/không có trong dữ liệu/);
    expect(problem?.messageEn).toContain('not provided');
  });

  test('unclosed loop', () => {
    expect(codes(p('{{#members}}') + p('{{name}}'))).toEqual([['unclosed-block', '{{#members}}', '{{#members}}']]);
    expect(preflight(docxFromBody(p('{{#if chair}}'))).problems[0]?.message).toContain('{{/if}}');
  });

  test('crossed loops', () => {
    expect(codes(p('{{#members}}') + p('{{#if chair}}') + p('{{/members}}') + p('{{/if}}'))).toEqual([
      ['crossed-blocks', '{{/members}}', '{{/members}}'],
      ['unexpected-close', '{{/if}}', '{{/if}}'],
    ]);
  });

  test('closing tag without opening tag', () => {
    expect(codes(p('{{/members}}'))).toEqual([['unexpected-close', '{{/members}}', '{{/members}}']]);
  });

  test('a tag spanning paragraphs is reported with the paragraph text', () => {
    expect(codes(p('Ngày {{conference.') + p('date}} tại xã'))).toEqual([['tag-spans-paragraphs', '{{conference.', 'Ngày {{conference.']]);
  });

  test('invalid tags', () => {
    expect(codes(p('{{a b}} {{}} {{#}} {{x {{y}}'), null).map((x) => [x[0], x[1]])).toEqual([
      ['invalid-tag', '{{a b}}'],
      ['invalid-tag', '{{}}'],
      ['invalid-tag', '{{#}}'],
      ['invalid-tag', '{{x '],
    ]);
  });

  test('a tag broken by a line break inside its paragraph is invalid, not silently joined', () => {
    const body = para(run('{{na'), '<w:r><w:br/></w:r>', run('me}}'));
    expect(codes(body, null).map((x) => x[0])).toEqual(['invalid-tag']);
  });

  test('an inline block across a hyperlink boundary is refused', () => {
    const body = `<w:p>${run('{{#if chair}}A')}<w:hyperlink r:id="rId9">${run('B{{/if}}')}</w:hyperlink></w:p>`;
    expect(codes(body, null).map((x) => x[0])).toEqual(['block-structure']);
  });

  test('blocks that share a non-vanishing paragraph cross', () => {
    const body = p('{{#if chair}}') + p('x') + p('y {{/if}} {{#if year}}') + p('z') + p('{{/if}}');
    expect(codes(body, null).map((x) => x[0])).toEqual(['crossed-blocks']);
  });
});

describe('bad input', () => {
  test('not a .docx', () => {
    const r = compileTemplate(strToU8('Đây là một tệp văn bản thường'), { name: 'ghi-chu.txt' });
    expect(r.template).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ code: 'not-a-docx', template: 'ghi-chu.txt', part: '' })]);
    expect(r.problems[0]?.message).toContain('ghi-chu.txt');
  });

  test('a zip without word/document.xml', () => {
    const r = compileTemplate(zipSync({ 'content.xml': strToU8('<office:document/>') }), { name: 'van-ban.odt' });
    expect(r.problems.map((x) => x.code)).toEqual(['missing-document-part']);
  });

  test('a corrupt document part', () => {
    const r = compileTemplate(zipSync({ 'word/document.xml': strToU8(documentXml('<w:p><w:r><w:t>x</w:r></w:p>')) }));
    expect(r.problems).toEqual([expect.objectContaining({ code: 'corrupt-part', part: 'word/document.xml' })]);
    const dtd = compileTemplate(zipSync({ 'word/document.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>') }));
    expect(dtd.problems.map((x) => x.code)).toEqual(['corrupt-part']);
    const entity = compileTemplate(zipSync({ 'word/document.xml': strToU8(documentXml(p('&bogus;'))) }));
    expect(entity.problems.map((x) => x.code)).toEqual(['corrupt-part']);
  });

  test('a zip bomb is refused before anything is inflated', () => {
    const bomb = zipSync({ 'word/document.xml': strToU8(documentXml(p('x'))), 'word/media/zeros.bin': new Uint8Array(12 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const r = compileTemplate(bomb, { name: 'bom.docx', limits: { maxTotalSize: 10 * 1024 * 1024 } });
    expect(r.problems).toEqual([expect.objectContaining({ code: 'too-large', part: 'word/media/zeros.bin' })]);
    expect(r.problems[0]?.message).toContain('bom.docx');
  });

  test('the default cap is 100 MB uncompressed', () => {
    const small = zipSync({ 'word/document.xml': strToU8(documentXml(p('x'))), 'word/media/a.bin': new Uint8Array(10) });
    // declare 101 MB for the second entry in the central directory
    const v = new DataView(small.buffer);
    let cd = small.length - 22;
    cd = v.getUint32(cd + 16, true);
    cd += 46 + v.getUint16(cd + 28, true) + v.getUint16(cd + 30, true) + v.getUint16(cd + 32, true);
    v.setUint32(cd + 24, 101 * 1024 * 1024, true);
    expect(compileTemplate(small).problems.map((x) => [x.code, x.part])).toEqual([['too-large', 'word/media/a.bin']]);
  });

  test('too many entries', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXml(p('x'))) };
    for (let i = 0; i < 50; i++) files[`word/media/image${i}.png`] = new Uint8Array([i]);
    expect(compileTemplate(zipSync(files), { limits: { maxEntries: 40 } }).problems.map((x) => x.code)).toEqual(['too-large']);
  });

  test('every problem blocks compilation', () => {
    const r = compileTemplate(docxFromBody(p('{{#members}}')));
    expect(r.template).toBeUndefined();
    expect(r.problems).toHaveLength(1);
  });
});
