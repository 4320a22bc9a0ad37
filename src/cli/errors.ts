import type { Locale } from '../core/findings';

/** An invocation or input the CLI cannot work with: exit code 2, one line on stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
  text(locale: Locale): string {
    return locale === 'en' ? this.en : this.vi;
  }
}

export const exitCodes = {
  done: 0,
  blocked: 1,
  unusable: 2,
} as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
