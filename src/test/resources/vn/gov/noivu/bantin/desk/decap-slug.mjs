// The file name Decap CMS makes from each title read on standard input (one a line), with the desk's slug settings:
// its own sanitizeSlug (decap-cms-core, as desk/node_modules has it) after its prepareSlug, copied here from
// decap-cms-core's lib/formatters.js (DeskSlugTest checks the copy against the installed file). Run from desk/.
import { register } from 'node:module';
import { createInterface } from 'node:readline';

register('./resolve-hook.mjs', import.meta.url);
const { sanitizeSlug } = await import(process.cwd() + '/node_modules/decap-cms-core/dist/esm/lib/urlHelper.js');
const settings = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };
const prepareSlug = slug => slug.trim().toLocaleLowerCase().replace(/[']/g, '').replace(/[.]/g, '-');
for await (const title of createInterface({ input: process.stdin })) {
  console.log(sanitizeSlug(prepareSlug(title), settings));
}
