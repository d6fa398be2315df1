/**
 * CloudFormation intrinsic functions, shared by the YAML and JSON front ends: which names are
 * intrinsics, how the YAML short forms map to the long ones, and how `Fn::Sub` strings name the
 * things they interpolate. No evaluation happens here — rules treat every intrinsic except
 * `Ref` / `Fn::GetAtt` as an unknown value.
 */

/** Short-form YAML tags (`!Ref`) and the long-form key each stands for (`Ref`). */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Sub', 'Fn::Sub'],
  ['!GetAtt', 'Fn::GetAtt'],
  ['!If', 'Fn::If'],
  ['!Join', 'Fn::Join'],
  ['!Select', 'Fn::Select'],
  ['!Split', 'Fn::Split'],
  ['!FindInMap', 'Fn::FindInMap'],
  ['!Base64', 'Fn::Base64'],
  ['!Cidr', 'Fn::Cidr'],
  ['!GetAZs', 'Fn::GetAZs'],
  ['!ImportValue', 'Fn::ImportValue'],
  ['!Equals', 'Fn::Equals'],
  ['!And', 'Fn::And'],
  ['!Or', 'Fn::Or'],
  ['!Not', 'Fn::Not'],
  ['!Condition', 'Condition'],
  ['!Transform', 'Fn::Transform'],
  ['!Length', 'Fn::Length'],
  ['!ToJsonString', 'Fn::ToJsonString'],
  ['!ForEach', 'Fn::ForEach'],
]);

/**
 * A one-key map `{ Ref: … }` / `{ "Fn::…": … }` is an intrinsic call. `Condition` is not
 * included: inside Properties it is an ordinary key (IAM policy statements use it).
 */
export function isIntrinsicKey(key: string | undefined): boolean {
  return key !== undefined && (key === 'Ref' || key.startsWith('Fn::'));
}

export interface SubVariable {
  /** What precedes the first dot: a logical id, parameter, pseudo parameter or Sub-local variable. */
  name: string;
  attribute?: string;
  /** Offsets of `${…}` in the scanned text. */
  start: number;
  end: number;
}

const SUB_VARIABLE = /\$\{([^}]*)\}/g;

/**
 * The `${Name}` / `${Name.Attr}` variables of a `Fn::Sub` template, found in the source text of
 * the string so their offsets are exact. `${!Literal}` is an escape, not a variable.
 */
export function subVariables(source: string): SubVariable[] {
  const out: SubVariable[] = [];
  if (source.indexOf('${') < 0) return out;
  SUB_VARIABLE.lastIndex = 0;
  for (let m = SUB_VARIABLE.exec(source); m; m = SUB_VARIABLE.exec(source)) {
    const inner = m[1].trim();
    if (inner === '' || inner.startsWith('!')) continue;
    const dot = inner.indexOf('.');
    out.push({
      name: dot < 0 ? inner : inner.slice(0, dot),
      attribute: dot < 0 ? undefined : inner.slice(dot + 1),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** `Bucket.Arn` / `Db.Endpoint.Address` → target and attribute (everything after the first dot). */
export function splitGetAtt(text: string): { target: string; attribute?: string } {
  const dot = text.indexOf('.');
  return dot < 0 ? { target: text } : { target: text.slice(0, dot), attribute: text.slice(dot + 1) };
}
