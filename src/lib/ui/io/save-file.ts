/** Saves bytes or text as a download (an object URL on a temporary link). */
export function saveFile(name: string, mime: string, data: Uint8Array | string | Blob): void {
	const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: mime });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the download a moment to start before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
