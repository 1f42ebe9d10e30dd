/**
 * Lesson text as the pipeline reads it: without a byte-order mark, and with every line
 * ending a `\n`. Files saved on Windows (CRLF) or by old Mac editors (CR) then cut, parse
 * and number their lines exactly like LF files; line numbers stay the same.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A lesson body with nothing a reader would see: only whitespace and comments, HTML or MDX. */
export function isBlankBody(body: string): boolean {
  return body.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '').trim() === '';
}
