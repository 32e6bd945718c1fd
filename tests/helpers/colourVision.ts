// How colours look to readers with colour-vision deficiencies (Machado, Oliveira & Fernandes 2009, severity 1),
// and how far apart two colours are for them (CIE76 ΔE in CIELAB).
import { linearRgb } from './colour';

type Matrix = [number, number, number][];

const SIMULATIONS: Record<string, Matrix | undefined> = {
	normal: undefined,
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

export const VISIONS = Object.keys(SIMULATIONS);

/** Linear-light RGB of `hex` as seen with `vision`. */
function simulate(hex: string, vision: string): [number, number, number] {
	const rgb = linearRgb(hex);
	const matrix = SIMULATIONS[vision];
	if (!matrix) return rgb;
	return matrix.map((row) =>
		Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))
	) as [number, number, number];
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as seen with `vision`. */
export function perceivedDifference(first: string, second: string, vision: string): number {
	const [l1, a1, b1] = lab(simulate(first, vision));
	const [l2, a2, b2] = lab(simulate(second, vision));
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
