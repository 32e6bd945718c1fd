// Vite configuration: SvelteKit, the data validation that gates every build, and the unit tests.
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateData } from './src/lib/server/data/validateDataPlugin.ts';
import { figureWidthRules } from './src/lib/timeline/figureStyle.ts';

const lib = (pattern: string) => new RegExp(`src[\\\\/]lib[\\\\/]${pattern}`);

/**
 * Fewer, larger files. Over HTTP/1.1 a browser fetches six files at a time, so a page's scripts
 * arrive in rounds and the last round holds up its start; left to itself the bundler splits the
 * home page's code into many files, most of them tiny. So, in the browser build only:
 * - `runtime`: the framework, Vite's preload helper, and the small modules most pages share
 *   (the header's search box, labels, dates): a few hundred bytes more for a page that does not
 *   need them, one request fewer for most;
 * - `notes`: what stands for a missing excerpt and an editor's note, for the pages that show an
 *   event's quotes (lists, event pages, the panel, the slides), not the home page or the embed at
 *   start-up;
 * - `events`: an event with its quotes, as lists and event pages show it (its stylesheet is also
 *   written into the home page, with the list: src/lib/server/pages/eventListMarkup.ts);
 * - `timeline`: d3 (with what src/lib/shims/ puts in place of parts of it), the layout maths and
 *   the timeline's components, for the pages that draw it
 *   (with the fetch of a large dataset's entries, which both of those pages may need).
 * A group takes along the modules its members import unless a group of higher priority has them,
 * so the timeline names its members: `stripRows` and the tone strip's modules stay out of it.
 */
const CHUNK_GROUPS = [
	{
		name: 'runtime',
		test: new RegExp(
			[
				/node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue)[\\/]/.source,
				/vite\/preload-helper/.source,
				lib(/(labels|model|timeline[\\/](isoDate|urlState))\.ts$/.source).source,
				lib(/components[\\/](SearchBox|PageMeta|VoiceMark)\.svelte/.source).source
			].join('|')
		),
		priority: 3
	},
	{
		name: 'notes',
		test: lib(/components[\\/](NoExcerpt|EditorNote)\.svelte/.source),
		priority: 3
	},
	{
		name: 'events',
		test: lib(
			/components[\\/](EventList|EventEntry|ThemeChips|ExcerptQuote|VoiceColumns)\.svelte/.source
		),
		priority: 2
	},
	{
		name: 'timeline',
		test: new RegExp(
			[
				/node_modules[\\/]d3-/.source,
				lib(/timeline[\\/](ticks|calendarIntervals|lanes|marks|clusterBadge|zoom)\.ts$/.source)
					.source,
				// What stands in for the parts of d3 that d3-zoom imports (the aliases below).
				lib(/shims[\\/]/.source).source,
				// The large-dataset path of the two pages that draw the timeline (home and embed).
				lib(/fetchEntries\.ts$/.source).source,
				// Not the tone strip's: it loads when a reader asks for it; nor the vertical layout's,
				// which loads where the frame is narrow.
				lib(
					/components[\\/](timeline[\\/](?!Tone|toneLayer|VerticalTimeline|TimelineRows|rows\.css)|FilterChips)/
						.source
				).source
			].join('|')
		),
		priority: 1
	}
];

/** The prerendered figure's rules for each layout width, as the stylesheet `virtual:figure-widths.css`. */
function figureWidths(): Plugin {
	const id = 'virtual:figure-widths.css';
	return {
		name: 'timeline:figure-widths',
		// With its query kept: the dev server asks for `?inline` to write a page's styles into it.
		resolveId: (source) => (source.split('?')[0] === id ? `\0${source}` : undefined),
		load: (source) => (source.split('?')[0] === `\0${id}` ? figureWidthRules() : undefined)
	};
}

/**
 * SvelteKit's client takes two functions from Svelte by destructuring its namespace, which keeps
 * every export of Svelte in the bundle (the bundler cannot tell which of them a pattern reads);
 * read as two properties, the unused exports fall away.
 */
