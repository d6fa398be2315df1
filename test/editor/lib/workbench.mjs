// Workbench URLs. code-server has no --extensionDevelopmentPath flag; with the smoke-test driver
// enabled, the workbench reads the same options from a `payload` query parameter instead.
import path from 'node:path';

/**
 * @param {{baseUrl:string, remoteUri:(p:string)=>string}} server  from startCodeServer()
 * @param {object} o
 * @param {string} o.folder                     workspace folder to open
 * @param {string} [o.extensionDevelopmentPath]  extension folder (holds package.json) to load unpacked
 * @param {string} [o.extensionTestsPath]        CommonJS module exporting run(): runs inside the extension host
 */
export function workbenchUrl(server, o) {
  const query = [`folder=${encodeURIComponent(path.resolve(o.folder))}`];
  const payload = [];
  if (o.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remoteUri(o.extensionDevelopmentPath)]);
  if (o.extensionTestsPath) payload.push(['extensionTestsPath', server.remoteUri(o.extensionTestsPath)]);
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.baseUrl}/?${query.join('&')}`;
}
