// The task pane's views; the ribbon buttons open the pane on one with `taskpane.html?view=<id>`.
export const viewIds = ['setup', 'check', 'documents', 'export', 'templates'] as const;
export type ViewId = (typeof viewIds)[number];

export function isViewId(text: string | null): text is ViewId {
  return text !== null && (viewIds as readonly string[]).includes(text);
}
