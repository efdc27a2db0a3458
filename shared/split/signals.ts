// The signals that a story starts here, one table: each id with the words the desk shows for it and
// the weight the engine gives it. Stories carry the ids (data), never the display text.

export interface SignalInfo {
  /** Shown to the editor beside an uncertain story start. */
  label: string;
  /** Added to the boundary's score when the signal fires; negative signals argue against a start. */
  weight: number;
}

export const SIGNALS = {
  'start-of-text': { label: 'start of the text', weight: 0 },
  'editor-split': { label: 'split by the editor', weight: 0 },
  'wide-gap': { label: 'more blank lines than between paragraphs', weight: 2 },
  'very-wide-gap': { label: 'many more blank lines than between paragraphs', weight: 2.5 },
  'gap-is-separator': { label: 'the file separates stories this way', weight: 1 },
  'headline-repeated': { label: 'headline repeated below', weight: 3 },
  'picture-before': { label: 'picture before it', weight: 1 },
  'caption-follows': { label: 'caption follows', weight: 1 },
  'copy-follows': { label: 'copy follows', weight: 0.5 },
  'previous-ends': { label: 'previous story ends cleanly', weight: 0.5 },
  'shape-only': {
    label: 'headline shape between copy (no other separator in this file)',
    weight: 1.5,
  },
  'title-case': { label: 'title case', weight: 0.5 },
} as const satisfies Record<string, SignalInfo>;

export type SignalId = keyof typeof SIGNALS;

/** The editor's words for a signal id; an id this version does not know is shown as it is. */
export function signalLabel(id: string): string {
  return Object.hasOwn(SIGNALS, id) ? SIGNALS[id as SignalId].label : id;
}
