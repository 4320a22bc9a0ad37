#!/usr/bin/env node
'use strict';
// Loads the bundled command line; `npm ci` builds it (the "prepare" script).
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'vankien.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('vankien: chưa dựng công cụ dòng lệnh. Chạy: npm run build:cli\n');
  process.exitCode = 2;
} else {
  require(bundle);
}
