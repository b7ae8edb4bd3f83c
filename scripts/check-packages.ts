// Checks the store packages that scripts/package.sh wrote: each zip holds a manifest.json whose permissions,
// host permissions and content-script matches equal the built one's (dist/ and dist-firefox/ by default), so
// what a store reviews is what the tests ran. Reads the zips with a few lines of Node (no zip dependency).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {inflateRawSync} from 'node:zlib';

/** One file of a zip archive, found through its central directory. */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extra;
  }
  return null;
}

interface ManifestShape {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{matches?: string[]}>;
}

const granted = (manifest: ManifestShape) => ({
  permissions: manifest.permissions ?? [],
  host_permissions: manifest.host_permissions ?? [],
  matches: (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
});

function main(): void {
  const [chromeZip, firefoxZip] = process.argv.slice(2);
  if (!chromeZip || !firefoxZip) throw new Error('usage: check-packages CHROME.zip FIREFOX.zip');
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version;
  let failed = 0;
  for (const [zipPath, dist] of [
    [chromeZip, process.env.DIST ?? 'dist'],
    [firefoxZip, process.env.DIST_FIREFOX ?? 'dist-firefox'],
  ] as const) {
    const packed = zipEntry(readFileSync(zipPath), 'manifest.json');
    const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as ManifestShape;
    const inZip = packed ? (JSON.parse(packed.toString('utf8')) as ManifestShape) : null;
    const same =
      inZip !== null && JSON.stringify(granted(inZip)) === JSON.stringify(granted(built)) && inZip.version === version;
    console.log(
      `${same ? 'ok' : 'FAIL'}  ${zipPath}: ${inZip ? `version ${inZip.version}, ${granted(inZip).permissions.join(' ')}` : 'no manifest.json'}`,
    );
    if (!same) failed++;
  }
  console.log(`packages: ${2 - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
