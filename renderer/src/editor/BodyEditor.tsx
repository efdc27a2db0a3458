// The story body in a Lexical rich-text editor: paragraphs with bold, italic and links, undo/redo,
// find and replace, word count, and per-paragraph direction for right-to-left copy.

import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useState } from 'react';
import type { Paragraph } from '../../../shared/model';
import { $paragraphsToRoot } from './convert';
import { BODY_NODES } from './nodes';
import { DirectionPlugin } from './plugins/DirectionPlugin';
import { FindReplacePlugin, type FindReplacePluginProps } from './plugins/FindReplacePlugin';
import { MenuHistoryPlugin } from './plugins/MenuHistoryPlugin';
import { ModelLimitsPlugin } from './plugins/ModelLimitsPlugin';
import { ModelSyncPlugin } from './plugins/ModelSyncPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import './editor.css';

export interface BodyEditorProps {
  /** Which story this is: a different id starts a fresh editor, with its own undo history. */
  storyId: string;
  /**
   * The story's undo history, when the caller keeps one per story (the desk does, while the
   * document is open): coming back to a story, undo takes back what was typed before leaving it.
   * Without it, each editor starts a history of its own.
   */
  history?: HistoryState;
  paragraphs: Paragraph[];
  onChange: (paragraphs: Paragraph[]) => void;
  /** Where the caret is: paragraph index in `paragraphs` and offset in its text. */
  onCursor?: (paragraph: number, offset: number) => void;
  onWordCount?: (words: number) => void;
  /** The story's fields Find searches too, and what to do when it replaces in them. */
  find?: FindReplacePluginProps;
  /** The element that describes the body (its counts). */
  describedBy?: string;
  /** See ModelSyncPlugin: tests pass 0 to hear of every change at once. */
  syncDelayMs?: number;
}

const theme = {
  paragraph: 'body-paragraph',
  link: 'body-link',
  text: { bold: 'body-bold', italic: 'body-italic' },
};

export function BodyEditor({ storyId, ...props }: BodyEditorProps) {
  return <StoryBody key={storyId} {...props} />;
}

function StoryBody({
  history: kept,
  paragraphs,
  onChange,
  onCursor,
  onWordCount,
  describedBy,
  find,
  syncDelayMs,
}: Omit<BodyEditorProps, 'storyId'>) {
  const [own] = useState(createEmptyHistoryState);
  const history = kept ?? own;
  const initialConfig: InitialConfigType = {
    namespace: 'copydesk-body',
    nodes: BODY_NODES,
    theme,
    // Read once, on mount: later changes come in through ModelSyncPlugin.
    editorState: () => $paragraphsToRoot(paragraphs),
    onError: (error) => {
      throw error;
    },
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
        <ToolbarPlugin />
        <FindReplacePlugin {...find} />
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-input"
              aria-label="Body"
              aria-describedby={describedBy}
              aria-multiline
              spellCheck
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin externalHistoryState={history} />
        <MenuHistoryPlugin />
        <ModelLimitsPlugin />
        <DirectionPlugin />
        <ModelSyncPlugin
          history={history}
          paragraphs={paragraphs}
          onChange={onChange}
          onCursor={onCursor}
          {...(syncDelayMs === undefined ? {} : { syncDelayMs })}
        />
        {onWordCount && <WordCountPlugin onCount={onWordCount} />}
      </div>
    </LexicalComposer>
  );
}
