export const id = 957;
export const ids = [957];
export const modules = {

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
