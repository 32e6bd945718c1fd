#!/usr/bin/env node
// `npm run bench`: builds the site on the real data and on 1,000 and 10,000 generated events, runs
// vis-timeline on the same data in the same browser, and prints every figure with its ratio to vis-timeline.
import { execSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium.js';
import { syntheticEvents, writeSyntheticDataset } from './syntheticData.js';

const WORK = resolve('bench/.work');
const SIZES = [1000, 10000];
const VIS_BUNDLE = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const TIMELINEJS_BUNDLE = 'node_modules/@knight-lab/timelinejs/dist/js/timeline.js';
const DAY = 86_400_000;
/**
 * Page loads per measurement; the median counts (the machines are shared and noisy: one page's loads
 * here ranged from 250 to 400 ms, and nine loads left its median ±15 ms from run to run).
 */
const LOADS = 15;
/**
 * A page counts as interactive once its timeline answers input (ours: the browser has taken over
 * the prerendered drawing; vis-timeline: it has drawn its first item) and then runs no long task
 * (50 ms or more, Long Tasks API) for this long: Lighthouse's time-to-interactive rule, with a 2 s
 * quiet window rather than 5 s to keep the bench short. Drawing is not enough: at 10,000 events
 * vis-timeline draws its first item and then blocks the page for several seconds while it stacks,
 * and our prerendered drawing shows before the scripts that zoom it have run.
 */
const QUIET_MS = 2000;

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Builds `dataDir` into `outDir`: the wall time, and the processor time (user and system) of the
 * build and every process it ran. A shared machine's other load stretches the wall time of a long
 * build far more than its processor time, so the growth with the data is judged on the latter.
 */
function build(dataDir, outDir) {
	const started = Date.now();
	// bash's `times` prints its own processor time, then its waited-for children's: the build's.
	const report = execSync('npx vite build > /dev/null 2>&1; status=$?; times; exit $status', {
		shell: '/bin/bash',
		encoding: 'utf8',
		env: { ...process.env, TIMELINE_DATA: dataDir, TIMELINE_BUILD_DIR: outDir }
	});
	const wallMs = Date.now() - started;
	const seconds = (text) => {
		const [, minutes, secs] = /^(\d+)m([\d.]+)s$/.exec(text) ?? [];
		if (minutes === undefined)
			throw new Error(`cannot read the build's processor time from "${report}"`);
		return Number(minutes) * 60 + Number(secs);
	};
	const [user, system] = report.trim().split('\n').at(-1).trim().split(/\s+/).map(seconds);
	return { wallMs, cpuMs: (user + system) * 1000 };
}

function visPage(dir, events) {
	mkdirSync(dir, { recursive: true });
	copyFileSync(VIS_BUNDLE, join(dir, 'vis-timeline.js'));
	const items = events.map((event) => ({
		id: event.id,
		content: event.title,
		start: event.start,
		...(event.end ? { end: event.end } : {})
	}));
	writeFileSync(join(dir, 'items.js'), `window.ITEMS = ${JSON.stringify(items)};`);
	writeFileSync(
		join(dir, 'index.html'),
		`<!doctype html><html><head><meta charset="utf-8"><title>vis-timeline</title></head><body>
<div id="timeline"></div>
<script src="items.js"></script><script src="vis-timeline.js"></script>
<script>
new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(window.ITEMS), {
  height: '320px', stack: true, zoomMin: ${7 * DAY}, min: '2021-01-01', max: '2024-03-01'
});
</script></body></html>`
	);
}

function serve(dir, port) {
	const server = spawn('node', ['scripts/serve.js', dir, '--port', String(port)], {
		stdio: 'ignore'
	});
	return server;
}

async function waitForServer(url) {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`server at ${url} did not start`);
}

function stats(intervals) {
	const sorted = [...intervals].sort((a, b) => a - b);
	const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
	return { median: at(0.5), p95: at(0.95), over50: sorted.filter((value) => value > 50).length };
}

/** Installed before any of the page's scripts: collects the end time of every long task. */
function recordLongTasks() {
	const ends = [];
	const observer = new PerformanceObserver((list) => {
		for (const task of list.getEntries()) ends.push(task.startTime + task.duration);
	});
	observer.observe({ type: 'longtask', buffered: true });
	window.__lastLongTaskEnd = () => {
		for (const task of observer.takeRecords()) ends.push(task.startTime + task.duration);
		return Math.max(0, ...ends);
	};
}

