export const id = 957;
export const ids = [957];
export const modules = {

/***/ 9755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g9: () => (/* binding */ closestNames),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The names nearest a mistyped one: the response plans a search names (find/response-plan-check),
 * the command's options and subcommands (command/options). Lists of a few dozen short names.
 */
/** Edit distance, case-insensitive: how far a mistyped name is from each existing one. */
function editDistance(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[y.length];
}
/** The existing names closest to `name`, nearest first (at most `count`). */
function closestNames(name, names, count = 3) {
    return [...new Set(names)]
        .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, count)
        .map((entry) => entry.candidate);
}
/** The known name closest to `name`, or undefined when none is close (more than a third differs). */
function closest(name, known) {
    const [best] = closestNames(name, known, 1);
    if (best === undefined)
        return undefined;
    return editDistance(name, best) <= Math.max(2, Math.ceil(name.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 2739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ACTION_VERSION),
/* harmony export */   p: () => (/* binding */ ACTION_NAME)
/* harmony export */ });
/** Sent in the user agent; a unit test keeps it equal to package.json's version. */
const ACTION_NAME = 'incident-timeline-action';
const ACTION_VERSION = '1.0.0';


/***/ })

};
