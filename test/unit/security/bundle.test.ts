/**
 * What ships (dist/*.js) makes no network request, starts no process and evaluates no string:
 * every occurrence the scanner finds must be on the allow-list below, which names the exact
 * third-party (or own) source file, the code around it and how many times it occurs, with the
 * reason it cannot run in our use. A new occurrence anywhere, even in an allowed file, fails.
 *
 * Occurrences are traced to their source file through the bundle's source map, so the check
 * needs the development build (`node esbuild.mjs`, what `npm run test:unit` runs first). When
 * dist/ is missing or older than the sources, the test builds it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { scanSource, type Hazard } from './codeScan';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
const EXPECTED_BUNDLES = ['analysis.js', 'cli.js', 'extension.js', 'worker.js'];

// The project's type libraries leave out WebAssembly; the part used here.
const { WebAssembly: Wasm } = globalThis as unknown as { WebAssembly: { Module: { new (bytes: Uint8Array): object; exports(module: object): { name: string }[] } } };

interface Allowed {
  /** The original file, as the source map names it (relative to the repository). */
  source: RegExp;
  kind: string;
  /** Each must match one of the occurrence's enclosing contexts (see Hazard.within). */
  within?: RegExp[];
  /** Must match the expression itself. */
  text?: RegExp;
  /** Occurrences in each bundle that contains the source file. */
  count: number;
  why: string;
}

const TREE_SITTER_GLUE = /^node_modules\/web-tree-sitter\/lib\/web-tree-sitter\.cjs$/;

const ALLOWED: Allowed[] = [
  {
    source: TREE_SITTER_GLUE,
    kind: 'XMLHttpRequest',
    within: [/^else: ENVIRONMENT_IS_NODE$/, /^then: ENVIRONMENT_IS_WEB \|\| ENVIRONMENT_IS_WORKER$/],
    count: 2,
    why: "Emscripten's file loader for browsers and web workers. In Node (extension host, worker thread, CLI) ENVIRONMENT_IS_NODE is true, so this branch never runs (checked below).",
  },
  {
    source: TREE_SITTER_GLUE,
    kind: 'fetch',
    within: [/^else: ENVIRONMENT_IS_NODE$/, /^then: ENVIRONMENT_IS_WEB \|\| ENVIRONMENT_IS_WORKER$/],
    count: 1,
    why: 'The same browser-only readAsync; Node reads files with fs.',
  },
  {
    source: TREE_SITTER_GLUE,
    kind: 'fetch',
    within: [/^function instantiateAsync$/, /^then: .*&& !ENVIRONMENT_IS_NODE$/],
    count: 1,
    why: 'Streaming wasm compile, guarded by !ENVIRONMENT_IS_NODE; in Node the runtime wasm is read from dist/ by path (Parser.init locateFile).',
  },
  {
    source: TREE_SITTER_GLUE,
    kind: 'eval',
    within: [/^function postInstantiation$/, /^function addEm(Asm|Js)$/],
    count: 2,
    why: "Turns a side module's EM_ASM / EM_JS strings into functions. The only side modules loaded are the grammar wasm files we ship, at fixed paths, and none exports __start_em_asm or __em_js__* (checked below), so eval is never called.",
  },
  {
    source: /^node_modules\/web-tree-sitter\/src\/language\.ts$/,
    kind: 'fetch',
    within: [/^method load$/, /^else: globalThis\.process\?\.versions\.node$/],
    count: 1,
    why: 'Language.load fetches a URL only outside Node; in Node it reads the grammar path with fs/promises.',
  },
  {
    source: /^node_modules\/typescript\/lib\/typescript\.js$/,
    kind: 'dynamic-require',
    within: [/^function getNodeSystem$/, /^property require$/],
    text: /^require\(modulePath\)$/,
    count: 1,
    why: 'ts.sys.require, which tsserver uses to load language-service plugins. The CDK parser calls only ts.createSourceFile: no program, no host, no sys.require.',
  },
  {
    source: /^src\/vscode\/analysis\/analysisClient\.ts$/,
    kind: 'dynamic-require',
    text: /^require\(path\.join\(this\.distDir, "analysis\.js"\)\)$/,
    count: 1,
    why: 'Our own analysis bundle, from the extension\'s dist/ folder (the in-process fallback when no worker thread can start).',
  },
  {
    source: /^src\/core\/analysis\/worker\.ts$/,
    kind: 'dynamic-require',
    text: /^require\(path\.join\(init\.distDir, "analysis\.js"\)\)$/,
    count: 1,
    why: "Our own analysis bundle, loaded by the worker thread from the extension's dist/ folder.",
  },
];

