export const id = 612;
export const ids = [612];
export const modules = {

/***/ 612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setCredentialFeature: () => (/* reexport safe */ _setCredentialFeature__WEBPACK_IMPORTED_MODULE_0__.g)
/* harmony export */ });
/* harmony import */ var _setCredentialFeature__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(727);
/* harmony import */ var _util_endpoints_aws__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1958);






























/***/ })

};
