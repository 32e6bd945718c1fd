// Auto-resize for embedded US–China diplomacy timelines. Include once in the host page.
// It asks the timeline's frames already loaded for their height ({ type: 'timeline:height-request' }),
// sets the height of the iframe of the timeline's site that sent
// { type: 'timeline:resize', height } and does nothing
// else: a message with any other field is ignored whole, so no URL or command can ever be acted on.
// It keeps no state on window, where a host element with a matching id (named access) would
// stand in for it; included twice, it sets the same height twice.
(function () {
	// Only frames of the site this script comes from: another frame on the host page (an ad) that
	// sent the message could otherwise grow itself.
	var script = document.currentScript;
	var origin = script && script.src ? new URL(script.src, location.href).origin : '';
	window.addEventListener('message', function (event) {
		// A frame sandboxed without allow-same-origin (snippets pasted before it had the flag) sends
		// from the opaque origin "null": its own address below then says whose it is.
		var opaque = event.origin === 'null';
		if (origin && event.origin !== origin && !opaque) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || Object.keys(data).length !== 2) return;
		if (data.type !== 'timeline:resize' || typeof data.height !== 'number') return;
		// Up to 30,000 px: an event with all its quotes open, in a phone's column.
		if (!isFinite(data.height) || data.height <= 0 || data.height > 30000) return;
		var height = Math.max(Math.round(data.height), 150);
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow !== event.source) continue;
			if (opaque && origin && new URL(frames[i].src, location.href).origin !== origin) continue;
			frames[i].style.height = height + 'px';
		}
	});
	// Frames that told their height before this script ran (placed at the end of a slow page, or
	// loaded by a tag manager) are asked for it again; frames still loading tell it on their own.
	// The request carries nothing but its type.
	var loaded = document.getElementsByTagName('iframe');
	for (var j = 0; j < loaded.length; j++) {
		if (!origin || new URL(loaded[j].src, location.href).origin !== origin) continue;
		if (loaded[j].contentWindow)
			loaded[j].contentWindow.postMessage({ type: 'timeline:height-request' }, '*');
	}
})();
