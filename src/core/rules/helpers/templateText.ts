/**
 * The template of a string built with placeholders: `!Sub 'x'`, `{"Fn::Sub": "x"}` (also over
 * several lines) or a Terraform `"…${…}…"` string, from the source text of an unknown value.
 * undefined for anything else (`!Join`, a function call, a Sub with a variable map).
 */
export function templateText(text: string): string | undefined {
  const t = text.trim();
  const yaml = /^!Sub\s+(['"]?)(.*)\1$/s.exec(t);
  if (yaml) return yaml[2];
  const json = /^\{\s*"Fn::Sub"\s*:\s*"([^"\\]*)"\s*\}$/.exec(t);
  if (json) return json[1];
  const hcl = /^"([^"\\]*)"$/.exec(t);
  if (hcl) return hcl[1];
  return undefined;
}
