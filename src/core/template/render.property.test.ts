import fc from 'fast-check';
import { stripXmlInvalid } from '../text/normalize';
import { compileTemplate } from './compile';
import { renderDocx } from './render';
import { bodyTexts, docxFromBody, p, para, row, run, table, unzipText } from './test-support';

const pieces = fc.constantFrom(
  '<', '>', '&', '"', "'", '&amp;', ']]>', '<w:t>', '</w:p>', '{{', '}}', '{{name}}', '{{#items}}', '{{/items}}', '{{^x}}', '{{.}}',
  '\n', '\r\n', '\r', '\t', '\u0000', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0085', '\u2028',
  '😀', '👨‍👩‍👧', '🇻🇳', 'Nguyễn Thị Hường'.normalize('NFD'), 'Đảng ủy', 'ệ', 'e\u0323\u0302', ' ', '  ', '\u00A0',
);
const anyString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const mixed = fc.array(fc.oneof(pieces, anyString, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 12 }).map((a) => a.join(''));
const long = fc.tuple(mixed, fc.integer({ min: 1, max: 32767 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length))).slice(0, n));
const value = fc.oneof({ weight: 5, arbitrary: mixed }, { weight: 1, arbitrary: long });

function expected(v: string): string {
  return stripXmlInvalid(v).normalize('NFC').replace(/\r\n?/g, '\n');
}

const compiled = compileTemplate(
  docxFromBody(
    para(run('['), run('{{a}}', '<w:b/>'), run(']')) +
      p('{{#items}}') +
      p('{{.}}') +
      p('{{/items}}') +
      table(row(p('{{#rows}}{{x}}'), p('{{#if y}}{{y}}{{/if}}{{/rows}}'))) +
      p('{{^items}}{{a}}{{/items}}'),
  ),
);

describe('rendering arbitrary values (property)', () => {
  test('always gives a well-formed document.xml whose text reads back as the NFC, XML-valid value', () => {
    const template = compiled.template;
    if (!template) throw new Error('template did not compile');
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 3 }), fc.array(fc.record({ x: value, y: value }), { maxLength: 3 }), (a, items, rows) => {
        const r = renderDocx(template, { a, items, rows });
        if (!r.bytes) throw new Error('no bytes');
        const texts = bodyTexts(unzipText(r.bytes));
        const want = [
          `[${expected(a)}]`,
          ...items.map(expected),
          ...rows.flatMap((x) => [expected(x.x), x.y ? expected(x.y) : '']),
          items.length ? '' : expected(a),
        ];
        expect(texts).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });
});
