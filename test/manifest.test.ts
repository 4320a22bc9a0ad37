// manifest.xml: the offline schema (../shared/office-manifest-schemas), then what the schema cannot say:
// every resource referenced exists once, strings fit, icons exist at their size, buttons open known views.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isViewId } from '../src/addin/taskpane/view-ids';
import { isDocumentKind } from '../src/core/documents/generate';
import { testWithTools } from './support/docx-tools';

const root = resolve(__dirname, '..');
const manifestPath = resolve(root, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const schemaDir =
  process.env.OFFICE_MANIFEST_SCHEMAS ?? resolve(root, '../shared/office-manifest-schemas');
const devBase = 'https://localhost:3000/';

function all(pattern: RegExp, text = manifest): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, 'g'))];
}

function section(name: string): string {
  const match = new RegExp(`<bt:${name}>([\\s\\S]*?)</bt:${name}>`).exec(manifest);
  if (match === null) throw new Error(`no bt:${name}`);
  return match[1] ?? '';
}

function resources(name: string): Map<string, string> {
  return new Map(
    all(/<bt:(?:String|Url|Image) id="([^"]+)" DefaultValue="([^"]*)"\/>/, section(name)).map(
      (m) => [m[1] ?? '', (m[2] ?? '').replaceAll('&amp;', '&')],
    ),
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const withXmllint = testWithTools(['xmllint']);

describe('manifest.xml', () => {
  withXmllint(
    'validates against the Office add-in manifest schemas (VersionOverrides included)',
    () => {
      const run = spawnSync(
        'xmllint',
        [
          '--noout',
          '--nonet',
          '--schema',
          resolve(schemaDir, 'OfficeAppManifestV1_1.xsd'),
          manifestPath,
        ],
        { encoding: 'utf8' },
      );
      expect(run.stderr.trim()).toBe(`${manifestPath} validates`);
      expect(run.status).toBe(0);
    },
  );

  test('an Excel workbook task pane, ReadWriteDocument, ExcelApi 1.7 at least, Vietnamese by default', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(all(/<Host Name="([^"]+)"\/>/).map((m) => m[1])).toEqual(['Workbook']);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(all(/<(?:bt:)?Set Name="ExcelApi" MinVersion="([^"]+)"\/>/).map((m) => m[1])).toEqual([
      '1.7',
      '1.7',
    ]);
    expect(manifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(manifest).toContain('<DisplayName DefaultValue="Văn kiện">');
  });

  test('[VersionOverrides] every resid is defined once, in the section its element reads from', () => {
    const short = resources('ShortStrings');
    const long = resources('LongStrings');
    const urls = resources('Urls');
    const images = resources('Images');
    const ids = [...short.keys(), ...long.keys(), ...urls.keys(), ...images.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    const overrides = manifest.slice(manifest.indexOf('<VersionOverrides'));
    for (const m of all(
      /<(Label|Title|Description|SourceLocation|LearnMoreUrl|bt:Image)\b[^>]*resid="([^"]+)"/,
      overrides,
    )) {
      const [, element, id] = m;
      const table =
        element === 'Description'
          ? long
          : element === 'SourceLocation' || element === 'LearnMoreUrl'
            ? urls
            : element === 'bt:Image'
              ? images
              : short;
      expect({ element, id, defined: table.has(id ?? '') }).toEqual({ element, id, defined: true });
    }
  });

  test('[VersionOverrides] short strings fit 125 characters, long ones 250; control ids are unique', () => {
    for (const text of resources('ShortStrings').values())
      expect(text.length).toBeLessThanOrEqual(125);
    for (const text of resources('LongStrings').values())
      expect(text.length).toBeLessThanOrEqual(250);
    const controlIds = all(/<(?:Control|Group|CustomTab)\b[^>]*\bid="([^"]+)"/).map((m) => m[1]);
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  test('a ribbon tab "Văn kiện" with groups for set-up, check, every document kind and the yearly export, each opening its view', () => {
    const short = resources('ShortStrings');
    const urls = resources('Urls');
    expect(short.get('Tab.Label')).toBe('Văn kiện');
    const groups = all(/<Group id="([^"]+)">/).map((m) => m[1]);
    expect(groups).toEqual([
      'VanKien.Setup',
      'VanKien.Check',
      'VanKien.Documents',
      'VanKien.Export',
    ]);
    const opened = all(/<SourceLocation resid="([^"]+)"\/>/).map(
      (m) => new URL(urls.get(m[1] ?? '') ?? ''),
    );
    expect(opened.length).toBe(8);
    for (const url of opened) {
      expect(url.href.startsWith(devBase)).toBe(true);
      expect(url.pathname).toBe('/taskpane.html');
      expect(isViewId(url.searchParams.get('view'))).toBe(true);
      const kind = url.searchParams.get('kind');
      if (kind !== null) expect(isDocumentKind(kind)).toBe(true);
    }
    const kinds = opened.map((u) => u.searchParams.get('kind')).filter((k) => k !== null);
    expect(kinds.sort()).toEqual([
      'bao-cao-xep-loai',
      'bien-ban',
      'nghi-quyet',
      'thong-bao-ket-luan',
    ]);
  });

  test('icons: every image exists in assets/ at its declared size, 16/32/64/80/128 px per icon', () => {
    const images: string[] = [
      ...resources('Images').values(),
      /<IconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '',
      /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest)?.[1] ?? '',
    ];
    for (const url of images) {
      const file = resolve(root, new URL(url).pathname.slice(1));
      const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
      expect(pngSize(file)).toEqual([size, size]);
    }
    const names = new Set(images.map((url) => /assets\/([a-z]+)-\d+\.png$/.exec(url)?.[1]));
    for (const name of names) {
      expect(name).toBeDefined();
      for (const size of [16, 32, 64, 80, 128])
        expect(pngSize(resolve(root, `assets/${name}-${size}.png`))).toEqual([size, size]);
    }
  });
});
