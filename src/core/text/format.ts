// Vietnamese number formatting, never the host's locale (REGULATIONS.md §5): "3.400", "77,5", "77,77%", "662/686".

interface Digits {
  readonly integer: string;
  readonly fraction: string;
}

/** The digits of |n| as JavaScript prints it (shortest round trip), decimal point moved `shift` places right. */
function decimalDigits(abs: number, shift: number): Digits {
  const printed = String(abs);
  const e = printed.indexOf('e');
  const mantissa = e < 0 ? printed : printed.slice(0, e);
  const exponent = e < 0 ? 0 : Number(printed.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent + shift;
  if (point <= 0) return { integer: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { integer: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { integer: digits.slice(0, point), fraction: digits.slice(point) };
}

function incremented(digits: string): string {
  let out = '';
  let i = digits.length - 1;
  while (i >= 0 && digits.charAt(i) === '9') {
    out = '0' + out;
    i--;
  }
  return i < 0 ? '1' + out : digits.slice(0, i) + String(Number(digits.charAt(i)) + 1) + out;
}

function formatScaled(n: number, shift: number, maxDecimals: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n}`);
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) throw new RangeError(`maxDecimals ${maxDecimals}`);
  const { integer, fraction } = decimalDigits(Math.abs(n), shift);
  let kept = integer + fraction.slice(0, maxDecimals);
  // Half away from zero, on the decimal digits as printed: 1.005 → "1,01".
  if (fraction.length > maxDecimals && fraction.charAt(maxDecimals) >= '5') kept = incremented(kept);
  const decimals = Math.min(maxDecimals, fraction.length);
  const whole = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, '');
  const part = kept.slice(kept.length - decimals).replace(/0+$/, '');
  const sign = n < 0 && /[1-9]/.test(whole + part) ? '-' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return part === '' ? `${sign}${grouped}` : `${sign}${grouped},${part}`;
}

/** 3400 → "3.400"; rounds half away from zero. */
export function formatInteger(n: number): string {
  return formatScaled(n, 0, 0);
}

/** 3400.25 → "3.400,25", 77.5 → "77,5"; at most `maxDecimals`, trailing zeros dropped. */
export function formatDecimal(n: number, maxDecimals = 2): string {
  return formatScaled(n, 0, maxDecimals);
}

/** 0.7777 → "77,77%" (no space before %). */
export function formatPercent(fraction: number, maxDecimals = 2): string {
  return `${formatScaled(fraction, 2, maxDecimals)}%`;
}

/** 662, 686 → "662/686". */
export function formatRatio(a: number, b: number): string {
  return `${formatInteger(a)}/${formatInteger(b)}`;
}

/** part/whole as a percentage: 662 of 686 → "96,5%"; "0%" when whole is 0. */
export function percentOf(part: number, whole: number, maxDecimals = 2): string {
  if (whole === 0) return '0%';
  return `${formatScaled((part * 100) / whole, 0, maxDecimals)}%`;
}
