// WhatsApp template bodies with positional parameters ({{1}}, {{2}} …): how many a body needs and
// what the customer will read once they are filled in. Pure; shared by the server (validation,
// the stored message text) and the extension (the picker's live preview).

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** Meta's rule for template names: lowercase letters, digits and underscores, at most 512. */
export const TEMPLATE_NAME = /^[a-z0-9_]{1,512}$/;

/**
 * The number of parameters the body takes: the highest {{n}}. Meta requires them to be numbered
 * 1..n without gaps, which `templateBodyProblem` checks when an admin declares one.
 */
export function countTemplateParams(body: string): number {
  let max = 0;
  for (const match of body.matchAll(PLACEHOLDER)) max = Math.max(max, Number(match[1]));
  return max;
}

/** Why Meta would refuse this body's parameters, or null when they are 1..n in use. */
export function templateBodyProblem(body: string): string | null {
  const used = new Set([...body.matchAll(PLACEHOLDER)].map((m) => Number(m[1])));
  if (used.has(0)) return 'parameters are numbered from {{1}}';
  const n = countTemplateParams(body);
  for (let i = 1; i <= n; i++)
    if (!used.has(i)) return `{{${i}}} is missing: parameters must be numbered {{1}} to {{${n}}} without gaps`;
  return null;
}

/**
 * The text as the customer reads it. A parameter not given yet stays as its placeholder, so a
 * preview shows what is still to fill in.
 */
export function renderTemplate(body: string, params: readonly string[]): string {
  return body.replace(PLACEHOLDER, (placeholder, n: string) => {
    const value = params[Number(n) - 1];
    return value === undefined || value === '' ? placeholder : value;
  });
}

/** Null when `params` fit the body; otherwise what is wrong, for a 400 or the picker. */
export function templateParamsProblem(body: string, params: readonly string[]): string | null {
  const expected = countTemplateParams(body);
  if (params.length !== expected)
    return `expected ${expected} parameter${expected === 1 ? '' : 's'}, got ${params.length}`;
  const empty = params.findIndex((p) => p.trim() === '');
  if (empty !== -1) return `{{${empty + 1}}} is empty`;
  return null;
}
