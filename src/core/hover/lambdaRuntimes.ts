/**
 * Lambda runtimes for the hover on a runtime value: the deprecation dates come from the
 * `lambda-runtime-supported` rule's table (one table, so the hover and the diagnostic agree);
 * this module adds display names, the CDK `lambda.Runtime` members and the newest runtime per
 * language. After the deprecation date Lambda stops patching the runtime, and later blocks creating
 * and then updating functions on it; existing functions keep running.
 */
import { RUNTIMES } from '../rules/lambda/lambda-runtime-supported';

export interface LambdaRuntime {
  /** The runtime identifier (`nodejs20.x`). */
  id: string;
  name: string;
  /** YYYY-MM-DD. */
  deprecation: string;
}

export const LAMBDA_RUNTIMES_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';

/** `nodejs20.x` → `Node.js 20`, `java8.al2` → `Java 8 (Amazon Linux 2)`, `provided.al2023` → `OS-only (Amazon Linux 2023)`. */
export function runtimeName(id: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^nodejs(\d+)\.x$/.exec(id))) return `Node.js ${m[1]}`;
  if ((m = /^nodejs([\d.]+)(-edge)?$/.exec(id))) return `Node.js ${m[1]}${m[2] ? ' (edge)' : ''}`;
  if (id === 'nodejs') return 'Node.js 0.10';
  if ((m = /^python([\d.]+)$/.exec(id))) return `Python ${m[1]}`;
  if ((m = /^java(\d+)(\.al2(?:023)?)?$/.exec(id))) return `Java ${m[1]}${m[2] === '.al2' ? ' (Amazon Linux 2)' : m[2] ? ' (Amazon Linux 2023)' : ''}`;
  if ((m = /^dotnetcore([\d.]+)$/.exec(id))) return `.NET Core ${m[1]}`;
  if ((m = /^dotnet(\d+)$/.exec(id))) return `.NET ${m[1]}`;
  if ((m = /^ruby([\d.]+)$/.exec(id))) return `Ruby ${m[1]}`;
  if (id === 'go1.x') return 'Go 1.x';
  if (id === 'provided') return 'OS-only (Amazon Linux)';
  if ((m = /^provided\.al(\d+)$/.exec(id))) return `OS-only (Amazon Linux ${m[1]})`;
  return id;
}

/** The newest runtime of each language, to suggest as the upgrade. */
export const LATEST_BY_LANGUAGE: Readonly<Record<string, string>> = {
  nodejs: 'nodejs24.x',
  python: 'python3.14',
  java: 'java25',
  dotnet: 'dotnet10',
  ruby: 'ruby3.4',
  provided: 'provided.al2023',
  go: 'provided.al2023',
};

export function lambdaRuntime(id: string): LambdaRuntime | undefined {
  const lifecycle = Object.prototype.hasOwnProperty.call(RUNTIMES, id) ? RUNTIMES[id] : undefined;
  return lifecycle ? { id, name: runtimeName(id), deprecation: lifecycle.deprecated } : undefined;
}

/** `nodejs16.x` → `nodejs`; `dotnetcore3.1` → `dotnet`. */
export function runtimeLanguage(id: string): string {
  const m = /^(nodejs|python|java|dotnet|ruby|provided|go)/.exec(id);
  return m ? m[1] : id;
}

/**
 * The identifier behind a CDK `lambda.Runtime` member (`lambda.Runtime.NODEJS_16_X` → `nodejs16.x`).
 * The model writes it with the canonical module whatever the file's alias (`_lambda`, `lambda_`).
 */
export function runtimeFromCdkSymbol(symbol: string): string | undefined {
  const m = /^lambda\.Runtime\.([A-Z0-9_]+)$/.exec(symbol);
  if (!m) return undefined;
  const member = m[1];
  let id: string | undefined;
  let x: RegExpExecArray | null;
  if ((x = /^NODEJS_(\d+)_X$/.exec(member))) id = `nodejs${x[1]}.x`;
  else if ((x = /^PYTHON_(\d)_(\d+)$/.exec(member))) id = `python${x[1]}.${x[2]}`;
  else if (member === 'JAVA_8_CORRETTO') id = 'java8.al2';
  else if ((x = /^JAVA_(\d+)$/.exec(member))) id = `java${x[1]}`;
  else if (member === 'DOTNET_CORE_3_1') id = 'dotnetcore3.1';
  else if ((x = /^DOTNET_(\d+)$/.exec(member))) id = `dotnet${x[1]}`;
  else if ((x = /^RUBY_(\d)_(\d+)$/.exec(member))) id = `ruby${x[1]}.${x[2]}`;
  else if (member === 'PROVIDED_AL2023') id = 'provided.al2023';
  else if (member === 'PROVIDED_AL2') id = 'provided.al2';
  else if (member === 'PROVIDED') id = 'provided';
  else if (member === 'GO_1_X') id = 'go1.x';
  return id;
}
