// MDX rejects `<!-- ... -->`, yet lessons use it for pagebreaks and Jekyll files are full
// of it. Before MDX parses a lesson, every HTML comment outside code becomes an MDX
// comment `{/* ... */}`; line numbers stay the same so errors point at the source.
import { frontmatterBlock } from '../lib/frontmatter-block.ts';
import { isMarkerText, MDX_PAGEBREAK_MARKER } from '../lib/pagebreak.ts';

const FENCE = /^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*)(`{3,}|~{3,})(.*)$/;

function sanitize(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function toExpression(inner: string): string {
  return isMarkerText(inner) ? MDX_PAGEBREAK_MARKER : `{/*${sanitize(inner)}*/}`;
}

/** Replaces HTML comments outside fenced and inline code with MDX comments. */
export function htmlCommentsToMdx(source: string): string {
  const frontmatter = frontmatterBlock(source)?.block ?? '';
  const lines = source.slice(frontmatter.length).split('\n');
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  const out: string[] = [];

  for (const line of lines) {
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length && close[3].trim() === '') {
        fence = undefined;
      }
      out.push(line);
      continue;
    }
    const open = inComment ? null : FENCE.exec(line);
    if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
      fence = { char: open[2][0], length: open[2].length };
      out.push(line);
      continue;
    }
    let result = '';
    let i = 0;
    if (inComment) {
      // A comment spanning lines is rewritten line by line, so no line moves.
      const end = line.indexOf('-->');
      if (end === -1) {
        out.push(sanitize(line));
        continue;
      }
      result = `${sanitize(line.slice(0, end))}*/}`;
      inComment = false;
      i = end + 3;
    }
    while (i < line.length) {
      if (line[i] === '`') {
        const run = /^`+/.exec(line.slice(i))![0];
        const close = line.indexOf(run, i + run.length);
        const after = close === -1 ? -1 : close + run.length;
        // A code span ends at the next run of exactly the same length on this line.
        const end = close !== -1 && line[after] !== '`' ? after : i + run.length;
        result += line.slice(i, end);
        i = end;
      } else if (line.startsWith('<!--', i)) {
        const end = line.indexOf('-->', i + 4);
        if (end === -1) {
          result += `{/*${sanitize(line.slice(i + 4))}`;
          inComment = true;
          break;
        }
        result += toExpression(line.slice(i + 4, end));
        i = end + 3;
      } else {
        result += line[i];
        i += 1;
      }
    }
    out.push(result);
  }
  return frontmatter + out.join('\n');
}
