/**
 * URL segment for any text: lower case, accents stripped, every run of other
 * characters collapsed to one `-` (`Section-7-ECS` -> `section-7-ecs`).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs unique within one scope by numbering repeats (`id`, `id-2`, `id-3`). */
export class SlugRegistry {
  private readonly taken = new Set<string>();

  unique(text: string, fallback: string): string {
    const base = slugify(text) || fallback;
    let candidate = base;
    for (let count = 2; this.taken.has(candidate); count++) candidate = `${base}-${count}`;
    this.taken.add(candidate);
    return candidate;
  }
}
