// Word files for tests and the benchmark, made with the `docx` library as Word would save them:
// paragraphs in named styles (Title, Heading 1-3, Caption, a custom caption style, Byline), runs in
// bold and italic, hyperlinks.

import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';

/** A run of text: plain, or bold, italic, a link. */
export type Run = string | { text: string; bold?: boolean; italic?: boolean; link?: string };

/** One paragraph: its style (`Normal` when absent) and its runs. */
export interface Para {
  style?:
    | 'Title'
    | 'Heading1'
    | 'Heading2'
    | 'Heading3'
    | 'Caption'
    | 'PhotoCaption'
    | 'Byline'
    | 'Sidebar';
  runs: Run[];
}

const HEADINGS = {
  Title: HeadingLevel.TITLE,
  Heading1: HeadingLevel.HEADING_1,
  Heading2: HeadingLevel.HEADING_2,
  Heading3: HeadingLevel.HEADING_3,
} as const;

function child(run: Run): ParagraphChild {
  if (typeof run === 'string') return new TextRun(run);
  const text = new TextRun({
    text: run.text,
    bold: run.bold ?? false,
    italics: run.italic ?? false,
    ...(run.link ? { style: 'Hyperlink' } : {}),
  });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
}

function paragraph({ style, runs }: Para): Paragraph {
  const children = runs.map(child);
  if (style && style in HEADINGS)
    return new Paragraph({ heading: HEADINGS[style as keyof typeof HEADINGS], children });
  return new Paragraph({ ...(style ? { style } : {}), children });
}

/** A .docx file holding these paragraphs, in order. */
export async function docxFile(paras: Para[]): Promise<Uint8Array> {
  const doc = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { italics: true } },
        // A house's own caption style, as desks name them.
        { id: 'PhotoCaption', name: 'Photo caption', basedOn: 'Normal', run: { size: 18 } },
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', run: { bold: true } },
        // A style no map knows, which mammoth warns about.
        { id: 'Sidebar', name: 'Sidebar', basedOn: 'Normal' },
      ],
    },
    sections: [{ children: paras.map(paragraph) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Shorthands for the paragraphs of a story. */
export const p = (...runs: Run[]): Para => ({ runs });
export const styled = (style: NonNullable<Para['style']>, ...runs: Run[]): Para => ({
  style,
  runs,
});
