// The words the desk uses for a split warning. The engine's message says what it found; for a story
// that may hold two, the desk says what to do about it.

import type { SplitWarning } from '../../shared/model';

export function warningText(warning: SplitWarning): string {
  if (warning.code === 'possible-missed-boundary') {
    const near = warning.line === undefined ? '' : ` (near line ${warning.line} of the source)`;
    return `This story may hold two stories: look for a headline inside it${near}, and use Split at cursor there.`;
  }
  return warning.message;
}
