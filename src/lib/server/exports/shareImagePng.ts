// Rasterises a share card (shareImage.ts) to PNG at build time with resvg: a small, well-kept SVG
// renderer with prebuilt binaries in its npm packages, no browser and no system fonts needed. The
// card is set in DejaVu Sans from the `dejavu-fonts-ttf` package, so every machine draws it alike.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { SHARE_FONT, shareCardSvg, type ShareCard } from './shareImage';

const fontDirectory = join(
	dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
	'ttf'
);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
	join(fontDirectory, name)
);

export function shareCardPng(card: ShareCard): Uint8Array<ArrayBuffer> {
	const rendered = new Resvg(shareCardSvg(card), {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: SHARE_FONT }
	}).render();
	return new Uint8Array(rendered.asPng());
}
