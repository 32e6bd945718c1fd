// Colour maths for accessibility checks: WCAG relative luminance and contrast ratio.

/** `#rrggbb` to linear-light sRGB channels in [0, 1]. */
export function linearRgb(hex: string): [number, number, number] {
	const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
	return channels.map((value) =>
		value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
	) as [number, number, number];
}

/** WCAG 2 relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
	const [red, green, blue] = linearRgb(hex);
	return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
	const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort(
		(a, b) => b - a
	);
	return (lighter! + 0.05) / (darker! + 0.05);
}

/** A colour as sRGB channels from 0 to 255 and an alpha from 0 to 1. */
export interface Rgba {
	r: number;
	g: number;
	b: number;
	a: number;
}

/**
 * A computed CSS colour as the browser reports it: `rgb()`/`rgba()` (comma or space syntax),
 * `color(srgb …)` (what `color-mix(in srgb, …)` computes to) or `#rgb`/`#rrggbb`. Anything else
 * (a keyword, another colour space) is undefined, so a check built on it cannot pass by accident.
 */
export function parseCssColour(value: string): Rgba | undefined {
	const text = value.trim().toLowerCase();
	if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
	if (hex) {
		const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
		const [r, g, b] = [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
		return { r: r!, g: g!, b: b!, a: 1 };
	}
	const functional = /^(rgba?|color)\((.*)\)$/.exec(text);
	if (!functional) return undefined;
	const [kind, body] = [functional[1]!, functional[2]!];
	const parts = body.split(/[\s,/]+/).filter(Boolean);
	if (kind === 'color' && parts.shift() !== 'srgb') return undefined;
	if (parts.length < 3 || parts.length > 4) return undefined;
	const number = (part: string, scale: number) =>
		part.endsWith('%') ? (parseFloat(part) / 100) * scale : parseFloat(part);
	const channelScale = kind === 'color' ? 1 : 255;
	const [r, g, b] = parts
		.slice(0, 3)
		.map((part) => (number(part, channelScale) / channelScale) * 255);
	const a = parts[3] === undefined ? 1 : number(parts[3], 1);
	if ([r, g, b, a].some((channel) => !Number.isFinite(channel))) return undefined;
	return { r: r!, g: g!, b: b!, a };
}

/** `top` painted over `bottom` (source-over), as the reader sees it. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
	const a = top.a + bottom.a * (1 - top.a);
	if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
	const mix = (over: number, under: number) => (over * top.a + under * bottom.a * (1 - top.a)) / a;
	return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** `#rrggbb` of a colour's channels (alpha dropped: composite it onto its background first). */
export function toHex({ r, g, b }: Rgba): string {
	const channel = (value: number) =>
		Math.round(Math.min(255, Math.max(0, value)))
			.toString(16)
			.padStart(2, '0');
	return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/**
 * Contrast of a (possibly translucent) colour against the stack of backgrounds behind it, listed
 * from the nearest to the farthest; the farthest should be opaque (the page).
 */
export function contrastOnBackgrounds(colour: Rgba, backgrounds: readonly Rgba[]): number {
	const behind = backgrounds.reduceRight<Rgba>((under, over) => composite(over, under), {
		r: 255,
		g: 255,
		b: 255,
		a: 0
	});
	return contrastRatio(toHex(composite(colour, behind)), toHex(behind));
}
