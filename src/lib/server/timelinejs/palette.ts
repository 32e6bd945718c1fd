// Theme colours for groups of an imported file: fixed, and each readable on the light and dark backgrounds.

/**
 * The colours of our own themes (data/themes.yaml), which the data tests hold to 3:1 contrast on
 * both backgrounds and to telling apart under three colour-vision deficiencies; ordered so the
 * first few differ most.
 */
export const THEME_PALETTE = [
	'#867fff',
	'#c3006b',
	'#107424',
	'#599dba',
	'#d60025',
	'#919c00',
	'#b222a4',
	'#9b6c58',
	'#ff49ac',
	'#58666e',
	'#870eff',
	'#c28668',
	'#a68e89',
	'#79808d'
] as const;
