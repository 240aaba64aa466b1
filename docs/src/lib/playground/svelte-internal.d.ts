// Svelte's runtime modules that compiled components import; they ship without types because
// only compiler output uses them. The playground hands them to the components it compiles.
declare module 'svelte/internal/client'
declare module 'svelte/internal/flags/legacy'
declare module 'svelte/internal/flags/async'
