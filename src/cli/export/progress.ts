// Progress of the bulk export on stderr: a redrawn bar on a terminal; elsewhere (logs, CI) a line per tenth
// of an export of 100 organizations or more.
import type { ExportProgress } from '../../core/export/run-export';
import type { Locale } from '../../core/findings';

export interface ProgressSink {
  update(progress: ExportProgress): void;
  /** Leaves the terminal on a fresh line. */
  end(): void;
}

const width = 30;

export function progressBar(done: number, total: number): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

export function createProgress(stream: NodeJS.WritableStream, isTty: boolean, locale: Locale, now: () => number = () => performance.now()): ProgressSink {
  const unit = locale === 'en' ? 'organizations' : 'tổ chức';
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let drawn = false;
  const label = (p: ExportProgress): string => {
    if (p.stage === 'report') return locale === 'en' ? 'yearly report' : 'báo cáo năm';
    if (p.stage === 'workbook') return locale === 'en' ? 'summary workbook' : 'tệp Excel tổng hợp';
    if (p.stage === 'done') return locale === 'en' ? 'done' : 'xong';
    return `${p.done}/${p.total} ${unit}`;
  };
  return {
    update(p) {
      if (isTty) {
        const t = now();
        if (p.stage === 'tables' && p.done !== p.total && t - lastDraw < 80) return;
        lastDraw = t;
        const percent = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
        stream.write(`\r\x1b[2K${progressBar(p.done, p.total)} ${String(percent).padStart(3)}%  ${label(p)}`);
        drawn = true;
        return;
      }
      // Short exports say nothing in logs; long ones a line per tenth.
      if (p.stage !== 'tables' || p.total < 100) return;
      const tenth = p.total === 0 ? 10 : Math.floor((p.done * 10) / p.total);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${locale === 'en' ? 'Progress' : 'Tiến độ'}: ${p.done}/${p.total} ${unit}\n`);
    },
    end() {
      if (isTty && drawn) stream.write('\n');
      drawn = false;
    },
  };
}
