// Renders documents and validates their document.xml against the OOXML schemas (STYLE.md §9).
import { spawnSync } from 'node:child_process';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { compileTemplate } from '../src/core/template/compile';
import { renderDocx } from '../src/core/template/render';
import { docxFromBody, p, para, row, run, table, unzipText } from '../src/core/template/test-support';
import type { TemplateData } from '../src/core/template/types';
import { testWithTools } from './support/docx-tools';

const withXmllint = testWithTools(['xmllint']);

const schema = `${__dirname}/../../shared/ooxml-schemas/microsoft/wml-2010.xsd`;

function validate(xml: string): string {
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (r.error) throw r.error;
  return `${r.status} ${r.stderr.trim()}`;
}

function renderXml(bytes: Uint8Array, data: TemplateData): string {
  const c = compileTemplate(bytes);
  if (!c.template) throw new Error(c.problems.map((x) => x.messageEn).join('\n'));
  const r = renderDocx(c.template, data);
  if (!r.bytes) throw new Error(r.problems.map((x) => x.messageEn).join('\n'));
  return unzipText(r.bytes);
}

const data: TemplateData = {
  title: ' Nghị quyết <số 12> & "kết luận" ',
  note: 'dòng 1\ndòng 2\tcột\u0007',
  members: [
    { name: 'Nguyễn Văn An', rating: 'Tốt' },
    { name: 'Trần Thị Bình', rating: '{{rating}}' },
  ],
  empty: [],
  show: false,
};

describe('rendered documents are valid WordprocessingML (xmllint, wml-2010.xsd)', () => {
  withXmllint('hand-written template: placeholders, line breaks, loops, dropped table, emptied cell', () => {
    const body =
      para(run('{{ti', '<w:b/>'), '<w:proofErr w:type="spellStart"/>', run('tle}}'), '<w:proofErr w:type="spellEnd"/>') +
      p('{{note}}') +
      table(row(p('{{#members}}{{name}}'), p('{{rating}}{{/members}}'))) +
      p('') +
      table(row(p('{{#empty}}{{.}}'), p('{{/empty}}'))) +
      table(row(p('{{#if show}}') + p('ẩn') + p('{{/if}}'), p('x'))) +
      p('{{#members}}') +
      p('- {{name}}') +
      p('{{/members}}');
    expect(validate(renderXml(docxFromBody(body), data))).toBe('0 - validates');
  });

  withXmllint('template written by the docx library', async () => {
    const cell = (s: string): TableCell => new TableCell({ children: [new Paragraph(s)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: '{{title}}', bold: true })] }),
            new Paragraph('{{note}}'),
            new Table({ rows: [new TableRow({ children: [cell('{{#members}}{{name}}'), cell('{{rating}}{{/members}}')] })] }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(validate(renderXml(bytes, data))).toBe('0 - validates');
  });
});
