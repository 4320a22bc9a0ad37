import type { Finding } from '../findings';
import { makeFinding } from './rule';

// V6: REGULATIONS.md §5 (TCVN 6909:2001 Unicode; old files carry TCVN3 or VNI).
export const v6Rule = { id: 'V6', severity: 'warning' } as const;

const encodingNames = { tcvn3: 'TCVN3 (ABC, .VnTime)', vni: 'VNI (VNI-Times)' } as const;

/** `converted` is the Unicode text, carried as `fix` and used by Văn kiện in place of the cell's text. */
export function legacyEncodingFinding(
  sheet: string,
  cell: string,
  label: string,
  encoding: keyof typeof encodingNames,
  shown: string,
  converted: string,
): Finding {
  const name = encodingNames[encoding];
  return makeFinding(
    v6Rule.id,
    v6Rule.severity,
    sheet,
    cell,
    {
      vi: `Ô ${sheet}!${cell} (${label}): "${shown}" có vẻ được gõ bằng bảng mã cũ ${name}. Văn kiện dùng bản chuyển sang Unicode "${converted}"; hãy sửa ô thành văn bản này (hoặc chấp nhận đề xuất sửa).`,
      en: `Cell ${sheet}!${cell} (${label}): "${shown}" looks like legacy ${name} encoding. Văn kiện uses the Unicode conversion "${converted}"; replace the cell's text with it (or accept the proposed fix).`,
    },
    converted,
  );
}
