/**
 * A small static server for the built site, as a static host would serve it:
 * the files of dist/ under the site's base path (BASE_PATH, default `/`),
 * `index.html` for a folder, `404.html` with status 404 for anything missing.
 *
 * The 404 is deliberately the one root `404.html` for every missing address,
 * Korean ones included: that is what most static hosts do (GitHub Pages,
 * Netlify and Vercel by default, S3, an nginx `error_page`), and it is the
 * hardest case for the site, whose 404 page then hands a `/ko/` address to
 * the Korean rendering itself (src/not-found/early-script.ts). Hosts that
 * serve the nearest 404 page are covered by tests/e2e/not-found.spec.ts.
 * Playwright starts it as its webServer (see playwright.config.ts).
 *
 * Like a real static host it compresses text (HTML, CSS, JS, JSON, SVG, XML)
 * with gzip when the client accepts it, so what the browser downloads here
 * is what a reader downloads, and tests/e2e/weight.spec.ts can read the
 * transferred sizes from the browser itself.
 *
 *   node tests/e2e/support/serve.ts [--dir dist] [--base /] [--port 4399] [--host 127.0.0.1]
 *
 * Defaults come from E2E_DIST, BASE_PATH, E2E_PORT and E2E_HOST. Set
 * E2E_SERVE_LOG=1 to print one line per request.
 *
 * Runs under Node 24 directly: erasable TypeScript, Node built-ins only.
 */
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { normalizeBase } from '../../../src/site/routes.ts';

export const DEFAULT_PORT = 4399;
export const DEFAULT_HOST = '127.0.0.1';

/** Content types by extension; anything else is application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.atom': 'application/atom+xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.yaml': 'application/yaml; charset=utf-8',
	'.yml': 'application/yaml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	// Pagefind's index: gzip data that pagefind.js inflates itself, so no Content-Encoding.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

export function contentType(path: string): string {
	return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether a content type is text a static host would compress (Pagefind's own gzip files are not). */
export function isCompressible(type: string): boolean {
	return /^(text\/|application\/(json|javascript|xml|atom\+xml|manifest\+json|yaml)|image\/svg\+xml)/.test(type);
}

/** Whether the request's Accept-Encoding allows gzip (a `q=0` refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
	const value = Array.isArray(header) ? header.join(',') : (header ?? '');
	return value.split(',').some((part) => {
		const [coding = '', ...params] = part.trim().toLowerCase().split(';');
		if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

// The site's own rule for the base path, so the server and the build agree.
export { normalizeBase };

/** The response header naming what this server serves. */
export const IDENTITY_HEADER = 'X-E2E-Serve';

/** The value of IDENTITY_HEADER for a folder and a base path. */
export function serverIdentity(root: string, base: string | undefined): string {
	return `${encodeURI(resolve(root))} ${normalizeBase(base)}`;
}

export interface StaticServerOptions {
	/** The folder to serve (the built site). */
	readonly root: string;
	/** The base path the site was built for; normalised. */
	readonly base?: string | undefined;
	/** Called once per request with a log line. */
	readonly log?: ((line: string) => void) | undefined;
}

