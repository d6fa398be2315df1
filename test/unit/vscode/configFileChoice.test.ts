/** Restricted Mode and the workspace config: which file is read, and what the user is told. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chooseConfigFile, configNotes, shouldAnnounceIgnoredSetting, type ConfigFileStatus } from '../../../src/vscode/analysis/configFileChoice';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DEFAULT = '.aws-field-guide.yaml';

const status = (s: Partial<ConfigFileStatus>): ConfigFileStatus => ({ path: DEFAULT, found: false, errors: 0, warnings: 0, ...s });

describe('workspace config file choice', () => {
  it('reads the default file when the setting is empty, in either trust state', () => {
    for (const setting of [undefined, '', '   ']) {
      assert.deepEqual(chooseConfigFile(setting, true), { path: DEFAULT });
      assert.deepEqual(chooseConfigFile(setting, false), { path: DEFAULT });
    }
  });

  it('honours a custom path only in a trusted workspace', () => {
    assert.deepEqual(chooseConfigFile('config/lint.yaml', true), { path: 'config/lint.yaml', custom: true });
    assert.deepEqual(chooseConfigFile('config/lint.yaml', false), { path: DEFAULT, ignoredSetting: 'config/lint.yaml' });
    assert.deepEqual(chooseConfigFile('../../home/me/.ssh/config', false), { path: DEFAULT, ignoredSetting: '../../home/me/.ssh/config' });
  });

  it('a setting that names the default file is nothing to warn about', () => {
    for (const setting of ['.aws-field-guide.yaml', './.aws-field-guide.yaml', '.\\.aws-field-guide.yaml']) {
      assert.deepEqual(chooseConfigFile(setting, false), { path: DEFAULT }, setting);
    }
  });

  it('the tooltip notes an ignored setting, a missing custom file and problems in the file', () => {
    assert.deepEqual(configNotes(status({})), []);
    assert.deepEqual(configNotes(status({ found: true })), []);
    assert.deepEqual(configNotes(status({ ignoredSetting: 'x.yaml' })), [{ kind: 'settingIgnored', setting: 'x.yaml', using: DEFAULT }]);
    assert.deepEqual(configNotes(status({ path: 'x.yaml', custom: true })), [{ kind: 'missing', file: 'x.yaml' }]);
    assert.deepEqual(configNotes(status({ found: true, errors: 1, warnings: 2 })), [{ kind: 'problems', file: DEFAULT, errors: 1, warnings: 2 }]);
    assert.deepEqual(configNotes(status({ ignoredSetting: 'x.yaml', found: true, warnings: 1 })).map(n => n.kind), ['settingIgnored', 'problems']);
  });

  it('announces an ignored setting once per workspace and value', () => {
    const ignored = chooseConfigFile('x.yaml', false);
    assert.equal(shouldAnnounceIgnoredSetting(ignored, undefined), true);
    assert.equal(shouldAnnounceIgnoredSetting(ignored, 'x.yaml'), false);
    assert.equal(shouldAnnounceIgnoredSetting(ignored, 'old.yaml'), true);
    assert.equal(shouldAnnounceIgnoredSetting(chooseConfigFile('x.yaml', true), undefined), false);
    assert.equal(shouldAnnounceIgnoredSetting(chooseConfigFile('', false), undefined), false);
  });
});

describe('manifest: untrusted workspaces', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: unknown; description: string; restrictedConfigurations: string[] } };
    contributes: { configuration: { properties: Record<string, unknown> } | { properties: Record<string, unknown> }[] };
  };
  const untrusted = manifest.capabilities.untrustedWorkspaces;

  it('is limited, and every setting that points at a file is restricted', () => {
    assert.equal(untrusted.supported, 'limited');
    const sections = [manifest.contributes.configuration].flat();
    const settings = sections.flatMap(s => Object.keys(s.properties));
    const pointsAtFiles = settings.filter(k => /(file|path|dir|folder|executable|command)$/i.test(k));
    assert.ok(pointsAtFiles.includes('awsFieldGuide.configFile'));
    assert.deepEqual(pointsAtFiles.filter(k => !untrusted.restrictedConfigurations.includes(k)), []);
  });

  it('describes the limited mode in English and Korean', () => {
    const key = /^%(.+)%$/.exec(untrusted.description)?.[1];
    assert.ok(key, 'the description is localized');
    for (const file of ['package.nls.json', 'package.nls.ko.json']) {
      const text = (JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>)[key];
      assert.ok(text, `${file} has ${key}`);
      assert.ok(text.includes('awsFieldGuide.configFile') && text.includes(DEFAULT), `${file}: names the ignored setting and the file that is read instead`);
    }
  });
});
