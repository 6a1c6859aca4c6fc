/// <reference types="vite/client" />

/** True in the one-file build (`npm run build:single`), false otherwise; replaced at build time. */
declare const __SINGLE_FILE__: boolean;
