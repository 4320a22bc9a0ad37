import type { Locale } from '../core/findings';

/** What a command may touch besides files: its streams and the user's language. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly locale: Locale;
  /** Colours and progress bars only on a terminal. */
  readonly isTty: boolean;
  readonly cwd: string;
}

export function say(io: CommandIo, vi: string, en: string): void {
  io.stdout.write(`${io.locale === 'en' ? en : vi}\n`);
}
