// The writer the page templates print into: it lays out lines the way the file's paragraph mode
// dictates and records, as it goes, the gold answer (stories and a label for every line).

import type { Published, RemovalReason } from '../../model';

/** How paragraphs come apart: a blank line, a bare line break, or textContent-style gluing. */
export type ParagraphMode = 'blank' | 'newline' | 'glued';
export type LineRole = 'headline' | 'caption' | 'body' | 'removed';

export interface GoldCaption {
  /** As it should read: picture dateline kept, credit and its label (`Photograph:`) removed. */
  text: string;
  /** Without label or brackets: `AP Photo/Jane Doe`, `REUTERS/Name`, `Getty Images`. */
  credit: string | null;
  /** A picture-desk dateline (`20 November 2024, Iraq, Baghdad`) or null. */
  dateline: string | null;
}

export interface GoldStory {
  headline: string;
  captions: GoldCaption[];
  /** Paragraphs as printed: subheadings, list items, Q:/A: lines, sign-offs and datelines included. */
  body: string[];
  /** Names (and affiliation or role when printed), no `By`, no place: `Jane Doe, Business reporter`. */
  byline: string | null;
  published: Published | null;
  /** The filing dateline without its closing dash: `LONDON (AP)`, `Cairo - Gulf Courier`. */
  dateline: string | null;
}

export interface GoldLine {
  /** 1-based line number in the dump. */
  line: number;
  role: LineRole;
  reason?: RemovalReason;
  /** The page (gold story index) the line was printed with. */
  story: number;
}

export interface CaptionLine {
  text: string;
  role: 'caption' | 'removed';
  reason?: RemovalReason;
}
/** A caption as printed (its lines, with any counter, alt text or copy) and as it should read. */
export interface PrintedCaption {
  lines: CaptionLine[];
  gold: GoldCaption;
}

interface Out {
  text: string;
  role: LineRole | 'blank';
  reason?: RemovalReason;
  story: number;
  /** A plain body paragraph: the next one glues onto it in `glued` mode. */
  glue?: boolean;
}

export class Sheet {
  private readonly out: Out[] = [];
  readonly stories: GoldStory[] = [];
  /** Paragraph mode of the page being written: mixed files change it per source. */
  mode: ParagraphMode = 'blank';
  /** Chance that a block break other than between paragraphs is a blank line (blank mode). */
  air = 1;
  /** Chance that such a break is two blank lines, as browsers print around figures and asides. */
  loose = 0;
  /** Every furniture line a block of its own, as scrapers that print each element apart do. */
  blocky = false;
  /** Chance that a line keeps trailing white space (a space, a no-break space), as copies do. */
  ragged = 0;

  constructor(private readonly random: () => number) {}

  /** Starts the next page's story; furniture printed from here on belongs to it. */
  begin(): GoldStory {
    const story: GoldStory = {
      headline: '',
      captions: [],
      body: [],
      byline: null,
      published: null,
      dateline: null,
    };
    this.stories.push(story);
    return story;
  }

  get story(): GoldStory {
    const story = this.stories.at(-1);
    if (!story) throw new Error('no page begun');
    return story;
  }

  private get last(): Out | undefined {
    return this.out.at(-1);
  }

  private push(text: string, role: Out['role'], reason?: RemovalReason, glue = false) {
    if (/[\r\n]/.test(text)) throw new Error(`line holds a line break: ${JSON.stringify(text)}`);
    if ((role === 'blank') !== (text.trim() === '')) throw new Error(`bad line: ${text}`);
    this.out.push({ text, role, reason, story: this.stories.length - 1, glue });
  }

  /** Hard blank lines, whatever the mode (story gaps); some hold spaces, as copies do. */
  blank(n = 1) {
    for (let i = 0; i < n; i++)
      this.push(this.random() < 0.15 ? ' '.repeat(1 + Math.floor(this.random() * 3)) : '', 'blank');
  }

  /** A break between blocks: a blank line or two in blank mode, as the site's spacing goes. */
  gap() {
    const last = this.last;
    if (!last || last.role === 'blank' || this.mode === 'newline') return;
    if (last.role === 'body' || this.random() < this.air) this.blank();
    if (this.random() < this.loose) this.blank();
  }

  /** A paragraph's own margin: paragraphs are always set apart in blank and glued modes. */
  private paragraphBreak() {
    const last = this.last;
    if (last && last.role !== 'blank' && this.mode !== 'newline') this.blank();
  }

  /** Furniture lines, one after another, each removed for `reason`. */
  junk(reason: RemovalReason, ...lines: string[]) {
    if (this.last?.role === 'body') this.gap();
    for (const line of lines) {
      if (this.blocky && this.mode !== 'newline' && this.last && this.last.role !== 'blank')
        this.blank();
      this.push(line, 'removed', reason);
    }
  }

  headline(text: string) {
    if (this.last?.role === 'body') this.gap();
    this.push(text, 'headline');
    this.story.headline = text;
  }

  caption(c: PrintedCaption) {
    if (this.last?.role === 'body') this.gap();
    for (const line of c.lines) this.push(line.text, line.role, line.reason);
    this.story.captions.push(c.gold);
  }

  /**
   * A body paragraph. `tight` prints it on the next line whatever the mode (list items, Q:/A:);
   * `plain` paragraphs glue onto the one before in glued mode.
   */
  para(text: string, opts: { tight?: boolean; plain?: boolean } = {}) {
    const plain = opts.plain ?? !opts.tight;
    const last = this.last;
    this.story.body.push(text);
    if (this.mode === 'glued' && plain && last?.glue && last.story === this.stories.length - 1) {
      last.text += text;
      return;
    }
    if (!opts.tight) this.paragraphBreak();
    this.push(text, 'body', undefined, plain);
  }

  /** Lines printed by another generator (the seed layout), with their labels. */
  raw(text: string, role: Out['role'], reason?: RemovalReason) {
    this.push(text, role, reason);
  }

  finish(eol: '\n' | '\r\n'): { text: string; lines: GoldLine[] } {
    while (this.last?.role === 'blank') this.out.pop();
    const lines: GoldLine[] = [];
    this.out.forEach((o, i) => {
      if (o.role === 'blank') return;
      lines.push({
        line: i + 1,
        role: o.role,
        ...(o.reason ? { reason: o.reason } : {}),
        story: o.story,
      });
    });
    const tails = [' ', ' ', '\u00a0', '  ', '\t'];
    const text = this.out
      .map((o) =>
        o.role !== 'blank' && this.random() < this.ragged
          ? o.text + tails[Math.floor(this.random() * tails.length)]
          : o.text,
      )
      .join(eol);
    return { text: text + eol, lines };
  }
}
