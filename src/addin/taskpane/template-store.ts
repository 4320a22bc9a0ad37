// Users' own templates, kept in the browser's storage of this origin (never sent anywhere).
import type { DocumentKind } from '../../core/documents/generate';
import { fromBase64, toBase64 } from '../base64';
import type { UserTemplate } from '../../worker/protocol';
import type { SavedTemplateInfo } from './views/templates-view';

const prefix = 'vankien.template.';
/** localStorage holds ~5 MB per origin; base64 grows a file by a third. */
export const maxTemplateBytes = 2_000_000;

interface Stored extends SavedTemplateInfo {
  readonly base64: string;
}

export class TemplateStore {
  constructor(private readonly storage: Storage | undefined) {}

  private read(kind: DocumentKind): Stored | undefined {
    try {
      const text = this.storage?.getItem(prefix + kind);
      return text == null ? undefined : (JSON.parse(text) as Stored);
    } catch {
      // Unreadable storage or a damaged entry: the built-in template is used.
      return undefined;
    }
  }

  info(kind: DocumentKind): SavedTemplateInfo | undefined {
    const stored = this.read(kind);
    return stored === undefined
      ? undefined
      : { name: stored.name, size: stored.size, savedAt: stored.savedAt };
  }

  template(kind: DocumentKind): UserTemplate | undefined {
    const stored = this.read(kind);
    return stored === undefined
      ? undefined
      : { name: stored.name, bytes: fromBase64(stored.base64) };
  }

  /** False when the browser refuses (storage full or disabled). */
  save(kind: DocumentKind, template: UserTemplate): boolean {
    if (this.storage === undefined || template.bytes.length > maxTemplateBytes) return false;
    const stored: Stored = {
      name: template.name,
      size: template.bytes.length,
      savedAt: new Date().toISOString(),
      base64: toBase64(template.bytes),
    };
    try {
      this.storage.setItem(prefix + kind, JSON.stringify(stored));
      return true;
    } catch {
      return false;
    }
  }

  remove(kind: DocumentKind): void {
    try {
      this.storage?.removeItem(prefix + kind);
    } catch {
      // Nothing stored to remove.
    }
  }
}
