// Data handed to a template, and the compiled form of a template (fragments and slots).
import type { ZipEntryData } from './zip';

export type TemplateScalar = string | number | boolean | null | undefined;
export type TemplateValue = TemplateScalar | TemplateData | readonly TemplateValue[];
export interface TemplateData {
  readonly [key: string]: TemplateValue;
}

export const templateTagKinds = ['value', 'loop', 'if', 'unless', 'end'] as const;
export type TemplateTagKind = (typeof templateTagKinds)[number];

/** One tag as found by the pre-flight. */
export interface TemplateTag {
  /** As written, after merging Word's runs: "{{#members}}". */
  readonly raw: string;
  readonly kind: TemplateTagKind;
  /** Data path: "conference.date", "." for the loop item, "" for {{/if}}. */
  readonly path: string;
  /** Paths of the enclosing loops, outermost first. */
  readonly scope: readonly string[];
  readonly part: string;
  readonly paragraphText: string;
}

/** Where a slot came from, for render-time problems. */
export interface SlotOrigin {
  readonly raw: string;
  readonly path: string;
  readonly part: string;
  readonly paragraphText: string;
}

export interface StaticNode {
  readonly kind: 'static';
  readonly text: string;
  /** The fragment opens a table row / a paragraph (guards count them). */
  readonly rows: boolean;
  readonly paragraphs: boolean;
}
export interface ValueNode {
  readonly kind: 'value';
  /** Path segments; empty for "{{.}}". */
  readonly path: readonly string[];
  readonly origin: SlotOrigin;
}
export interface BlockNode {
  readonly kind: 'loop' | 'if' | 'unless';
  readonly path: readonly string[];
  readonly origin: SlotOrigin;
  readonly children: readonly RenderNode[];
}
/** "table": dropped when no row survives (w:tbl needs a w:tr); "cell": gets an empty paragraph when none survives (w:tc needs a w:p). */
export interface GuardNode {
  readonly kind: 'table-guard' | 'cell-guard';
  readonly children: readonly RenderNode[];
}
export type RenderNode = StaticNode | ValueNode | BlockNode | GuardNode;

export interface CompiledPart {
  readonly name: string;
  readonly nodes: readonly RenderNode[];
  /** Replacements inside w:t for "\n" and "\t" (the part's WordprocessingML prefix). */
  readonly lineBreak: string;
  readonly tab: string;
  /** "<w:p/>" with the part's prefix. */
  readonly emptyParagraph: string;
}

/** A template compiled once, rendered many times. Treat as opaque. */
export interface CompiledTemplate {
  readonly name: string;
  readonly tags: readonly TemplateTag[];
  /** Parts rendered per document (the document part, headers/footers holding tags). */
  readonly parts: readonly CompiledPart[];
  readonly partEntries: readonly Pick<ZipEntryData, 'name' | 'nameBytes' | 'flags'>[];
  /** Local headers and data of every static part, written once. */
  readonly staticLocal: Uint8Array;
  /** Central directory records of the static parts (offsets relative to the archive start). */
  readonly staticCentral: Uint8Array;
  readonly staticCount: number;
}
