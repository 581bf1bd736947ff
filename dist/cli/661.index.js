export const id = 661;
export const ids = [661];
export const modules = {

/***/ 4092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCredentialChain: () => (/* reexport */ createCredentialChain),
  fromCognitoIdentity: () => (/* reexport */ fromCognitoIdentity),
  fromCognitoIdentityPool: () => (/* reexport */ fromCognitoIdentityPool),
  fromContainerMetadata: () => (/* reexport */ fromContainerMetadata),
  fromEnv: () => (/* reexport */ fromEnv),
  fromHttp: () => (/* reexport */ fromHttp),
  fromIni: () => (/* reexport */ fromIni),
  fromInstanceMetadata: () => (/* reexport */ fromInstanceMetadata),
  fromLoginCredentials: () => (/* reexport */ fromLoginCredentials),
  fromNodeProviderChain: () => (/* reexport */ fromNodeProviderChain),
  fromProcess: () => (/* reexport */ fromProcess),
  fromSSO: () => (/* reexport */ fromSSO),
  fromTemporaryCredentials: () => (/* reexport */ fromTemporaryCredentials_fromTemporaryCredentials),
  fromTokenFile: () => (/* reexport */ fromTokenFile),
  fromWebToken: () => (/* reexport */ fromWebToken),
  propertyProviderChain: () => (/* reexport */ propertyProviderChain)
});

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/ProviderError.js
var ProviderError = __webpack_require__(2348);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/createCredentialChain.js

