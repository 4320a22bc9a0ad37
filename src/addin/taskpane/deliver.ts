// Handing a file to the user: a Blob download where the host allows it (not Excel on Mac).
import type { OutputFile } from '../../worker/protocol';

export function downloadFile(file: OutputFile, doc: Document = document): void {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Some webviews read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "1,2 MB" / "35 KB". */
export function fileSize(bytes: number, locale: 'vi' | 'en'): string {
  const format = (n: number): string =>
    n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 });
  return bytes >= 1_000_000
    ? `${format(bytes / 1_000_000)} MB`
    : `${format(Math.max(1, Math.round(bytes / 1000)))} KB`;
}
