// The .docx template engine: compile once, render many (README.md beside this file).
export { compileTemplate, preflight, mainDocumentPart } from './compile';
export type { CompileOptions, CompileResult, KnownTags, PreflightResult } from './compile';
export { renderDocx, renderParts, formatText } from './render';
export type { RenderOptions, RenderPartsResult, RenderResult } from './render';
export { templateProblemCodes } from './problems';
export type { TemplateProblem, TemplateProblemCode } from './problems';
export type { CompiledTemplate, TemplateData, TemplateScalar, TemplateTag, TemplateTagKind, TemplateValue } from './types';
export { templateTagKinds } from './types';
export {
  ZipWriter,
  defaultDeflateLevel,
  defaultZipLimits,
  deflateEntry,
  inflateEntry,
  predeflatedEntry,
  readZip,
  unzip,
  writeZip,
} from './zip';
export type { DeflateLevel, UnzipResult, ZipEntryData, ZipEntryRecord, ZipProblem, ZipReadLimits, ZipReadResult, ZipWriteOptions } from './zip';
export { crc32 } from './crc32';
export { deflateRaw } from './deflate';