function svelteKitNamedImports(): Plugin {
	const pattern = 'const { onMount, tick } = svelte;';
	return {
		name: 'timeline:sveltekit-named-imports',
		transform(code, id) {
			if (!/@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/.test(id)) return;
			if (!code.includes(pattern)) {
				this.warn(
					`SvelteKit's client no longer reads "${pattern}": every export of Svelte is bundled`
				);
				return;
			}
			// The same number of lines: the module's source map still holds.
			return {
				code: code.replace(pattern, 'const onMount = svelte.onMount, tick = svelte.tick;'),
				map: null
			};
		}
	};
}

/**
 * SvelteKit's generated root.js wraps its root component in Svelte's asClassComponent, from
 * svelte/legacy, for a client that only makes it with `new` and gives it props with `$set`:
 * src/lib/kitRoot.svelte.ts does that, in about 50 B less of every page's JavaScript (gzip).
 */
function svelteKitRoot(): Plugin {
	const legacy = "import { asClassComponent } from 'svelte/legacy';";
	const replacement = fileURLToPath(new URL('./src/lib/kitRoot.svelte.ts', import.meta.url));
	return {
		name: 'timeline:sveltekit-root',
		// The server renders the component as it is.
		transform(code, id, options) {
			if (options?.ssr || !/generated[\\/]root\.js$/.test(id)) return;
			if (!code.includes(legacy)) {
				this.warn(`SvelteKit's root.js no longer reads "${legacy}": its root is Svelte's adapter`);
				return;
			}
			return {
				code: code.replace(
					legacy,
					`import { asKitRoot as asClassComponent } from ${JSON.stringify(replacement)};`
				),
				map: null
			};
		}
	};
}

/**
 * What of d3-zoom the timeline never calls: the methods that move a view from outside (scaleBy,
 * scaleTo, translateTo), transitions, its own double-click zoom, the default constraint, filter and
 * wheel, the setters of options left at their defaults, the frame's size as an SVG element's and
 * the transform's methods for other scales (zoomBehaviour.svelte.ts binds a frame that is an HTML
 * element, sets the view with `transform`, a sideways swipe with `translateBy`, its own constraint,
 * filter, wheel and double-click handler before any event; zoomAnimation.ts animates). Each is cut out of the browser's bundle, blank lines in its
 * place so that the module's source map still holds; a part no longer found is named in a warning.
 */
function d3ZoomUnused(): Plugin {
	const cuts: [from: string, to: string, replacement: string][] = [
		["import { interpolateZoom } from 'd3-interpolate';", '\n', ''],
		['      interpolate = interpolateZoom,', '\n', '      interpolate,'],
		['  applyX: function(x) {', '  invert: function(location) {', ''],
		['  invertX: function(x) {', '\n};\n\nvar identity', ''],
		['function defaultConstrain(', 'function zoom() {', 'function defaultConstrain() {}'],
		['function defaultFilter(event) {', '\n}\n', 'function defaultFilter() {'],
		['function defaultWheelDelta(event) {', '\n}\n', 'function defaultWheelDelta() {'],
		['  if (e instanceof SVGElement) {', '  return [[0, 0], [e.clientWidth', ''],
		['  zoom.scaleBy = function(selection, k, p, event) {', '  zoom.translateBy = function(', ''],
		[
			'  zoom.translateTo = function(selection, x, y, p, event) {',
			'  function scale(transform, k) {',
			''
		],
		[
			'  function schedule(transition, transform, point, event) {',
			'  function gesture(',
			'  function schedule() {}'
		],
		[
			'  function dblclicked(event, ...args) {',
			'  function touchstarted(',
			'  function dblclicked() {}'
		],
		['  zoom.touchable = function(_) {', '  zoom.scaleExtent = function(_) {', ''],
		['  zoom.translateExtent = function(_) {', '  zoom.constrain = function(_) {', ''],
		['  zoom.duration = function(_) {', '  zoom.on = function() {', ''],
		['  zoom.clickDistance = function(_) {', '  return zoom;\n}', ''],
		// A finger's move is never cancelled: the frame lets the browser scroll the page up and down
		// (touch-action: pan-y) and keeps sideways moves and pinches for the timeline, so a vertical
		// swipe that starts on the timeline scrolls the page, as it does anywhere else on it.
		[
			'    noevent(event);\n    for (i = 0; i < n; ++i) {\n      t = touches[i], p = pointer(t, this);\n      if (g.touch0 && g.touch0[2] === t.identifier) g.touch0[0] = p;',
			'\n      else if (g.touch1 && g.touch1[2] === t.identifier) g.touch1[0] = p;',
			'    for (i = 0; i < n; ++i) {\n      t = touches[i], p = pointer(t, this);\n      if (g.touch0 && g.touch0[2] === t.identifier) g.touch0[0] = p;'
		]
	];
	return {
		name: 'timeline:d3-zoom-unused',
		transform(code, id, options) {
			if (options?.ssr || !/d3-zoom[\\/]dist[\\/]d3-zoom\.mjs$/.test(id)) return;
			let cut = code;
			for (const [from, to, replacement] of cuts) {
				const start = cut.indexOf(from);
				const end = start < 0 ? -1 : cut.indexOf(to, start + from.length);
				if (end < 0) {
					this.warn(`d3-zoom no longer reads "${from}": that part stays in the bundle`);
					continue;
				}
				const lines = cut.slice(start, end).split('\n').length - 1;
				const blank = '\n'.repeat(Math.max(0, lines - replacement.split('\n').length + 1));
				cut = cut.slice(0, start) + replacement + blank + cut.slice(end);
			}
			return { code: cut, map: null };
		}
	};
}

