#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests: uses one it finds, otherwise installs one, saying what it does.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function run(command) {
	console.log(`ensure-browser: running ${command}`);
	execSync(command, { stdio: 'inherit' });
}

if (existsSync(SYSTEM_CHROMIUM)) {
	console.log(`ensure-browser: using ${SYSTEM_CHROMIUM}`);
} else if (playwrightChromium()) {
	console.log(`ensure-browser: using Playwright's Chromium at ${playwrightChromium()}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log(
		"ensure-browser: no Chromium found; installing Debian's chromium package (running as root)."
	);
	run('apt-get update');
	run('DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium');
} else {
	console.log("ensure-browser: no Chromium found; installing Playwright's Chromium.");
	run('npx playwright install chromium');
}
