// Rasterises a share card (shareImage.ts) to PNG at build time with resvg: a small, well-kept SVG
// renderer with prebuilt binaries in its npm packages, no browser and no system fonts needed. The
// card is set in DejaVu Sans from the `dejavu-fonts-ttf` package, so every machine draws it alike.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import { SHARE_FONT, shareCardSvg, type ShareCard } from './shareImage';

const fontDirectory = join(
	dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
	'ttf'
);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
	join(fontDirectory, name)
);

// resvg keeps each rendered picture outside the JavaScript heap and frees it only when its wrapper
// is collected, which V8, blind to that memory, puts off: one card per event then grows the build
// without bound (thx/resvg-js#216, mended only in a pre-release). A collection of the young
// generation every few cards keeps it flat: the wrappers die young, and its cost does not grow
// with the rest of the build's heap as a full collection's does (the figures are in the commits
// that added this and made it minor). Where no collection can be had, the cards are drawn all the same.
const CARDS_BETWEEN_COLLECTIONS = 32;
let cardsSinceCollection = 0;
/** V8's `gc`, exposed: `{ type: 'minor' }` collects the young generation only. */
type GarbageCollector = (options?: { type: 'minor' | 'major' }) => void;
let collectGarbage: GarbageCollector | undefined;

function garbageCollector(): GarbageCollector {
	try {
		setFlagsFromString('--expose-gc');
		const gc = (globalThis as { gc?: GarbageCollector }).gc ?? runInNewContext('gc');
		if (typeof gc === 'function') return gc;
	} catch {
		// A runtime that will not expose it: keep drawing.
	}
	return () => {};
}

async function collectNowAndThen(): Promise<void> {
	if (++cardsSinceCollection < CARDS_BETWEEN_COLLECTIONS) return;
	cardsSinceCollection = 0;
	collectGarbage ??= garbageCollector();
	collectGarbage({ type: 'minor' });
	// The wrappers' finalizers run in a later turn of the event loop, which a prerender that only
	// chains promises never reaches.
	await new Promise((resume) => setImmediate(resume));
}

export async function shareCardPng(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
	await collectNowAndThen();
	const rendered = new Resvg(shareCardSvg(card), {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: SHARE_FONT }
	}).render();
	return new Uint8Array(rendered.asPng());
}
