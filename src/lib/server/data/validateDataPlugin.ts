// Vite plugin that validates `data/` before anything is built, so a bad file stops the build with a clear report.
import { rmSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isPlaceholderAddress } from '../../siteAddress.ts';
import { dataProblems } from './checkData.ts';
import { dataDirectory, siteUrlSetting } from './dataset.ts';
import { pathInside, realLocation } from './dataFiles.ts';
import { formatProblems, type DataProblem } from './problems.ts';

/**
 * Stops `vite build` on any data problem: prints the report (no stack trace) and exits non-zero.
 * Every production build first removes the previous output folder: the adapter writes a new one
 * only once every page has prerendered, so a build that fails at any later step (bad data, a
 * compile error, a page that fails to prerender) leaves no stale site that could pass for the new one.
 * In dev the same report is thrown so it shows in the terminal and the browser overlay.
 */
export function validateData(options: { outputDirectory: string }): Plugin {
	let checked = false;
	return {
		name: 'timeline:validate-data',
		buildStart() {
			if (checked) return;
			checked = true;
			// Here rather than in `config`: SvelteKit resolves the Vite config as a build (running
			// `config` hooks) in svelte-kit sync and svelte-check too, which must not remove the site.
			if (!this.meta.watchMode) {
				const refused = outputDirectoryProblem(options.outputDirectory, dataDirectory());
				if (refused) {
					process.stderr.write(`\nThe build stopped.\n${formatProblems([refused])}\n\n`);
					process.exit(1);
				}
				rmSync(options.outputDirectory, { recursive: true, force: true });
			}
			const { dataset, problems } = dataProblems();
			if (problems.length === 0) {
				const address = siteUrlSetting();
				const url = ('url' in address && address.url) || dataset?.site.url;
				if (url && isPlaceholderAddress(url)) warnPlaceholder(url);
				return;
			}
			const report = formatProblems(problems);
			if (this.meta.watchMode) throw new Error(report);
			process.stderr.write(`\nThe build stopped: the data has problems.\n${report}\n\n`);
			process.exit(1);
		}
	};
}

/**
 * What is wrong with `output` as the build's output folder, which every build deletes first: it
 * may not be the data folder, be inside it or hold it, nor hold the project (the working folder).
 * Checked on resolved paths, so `data/./events/..` or a link to the data is seen for what it is.
 */
export function outputDirectoryProblem(output: string, dataDir: string): DataProblem | undefined {
	const out = realLocation(output);
	const data = realLocation(dataDir);
	const within = (inner: string, outer: string) => pathInside(outer, inner) !== undefined;
	const found = within(out, data)
		? out === data
			? `the data folder ${dataDir}`
			: `a folder inside the data folder ${dataDir}`
		: within(data, out)
			? `a folder that holds the data folder ${dataDir}`
			: within(realLocation('.'), out)
				? 'the project folder, or one that holds it'
				: undefined;
	if (!found) return undefined;
	return {
		file: `TIMELINE_BUILD_DIR (${output})`,
		expected:
			'an output folder that holds neither the data nor the project (it is deleted before each build)',
		found
	};
}

/**
 * Said once per build: a site built with a placeholder address gives it to everything absolute.
 * The build loads this module more than once (its client and server builds each read the config),
 * so whether it was said is kept on the process.
 */
function warnPlaceholder(url: string) {
	const said = globalThis as { timelinePlaceholderSaid?: boolean };
	if (said.timelinePlaceholderSaid) return;
	said.timelinePlaceholderSaid = true;
	process.stderr.write(
		`\nNote: the site's address is the placeholder ${url}. Canonical links, share cards, citations, ` +
			'the TimelineJS export and the QR codes will point there. Give the real address with ' +
			'SITE_URL=https://… npm run build (or `url` in site.yaml); see "Hosting" in the README. ' +
			'The embed builder and the "Cite this" boxes use the address they are served from.\n\n'
	);
}
