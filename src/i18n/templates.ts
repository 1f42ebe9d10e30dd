// Interface strings that scripts fill in at run time are templates with `{name}`
// placeholders; strings with a count come in a singular and a plural form.

/** The two forms of a string with a count, each holding `{count}`. */
export interface PluralForms {
  one: string;
  other: string;
}

/** `template` with each `{name}` replaced by `values[name]`; unknown names stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** The form for `count`: Spanish and English both use the singular for exactly one. */
export function plural(forms: PluralForms, count: number): string {
  return fill(count === 1 ? forms.one : forms.other, { count });
}