/**
 * Installed before any of the page's scripts: watches every animation frame until `ready` shows
 * (a matching element with a box) and `live` is in the page, and notes the first contentful paint.
 * The frame's own timestamp is when its work begins; its pixels reach the screen later. A mark
 * present in the frame the first contentful paint came from was drawn with that paint; one that
 * showed later is counted at the next frame's start, the earliest its pixels can have been shown.
 */
function recordStartUp({ ready, live }) {
	const startUp = { firstPaint: NaN, readyFrame: NaN, nextFrame: NaN, liveFrame: NaN };
	window.__startUp = startUp;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'first-contentful-paint') startUp.firstPaint = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	const shows = (selector) =>
		[...document.querySelectorAll(selector)].some((element) => element.getClientRects().length);
	const watch = (time) => {
		if (Number.isNaN(startUp.readyFrame)) {
			if (shows(ready)) startUp.readyFrame = time;
		} else if (Number.isNaN(startUp.nextFrame)) startUp.nextFrame = time;
		if (Number.isNaN(startUp.liveFrame) && document.querySelector(live)) startUp.liveFrame = time;
		if (Number.isNaN(startUp.nextFrame) || Number.isNaN(startUp.liveFrame))
			requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);
}

/**
 * One load of `url`: milliseconds from navigation to its first contentful paint, until `ready`
 * is drawn (`drawn`), and until the page is interactive: `live` matches (the page answers input;
 * for ours, the browser has taken over the prerendered drawing) and no long task has run since for
 * QUIET_MS. Also the gzip size of its scripts.
 */
async function loadOnce(browser, url, ready, live = ready) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(recordLongTasks);
	await page.addInitScript(recordStartUp, { ready, live });
	const scripts = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		try {
			scripts.push(gzipBytes(await response.body()));
		} catch {
			// redirects have no body
		}
	});
	await page.goto(url, { waitUntil: 'commit' });
	const startUp = await (
		await page.waitForFunction(
			() => {
				const { firstPaint, nextFrame, liveFrame } = window.__startUp ?? {};
				return [firstPaint, nextFrame, liveFrame].every((time) => time >= 0) && window.__startUp;
			},
			undefined,
			{ polling: 100, timeout: 120_000 }
		)
	).jsonValue();
	const { firstPaint, readyFrame, nextFrame, liveFrame } = startUp;
	const drawn = readyFrame <= firstPaint ? firstPaint : nextFrame;
	// A long task blocks these polls; its entry may reach the observer just after, so the quiet
	// window must be seen by two polls in a row.
	let interactive = liveFrame;
	let quietPolls = 0;
	while (quietPolls < 2) {
		const { now, lastLongTaskEnd } = await page.evaluate(() => ({
			now: performance.now(),
			lastLongTaskEnd: window.__lastLongTaskEnd()
		}));
		interactive = Math.max(liveFrame, lastLongTaskEnd);
		quietPolls = now - interactive >= QUIET_MS ? quietPolls + 1 : 0;
		await page.waitForTimeout(quietPolls ? 100 : 250);
	}
	await page.waitForLoadState('load');
	return {
		page,
		firstPaint,
		drawn,
		interactive,
		js: scripts.reduce((sum, size) => sum + size, 0)
	};
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Start-up times for each target: LOADS loads of each, taken in turn (ours, theirs, ours, …) so
 * that both meet the same moments of a shared, noisy machine; the median load counts.
 */
async function startUpTimes(browser, targets) {
	const loads = targets.map(() => []);
	for (let run = 0; run < LOADS; run++) {
		for (const [index, { url, ready, live }] of targets.entries()) {
			const load = await loadOnce(browser, url, ready, live);
			loads[index].push(load);
			await load.page.close();
		}
	}
	return loads.map((each) => ({
		firstPaint: median(each.map((load) => load.firstPaint)),
		drawn: median(each.map((load) => load.drawn)),
		// How long after the first paint its first event showed, load by load.
		drawnAfterPaint: median(each.map((load) => load.drawn - load.firstPaint)),
		interactive: median(each.map((load) => load.interactive)),
		js: each.at(-1).js
	}));
}

