export const id = 25;
export const ids = [25];
export const modules = {

/***/ 25:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AssumeRoleCommand: () => (/* reexport safe */ _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_0__.Q),
/* harmony export */   STSClient: () => (/* reexport safe */ _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_1__.i)
/* harmony export */ });
/* harmony import */ var _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1522);
/* harmony import */ var _aws_sdk_nested_clients_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4316);




/***/ })

};
