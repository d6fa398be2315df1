/**
 * Typed face of runCdkNag.cjs (kept as plain CommonJS so that `tsc -p .` never parses aws-cdk-lib's
 * type declarations). cdk-nag and aws-cdk-lib are devDependencies used by this benchmark only.
 */
import * as path from 'node:path';

export interface NagViolation {
  /** `AwsSolutions-S10` */
  rule: string;
  /** The part in brackets of `AwsSolutions-IAM5[Action::s3:*]`, when the rule reports several per resource. */
  finding?: string;
  logicalId: string;
  severity: string;
  /** The rule threw on a value it could not evaluate (an intrinsic) and reported a violation that says so. */
  ruleError: boolean;
}

export type NagRun =
  | { loaded: true; violations: NagViolation[]; cpu: { include: number; synth: number; rules?: number } }
  | { loaded: false; stage: 'CfnInclude' | 'synth'; message: string };

export interface NagOptions {
  /** Also time a second walk of the rules alone (validateScope). */
  timeRules?: boolean;
  /** Keep aws-cdk-lib's default built-in CloudFormation Validate plugin on (off: cdk-nag alone). */
  cfnValidate?: boolean;
}

export const NAG_RUNNER_SCRIPT = path.join(__dirname, 'runCdkNag.cjs');

const runner = require(NAG_RUNNER_SCRIPT) as { runCdkNag(templateFile: string, options?: NagOptions): NagRun };

/** cdk-nag (AwsSolutionsChecks) over one template file; CPU milliseconds per phase. */
export function runCdkNag(templateFile: string, options?: NagOptions): NagRun {
  return runner.runCdkNag(templateFile, options);
}
