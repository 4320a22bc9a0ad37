// Is the page running inside Excel? Office.js reports the host, or is missing (no network, or a plain web page).
/// <reference types="office-js" />

export interface OfficeInfo {
  /** Excel's theme is dark (Office.context.officeTheme). */
  readonly dark: boolean;
}

function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (match === null) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => Number.parseInt(h ?? '0', 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}

/** Undefined outside Excel: Office.js did not load, did not answer in time, or reports another host or none. */
export async function detectExcel(timeoutMs = 4000): Promise<OfficeInfo | undefined> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return undefined;
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(() => resolve(undefined), timeoutMs),
  );
  const info = await Promise.race([Office.onReady(), timeout]);
  if (info?.host !== Office.HostType.Excel) return undefined;
  let dark = false;
  try {
    dark = isDark(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    // officeTheme is missing in some hosts: light it is.
  }
  return { dark };
}
