// E-mail (.eml) into stories, with mailparser: the HTML part through the web page's path (html.ts,
// read whole: a mail is all copy), else the text part through the split engine. The subject is the
// stored source's first line: the headline when the body has none, else listed as removed.
// Attachments that are themselves importable (text, web pages, Markdown, Word, wire files, other
// mails) are read as documents of their own by the caller (index.ts); the others are named in the
// mail's warnings, so nothing is left out silently.

import { simpleParser, type Attachment } from 'mailparser';
import { renumbered, type Story } from '../../../shared/model';
import { splitStories } from '../../../shared/split/index';
import type { DecodedText } from '../decode';
import { oneLine, SourceError } from './assemble';
import { readMarkup } from './html';

/** The encoding line of the summary: mailparser decodes each part from the charset it declares. */
const MAIL_ENCODING = "each part's declared charset";

/** A reply's or forward's prefixes, which are not part of a headline. */
const SUBJECT_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg|tr|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+/i;

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface MailAttachment {
  /** The attachment's own file name (or one made from its type). */
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface ReadMail {
  /** The mail's own document, or null when its body has no text. */
  own: { decoded: DecodedText; stories: Story[] } | null;
  attachments: MailAttachment[];
}

/** File name extensions for attachments sent without a name. */
const EXTENSION_OF: Record<string, string> = {
  'text/plain': '.txt',
  'text/html': '.html',
  'text/markdown': '.md',
  'message/rfc822': '.eml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'application/json': '.json',
};

function filenameOf(attachment: Attachment, index: number): string {
  const given = oneLine(attachment.filename ?? '').replace(/[/\\]/g, '_');
  if (given) return given.slice(0, 120);
  return `attachment-${index + 1}${EXTENSION_OF[attachment.contentType] ?? ''}`;
}

/** The stories of a plain-text body under the subject, which is line 1 (the body from line 3). */
function textStories(subject: string, body: string): { text: string; stories: Story[] } {
  if (!subject) return { text: body, stories: splitStories(body).stories };
  const stories = splitStories(body).stories.map((s) => renumbered(s, -2));
  const first = stories[0];
  if (first) {
    if (first.headline === '') {
      first.headline = subject;
      first.headlineLine = 1;
      first.warnings = first.warnings.filter((w) => w.code !== 'no-headline');
    } else first.removed.unshift({ line: 1, text: subject, reason: 'page-title' });
    first.source = { ...first.source, firstLine: 1 };
  }
  return { text: `${subject}\n\n${body}`, stories };
}

/** Reads a mail; throws a SourceError naming the file when it cannot be parsed. */
export async function readEml(bytes: Uint8Array, name: string): Promise<ReadMail> {
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipHtmlToText: true,
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch (error) {
    throw new SourceError(
      'damaged',
      `"${name}" cannot be read as an e-mail: ${(error as Error).message}`,
    );
  }
  const subject = oneLine((mail.subject ?? '').replace(SUBJECT_PREFIX, ''));
  const warnings: string[] = [];
  const attachments: MailAttachment[] = [];
  mail.attachments.forEach((a, i) => {
    // Pictures the HTML shows inline are part of the message, not files sent with it.
    if (a.related) return;
    attachments.push({
      filename: filenameOf(a, i),
      contentType: a.contentType,
      bytes: new Uint8Array(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    });
  });

  const html = typeof mail.html === 'string' ? mail.html : '';
  const text = (mail.text ?? '').replace(/\r\n?/g, '\n');
  const decoded = (source: string): DecodedText => ({
    text: source,
    encoding: MAIL_ENCODING,
    bom: false,
    lineEndings: 'none',
    confidence: 1,
    warnings,
  });
  let own: ReadMail['own'] = null;
  if (html.replace(/<[^>]*>/g, '').trim() !== '') {
    // The subject as the page's title: html.ts makes it the headline when the body has none.
    const withTitle = subject
      ? /<head[\s>]/i.test(html)
        ? html.replace(/<head(?:[\s][^>]*)?>/i, (m) => `${m}<title>${escapeText(subject)}</title>`)
        : `<!DOCTYPE html><html><head><title>${escapeText(subject)}</title></head><body>${html}</body></html>`
      : html;
    try {
      own = readMarkup(decoded(withTitle), name, { whole: true, signal: 'mail-body' });
    } catch (error) {
      // Markup with no words in it (styles, an empty table): the text part, if any, is read.
      if (!(error instanceof SourceError)) throw error;
    }
  }
  if (!own && text.trim() !== '') {
    const read = textStories(subject, text);
    own = { decoded: decoded(read.text), stories: read.stories };
  }
  return { own, attachments };
}
