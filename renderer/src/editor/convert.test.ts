import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/model';
import { $paragraphsToRoot, $rootToParagraphs, provenance } from './convert';
import { BODY_NODES } from './nodes';

function editorWith(paragraphs: Paragraph[]): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $paragraphsToRoot(paragraphs), { discrete: true });
  return editor;
}

const read = (editor: LexicalEditor, previous: Paragraph[] = []) =>
  editor.getEditorState().read(() => $rootToParagraphs(previous));

const edit = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

const story: Paragraph[] = [
  { text: 'BAGHDAD (Reuters) - Iraq said on Wednesday', lines: [3, 4] },
  {
    text: 'The minister told Reuters the plan was final.',
    lines: [6],
    runs: [
      { text: 'The ' },
      { text: 'minister', bold: true },
      { text: ' told ' },
      { text: 'Reuters', href: 'https://www.reuters.com/', italic: true },
      { text: ' the ' },
      { text: 'plan', bold: true, italic: true },
      { text: ' was final.' },
    ],
  },
  { text: 'قال مسؤولون إن الخطة نهائية.', lines: [8], dir: 'ltr' },
];

describe('round trip', () => {
  it('gives back the same paragraphs: text, runs, links, lines and direction overrides', () => {
    expect(read(editorWith(story))).toEqual(story);
  });

  it('builds one Lexical paragraph per paragraph, with bold, italic and a link node', () => {
    const editor = editorWith(story);
    editor.getEditorState().read(() => {
      const blocks = $getRoot().getChildren();
      expect(blocks).toHaveLength(3);
      expect(blocks.every($isParagraphNode)).toBe(true);
      const second = blocks[1] as ElementNode;
      const link = second.getChildren().find($isLinkNode);
      expect(link?.getURL()).toBe('https://www.reuters.com/');
      const bold = second.getChildren().find((n) => $isTextNode(n) && n.hasFormat('bold'));
      expect(bold?.getTextContent()).toBe('minister');
      expect((blocks[2] as ElementNode).getDirection()).toBe('ltr');
      expect((blocks[0] as ElementNode).getDirection()).toBeNull();
    });
  });

  it('survives JSON, the form Lexical states are stored and pasted in', () => {
    const json = JSON.stringify(editorWith(story).getEditorState().toJSON());
    const editor = editorWith([]);
    editor.setEditorState(editor.parseEditorState(json));
    expect(read(editor)).toEqual(story);
  });

  it('keeps line breaks inside a paragraph', () => {
    const verse = [{ text: 'first line\nsecond line', lines: [1, 2] }];
    expect(read(editorWith(verse))).toEqual(verse);
  });

  it('gives an empty story one empty paragraph and reads it back as no paragraphs', () => {
    const editor = editorWith([]);
    expect(editor.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(1);
    expect(read(editor)).toEqual([]);
  });
});

describe('runs', () => {
  it('leaves out runs when nothing is formatted', () => {
    const plain = [
      { text: 'Plain copy.', lines: [1], runs: [{ text: 'Plain ' }, { text: 'copy.' }] },
    ];
    expect(read(editorWith(plain))).toEqual([{ text: 'Plain copy.', lines: [1] }]);
  });

  it('joins to the text and merges neighbours with the same formatting', () => {
    const editor = editorWith([]);
    edit(editor, () => {
      const p = $createParagraphNode();
      p.append(
        $createTextNode('Bold ').toggleFormat('bold'),
        $createTextNode('and bold').toggleFormat('bold'),
        $createTextNode(' then plain'),
      );
      $getRoot().clear().append(p);
    });
    const [paragraph] = read(editor);
    expect(paragraph?.runs).toEqual([
      { text: 'Bold and bold', bold: true },
      { text: ' then plain' },
    ]);
    expect(paragraph?.runs?.map((r) => r.text).join('')).toBe(paragraph?.text);
  });

  it('trusts the text when runs disagree with it', () => {
    const broken = [{ text: 'The real text', lines: [], runs: [{ text: 'Other', bold: true }] }];
    expect(read(editorWith(broken))).toEqual([{ text: 'The real text', lines: [] }]);
  });

  it('keeps a link whose text is partly bold as one link', () => {
    const linked = [
      {
        text: 'see the report',
        lines: [],
        runs: [
          { text: 'see ' },
          { text: 'the ', href: 'https://example.com/r' },
          { text: 'report', href: 'https://example.com/r', bold: true },
        ],
      },
    ];
    const editor = editorWith(linked);
    expect(read(editor)).toEqual(linked);
    const links = editor
      .getEditorState()
      .read(() => ($getRoot().getFirstChild() as ElementNode).getChildren().filter($isLinkNode));
    expect(links).toHaveLength(1);
  });
});

describe('link validation', () => {
  it('drops unsafe hrefs from the model but keeps their text', () => {
    const unsafe: Paragraph[] = [
      {
        text: 'click here or there',
        lines: [],
        runs: [
          { text: 'click ' },
          { text: 'here', href: 'javascript:alert(1)' },
          { text: ' or ' },
          { text: 'there', href: 'mailto:desk@example.com' },
        ],
      },
    ];
    expect(read(editorWith(unsafe))).toEqual([
      {
        text: 'click here or there',
        lines: [],
        runs: [{ text: 'click here or ' }, { text: 'there', href: 'mailto:desk@example.com' }],
      },
    ]);
  });

  it('reads a link node with an unsafe URL (say, from a paste) as plain text', () => {
    const editor = editorWith([]);
    edit(editor, () => {
      const p = $createParagraphNode();
      p.append($createLinkNode('data:text/html,x').append($createTextNode('bad link')));
      $getRoot().clear().append(p);
    });
    expect(read(editor)).toEqual([{ text: 'bad link', lines: [] }]);
  });
});

describe('source lines', () => {
  it('stay with a paragraph edited in place and are empty for a new one', () => {
    const editor = editorWith(story);
    edit(editor, () => {
      const first = $getRoot().getFirstChildOrThrow<ElementNode>();
      first.getFirstChildOrThrow().remove();
      first.append($createTextNode('BAGHDAD - Iraq said on Thursday'));
      first.insertAfter($createParagraphNode().append($createTextNode('A new paragraph.')));
    });
    const [first, added] = read(editor, story);
    expect(first).toEqual({ text: 'BAGHDAD - Iraq said on Thursday', lines: [3, 4] });
    expect(added).toEqual({ text: 'A new paragraph.', lines: [] });
  });

  it('come back by text for a paragraph retyped elsewhere', () => {
    const editor = editorWith(story);
    edit(editor, () => {
      const first = $getRoot().getFirstChildOrThrow();
      first.remove();
      $getRoot().append($createParagraphNode().append($createTextNode(story[0]?.text ?? '')));
    });
    expect(read(editor, story).map((p) => p.lines)).toEqual([[6], [8], [3, 4]]);
  });

  it('are matched by index and text first, then by text', () => {
    const previous: Paragraph[] = [
      { text: 'Same', lines: [1] },
      { text: 'Other', lines: [2] },
      { text: 'Same', lines: [3] },
    ];
    expect(provenance(['Same', 'Changed', 'Same', 'Other'], previous)).toEqual([[1], [], [3], [2]]);
    expect(provenance(['Other', 'Same', 'Same'], previous)).toEqual([[2], [1], [3]]);
    // A paragraph still at its index keeps its lines even when a copy of its text came first.
    expect(provenance(['Same', 'Same', 'Same'], previous)).toEqual([[1], [], [3]]);
  });
});