function newestMtime(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const p = path.join(dir, e.name);
    return Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }, 0);
}

/** Builds dist/ when a bundle is missing or older than src/ (a stale bundle would prove nothing). */
function ensureBuilt(): void {
  const bundles = EXPECTED_BUNDLES.map(b => path.join(DIST, b));
  const stale = bundles.some(b => !fs.existsSync(b) || fs.statSync(b).mtimeMs < newestMtime(path.join(ROOT, 'src')));
  if (!stale) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  assert.equal(r.status, 0, `node esbuild.mjs failed:\n${r.stdout}\n${r.stderr}`);
}

interface Located extends Hazard {
  source: string;
}

function scanBundle(file: string): Located[] {
  const mapFile = `${file}.map`;
  assert.ok(fs.existsSync(mapFile), `${path.relative(ROOT, mapFile)} is missing: this looks like a --production build; run "node esbuild.mjs" for the development build the check needs`);
  const map = new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
  return scanSource(file, fs.readFileSync(file, 'utf8')).map(h => {
    const entry = map.findEntry(h.line, h.character) as { originalSource?: string };
    // esbuild names sources relative to dist/.
    const source = entry.originalSource ? path.relative(ROOT, path.resolve(DIST, entry.originalSource)).split(path.sep).join('/') : '<unmapped>';
    return { ...h, source };
  });
}

function allows(entry: Allowed, h: Located): boolean {
  return entry.kind === h.kind && entry.source.test(h.source) && (entry.text?.test(h.text) ?? true) && (entry.within ?? []).every(w => h.within.some(c => w.test(c)));
}

