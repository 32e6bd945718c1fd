// JSON-LD escaping: nothing in the data can end the script block.
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/lib/jsonLd';

describe('jsonForScript', () => {
	it('escapes what could close the script or start markup, and stays valid JSON', () => {
		const value = { name: '</script><img src=x onerror=alert(1)> & \u2028' };
		const json = jsonForScript(value);
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual(value);
	});
});
