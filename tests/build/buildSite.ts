// Runs `vite build` in a child process as a developer or CI would, with a chosen dataset, output folder and base path.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

const VITE = join('node_modules', 'vite', 'bin', 'vite.js');

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** The environment of the build: the test runner's own variables removed (with VITEST set, vite.config.ts skips validation). */
function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (/^(VITEST|TIMELINE_|BASE_PATH$|SITE_URL$|NODE_ENV$|TEST$|BUNDLE_MAP$)/.test(name)) continue;
		env[name] = value;
	}
	return { ...env, TZ: 'UTC', ...extra };
}

/** Builds the site from `data` into `outDir`; `config` swaps in another Vite config file. */
export function buildSite(options: {
	data: string;
	outDir: string;
	basePath?: string;
	config?: string;
	/** The site's public address (SITE_URL). */
	siteUrl?: string;
}): Promise<BuildResult> {
	const args = [VITE, 'build', ...(options.config ? ['--config', options.config] : [])];
	const env = buildEnvironment({
		TIMELINE_DATA: options.data,
		TIMELINE_BUILD_DIR: options.outDir,
		...(options.basePath ? { BASE_PATH: options.basePath } : {}),
		...(options.siteUrl !== undefined ? { SITE_URL: options.siteUrl } : {})
	});
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
}

/** Fills `outDir` with what a previous, good build leaves, so a test can see whether it survives. */
export function writePreviousBuild(outDir: string): void {
	mkdirSync(join(outDir, '_app'), { recursive: true });
	mkdirSync(join(outDir, 'events'), { recursive: true });
	writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>Previous build</title>');
	writeFileSync(join(outDir, 'events', 'one.html'), '<!doctype html><title>One</title>');
	writeFileSync(join(outDir, '_app', 'version.json'), '{"version":"previous"}');
}

/** SHA-256 of every file under `dir`, keyed by its path relative to `dir`. */
export function fileHashes(dir: string): Map<string, string> {
	const hashes = new Map<string, string>();
	const walk = (path: string) => {
		for (const name of readdirSync(path)) {
			const child = join(path, name);
			if (statSync(child).isDirectory()) walk(child);
			else
				hashes.set(
					relative(dir, child),
					createHash('sha256').update(readFileSync(child)).digest('hex')
				);
		}
	};
	walk(dir);
	return hashes;
}