function statOrUndefined(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

/** A request handler serving `root` under `base`. */
export function staticHandler(options: StaticServerOptions): (req: IncomingMessage, res: ServerResponse) => void {
	const root = resolve(options.root);
	const base = normalizeBase(options.base);
	const notFoundPage = join(root, '404.html');
	// Compressed once per file version: the tests load the same assets many times.
	const gzipped = new Map<string, { key: string; body: Buffer }>();
	const gzipOf = (file: string, stats: Stats): Buffer => {
		const key = `${String(stats.mtimeMs)}:${String(stats.size)}`;
		const cached = gzipped.get(file);
		if (cached?.key === key) return cached.body;
		// Level 6, the default of nginx's gzip_comp_level 6 and most hosts' on-the-fly compression.
		const body = gzipSync(readFileSync(file), { level: 6 });
		gzipped.set(file, { key, body });
		return body;
	};

	const sendFile = (req: IncomingMessage, res: ServerResponse, status: number, file: string, stats: Stats): void => {
		const type = contentType(file);
		if (isCompressible(type)) {
			res.setHeader('Vary', 'Accept-Encoding');
			if (acceptsGzip(req.headers['accept-encoding'])) {
				const body = gzipOf(file, stats);
				res.writeHead(status, {
					'Content-Type': type,
					'Content-Encoding': 'gzip',
					'Content-Length': String(body.length),
					'Cache-Control': 'no-cache',
					'X-Content-Type-Options': 'nosniff',
				});
				res.end(req.method === 'HEAD' ? undefined : body);
				return;
			}
		}
		res.writeHead(status, {
			'Content-Type': type,
			'Content-Length': String(stats.size),
			'Cache-Control': 'no-cache',
			// As strict as a real host: a script or stylesheet with the wrong type is blocked, and the test sees it.
			'X-Content-Type-Options': 'nosniff',
		});
		if (req.method === 'HEAD') {
			res.end();
			return;
		}
		const stream = createReadStream(file);
		stream.on('error', () => res.destroy());
		stream.pipe(res);
	};

	const sendText = (req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void => {
		res.writeHead(status, {
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Length': String(Buffer.byteLength(text)),
			'Cache-Control': 'no-cache',
			...headers,
		});
		res.end(req.method === 'HEAD' ? undefined : text);
	};

	const notFound = (req: IncomingMessage, res: ServerResponse): void => {
		const stats = statOrUndefined(notFoundPage);
		if (stats?.isFile()) sendFile(req, res, 404, notFoundPage, stats);
		else sendText(req, res, 404, '404 Not Found\n');
	};

	const redirect = (req: IncomingMessage, res: ServerResponse, location: string): void => {
		sendText(req, res, 301, `Moved to ${location}\n`, { Location: location });
	};

	return (req, res) => {
		// Says which folder and base this server serves, so a reused server can be checked (support/global-setup.ts).
		res.setHeader(IDENTITY_HEADER, serverIdentity(root, base));
		if (options.log) {
			res.on('finish', () => options.log?.(`${String(res.statusCode)} ${req.method ?? '?'} ${req.url ?? ''}`));
		}
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			sendText(req, res, 405, '405 Method Not Allowed\n', { Allow: 'GET, HEAD' });
			return;
		}
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			sendText(req, res, 400, '400 Bad Request\n');
			return;
		}
		if (pathname.includes('\0')) {
			sendText(req, res, 400, '400 Bad Request\n');
			return;
		}
		// The base itself without its slash (`/errors-ref`): redirect, as a host serving a folder does.
		if (`${pathname}/` === base) {
			redirect(req, res, base + url.search);
			return;
		}
		if (!pathname.startsWith(base)) {
			notFound(req, res);
			return;
		}
		const file = resolve(root, `.${sep}${pathname.slice(base.length)}`);
		if (file !== root && !file.startsWith(root + sep)) {
			notFound(req, res);
			return;
		}
		const stats = statOrUndefined(file);
		if (stats?.isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				redirect(req, res, `${url.pathname}/${url.search}`);
				return;
			}
			const index = join(file, 'index.html');
			const indexStats = statOrUndefined(index);
			if (indexStats?.isFile()) sendFile(req, res, 200, index, indexStats);
			else notFound(req, res);
			return;
		}
		if (stats?.isFile()) {
			sendFile(req, res, 200, file, stats);
			return;
		}
		// `/page` for a site built with `build.format: 'file'` (page.html), as most static hosts allow.
		if (!pathname.endsWith('/')) {
			const html = `${file}.html`;
			const htmlStats = statOrUndefined(html);
			if (htmlStats?.isFile()) {
				sendFile(req, res, 200, html, htmlStats);
				return;
			}
		}
		notFound(req, res);
	};
}

/** Creates (but does not start) a server for `root` under `base`. */
export function createStaticServer(options: StaticServerOptions): Server {
	return createServer(staticHandler(options));
}

function main(argv: readonly string[]): void {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			dir: { type: 'string', default: process.env['E2E_DIST'] || 'dist' },
			base: { type: 'string', default: process.env['BASE_PATH'] || '/' },
			port: { type: 'string', default: process.env['E2E_PORT'] || String(DEFAULT_PORT) },
			host: { type: 'string', default: process.env['E2E_HOST'] || DEFAULT_HOST },
		},
		allowPositionals: false,
	});
	const root = resolve(values.dir);
	const base = normalizeBase(values.base);
	const port = Number(values.port);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`serve: bad port ${JSON.stringify(values.port)}`);
		process.exit(2);
	}
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`serve: ${join(root, 'index.html')} does not exist. Build the site first (npm run build), or run the tests with npm run test:e2e, which builds it.`);
		process.exit(1);
	}
	const log = process.env['E2E_SERVE_LOG'] === '1' ? (line: string) => console.log(`serve: ${line}`) : undefined;
	const server = createStaticServer({ root, base, log });
	server.on('error', (error) => {
		console.error(`serve: ${error.message}`);
		process.exit(1);
	});
	server.listen(port, values.host, () => {
		const address = server.address();
		const actualPort = typeof address === 'object' && address ? address.port : port;
		const host = values.host.includes(':') ? `[${values.host}]` : values.host;
		console.log(`serve: ${root} at http://${host}:${String(actualPort)}${base}`);
	});
	const stop = (): void => {
		server.close(() => process.exit(0));
		server.closeAllConnections();
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}

if (import.meta.main) main(process.argv.slice(2));
