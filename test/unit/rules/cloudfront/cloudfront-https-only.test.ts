import rule from '../../../../src/core/rules/cloudfront/cloudfront-https-only';
import { dedent, runRuleTests } from '../ruleTester';

runRuleTests(rule, {
  valid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: web
                  ViewerProtocolPolicy: redirect-to-https
                CacheBehaviors:
                  - PathPattern: /api/*
                    TargetOriginId: api
                    ViewerProtocolPolicy: https-only
      `),
    },
    {
      name: 'a policy from a parameter or a condition, a config from a parameter',
      syntax: 'yaml',
      code: dedent(`
        Parameters:
          Policy:
            Type: String
        Resources:
          A:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                DefaultCacheBehavior:
                  ViewerProtocolPolicy: !Ref Policy
                CacheBehaviors:
                  - PathPattern: /x
                    ViewerProtocolPolicy: !If [Prod, https-only, allow-all]
          B:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig: !Ref Config
      `),
    },
    {
      syntax: 'json',
      code: '{"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {"DefaultCacheBehavior": {"ViewerProtocolPolicy": "https-only"}}}}}}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudfront_distribution" "cdn" {
          enabled = true
          default_cache_behavior {
            target_origin_id       = "web"
            viewer_protocol_policy = "redirect-to-https"
          }
          ordered_cache_behavior {
            path_pattern           = "/api/*"
            viewer_protocol_policy = var.policy
          }
        }

        data "aws_cloudfront_distribution" "other" {
          id = "E123"
        }
      `),
    },
    {
      name: 'explicit policies, a spread that may hold one, a legacy distribution left at its default',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        new cloudfront.Distribution(this, 'A', {
          defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
          additionalBehaviors: { '/api/*': { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY }, ...more },
        });
        new cloudfront.Distribution(this, 'B', { defaultBehavior: { ...common, compress: true } });
        new cloudfront.Distribution(this, 'C', { defaultBehavior: props.behavior });
        new cloudfront.Distribution(this, 'D', { defaultBehavior: { origin, viewerProtocolPolicy: props.policy } });
        new cloudfront.CloudFrontWebDistribution(this, 'W', { originConfigs: [{ s3OriginSource: { s3BucketSource: b }, behaviors: [{ isDefaultBehavior: true }] }] });
        new cloudfront.CloudFrontWebDistribution(this, 'W2', {
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
          originConfigs: [{ s3OriginSource: { s3BucketSource: b }, behaviors: [{ isDefaultBehavior: true, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY }] }],
        });
      `),
    },
    {
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudfront as cloudfront
        d = cloudfront.Distribution(self, "D", default_behavior=cloudfront.BehaviorOptions(origin=origin, viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS))
        d.add_behavior("/api/*", origin, viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.HTTPS_ONLY)
      `),
    },
  ],
  invalid: [
    {
      syntax: 'yaml',
      code: dedent(`
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: web
                  ViewerProtocolPolicy: allow-all
                CacheBehaviors:
                  - PathPattern: /static/*
                    TargetOriginId: web
                    ViewerProtocolPolicy: redirect-to-https
                  - PathPattern: /img/*
                    TargetOriginId: web
                    ViewerProtocolPolicy: 'allow-all'
      `),
      errors: [
        { messageId: 'defaultAllowAll', line: 9, column: 33, endLine: 9, endColumn: 42, data: { name: 'Cdn' } },
        { messageId: 'pathAllowAll', line: 16, column: 35, endLine: 16, endColumn: 46, data: { name: 'Cdn', pattern: '/img/*' } },
      ],
      output: dedent(`
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: web
                  ViewerProtocolPolicy: redirect-to-https
                CacheBehaviors:
                  - PathPattern: /static/*
                    TargetOriginId: web
                    ViewerProtocolPolicy: redirect-to-https
                  - PathPattern: /img/*
                    TargetOriginId: web
                    ViewerProtocolPolicy: 'redirect-to-https'
      `),
    },
    {
      syntax: 'json',
      code: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "DefaultCacheBehavior": { "ViewerProtocolPolicy": "allow-all" } } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'defaultAllowAll', line: 5, column: 97, endLine: 5, endColumn: 108 }],
      output: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "DefaultCacheBehavior": { "ViewerProtocolPolicy": "redirect-to-https" } } }\n    }\n  }\n}\n',
    },
    {
      syntax: 'terraform',
      code: dedent(`
        resource "aws_cloudfront_distribution" "cdn" {
          enabled = true
          default_cache_behavior {
            target_origin_id       = "web"
            viewer_protocol_policy = "allow-all"
          }
          ordered_cache_behavior {
            path_pattern           = "/api/*"
            target_origin_id       = "api"
            viewer_protocol_policy = "https-only"
          }
          ordered_cache_behavior {
            path_pattern           = "/img/*"
            target_origin_id       = "web"
            viewer_protocol_policy = "allow-all"
          }
        }
      `),
      errors: [
        { messageId: 'defaultAllowAll', line: 5, column: 30, endLine: 5, endColumn: 41, data: { name: 'aws_cloudfront_distribution.cdn' } },
        { messageId: 'pathAllowAll', line: 15, column: 30, endLine: 15, endColumn: 41, data: { name: 'aws_cloudfront_distribution.cdn', pattern: '/img/*' } },
      ],
      output: dedent(`
        resource "aws_cloudfront_distribution" "cdn" {
          enabled = true
          default_cache_behavior {
            target_origin_id       = "web"
            viewer_protocol_policy = "redirect-to-https"
          }
          ordered_cache_behavior {
            path_pattern           = "/api/*"
            target_origin_id       = "api"
            viewer_protocol_policy = "https-only"
          }
          ordered_cache_behavior {
            path_pattern           = "/img/*"
            target_origin_id       = "web"
            viewer_protocol_policy = "redirect-to-https"
          }
        }
      `),
    },
    {
      name: 'CDK: no policy (ALLOW_ALL by default), an explicit ALLOW_ALL, an additional behavior, addBehavior',
      syntax: 'typescript',
      code: dedent(`
        import { aws_cloudfront as cf } from 'aws-cdk-lib';
        const d = new cf.Distribution(this, 'Cdn', {
          defaultBehavior: { origin },
          additionalBehaviors: {
            '/api/*': { origin: api, viewerProtocolPolicy: cf.ViewerProtocolPolicy.ALLOW_ALL },
            '*.jpg': { origin },
          },
        });
        d.addBehavior('/img/*', origin);
      `),
      errors: [
        { messageId: 'defaultUnset', line: 3, column: 3, endLine: 3, endColumn: 18, data: { name: 'Cdn' } },
        { messageId: 'pathAllowAll', line: 5, column: 52, endLine: 5, endColumn: 85, data: { name: 'Cdn', pattern: '/api/*' } },
        { messageId: 'pathUnset', line: 6, column: 6, endLine: 6, endColumn: 11, data: { name: 'Cdn', pattern: '*.jpg' } },
        { messageId: 'pathUnset', line: 9, column: 3, endLine: 9, endColumn: 14, data: { name: 'Cdn', pattern: '/img/*' } },
      ],
      output: dedent(`
        import { aws_cloudfront as cf } from 'aws-cdk-lib';
        const d = new cf.Distribution(this, 'Cdn', {
          defaultBehavior: { origin, viewerProtocolPolicy: cf.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
          additionalBehaviors: {
            '/api/*': { origin: api, viewerProtocolPolicy: cf.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
            '*.jpg': { origin },
          },
        });
        d.addBehavior('/img/*', origin);
      `),
    },
    {
      name: 'CDK: the module imported under another name, and not imported at all',
      syntax: 'typescript',
      code: dedent(`
        import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
        new Distribution(this, 'Cdn', { defaultBehavior: { origin } });
      `),
      errors: [{ messageId: 'defaultUnset', line: 2, column: 33, endLine: 2, endColumn: 48 }],
      output: dedent(`
        import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        new Distribution(this, 'Cdn', { defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS } });
      `),
    },
    {
      name: 'legacy CloudFrontWebDistribution with an explicit ALLOW_ALL',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        new cloudfront.CloudFrontWebDistribution(this, 'W', {
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
          originConfigs: [{ s3OriginSource: { s3BucketSource: b }, behaviors: [{ isDefaultBehavior: true }] }],
        });
      `),
      errors: [{ messageId: 'defaultAllowAll', line: 3, column: 25, endLine: 3, endColumn: 66 }],
      output: dedent(`
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        new cloudfront.CloudFrontWebDistribution(this, 'W', {
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          originConfigs: [{ s3OriginSource: { s3BucketSource: b }, behaviors: [{ isDefaultBehavior: true }] }],
        });
      `),
    },
    {
      name: 'CDK L1',
      syntax: 'typescript',
      code: dedent(`
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        new cloudfront.CfnDistribution(this, 'L1', { distributionConfig: { enabled: true, defaultCacheBehavior: { targetOriginId: 'web', viewerProtocolPolicy: 'allow-all' } } });
      `),
      errors: [{ messageId: 'defaultAllowAll', line: 2, column: 152, endLine: 2, endColumn: 163 }],
      output: dedent(`
        import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
        new cloudfront.CfnDistribution(this, 'L1', { distributionConfig: { enabled: true, defaultCacheBehavior: { targetOriginId: 'web', viewerProtocolPolicy: 'redirect-to-https' } } });
      `),
    },
    {
      name: 'Python: a struct, a dict, an explicit ALLOW_ALL through the root namespace',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudfront as cloudfront
        import aws_cdk as cdk
        a = cloudfront.Distribution(self, "A", default_behavior=cloudfront.BehaviorOptions(origin=origin))
        b = cloudfront.Distribution(self, "B", default_behavior={"origin": origin})
        c = cdk.aws_cloudfront.Distribution(self, "C", default_behavior={"origin": origin, "viewer_protocol_policy": cdk.aws_cloudfront.ViewerProtocolPolicy.ALLOW_ALL})
      `),
      errors: [
        { messageId: 'defaultUnset', line: 3, column: 40, endLine: 3, endColumn: 56 },
        { messageId: 'defaultUnset', line: 4, column: 40, endLine: 4, endColumn: 56 },
        { messageId: 'defaultAllowAll', line: 5, column: 110, endLine: 5, endColumn: 159 },
      ],
      output: dedent(`
        from aws_cdk import aws_cloudfront as cloudfront
        import aws_cdk as cdk
        a = cloudfront.Distribution(self, "A", default_behavior=cloudfront.BehaviorOptions(origin=origin, viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS))
        b = cloudfront.Distribution(self, "B", default_behavior={"origin": origin, "viewer_protocol_policy": cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS})
        c = cdk.aws_cloudfront.Distribution(self, "C", default_behavior={"origin": origin, "viewer_protocol_policy": cdk.aws_cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS})
      `),
    },
    {
      name: 'Python: a dict in the map of additional behaviors is reported without a fix (jsii passes it verbatim)',
      syntax: 'python',
      code: dedent(`
        from aws_cdk import aws_cloudfront as cloudfront
        d = cloudfront.Distribution(self, "D", default_behavior=behavior, additional_behaviors={"/api/*": {"origin": api}})
      `),
      errors: [{ messageId: 'pathUnset', line: 2, column: 89, endLine: 2, endColumn: 97, data: { name: 'D', pattern: '/api/*' } }],
      output: null,
    },
    {
      name: 'Python without the module imported: the fix adds the import',
      syntax: 'python',
      code: dedent(`
        from aws_cdk.aws_cloudfront import Distribution, BehaviorOptions
        Distribution(self, "D", default_behavior=BehaviorOptions(origin=origin))
      `),
      errors: [{ messageId: 'defaultUnset', line: 2, column: 25, endLine: 2, endColumn: 41 }],
      output: dedent(`
        from aws_cdk.aws_cloudfront import Distribution, BehaviorOptions
        from aws_cdk import aws_cloudfront as cloudfront
        Distribution(self, "D", default_behavior=BehaviorOptions(origin=origin, viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS))
      `),
    },
  ],
});
