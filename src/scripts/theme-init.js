(function () {
	document.documentElement.dataset.js = '';
	try {
		var t = localStorage.getItem('eal-theme');
		if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
	} catch {}
})();