const createCredentialChain = (...credentialProviders) => {
    let expireAfter = -1;
    const baseFunction = async (awsIdentityProperties) => {
        const credentials = await propertyProviderChain(...credentialProviders)(awsIdentityProperties);
        if (!credentials.expiration && expireAfter !== -1) {
            credentials.expiration = new Date(Date.now() + expireAfter);
        }
        return credentials;
    };
    const withOptions = Object.assign(baseFunction, {
        expireAfter(milliseconds) {
            if (milliseconds < 5 * 60_000) {
                throw new Error("@aws-sdk/credential-providers - createCredentialChain(...).expireAfter(ms) may not be called with a duration lower than five minutes.");
            }
            expireAfter = milliseconds;
            return withOptions;
        },
    });
    return withOptions;
};
const propertyProviderChain = (...providers) => async (awsIdentityProperties) => {
    if (providers.length === 0) {
        throw new ProviderError/* ProviderError */.m("No providers in chain", { tryNextLink: false });
    }
    let lastProviderError;
    for (const provider of providers) {
        try {
            return await provider(awsIdentityProperties);
        }
        catch (err) {
            lastProviderError = err;
            if (err?.tryNextLink) {
                continue;
            }
            throw err;
        }
    }
    throw lastProviderError;
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromCognitoIdentity.js
const fromCognitoIdentity = (options) => {
    return async (args) => {
        const { fromCognitoIdentity: _fromCognitoIdentity } = await __webpack_require__.e(/* import() */ 795).then(__webpack_require__.bind(__webpack_require__, 6795));
        return _fromCognitoIdentity(options)(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromCognitoIdentityPool.js
const fromCognitoIdentityPool = (options) => {
    return async (args) => {
        const { fromCognitoIdentityPool: _fromCognitoIdentityPool } = await __webpack_require__.e(/* import() */ 795).then(__webpack_require__.bind(__webpack_require__, 6795));
        return _fromCognitoIdentityPool(options)(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromContainerMetadata.js
const fromContainerMetadata = (init) => {
    return async (props) => {
        init?.logger?.debug("@smithy/credential-provider-imds", "fromContainerMetadata");
        const { fromContainerMetadata: _fromContainerMetadata } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 2040));
        return _fromContainerMetadata(init)();
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromEnv.js
const fromEnv = (init) => {
    return async (args) => {
        const { fromEnv: _fromEnv } = await __webpack_require__.e(/* import() */ 530).then(__webpack_require__.bind(__webpack_require__, 3530));
        return _fromEnv(init)(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromHttp.js
const fromHttp = (options = {}) => {
    return async (args) => {
        const { fromHttp: _fromHttp } = await __webpack_require__.e(/* import() */ 689).then(__webpack_require__.bind(__webpack_require__, 4689));
        return _fromHttp(options)(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromIni.js
const fromIni = (init = {}) => {
    return async (args) => {
        const { fromIni: _fromIni } = await __webpack_require__.e(/* import() */ 206).then(__webpack_require__.bind(__webpack_require__, 206));
        return _fromIni({ ...init })(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromInstanceMetadata.js
const fromInstanceMetadata = (init) => {
    return async (props) => {
        init?.logger?.debug("@smithy/credential-provider-imds", "fromInstanceMetadata");
        const { setCredentialFeature } = await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 612));
        const { fromInstanceMetadata: _fromInstanceMetadata } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 2040));
        return _fromInstanceMetadata(init)().then((creds) => setCredentialFeature(creds, "CREDENTIALS_IMDS", "0"));
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromLoginCredentials.js
const fromLoginCredentials = (init) => {
    return async (args) => {
        const { fromLoginCredentials: _fromLoginCredentials } = await __webpack_require__.e(/* import() */ 679).then(__webpack_require__.bind(__webpack_require__, 3060));
        return _fromLoginCredentials({ ...init })(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromNodeProviderChain.js
const fromNodeProviderChain = (init = {}) => {
    let chain;
    return async (args) => {
        if (!chain) {
            const { defaultProvider } = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.bind(__webpack_require__, 4627));
            chain = defaultProvider({ ...init });
        }
        return chain(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromProcess.js
const fromProcess = (init) => {
    return async (args) => {
        const { fromProcess: _fromProcess } = await __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 8257));
        return _fromProcess(init)(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromSSO.js
const fromSSO = (init = {}) => {
    return async (args) => {
        const { fromSSO: _fromSSO } = await __webpack_require__.e(/* import() */ 610).then(__webpack_require__.bind(__webpack_require__, 9610));
        return _fromSSO({ ...init })(args);
    };
};

// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/node-config-provider/configLoader.js + 5 modules
var configLoader = __webpack_require__(3559);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/config-resolver/regionConfig/config.js
var config = __webpack_require__(446);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/normalizeProvider.js
var normalizeProvider = __webpack_require__(1944);
// EXTERNAL MODULE: ../node_modules/@smithy/core/dist-es/submodules/config/property-provider/CredentialsProviderError.js
var CredentialsProviderError = __webpack_require__(9902);
;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromTemporaryCredentials.base.js


const ASSUME_ROLE_DEFAULT_REGION = "us-east-1";
const fromTemporaryCredentials = (options, credentialDefaultProvider, regionProvider) => {
    let stsClient;
    return async (awsIdentityProperties = {}) => {
        const { callerClientConfig } = awsIdentityProperties;
        const profile = options.clientConfig?.profile ?? callerClientConfig?.profile;
        const logger = options.logger ?? callerClientConfig?.logger;
        logger?.debug("@aws-sdk/credential-providers - fromTemporaryCredentials (STS)");
        const params = { ...options.params, RoleSessionName: options.params.RoleSessionName ?? "aws-sdk-js-" + Date.now() };
        if (params?.SerialNumber) {
            if (!options.mfaCodeProvider) {
                throw new CredentialsProviderError/* CredentialsProviderError */.C(`Temporary credential requires multi-factor authentication, but no MFA code callback was provided.`, {
                    tryNextLink: false,
                    logger,
                });
            }
            params.TokenCode = await options.mfaCodeProvider(params?.SerialNumber);
        }
        const { AssumeRoleCommand, STSClient } = await Promise.all(/* import() */[__webpack_require__.e(45), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 25));
        if (!stsClient) {
            const defaultCredentialsOrError = typeof credentialDefaultProvider === "function" ? credentialDefaultProvider() : undefined;
            const credentialSources = [
                options.masterCredentials,
                options.clientConfig?.credentials,
                void callerClientConfig?.credentials,
                callerClientConfig?.credentialDefaultProvider?.(),
                defaultCredentialsOrError,
            ];
            let credentialSource = "STS client default credentials";
            if (credentialSources[0]) {
                credentialSource = "options.masterCredentials";
            }
            else if (credentialSources[1]) {
                credentialSource = "options.clientConfig.credentials";
            }
            else if (credentialSources[2]) {
                credentialSource = "caller client's credentials";
                throw new Error("fromTemporaryCredentials recursion in callerClientConfig.credentials");
            }
            else if (credentialSources[3]) {
                credentialSource = "caller client's credentialDefaultProvider";
            }
            else if (credentialSources[4]) {
                credentialSource = "AWS SDK default credentials";
            }
            const regionSources = [
                options.clientConfig?.region,
                callerClientConfig?.region,
                await regionProvider?.({
                    profile,
                }),
                ASSUME_ROLE_DEFAULT_REGION,
            ];
            let regionSource = "default partition's default region";
            if (regionSources[0]) {
                regionSource = "options.clientConfig.region";
            }
            else if (regionSources[1]) {
                regionSource = "caller client's region";
            }
            else if (regionSources[2]) {
                regionSource = "file or env region";
            }
            const requestHandlerSources = [
                filterRequestHandler(options.clientConfig?.requestHandler),
                filterRequestHandler(callerClientConfig?.requestHandler),
            ];
            let requestHandlerSource = "STS default requestHandler";
            if (requestHandlerSources[0]) {
                requestHandlerSource = "options.clientConfig.requestHandler";
            }
            else if (requestHandlerSources[1]) {
                requestHandlerSource = "caller client's requestHandler";
            }
            logger?.debug?.(`@aws-sdk/credential-providers - fromTemporaryCredentials STS client init with ` +
                `${regionSource}=${await (0,normalizeProvider/* normalizeProvider */.t)(coalesce(regionSources))()}, ${credentialSource}, ${requestHandlerSource}.`);
            stsClient = new STSClient({
                userAgentAppId: callerClientConfig?.userAgentAppId,
                ...options.clientConfig,
                credentials: coalesce(credentialSources),
                logger,
                profile,
                region: coalesce(regionSources),
                requestHandler: coalesce(requestHandlerSources),
            });
        }
        if (options.clientPlugins) {
            for (const plugin of options.clientPlugins) {
                stsClient.middlewareStack.use(plugin);
            }
        }
        const { Credentials } = await stsClient.send(new AssumeRoleCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) {
            throw new CredentialsProviderError/* CredentialsProviderError */.C(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`, {
                logger,
            });
        }
        return {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: Credentials.SecretAccessKey,
            sessionToken: Credentials.SessionToken,
            expiration: Credentials.Expiration,
            credentialScope: Credentials.CredentialScope,
        };
    };
};
const filterRequestHandler = (requestHandler) => {
    return requestHandler?.metadata?.handlerProtocol === "h2" ? undefined : requestHandler;
};
const coalesce = (args) => {
    for (const item of args) {
        if (item !== undefined) {
            return item;
        }
    }
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromTemporaryCredentials.js



const fromTemporaryCredentials_fromTemporaryCredentials = (options) => {
    return fromTemporaryCredentials(options, fromNodeProviderChain, async ({ profile = process.env.AWS_PROFILE }) => (0,configLoader/* loadConfig */.Z)({
        environmentVariableSelector: (env) => env.AWS_REGION,
        configFileSelector: (profileData) => {
            return profileData.region;
        },
        default: () => undefined,
    }, { ...config/* NODE_REGION_CONFIG_FILE_OPTIONS */.zH, profile })());
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromTokenFile.js
const fromTokenFile = (init = {}) => {
    return async (args) => {
        const { fromTokenFile: _fromTokenFile } = await __webpack_require__.e(/* import() */ 925).then(__webpack_require__.bind(__webpack_require__, 9925));
        return _fromTokenFile({ ...init })(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/fromWebToken.js
const fromWebToken = (init) => {
    return async (args) => {
        const { fromWebToken: _fromWebToken } = await __webpack_require__.e(/* import() */ 925).then(__webpack_require__.bind(__webpack_require__, 9925));
        return _fromWebToken({ ...init })(args);
    };
};

;// CONCATENATED MODULE: ../node_modules/@aws-sdk/credential-providers/dist-es/index.js

















/***/ })

};
