// The words the desk uses for a caption's flag: what is wrong, then what to do about it (what Fix
// will write, for a flag it clears). shared/house-style finds the flags; this says them.

import {
  canonicalCredit,
  captionLength,
  fixCaption,
  type CaptionFlag,
  type HouseStyle,
} from '../../shared/house-style';
import type { Caption } from '../../shared/model';

export function captionFlagText(flag: CaptionFlag, caption: Caption, style: HouseStyle): string {
  switch (flag.code) {
    case 'empty':
      return 'The caption is empty: write it, or delete the caption.';
    case 'missing-credit':
      return 'No credit: type the photographer or agency in Credit.';
    case 'credit-style': {
      const credit = caption.credit ?? '';
      return `Credit “${credit}” is not in house style: Fix writes “${canonicalCredit(credit, style)}”.`;
    }
    case 'in-body':
      return 'The caption is printed again as a paragraph of the body: delete that paragraph.';
    case 'too-long': {
      const over = captionLength(caption) - style.maxCaptionLength;
      return `Longer than the house's ${style.maxCaptionLength} characters: shorten it by ${over}.`;
    }
    case 'text-style': {
      const fixed = fixCaption(caption, style).text;
      const text = caption.text.replace(/\s+/g, ' ').trim();
      if (fixed === `${text}.`) return 'No full stop at the end: Fix adds one.';
      if (`${fixed}.` === text)
        return 'Ends with a full stop the house leaves out: Fix takes it off.';
      return `Spacing not in house style: Fix makes it “${fixed}”.`;
    }
  }
}
