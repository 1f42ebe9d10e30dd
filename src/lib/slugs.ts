/**
 * URL segment for any text: lower case, accents stripped, every run of other
 * characters collapsed to one `-` (SPEC §5: `Section-7-ECS` -> `section-7-ecs`).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out slugs unique within one scope by suffixing repeats (`id`, `id-2`, `id-3`). */
export class SlugRegistry {
  private readonly seen = new Map<string, number>();

  unique(text: string, fallback: string): string {
    const base = slugify(text) || fallback;
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    if (count === 0) return base;
    let candidate = `${base}-${count + 1}`;
    while (this.seen.has(candidate)) candidate = `${candidate}-1`;
    this.seen.set(candidate, 1);
    return candidate;
  }
}