describe('shipped bundles: no network, no process, no eval', () => {
  const found = new Map<string, Located[]>();

  before(function () {
    this.timeout(900_000);
    ensureBuilt();
    const bundles = fs.readdirSync(DIST).filter(f => f.endsWith('.js')).sort();
    for (const expected of EXPECTED_BUNDLES) assert.ok(bundles.includes(expected), `dist/${expected} exists`);
    for (const b of bundles) found.set(b, scanBundle(path.join(DIST, b)));
  });

  it('every occurrence is allowed, as often as allowed', () => {
    const problems: string[] = [];
    const used = new Set<Allowed>();
    for (const [bundle, hazards] of found) {
      const counts = new Map<Allowed, number>();
      for (const h of hazards) {
        const entry = ALLOWED.find(a => allows(a, h));
        if (!entry) {
          problems.push(`${bundle}:${h.line + 1}:${h.character + 1} ${h.kind} from ${h.source}: ${h.text} (within: ${h.within.join(' › ') || '-'})`);
          continue;
        }
        counts.set(entry, (counts.get(entry) ?? 0) + 1);
        used.add(entry);
      }
      for (const [entry, n] of counts) {
        if (n !== entry.count) problems.push(`${bundle}: ${n} × ${entry.kind} from ${entry.source} (allowed: ${entry.count}) — re-audit and update the allow-list`);
      }
    }
    for (const entry of ALLOWED) if (!used.has(entry)) problems.push(`allow-list entry no longer needed: ${entry.kind} from ${entry.source}`);
    assert.deepEqual(problems, []);
  });

  it('no bundle imports a network, process or code-evaluation module', () => {
    const imports = [...found].flatMap(([bundle, hazards]) => hazards.filter(h => h.kind.startsWith('module:')).map(h => `${bundle}: ${h.text}`));
    assert.deepEqual(imports, []);
  });

  it('the allowed third-party branches cannot run here', () => {
    // The emscripten glue decides its environment once, like this; in Node (also in a worker
    // thread and in the extension host, whose process.type is not "renderer") it is Node.
    for (const [bundle, hazards] of found) {
      if (!hazards.some(h => TREE_SITTER_GLUE.test(h.source))) continue;
      const text = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      assert.ok(text.includes('var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";'), `${bundle}: how web-tree-sitter detects Node`);
      assert.ok(text.includes('var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";'), `${bundle}: how web-tree-sitter detects a web worker`);
    }
    assert.ok(typeof process === 'object' && process.versions?.node && (process as { type?: string }).type !== 'renderer');
    assert.equal(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'undefined');
    // Side modules with EM_ASM / EM_JS would reach eval; ours have none.
    const wasm = fs.readdirSync(DIST).filter(f => f.endsWith('.wasm'));
    assert.ok(wasm.length >= 3, 'the runtime and grammar wasm files are in dist/');
    for (const file of wasm) {
      const exports = Wasm.Module.exports(new Wasm.Module(fs.readFileSync(path.join(DIST, file)))).map(e => e.name);
      assert.ok(exports.length > 0, file);
      assert.deepEqual(exports.filter(n => n.startsWith('__start_em_asm') || n.startsWith('__em_js__')), [], `${file} exports EM_ASM / EM_JS code`);
    }
  });
});

describe('the bundle scanner itself', () => {
  const kinds = (code: string) => scanSource('probe.js', code).map(h => h.kind);

  it('finds every form of a forbidden import, request or evaluation', () => {
    const cases: [string, string][] = [
      ['require("node:https")', 'module:https'],
      ["require('child_process')", 'module:child_process'],
      ['import("http2")', 'module:http2'],
      ["import net from 'node:net';", 'module:net'],
      ["export * from 'tls';", 'module:tls'],
      ["import vm = require('vm');", 'module:vm'],
      ['require("dgram")', 'module:dgram'],
      ['fetch("https://example.com")', 'fetch'],
      ['await globalThis.fetch(u)', 'fetch'],
      ['window["eval"](s)', 'eval'],
      ['const f = fetch; f(u)', 'fetch'],
      ['new XMLHttpRequest()', 'XMLHttpRequest'],
      ['new WebSocket(u)', 'WebSocket'],
      ['eval("1")', 'eval'],
      ['(0, eval)(s)', 'eval'],
      ['new Function("return 1")', 'Function'],
      ['Function("return 1")()', 'Function'],
      ['require(name)', 'dynamic-require'],
      ['globalThis[name]', 'dynamic-global'],
    ];
    for (const [code, kind] of cases) assert.deepEqual(kinds(code), [kind], code);
  });

  it('ignores strings, comments, members and other modules', () => {
    const code = [
      'const docs = "https://docs.aws.amazon.com/x and fetch(x) and eval(y)";',
      "const example = \"new lambda.Function(this, 'Fn', {})\";",
      '// require("https") fetch(u) eval(s)',
      'map.fetch(key); obj.eval; class M { fetch(key) { return key; } }',
      'const o = { fetch: 1, eval() {} };',
      'x instanceof Function; require("node:fs"); require("httpx"); import("fs/promises");',
    ].join('\n');
    assert.deepEqual(kinds(code), []);
  });

  it('records the code around an occurrence', () => {
    const [h] = scanSource('probe.js', 'function load(u) { if (isNode) { read(u); } else { return fetch(u); } }');
    assert.deepEqual(h.within, ['function load', 'else: isNode']);
  });
});
