// E-mails for tests, written as MIME by hand the way mail programs save them (.eml): headers, a
// multipart/alternative body with its text and HTML parts, attachments in base64.

export interface MailPart {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

export interface Mail {
  subject?: string;
  text?: string;
  html?: string;
  attachments?: MailPart[];
}

const CRLF = '\r\n';

/** Base64 in lines of 76, as MIME wants it. */
function base64(content: Uint8Array | string): string {
  const b64 = Buffer.from(typeof content === 'string' ? Buffer.from(content) : content).toString(
    'base64',
  );
  return b64.replace(/.{76}/g, `$&${CRLF}`);
}

function part(contentType: string, body: string): string {
  return `Content-Type: ${contentType}; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64(body)}`;
}

/** The mail as the bytes of a .eml file. */
export function emlFile({ subject, text, html, attachments = [] }: Mail): Uint8Array {
  const headers = [
    'From: Jane Doe <jane@example.org>',
    'To: Desk <desk@example.org>',
    'Date: Wed, 20 Nov 2024 15:14:00 +0100',
    'Message-ID: <1@example.org>',
    ...(subject === undefined ? [] : [`Subject: =?UTF-8?B?${base64(subject)}?=`]),
    'MIME-Version: 1.0',
  ];
  const bodies = [
    ...(text === undefined ? [] : [part('text/plain', text)]),
    ...(html === undefined ? [] : [part('text/html', html)]),
  ];
  const alternative =
    bodies.length === 0
      ? part('text/plain', '')
      : `Content-Type: multipart/alternative; boundary="alt"${CRLF}${CRLF}${bodies.map((b) => `--alt${CRLF}${b}${CRLF}`).join('')}--alt--`;
  const files = attachments.map(
    (a) =>
      `Content-Type: ${a.contentType}; name="${a.filename}"${CRLF}Content-Disposition: attachment; filename="${a.filename}"${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64(a.content)}`,
  );
  const body = `Content-Type: multipart/mixed; boundary="mixed"${CRLF}${CRLF}${[alternative, ...files].map((b) => `--mixed${CRLF}${b}${CRLF}`).join('')}--mixed--${CRLF}`;
  return new TextEncoder().encode(`${headers.join(CRLF)}${CRLF}${body}`);
}
