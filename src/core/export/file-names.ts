// File names from data (spec/CLI.md): Vietnamese kept, unsafe characters replaced, never a path, unique.

// Windows-reserved characters, path separators and control characters.
// eslint-disable-next-line no-control-regex -- control characters are what is being replaced
const unsafe = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const maxBaseLength = 120;

/** A name safe on Windows, macOS and Linux and inside a zip, keeping Vietnamese letters (NFC). */
export function safeFileName(base: string, extension: string): string {
  let name = base
    .normalize('NFC')
    .replace(unsafe, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  name = name.replace(/\.{2,}/g, '.');
  if (reservedNames.test(name)) name = `_${name}`;
  if (name === '' || name === '_') name = 'van-ban';
  const chars = Array.from(name);
  if (chars.length > maxBaseLength) name = chars.slice(0, maxBaseLength).join('').trimEnd();
  return `${name}.${extension}`;
}

/** Hands out names, appending " (2)", " (3)" … to repeats; comparison ignores case (Windows, macOS). */
export class UniqueNames {
  private readonly used = new Set<string>();

  take(base: string, extension: string): string {
    const first = safeFileName(base, extension);
    let candidate = first;
    const stem = first.slice(0, first.length - extension.length - 1);
    for (let n = 2; this.used.has(candidate.toLocaleLowerCase('vi')); n++) candidate = `${stem} (${n}).${extension}`;
    this.used.add(candidate.toLocaleLowerCase('vi'));
    return candidate;
  }
}

// Excel refuses these in sheet names (ECMA-376 Part 1, §18.2.19 sheet@name; Excel's own 31-character cap).
const unsafeInSheetName = /[\\/?*[\]:]/g;
const maxSheetNameLength = 31;

/** At most `max` UTF-16 code units (Excel counts those), never half of a surrogate pair. */
function cutUtf16(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** A worksheet name Excel accepts: no `\ / ? * [ ] :`, no apostrophe at either end, at most 31 UTF-16 units. */
export function safeSheetName(base: string): string {
  let name = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(unsafeInSheetName, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  name = cutUtf16(name, maxSheetNameLength).trimEnd();
  if (name === '' || name.toLowerCase() === 'history') name = cutUtf16(`_${name}`, maxSheetNameLength);
  return name;
}

/** Hands out distinct sheet names (Excel compares them ignoring case): " (2)" replaces the end when needed. */
export class UniqueSheetNames {
  private readonly used = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.used.add(name.toLocaleLowerCase('vi'));
  }

  take(base: string): string {
    const first = safeSheetName(base);
    let candidate = first;
    for (let n = 2; this.used.has(candidate.toLocaleLowerCase('vi')); n++) {
      const suffix = ` (${n})`;
      candidate = `${cutUtf16(first, maxSheetNameLength - suffix.length).trimEnd()}${suffix}`;
    }
    this.used.add(candidate.toLocaleLowerCase('vi'));
    return candidate;
  }
}
