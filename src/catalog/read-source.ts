/**
 * Reading one content file (the locale files, the glossary, the methods and
 * their conditions) into a YAML source with positions, the same way for each:
 * a size bound, strict UTF-8, and every failure a located problem.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from './problems.ts';
import { MAX_FILE_BYTES, decodeUtf8 } from './text-hygiene.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/**
 * Reads a content file into a YAML source with positions: its size bounded, its bytes
 * strictly UTF-8, each failure a located problem instead of an exception.
 */
export function readSource(file: string, display: string, problems: Problem[]): YamlSource | undefined {
	let bytes: Buffer;
	try {
		if (statSync(file).size > MAX_FILE_BYTES) {
			problems.push({
				file: display,
				line: 0,
				column: 0,
				path: '',
				message: `The file is ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; a content file may be at most ${String(MAX_FILE_BYTES / 1024 / 1024)} MB.`,
				fix: 'Check that the file is the catalog and not something pasted into it; a catalog of 10,000 errors fits well within the limit.',
			});
			return undefined;
		}
		bytes = readFileSync(file);
	} catch (cause) {
		const code = (cause as NodeJS.ErrnoException).code;
		problems.push({
			file: display,
			line: 0,
			column: 0,
			path: '',
			message: code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be read (${String(code ?? cause)}).`,
			fix: 'Create it (see the README for the catalog layout) or point --content at the right folder.',
		});
		return undefined;
	}
	// Strictly: an invalid byte is a problem at its line and column, never a silent U+FFFD.
	const decoded = decodeUtf8(display, bytes);
	if ('problem' in decoded) {
		problems.push(decoded.problem);
		return undefined;
	}
	const parsed = parseYaml(display, decoded.text);
	problems.push(...parsed.problems);
	return parsed.source;
}
