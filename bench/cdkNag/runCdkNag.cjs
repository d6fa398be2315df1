/**
 * cdk-nag v3 over one CloudFormation template, the way its README runs it on existing templates:
 * `new App()`, `new Stack()`, `new CfnInclude(stack, 'T', { templateFile })`,
 * `Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: false }))`, `app.synth()`.
 * (v3 replaced v2's `Aspects.of(app).add(...)` with CDK's policy-validation plugins; violations land
 * in `validation-report.json` in the cloud assembly, and `synth()` throws "Validation failed".)
 *
 * Plain CommonJS on purpose: bench/ is in tsconfig's `include`, and typing this file would make every
 * `tsc -p .` parse aws-cdk-lib's type declarations. bench/cdkNag/nagRunner.ts gives it a type.
 *
 * As a process (what a user waits for, module loading included):
 *   node bench/cdkNag/runCdkNag.cjs [--cfn-validate] <template>…   → one JSON line per template on stdout
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let libs;
function load() {
  if (!libs) {
    const cdk = require('aws-cdk-lib');
    libs = { cdk, CfnInclude: require('aws-cdk-lib/cloudformation-include').CfnInclude, AwsSolutionsChecks: require('cdk-nag').AwsSolutionsChecks };
  }
  return libs;
}

function cpuMs(since) {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** `AwsSolutions-IAM5[Action::*]` → { rule: 'AwsSolutions-IAM5', finding: 'Action::*' }. */
function splitRuleName(name) {
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(name);
  return { rule: m ? m[1] : name, finding: m && m[2] !== undefined ? m[2] : undefined };
}

/**
 * Records each violation as the pack adds it: (rule, resource, whether the rule threw). The report
 * (`validation-report.json`) holds the same violations, but grouped per rule with the description
 * of the first one, so it cannot tell which resources only got "Rule threw an error" (an intrinsic
 * the rule could not evaluate). `addViolation` is private in the typings, not at run time.
 */
function recordViolations(pack, into) {
  const add = pack.addViolation;
  pack.addViolation = function (ruleName, params, errorMessage) {
    const { rule, finding } = splitRuleName(ruleName);
    // Construct paths of included resources are `<stack>/T/<logical id>`.
    into.push({ rule, finding, logicalId: params.node.node.path.split('/')[2], severity: params.level === 'Error' ? 'error' : 'warning', ruleError: errorMessage !== undefined });
    return add.call(this, ruleName, params, errorMessage);
  };
  return () => void (pack.addViolation = add);
}

/**
 * Runs cdk-nag on one template, synthesising into a fresh folder under os.tmpdir() (removed after).
 * Returns { loaded: true, violations, cpu: { include, synth, rules } } or, when CfnInclude cannot read
 * the template, { loaded: false, stage, message }. `cpu.rules` is a second, separate walk of the
 * AwsSolutions rules alone (validateScope), to show how much of the time is the rules themselves.
 * Options: timeRules (measure that walk), cfnValidate (keep aws-cdk-lib's default validation plugin).
 */
function runCdkNag(templateFile, options = {}) {
  const { cdk, CfnInclude, AwsSolutionsChecks } = load();
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'afg-cdk-nag-'));
  const quietError = console.error;
  try {
    let t = process.cpuUsage();
    // aws-cdk-lib's built-in "CloudFormation Validate" plugin (on by default) is not cdk-nag, and costs
    // more than cdk-nag: ~9 s of CPU on the first template of a process here, ~1 s on each after.
    // Off unless asked for: this measures cdk-nag alone, which only makes cdk-nag look faster.
    const app = new cdk.App({ outdir, builtinCloudFormationValidation: options.cfnValidate === true });
    const stack = new cdk.Stack(app, 'S');
    try {
      new CfnInclude(stack, 'T', { templateFile });
    } catch (e) {
      return { loaded: false, stage: 'CfnInclude', message: String((e && e.message) || e).split('\n')[0] };
    }
    const include = cpuMs(t);
    t = process.cpuUsage();
    const pack = new AwsSolutionsChecks(app, { verbose: false });
    cdk.Validations.of(app).addPlugins(pack);
    const violations = [];
    const stopRecording = recordViolations(pack, violations);
    // synth() prints the whole report on stderr and then throws when there are violations.
    console.error = () => {};
    try {
      app.synth();
    } catch (e) {
      if (!/Validation failed/.test(String(e && e.message))) return { loaded: false, stage: 'synth', message: String((e && e.message) || e).split('\n')[0] };
    } finally {
      console.error = quietError;
      stopRecording();
    }
    const synth = cpuMs(t);
    let rules;
    if (options.timeRules) {
      t = process.cpuUsage();
      pack.validateScope(app);
      rules = cpuMs(t);
    }
    return { loaded: true, violations, cpu: { include, synth, rules } };
  } finally {
    console.error = quietError;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

module.exports = { runCdkNag };

if (require.main === module) {
  const args = process.argv.slice(2);
  const cfnValidate = args[0] === '--cfn-validate';
  for (const file of cfnValidate ? args.slice(1) : args) {
    const r = runCdkNag(file, { cfnValidate });
    process.stdout.write(JSON.stringify({ file, loaded: r.loaded, violations: r.loaded ? r.violations.length : 0, message: r.message }) + '\n');
  }
}
