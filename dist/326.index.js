export const id = 326;
export const ids = [326];
export const modules = {

/***/ 4847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ fetch),
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
// A real module specifier that the bundler maps to the real file (see scripts/package.mjs).
const load = () => __webpack_require__.e(/* import() | undici */ 215).then(__webpack_require__.t.bind(__webpack_require__, 734, 19));
/** Keeps the options until a request needs the real agent, then makes it once. */
class ProxyAgent {
    options;
    real;
    constructor(...options) {
        this.options = options;
    }
    /** The real agent, from the loaded module. */
    realAgent(undici) {
        this.real ??= new undici.ProxyAgent(...this.options);
        return this.real;
    }
}
async function fetch(input, init) {
    const dispatcher = init?.dispatcher;
    if (!dispatcher) {
        return globalThis.fetch(input, init);
    }
    const undici = await load();
    const real = dispatcher instanceof ProxyAgent ? dispatcher.realAgent(undici) : dispatcher;
    return undici.fetch(input, { ...init, dispatcher: real });
}


/***/ })

};
