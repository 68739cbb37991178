(function (root) {
	root.dataset.js = '';
	try {
		var theme = localStorage.getItem('eal-theme');
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	} catch {}
})(document.documentElement);
