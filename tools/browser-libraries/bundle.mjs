// Writes the pinned browser libraries (package.json) into the workbench's static files as single ES modules,
// so that the pages load nothing from outside the app. Run after changing a version:
//   cd tools/browser-libraries && npm ci && node bundle.mjs
// The output is committed: building and serving the workbench needs no npm.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, '..', '..', 'src', 'Atalaya.Web', 'wwwroot', 'js', 'vendor');

function read(name, file) {
  const folder = join(here, 'node_modules', name);
  const version = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version;
  const licence = readFileSync(join(folder, 'LICENSE'), 'utf8').trim();
  return { version, licence, source: readFileSync(join(folder, file), 'utf8') };
}

// supercluster imports kdbush by package name, which a browser cannot resolve: the two become one module.
const kdbush = read('kdbush', 'index.js');
const supercluster = read('supercluster', 'index.js');
const kdbushBody = kdbush.source.replace(/^export default class KDBush/m, 'class KDBush');
const superclusterBody = supercluster.source.replace(/^import KDBush from 'kdbush';\s*$/m, '');
if (kdbushBody === kdbush.source || superclusterBody === supercluster.source) {
  throw new Error('the libraries changed shape: update bundle.mjs');
}

const comment = (text) => text.split('\n').map((line) => `// ${line}`.trimEnd()).join('\n');
mkdirSync(vendor, { recursive: true });
writeFileSync(join(vendor, 'supercluster.js'), [
  `// supercluster ${supercluster.version} with kdbush ${kdbush.version}, from npm, bundled by tools/browser-libraries/bundle.mjs. Do not edit.`,
  comment(`supercluster licence:\n${supercluster.licence}`),
  comment(`kdbush licence:\n${kdbush.licence}`),
  kdbushBody,
  superclusterBody,
].join('\n\n'));
console.log(`wrote ${join(vendor, 'supercluster.js')}`);
