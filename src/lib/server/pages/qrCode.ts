// QR codes drawn at build time as one SVG path, so pages carry them as plain markup with no script.
import QRCode from 'qrcode';

/** An SVG path (in module units) and the side length of the code, quiet zone included. */
export interface QrPath {
	path: string;
	size: number;
}

const QUIET_ZONE = 4;

/** The QR code of `text` (error correction M) as a path of unit squares. */
export function qrPath(text: string): QrPath {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const parts: string[] = [];
	for (let row = 0; row < modules.size; row++)
		for (let column = 0; column < modules.size; column++)
			if (modules.get(row, column))
				parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
	return { path: parts.join(''), size: modules.size + 2 * QUIET_ZONE };
}
