// Rendered lesson HTML, kept per lesson for the build: a lesson's pages are rendered one
// after another in this process and each is a slice of the same HTML.
const rendered = new Map<string, string>();

export async function lessonHtml(id: string, render: () => Promise<string>): Promise<string> {
  const cached = import.meta.env.DEV ? undefined : rendered.get(id);
  if (cached !== undefined) return cached;
  const html = await render();
  rendered.set(id, html);
  return html;
}
