/**
 * The catalog command line.
 *
 *   npm run catalog -- check [--content DIR]
 *
 * `check` validates a catalog folder and prints a summary, or every problem
 * with its file and line, and exits non-zero. It writes nothing.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { LOCALES, formatProblem, loadCatalog, type Catalog } from '../src/catalog/index.ts';

const USAGE = `Usage:
  npm run catalog -- check [--content DIR]     validate a catalog (default: content/)`;

/** Counts per status and per locale, as the check prints them. */
export function summarize(catalog: Catalog): string {
	const lines = [`Catalog ${catalog.version}: ${catalog.statuses.length} statuses, ${catalog.errors.length} errors, ${catalog.glossary.length} glossary terms.`];
	for (const status of catalog.statuses) lines.push(`  ${String(status.http)} ${status.id.padEnd(20)} ${String(status.errorIds.length).padStart(3)} errors`);
	for (const locale of LOCALES) {
		const withAction = catalog.errors.filter((e) => e.text[locale].action).length;
		lines.push(`  ${locale}: ${catalog.statuses.length} statuses and ${catalog.errors.length} errors translated (${withAction} with an action)`);
	}
	return lines.join('\n');
}

function main(argv: readonly string[]): number {
	const [command, ...rest] = argv;
	if (command !== 'check') {
		console.error(command === undefined ? USAGE : `Unknown command ${JSON.stringify(command)}.\n${USAGE}`);
		return 2;
	}
	let values;
	try {
		({ values } = parseArgs({ args: [...rest], options: { content: { type: 'string', default: 'content' } }, allowPositionals: false }));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const result = loadCatalog(resolve(values.content));
	if (!result.ok) {
		console.error(result.problems.map(formatProblem).join('\n'));
		console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${values.content}; nothing was written.`);
		return 1;
	}
	console.log(summarize(result.catalog));
	return 0;
}

process.exitCode = main(process.argv.slice(2));
