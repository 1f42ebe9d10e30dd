// Where a lesson's frontmatter block ends: read in one place for validation, analysis
// and the MDX comment pre-pass.
const FRONTMATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface FrontmatterBlock {
  /** The whole block, delimiters and final line break included. */
  block: string;
  /** The YAML between the delimiters. */
  yaml: string;
}

export function frontmatterBlock(text: string): FrontmatterBlock | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { block: match[0], yaml: match[1] } : undefined;
}
