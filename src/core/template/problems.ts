// Template problems are values (STYLE.md §3): what is wrong, in which template, part, tag and paragraph.

export const templateProblemCodes = [
  'not-a-docx',
  'missing-document-part',
  'corrupt-part',
  'too-large',
  'invalid-tag',
  'tag-spans-paragraphs',
  'unknown-tag',
  'unclosed-block',
  'unexpected-close',
  'crossed-blocks',
  'block-structure',
  'loop-not-list',
  'value-not-scalar',
] as const;
export type TemplateProblemCode = (typeof templateProblemCodes)[number];

export interface TemplateProblem {
  readonly code: TemplateProblemCode;
  /** Vietnamese: what is wrong, where, and how to fix it. */
  readonly message: string;
  readonly messageEn: string;
  /** The template's display name (file name). */
  readonly template: string;
  /** The tag as written, e.g. "{{#members}}". */
  readonly tag?: string;
  /** The package part, e.g. "word/document.xml" ('' for the whole file). */
  readonly part: string;
  /** Text of the paragraph holding the tag ('' when none). */
  readonly paragraphText: string;
}

export interface ProblemContext {
  readonly template: string;
  readonly part: string;
  readonly tag?: string;
  readonly paragraphText?: string;
  /** Technical detail, or the other tag involved. */
  readonly detail?: string;
  /** The data path of the tag. */
  readonly path?: string;
}

const quoteVi = (p: string): string => (p ? ` Đoạn văn: “${p}”.` : '');
const quoteEn = (p: string): string => (p ? ` Paragraph: "${p}".` : '');

type Texts = { readonly vi: string; readonly en: string };

function texts(code: TemplateProblemCode, c: ProblemContext): Texts {
  const t = c.template;
  const tag = c.tag ?? '';
  const d = c.detail ?? '';
  const path = c.path ?? '';
  switch (code) {
    case 'not-a-docx':
      return {
        vi: `Tệp mẫu «${t}» không phải tệp Word .docx (không mở được dạng nén ZIP). Hãy mở bằng Word và lưu lại với kiểu “Word Document (*.docx)”.`,
        en: `Template "${t}" is not a Word .docx file (not a ZIP archive). Open it in Word and save it as "Word Document (*.docx)".`,
      };
    case 'missing-document-part':
      return {
        vi: `Tệp mẫu «${t}» không có phần nội dung chính word/document.xml nên không phải văn bản Word hợp lệ.`,
        en: `Template "${t}" has no main document part (word/document.xml), so it is not a valid Word document.`,
      };
    case 'corrupt-part':
      return {
        vi: `Phần ${c.part} của tệp mẫu «${t}» bị hỏng (${d}). Hãy mở mẫu bằng Word, lưu lại rồi thử lại.`,
        en: `Part ${c.part} of template "${t}" is corrupt (${d}). Open the template in Word, save it again and retry.`,
      };
    case 'too-large':
      return {
        vi: `Tệp mẫu «${t}» khi giải nén quá lớn hoặc có quá nhiều thành phần (${d}); tệp có thể bị hỏng hoặc độc hại nên không được xử lý.`,
        en: `Template "${t}" is too large once uncompressed or has too many entries (${d}); it may be corrupt or malicious and was not processed.`,
      };
    case 'invalid-tag':
      return {
        vi: `Thẻ ${tag} trong mẫu «${t}» không đúng cú pháp. Thẻ hợp lệ có dạng {{name}}, {{conference.date}}, {{#items}} … {{/items}}, {{#if x}} … {{/if}} hoặc {{^x}} … {{/x}}.${quoteVi(c.paragraphText ?? '')}`,
        en: `Tag ${tag} in template "${t}" is not valid. Valid tags look like {{name}}, {{conference.date}}, {{#items}} … {{/items}}, {{#if x}} … {{/if}} or {{^x}} … {{/x}}.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'tag-spans-paragraphs':
      return {
        vi: `Thẻ ${tag} trong mẫu «${t}» mở bằng “{{” nhưng không đóng bằng “}}” trong cùng đoạn văn; một thẻ phải nằm trọn trong một đoạn, không xuống dòng.${quoteVi(c.paragraphText ?? '')}`,
        en: `Tag ${tag} in template "${t}" opens with "{{" but is not closed with "}}" in the same paragraph; a tag must sit within one paragraph.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'unknown-tag':
      return {
        vi: `Thẻ ${tag} trong mẫu «${t}» không có trong dữ liệu của loại văn bản này; hãy kiểm tra chính tả tên thẻ.${quoteVi(c.paragraphText ?? '')}`,
        en: `Tag ${tag} in template "${t}" is not provided by this document kind; check the tag's spelling.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'unclosed-block':
      return {
        vi: `Khối ${tag} trong mẫu «${t}» chưa có thẻ đóng ${d}.${quoteVi(c.paragraphText ?? '')}`,
        en: `Block ${tag} in template "${t}" has no closing tag ${d}.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'unexpected-close':
      return {
        vi: `Thẻ đóng ${tag} trong mẫu «${t}» không có thẻ mở tương ứng.${quoteVi(c.paragraphText ?? '')}`,
        en: `Closing tag ${tag} in template "${t}" has no matching opening tag.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'crossed-blocks':
      return {
        vi: `Các khối trong mẫu «${t}» đan chéo nhau: thẻ ${tag} đóng khi khối ${d} bên trong vẫn đang mở; khối mở sau phải đóng trước.${quoteVi(c.paragraphText ?? '')}`,
        en: `Blocks in template "${t}" cross: ${tag} closes while the inner block ${d} is still open; the block opened last must close first.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'block-structure':
      return {
        vi: `Khối ${tag} trong mẫu «${t}» cắt ngang cấu trúc văn bản (${d}). Hãy đặt thẻ mở và thẻ đóng mỗi thẻ trong một đoạn văn riêng, hoặc trong cùng một dòng của bảng, hoặc trong cùng một đoạn có cùng định dạng.${quoteVi(c.paragraphText ?? '')}`,
        en: `Block ${tag} in template "${t}" cuts across the document's structure (${d}). Put the opening and closing tags each in its own paragraph, or in the same table row, or in one paragraph with the same formatting.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'loop-not-list':
      return {
        vi: `Thẻ ${tag} trong mẫu «${t}» lặp trên “${path}”, nhưng dữ liệu này không phải danh sách.${quoteVi(c.paragraphText ?? '')}`,
        en: `Tag ${tag} in template "${t}" loops over "${path}", which is not a list.${quoteEn(c.paragraphText ?? '')}`,
      };
    case 'value-not-scalar':
      return {
        vi: `Thẻ ${tag} trong mẫu «${t}» chỉ in được chữ hoặc số, nhưng “${path}” là một danh sách hoặc một nhóm dữ liệu; hãy dùng vòng lặp hoặc chọn một trường con.${quoteVi(c.paragraphText ?? '')}`,
        en: `Tag ${tag} in template "${t}" prints text or numbers only, but "${path}" is a list or a record; use a loop or pick a field.${quoteEn(c.paragraphText ?? '')}`,
      };
  }
}

export function templateProblem(code: TemplateProblemCode, c: ProblemContext): TemplateProblem {
  const { vi, en } = texts(code, c);
  const base = { code, message: vi, messageEn: en, template: c.template, part: c.part, paragraphText: c.paragraphText ?? '' };
  return c.tag === undefined ? base : { ...base, tag: c.tag };
}
