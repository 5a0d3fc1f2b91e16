// `npm ci` in this repository builds dist/ (tests and CI run it). `npm pack` and
// `npm publish` build in `prepack` already, and a consumer installing the package
// never runs this script: it gets the dist/ the tarball ships.
import { execSync } from 'node:child_process';

if (!['pack', 'publish'].includes(process.env.npm_command ?? ''))
  execSync('npm run build', { stdio: 'inherit' });