/**
 * Svelte's mount wraps every app in an error and async boundary (a `<svelte:boundary>`): the site
 * uses neither (no `await` in markup, no boundary, SvelteKit's client reports its own errors), so
 * the app is mounted in a plain block and branch, as the boundary mounts a resolved one, and the
 * boundary's code leaves the bundle. A part no longer found is named in a warning.
 */
function svelteMountWithoutBoundary(): Plugin {
	const parts: [from: string, to: string][] = [
		[
			"import { boundary } from './dom/blocks/boundary.js';",
			"import { block, branch } from './reactivity/effects.js';\n" +
				"import { hydrate_next } from './dom/hydration.js';\n" +
				'function boundary(anchor, _props, children) {\n' +
				'\tblock(() => {\n' +
				'\t\tif (hydrating) hydrate_next();\n' +
				'\t\tbranch(() => children(anchor));\n' +
				'\t});\n' +
				'}'
		]
	];
	return {
		name: 'timeline:svelte-mount-without-boundary',
		transform(code, id, options) {
			if (options?.ssr || !/svelte[\\/]src[\\/]internal[\\/]client[\\/]render\.js$/.test(id))
				return;
			let changed = code;
			for (const [from, to] of parts) {
				if (!changed.includes(from)) {
					this.warn(`Svelte's render.js no longer reads "${from}": the app keeps its boundary`);
					return;
				}
				changed = changed.replace(from, to);
			}
			return { code: changed, map: null };
		}
	};
}

export default defineConfig({
	// Vitest checks the data through its own tests, which must report problems rather than exit.
	build: { sourcemap: process.env.BUNDLE_MAP === '1' },
	environments: {
		// The server build keeps the bundler's own order of module initialisation.
		client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } } } }
	},
	resolve: {
		// d3-zoom needs one function from each of the first two, a few methods of the third, a
		// plain dispatcher of the fourth and two helpers of the fifth; each package ships far more.
		// What stands in for them is in src/lib/shims/.
		alias: {
			'd3-drag': fileURLToPath(new URL('./src/lib/shims/zoomDrag.ts', import.meta.url)),
			'd3-dispatch': fileURLToPath(new URL('./src/lib/shims/zoomDispatch.ts', import.meta.url)),
			'd3-selection': fileURLToPath(new URL('./src/lib/shims/zoomSelection.ts', import.meta.url)),
			'd3-transition': fileURLToPath(new URL('./src/lib/shims/noTransitions.ts', import.meta.url)),
			'd3-interpolate': fileURLToPath(
				new URL('./src/lib/shims/zoomInterpolation.ts', import.meta.url)
			)
		}
	},
	plugins: [
		svelteKitNamedImports(),
		d3ZoomUnused(),
		svelteKitRoot(),
		svelteMountWithoutBoundary(),
		figureWidths(),
		process.env.VITEST
			? []
			: validateData({ outputDirectory: process.env.TIMELINE_BUILD_DIR ?? 'build' }),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		// Each test file re-importing the loader, the schemas and the data took two thirds of the
		// run; the files share one module graph instead. What a file stubs is undone after each test,
		// and its mocks pass through to the real module unless the file turns them on.
		isolate: false,
		unstubEnvs: true,
		unstubGlobals: true
	}
});
