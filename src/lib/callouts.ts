// Callouts: GitHub alert types plus `EXAM` for exam tips. The Markdown syntax
// (`> [!TIP] Title`) and the MDX `<Callout>` component render the same markup from this.
export const CALLOUT_TYPES = ['note', 'tip', 'important', 'warning', 'caution', 'exam'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function isCalloutType(value: string): value is CalloutType {
  return (CALLOUT_TYPES as readonly string[]).includes(value);
}

/** Stroke icons on a 24×24 grid, drawn once here for both renderers. */
export const CALLOUT_ICONS: Record<CalloutType, string> = {
  note: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20Z M12 11v6 M12 7h.01',
  tip: 'M9 18h6 M10 21h4 M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3Z',
  important: 'M4 4h16v12H9l-5 4Z M12 7v4 M12 14h.01',
  warning: 'M12 3 2 20h20Z M12 9v5 M12 17h.01',
  caution: 'M8 2h8l6 6v8l-6 6H8l-6-6V8Z M12 7v6 M12 16h.01',
  exam: 'M2 9l10-5 10 5-10 5Z M6 11v5c3 2 9 2 12 0v-5 M22 9v6',
};

/** Class names of a callout: one shared stylesheet colours them per type and theme. */
export function calloutClasses(type: CalloutType): string[] {
  return ['callout', `callout-${type}`];
}
