/**
 * The search dialog's wording for the answer it shows for a pasted error
 * (src/search/error-answer.ts), one file per locale: `finder/answer-en.json`,
 * `finder/answer-ko.json`. Fetched with the finder's data, only when a query
 * looks like an error, so no page carries these strings.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../catalog/index.ts';
import { ui } from '../../i18n/index.ts';
import { answerStringsOf } from '../../search/error-answer.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(answerStringsOf(ui((props as { locale: Locale }).locale))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
