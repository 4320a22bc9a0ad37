import { promises as fs } from 'node:fs';
import path from 'node:path';
import { documentKindInfo, type DocumentKind } from '../core/documents/generate';
import { knownTagsOf } from '../core/documents/known-tags';
import { compileTemplate, type CompiledTemplate, type TemplateProblem } from '../core/template/index';
import { UsageError } from './errors';

/** Built-in templates ship in the repository's templates/ folder, two levels above dist/cli/. */
export function builtInTemplatesDir(): string {
  return path.resolve(__dirname, '..', '..', 'templates');
}

export type LoadedTemplate =
  | { readonly template: CompiledTemplate; readonly problems: readonly TemplateProblem[] }
  | { readonly template?: undefined; readonly problems: readonly TemplateProblem[] };

/** Reads and pre-flights a template: the built-in one of the kind, or the user's own `--template` file. */
export async function loadTemplate(kind: DocumentKind, userFile?: string): Promise<LoadedTemplate> {
  const file = userFile ?? path.join(builtInTemplatesDir(), documentKindInfo[kind].template);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new UsageError(`Không đọc được mẫu văn bản «${file}».`, `Cannot read the template «${file}».`);
  }
  const result = compileTemplate(bytes, { name: path.basename(file), knownTags: knownTagsOf(kind) });
  return result.template === undefined ? { problems: result.problems } : { template: result.template, problems: result.problems };
}
