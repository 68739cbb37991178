# Sourced by .ci/run (and usable by people on an old Node): puts Node >= 22.12 first on PATH.
# When the system Node is older, it installs Node 24 from the npm registry's `node` package
# into ~/.local/node24 (no root needed) and uses that.
node_ok() {
	command -v node >/dev/null 2>&1 || return 1
	node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
	prefix="${NODE24_PREFIX:-$HOME/.local/node24}"
	if [ ! -x "$prefix/bin/node" ]; then
		echo "Node $(node -v 2>/dev/null || echo missing) is too old for Astro 7; installing Node 24 into $prefix…"
		npm install -g --prefix "$prefix" node@24 >/dev/null
	fi
	export PATH="$prefix/bin:$PATH"
	hash -r
fi
node_ok || { echo "Could not get Node >= 22.12; install Node 24 and try again." >&2; return 1 2>/dev/null || exit 1; }
