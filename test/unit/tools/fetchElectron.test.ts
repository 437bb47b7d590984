import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { electronVersion, fetchFailed, installedWithoutElectron } from '../../../electron/tools/electronBinary.mjs';
import { startNode, userEnv } from '../../helpers/childProcess';
import { makeTempDir } from '../../helpers/tempDir';

/**
 * The postinstall (`--if-possible`) and `npm run fetch-electron`, run for real against a copy of
 * the electron package (its own installer and @electron/get) in a temp project, downloading from
 * a local ELECTRON_MIRROR, so a real download is tried without touching node_modules.
 */
const version = electronVersion();
const platformPath = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform as string] ?? 'electron';
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const root = path.resolve('.');

let zip: Buffer;
let served: 'release' | 'nothing' = 'release';
let requests: string[] = [];
let mirror: http.Server;
let mirrorUrl: string;
let temp: ReturnType<typeof makeTempDir>;

beforeAll(async () => {
  const archive = new JSZip();
  archive.file(platformPath, '#!/bin/sh\necho "Electron stand-in"\n', { unixPermissions: 0o755 });
  archive.file('version', `v${version}`);
  zip = await archive.generateAsync({ type: 'nodebuffer', platform: 'UNIX' });
  const shasums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
  mirror = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (served === 'release' && req.url === `/v${version}/${zipName}`) return res.end(zip);
    if (served === 'release' && req.url === `/v${version}/SHASUMS256.txt`) return res.end(shasums);
    res.writeHead(404).end('Not found');
  });
  await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
  mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => mirror.close(() => resolve())));

/** A project as `npm install` leaves it once electron's own postinstall was denied: no binary. */
function makeProject(): string {
  const dir = path.join(temp.dir, 'project');
  fs.mkdirSync(path.join(dir, 'electron', 'tools'), { recursive: true });
  for (const file of ['fetch-electron.mjs', 'electronBinary.mjs']) {
    fs.copyFileSync(path.join(root, 'electron', 'tools', file), path.join(dir, 'electron', 'tools', file));
  }
  const electron = path.join(dir, 'node_modules', 'electron');
  fs.mkdirSync(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'index.js', 'checksums.json']) {
    fs.copyFileSync(path.join(root, 'node_modules', 'electron', file), path.join(electron, file));
  }
  fs.mkdirSync(path.join(dir, 'node_modules', '@electron'));
  for (const dep of ['@electron/get', 'extract-zip']) {
    fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules', dep)), path.join(dir, 'node_modules', dep), 'junction');
  }
  return dir;
}

function fetchElectron(project: string, args: string[], extra: Record<string, string | undefined> = {}) {
  const env = userEnv({
    ELECTRON_MIRROR: mirrorUrl,
    // The stand-in's checksum comes from the mirror's SHASUMS256.txt, not electron's checksums.json.
    electron_use_remote_checksums: '1',
    electron_config_cache: path.join(temp.dir, 'cache'),
    ELECTRON_OVERRIDE_DIST_PATH: undefined,
    ELECTRON_SKIP_BINARY_DOWNLOAD: undefined,
    ...extra,
  });
  // A developer's own .npmrc mirror (npm passes it on as npm_config_electron_mirror) would win over ours.
  for (const key of Object.keys(env)) if (/^npm_(package_)?config_electron_/i.test(key)) delete env[key];
  const running = startNode([path.join(project, 'electron', 'tools', 'fetch-electron.mjs'), ...args], env, project);
  return running.exited.then(({ code }) => ({ code, output: running.output().trim() }));
}

describe('fetching Electron during npm install and with npm run fetch-electron', () => {
  beforeEach(() => {
    temp = makeTempDir('salesmap-fetch-electron-');
    served = 'release';
    requests = [];
  });
  afterEach(() => temp.cleanup());

  it('installs Electron from ELECTRON_MIRROR with electron’s own installer, saying nothing during install', async () => {
    const project = makeProject();
    expect(await fetchElectron(project, ['--if-possible'])).toEqual({ code: 0, output: '' });
    expect(requests).toContain(`/v${version}/${zipName}`);
    const installed = path.join(project, 'node_modules', 'electron');
    expect(fs.readFileSync(path.join(installed, 'path.txt'), 'utf8')).toBe(platformPath);
    expect(fs.existsSync(path.join(installed, 'dist', platformPath))).toBe(true);

    requests = [];
    expect(await fetchElectron(project, [])).toEqual({ code: 0, output: `Electron ${version} is installed: \`npm start\` opens the desktop app.` });
    expect(requests).toEqual([]);
  });

  it('finishes the install with one sentence when the download fails; fetch-electron says why and exits 1', async () => {
    served = 'nothing';
    const project = makeProject();
    const duringInstall = await fetchElectron(project, ['--if-possible']);
    expect(duringInstall.code).toBe(0);
    expect(duringInstall.output.split('\n')).toHaveLength(1);
    expect(duringInstall.output).toMatch(/^Salesmap installed without Electron's desktop program \(download failed: .*404.*\): `npm start` runs the app in your browser meanwhile, and `npm run fetch-electron` retries the download later \(set ELECTRON_MIRROR to use a mirror\)\.$/);

    const later = await fetchElectron(project, []);
    expect(later.code).toBe(1);
    const why = /could not be downloaded \((.*)\): run/.exec(later.output)?.[1];
    expect(why).toMatch(/404/);
    expect(later.output).toBe(fetchFailed(why!));
    expect(fs.existsSync(path.join(project, 'node_modules', 'electron', 'path.txt'))).toBe(false);
  });

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD during install, but not when asked to fetch', async () => {
    const project = makeProject();
    const skipped = await fetchElectron(project, ['--if-possible'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(skipped).toEqual({ code: 0, output: installedWithoutElectron('ELECTRON_SKIP_BINARY_DOWNLOAD is set') });
    expect(requests).toEqual([]);

    expect((await fetchElectron(project, [], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).code).toBe(0);
    expect(fs.existsSync(path.join(project, 'node_modules', 'electron', 'dist', platformPath))).toBe(true);
  });
});