/** Loads `url` once more and plays the zoom and pan script while recording every animation frame. */
async function frameIntervals(browser, { url, ready, live, surface }) {
	const { page } = await loadOnce(browser, url, ready, live);
	await page.evaluate(() => {
		window.__frames = [];
		const loop = (time) => {
			window.__frames.push(time);
			requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
	const box = await page.locator(surface).first().boundingBox();
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	await page.mouse.move(centre.x, centre.y);
	for (const direction of [-1, 1, -1]) {
		for (let step = 0; step < 12; step++) {
			await page.mouse.wheel(0, direction * 120);
			await page.waitForTimeout(16);
		}
	}
	for (const dx of [-1, 1, -1, 1]) {
		await page.mouse.move(centre.x, centre.y);
		await page.mouse.down();
		for (let step = 1; step <= 20; step++) {
			await page.mouse.move(centre.x + dx * step * 15, centre.y);
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
	}
	await page.waitForTimeout(100);
	const frames = await page.evaluate(() => window.__frames);
	await page.close();
	return stats(frames.slice(1).map((time, index) => time - frames[index]));
}

const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(3)}` : 'n/a');

async function main() {
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	const datasets = [{ name: 'real data', dataDir: resolve('data'), events: null }];
	for (const size of SIZES) {
		const dataDir = join(WORK, `data-${size}`);
		writeSyntheticDataset(dataDir, size);
		datasets.push({
			name: `${size.toLocaleString('en')} events`,
			dataDir,
			events: syntheticEvents(size)
		});
	}
	console.log('Building…');
	// The first build of a run reads the toolchain from a cold disk and compiles it cold (27 s for
	// the real data where the next takes 15): untimed, so that it is not charged to the real data,
	// whose time every other build's per-event cost is measured beyond.
	build(datasets[0].dataDir, join(WORK, 'warm-up'));
	rmSync(join(WORK, 'warm-up'), { recursive: true, force: true });
	for (const dataset of datasets) {
		dataset.site = join(WORK, `site-${datasets.indexOf(dataset)}`);
		dataset.build = build(dataset.dataDir, dataset.site);
		if (!dataset.events) {
			const exported = JSON.parse(
				readFileSync(join(dataset.site, 'data', 'timeline.json'), 'utf8')
			);
			dataset.events = exported.events.map((event) => ({ ...event, end: event.end ?? undefined }));
		}
		dataset.vis = join(WORK, `vis-${datasets.indexOf(dataset)}`);
		visPage(dataset.vis, dataset.events);
		console.log(
			`  ${dataset.name}: built in ${(dataset.build.wallMs / 1000).toFixed(1)} s (processor ${(dataset.build.cpuMs / 1000).toFixed(1)} s)`
		);
	}

	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	// A throwaway page first, so browser start-up is not charged to whichever page is measured first.
	const warmUp = await browser.newPage();
	await warmUp.goto('about:blank');
	await warmUp.close();
	const rows = [];
	let port = 4300;
	for (const dataset of datasets) {
		const oursServer = serve(dataset.site, ++port);
		const oursUrl = `http://127.0.0.1:${port}/`;
		const visServer = serve(dataset.vis, ++port);
		const visUrl = `http://127.0.0.1:${port}/`;
		await Promise.all([waitForServer(oursUrl), waitForServer(visUrl)]);
		console.log(`Measuring ${dataset.name}…`);
		const oursTarget = {
			url: oursUrl,
			ready: '[aria-label="Timeline"] .mark',
			// The browser has taken over the prerendered drawing: zoom and pan answer.
			live: '[aria-label="Timeline"][data-from]',
			surface: '[aria-label="Timeline"] .surface'
		};
		const visTarget = { url: visUrl, ready: '.vis-timeline .vis-item', surface: '.vis-timeline' };
		const [oursLoads, visLoads] = await startUpTimes(browser, [oursTarget, visTarget]);
		const ours = { ...oursLoads, ...(await frameIntervals(browser, oursTarget)) };
		const vis = { ...visLoads, ...(await frameIntervals(browser, visTarget)) };
		oursServer.kill();
		visServer.kill();
		rows.push({ dataset, ours, vis });
	}
	await browser.close();

	const timelineJsBytes = gzipBytes(readFileSync(TIMELINEJS_BUNDLE));
	const visBundleBytes = gzipBytes(readFileSync(VIS_BUNDLE));
	const lines = [
		'| dataset | measure | ours | vis-timeline 8.5.4 | ours ÷ vis-timeline |',
		'| --- | --- | ---: | ---: | ---: |'
	];
	for (const { dataset, ours, vis } of rows) {
		const add = (measureName, a, b, format) =>
			lines.push(
				`| ${dataset.name} | ${measureName} | ${format(a)} | ${format(b)} | ${ratio(a, b)} |`
			);
		const ms = (value) => `${Math.round(value)} ms`;
		add('JavaScript loaded (gzip)', ours.js, vis.js, kb);
		add('first contentful paint', ours.firstPaint, vis.firstPaint, ms);
		add('first event drawn', ours.drawn, vis.drawn, ms);
		add('first event drawn after first paint', ours.drawnAfterPaint, vis.drawnAfterPaint, ms);
		add('time until interactive', ours.interactive, vis.interactive, ms);
		add('frame interval, median', ours.median, vis.median, (value) => `${value.toFixed(1)} ms`);
		add('frame interval, p95', ours.p95, vis.p95, (value) => `${value.toFixed(1)} ms`);
		add('frames over 50 ms', ours.over50, vis.over50, String);
		lines.push(`| ${dataset.name} | build time (ours) | ${ms(dataset.build.wallMs)} | | |`);
		lines.push(
			`| ${dataset.name} | build processor time (ours) | ${ms(dataset.build.cpuMs)} | | |`
		);
		lines.push(
			`| ${dataset.name} | home page HTML (ours, gzip) | ${kb(gzipBytes(readFileSync(join(dataset.site, 'index.html'))))} | | |`
		);
	}
	// Build time should grow linearly with the data: the same time per event at 1,000 and 10,000.
	const [real, ...synthetic] = datasets;
	const perEvent = (dataset, measure) =>
		(dataset.build[measure] - real.build[measure]) / (dataset.events.length - real.events.length);
	const growth = (measure) => {
		const [thousand, tenThousand] = synthetic.map((dataset) => perEvent(dataset, measure));
		const each = synthetic
			.map(
				(dataset) =>
					`${dataset.events.length.toLocaleString('en')} events: ${perEvent(dataset, measure).toFixed(1)} ms`
			)
			.join('; ');
		return `${each} (${(tenThousand / thousand).toFixed(2)} times as much at 10,000)`;
	};
	const largeBudget = JSON.parse(readFileSync('budgets.json', 'utf8')).large['/'].html;
	const largest = datasets.at(-1);
	const largestHtml = gzipBytes(readFileSync(join(largest.site, 'index.html')));
	const summary = [
		`Build processor time per event beyond the real data's: ${growth('cpuMs')}.`,
		`Build wall time per event beyond the real data's: ${growth('wallMs')}.`,
		`Home page HTML at ${largest.events.length.toLocaleString('en')} events: ${largestHtml.toLocaleString('en')} B gzip, ${largestHtml <= largeBudget ? 'within' : 'OVER'} the large-dataset budget of ${largeBudget.toLocaleString('en')} B (budgets.json).`,
		`vis-timeline standalone bundle: ${kb(visBundleBytes)} gzip; TimelineJS (dist/js/timeline.js): ${kb(timelineJsBytes)} gzip.`,
		`Home page JavaScript (real data): ${kb(rows[0].ours.js)} = ${ratio(rows[0].ours.js, visBundleBytes)} of vis-timeline's bundle, ${ratio(rows[0].ours.js, timelineJsBytes)} of TimelineJS's.`
	];
	const table = [...lines, '', ...summary].join('\n');
	console.log(`\n${table}\n`);
	const results = `# Benchmark results

Produced by \`npm run bench\` (bench/run.js) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version},
${process.env.CI ? 'in CI' : 'on a developer machine'} (2 cores). Headless Chromium, 1280×800. The same scripted sequence
for both: 36 wheel steps (zoom in, out, in) then four drags of 300 px, one input every 16 ms.
"First contentful paint" is the browser's own mark. "First event drawn" is from navigation to the
first frame that shows an event mark (ours is in the prerendered HTML, so it should come with the
first paint; "after first paint" is the difference, load by load). "Time until interactive" is
from navigation to the moment the timeline answers input (ours: the browser has taken over the
prerendered drawing) or, if later, the end of the last long task (50 ms or more) after it, the
first moment after which the page ran no long task for ${QUIET_MS / 1000} s (Lighthouse's rule with a
shorter quiet window). Each
is the median of ${LOADS} loads of each page, ours and vis-timeline's taken in turn so both meet the
same moments of the machine. Build times follow one untimed build of the real data (the first
build of a run is slower: cold caches); a build's processor time is that of every process it ran
(user and system), which other load on the machine stretches far less than its wall time.
For vis-timeline, the page is given the same data and a fixed 320 px height with stacking (its
default auto height renders every stacked item: at 10,000 events its first item appeared after
1.3 s in a trial run here). Machines are shared and
noisy: compare the ratios, measured in the same run, not the absolute figures.

${table}
`;
	writeFileSync('bench/RESULTS.md', results);
	console.log('Written to bench/RESULTS.md');
}

await main();
