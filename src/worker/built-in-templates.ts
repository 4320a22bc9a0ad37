// Built-in Word templates reach the worker as webpack assets of this origin (webpack.config.js: asset/resource).
import type { TemplateSource } from './operations';

const urls: Readonly<Record<string, URL>> = {
  'nghi-quyet.docx': new URL('../../templates/nghi-quyet.docx', import.meta.url),
  'thong-bao-ket-luan.docx': new URL('../../templates/thong-bao-ket-luan.docx', import.meta.url),
  'bien-ban.docx': new URL('../../templates/bien-ban.docx', import.meta.url),
  'bao-cao-xep-loai.docx': new URL('../../templates/bao-cao-xep-loai.docx', import.meta.url),
  'bang-xep-loai.docx': new URL('../../templates/bang-xep-loai.docx', import.meta.url),
};

export const fetchBuiltInTemplate: TemplateSource = async (file) => {
  const url = urls[file];
  if (url === undefined) throw new Error(`no built-in template ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`built-in template ${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
