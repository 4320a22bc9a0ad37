import { main } from './main';

// The bundled entry point of `vankien` (bin/vankien.cjs loads the build of this file).
void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTty: process.stdout.isTTY === true,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
