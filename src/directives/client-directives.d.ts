// The custom `client:strings` directive (src/directives/strings.ts): its value is the strings file URL.
declare namespace Astro {
	interface ClientDirectives {
		'client:strings'?: string;
	}
}
