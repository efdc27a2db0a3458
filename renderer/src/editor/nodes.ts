// The one list of node types the body editor registers (the core paragraph and text nodes come free).

import { LinkNode } from '@lexical/link';
import type { Klass, LexicalNode } from 'lexical';

export const BODY_NODES: ReadonlyArray<Klass<LexicalNode>> = [LinkNode];
