#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 704:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { createReadStream } = __nccwpck_require__(24);
const { Writable } = __nccwpck_require__(75);
const { toUint8Array, concatBytes } = __nccwpck_require__(828);
const { createHash, createHmac } = __nccwpck_require__(598);
const zlib = __nccwpck_require__(522);

async function blobReader(blob, onChunk, chunkSize = 1024 * 1024) {
    const size = blob.size;
    let totalBytesRead = 0;
    while (totalBytesRead < size) {
        const slice = blob.slice(totalBytesRead, Math.min(size, totalBytesRead + chunkSize));
        onChunk(new Uint8Array(await slice.arrayBuffer()));
        totalBytesRead += slice.size;
    }
}

const blobHasher = async function blobHasher(hashCtor, blob) {
    const hash = new hashCtor();
    await blobReader(blob, (chunk) => {
        hash.update(chunk);
    });
    return hash.digest();
};

class HashCalculator extends Writable {
    hash;
    constructor(hash, options) {
        super(options);
        this.hash = hash;
    }
    _write(chunk, encoding, callback) {
        try {
            this.hash.update(toUint8Array(chunk));
        }
        catch (err) {
            return callback(err);
        }
        callback();
    }
}

const fileStreamHasher = (hashCtor, fileStream) => new Promise((resolve, reject) => {
    if (!isReadStream(fileStream)) {
        reject(new Error("Unable to calculate hash for non-file streams."));
        return;
    }
    const fileStreamTee = createReadStream(fileStream.path, {
        start: fileStream.start,
        end: fileStream.end,
    });
    const hash = new hashCtor();
    const hashCalculator = new HashCalculator(hash);
    fileStreamTee.pipe(hashCalculator);
    fileStreamTee.on("error", (err) => {
        hashCalculator.end();
        reject(err);
    });
    hashCalculator.on("error", reject);
    hashCalculator.on("finish", function () {
        hash.digest().then(resolve).catch(reject);
    });
});
const isReadStream = (stream) => typeof stream.path === "string";

const readableStreamHasher = (hashCtor, readableStream) => {
    if (readableStream.readableFlowing !== null) {
        throw new Error("Unable to calculate hash for flowing readable stream");
    }
    const hash = new hashCtor();
    const hashCalculator = new HashCalculator(hash);
    readableStream.pipe(hashCalculator);
    return new Promise((resolve, reject) => {
        readableStream.on("error", (err) => {
            hashCalculator.end();
            reject(err);
        });
        hashCalculator.on("error", reject);
        hashCalculator.on("finish", () => {
            hash.digest().then(resolve).catch(reject);
        });
    });
};

class Md5Js {
    digestLength = 16;
    state = Uint32Array.from(INIT$1);
    writeBuffer = new DataView(new ArrayBuffer(64));
    bufferLength = 0;
    bytesHashed = 0;
    update(sourceData) {
        const data = toUint8Array(sourceData);
        let pos = 0;
        let len = data.byteLength;
        this.bytesHashed += len;
        while (len > 0) {
            this.writeBuffer.setUint8(this.bufferLength++, data[pos++]);
            --len;
            if (this.bufferLength === 64) {
                compress(this.state, this.writeBuffer);
                this.bufferLength = 0;
            }
        }
    }
    async digest() {
        const state = Uint32Array.from(this.state);
        const buf = new DataView(this.writeBuffer.buffer.slice(0));
        let bufLen = this.bufferLength;
        const bits = this.bytesHashed * 8;
        buf.setUint8(bufLen++, 0x80);
        if (this.bufferLength % 64 >= 56) {
            for (let i = bufLen; i < 64; ++i) {
                buf.setUint8(i, 0);
            }
            compress(state, buf);
            bufLen = 0;
        }
        for (let i = bufLen; i < 56; ++i) {
            buf.setUint8(i, 0);
        }
        buf.setUint32(56, bits >>> 0, true);
        buf.setUint32(60, Math.floor(bits / 2 ** 32), true);
        compress(state, buf);
        const out = new Uint8Array(16);
        const view = new DataView(out.buffer);
        for (let i = 0; i < 4; ++i) {
            view.setUint32(i * 4, state[i], true);
        }
        return out;
    }
    reset() {
        this.state.set(INIT$1);
        this.writeBuffer = new DataView(new ArrayBuffer(64));
        this.bufferLength = 0;
        this.bytesHashed = 0;
    }
}
const INIT$1 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
const M = 0xffffffff;
const S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
const T = Array.from({ length: 64 }, (_, i) => (Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);
function compress(state, block) {
    let a = state[0], b = state[1], c = state[2], d = state[3];
    for (let i = 0; i < 64; ++i) {
        let f, g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        }
        else if (i < 32) {
            f = (d & b) | (c & ~d);
            g = (5 * i + 1) % 16;
        }
        else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) % 16;
        }
        else {
            f = c ^ (b | ~d);
            g = (7 * i) % 16;
        }
        const x = block.getUint32(g * 4, true);
        const tmp = d;
        d = c;
        c = b;
        const s = S[(i >> 4) * 4 + (i & 3)];
        const sum = (((a + f) & M) + ((x + T[i]) & M)) & M;
        b = (b + (((sum << s) | (sum >>> (32 - s))) >>> 0)) & M;
        a = tmp;
    }
    state[0] = (state[0] + a) & M;
    state[1] = (state[1] + b) & M;
    state[2] = (state[2] + c) & M;
    state[3] = (state[3] + d) & M;
}

const hasNativeCrypto$1 = (() => {
    try {
        createHash("md5");
        return true;
    }
    catch {
        return false;
    }
})();
const Md5Node = hasNativeCrypto$1 ? buildNativeClass$2() : Md5Js;
function buildNativeClass$2() {
    return class Md5Node {
        digestLength = 16;
        hash = createHash("md5");
        update(data) {
            this.hash.update(toUint8Array(data));
        }
        async digest() {
            const buf = this.hash.copy().digest();
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
            this.hash = createHash("md5");
        }
    };
}

const CRC32_TABLE = new Uint32Array(256);
for (let i = 0; i < 256; ++i) {
    let c = i;
    for (let j = 0; j < 8; ++j) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    CRC32_TABLE[i] = c >>> 0;
}
const ONES = 0xffff_ffff;
class Crc32Js {
    digestLength = 4;
    checksum = ONES;
    update(data) {
        for (let i = 0; i < data.length; ++i) {
            this.checksum = (this.checksum >>> 8) ^ CRC32_TABLE[(this.checksum ^ data[i]) & 0xff];
        }
    }
    digestSync() {
        return (this.checksum ^ ONES) >>> 0;
    }
    async digest() {
        const value = this.digestSync();
        const out = new Uint8Array(4);
        new DataView(out.buffer).setUint32(0, value, false);
        return out;
    }
    reset() {
        this.checksum = ONES;
    }
}

const zlibCrc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : undefined;
const Crc32Node = zlibCrc32 ? buildNativeClass$1(zlibCrc32) : Crc32Js;
function buildNativeClass$1(nativeCrc32) {
    return class Crc32Node {
        digestLength = 4;
        value = 0;
        update(data) {
            this.value = nativeCrc32(data, this.value);
        }
        digestSync() {
            return this.value >>> 0;
        }
        async digest() {
            const out = new Uint8Array(4);
            new DataView(out.buffer).setUint32(0, this.digestSync(), false);
            return out;
        }
        reset() {
            this.value = 0;
        }
    };
}

const BLOCK = 64;
const DIGEST_LENGTH = 32;
const MAX_HASHABLE_LENGTH = 2 ** 53 - 1;
class Sha256Js {
    digestLength = DIGEST_LENGTH;
    state = Int32Array.from(INIT);
    w;
    buffer = new Uint8Array(64);
    bufferLength = 0;
    bytesHashed = 0;
    finished = false;
    inner;
    outer;
    constructor(secret) {
        if (secret) {
            const key = Sha256Js.normalizeKey(secret);
            this.inner = new Sha256Js();
            this.outer = new Sha256Js();
            const { inner, outer } = this;
            const pad = new Uint8Array(BLOCK * 2);
            for (let i = 0; i < BLOCK; ++i) {
                pad[i] = 0x36 ^ key[i];
                pad[i + BLOCK] = 0x5c ^ key[i];
            }
            inner.update(pad.subarray(0, BLOCK));
            outer.update(pad.subarray(BLOCK));
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.inner) {
            this.inner.update(data);
            return;
        }
        const chunk = toUint8Array(data);
        let position = 0;
        let { byteLength } = chunk;
        this.bytesHashed += byteLength;
        if (this.bytesHashed * 8 > MAX_HASHABLE_LENGTH) {
            throw new Error("Cannot hash more than 2^53 - 1 bits");
        }
        while (byteLength > 0) {
            this.buffer[this.bufferLength++] = chunk[position++];
            byteLength--;
            if (this.bufferLength === BLOCK) {
                this.hashBuffer();
                this.bufferLength = 0;
            }
        }
    }
    async digest() {
        const { inner, outer } = this;
        if (inner && outer) {
            if (this.finished) {
                throw new Error("Attempted to digest an already finished HMAC.");
            }
            this.finished = true;
            const innerDigest = inner.digestSync();
            outer.update(innerDigest);
            return outer.digestSync();
        }
        return this.digestSync();
    }
    reset() {
        this.state = Int32Array.from(INIT);
        this.buffer = new Uint8Array(64);
        this.bufferLength = 0;
        this.bytesHashed = 0;
    }
    digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHashed = this.bytesHashed * 8;
        const bufferView = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        bufferView.setUint8(bufferLength++, 0x80);
        if ((bufferLength - 1) % BLOCK >= BLOCK - 8) {
            for (let i = bufferLength; i < BLOCK; ++i) {
                bufferView.setUint8(i, 0);
            }
            this.hashBufferWith(state, buffer);
            bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK - 8; ++i) {
            bufferView.setUint8(i, 0);
        }
        bufferView.setUint32(BLOCK - 8, Math.floor(bitsHashed / 0x100000000), false);
        bufferView.setUint32(BLOCK - 4, bitsHashed, false);
        this.hashBufferWith(state, buffer);
        const out = new Uint8Array(DIGEST_LENGTH);
        for (let i = 0; i < 8; ++i) {
            out[i * 4] = (state[i] >>> 24) & 0xff;
            out[i * 4 + 1] = (state[i] >>> 16) & 0xff;
            out[i * 4 + 2] = (state[i] >>> 8) & 0xff;
            out[i * 4 + 3] = (state[i] >>> 0) & 0xff;
        }
        return out;
    }
    static normalizeKey(secret) {
        const key = toUint8Array(secret);
        if (key.byteLength > BLOCK) {
            const h = new Sha256Js();
            h.update(key);
            const out = h.digestSync();
            const padded = new Uint8Array(BLOCK);
            padded.set(out);
            return padded;
        }
        if (key.byteLength < BLOCK) {
            const padded = new Uint8Array(BLOCK);
            padded.set(key);
            return padded;
        }
        return key;
    }
    hashBuffer() {
        this.hashBufferWith(this.state, this.buffer);
    }
    hashBufferWith(state, buffer) {
        const w = (this.w ??= new Int32Array(64));
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4], s5 = state[5], s6 = state[6], s7 = state[7];
        for (let i = 0; i < BLOCK; ++i) {
            if (i < 16) {
                w[i] =
                    ((buffer[i * 4] & 0xff) << 24) |
                        ((buffer[i * 4 + 1] & 0xff) << 16) |
                        ((buffer[i * 4 + 2] & 0xff) << 8) |
                        (buffer[i * 4 + 3] & 0xff);
            }
            else {
                let u = w[i - 2];
                const t1 = ((u >>> 17) | (u << 15)) ^ ((u >>> 19) | (u << 13)) ^ (u >>> 10);
                u = w[i - 15];
                const t2 = ((u >>> 7) | (u << 25)) ^ ((u >>> 18) | (u << 14)) ^ (u >>> 3);
                w[i] = ((t1 + w[i - 7]) | 0) + ((t2 + w[i - 16]) | 0);
            }
            const t1 = ((((((s4 >>> 6) | (s4 << 26)) ^ ((s4 >>> 11) | (s4 << 21)) ^ ((s4 >>> 25) | (s4 << 7))) +
                ((s4 & s5) ^ (~s4 & s6))) |
                0) +
                ((s7 + ((K[i] + w[i]) | 0)) | 0)) |
                0;
            const t2 = ((((s0 >>> 2) | (s0 << 30)) ^ ((s0 >>> 13) | (s0 << 19)) ^ ((s0 >>> 22) | (s0 << 10))) +
                ((s0 & s1) ^ (s0 & s2) ^ (s1 & s2))) |
                0;
            s7 = s6;
            s6 = s5;
            s5 = s4;
            s4 = (s3 + t1) | 0;
            s3 = s2;
            s2 = s1;
            s1 = s0;
            s0 = (t1 + t2) | 0;
        }
        state[0] += s0;
        state[1] += s1;
        state[2] += s2;
        state[3] += s3;
        state[4] += s4;
        state[5] += s5;
        state[6] += s6;
        state[7] += s7;
    }
}
const INIT = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
const K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const hasNativeCrypto = (() => {
    try {
        createHash("sha256");
        return true;
    }
    catch {
        return false;
    }
})();
const Sha256Node = hasNativeCrypto ? buildNativeClass() : Sha256Js;
function buildNativeClass() {
    return class Sha256Node {
        digestLength = 32;
        secret;
        hash;
        isHmac;
        finished = false;
        constructor(secret) {
            this.secret = secret;
            this.isHmac = !!secret;
            this.hash = this.createHash();
        }
        update(data) {
            if (this.finished) {
                throw new Error("Attempted to update an already finished hash.");
            }
            this.hash.update(data);
        }
        async digest() {
            let buf;
            if (this.isHmac) {
                this.finished = true;
                buf = this.hash.digest();
            }
            else {
                buf = this.hash.copy().digest();
            }
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
            this.hash = this.createHash();
            this.finished = false;
        }
        createHash() {
            return this.secret ? createHmac("sha256", toBuffer(this.secret)) : createHash("sha256");
        }
    };
}
function toBuffer(data) {
    if (typeof data === "string") {
        return data;
    }
    if (ArrayBuffer.isView(data)) {
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
    return Buffer.from(data);
}

const { digest, sign, importKey } = globalThis?.crypto?.subtle ?? {};
const subtle = typeof digest === "function" && typeof sign === "function" && typeof importKey === "function"
    ? globalThis.crypto.subtle
    : undefined;
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
class Sha256WebCrypto {
    digestLength = 32;
    secret;
    pending = [];
    pendingBytes = 0;
    fallback;
    finished = false;
    constructor(secret) {
        if (secret) {
            this.secret = toUint8Array(secret);
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.fallback) {
            this.fallback.update(data);
            return;
        }
        this.pending.push(data.slice());
        this.pendingBytes += data.byteLength;
        if (this.pendingBytes >= MAX_PENDING_BYTES) {
            this.switchToFallback();
        }
    }
    async digest() {
        if (this.fallback) {
            return this.fallback.digest();
        }
        if (this.secret && this.finished) {
            throw new Error("Attempted to digest an already finished HMAC.");
        }
        const data = concatBytes(this.pending);
        if (subtle) {
            if (this.secret) {
                this.finished = true;
                const key = await subtle.importKey("raw", this.secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
                const sig = await subtle.sign("HMAC", key, data);
                return new Uint8Array(sig);
            }
            const hash = await subtle.digest("SHA-256", data);
            return new Uint8Array(hash);
        }
        const sha256 = new Sha256Js(this.secret);
        sha256.update(data);
        return sha256.digest();
    }
    reset() {
        this.pending = [];
        this.pendingBytes = 0;
        this.fallback = undefined;
        this.finished = false;
    }
    switchToFallback() {
        const sha256Js = new Sha256Js(this.secret);
        for (const chunk of this.pending) {
            sha256Js.update(chunk);
        }
        this.fallback = sha256Js;
        this.pending = [];
        this.pendingBytes = 0;
    }
}

exports.Crc32 = Crc32Node;
exports.Crc32Js = Crc32Js;
exports.Crc32Node = Crc32Node;
exports.Md5 = Md5Node;
exports.Md5Js = Md5Js;
exports.Md5Node = Md5Node;
exports.Sha256 = Sha256Node;
exports.Sha256Js = Sha256Js;
exports.Sha256Node = Sha256Node;
exports.Sha256WebCrypto = Sha256WebCrypto;
exports.blobHasher = blobHasher;
exports.blobReader = blobReader;
exports.fileStreamHasher = fileStreamHasher;
exports.readableStreamHasher = readableStreamHasher;


/***/ }),

/***/ 556:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { hasOwn } = __nccwpck_require__(816);
const { getSmithyContext, normalizeProvider } = __nccwpck_require__(816);
exports.getSmithyContext = getSmithyContext;
exports.normalizeProvider = normalizeProvider;
const { SMITHY_CONTEXT_KEY, AlgorithmId } = __nccwpck_require__(976);
exports.AlgorithmId = AlgorithmId;
const { NormalizedSchema } = __nccwpck_require__(420);

const getAllAliases = (name, aliases) => {
    const _aliases = [];
    if (name) {
        _aliases.push(name);
    }
    if (aliases) {
        for (const alias of aliases) {
            _aliases.push(alias);
        }
    }
    return _aliases;
};
const getMiddlewareNameWithAliases = (name, aliases) => {
    return `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`;
};
const constructStack = () => {
    let absoluteEntries = [];
    let relativeEntries = [];
    let identifyOnResolve = false;
    const entriesNameSet = new Set();
    const sort = (entries) => entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] ||
        priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"]);
    const removeByName = (toRemove) => {
        let isRemoved = false;
        const filterCb = (entry) => {
            const aliases = getAllAliases(entry.name, entry.aliases);
            if (aliases.includes(toRemove)) {
                isRemoved = true;
                for (const alias of aliases) {
                    entriesNameSet.delete(alias);
                }
                return false;
            }
            return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
    };
    const removeByReference = (toRemove) => {
        let isRemoved = false;
        const filterCb = (entry) => {
            if (entry.middleware === toRemove) {
                isRemoved = true;
                for (const alias of getAllAliases(entry.name, entry.aliases)) {
                    entriesNameSet.delete(alias);
                }
                return false;
            }
            return true;
        };
        absoluteEntries = absoluteEntries.filter(filterCb);
        relativeEntries = relativeEntries.filter(filterCb);
        return isRemoved;
    };
    const cloneTo = (toStack) => {
        absoluteEntries.forEach((entry) => {
            toStack.add(entry.middleware, { ...entry });
        });
        relativeEntries.forEach((entry) => {
            toStack.addRelativeTo(entry.middleware, { ...entry });
        });
        toStack.identifyOnResolve?.(stack.identifyOnResolve());
        return toStack;
    };
    const expandRelativeMiddlewareList = (from) => {
        const expandedMiddlewareList = [];
        from.before.forEach((entry) => {
            if (entry.before.length === 0 && entry.after.length === 0) {
                expandedMiddlewareList.push(entry);
            }
            else {
                expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
            }
        });
        expandedMiddlewareList.push(from);
        from.after.reverse().forEach((entry) => {
            if (entry.before.length === 0 && entry.after.length === 0) {
                expandedMiddlewareList.push(entry);
            }
            else {
                expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
            }
        });
        return expandedMiddlewareList;
    };
    const getMiddlewareList = (debug = false) => {
        const normalizedAbsoluteEntries = [];
        const normalizedRelativeEntries = [];
        const normalizedEntriesNameMap = {};
        absoluteEntries.forEach((entry) => {
            const normalizedEntry = {
                ...entry,
                before: [],
                after: [],
            };
            for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) {
                normalizedEntriesNameMap[alias] = normalizedEntry;
            }
            normalizedAbsoluteEntries.push(normalizedEntry);
        });
        relativeEntries.forEach((entry) => {
            const normalizedEntry = {
                ...entry,
                before: [],
                after: [],
            };
            for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) {
                normalizedEntriesNameMap[alias] = normalizedEntry;
            }
            normalizedRelativeEntries.push(normalizedEntry);
        });
        normalizedRelativeEntries.forEach((entry) => {
            if (entry.toMiddleware) {
                const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
                if (toMiddleware === undefined) {
                    if (debug) {
                        return;
                    }
                    throw new Error(`${entry.toMiddleware} is not found when adding ` +
                        `${getMiddlewareNameWithAliases(entry.name, entry.aliases)} ` +
                        `middleware ${entry.relation} ${entry.toMiddleware}`);
                }
                if (entry.relation === "after") {
                    toMiddleware.after.push(entry);
                }
                if (entry.relation === "before") {
                    toMiddleware.before.push(entry);
                }
            }
        });
        const mainChain = sort(normalizedAbsoluteEntries)
            .map(expandRelativeMiddlewareList)
            .reduce((wholeList, expandedMiddlewareList) => {
            wholeList.push(...expandedMiddlewareList);
            return wholeList;
        }, []);
        return mainChain;
    };
    const stack = {
        add: (middleware, options = {}) => {
            const { name, override, aliases: _aliases } = options;
            const entry = {
                step: "initialize",
                priority: "normal",
                middleware,
                ...options,
            };
            const aliases = getAllAliases(name, _aliases);
            if (aliases.length > 0) {
                if (aliases.some((alias) => entriesNameSet.has(alias))) {
                    if (!override) {
                        throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                    }
                    for (const alias of aliases) {
                        const toOverrideIndex = absoluteEntries.findIndex((entry) => entry.name === alias || entry.aliases?.some((a) => a === alias));
                        if (toOverrideIndex === -1) {
                            continue;
                        }
                        const toOverride = absoluteEntries[toOverrideIndex];
                        if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) {
                            throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ` +
                                `${toOverride.priority} priority in ${toOverride.step} step cannot ` +
                                `be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ` +
                                `${entry.priority} priority in ${entry.step} step.`);
                        }
                        absoluteEntries.splice(toOverrideIndex, 1);
                    }
                }
                for (const alias of aliases) {
                    entriesNameSet.add(alias);
                }
            }
            absoluteEntries.push(entry);
        },
        addRelativeTo: (middleware, options) => {
            const { name, override, aliases: _aliases } = options;
            const entry = {
                middleware,
                ...options,
            };
            const aliases = getAllAliases(name, _aliases);
            if (aliases.length > 0) {
                if (aliases.some((alias) => entriesNameSet.has(alias))) {
                    if (!override) {
                        throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                    }
                    for (const alias of aliases) {
                        const toOverrideIndex = relativeEntries.findIndex((entry) => entry.name === alias || entry.aliases?.some((a) => a === alias));
                        if (toOverrideIndex === -1) {
                            continue;
                        }
                        const toOverride = relativeEntries[toOverrideIndex];
                        if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) {
                            throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ` +
                                `${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden ` +
                                `by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} ` +
                                `"${entry.toMiddleware}" middleware.`);
                        }
                        relativeEntries.splice(toOverrideIndex, 1);
                    }
                }
                for (const alias of aliases) {
                    entriesNameSet.add(alias);
                }
            }
            relativeEntries.push(entry);
        },
        clone: () => cloneTo(constructStack()),
        use: (plugin) => {
            plugin.applyToStack(stack);
        },
        remove: (toRemove) => {
            if (typeof toRemove === "string") {
                return removeByName(toRemove);
            }
            else {
                return removeByReference(toRemove);
            }
        },
        removeByTag: (toRemove) => {
            let isRemoved = false;
            const filterCb = (entry) => {
                const { tags, name, aliases: _aliases } = entry;
                if (tags && tags.includes(toRemove)) {
                    const aliases = getAllAliases(name, _aliases);
                    for (const alias of aliases) {
                        entriesNameSet.delete(alias);
                    }
                    isRemoved = true;
                    return false;
                }
                return true;
            };
            absoluteEntries = absoluteEntries.filter(filterCb);
            relativeEntries = relativeEntries.filter(filterCb);
            return isRemoved;
        },
        concat: (from) => {
            const cloned = cloneTo(constructStack());
            cloned.use(from);
            cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? false));
            return cloned;
        },
        applyToStack: cloneTo,
        identify: () => {
            return getMiddlewareList(true).map((mw) => {
                const step = mw.step ??
                    mw.relation +
                        " " +
                        mw.toMiddleware;
                return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
            });
        },
        identifyOnResolve(toggle) {
            if (typeof toggle === "boolean") {
                identifyOnResolve = toggle;
            }
            return identifyOnResolve;
        },
        resolve: (handler, context) => {
            for (const middleware of getMiddlewareList()
                .map((entry) => entry.middleware)
                .reverse()) {
                handler = middleware(handler, context);
            }
            if (identifyOnResolve) {
                console.log(stack.identify());
            }
            return handler;
        },
    };
    return stack;
};
const stepWeights = {
    initialize: 5,
    serialize: 4,
    build: 3,
    finalizeRequest: 2,
    deserialize: 1,
};
const priorityWeights = {
    high: 3,
    normal: 2,
    low: 1,
};

const invalidFunction = (message) => () => {
    throw new Error(message);
};

const invalidProvider = (message) => () => Promise.reject(message);

const getCircularReplacer = () => {
    const seen = new WeakSet();
    return (key, value) => {
        if (typeof value === "object" && value !== null) {
            if (seen.has(value)) {
                return "[Circular]";
            }
            seen.add(value);
        }
        return value;
    };
};

const sleep = (seconds) => {
    return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
};

const waiterServiceDefaults = {
    minDelay: 2,
    maxDelay: 120,
};
var WaiterState;
(function (WaiterState) {
    WaiterState["ABORTED"] = "ABORTED";
    WaiterState["FAILURE"] = "FAILURE";
    WaiterState["SUCCESS"] = "SUCCESS";
    WaiterState["RETRY"] = "RETRY";
    WaiterState["TIMEOUT"] = "TIMEOUT";
})(WaiterState || (WaiterState = {}));
const checkExceptions = (result) => {
    if (result.state === WaiterState.ABORTED) {
        const abortError = new Error(`${JSON.stringify({
            ...result,
            reason: "Request was aborted",
        }, getCircularReplacer())}`);
        abortError.name = "AbortError";
        throw abortError;
    }
    else if (result.state === WaiterState.TIMEOUT) {
        const timeoutError = new Error(`${JSON.stringify({
            ...result,
            reason: "Waiter has timed out",
        }, getCircularReplacer())}`);
        timeoutError.name = "TimeoutError";
        throw timeoutError;
    }
    else if (result.state !== WaiterState.SUCCESS) {
        throw new Error(`${JSON.stringify(result, getCircularReplacer())}`);
    }
    return result;
};

const runPolling = async ({ minDelay, maxDelay, maxWaitTime, abortController, client, abortSignal }, input, acceptorChecks) => {
    const observedResponses = {};
    const [minDelayMs, maxDelayMs] = [minDelay * 1000, maxDelay * 1000];
    let currentAttempt = 0;
    const waitUntil = Date.now() + maxWaitTime * 1000;
    const warn403Time = Date.now() + 60_000;
    let didWarn403 = false;
    while (true) {
        if (currentAttempt > 0) {
            const delayMs = exponentialBackoffWithJitter(minDelayMs, maxDelayMs, currentAttempt, waitUntil);
            if (abortController?.signal?.aborted || abortSignal?.aborted) {
                const message = "AbortController signal aborted.";
                observedResponses[message] |= 0;
                observedResponses[message] += 1;
                return { state: WaiterState.ABORTED, observedResponses };
            }
            if (Date.now() + delayMs > waitUntil) {
                return { state: WaiterState.TIMEOUT, observedResponses };
            }
            await sleep(delayMs / 1_000);
        }
        const { state, reason } = await acceptorChecks(client, input);
        if (reason) {
            const message = createMessageFromResponse(reason);
            observedResponses[message] |= 0;
            observedResponses[message] += 1;
        }
        if (state !== WaiterState.RETRY) {
            return { state, reason, final: reason, observedResponses };
        }
        currentAttempt += 1;
        if (!didWarn403 && Date.now() >= warn403Time) {
            checkWarn403(observedResponses, client);
            didWarn403 = true;
        }
    }
};
const checkWarn403 = (observedResponses = {}, client) => {
    const orderedErrors = Object.keys(observedResponses);
    let count403 = 0;
    for (const response of orderedErrors) {
        const n = observedResponses[response] | 0;
        if (response.startsWith("403:")) {
            count403 += n;
        }
    }
    const clientLogger = client?.config?.logger;
    const warningLogger = typeof clientLogger?.warn === "function" && !clientLogger.constructor?.name?.includes?.("NoOpLogger")
        ? clientLogger
        : console;
    if (count403 >= 3 || orderedErrors[orderedErrors.length - 1]?.startsWith("403:")) {
        warningLogger.warn(`@smithy/util-waiter WARN - 403 status code encountered during waiter polling.`);
    }
};
const createMessageFromResponse = (reason) => {
    const status = reason?.$response?.statusCode ?? reason?.$metadata?.httpStatusCode;
    if (reason?.$responseBodyText) {
        return `${status ? status + ": " : ""}Deserialization error for body: ${reason.$responseBodyText}`;
    }
    if (status) {
        if (reason?.$response || reason?.message) {
            return `${status ?? "Unknown"}: ${reason?.message}`;
        }
        return `${status}: OK`;
    }
    return String(reason?.message ?? JSON.stringify(reason, getCircularReplacer()) ?? "Unknown");
};
const exponentialBackoffWithJitter = (minDelayMs, maxDelayMs, attempt, waitUntil) => {
    const attemptCountCeiling = Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1;
    if (attempt > attemptCountCeiling) {
        return maxDelayMs;
    }
    const delay = minDelayMs * 2 ** (attempt - 1);
    const capped = Math.min(delay, maxDelayMs);
    const waitFor = randomInRange(minDelayMs, capped);
    if (Date.now() + waitFor > waitUntil) {
        const timeRemaining = waitUntil - Date.now();
        return Math.max(0, timeRemaining - 500);
    }
    return waitFor;
};
const randomInRange = (min, max) => min + Math.random() * (max - min);

const validateWaiterOptions = (options) => {
    if (options.maxWaitTime <= 0) {
        throw new Error(`WaiterConfiguration.maxWaitTime must be greater than 0`);
    }
    else if (options.minDelay <= 0) {
        throw new Error(`WaiterConfiguration.minDelay must be greater than 0`);
    }
    else if (options.maxDelay <= 0) {
        throw new Error(`WaiterConfiguration.maxDelay must be greater than 0`);
    }
    else if (options.maxWaitTime <= options.minDelay) {
        throw new Error(`WaiterConfiguration.maxWaitTime [${options.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    }
    else if (options.maxDelay < options.minDelay) {
        throw new Error(`WaiterConfiguration.maxDelay [${options.maxDelay}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
    }
};

const abortTimeout = (abortSignal) => {
    let onAbort;
    const promise = new Promise((resolve) => {
        onAbort = () => resolve({ state: WaiterState.ABORTED });
        if (typeof abortSignal.addEventListener === "function") {
            abortSignal.addEventListener("abort", onAbort);
        }
        else {
            abortSignal.onabort = onAbort;
        }
    });
    return {
        clearListener() {
            if (typeof abortSignal.removeEventListener === "function") {
                abortSignal.removeEventListener("abort", onAbort);
            }
        },
        aborted: promise,
    };
};
const createWaiter = async (options, input, acceptorChecks) => {
    const params = {
        ...waiterServiceDefaults,
        ...options,
    };
    validateWaiterOptions(params);
    const exitConditions = [runPolling(params, input, acceptorChecks)];
    const finalize = [];
    if (options.abortSignal) {
        const { aborted, clearListener } = abortTimeout(options.abortSignal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
    }
    if (options.abortController?.signal) {
        const { aborted, clearListener } = abortTimeout(options.abortController.signal);
        finalize.push(clearListener);
        exitConditions.push(aborted);
    }
    return Promise.race(exitConditions).then((result) => {
        for (const fn of finalize) {
            fn();
        }
        return result;
    });
};

class Client {
    config;
    middlewareStack = constructStack();
    initConfig;
    handlers;
    constructor(config) {
        this.config = config;
        const { protocol, protocolSettings } = config;
        if (protocolSettings) {
            if (typeof protocol === "function") {
                config.protocol = new protocol(protocolSettings);
            }
        }
    }
    send(command, optionsOrCb, cb) {
        const options = typeof optionsOrCb !== "function" ? optionsOrCb : undefined;
        const callback = typeof optionsOrCb === "function" ? optionsOrCb : cb;
        const useHandlerCache = options === undefined && this.config.cacheMiddleware === true;
        let handler;
        if (useHandlerCache) {
            if (!this.handlers) {
                this.handlers = new WeakMap();
            }
            const handlers = this.handlers;
            if (handlers.has(command.constructor)) {
                handler = handlers.get(command.constructor);
            }
            else {
                handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
                handlers.set(command.constructor, handler);
            }
        }
        else {
            delete this.handlers;
            handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
        }
        if (callback) {
            handler(command)
                .then((result) => callback(null, result.output), (err) => callback(err))
                .catch(() => { });
        }
        else {
            return handler(command).then((result) => result.output);
        }
    }
    destroy() {
        this.config?.requestHandler?.destroy?.();
        delete this.handlers;
    }
}

const SENSITIVE_STRING$1 = "***SensitiveInformation***";
function schemaLogFilter(schema, data) {
    if (data == null) {
        return data;
    }
    const ns = NormalizedSchema.of(schema);
    if (ns.getMergedTraits().sensitive) {
        return SENSITIVE_STRING$1;
    }
    if (ns.isListSchema()) {
        const valueSchema = ns.getValueSchema();
        if (valueSchema.getMergedTraits().sensitive) {
            return SENSITIVE_STRING$1;
        }
        if (Array.isArray(data)) {
            return data.map((value) => schemaLogFilter(valueSchema, value));
        }
    }
    else if (ns.isMapSchema()) {
        const valueSchema = ns.getValueSchema();
        if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) {
            return SENSITIVE_STRING$1;
        }
        if (typeof data === "object") {
            return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, schemaLogFilter(valueSchema, value)]));
        }
    }
    else if (ns.isStructSchema() && typeof data === "object") {
        const object = data;
        const newObject = {};
        for (const [member, memberNs] of ns.structIterator()) {
            if (object[member] != null) {
                newObject[member] = schemaLogFilter(memberNs, object[member]);
            }
        }
        return newObject;
    }
    return data;
}

const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
class Command {
    middlewareStack = constructStack();
    schema;
    static classBuilder() {
        return new ClassBuilder();
    }
    resolveMiddlewareWithContext(clientStack, configuration, options, { middlewareFn, clientName, commandName, inputFilterSensitiveLog, outputFilterSensitiveLog, smithyContext, additionalContext, CommandCtor, }) {
        for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) {
            this.middlewareStack.use(mw);
        }
        const stack = clientStack.concat(this.middlewareStack);
        const { logger } = configuration;
        const additionalSmithyContext = additionalContext[SMITHY_CONTEXT_KEY];
        const handlerExecutionContext = {
            logger,
            clientName,
            commandName,
            inputFilterSensitiveLog,
            outputFilterSensitiveLog,
            ...additionalContext,
            [SMITHY_CONTEXT_KEY]: {
                ...additionalSmithyContext,
                commandInstance: this,
                ...smithyContext,
                ...(options?.metricsRecorder === undefined ? {} : { metricsRecorder: options.metricsRecorder }),
                ...(options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
            },
        };
        const { requestHandler } = configuration;
        let requestOptions = options ?? {};
        if (requestOptions.metricsRecorder) {
            requestOptions = { ...requestOptions };
            delete requestOptions.metricsRecorder;
        }
        let isEventStream;
        const schema = this.schema;
        const marker = schema?.[operationEventStreamMarker];
        if (marker !== undefined) {
            isEventStream = marker;
        }
        else if (schema) {
            if (Array.isArray(schema) && schema[0] === 9) {
                const [, , , , input$, output$] = schema;
                isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema.of(input$).getEventStreamMember() || NormalizedSchema.of(output$).getEventStreamMember());
            }
        }
        if (isEventStream) {
            requestOptions = {
                isEventStream,
                ...requestOptions,
            };
        }
        return stack.resolve((request) => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
    }
}
class ClassBuilder {
    _init = () => { };
    _ep = {};
    _middlewareFn = () => [];
    _commandName = "";
    _clientName = "";
    _additionalContext = {};
    _smithyContext = {};
    _inputFilterSensitiveLog = undefined;
    _outputFilterSensitiveLog = undefined;
    _serializer = null;
    _deserializer = null;
    _operationSchema;
    init(cb) {
        this._init = cb;
    }
    ep(endpointParameterInstructions) {
        this._ep = endpointParameterInstructions;
        return this;
    }
    m(middlewareSupplier) {
        this._middlewareFn = middlewareSupplier;
        return this;
    }
    s(service, operation, smithyContext = {}) {
        this._smithyContext = {
            service,
            operation,
            ...smithyContext,
        };
        return this;
    }
    c(additionalContext = {}) {
        this._additionalContext = additionalContext;
        return this;
    }
    n(clientName, commandName) {
        this._clientName = clientName;
        this._commandName = commandName;
        return this;
    }
    f(inputFilter = (_) => _, outputFilter = (_) => _) {
        this._inputFilterSensitiveLog = inputFilter;
        this._outputFilterSensitiveLog = outputFilter;
        return this;
    }
    ser(serializer) {
        this._serializer = serializer;
        return this;
    }
    de(deserializer) {
        this._deserializer = deserializer;
        return this;
    }
    sc(operation) {
        this._operationSchema = operation;
        this._smithyContext.operationSchema = operation;
        return this;
    }
    build() {
        const closure = this;
        let CommandRef;
        return (CommandRef = class extends Command {
            input;
            static getEndpointParameterInstructions() {
                return closure._ep;
            }
            constructor(...[input]) {
                super();
                this.input = input ?? {};
                closure._init(this);
                this.schema = closure._operationSchema;
            }
            resolveMiddleware(stack, configuration, options) {
                const op = closure._operationSchema;
                const input = op?.[4] ?? op?.input;
                const output = op?.[5] ?? op?.output;
                return this.resolveMiddlewareWithContext(stack, configuration, options, {
                    CommandCtor: CommandRef,
                    middlewareFn: closure._middlewareFn,
                    clientName: closure._clientName,
                    commandName: closure._commandName,
                    inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : (_) => _),
                    outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : (_) => _),
                    smithyContext: closure._smithyContext,
                    additionalContext: closure._additionalContext,
                });
            }
            serialize = closure._serializer;
            deserialize = closure._deserializer;
        });
    }
}

const SENSITIVE_STRING = "***SensitiveInformation***";

const createAggregatedClient = (commands, Client, options) => {
    for (const [command, CommandCtor] of Object.entries(commands)) {
        const methodImpl = async function (args, optionsOrCb, cb) {
            const command = new CommandCtor(args);
            if (typeof optionsOrCb === "function") {
                this.send(command, optionsOrCb);
            }
            else if (typeof cb === "function") {
                if (typeof optionsOrCb !== "object") {
                    throw new Error(`Expected http options but got ${typeof optionsOrCb}`);
                }
                this.send(command, optionsOrCb || {}, cb);
            }
            else {
                return this.send(command, optionsOrCb);
            }
        };
        const methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
        Client.prototype[methodName] = methodImpl;
    }
    const { paginators = {}, waiters = {} } = options ?? {};
    for (const [paginatorName, paginatorFn] of Object.entries(paginators)) {
        if (Client.prototype[paginatorName] === void 0) {
            Client.prototype[paginatorName] = function (commandInput = {}, paginationConfiguration, ...rest) {
                return paginatorFn({
                    ...paginationConfiguration,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
    for (const [waiterName, waiterFn] of Object.entries(waiters)) {
        if (Client.prototype[waiterName] === void 0) {
            Client.prototype[waiterName] = async function (commandInput = {}, waiterConfiguration, ...rest) {
                let config = waiterConfiguration;
                if (typeof waiterConfiguration === "number") {
                    config = {
                        maxWaitTime: waiterConfiguration,
                    };
                }
                return waiterFn({
                    ...config,
                    client: this,
                }, commandInput, ...rest);
            };
        }
    }
};

class ServiceException extends Error {
    static shapeId = "smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
    $fault;
    $response;
    $retryable;
    $metadata;
    constructor(options) {
        super(options.message);
        Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype);
        this.name = options.name;
        this.$fault = options.$fault;
        this.$metadata = options.$metadata;
    }
    static isInstance(value) {
        if (!value) {
            return false;
        }
        const candidate = value;
        return (ServiceException.prototype.isPrototypeOf(candidate) ||
            (Boolean(candidate.$fault) &&
                Boolean(candidate.$metadata) &&
                (candidate.$fault === "client" || candidate.$fault === "server")));
    }
    static [Symbol.hasInstance](instance) {
        if (!instance) {
            return false;
        }
        const candidate = instance;
        if (this === ServiceException) {
            return ServiceException.isInstance(instance);
        }
        if (ServiceException.isInstance(instance)) {
            if (this.prototype.isPrototypeOf(instance)) {
                return true;
            }
            const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId")
                ? this.shapeId
                : undefined;
            let candidateHasShapeId = false;
            if (targetId) {
                let proto = Object.getPrototypeOf(candidate);
                while (proto && proto !== Object.prototype) {
                    const ctor = proto.constructor;
                    const candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId")
                        ? ctor?.shapeId
                        : undefined;
                    if (candidateId) {
                        candidateHasShapeId = true;
                        if (candidateId === targetId) {
                            return true;
                        }
                    }
                    proto = Object.getPrototypeOf(proto);
                }
            }
            if (targetId && candidateHasShapeId) {
                return false;
            }
            const targetName = this.name;
            if (targetName && targetName.length >= 6) {
                if (candidate.name === targetName) {
                    return true;
                }
                let proto = Object.getPrototypeOf(candidate);
                while (proto && proto !== Object.prototype) {
                    const ctorName = proto.constructor?.name;
                    if (ctorName && ctorName !== "Error" && ctorName === targetName) {
                        return true;
                    }
                    proto = Object.getPrototypeOf(proto);
                }
            }
        }
        return false;
    }
}
const decorateServiceException = (exception, additions = {}) => {
    Object.entries(additions)
        .filter(([, v]) => v !== undefined)
        .forEach(([k, v]) => {
        if (exception[k] == undefined || exception[k] === "") {
            exception[k] = v;
        }
    });
    const message = exception.message || exception.Message || "UnknownError";
    exception.message = message;
    delete exception.Message;
    return exception;
};

const throwDefaultError = ({ output, parsedBody, exceptionCtor, errorCode }) => {
    const $metadata = deserializeMetadata(output);
    const statusCode = $metadata.httpStatusCode ? $metadata.httpStatusCode + "" : undefined;
    const response = new exceptionCtor({
        name: parsedBody?.code || parsedBody?.Code || errorCode || statusCode || "UnknownError",
        $fault: "client",
        $metadata,
    });
    throw decorateServiceException(response, parsedBody);
};
const withBaseException = (ExceptionCtor) => {
    return ({ output, parsedBody, errorCode }) => {
        throwDefaultError({ output, parsedBody, exceptionCtor: ExceptionCtor, errorCode });
    };
};
const deserializeMetadata = (output) => ({
    httpStatusCode: output.statusCode,
    requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
    extendedRequestId: output.headers["x-amz-id-2"],
    cfId: output.headers["x-amz-cf-id"],
});

const loadConfigsForDefaultMode = (mode) => {
    switch (mode) {
        case "standard":
            return {
                retryMode: "standard",
                connectionTimeout: 3100,
            };
        case "in-region":
            return {
                retryMode: "standard",
                connectionTimeout: 1100,
            };
        case "cross-region":
            return {
                retryMode: "standard",
                connectionTimeout: 3100,
            };
        case "mobile":
            return {
                retryMode: "standard",
                connectionTimeout: 30000,
            };
        default:
            return {};
    }
};

let warningEmitted = false;
const emitWarningIfUnsupportedVersion = (version) => {
    if (version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16) {
        warningEmitted = true;
    }
};

const knownAlgorithms = Object.values(AlgorithmId);
const getChecksumConfiguration = (runtimeConfig) => {
    const checksumAlgorithms = [];
    for (const id in AlgorithmId) {
        if (!hasOwn(AlgorithmId, id)) {
            continue;
        }
        const algorithmId = AlgorithmId[id];
        if (runtimeConfig[algorithmId] === undefined) {
            continue;
        }
        checksumAlgorithms.push({
            algorithmId: () => algorithmId,
            checksumConstructor: () => runtimeConfig[algorithmId],
        });
    }
    for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) {
        checksumAlgorithms.push({
            algorithmId: () => id,
            checksumConstructor: () => ChecksumCtor,
        });
    }
    return {
        addChecksumAlgorithm(algo) {
            runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
            const id = algo.algorithmId();
            const ctor = algo.checksumConstructor();
            if (knownAlgorithms.includes(id)) {
                runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor;
            }
            else {
                runtimeConfig.checksumAlgorithms[id] = ctor;
            }
            checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
            return checksumAlgorithms;
        },
    };
};
const resolveChecksumRuntimeConfig = (clientConfig) => {
    const runtimeConfig = {};
    clientConfig.checksumAlgorithms().forEach((checksumAlgorithm) => {
        const id = checksumAlgorithm.algorithmId();
        if (knownAlgorithms.includes(id)) {
            runtimeConfig[id] = checksumAlgorithm.checksumConstructor();
        }
    });
    return runtimeConfig;
};

const getRetryConfiguration = (runtimeConfig) => {
    return {
        setRetryStrategy(retryStrategy) {
            runtimeConfig.retryStrategy = retryStrategy;
        },
        retryStrategy() {
            return runtimeConfig.retryStrategy;
        },
    };
};
const resolveRetryRuntimeConfig = (retryStrategyConfiguration) => {
    const runtimeConfig = {};
    runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy();
    return runtimeConfig;
};

const getDefaultExtensionConfiguration = (runtimeConfig) => {
    return Object.assign(getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig));
};
const getDefaultClientConfiguration = getDefaultExtensionConfiguration;
const resolveDefaultRuntimeConfig = (config) => {
    return Object.assign(resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config));
};

const getArrayIfSingleItem = (mayBeArray) => Array.isArray(mayBeArray) ? mayBeArray : [mayBeArray];

const getValueFromTextNode = (obj) => {
    const textNodeName = "#text";
    for (const key in obj) {
        if (!hasOwn(obj, key)) {
            continue;
        }
        if (obj[key][textNodeName] !== undefined) {
            obj[key] = obj[key][textNodeName];
        }
        else if (typeof obj[key] === "object" && obj[key] !== null) {
            obj[key] = getValueFromTextNode(obj[key]);
        }
    }
    return obj;
};

const isSerializableHeaderValue = (value) => {
    return value != null;
};

class NoOpLogger {
    trace() { }
    debug() { }
    info() { }
    warn() { }
    error() { }
}

function map(arg0, arg1, arg2) {
    let target;
    let filter;
    let instructions;
    if (typeof arg1 === "undefined" && typeof arg2 === "undefined") {
        target = {};
        instructions = arg0;
    }
    else {
        target = arg0;
        if (typeof arg1 === "function") {
            filter = arg1;
            instructions = arg2;
            return mapWithFilter(target, filter, instructions);
        }
        else {
            instructions = arg1;
        }
    }
    for (const key in instructions) {
        if (!hasOwn(instructions, key)) {
            continue;
        }
        if (!Array.isArray(instructions[key])) {
            target[key] = instructions[key];
            continue;
        }
        applyInstruction(target, null, instructions, key);
    }
    return target;
}
const convertMap = (target) => {
    const output = {};
    for (const [k, v] of Object.entries(target || {})) {
        output[k] = [, v];
    }
    return output;
};
const take = (source, instructions) => {
    const out = {};
    for (const key in instructions) {
        if (!hasOwn(instructions, key)) {
            continue;
        }
        applyInstruction(out, source, instructions, key);
    }
    return out;
};
const mapWithFilter = (target, filter, instructions) => {
    return map(target, Object.entries(instructions).reduce((_instructions, [key, value]) => {
        if (Array.isArray(value)) {
            _instructions[key] = value;
        }
        else {
            if (typeof value === "function") {
                _instructions[key] = [filter, value()];
            }
            else {
                _instructions[key] = [filter, value];
            }
        }
        return _instructions;
    }, {}));
};
const applyInstruction = (target, source, instructions, targetKey) => {
    if (source !== null) {
        let instruction = instructions[targetKey];
        if (typeof instruction === "function") {
            instruction = [, instruction];
        }
        const [filter = nonNullish, valueFn = pass, sourceKey = targetKey] = instruction;
        if ((typeof filter === "function" && filter(source[sourceKey])) || (typeof filter !== "function" && !!filter)) {
            target[targetKey] = valueFn(source[sourceKey]);
        }
        return;
    }
    let [filter, value] = instructions[targetKey];
    if (typeof value === "function") {
        let _value;
        const defaultFilterPassed = filter === undefined && (_value = value()) != null;
        const customFilterPassed = (typeof filter === "function" && !!filter(void 0)) || (typeof filter !== "function" && !!filter);
        if (defaultFilterPassed) {
            target[targetKey] = _value;
        }
        else if (customFilterPassed) {
            target[targetKey] = value();
        }
    }
    else {
        const defaultFilterPassed = filter === undefined && value != null;
        const customFilterPassed = (typeof filter === "function" && !!filter(value)) || (typeof filter !== "function" && !!filter);
        if (defaultFilterPassed || customFilterPassed) {
            target[targetKey] = value;
        }
    }
};
const nonNullish = (_) => _ != null;
const pass = (_) => _;

const serializeFloat = (value) => {
    if (value !== value) {
        return "NaN";
    }
    switch (value) {
        case Infinity:
            return "Infinity";
        case -Infinity:
            return "-Infinity";
        default:
            return value;
    }
};
const serializeDateTime = (date) => date.toISOString().replace(".000Z", "Z");

const _json = (obj) => {
    if (obj == null) {
        return {};
    }
    if (Array.isArray(obj)) {
        return obj.filter((_) => _ != null).map(_json);
    }
    if (typeof obj === "object") {
        const target = {};
        for (const key in obj) {
            if (!hasOwn(obj, key)) {
                continue;
            }
            if (obj[key] == null) {
                continue;
            }
            target[key] = _json(obj[key]);
        }
        return target;
    }
    return obj;
};

function makeBuilder(common, service, name, ep) {
    return function makeCommand(added, plugins, op, $, smithyContext = {}) {
        const epMerged = Object.assign({}, common, added);
        return Command.classBuilder()
            .ep(epMerged)
            .m(function (CommandCtor, clientStack, config, options) {
            const list = plugins.call(this, CommandCtor, clientStack, config, options);
            list.unshift(ep(config, CommandCtor.getEndpointParameterInstructions()));
            return list;
        })
            .s(service, op, smithyContext)
            .n(name, op.charAt(0).toUpperCase() + op.slice(1) + "Command")
            .sc($)
            .build();
    };
}

exports.Client = Client;
exports.Command = Command;
exports.NoOpLogger = NoOpLogger;
exports.SENSITIVE_STRING = SENSITIVE_STRING;
exports.ServiceException = ServiceException;
exports.WaiterState = WaiterState;
exports._json = _json;
exports.checkExceptions = checkExceptions;
exports.constructStack = constructStack;
exports.convertMap = convertMap;
exports.createAggregatedClient = createAggregatedClient;
exports.createWaiter = createWaiter;
exports.decorateServiceException = decorateServiceException;
exports.emitWarningIfUnsupportedVersion = emitWarningIfUnsupportedVersion;
exports.getArrayIfSingleItem = getArrayIfSingleItem;
exports.getChecksumConfiguration = getChecksumConfiguration;
exports.getDefaultClientConfiguration = getDefaultClientConfiguration;
exports.getDefaultExtensionConfiguration = getDefaultExtensionConfiguration;
exports.getRetryConfiguration = getRetryConfiguration;
exports.getValueFromTextNode = getValueFromTextNode;
exports.invalidFunction = invalidFunction;
exports.invalidProvider = invalidProvider;
exports.isSerializableHeaderValue = isSerializableHeaderValue;
exports.loadConfigsForDefaultMode = loadConfigsForDefaultMode;
exports.makeBuilder = makeBuilder;
exports.map = map;
exports.resolveChecksumRuntimeConfig = resolveChecksumRuntimeConfig;
exports.resolveDefaultRuntimeConfig = resolveDefaultRuntimeConfig;
exports.resolveRetryRuntimeConfig = resolveRetryRuntimeConfig;
exports.schemaLogFilter = schemaLogFilter;
exports.serializeDateTime = serializeDateTime;
exports.serializeFloat = serializeFloat;
exports.take = take;
exports.throwDefaultError = throwDefaultError;
exports.waiterServiceDefaults = waiterServiceDefaults;
exports.withBaseException = withBaseException;


/***/ }),

/***/ 721:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { homedir } = __nccwpck_require__(161);
const { sep, join } = __nccwpck_require__(760);
const { createHash } = __nccwpck_require__(598);
const { readFile: readFile$1 } = __nccwpck_require__(455);
const { IniSectionType } = __nccwpck_require__(976);
const { normalizeProvider } = __nccwpck_require__(556);
const { isValidHostLabel } = __nccwpck_require__(816);

class ProviderError extends Error {
    name = "ProviderError";
    tryNextLink;
    constructor(message, options = true) {
        let logger;
        let tryNextLink = true;
        if (typeof options === "boolean") {
            logger = undefined;
            tryNextLink = options;
        }
        else if (options != null && typeof options === "object") {
            logger = options.logger;
            tryNextLink = options.tryNextLink ?? true;
        }
        super(message);
        this.tryNextLink = tryNextLink;
        Object.setPrototypeOf(this, ProviderError.prototype);
        logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
    }
    static from(error, options = true) {
        return Object.assign(new this(error.message, options), error);
    }
}

class CredentialsProviderError extends ProviderError {
    name = "CredentialsProviderError";
    constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, CredentialsProviderError.prototype);
    }
}

class TokenProviderError extends ProviderError {
    name = "TokenProviderError";
    constructor(message, options = true) {
        super(message, options);
        Object.setPrototypeOf(this, TokenProviderError.prototype);
    }
}

const chain = (...providers) => async () => {
    if (providers.length === 0) {
        throw new ProviderError("No providers in chain");
    }
    let lastProviderError;
    for (const provider of providers) {
        try {
            const credentials = await provider();
            return credentials;
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

const fromValue = (staticValue) => () => Promise.resolve(staticValue);

const memoize = (provider, isExpired, requiresRefresh) => {
    let resolved;
    let pending;
    let hasResult;
    let isConstant = false;
    const coalesceProvider = async () => {
        if (!pending) {
            pending = provider();
        }
        try {
            resolved = await pending;
            hasResult = true;
            isConstant = false;
        }
        finally {
            pending = undefined;
        }
        return resolved;
    };
    if (isExpired === undefined) {
        return async (options) => {
            if (!hasResult || options?.forceRefresh) {
                resolved = await coalesceProvider();
            }
            return resolved;
        };
    }
    return async (options) => {
        if (!hasResult || options?.forceRefresh) {
            resolved = await coalesceProvider();
        }
        if (isConstant) {
            return resolved;
        }
        if (requiresRefresh && !requiresRefresh(resolved)) {
            isConstant = true;
            return resolved;
        }
        if (isExpired(resolved)) {
            await coalesceProvider();
            return resolved;
        }
        return resolved;
    };
};

const booleanSelector = (obj, key, type) => {
    if (!(key in obj)) {
        return undefined;
    }
    if (obj[key] === "true") {
        return true;
    }
    if (obj[key] === "false") {
        return false;
    }
    throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
};

const numberSelector = (obj, key, type) => {
    if (!(key in obj)) {
        return undefined;
    }
    const numberValue = parseInt(obj[key], 10);
    if (Number.isNaN(numberValue)) {
        throw new TypeError(`Cannot load ${type} '${key}'. Expected number, got '${obj[key]}'.`);
    }
    return numberValue;
};

var SelectorType;
(function (SelectorType) {
    SelectorType["ENV"] = "env";
    SelectorType["CONFIG"] = "shared config entry";
})(SelectorType || (SelectorType = {}));

const homeDirCache = {};
const getHomeDirCacheKey = () => {
    if (process && process.geteuid) {
        return `${process.geteuid()}`;
    }
    return "DEFAULT";
};
const getHomeDir = () => {
    const { HOME, USERPROFILE, HOMEPATH, HOMEDRIVE = `C:${sep}` } = process.env;
    if (HOME) {
        return HOME;
    }
    if (USERPROFILE) {
        return USERPROFILE;
    }
    if (HOMEPATH) {
        return `${HOMEDRIVE}${HOMEPATH}`;
    }
    const homeDirCacheKey = getHomeDirCacheKey();
    if (!homeDirCache[homeDirCacheKey]) {
        homeDirCache[homeDirCacheKey] = homedir();
    }
    return homeDirCache[homeDirCacheKey];
};

const ENV_PROFILE = "AWS_PROFILE";
const DEFAULT_PROFILE = "default";
const getProfileName = (init) => init.profile || process.env[ENV_PROFILE] || DEFAULT_PROFILE;

const getSSOTokenFilepath = (id) => {
    const hasher = createHash("sha1");
    const cacheName = hasher.update(id).digest("hex");
    return join(getHomeDir(), ".aws", "sso", "cache", `${cacheName}.json`);
};

const tokenIntercept = {};
const getSSOTokenFromFile = async (id) => {
    if (tokenIntercept[id]) {
        return tokenIntercept[id];
    }
    const ssoTokenFilepath = getSSOTokenFilepath(id);
    const ssoTokenText = await readFile$1(ssoTokenFilepath, "utf8");
    return JSON.parse(ssoTokenText);
};

const CONFIG_PREFIX_SEPARATOR = ".";

const getConfigData = (data) => Object.entries(data)
    .filter(([key]) => {
    const indexOfSeparator = key.indexOf(CONFIG_PREFIX_SEPARATOR);
    if (indexOfSeparator === -1) {
        return false;
    }
    return Object.values(IniSectionType).includes(key.substring(0, indexOfSeparator));
})
    .reduce((acc, [key, value]) => {
    const indexOfSeparator = key.indexOf(CONFIG_PREFIX_SEPARATOR);
    const updatedKey = key.substring(0, indexOfSeparator) === IniSectionType.PROFILE ? key.substring(indexOfSeparator + 1) : key;
    acc[updatedKey] = value;
    return acc;
}, {
    ...(data.default && { default: data.default }),
});

const ENV_CONFIG_PATH = "AWS_CONFIG_FILE";
const getConfigFilepath = () => process.env[ENV_CONFIG_PATH] || join(getHomeDir(), ".aws", "config");

const ENV_CREDENTIALS_PATH = "AWS_SHARED_CREDENTIALS_FILE";
const getCredentialsFilepath = () => process.env[ENV_CREDENTIALS_PATH] || join(getHomeDir(), ".aws", "credentials");

const prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/;
const profileNameBlockList = ["__proto__", "profile __proto__"];
const parseIni = (iniData) => {
    const map = {};
    let currentSection;
    let currentSubSection;
    for (const iniLine of iniData.split(/\r?\n/)) {
        const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
        const isSection = trimmedLine[0] === "[" && trimmedLine[trimmedLine.length - 1] === "]";
        if (isSection) {
            currentSection = undefined;
            currentSubSection = undefined;
            const sectionName = trimmedLine.substring(1, trimmedLine.length - 1);
            const matches = prefixKeyRegex.exec(sectionName);
            if (matches) {
                const [, prefix, , name] = matches;
                if (Object.values(IniSectionType).includes(prefix)) {
                    currentSection = [prefix, name].join(CONFIG_PREFIX_SEPARATOR);
                }
            }
            else {
                currentSection = sectionName;
            }
            if (profileNameBlockList.includes(sectionName)) {
                throw new Error(`Found invalid profile name "${sectionName}"`);
            }
        }
        else if (currentSection) {
            const indexOfEqualsSign = trimmedLine.indexOf("=");
            if (![0, -1].includes(indexOfEqualsSign)) {
                const [name, value] = [
                    trimmedLine.substring(0, indexOfEqualsSign).trim(),
                    trimmedLine.substring(indexOfEqualsSign + 1).trim(),
                ];
                if (value === "") {
                    currentSubSection = name;
                }
                else {
                    if (currentSubSection && iniLine.trimStart() === iniLine) {
                        currentSubSection = undefined;
                    }
                    map[currentSection] = map[currentSection] || {};
                    const key = currentSubSection ? [currentSubSection, name].join(CONFIG_PREFIX_SEPARATOR) : name;
                    map[currentSection][key] = value;
                }
            }
        }
    }
    return map;
};

const filePromises = {};
const fileIntercept = {};
const readFile = (path, options) => {
    if (fileIntercept[path] !== undefined) {
        return fileIntercept[path];
    }
    if (!filePromises[path] || options?.ignoreCache) {
        filePromises[path] = readFile$1(path, "utf8");
    }
    return filePromises[path];
};

const swallowError$1 = () => ({});
const loadSharedConfigFiles = async (init = {}) => {
    const { filepath = getCredentialsFilepath(), configFilepath = getConfigFilepath() } = init;
    const homeDir = getHomeDir();
    const relativeHomeDirPrefix = "~/";
    let resolvedFilepath = filepath;
    if (filepath.startsWith(relativeHomeDirPrefix)) {
        resolvedFilepath = join(homeDir, filepath.slice(2));
    }
    let resolvedConfigFilepath = configFilepath;
    if (configFilepath.startsWith(relativeHomeDirPrefix)) {
        resolvedConfigFilepath = join(homeDir, configFilepath.slice(2));
    }
    const parsedFiles = await Promise.all([
        readFile(resolvedConfigFilepath, {
            ignoreCache: init.ignoreCache,
        })
            .then(parseIni)
            .then(getConfigData)
            .catch(swallowError$1),
        readFile(resolvedFilepath, {
            ignoreCache: init.ignoreCache,
        })
            .then(parseIni)
            .catch(swallowError$1),
    ]);
    return {
        configFile: parsedFiles[0],
        credentialsFile: parsedFiles[1],
    };
};

const getSsoSessionData = (data) => Object.entries(data)
    .filter(([key]) => key.startsWith(IniSectionType.SSO_SESSION + CONFIG_PREFIX_SEPARATOR))
    .reduce((acc, [key, value]) => ({ ...acc, [key.substring(key.indexOf(CONFIG_PREFIX_SEPARATOR) + 1)]: value }), {});

const swallowError = () => ({});
const loadSsoSessionData = async (init = {}) => readFile(init.configFilepath ?? getConfigFilepath())
    .then(parseIni)
    .then(getSsoSessionData)
    .catch(swallowError);

const mergeConfigFiles = (...files) => {
    const merged = {};
    for (const file of files) {
        for (const [key, values] of Object.entries(file)) {
            if (merged[key] !== undefined) {
                Object.assign(merged[key], values);
            }
            else {
                merged[key] = values;
            }
        }
    }
    return merged;
};

const parseKnownFiles = async (init) => {
    const parsedFiles = await loadSharedConfigFiles(init);
    return mergeConfigFiles(parsedFiles.configFile, parsedFiles.credentialsFile);
};

const externalDataInterceptor = {
    getFileRecord() {
        return fileIntercept;
    },
    interceptFile(path, contents) {
        fileIntercept[path] = Promise.resolve(contents);
    },
    getTokenRecord() {
        return tokenIntercept;
    },
    interceptToken(id, contents) {
        tokenIntercept[id] = contents;
    },
};

function getSelectorName(functionString) {
    try {
        const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
        constants.delete("CONFIG");
        constants.delete("CONFIG_PREFIX_SEPARATOR");
        constants.delete("ENV");
        return [...constants].join(", ");
    }
    catch (ignored) {
        return functionString;
    }
}

const fromEnv = (envVarSelector, options) => async () => {
    try {
        const config = envVarSelector(process.env, options);
        if (config === undefined) {
            throw new Error();
        }
        return config;
    }
    catch (e) {
        throw new CredentialsProviderError(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, { logger: options?.logger });
    }
};

const fromSharedConfigFiles = (configSelector, { preferredFile = "config", ...init } = {}) => async () => {
    const profile = getProfileName(init);
    const { configFile, credentialsFile } = await loadSharedConfigFiles(init);
    const profileFromCredentials = credentialsFile[profile] || {};
    const profileFromConfig = configFile[profile] || {};
    const mergedProfile = preferredFile === "config"
        ? { ...profileFromCredentials, ...profileFromConfig }
        : { ...profileFromConfig, ...profileFromCredentials };
    try {
        const cfgFile = preferredFile === "config" ? configFile : credentialsFile;
        const configValue = configSelector(mergedProfile, cfgFile);
        if (configValue === undefined) {
            throw new Error();
        }
        return configValue;
    }
    catch (e) {
        throw new CredentialsProviderError(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, { logger: init.logger });
    }
};

const isFunction = (func) => typeof func === "function";
const fromStatic = (defaultValue) => isFunction(defaultValue) ? async () => await defaultValue() : fromValue(defaultValue);

const loadConfig = ({ environmentVariableSelector, configFileSelector, default: defaultValue }, configuration = {}) => {
    const { signingName, logger } = configuration;
    const envOptions = { signingName, logger };
    return memoize(chain(fromEnv(environmentVariableSelector, envOptions), fromSharedConfigFiles(configFileSelector, configuration), fromStatic(defaultValue)));
};

const ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT";
const CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint";
const DEFAULT_USE_DUALSTACK_ENDPOINT = false;
const NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
    configFileSelector: (profile) => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
    default: false,
};
const nodeDualstackConfigSelectors = {
    environmentVariableSelector: (env) => booleanSelector(env, ENV_USE_DUALSTACK_ENDPOINT, SelectorType.ENV),
    configFileSelector: (profile) => booleanSelector(profile, CONFIG_USE_DUALSTACK_ENDPOINT, SelectorType.CONFIG),
    default: undefined,
};

const ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT";
const CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint";
const DEFAULT_USE_FIPS_ENDPOINT = false;
const NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
    configFileSelector: (profile) => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
    default: false,
};
const nodeFipsConfigSelectors = {
    environmentVariableSelector: (env) => booleanSelector(env, ENV_USE_FIPS_ENDPOINT, SelectorType.ENV),
    configFileSelector: (profile) => booleanSelector(profile, CONFIG_USE_FIPS_ENDPOINT, SelectorType.CONFIG),
    default: undefined,
};

const resolveCustomEndpointsConfig = (input) => {
    const { tls, endpoint, urlParser, useDualstackEndpoint } = input;
    return Object.assign(input, {
        tls: tls ?? true,
        endpoint: normalizeProvider(typeof endpoint === "string" ? urlParser(endpoint) : endpoint),
        isCustomEndpoint: true,
        useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? false),
    });
};

const getEndpointFromRegion = async (input) => {
    const { tls = true } = input;
    const region = await input.region();
    const dnsHostRegex = new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/);
    if (!dnsHostRegex.test(region)) {
        throw new Error("Invalid region in client config");
    }
    const useDualstackEndpoint = await input.useDualstackEndpoint();
    const useFipsEndpoint = await input.useFipsEndpoint();
    const { hostname } = (await input.regionInfoProvider(region, { useDualstackEndpoint, useFipsEndpoint })) ?? {};
    if (!hostname) {
        throw new Error("Cannot resolve hostname from client config");
    }
    return input.urlParser(`${tls ? "https:" : "http:"}//${hostname}`);
};

const resolveEndpointsConfig = (input) => {
    const useDualstackEndpoint = normalizeProvider(input.useDualstackEndpoint ?? false);
    const { endpoint, useFipsEndpoint, urlParser, tls } = input;
    return Object.assign(input, {
        tls: tls ?? true,
        endpoint: endpoint
            ? normalizeProvider(typeof endpoint === "string" ? urlParser(endpoint) : endpoint)
            : () => getEndpointFromRegion({ ...input, useDualstackEndpoint, useFipsEndpoint }),
        isCustomEndpoint: !!endpoint,
        useDualstackEndpoint,
    });
};

const AWS_EXECUTION_ENV = "AWS_EXECUTION_ENV";
const AWS_REGION_ENV = "AWS_REGION";
const AWS_DEFAULT_REGION_ENV = "AWS_DEFAULT_REGION";
const ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
const DEFAULTS_MODE_OPTIONS = ["in-region", "cross-region", "mobile", "standard", "legacy"];
const IMDS_REGION_PATH = "/latest/meta-data/placement/region";
const IMDS_TOKEN_PATH = "/latest/api/token";
const X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token";
const X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";

const TIMEOUT_MS = 1000;
const NEG_CACHE_TTL_MS = 60_000;
let negativeCacheUntil = 0;
const getInstanceMetadataRegion = async () => {
    if (process.env[ENV_IMDS_DISABLED]) {
        return undefined;
    }
    if (Date.now() < negativeCacheUntil) {
        return undefined;
    }
    try {
        const endpoint = resolveImdsEndpoint();
        const token = (await imdsRequest({
            ...endpoint,
            path: IMDS_TOKEN_PATH,
            method: "PUT",
            headers: {
                [X_AWS_EC2_METADATA_TOKEN_TTL]: "21600",
            },
        })).toString();
        const region = (await imdsRequest({
            ...endpoint,
            path: IMDS_REGION_PATH,
            method: "GET",
            headers: {
                [X_AWS_EC2_METADATA_TOKEN]: token,
            },
        }))
            .toString()
            .trim();
        return region || cacheNegativeAndReturnUndefined();
    }
    catch {
        return cacheNegativeAndReturnUndefined();
    }
};
const cacheNegativeAndReturnUndefined = () => {
    negativeCacheUntil = Date.now() + NEG_CACHE_TTL_MS;
    return undefined;
};
const resolveImdsEndpoint = () => {
    const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
    if (envEndpoint) {
        const url = new URL(envEndpoint);
        return {
            hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
            port: url.port ? Number(url.port) : undefined,
        };
    }
    if (process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === "IPv6") {
        return { hostname: "fd00:ec2::254" };
    }
    return { hostname: "169.254.169.254" };
};
const imdsRequest = async (options) => {
    const { request } = __nccwpck_require__(67);
    return new Promise((resolve, reject) => {
        const req = request({
            hostname: options.hostname,
            port: options.port,
            path: options.path,
            method: options.method,
            headers: options.headers,
            timeout: TIMEOUT_MS,
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        req.on("error", (err) => {
            reject(err);
            req.destroy();
        });
        req.on("timeout", () => {
            reject(new Error("TimeoutError from instance metadata service"));
            req.destroy();
        });
        req.on("response", (res) => {
            const { statusCode = 400 } = res;
            if (statusCode < 200 || statusCode >= 300) {
                reject(Object.assign(new Error("Error response received from instance metadata service"), { statusCode }));
                req.destroy();
                return;
            }
            const chunks = [];
            res.on("data", (chunk) => chunks.push(chunk));
            res.on("end", () => {
                resolve(Buffer.concat(chunks));
                req.destroy();
            });
        });
        req.end();
    });
};

const REGION_ENV_NAME = "AWS_REGION";
const REGION_INI_NAME = "region";
const NODE_REGION_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => env[REGION_ENV_NAME],
    configFileSelector: (profile) => profile[REGION_INI_NAME],
    default: async () => {
        const region = await getInstanceMetadataRegion();
        if (region) {
            return region;
        }
        throw new Error("Region is missing");
    },
};
const NODE_REGION_CONFIG_FILE_OPTIONS = {
    preferredFile: "credentials",
};

const validRegions = new Set();
const checkRegion = (region, check = isValidHostLabel) => {
    if (!validRegions.has(region) && !check(region)) {
        if (region === "*") {
            console.warn(`@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.`);
        }
        else {
            throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);
        }
    }
    else {
        validRegions.add(region);
    }
};

const isFipsRegion = (region) => typeof region === "string" && (region.startsWith("fips-") || region.endsWith("-fips"));

const getRealRegion = (region) => isFipsRegion(region)
    ? ["fips-aws-global", "aws-fips"].includes(region)
        ? "us-east-1"
        : region.replace(/fips-(dkr-|prod-)?|-fips/, "")
    : region;

const resolveRegionConfig = (input) => {
    const { region, useFipsEndpoint } = input;
    if (!region) {
        throw new Error("Region is missing");
    }
    return Object.assign(input, {
        region: async () => {
            const providedRegion = typeof region === "function" ? await region() : region;
            const realRegion = getRealRegion(providedRegion);
            checkRegion(realRegion);
            return realRegion;
        },
        useFipsEndpoint: async () => {
            const providedRegion = typeof region === "string" ? region : await region();
            if (isFipsRegion(providedRegion)) {
                return true;
            }
            return typeof useFipsEndpoint !== "function" ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint();
        },
    });
};

const getHostnameFromVariants = (variants = [], { useFipsEndpoint, useDualstackEndpoint }) => variants.find(({ tags }) => useFipsEndpoint === tags.includes("fips") && useDualstackEndpoint === tags.includes("dualstack"))?.hostname;

const getResolvedHostname = (resolvedRegion, { regionHostname, partitionHostname }) => regionHostname
    ? regionHostname
    : partitionHostname
        ? partitionHostname.replace("{region}", resolvedRegion)
        : undefined;

const getResolvedPartition = (region, { partitionHash }) => Object.keys(partitionHash || {}).find((key) => partitionHash[key].regions.includes(region)) ?? "aws";

const getResolvedSigningRegion = (hostname, { signingRegion, regionRegex, useFipsEndpoint }) => {
    if (signingRegion) {
        return signingRegion;
    }
    else if (useFipsEndpoint) {
        const regionRegexJs = regionRegex.replace("\\\\", "\\").replace(/^\^/g, "\\.").replace(/\$$/g, "\\.");
        const regionRegexmatchArray = hostname.match(regionRegexJs);
        if (regionRegexmatchArray) {
            return regionRegexmatchArray[0].slice(1, -1);
        }
    }
};

const getRegionInfo = (region, { useFipsEndpoint = false, useDualstackEndpoint = false, signingService, regionHash, partitionHash, }) => {
    const partition = getResolvedPartition(region, { partitionHash });
    const resolvedRegion = region in regionHash ? region : (partitionHash[partition]?.endpoint ?? region);
    const hostnameOptions = { useFipsEndpoint, useDualstackEndpoint };
    const regionHostname = getHostnameFromVariants(regionHash[resolvedRegion]?.variants, hostnameOptions);
    const partitionHostname = getHostnameFromVariants(partitionHash[partition]?.variants, hostnameOptions);
    const hostname = getResolvedHostname(resolvedRegion, { regionHostname, partitionHostname });
    if (hostname === undefined) {
        throw new Error(`Endpoint resolution failed for: ${{ resolvedRegion, useFipsEndpoint, useDualstackEndpoint }}`);
    }
    const signingRegion = getResolvedSigningRegion(hostname, {
        signingRegion: regionHash[resolvedRegion]?.signingRegion,
        regionRegex: partitionHash[partition].regionRegex,
        useFipsEndpoint,
    });
    return {
        partition,
        signingService,
        hostname,
        ...(signingRegion && { signingRegion }),
        ...(regionHash[resolvedRegion]?.signingService && {
            signingService: regionHash[resolvedRegion].signingService,
        }),
    };
};

const AWS_DEFAULTS_MODE_ENV = "AWS_DEFAULTS_MODE";
const AWS_DEFAULTS_MODE_CONFIG = "defaults_mode";
const NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => {
        return env[AWS_DEFAULTS_MODE_ENV];
    },
    configFileSelector: (profile) => {
        return profile[AWS_DEFAULTS_MODE_CONFIG];
    },
    default: "legacy",
};

const resolveDefaultsModeConfig = ({ region = loadConfig(NODE_REGION_CONFIG_OPTIONS), defaultsMode = loadConfig(NODE_DEFAULTS_MODE_CONFIG_OPTIONS), } = {}) => memoize(async () => {
    const mode = typeof defaultsMode === "function" ? await defaultsMode() : defaultsMode;
    switch (mode?.toLowerCase()) {
        case "auto":
            return resolveNodeDefaultsModeAuto(region);
        case "in-region":
        case "cross-region":
        case "mobile":
        case "standard":
        case "legacy":
            return Promise.resolve(mode?.toLocaleLowerCase());
        case undefined:
            return Promise.resolve("legacy");
        default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${DEFAULTS_MODE_OPTIONS.join(", ")}, got ${mode}`);
    }
});
const resolveNodeDefaultsModeAuto = async (clientRegion) => {
    if (clientRegion) {
        const resolvedRegion = typeof clientRegion === "function" ? await clientRegion() : clientRegion;
        const inferredRegion = await inferPhysicalRegion();
        if (!inferredRegion) {
            return "standard";
        }
        if (resolvedRegion === inferredRegion) {
            return "in-region";
        }
        else {
            return "cross-region";
        }
    }
    return "standard";
};
const inferPhysicalRegion = async () => {
    if (process.env[AWS_EXECUTION_ENV] && (process.env[AWS_REGION_ENV] || process.env[AWS_DEFAULT_REGION_ENV])) {
        return process.env[AWS_REGION_ENV] ?? process.env[AWS_DEFAULT_REGION_ENV];
    }
    return getInstanceMetadataRegion();
};

exports.CONFIG_PREFIX_SEPARATOR = CONFIG_PREFIX_SEPARATOR;
exports.CONFIG_USE_DUALSTACK_ENDPOINT = CONFIG_USE_DUALSTACK_ENDPOINT;
exports.CONFIG_USE_FIPS_ENDPOINT = CONFIG_USE_FIPS_ENDPOINT;
exports.CredentialsProviderError = CredentialsProviderError;
exports.DEFAULT_PROFILE = DEFAULT_PROFILE;
exports.DEFAULT_USE_DUALSTACK_ENDPOINT = DEFAULT_USE_DUALSTACK_ENDPOINT;
exports.DEFAULT_USE_FIPS_ENDPOINT = DEFAULT_USE_FIPS_ENDPOINT;
exports.ENV_PROFILE = ENV_PROFILE;
exports.ENV_USE_DUALSTACK_ENDPOINT = ENV_USE_DUALSTACK_ENDPOINT;
exports.ENV_USE_FIPS_ENDPOINT = ENV_USE_FIPS_ENDPOINT;
exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS;
exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS;
exports.ProviderError = ProviderError;
exports.REGION_ENV_NAME = REGION_ENV_NAME;
exports.REGION_INI_NAME = REGION_INI_NAME;
exports.SelectorType = SelectorType;
exports.TokenProviderError = TokenProviderError;
exports.booleanSelector = booleanSelector;
exports.chain = chain;
exports.externalDataInterceptor = externalDataInterceptor;
exports.fromStatic = fromStatic;
exports.fromValue = fromValue;
exports.getHomeDir = getHomeDir;
exports.getProfileName = getProfileName;
exports.getRegionInfo = getRegionInfo;
exports.getSSOTokenFilepath = getSSOTokenFilepath;
exports.getSSOTokenFromFile = getSSOTokenFromFile;
exports.loadConfig = loadConfig;
exports.loadSharedConfigFiles = loadSharedConfigFiles;
exports.loadSsoSessionData = loadSsoSessionData;
exports.memoize = memoize;
exports.nodeDualstackConfigSelectors = nodeDualstackConfigSelectors;
exports.nodeFipsConfigSelectors = nodeFipsConfigSelectors;
exports.numberSelector = numberSelector;
exports.parseKnownFiles = parseKnownFiles;
exports.readFile = readFile;
exports.resolveCustomEndpointsConfig = resolveCustomEndpointsConfig;
exports.resolveDefaultsModeConfig = resolveDefaultsModeConfig;
exports.resolveEndpointsConfig = resolveEndpointsConfig;
exports.resolveRegionConfig = resolveRegionConfig;


/***/ }),

/***/ 43:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { CONFIG_PREFIX_SEPARATOR, booleanSelector, SelectorType, loadConfig } = __nccwpck_require__(721);
const { toEndpointV1, getSmithyContext, normalizeProvider, isValidHostLabel, hasOwn } = __nccwpck_require__(816);
exports.isValidHostLabel = isValidHostLabel;
exports.middlewareEndpointToEndpointV1 = toEndpointV1;
exports.toEndpointV1 = toEndpointV1;
const { EndpointURLScheme } = __nccwpck_require__(976);

const ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL";
const CONFIG_ENDPOINT_URL = "endpoint_url";
const getEndpointUrlConfig = (serviceId) => ({
    environmentVariableSelector: (env) => {
        const serviceSuffixParts = serviceId.split(" ").map((w) => w.toUpperCase());
        const serviceEndpointUrl = env[[ENV_ENDPOINT_URL, ...serviceSuffixParts].join("_")];
        if (serviceEndpointUrl) {
            return serviceEndpointUrl;
        }
        const endpointUrl = env[ENV_ENDPOINT_URL];
        if (endpointUrl) {
            return endpointUrl;
        }
        return undefined;
    },
    configFileSelector: (profile, config) => {
        if (profile.services) {
            const servicesSectionKey = ["services", profile.services].join(CONFIG_PREFIX_SEPARATOR);
            if (!config || !config[servicesSectionKey]) {
                throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
            }
            const servicesSection = config[servicesSectionKey];
            const servicePrefixParts = serviceId.split(" ").map((w) => w.toLowerCase());
            const endpointUrl = servicesSection[[servicePrefixParts.join("_"), CONFIG_ENDPOINT_URL].join(CONFIG_PREFIX_SEPARATOR)];
            if (endpointUrl) {
                return endpointUrl;
            }
        }
        const endpointUrl = profile[CONFIG_ENDPOINT_URL];
        if (endpointUrl) {
            return endpointUrl;
        }
        return undefined;
    },
    default: undefined,
});

const ENV_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
const CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS = "ignore_configured_endpoint_urls";
const ignoreConfiguredEndpointUrlsConfigSelectors = {
    environmentVariableSelector: (env) => booleanSelector(env, ENV_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.ENV),
    configFileSelector: (profile) => booleanSelector(profile, CONFIG_IGNORE_CONFIGURED_ENDPOINT_URLS, SelectorType.CONFIG),
    default: false,
};

const getEndpointFromConfig = async (serviceId) => {
    const ignore = await loadConfig(ignoreConfiguredEndpointUrlsConfigSelectors)();
    if (ignore) {
        return undefined;
    }
    return loadConfig(getEndpointUrlConfig(serviceId ?? ""))();
};

const resolveParamsForS3 = async (endpointParams) => {
    const bucket = endpointParams?.Bucket || "";
    if (typeof endpointParams.Bucket === "string") {
        endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"));
    }
    if (isArnBucketName(bucket)) {
        if (endpointParams.ForcePathStyle === true) {
            throw new Error("Path-style addressing cannot be used with ARN buckets");
        }
    }
    else if (!isDnsCompatibleBucketName(bucket) ||
        (bucket.indexOf(".") !== -1 && !String(endpointParams.Endpoint).startsWith("http:")) ||
        bucket.toLowerCase() !== bucket ||
        bucket.length < 3) {
        endpointParams.ForcePathStyle = true;
    }
    if (endpointParams.DisableMultiRegionAccessPoints) {
        endpointParams.disableMultiRegionAccessPoints = true;
        endpointParams.DisableMRAP = true;
    }
    return endpointParams;
};
const DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/;
const DOTS_PATTERN = /\.\./;
const isDnsCompatibleBucketName = (bucketName) => DOMAIN_PATTERN.test(bucketName) && !IP_ADDRESS_PATTERN.test(bucketName) && !DOTS_PATTERN.test(bucketName);
const isArnBucketName = (bucketName) => {
    const [arn, partition, service, , , bucket] = bucketName.split(":");
    const isArn = arn === "arn" && bucketName.split(":").length >= 6;
    const isValidArn = Boolean(isArn && partition && service && bucket);
    if (isArn && !isValidArn) {
        throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
    }
    return isValidArn;
};

const createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = false) => {
    const configProvider = async () => {
        let configValue;
        if (isClientContextParam) {
            const clientContextParams = config.clientContextParams;
            const nestedValue = clientContextParams?.[configKey];
            configValue = nestedValue ?? config[configKey] ?? config[canonicalEndpointParamKey];
        }
        else {
            configValue = config[configKey] ?? config[canonicalEndpointParamKey];
        }
        if (typeof configValue === "function") {
            return configValue();
        }
        return configValue;
    };
    if (configKey === "credentialScope" || canonicalEndpointParamKey === "CredentialScope") {
        return async () => {
            const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
            const configValue = credentials?.credentialScope ?? credentials?.CredentialScope;
            return configValue;
        };
    }
    if (configKey === "accountId" || canonicalEndpointParamKey === "AccountId") {
        return async () => {
            const credentials = typeof config.credentials === "function" ? await config.credentials() : config.credentials;
            const configValue = credentials?.accountId ?? credentials?.AccountId;
            return configValue;
        };
    }
    if (configKey === "endpoint" || canonicalEndpointParamKey === "endpoint") {
        return async () => {
            if (config.isCustomEndpoint === false) {
                return undefined;
            }
            const endpoint = await configProvider();
            if (endpoint && typeof endpoint === "object") {
                if ("url" in endpoint) {
                    return endpoint.url.href;
                }
                if ("hostname" in endpoint) {
                    const { protocol, hostname, port, path } = endpoint;
                    return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
                }
            }
            return endpoint;
        };
    }
    return configProvider;
};

function bindGetEndpointFromInstructions(getEndpointFromConfig) {
    return async (commandInput, instructionsSupplier, clientConfig, context) => {
        if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
            let endpointFromConfig;
            if (clientConfig.serviceConfiguredEndpoint) {
                endpointFromConfig = await clientConfig.serviceConfiguredEndpoint();
            }
            else {
                endpointFromConfig = await getEndpointFromConfig(clientConfig.serviceId);
            }
            if (endpointFromConfig) {
                clientConfig.endpoint = () => Promise.resolve(toEndpointV1(endpointFromConfig));
                clientConfig.isCustomEndpoint = true;
                context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`);
            }
        }
        const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
        if (typeof clientConfig.endpointProvider !== "function") {
            throw new Error("config.endpointProvider is not set.");
        }
        const endpoint = clientConfig.endpointProvider(endpointParams, context);
        if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
            const customEndpoint = await clientConfig.endpoint();
            if (customEndpoint?.headers) {
                endpoint.headers ??= {};
                for (const [name, value] of Object.entries(customEndpoint.headers)) {
                    endpoint.headers[name] = Array.isArray(value) ? value : [value];
                }
            }
        }
        return endpoint;
    };
}
const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
    const endpointParams = {};
    const instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
    for (const [name, instruction] of Object.entries(instructions)) {
        switch (instruction.type) {
            case "staticContextParams":
                endpointParams[name] = instruction.value;
                break;
            case "contextParams":
                endpointParams[name] = commandInput[instruction.name];
                break;
            case "clientContextParams":
            case "builtInParams":
                endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, instruction.type !== "builtInParams")();
                break;
            case "operationContextParams":
                endpointParams[name] = instruction.get(commandInput);
                break;
            default:
                throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
        }
    }
    if (Object.keys(instructions).length === 0) {
        Object.assign(endpointParams, clientConfig);
    }
    if (String(clientConfig.serviceId).toLowerCase() === "s3") {
        await resolveParamsForS3(endpointParams);
    }
    return endpointParams;
};

function setFeature(context, feature, value) {
    if (!context.__smithy_context) {
        context.__smithy_context = { features: {} };
    }
    else if (!context.__smithy_context.features) {
        context.__smithy_context.features = {};
    }
    context.__smithy_context.features[feature] = value;
}
function bindEndpointMiddleware(getEndpointFromConfig) {
    const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
    return ({ config, instructions, }) => {
        return (next, context) => async (args) => {
            if (config.isCustomEndpoint) {
                setFeature(context, "ENDPOINT_OVERRIDE", "N");
            }
            const endpoint = await getEndpointFromInstructions(args.input, {
                getEndpointParameterInstructions() {
                    return instructions;
                },
            }, { ...config }, context);
            context.endpointV2 = endpoint;
            context.authSchemes = endpoint.properties?.authSchemes;
            const authScheme = context.authSchemes?.[0];
            if (authScheme) {
                context["signing_region"] = authScheme.signingRegion;
                context["signing_service"] = authScheme.signingName;
                const smithyContext = getSmithyContext(context);
                const httpAuthOption = smithyContext?.selectedHttpAuthScheme?.httpAuthOption;
                if (httpAuthOption) {
                    httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
                        signing_region: authScheme.signingRegion,
                        signingRegion: authScheme.signingRegion,
                        signing_service: authScheme.signingName,
                        signingName: authScheme.signingName,
                        signingRegionSet: authScheme.signingRegionSet,
                    }, authScheme.properties);
                }
            }
            return next({
                ...args,
            });
        };
    };
}

const serializerMiddlewareOption = {
    name: "serializerMiddleware"};
const endpointMiddlewareOptions = {
    step: "serialize",
    tags: ["ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT"],
    name: "endpointV2Middleware",
    override: true,
    relation: "before",
    toMiddleware: serializerMiddlewareOption.name,
};
function bindGetEndpointPlugin(getEndpointFromConfig) {
    const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
    return (config, instructions) => ({
        applyToStack: (clientStack) => {
            clientStack.addRelativeTo(endpointMiddleware({
                config,
                instructions,
            }), endpointMiddlewareOptions);
        },
    });
}

function bindResolveEndpointConfig(getEndpointFromConfig) {
    return (input) => {
        const tls = input.tls ?? true;
        const { endpoint, useDualstackEndpoint, useFipsEndpoint } = input;
        const customEndpointProvider = endpoint != null ? async () => toEndpointV1(await normalizeProvider(endpoint)()) : undefined;
        const isCustomEndpoint = !!endpoint;
        const resolvedConfig = Object.assign(input, {
            endpoint: customEndpointProvider,
            tls,
            isCustomEndpoint,
            useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? false),
            useFipsEndpoint: normalizeProvider(useFipsEndpoint ?? false),
            ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls,
        });
        let configuredEndpointPromise = undefined;
        resolvedConfig.serviceConfiguredEndpoint = async () => {
            if (input.serviceId && !configuredEndpointPromise) {
                configuredEndpointPromise = getEndpointFromConfig(input.serviceId);
            }
            return configuredEndpointPromise;
        };
        return resolvedConfig;
    };
}

class BinaryDecisionDiagram {
    nodes;
    root;
    conditions;
    results;
    constructor(bdd, root, conditions, results) {
        this.nodes = bdd;
        this.root = root;
        this.conditions = conditions;
        this.results = results;
    }
    static from(bdd, root, conditions, results) {
        return new BinaryDecisionDiagram(bdd, root, conditions, results);
    }
}

class EndpointCache {
    capacity;
    data = new Map();
    parameters = [];
    constructor({ size, params }) {
        this.capacity = size ?? 50;
        if (params) {
            this.parameters = params;
        }
    }
    get(endpointParams, resolver) {
        const key = this.hash(endpointParams);
        if (key === false) {
            return resolver();
        }
        if (!this.data.has(key)) {
            if (this.data.size > this.capacity + 10) {
                const keys = this.data.keys();
                let i = 0;
                while (true) {
                    const { value, done } = keys.next();
                    this.data.delete(value);
                    if (done || ++i > 10) {
                        break;
                    }
                }
            }
            this.data.set(key, resolver());
        }
        return this.data.get(key);
    }
    size() {
        return this.data.size;
    }
    hash(endpointParams) {
        let buffer = "";
        const { parameters } = this;
        if (parameters.length === 0) {
            return false;
        }
        for (const param of parameters) {
            const raw = endpointParams[param];
            const val = raw == null ? "\0" : String(raw);
            if (val.includes("|;")) {
                return false;
            }
            buffer += val + "|;";
        }
        return buffer;
    }
}

class EndpointError extends Error {
    constructor(message) {
        super(message);
        this.name = "EndpointError";
    }
}

const debugId = "endpoints";

function toDebugString(input) {
    if (typeof input !== "object" || input == null) {
        return input;
    }
    if ("ref" in input) {
        return `$${toDebugString(input.ref)}`;
    }
    if ("fn" in input) {
        return `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})`;
    }
    return JSON.stringify(input, null, 2);
}

const customEndpointFunctions = {};

const booleanEquals = (value1, value2) => value1 === value2;

function coalesce(...args) {
    for (const arg of args) {
        if (arg != null) {
            return arg;
        }
    }
    return undefined;
}

const getAttrPathList = (path) => {
    const parts = path.split(".");
    const pathList = [];
    for (const part of parts) {
        const squareBracketIndex = part.indexOf("[");
        if (squareBracketIndex !== -1) {
            if (part.indexOf("]") !== part.length - 1) {
                throw new EndpointError(`Path: '${path}' does not end with ']'`);
            }
            const arrayIndex = part.slice(squareBracketIndex + 1, -1);
            if (Number.isNaN(parseInt(arrayIndex))) {
                throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
            }
            if (squareBracketIndex !== 0) {
                pathList.push(part.slice(0, squareBracketIndex));
            }
            pathList.push(arrayIndex);
        }
        else {
            pathList.push(part);
        }
    }
    return pathList;
};

const getAttr = (value, path) => getAttrPathList(path).reduce((acc, index) => {
    if (typeof acc !== "object") {
        throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`);
    }
    else if (Array.isArray(acc)) {
        const i = parseInt(index);
        return acc[i < 0 ? acc.length + i : i];
    }
    return acc[index];
}, value);

const isSet = (value) => value != null;

function ite(condition, trueValue, falseValue) {
    return condition ? trueValue : falseValue;
}

const not = (value) => !value;

const IP_V4_REGEX = new RegExp(`^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$`);
const isIpAddress = (value) => IP_V4_REGEX.test(value) || (value.startsWith("[") && value.endsWith("]"));

const DEFAULT_PORTS = {
    [EndpointURLScheme.HTTP]: 80,
    [EndpointURLScheme.HTTPS]: 443,
};
const parseURL = (value) => {
    const whatwgURL = (() => {
        try {
            if (value instanceof URL) {
                return value;
            }
            if (typeof value === "object" && "hostname" in value) {
                const { hostname, port, protocol = "", path = "", query = {} } = value;
                const url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
                url.search = Object.entries(query)
                    .map(([k, v]) => `${k}=${v}`)
                    .join("&");
                return url;
            }
            return new URL(value);
        }
        catch (ignored) {
            return null;
        }
    })();
    if (!whatwgURL) {
        console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`);
        return null;
    }
    const urlString = whatwgURL.href;
    const { host, hostname, pathname, protocol, search } = whatwgURL;
    if (search) {
        return null;
    }
    const scheme = protocol.slice(0, -1);
    if (!Object.values(EndpointURLScheme).includes(scheme)) {
        return null;
    }
    const isIp = isIpAddress(hostname);
    const inputContainsDefaultPort = urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) ||
        (typeof value === "string" && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`));
    const authority = `${host}${inputContainsDefaultPort ? `:${DEFAULT_PORTS[scheme]}` : ``}`;
    return {
        scheme,
        authority,
        path: pathname,
        normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
        isIp,
    };
};

function split(value, delimiter, limit) {
    if (limit === 1) {
        return [value];
    }
    if (value === "") {
        return [""];
    }
    const parts = value.split(delimiter);
    if (limit === 0) {
        return parts;
    }
    return parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
}

const stringEquals = (value1, value2) => value1 === value2;

const substring = (input, start, stop, reverse) => {
    if (input == null || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input)) {
        return null;
    }
    if (!reverse) {
        return input.substring(start, stop);
    }
    return input.substring(input.length - stop, input.length - start);
};

const uriEncode = (value) => encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const endpointFunctions = {
    booleanEquals,
    coalesce,
    getAttr,
    isSet,
    isValidHostLabel,
    ite,
    not,
    parseURL,
    split,
    stringEquals,
    substring,
    uriEncode,
};

const evaluateTemplate = (template, options) => {
    const evaluatedTemplateArr = [];
    const { referenceRecord, endpointParams } = options;
    let currentIndex = 0;
    while (currentIndex < template.length) {
        const openingBraceIndex = template.indexOf("{", currentIndex);
        if (openingBraceIndex === -1) {
            evaluatedTemplateArr.push(template.slice(currentIndex));
            break;
        }
        evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
        const closingBraceIndex = template.indexOf("}", openingBraceIndex);
        if (closingBraceIndex === -1) {
            evaluatedTemplateArr.push(template.slice(openingBraceIndex));
            break;
        }
        if (template[openingBraceIndex + 1] === "{" && template[closingBraceIndex + 1] === "}") {
            evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex));
            currentIndex = closingBraceIndex + 2;
        }
        const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
        if (parameterName.includes("#")) {
            const [refName, attrName] = parameterName.split("#");
            evaluatedTemplateArr.push(getAttr((referenceRecord[refName] ?? endpointParams[refName]), attrName));
        }
        else {
            evaluatedTemplateArr.push((referenceRecord[parameterName] ?? endpointParams[parameterName]));
        }
        currentIndex = closingBraceIndex + 1;
    }
    return evaluatedTemplateArr.join("");
};

const getReferenceValue = ({ ref }, options) => {
    return options.referenceRecord[ref] ?? options.endpointParams[ref];
};

const evaluateExpression = (obj, keyName, options) => {
    if (typeof obj === "string") {
        return evaluateTemplate(obj, options);
    }
    else if (obj["fn"]) {
        return group$2.callFunction(obj, options);
    }
    else if (obj["ref"]) {
        return getReferenceValue(obj, options);
    }
    throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
};
const callFunction = ({ fn, argv }, options) => {
    const evaluatedArgs = Array(argv.length);
    for (let i = 0; i < evaluatedArgs.length; ++i) {
        const arg = argv[i];
        if (typeof arg === "boolean" || typeof arg === "number") {
            evaluatedArgs[i] = arg;
        }
        else {
            evaluatedArgs[i] = group$2.evaluateExpression(arg, "arg", options);
        }
    }
    const namespaceSeparatorIndex = fn.indexOf(".");
    if (namespaceSeparatorIndex !== -1) {
        const namespaceFunctions = customEndpointFunctions[fn.slice(0, namespaceSeparatorIndex)];
        const customFunction = namespaceFunctions?.[fn.slice(namespaceSeparatorIndex + 1)];
        if (typeof customFunction === "function") {
            return customFunction(...evaluatedArgs);
        }
    }
    const callable = endpointFunctions[fn];
    if (typeof callable === "function") {
        return callable(...evaluatedArgs);
    }
    throw new Error(`function ${fn} not loaded in endpointFunctions.`);
};
const group$2 = {
    evaluateExpression,
    callFunction,
};

const evaluateCondition = (condition, options) => {
    const { assign } = condition;
    if (assign && assign in options.referenceRecord) {
        throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
    }
    const value = callFunction(condition, options);
    options.logger?.debug?.(`${debugId} evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
    const result = value === "" ? true : !!value;
    if (assign != null) {
        return { result, toAssign: { name: assign, value } };
    }
    return { result };
};

const getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => {
    acc[headerKey] = headerVal.map((headerValEntry) => {
        const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
        if (typeof processedExpr !== "string") {
            throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
        }
        return processedExpr;
    });
    return acc;
}, {});

const getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => {
    acc[propertyKey] = group$1.getEndpointProperty(propertyVal, options);
    return acc;
}, {});
const getEndpointProperty = (property, options) => {
    if (Array.isArray(property)) {
        return property.map((propertyEntry) => getEndpointProperty(propertyEntry, options));
    }
    switch (typeof property) {
        case "string":
            return evaluateTemplate(property, options);
        case "object":
            if (property === null) {
                throw new EndpointError(`Unexpected endpoint property: ${property}`);
            }
            return group$1.getEndpointProperties(property, options);
        case "boolean":
            return property;
        default:
            throw new EndpointError(`Unexpected endpoint property type: ${typeof property}`);
    }
};
const group$1 = {
    getEndpointProperty,
    getEndpointProperties,
};

const getEndpointUrl = (endpointUrl, options) => {
    const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
    if (typeof expression === "string") {
        try {
            return new URL(expression);
        }
        catch (error) {
            console.error(`Failed to construct URL with ${expression}`, error);
            throw error;
        }
    }
    throw new EndpointError(`Endpoint URL must be a string, got ${typeof expression}`);
};

const RESULT = 100_000_000;
const decideEndpoint = (bdd, options) => {
    const { nodes, root, results, conditions } = bdd;
    let ref = root;
    const referenceRecord = {};
    const closure = {
        referenceRecord,
        endpointParams: options.endpointParams,
        logger: options.logger,
    };
    while (ref !== 1 && ref !== -1 && ref < RESULT) {
        const node_i = 3 * (Math.abs(ref) - 1);
        const [condition_i, highRef, lowRef] = [nodes[node_i], nodes[node_i + 1], nodes[node_i + 2]];
        const [fn, argv, assign] = conditions[condition_i];
        const evaluation = evaluateCondition({ fn, assign, argv }, closure);
        if (evaluation.toAssign) {
            const { name, value } = evaluation.toAssign;
            referenceRecord[name] = value;
        }
        ref = ref >= 0 === evaluation.result ? highRef : lowRef;
    }
    if (ref >= RESULT) {
        const result = results[ref - RESULT];
        if (result[0] === -1) {
            const [, errorExpression] = result;
            throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
        }
        const [url, properties, headers] = result;
        return {
            url: getEndpointUrl(url, closure),
            properties: getEndpointProperties(properties, closure),
            headers: getEndpointHeaders(headers ?? {}, closure),
        };
    }
    throw new EndpointError(`No matching endpoint.`);
};

const evaluateConditions = (conditions = [], options) => {
    const conditionsReferenceRecord = {};
    const conditionOptions = {
        ...options,
        referenceRecord: { ...options.referenceRecord },
    };
    let didAssign = false;
    for (const condition of conditions) {
        const { result, toAssign } = evaluateCondition(condition, conditionOptions);
        if (!result) {
            return { result };
        }
        if (toAssign) {
            didAssign = true;
            conditionsReferenceRecord[toAssign.name] = toAssign.value;
            conditionOptions.referenceRecord[toAssign.name] = toAssign.value;
            options.logger?.debug?.(`${debugId} assign: ${toAssign.name} := ${toDebugString(toAssign.value)}`);
        }
    }
    if (didAssign) {
        return { result: true, referenceRecord: conditionsReferenceRecord };
    }
    return { result: true };
};

const evaluateEndpointRule = (endpointRule, options) => {
    const { conditions, endpoint } = endpointRule;
    const { result, referenceRecord } = evaluateConditions(conditions, options);
    if (!result) {
        return;
    }
    const endpointRuleOptions = referenceRecord
        ? {
            ...options,
            referenceRecord: { ...options.referenceRecord, ...referenceRecord },
        }
        : options;
    const { url, properties, headers } = endpoint;
    options.logger?.debug?.(`${debugId} Resolving endpoint from template: ${toDebugString(endpoint)}`);
    const endpointToReturn = { url: getEndpointUrl(url, endpointRuleOptions) };
    if (headers != null) {
        endpointToReturn.headers = getEndpointHeaders(headers, endpointRuleOptions);
    }
    if (properties != null) {
        endpointToReturn.properties = getEndpointProperties(properties, endpointRuleOptions);
    }
    return endpointToReturn;
};

const evaluateErrorRule = (errorRule, options) => {
    const { conditions, error } = errorRule;
    const { result, referenceRecord } = evaluateConditions(conditions, options);
    if (!result) {
        return;
    }
    const errorRuleOptions = referenceRecord
        ? {
            ...options,
            referenceRecord: { ...options.referenceRecord, ...referenceRecord },
        }
        : options;
    throw new EndpointError(evaluateExpression(error, "Error", errorRuleOptions));
};

const evaluateRules = (rules, options) => {
    for (const rule of rules) {
        if (rule.type === "endpoint") {
            const endpointOrUndefined = evaluateEndpointRule(rule, options);
            if (endpointOrUndefined) {
                return endpointOrUndefined;
            }
        }
        else if (rule.type === "error") {
            evaluateErrorRule(rule, options);
        }
        else if (rule.type === "tree") {
            const endpointOrUndefined = group.evaluateTreeRule(rule, options);
            if (endpointOrUndefined) {
                return endpointOrUndefined;
            }
        }
        else {
            throw new EndpointError(`Unknown endpoint rule: ${rule}`);
        }
    }
    throw new EndpointError(`Rules evaluation failed`);
};
const evaluateTreeRule = (treeRule, options) => {
    const { conditions, rules } = treeRule;
    const { result, referenceRecord } = evaluateConditions(conditions, options);
    if (!result) {
        return;
    }
    const treeRuleOptions = referenceRecord
        ? { ...options, referenceRecord: { ...options.referenceRecord, ...referenceRecord } }
        : options;
    return group.evaluateRules(rules, treeRuleOptions);
};
const group = {
    evaluateRules,
    evaluateTreeRule,
};

const resolveEndpoint = (ruleSetObject, options) => {
    const { endpointParams, logger } = options;
    const { parameters, rules } = ruleSetObject;
    options.logger?.debug?.(`${debugId} Initial EndpointParams: ${toDebugString(endpointParams)}`);
    for (const paramKey in parameters) {
        if (!hasOwn(parameters, paramKey)) {
            continue;
        }
        const parameter = parameters[paramKey];
        const endpointParam = endpointParams[paramKey];
        if (endpointParam == null && parameter.default != null) {
            endpointParams[paramKey] = parameter.default;
            continue;
        }
        if (parameter.required && endpointParam == null) {
            throw new EndpointError(`Missing required parameter: '${paramKey}'`);
        }
    }
    const endpoint = evaluateRules(rules, { endpointParams, logger, referenceRecord: {} });
    options.logger?.debug?.(`${debugId} Resolved endpoint: ${toDebugString(endpoint)}`);
    return endpoint;
};

const resolveEndpointRequiredConfig = (input) => {
    const { endpoint } = input;
    if (endpoint === undefined) {
        input.endpoint = async () => {
            throw new Error("@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.");
        };
    }
    return input;
};

const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
const resolveEndpointConfig = bindResolveEndpointConfig(getEndpointFromConfig);
const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
const getEndpointPlugin = bindGetEndpointPlugin(getEndpointFromConfig);

exports.BinaryDecisionDiagram = BinaryDecisionDiagram;
exports.EndpointCache = EndpointCache;
exports.EndpointError = EndpointError;
exports.customEndpointFunctions = customEndpointFunctions;
exports.decideEndpoint = decideEndpoint;
exports.endpointMiddleware = endpointMiddleware;
exports.endpointMiddlewareOptions = endpointMiddlewareOptions;
exports.getEndpointFromInstructions = getEndpointFromInstructions;
exports.getEndpointPlugin = getEndpointPlugin;
exports.isIpAddress = isIpAddress;
exports.resolveEndpoint = resolveEndpoint;
exports.resolveEndpointConfig = resolveEndpointConfig;
exports.resolveEndpointRequiredConfig = resolveEndpointRequiredConfig;
exports.resolveParams = resolveParams;


/***/ }),

/***/ 869:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Crc32 } = __nccwpck_require__(704);
const { hasOwn } = __nccwpck_require__(816);
const { toHex, fromHex, toUtf8, fromUtf8 } = __nccwpck_require__(828);
const { Readable } = __nccwpck_require__(75);
const { TypeRegistry } = __nccwpck_require__(420);

class Int64 {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) {
            throw new Error("Int64 buffers must be exactly 8 bytes");
        }
    }
    static fromNumber(number) {
        if (number > 9_223_372_036_854_775_807 || number < -9223372036854776e3) {
            throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        }
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, remaining /= 256) {
            bytes[i] = remaining;
        }
        if (number < 0) {
            negate(bytes);
        }
        return new Int64(bytes);
    }
    valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 0b10000000;
        if (negative) {
            negate(bytes);
        }
        return parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
    }
    toString() {
        return String(this.valueOf());
    }
}
function negate(bytes) {
    for (let i = 0; i < 8; i++) {
        bytes[i] ^= 0xff;
    }
    for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) {
            break;
        }
    }
}

class HeaderMarshaller {
    toUtf8;
    fromUtf8;
    constructor(toUtf8, fromUtf8) {
        this.toUtf8 = toUtf8;
        this.fromUtf8 = fromUtf8;
    }
    format(headers) {
        const chunks = [];
        for (const headerName in headers) {
            if (!hasOwn(headers, headerName)) {
                continue;
            }
            const bytes = this.fromUtf8(headerName);
            if (bytes.byteLength > 255) {
                throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${bytes.byteLength}`);
            }
            chunks.push(Uint8Array.from([bytes.byteLength]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
            out.set(chunk, position);
            position += chunk.byteLength;
        }
        return out;
    }
    formatHeaderValue(header) {
        switch (header.type) {
            case "boolean":
                return Uint8Array.from([header.value ? 0 : 1]);
            case "byte":
                return Uint8Array.from([2, header.value]);
            case "short":
                const shortView = new DataView(new ArrayBuffer(3));
                shortView.setUint8(0, 3);
                shortView.setInt16(1, header.value, false);
                return new Uint8Array(shortView.buffer);
            case "integer":
                const intView = new DataView(new ArrayBuffer(5));
                intView.setUint8(0, 4);
                intView.setInt32(1, header.value, false);
                return new Uint8Array(intView.buffer);
            case "long":
                const longBytes = new Uint8Array(9);
                longBytes[0] = 5;
                longBytes.set(header.value.bytes, 1);
                return longBytes;
            case "binary":
                if (header.value.byteLength > MAX_HEADER_VALUE_BYTES) {
                    throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${header.value.byteLength}`);
                }
                const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
                binView.setUint8(0, 6);
                binView.setUint16(1, header.value.byteLength, false);
                const binBytes = new Uint8Array(binView.buffer);
                binBytes.set(header.value, 3);
                return binBytes;
            case "string":
                const utf8Bytes = this.fromUtf8(header.value);
                if (utf8Bytes.byteLength > MAX_HEADER_VALUE_BYTES) {
                    throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${utf8Bytes.byteLength}`);
                }
                const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
                strView.setUint8(0, 7);
                strView.setUint16(1, utf8Bytes.byteLength, false);
                const strBytes = new Uint8Array(strView.buffer);
                strBytes.set(utf8Bytes, 3);
                return strBytes;
            case "timestamp":
                const tsBytes = new Uint8Array(9);
                tsBytes[0] = 8;
                tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
                return tsBytes;
            case "uuid":
                if (!UUID_PATTERN.test(header.value)) {
                    throw new Error(`Invalid UUID received: ${header.value}`);
                }
                const uuidBytes = new Uint8Array(17);
                uuidBytes[0] = 9;
                uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1);
                return uuidBytes;
        }
    }
    parse(headers) {
        const out = {};
        let position = 0;
        while (position < headers.byteLength) {
            const nameLength = headers.getUint8(position++);
            const name = this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, nameLength));
            position += nameLength;
            switch (headers.getUint8(position++)) {
                case 0:
                    out[name] = {
                        type: BOOLEAN_TAG,
                        value: true,
                    };
                    break;
                case 1:
                    out[name] = {
                        type: BOOLEAN_TAG,
                        value: false,
                    };
                    break;
                case 2:
                    out[name] = {
                        type: BYTE_TAG,
                        value: headers.getInt8(position++),
                    };
                    break;
                case 3:
                    out[name] = {
                        type: SHORT_TAG,
                        value: headers.getInt16(position, false),
                    };
                    position += 2;
                    break;
                case 4:
                    out[name] = {
                        type: INT_TAG,
                        value: headers.getInt32(position, false),
                    };
                    position += 4;
                    break;
                case 5:
                    out[name] = {
                        type: LONG_TAG,
                        value: new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8)),
                    };
                    position += 8;
                    break;
                case 6:
                    const binaryLength = headers.getUint16(position, false);
                    position += 2;
                    out[name] = {
                        type: BINARY_TAG,
                        value: new Uint8Array(headers.buffer, headers.byteOffset + position, binaryLength),
                    };
                    position += binaryLength;
                    break;
                case 7:
                    const stringLength = headers.getUint16(position, false);
                    position += 2;
                    out[name] = {
                        type: STRING_TAG,
                        value: this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, stringLength)),
                    };
                    position += stringLength;
                    break;
                case 8:
                    out[name] = {
                        type: TIMESTAMP_TAG,
                        value: new Date(new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8)).valueOf()),
                    };
                    position += 8;
                    break;
                case 9:
                    const uuidBytes = new Uint8Array(headers.buffer, headers.byteOffset + position, 16);
                    position += 16;
                    out[name] = {
                        type: UUID_TAG,
                        value: `${toHex(uuidBytes.subarray(0, 4))}-${toHex(uuidBytes.subarray(4, 6))}-${toHex(uuidBytes.subarray(6, 8))}-${toHex(uuidBytes.subarray(8, 10))}-${toHex(uuidBytes.subarray(10))}`,
                    };
                    break;
                default:
                    throw new Error(`Unrecognized header type tag`);
            }
        }
        return out;
    }
}
var HEADER_VALUE_TYPE;
(function (HEADER_VALUE_TYPE) {
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
})(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
const BOOLEAN_TAG = "boolean";
const BYTE_TAG = "byte";
const SHORT_TAG = "short";
const INT_TAG = "integer";
const LONG_TAG = "long";
const BINARY_TAG = "binary";
const STRING_TAG = "string";
const TIMESTAMP_TAG = "timestamp";
const UUID_TAG = "uuid";
const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
const MAX_HEADER_VALUE_BYTES = 32767;

const PRELUDE_MEMBER_LENGTH = 4;
const PRELUDE_LENGTH = PRELUDE_MEMBER_LENGTH * 2;
const CHECKSUM_LENGTH = 4;
const MINIMUM_MESSAGE_LENGTH = PRELUDE_LENGTH + CHECKSUM_LENGTH * 2;
function splitMessage({ byteLength, byteOffset, buffer }) {
    if (byteLength < MINIMUM_MESSAGE_LENGTH) {
        throw new Error("Provided message too short to accommodate event stream message overhead");
    }
    const view = new DataView(buffer, byteOffset, byteLength);
    const messageLength = view.getUint32(0, false);
    if (byteLength !== messageLength) {
        throw new Error("Reported message length does not match received message length");
    }
    const headerLength = view.getUint32(PRELUDE_MEMBER_LENGTH, false);
    const expectedPreludeChecksum = view.getUint32(PRELUDE_LENGTH, false);
    const expectedMessageChecksum = view.getUint32(byteLength - CHECKSUM_LENGTH, false);
    const checksummer = new Crc32();
    checksummer.update(new Uint8Array(buffer, byteOffset, PRELUDE_LENGTH));
    if (expectedPreludeChecksum !== checksummer.digestSync()) {
        throw new Error(`The prelude checksum specified in the message (${expectedPreludeChecksum}) does not match the calculated CRC32 checksum (${checksummer.digestSync()})`);
    }
    checksummer.update(new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH, byteLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH)));
    if (expectedMessageChecksum !== checksummer.digestSync()) {
        throw new Error(`The message checksum (${checksummer.digestSync()}) did not match the expected value of ${expectedMessageChecksum}`);
    }
    return {
        headers: new DataView(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH, headerLength),
        body: new Uint8Array(buffer, byteOffset + PRELUDE_LENGTH + CHECKSUM_LENGTH + headerLength, messageLength - headerLength - (PRELUDE_LENGTH + CHECKSUM_LENGTH + CHECKSUM_LENGTH)),
    };
}

class EventStreamCodec {
    headerMarshaller;
    messageBuffer;
    isEndOfStream;
    constructor(toUtf8, fromUtf8) {
        this.headerMarshaller = new HeaderMarshaller(toUtf8, fromUtf8);
        this.messageBuffer = [];
        this.isEndOfStream = false;
    }
    feed(message) {
        this.messageBuffer.push(this.decode(message));
    }
    endOfStream() {
        this.isEndOfStream = true;
    }
    getMessage() {
        const message = this.messageBuffer.pop();
        const isEndOfStream = this.isEndOfStream;
        return {
            getMessage() {
                return message;
            },
            isEndOfStream() {
                return isEndOfStream;
            },
        };
    }
    getAvailableMessages() {
        const messages = this.messageBuffer;
        this.messageBuffer = [];
        const isEndOfStream = this.isEndOfStream;
        return {
            getMessages() {
                return messages;
            },
            isEndOfStream() {
                return isEndOfStream;
            },
        };
    }
    encode({ headers: rawHeaders, body }) {
        const headers = this.headerMarshaller.format(rawHeaders);
        const length = headers.byteLength + body.byteLength + 16;
        const out = new Uint8Array(length);
        const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
        const checksum = new Crc32();
        view.setUint32(0, length, false);
        view.setUint32(4, headers.byteLength, false);
        checksum.update(out.subarray(0, 8));
        view.setUint32(8, checksum.digestSync(), false);
        out.set(headers, 12);
        out.set(body, headers.byteLength + 12);
        checksum.update(out.subarray(8, length - 4));
        view.setUint32(length - 4, checksum.digestSync(), false);
        return out;
    }
    decode(message) {
        const { headers, body } = splitMessage(message);
        return { headers: this.headerMarshaller.parse(headers), body };
    }
    formatHeaders(rawHeaders) {
        return this.headerMarshaller.format(rawHeaders);
    }
}

class MessageDecoderStream {
    options;
    constructor(options) {
        this.options = options;
    }
    [Symbol.asyncIterator]() {
        return this.asyncIterator();
    }
    async *asyncIterator() {
        for await (const bytes of this.options.inputStream) {
            const decoded = this.options.decoder.decode(bytes);
            yield decoded;
        }
    }
}

class MessageEncoderStream {
    options;
    constructor(options) {
        this.options = options;
    }
    [Symbol.asyncIterator]() {
        return this.asyncIterator();
    }
    async *asyncIterator() {
        for await (const msg of this.options.messageStream) {
            const encoded = this.options.encoder.encode(msg);
            yield encoded;
        }
        if (this.options.includeEndFrame) {
            yield new Uint8Array(0);
        }
    }
}

class SmithyMessageDecoderStream {
    options;
    constructor(options) {
        this.options = options;
    }
    [Symbol.asyncIterator]() {
        return this.asyncIterator();
    }
    async *asyncIterator() {
        for await (const message of this.options.messageStream) {
            const deserialized = await this.options.deserializer(message);
            if (deserialized === undefined) {
                continue;
            }
            yield deserialized;
        }
    }
}

class SmithyMessageEncoderStream {
    options;
    constructor(options) {
        this.options = options;
    }
    [Symbol.asyncIterator]() {
        return this.asyncIterator();
    }
    async *asyncIterator() {
        for await (const chunk of this.options.inputStream) {
            const payloadBuf = this.options.serializer(chunk);
            yield payloadBuf;
        }
    }
}

function getChunkedStream(source) {
    let currentMessageTotalLength = 0;
    let currentMessagePendingLength = 0;
    let currentMessage = null;
    let messageLengthBuffer = null;
    const allocateMessage = (size) => {
        if (typeof size !== "number") {
            throw new Error("Attempted to allocate an event message where size was not a number: " + size);
        }
        currentMessageTotalLength = size;
        currentMessagePendingLength = 4;
        currentMessage = new Uint8Array(size);
        const currentMessageView = new DataView(currentMessage.buffer);
        currentMessageView.setUint32(0, size, false);
    };
    const iterator = async function* () {
        const sourceIterator = source[Symbol.asyncIterator]();
        while (true) {
            const { value, done } = await sourceIterator.next();
            if (done) {
                if (!currentMessageTotalLength) {
                    return;
                }
                else if (currentMessageTotalLength === currentMessagePendingLength) {
                    yield currentMessage;
                }
                else {
                    throw new Error("Truncated event message received.");
                }
                return;
            }
            const chunkLength = value.length;
            let currentOffset = 0;
            while (currentOffset < chunkLength) {
                if (!currentMessage) {
                    const bytesRemaining = chunkLength - currentOffset;
                    if (!messageLengthBuffer) {
                        messageLengthBuffer = new Uint8Array(4);
                    }
                    const numBytesForTotal = Math.min(4 - currentMessagePendingLength, bytesRemaining);
                    messageLengthBuffer.set(value.slice(currentOffset, currentOffset + numBytesForTotal), currentMessagePendingLength);
                    currentMessagePendingLength += numBytesForTotal;
                    currentOffset += numBytesForTotal;
                    if (currentMessagePendingLength < 4) {
                        break;
                    }
                    allocateMessage(new DataView(messageLengthBuffer.buffer).getUint32(0, false));
                    messageLengthBuffer = null;
                }
                const numBytesToWrite = Math.min(currentMessageTotalLength - currentMessagePendingLength, chunkLength - currentOffset);
                currentMessage.set(value.slice(currentOffset, currentOffset + numBytesToWrite), currentMessagePendingLength);
                currentMessagePendingLength += numBytesToWrite;
                currentOffset += numBytesToWrite;
                if (currentMessageTotalLength && currentMessageTotalLength === currentMessagePendingLength) {
                    yield currentMessage;
                    currentMessage = null;
                    currentMessageTotalLength = 0;
                    currentMessagePendingLength = 0;
                }
            }
        }
    };
    return {
        [Symbol.asyncIterator]: iterator,
    };
}

function getUnmarshalledStream(source, options) {
    const messageUnmarshaller = getMessageUnmarshaller(options.deserializer, options.toUtf8);
    return {
        [Symbol.asyncIterator]: async function* () {
            for await (const chunk of source) {
                const message = options.eventStreamCodec.decode(chunk);
                const type = await messageUnmarshaller(message);
                if (type === undefined) {
                    continue;
                }
                yield type;
            }
        },
    };
}
function getMessageUnmarshaller(deserializer, toUtf8) {
    return async function (message) {
        const { value: messageType } = message.headers[":message-type"];
        if (messageType === "error") {
            const unmodeledError = new Error(message.headers[":error-message"].value || "UnknownError");
            unmodeledError.name = message.headers[":error-code"].value;
            throw unmodeledError;
        }
        else if (messageType === "exception") {
            const code = message.headers[":exception-type"].value;
            const exception = { [code]: message };
            const deserializedException = await deserializer(exception);
            if (deserializedException.$unknown) {
                const error = new Error(toUtf8(message.body));
                error.name = code;
                throw error;
            }
            throw deserializedException[code];
        }
        else if (messageType === "event") {
            const event = {
                [message.headers[":event-type"].value]: message,
            };
            const deserialized = await deserializer(event);
            if (deserialized.$unknown) {
                return;
            }
            return deserialized;
        }
        else {
            throw Error(`Unrecognizable event type: ${message.headers[":event-type"].value}`);
        }
    };
}

let EventStreamMarshaller$1 = class EventStreamMarshaller {
    eventStreamCodec;
    utfEncoder;
    constructor({ utf8Encoder, utf8Decoder }) {
        this.eventStreamCodec = new EventStreamCodec(utf8Encoder, utf8Decoder);
        this.utfEncoder = utf8Encoder;
    }
    deserialize(body, deserializer) {
        const inputStream = getChunkedStream(body);
        return new SmithyMessageDecoderStream({
            messageStream: new MessageDecoderStream({ inputStream, decoder: this.eventStreamCodec }),
            deserializer: getMessageUnmarshaller(deserializer, this.utfEncoder),
        });
    }
    serialize(inputStream, serializer) {
        return new MessageEncoderStream({
            messageStream: new SmithyMessageEncoderStream({ inputStream, serializer }),
            encoder: this.eventStreamCodec,
            includeEndFrame: true,
        });
    }
};
const eventStreamSerdeProvider$1 = (options) => new EventStreamMarshaller$1(options);

class EventStreamMarshaller {
    universalMarshaller;
    constructor({ utf8Encoder, utf8Decoder }) {
        this.universalMarshaller = new EventStreamMarshaller$1({
            utf8Decoder,
            utf8Encoder,
        });
    }
    deserialize(body, deserializer) {
        const bodyIterable = typeof body[Symbol.asyncIterator] === "function" ? body : readableToIterable(body);
        return this.universalMarshaller.deserialize(bodyIterable, deserializer);
    }
    serialize(input, serializer) {
        return Readable.from(this.universalMarshaller.serialize(input, serializer));
    }
}
const eventStreamSerdeProvider = (options) => new EventStreamMarshaller(options);
async function* readableToIterable(readStream) {
    let streamEnded = false;
    let generationEnded = false;
    const records = new Array();
    readStream.on("error", (err) => {
        if (!streamEnded) {
            streamEnded = true;
        }
        if (err) {
            throw err;
        }
    });
    readStream.on("data", (data) => {
        records.push(data);
    });
    readStream.on("end", () => {
        streamEnded = true;
    });
    while (!generationEnded) {
        const value = await new Promise((resolve) => setTimeout(() => resolve(records.shift()), 0));
        if (value) {
            yield value;
        }
        generationEnded = streamEnded && records.length === 0;
    }
}

const readableStreamToIterable = (readableStream) => ({
    [Symbol.asyncIterator]: async function* () {
        const reader = readableStream.getReader();
        try {
            while (true) {
                const { done, value } = await reader.read();
                if (done) {
                    return;
                }
                yield value;
            }
        }
        finally {
            reader.releaseLock();
        }
    },
});
const iterableToReadableStream = (asyncIterable) => {
    const iterator = asyncIterable[Symbol.asyncIterator]();
    return new ReadableStream({
        async pull(controller) {
            const { done, value } = await iterator.next();
            if (done) {
                return controller.close();
            }
            controller.enqueue(value);
        },
    });
};

const resolveEventStreamSerdeConfig = (input) => Object.assign(input, {
    eventStreamMarshaller: input.eventStreamSerdeProvider(input),
});

class EventStreamSerde {
    marshaller;
    serializer;
    deserializer;
    serdeContext;
    defaultContentType;
    compositeErrorRegistry;
    constructor({ marshaller, serializer, deserializer, serdeContext, defaultContentType, compositeErrorRegistry, }) {
        this.marshaller = marshaller;
        this.serializer = serializer;
        this.deserializer = deserializer;
        this.serdeContext = serdeContext;
        this.defaultContentType = defaultContentType;
        this.compositeErrorRegistry = compositeErrorRegistry;
    }
    async serializeEventStream({ eventStream, requestSchema, initialRequest, initialMessageType, }) {
        const marshaller = this.marshaller;
        const eventStreamMember = requestSchema.getEventStreamMember();
        const unionSchema = requestSchema.getMemberSchema(eventStreamMember);
        const serializer = this.serializer;
        const defaultContentType = this.defaultContentType;
        const initialRequestMarker = Symbol("initialRequestMarker");
        const eventStreamIterable = {
            async *[Symbol.asyncIterator]() {
                if (initialRequest) {
                    const headers = {
                        ":event-type": { type: "string", value: initialMessageType ?? "initial-request" },
                        ":message-type": { type: "string", value: "event" },
                        ":content-type": { type: "string", value: defaultContentType },
                    };
                    serializer.write(requestSchema, initialRequest);
                    const body = serializer.flush();
                    yield {
                        [initialRequestMarker]: true,
                        headers,
                        body,
                    };
                }
                for await (const page of eventStream) {
                    yield page;
                }
            },
        };
        return marshaller.serialize(eventStreamIterable, (event) => {
            if (event[initialRequestMarker]) {
                return {
                    headers: event.headers,
                    body: event.body,
                };
            }
            let unionMember = "";
            for (const key in event) {
                if (!hasOwn(event, key)) {
                    continue;
                }
                if (key !== "__type") {
                    unionMember = key;
                    break;
                }
            }
            const { additionalHeaders, body, eventType, explicitPayloadContentType } = this.writeEventBody(unionMember, unionSchema, event);
            const headers = {
                ":event-type": { type: "string", value: eventType },
                ":message-type": { type: "string", value: "event" },
                ":content-type": { type: "string", value: explicitPayloadContentType ?? defaultContentType },
                ...additionalHeaders,
            };
            return {
                headers,
                body,
            };
        });
    }
    async deserializeEventStream({ response, responseSchema, initialResponseContainer, initialMessageType, }) {
        const marshaller = this.marshaller;
        const eventStreamMember = responseSchema.getEventStreamMember();
        const unionSchema = responseSchema.getMemberSchema(eventStreamMember);
        const memberSchemas = unionSchema.getMemberSchemas();
        const initialResponseMarker = Symbol("initialResponseMarker");
        const asyncIterable = marshaller.deserialize(response.body, async (event) => {
            let unionMember = "";
            for (const key in event) {
                if (!hasOwn(event, key)) {
                    continue;
                }
                if (key !== "__type") {
                    unionMember = key;
                    break;
                }
            }
            const body = event[unionMember].body;
            if (unionMember === (initialMessageType ?? "initial-response")) {
                const dataObject = await this.deserializer.read(responseSchema, body);
                delete dataObject[eventStreamMember];
                return {
                    [initialResponseMarker]: true,
                    ...dataObject,
                };
            }
            else if (unionMember in memberSchemas) {
                const eventStreamSchema = memberSchemas[unionMember];
                if (eventStreamSchema.isStructSchema()) {
                    const out = {};
                    let hasBindings = false;
                    for (const [name, member] of eventStreamSchema.structIterator()) {
                        const { eventHeader, eventPayload } = member.getMergedTraits();
                        hasBindings = hasBindings || Boolean(eventHeader || eventPayload);
                        if (eventPayload) {
                            if (member.isBlobSchema()) {
                                out[name] = body;
                            }
                            else if (member.isStringSchema()) {
                                out[name] = (this.serdeContext?.utf8Encoder ?? toUtf8)(body);
                            }
                            else if (member.isStructSchema()) {
                                out[name] = await this.deserializer.read(member, body);
                            }
                        }
                        else if (eventHeader) {
                            const value = event[unionMember].headers[name]?.value;
                            if (value != null) {
                                if (member.isNumericSchema()) {
                                    if (value && typeof value === "object" && "bytes" in value) {
                                        out[name] = BigInt(value.toString());
                                    }
                                    else {
                                        out[name] = Number(value);
                                    }
                                }
                                else {
                                    out[name] = value;
                                }
                            }
                        }
                    }
                    return {
                        [unionMember]: await this.readEventMember(eventStreamSchema, body, hasBindings, out),
                    };
                }
                return {
                    [unionMember]: await this.deserializer.read(eventStreamSchema, body),
                };
            }
            else {
                return {
                    $unknown: event,
                };
            }
        });
        const asyncIterator = asyncIterable[Symbol.asyncIterator]();
        const firstEvent = await asyncIterator.next();
        if (firstEvent.done) {
            return asyncIterable;
        }
        if (firstEvent.value?.[initialResponseMarker]) {
            if (!responseSchema) {
                throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.");
            }
            for (const key in firstEvent.value) {
                if (!hasOwn(firstEvent.value, key)) {
                    continue;
                }
                initialResponseContainer[key] = firstEvent.value[key];
            }
        }
        return {
            async *[Symbol.asyncIterator]() {
                if (!firstEvent?.value?.[initialResponseMarker]) {
                    yield firstEvent.value;
                }
                while (true) {
                    const { done, value } = await asyncIterator.next();
                    if (done) {
                        break;
                    }
                    yield value;
                }
            },
        };
    }
    async readEventMember(eventStreamSchema, body, hasBindings, out) {
        let ErrCtor;
        const staticStructuralSchema = eventStreamSchema.getSchema();
        if (Array.isArray(staticStructuralSchema) && staticStructuralSchema[0] === -3) {
            const namespace = staticStructuralSchema[1];
            const nsRegistry = TypeRegistry.for(namespace);
            this.compositeErrorRegistry?.copyFrom(nsRegistry);
            ErrCtor = (this.compositeErrorRegistry ?? nsRegistry)?.getErrorCtor(staticStructuralSchema);
        }
        const dataObject = hasBindings
            ? out
            : body.byteLength === 0
                ? {}
                : await this.deserializer.read(eventStreamSchema, body);
        if (ErrCtor) {
            const message = dataObject.message ?? dataObject.Message ?? "Unknown";
            const metadata = {};
            const $fault = eventStreamSchema.getMergedTraits().error;
            if ($fault) {
                metadata.$fault = $fault;
            }
            return Object.assign(new ErrCtor({}), metadata, {
                message,
            }, dataObject);
        }
        return dataObject;
    }
    writeEventBody(unionMember, unionSchema, event) {
        const serializer = this.serializer;
        let eventType = unionMember;
        let explicitPayloadMember = null;
        let explicitPayloadContentType;
        const isKnownSchema = (() => {
            const struct = unionSchema.getSchema();
            return struct[4].includes(unionMember);
        })();
        const additionalHeaders = {};
        if (!isKnownSchema) {
            const [type, value] = event[unionMember];
            eventType = type;
            serializer.write(15, value);
        }
        else {
            const eventSchema = unionSchema.getMemberSchema(unionMember);
            if (eventSchema.isStructSchema()) {
                for (const [memberName, memberSchema] of eventSchema.structIterator()) {
                    const { eventHeader, eventPayload } = memberSchema.getMergedTraits();
                    if (eventPayload) {
                        explicitPayloadMember = memberName;
                    }
                    else if (eventHeader) {
                        const value = event[unionMember][memberName];
                        let type = "binary";
                        if (memberSchema.isNumericSchema()) {
                            if ((-2) ** 31 <= value && value <= 2 ** 31 - 1) {
                                type = "integer";
                            }
                            else {
                                type = "long";
                            }
                        }
                        else if (memberSchema.isTimestampSchema()) {
                            type = "timestamp";
                        }
                        else if (memberSchema.isStringSchema()) {
                            type = "string";
                        }
                        else if (memberSchema.isBooleanSchema()) {
                            type = "boolean";
                        }
                        if (value != null) {
                            additionalHeaders[memberName] = {
                                type,
                                value,
                            };
                            delete event[unionMember][memberName];
                        }
                    }
                }
                if (explicitPayloadMember !== null) {
                    const payloadSchema = eventSchema.getMemberSchema(explicitPayloadMember);
                    if (payloadSchema.isBlobSchema()) {
                        explicitPayloadContentType = "application/octet-stream";
                    }
                    else if (payloadSchema.isStringSchema()) {
                        explicitPayloadContentType = "text/plain";
                    }
                    serializer.write(payloadSchema, event[unionMember][explicitPayloadMember]);
                }
                else {
                    serializer.write(eventSchema, event[unionMember]);
                }
            }
            else if (eventSchema.isUnitSchema()) {
                serializer.write(eventSchema, {});
            }
            else {
                throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.");
            }
        }
        const messageSerialization = serializer.flush() ?? new Uint8Array();
        const body = typeof messageSerialization === "string"
            ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(messageSerialization)
            : messageSerialization;
        return {
            body,
            eventType,
            explicitPayloadContentType,
            additionalHeaders,
        };
    }
}

exports.EventStreamCodec = EventStreamCodec;
exports.EventStreamMarshaller = EventStreamMarshaller;
exports.EventStreamSerde = EventStreamSerde;
exports.HeaderMarshaller = HeaderMarshaller;
exports.Int64 = Int64;
exports.MessageDecoderStream = MessageDecoderStream;
exports.MessageEncoderStream = MessageEncoderStream;
exports.SmithyMessageDecoderStream = SmithyMessageDecoderStream;
exports.SmithyMessageEncoderStream = SmithyMessageEncoderStream;
exports.UniversalEventStreamMarshaller = EventStreamMarshaller$1;
exports.eventStreamSerdeProvider = eventStreamSerdeProvider;
exports.getChunkedStream = getChunkedStream;
exports.getMessageUnmarshaller = getMessageUnmarshaller;
exports.getUnmarshalledStream = getUnmarshalledStream;
exports.iterableToReadableStream = iterableToReadableStream;
exports.readableStreamToIterable = readableStreamToIterable;
exports.resolveEventStreamSerdeConfig = resolveEventStreamSerdeConfig;
exports.universalEventStreamSerdeProvider = eventStreamSerdeProvider$1;


/***/ }),

/***/ 700:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Uint8ArrayBlobAdapter, writeKey, sdkStreamMixin, splitEvery, splitHeader, NumericValue, toUtf8, fromBase64, LazyJsonString, _parseEpochTimestamp, _parseRfc7231DateTime, _parseRfc3339DateTimeWithOffset, fromUtf8, generateIdempotencyToken, toBase64, dateToUtcString, quoteHeader, parseEpochTimestamp, parseRfc7231DateTime, parseRfc3339DateTimeWithOffset } = __nccwpck_require__(828);
const { HttpRequest, HttpResponse, hasOwn, isValidHostname, getSmithyContext } = __nccwpck_require__(816);
const { parseQueryString, parseUrl } = __nccwpck_require__(816);
exports.HttpRequest = HttpRequest;
exports.HttpResponse = HttpResponse;
exports.isValidHostname = isValidHostname;
exports.parseQueryString = parseQueryString;
exports.parseUrl = parseUrl;
const { NormalizedSchema, translateTraits, TypeRegistry, deref } = __nccwpck_require__(420);
const { FieldPosition } = __nccwpck_require__(976);

const collectBody = async (streamBody = new Uint8Array(), context) => {
    if (streamBody instanceof Uint8Array) {
        return Uint8ArrayBlobAdapter.mutate(streamBody);
    }
    if (!streamBody) {
        return Uint8ArrayBlobAdapter.mutate(new Uint8Array());
    }
    const fromContext = context.streamCollector(streamBody);
    return Uint8ArrayBlobAdapter.mutate(await fromContext);
};

function extendedEncodeURIComponent(str) {
    if (/^[\w.~-]+$/.test(str)) {
        return str;
    }
    return encodeURIComponent(str).replace(/[!'()*]/g, function (c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
}

const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
class HttpBindingNormalizedSchema extends NormalizedSchema {
    static identity = Symbol.for("@smithy/HttpBindingNormalizedSchema");
    identity = HttpBindingNormalizedSchema.identity;
    bindings;
    constructor(schema) {
        super(schema);
    }
    static of(schema) {
        const ns = NormalizedSchema.of(schema);
        if (ns.identity === HttpBindingNormalizedSchema.identity) {
            return ns;
        }
        const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema();
        const cache = typeof schemaCache === "object" && schemaCache !== null ? schemaCache : ns;
        return (cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns));
    }
    getHttpBindingLocation(traits) {
        if (traits.httpPayload) {
            return 0b100_100;
        }
        if (traits.httpLabel) {
            return 0b100_001;
        }
        if (traits.httpHeader) {
            return 0b100_110;
        }
        if (typeof traits.httpPrefixHeaders === "string") {
            return 0b100_111;
        }
        if (traits.httpQuery) {
            return 0b100_010;
        }
        if (traits.httpQueryParams) {
            return 0b100_011;
        }
        if (traits.httpResponseCode) {
            return 0b100_101;
        }
        return 0b100_000;
    }
    getHttpBindingValue(location, traits, nested = false) {
        const raw = this.getSchema();
        const type = typeof raw === "number" ? raw & 0xff : this.isListSchema() ? 0b0100_0000 : 0xff;
        const slot = location & 0b111;
        const media = (traits.mediaType ? (traits.mediaType === "application/json" || traits.mediaType.endsWith("+json") ? 2 : 1) : 0);
        const stream = (traits.streaming || type === 42 ? (this.isStructSchema() ? 2 : 1) : 0);
        const timestamp = (type >= 4 && type <= 7
            ? slot >= 6
                ? 2
                : slot > 0 && slot < 4
                    ? 1
                    : 0
            : 0);
        let flags = type |
            (media << 8) |
            ((traits.idempotencyToken ? 1 : 0) << 10) |
            (stream << 11) |
            ((traits.sparse ? 1 : 0) << 13) |
            (timestamp << 14) |
            ((traits.hostLabel ? 1 : 0) << 17) |
            ((location === 0b100_100 && typeof raw !== "object" ? 1 : 0) << 18);
        const category = type & 0b1100_0000;
        const collectionValue = slot & 0b010 && (category === 0b0100_0000 || (!nested && slot & 1))
            ? this.getHttpBindingCollectionValue(location, traits)
            : undefined;
        const valueType = (collectionValue?.[1] ?? 0) & 0xff;
        flags |=
            (slot >= 6 &&
                (valueType === 4 || valueType === 6)
                ? 1
                : 0) << 16;
        return [this, flags, collectionValue];
    }
    getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
        const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
        return valueSchema.getHttpBindingValue(location, { ...valueSchema.getMergedTraits(), ...traits }, true);
    }
    getHttpBindings() {
        const source = this.getSchema();
        return typeof source !== "object" || source === null ? EMPTY_BINDINGS : (this.bindings ??= buildHttpBindings(this));
    }
}
const buildHttpBindings = (schema) => {
    const bodyMemberNames = [];
    const bodyMemberSchemas = [];
    const requestBodyMemberNames = [];
    const requestBodyMemberSchemas = [];
    const memberBindings = [];
    const byName = {};
    const headers = {};
    const prefixHeaders = [];
    const responseBindings = { headers, prefixHeaders };
    const bindings = {
        request: { memberBindings, byName },
        response: {
            bodyMemberNames,
            bindings: responseBindings,
        },
    };
    const { request, response } = bindings;
    for (const [name, member] of schema.structIterator()) {
        const bindingSchema = HttpBindingNormalizedSchema.of(member);
        const traits = bindingSchema.getMergedTraits();
        const location = bindingSchema.getHttpBindingLocation(traits);
        const wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery;
        const value = bindingSchema.getHttpBindingValue(location, traits);
        const binding = [name, value, location, wireName];
        if (name === "__proto__") {
            writeKey(byName);
        }
        byName[name] = binding;
        if ((value[1] >> 10) & 1) {
            request.hasIdempotency = true;
        }
        memberBindings.push(binding);
        const slot = location & 0b111;
        if (slot === 0) {
            requestBodyMemberNames.push(name);
            requestBodyMemberSchemas.push(member);
        }
        if ((slot & 0b100) === 0) {
            bodyMemberNames.push(name);
            bodyMemberSchemas.push(member);
        }
        else if ((slot & 0b110) === 0b100) {
            if (slot & 0b001) {
                responseBindings.statusCode = binding;
            }
            else {
                responseBindings.payload = binding;
                const type = value[1] & 0xff;
                request.contentTypeInstruction =
                    traits.mediaType ??
                        (type === 0
                            ? "text/plain"
                            : type === 21 || type === 42
                                ? "application/octet-stream"
                                : null);
            }
        }
        else if (slot & 0b001) {
            request.hasPrefixHeaders = true;
            prefixHeaders.push(binding);
        }
        else {
            if (wireName === "__proto__") {
                writeKey(headers);
            }
            headers[wireName] = binding;
        }
    }
    if (request.contentTypeInstruction === undefined && requestBodyMemberNames.length) {
        request.contentTypeInstruction = null;
    }
    request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas);
    response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas);
    return bindings;
};
const buildPathSegments = (path) => {
    const segments = [];
    let offset = 0;
    for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) {
        if (match.index > offset) {
            segments.push([path.slice(offset, match.index), 0]);
        }
        segments.push([match[1], match[2] ? 2 : 1]);
        offset = match.index + match[0].length;
    }
    if (segments.length && offset < path.length) {
        segments.push([path.slice(offset), 0]);
    }
    return segments.length ? segments : undefined;
};
const buildHttpOperationBindings = (schema) => {
    const { http, endpoint } = translateTraits(schema.traits ?? {});
    const [path, search] = http?.[1].split("?") ?? [];
    return [
        http?.[0],
        path,
        search ? [...new URLSearchParams(search)] : [],
        path ? buildPathSegments(path) : undefined,
        endpoint?.[0],
    ];
};
const EMPTY_BINDINGS = {
    request: { memberBindings: [], byName: {} },
    response: {
        bodyMemberNames: [],
        bindings: { headers: {}, prefixHeaders: [] },
    },
};
const getHttpOperationBindings = (schema) => (schema[HTTP_BINDINGS] ??= buildHttpOperationBindings(schema));
const createBodySchema = (schema, memberNames, memberSchemas) => {
    if (!memberNames.length) {
        return undefined;
    }
    const source = schema.getSchema();
    const body = [
        3,
        source[1],
        source[2],
        schema.getMergedTraits(),
        memberNames,
        memberSchemas,
    ];
    const required = source[6];
    const bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
    if (bodyRequired) {
        body[6] = bodyRequired;
    }
    return body;
};

class SerdeContext {
    serdeContext;
    setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
    }
}

class HttpProtocol extends SerdeContext {
    options;
    compositeErrorRegistry;
    constructor(options) {
        super();
        this.options = options;
        this.compositeErrorRegistry = new TypeRegistry(options.defaultNamespace);
        for (const etr of options.errorTypeRegistries ?? []) {
            this.compositeErrorRegistry.copyFrom(etr);
        }
    }
    getRequestType() {
        return HttpRequest;
    }
    getResponseType() {
        return HttpResponse;
    }
    setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
        this.serializer.setSerdeContext(serdeContext);
        this.deserializer.setSerdeContext(serdeContext);
        if (this.getPayloadCodec()) {
            this.getPayloadCodec().setSerdeContext(serdeContext);
        }
    }
    updateServiceEndpoint(request, endpoint) {
        if ("url" in endpoint) {
            request.protocol = endpoint.url.protocol;
            request.hostname = endpoint.url.hostname;
            request.port = endpoint.url.port ? Number(endpoint.url.port) : undefined;
            request.path = endpoint.url.pathname;
            request.fragment = endpoint.url.hash || void 0;
            request.username = endpoint.url.username || void 0;
            request.password = endpoint.url.password || void 0;
            if (!request.query) {
                request.query = {};
            }
            for (const [k, v] of endpoint.url.searchParams.entries()) {
                request.query[k] = v;
            }
            if (endpoint.headers) {
                for (const name in endpoint.headers) {
                    if (!hasOwn(endpoint.headers, name)) {
                        continue;
                    }
                    request.headers[name] = endpoint.headers[name].join(", ");
                }
            }
            return request;
        }
        else {
            request.protocol = endpoint.protocol;
            request.hostname = endpoint.hostname;
            request.port = endpoint.port ? Number(endpoint.port) : undefined;
            request.path = endpoint.path;
            request.query = {
                ...endpoint.query,
            };
            if (endpoint.headers) {
                for (const name in endpoint.headers) {
                    if (!hasOwn(endpoint.headers, name)) {
                        continue;
                    }
                    request.headers[name] = endpoint.headers[name];
                }
            }
            return request;
        }
    }
    setHostPrefix(request, operationSchema, input, operation = getHttpOperationBindings(operationSchema)) {
        if (this.serdeContext?.disableHostPrefix) {
            return;
        }
        const hostPrefix = operation[4];
        if (typeof hostPrefix !== "string") {
            return;
        }
        let resolvedHostPrefix = hostPrefix;
        for (const [name, [, flags]] of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request
            .memberBindings) {
            if (!((flags >> 17) & 1)) {
                continue;
            }
            const replacement = input[name];
            if (typeof replacement !== "string") {
                throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
            }
            resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
        }
        request.hostname = resolvedHostPrefix + request.hostname;
        if (!isValidHostname(request.hostname)) {
            throw new Error(`[${request.hostname}] is not a valid hostname.`);
        }
    }
    deserializeMetadata(output) {
        return {
            httpStatusCode: output.statusCode,
            requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
            extendedRequestId: output.headers["x-amz-id-2"],
            cfId: output.headers["x-amz-cf-id"],
        };
    }
    resolveError(name, namespaces, registries) {
        const defaultErrorSchema = [-3, "", "Error", 0, [], [], 0];
        let schema;
        for (const registry of registries) {
            for (const ns of namespaces) {
                try {
                    if (ns === "*") {
                        schema = registry.getSchema(name);
                    }
                    else {
                        schema = registry.getSchema(ns + "#" + name);
                    }
                    const errorCtor = registry.getErrorCtor(schema);
                    if (errorCtor) {
                        return [schema, errorCtor, "modeled"];
                    }
                    else {
                        const syntheticErrorSchema = registry.getBaseException();
                        if (syntheticErrorSchema) {
                            const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                            if (syntheticErrorCtor) {
                                return [schema, syntheticErrorCtor, "synthetic"];
                            }
                        }
                    }
                }
                catch (ignored) {
                }
            }
        }
        for (const registry of registries) {
            const syntheticErrorSchema = registry.getBaseException();
            if (syntheticErrorSchema) {
                const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                if (syntheticErrorCtor) {
                    return [syntheticErrorSchema, syntheticErrorCtor, "synthetic"];
                }
            }
        }
        return [defaultErrorSchema, Error, "native"];
    }
    async serializeEventStream({ eventStream, requestSchema, initialRequest, }) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.serializeEventStream({
            eventStream,
            requestSchema,
            initialRequest,
        });
    }
    async deserializeEventStream({ response, responseSchema, initialResponseContainer, }) {
        const eventStreamSerde = await this.loadEventStreamCapability();
        return eventStreamSerde.deserializeEventStream({
            response,
            responseSchema,
            initialResponseContainer,
        });
    }
    async loadEventStreamCapability() {
        const { EventStreamSerde, eventStreamSerdeProvider } = __nccwpck_require__(869);
        const marshaller = this.resolveEventStreamMarshaller(eventStreamSerdeProvider);
        return new EventStreamSerde({
            marshaller,
            serializer: this.serializer,
            deserializer: this.deserializer,
            serdeContext: this.serdeContext,
            defaultContentType: this.getDefaultContentType(),
            compositeErrorRegistry: this.compositeErrorRegistry,
        });
    }
    getDefaultContentType() {
        throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
    }
    async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        return [];
    }
    getEventStreamMarshaller() {
        const context = this.serdeContext;
        if (!context.eventStreamMarshaller) {
            throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
        }
        return context.eventStreamMarshaller;
    }
    resolveEventStreamMarshaller(importedProvider) {
        const context = this.serdeContext;
        if (context.eventStreamMarshaller) {
            return context.eventStreamMarshaller;
        }
        return importedProvider(this.serdeContext);
    }
}

class HttpBindingProtocol extends HttpProtocol {
    async serializeRequest(operationSchema, _input, context) {
        const input = _input && typeof _input === "object" ? _input : {};
        const query = {};
        const headers = {};
        const endpoint = await context.endpoint();
        const ns = HttpBindingNormalizedSchema.of(operationSchema?.input);
        const bindings = ns.getHttpBindings().request;
        const operation = getHttpOperationBindings(operationSchema);
        const request = new HttpRequest({ query, headers });
        if (endpoint) {
            this.updateServiceEndpoint(request, endpoint);
            this.setHostPrefix(request, operationSchema, input, operation);
            const [method, path, staticQuery] = operation;
            if (method) {
                request.method = method;
                request.path = request.path === "/" ? path : request.path + path;
                for (const [key, value] of staticQuery) {
                    query[key] = value;
                }
            }
        }
        request.query = query;
        const eventStream = this.serializeHttpBindings(input, request, bindings, operation);
        if (eventStream) {
            request.body = await this.serializeEventStream({ eventStream, requestSchema: ns });
        }
        return request;
    }
    serializeHttpBindings(input, request, bindings, operation) {
        const serializer = this.serializer;
        const directSerializer = typeof serializer.writeCodec === "function"
            ? serializer
            : undefined;
        const query = request.query;
        const headers = request.headers;
        const bodySchema = bindings.syntheticBodySchema;
        let hasBodyValue = false;
        let payload;
        let eventStream;
        let labels;
        const names = Object.getOwnPropertyNames(input);
        const prototype = Object.getPrototypeOf(input);
        const sparse = (prototype === Object.prototype || prototype === null) &&
            !bindings.hasIdempotency &&
            !bindings.hasPrefixHeaders &&
            names.length * 2 < bindings.memberBindings.length;
        const length = sparse ? names.length : bindings.memberBindings.length;
        for (let i = 0; i < length; ++i) {
            const binding = sparse
                ? hasOwn(bindings.byName, names[i])
                    ? bindings.byName[names[i]]
                    : undefined
                : bindings.memberBindings[i];
            if (!binding) {
                continue;
            }
            const value = binding[1];
            const memberName = binding[0];
            const memberNs = value[0];
            const flags = value[1];
            const collectionValue = value[2];
            const location = binding[2];
            const wireName = binding[3];
            const inputMemberValue = input[memberName];
            if (inputMemberValue == null && !((flags >> 10) & 1)) {
                continue;
            }
            if (location === 0b100_100) {
                const stream = (flags >> 11) & 0b11;
                if (stream) {
                    if (stream === 2) {
                        eventStream = inputMemberValue || undefined;
                    }
                    else {
                        payload = inputMemberValue;
                    }
                }
                else {
                    if (directSerializer) {
                        directSerializer.writeCodec(memberNs, inputMemberValue);
                    }
                    else {
                        serializer.write(memberNs, inputMemberValue);
                    }
                    payload = serializer.flush();
                }
            }
            else if (location === 0b100_001 || location === 0b100_110) {
                const serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
                if (location === 0b100_001) {
                    (labels ??= Object.create(null))[memberName] = serialized;
                }
                else {
                    headers[wireName] = serialized;
                }
            }
            else if (location === 0b100_111) {
                for (const key in inputMemberValue) {
                    if (!hasOwn(inputMemberValue, key)) {
                        continue;
                    }
                    const amalgam = wireName + key;
                    headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 0b100_110, directSerializer, directSerializer ? collectionValue[0] : [collectionValue[0], { httpHeader: amalgam }]);
                }
            }
            else if ((location & 0b111_110) === 0b100_010) {
                this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer);
            }
            else {
                hasBodyValue = true;
            }
        }
        const operationPath = operation[1];
        const pathSegments = operation[3];
        if (operationPath && pathSegments && request.path.endsWith(operationPath)) {
            request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings);
        }
        if (hasBodyValue && bodySchema) {
            if (directSerializer) {
                directSerializer.writeCodec(bodySchema, input);
            }
            else {
                serializer.write(bodySchema, input);
            }
            payload = serializer.flush();
        }
        request.body = payload;
        return eventStream;
    }
    serializeQuery(value, data, wireName, query, directSerializer) {
        const [ns, flags, collectionValue] = value;
        const traits = directSerializer ? undefined : ns.getMergedTraits();
        if (wireName === undefined) {
            for (const key in data) {
                if (!hasOwn(data, key) || key in query) {
                    continue;
                }
                if (!directSerializer) {
                    Object.assign(collectionValue[0].getMergedTraits(), {
                        ...traits,
                        httpQuery: key,
                        httpQueryParams: undefined,
                    });
                }
                this.serializeQuery(collectionValue, data[key], key, query, directSerializer);
            }
            return;
        }
        if ((flags & 0b1100_0000) === 0b0100_0000) {
            const buffer = [];
            for (const item of data) {
                const serialized = this.serializeHttpValue(collectionValue, item, 0b100_010, directSerializer, directSerializer ? collectionValue[0] : [collectionValue[0], traits]);
                if ((flags >> 13) & 1 || serialized !== undefined) {
                    buffer.push(serialized);
                }
            }
            query[wireName] = buffer;
        }
        else {
            query[wireName] = this.serializeHttpValue(value, data, 0b100_010, directSerializer, directSerializer ? ns : [ns, traits]);
        }
    }
    serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
        const flags = value[1];
        const type = flags & 0xff;
        if (directSerializer &&
            !(flags & 0x700) &&
            (type <= 2 ||
                type === 17 ||
                type === 19)) {
            return String(data);
        }
        if (directSerializer) {
            directSerializer.writeHttpBinding(value, data, location);
        }
        else {
            this.serializer.write(schema, data);
        }
        return this.serializer.flush();
    }
    serializePath(segments, labels, bindings) {
        let path = "";
        for (const [value, kind] of segments) {
            if (kind === 0) {
                path += value;
                continue;
            }
            const replacement = labels?.[value];
            if (replacement === undefined) {
                if (hasOwn(bindings.byName, value) && bindings.byName[value][2] === 0b100_001) {
                    throw new Error(`No value provided for input HTTP label: ${value}.`);
                }
                path += `{${value}${kind === 2 ? "+" : ""}}`;
            }
            else {
                path +=
                    kind === 2
                        ? replacement.split("/").map(extendedEncodeURIComponent).join("/")
                        : extendedEncodeURIComponent(replacement);
            }
        }
        return path;
    }
    async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const directDeserializer = typeof deserializer.readCodec === "function"
            ? deserializer
            : undefined;
        const ns = HttpBindingNormalizedSchema.of(operationSchema.output);
        const responseBindings = ns.getHttpBindings().response;
        const dataObject = {};
        if (response.statusCode >= 300) {
            const bytes = await collectBody(response.body, context);
            if (bytes.byteLength > 0) {
                Object.assign(dataObject, await deserializer.read(15, bytes));
            }
            await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
            throw new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
        }
        const nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
        if (nonHttpBindingMembers.length) {
            const bytes = await collectBody(response.body, context);
            if (bytes.byteLength > 0) {
                const dataFromBody = await (directDeserializer
                    ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes)
                    : deserializer.read(responseBindings.syntheticBodySchema, bytes));
                for (const member of nonHttpBindingMembers) {
                    if (dataFromBody[member] != null) {
                        dataObject[member] = dataFromBody[member];
                    }
                }
            }
        }
        else if (!responseBindings.bindings.payload) {
            await collectBody(response.body, context);
        }
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
    }
    async deserializeHttpMessage(schema, context, response, arg4, arg5) {
        const dataObject = arg4 instanceof Set ? arg5 : arg4;
        const deserializer = this.deserializer;
        const directDeserializer = typeof deserializer.readCodec === "function"
            ? deserializer
            : undefined;
        const ns = HttpBindingNormalizedSchema.of(schema);
        const { bodyMemberNames, bindings: { payload, statusCode, headers: responseHeaders, prefixHeaders }, } = ns.getHttpBindings().response;
        const headers = response.headers;
        if (payload) {
            const [memberName, value] = payload;
            const [memberSchema, flags] = value;
            const stream = (flags >> 11) & 0b11;
            if (stream) {
                if (stream === 2) {
                    dataObject[memberName] = await this.deserializeEventStream({
                        response,
                        responseSchema: ns,
                    });
                }
                else {
                    dataObject[memberName] = sdkStreamMixin(response.body);
                }
            }
            else if (response.body) {
                const bytes = await collectBody(response.body, context);
                if (bytes.byteLength > 0) {
                    dataObject[memberName] = await (directDeserializer
                        ? directDeserializer.readPayload(value, bytes)
                        : deserializer.read(memberSchema, bytes));
                }
            }
        }
        for (const header in headers) {
            if (!hasOwn(headers, header)) {
                continue;
            }
            const lower = header.toLowerCase();
            const headerValue = headers[header];
            if (lower !== header) {
                delete headers[header];
                headers[lower] = headerValue;
            }
            const binding = hasOwn(responseHeaders, lower) ? responseHeaders[lower] : undefined;
            if (!binding) {
                continue;
            }
            const [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
            if (collectionValue) {
                const sections = (flags >> 16) & 1 ? splitEvery(headerValue, ",", 2) : splitHeader(headerValue);
                const list = [];
                for (const section of sections) {
                    list.push(directDeserializer
                        ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 0b100_110)
                        : await deserializer.read([collectionValue[0], { httpHeader: wireName }], section.trim()));
                }
                dataObject[memberName] = list;
            }
            else {
                dataObject[memberName] = directDeserializer
                    ? directDeserializer.readHttpBinding(binding[1], headerValue, 0b100_110)
                    : await deserializer.read(memberSchema, headerValue);
            }
        }
        for (const [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
            dataObject[memberName] = {};
            for (const header in headers) {
                if (!hasOwn(headers, header)) {
                    continue;
                }
                if (!header.startsWith(wireName)) {
                    continue;
                }
                const headerValue = headers[header];
                dataObject[memberName][header.slice(wireName.length)] = directDeserializer
                    ? directDeserializer.readHttpBinding(collectionValue, headerValue, 0b100_110)
                    : await deserializer.read([collectionValue[0], { httpHeader: header }], headerValue);
            }
        }
        if (statusCode) {
            dataObject[statusCode[0]] = response.statusCode;
        }
        return bodyMemberNames;
    }
}

class RpcProtocol extends HttpProtocol {
    async serializeRequest(operationSchema, _input, context) {
        const serializer = this.serializer;
        const query = {};
        const headers = {};
        const endpoint = await context.endpoint();
        const ns = NormalizedSchema.of(operationSchema?.input);
        const schema = ns.getSchema();
        let payload;
        const input = _input && typeof _input === "object" ? _input : {};
        const request = new HttpRequest({
            protocol: "",
            hostname: "",
            port: undefined,
            path: "/",
            fragment: undefined,
            query: query,
            headers: headers,
            body: undefined,
        });
        if (endpoint) {
            this.updateServiceEndpoint(request, endpoint);
            this.setHostPrefix(request, operationSchema, input);
        }
        if (input) {
            const eventStreamMember = ns.getEventStreamMember();
            if (eventStreamMember) {
                if (input[eventStreamMember]) {
                    const initialRequest = {};
                    for (const [memberName] of ns.structIterator()) {
                        if (memberName !== eventStreamMember && input[memberName] != null) {
                            initialRequest[memberName] = input[memberName];
                        }
                    }
                    payload = await this.serializeEventStream({
                        eventStream: input[eventStreamMember],
                        requestSchema: ns,
                        initialRequest,
                    });
                }
            }
            else {
                serializer.write(schema, input);
                payload = serializer.flush();
            }
        }
        request.headers = Object.assign(request.headers, headers);
        request.query = query;
        request.body = payload;
        request.method = "POST";
        return request;
    }
    async deserializeResponse(operationSchema, context, response) {
        const deserializer = this.deserializer;
        const ns = NormalizedSchema.of(operationSchema.output);
        const dataObject = {};
        if (this.isErrorResponse(response.statusCode)) {
            const bytes = await collectBody(response.body, context);
            if (bytes.byteLength > 0) {
                Object.assign(dataObject, await deserializer.read(15, bytes));
            }
            await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
            throw new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
        }
        for (const header in response.headers) {
            if (!hasOwn(response.headers, header)) {
                continue;
            }
            const value = response.headers[header];
            delete response.headers[header];
            response.headers[header.toLowerCase()] = value;
        }
        const eventStreamMember = ns.getEventStreamMember();
        if (eventStreamMember) {
            dataObject[eventStreamMember] = await this.deserializeEventStream({
                response,
                responseSchema: ns,
                initialResponseContainer: dataObject,
            });
        }
        else {
            const bytes = await collectBody(response.body, context);
            if (bytes.byteLength > 0) {
                Object.assign(dataObject, await deserializer.read(ns, bytes));
            }
        }
        dataObject.$metadata = this.deserializeMetadata(response);
        return dataObject;
    }
    isErrorResponse(statusCode) {
        return statusCode >= 300;
    }
}

class AbstractRpcV2Protocol extends RpcProtocol {
    constructor({ defaultNamespace, errorTypeRegistries, }) {
        super({ defaultNamespace, errorTypeRegistries });
    }
    async serializeRequest(operationSchema, input, context) {
        const request = await super.serializeRequest(operationSchema, input, context);
        Object.assign(request.headers, {
            "content-type": this.getDefaultContentType(),
            "smithy-protocol": this.getSmithyProtocolHeaderValue(),
            accept: this.getDefaultContentType(),
        });
        if (deref(operationSchema.input) === "unit") {
            delete request.body;
            delete request.headers["content-type"];
        }
        else {
            this.applyEmptyBody(request);
        }
        const { service, operation } = getSmithyContext(context);
        const path = `/service/${service}/operation/${operation}`;
        if (request.path.endsWith("/")) {
            request.path += path.slice(1);
        }
        else {
            request.path += path;
        }
        return request;
    }
    isErrorResponse(statusCode) {
        return statusCode !== 200;
    }
}

const resolvedPath = (resolvedPath, input, memberName, labelValueProvider, uriLabel, isGreedyLabel) => {
    if (input != null && input[memberName] !== undefined) {
        const labelValue = labelValueProvider();
        if (labelValue == null || labelValue.length <= 0) {
            throw new Error("Empty value provided for input HTTP label: " + memberName + ".");
        }
        resolvedPath = resolvedPath.replace(uriLabel, isGreedyLabel
            ? labelValue
                .split("/")
                .map((segment) => extendedEncodeURIComponent(segment))
                .join("/")
            : extendedEncodeURIComponent(labelValue));
    }
    else {
        throw new Error("No value provided for input HTTP label: " + memberName + ".");
    }
    return resolvedPath;
};

function requestBuilder(input, context) {
    return new RequestBuilder(input, context);
}
class RequestBuilder {
    input;
    context;
    query = {};
    method = "";
    headers = {};
    path = "";
    body = null;
    hostname = "";
    resolvePathStack = [];
    constructor(input, context) {
        this.input = input;
        this.context = context;
    }
    async build() {
        const { hostname, protocol = "https", port, path: basePath } = await this.context.endpoint();
        this.path = basePath;
        for (const resolvePath of this.resolvePathStack) {
            resolvePath(this.path);
        }
        return new HttpRequest({
            protocol,
            hostname: this.hostname || hostname,
            port,
            method: this.method,
            path: this.path,
            query: this.query,
            body: this.body,
            headers: this.headers,
        });
    }
    hn(hostname) {
        this.hostname = hostname;
        return this;
    }
    bp(uriLabel) {
        this.resolvePathStack.push((basePath) => {
            this.path = `${basePath?.endsWith("/") ? basePath.slice(0, -1) : basePath || ""}` + uriLabel;
        });
        return this;
    }
    p(memberName, labelValueProvider, uriLabel, isGreedyLabel) {
        this.resolvePathStack.push((path) => {
            this.path = resolvedPath(path, this.input, memberName, labelValueProvider, uriLabel, isGreedyLabel);
        });
        return this;
    }
    h(headers) {
        this.headers = headers;
        return this;
    }
    q(query) {
        this.query = query;
        return this;
    }
    b(body) {
        this.body = body;
        return this;
    }
    m(method) {
        this.method = method;
        return this;
    }
}

class FromStringShapeDeserializer extends SerdeContext {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    read(_schema, data) {
        const ns = HttpBindingNormalizedSchema.of(_schema);
        const traits = ns.getMergedTraits();
        const location = ns.getHttpBindingLocation(traits);
        return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
    }
    readHttpBinding([ns, flags, collectionValue], data, location) {
        const schema = flags & 0xff;
        if ((schema & 0b1100_0000) === 0b0100_0000) {
            collectionValue ??= ns.getHttpBindingCollectionValue(location);
            return splitHeader(data).map((item) => this.readHttpBinding(collectionValue, item, location));
        }
        switch (schema) {
            case 21:
            case 42:
                return (this.serdeContext?.base64Decoder ?? fromBase64)(data);
            case 4:
            case 5:
            case 6:
            case 7: {
                const bindingFormat = this.settings.httpBindings ? (flags >> 14) & 0b11 : 0;
                const format = this.settings.timestampFormat.useTrait && schema > 4
                    ? schema
                    : bindingFormat
                        ? bindingFormat + 4
                        : this.settings.timestampFormat.default;
                switch (format) {
                    case 5:
                        return _parseRfc3339DateTimeWithOffset(data);
                    case 6:
                        return _parseRfc7231DateTime(data);
                    case 7:
                        return _parseEpochTimestamp(data);
                    default:
                        console.warn("Missing timestamp format, parsing value with Date constructor:", data);
                        return new Date(data);
                }
            }
            case 0: {
                const media = (flags >> 8) & 0b11;
                if (!media) {
                    return data;
                }
                let intermediateValue = data;
                if ((location & 0b110) === 0b110) {
                    intermediateValue = (this.serdeContext?.utf8Encoder ?? toUtf8)((this.serdeContext?.base64Decoder ?? fromBase64)(intermediateValue));
                }
                return media === 2 ? LazyJsonString.from(intermediateValue) : intermediateValue;
            }
            case 1:
                return Number(data);
            case 2:
                return data.toLowerCase() === "true";
            case 17:
                return BigInt(data);
            case 19:
                return new NumericValue(data, "bigDecimal");
            default:
                return data;
        }
    }
}

class HttpInterceptingShapeDeserializer extends SerdeContext {
    codecDeserializer;
    stringDeserializer;
    constructor(codecDeserializer, codecSettings) {
        super();
        this.codecDeserializer = codecDeserializer;
        this.stringDeserializer = new FromStringShapeDeserializer(codecSettings);
    }
    setSerdeContext(serdeContext) {
        this.stringDeserializer.setSerdeContext(serdeContext);
        this.codecDeserializer.setSerdeContext(serdeContext);
        this.serdeContext = serdeContext;
    }
    read(schema, data) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpResponseCode) {
            const value = ns.getHttpBindingValue(0b100_110, traits);
            return this.readHttpBinding(value, data, 0b100_110);
        }
        if (traits.httpPayload) {
            return this.readPayload(ns.getHttpBindingValue(0b100_100, traits), data);
        }
        return this.readCodec(ns, data);
    }
    readHttpBinding(binding, data, location) {
        const value = typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        return this.stringDeserializer.readHttpBinding(binding, value, location);
    }
    readPayload([schema, flags], data) {
        const type = flags & 0xff;
        if (type === 21 || type === 42) {
            return typeof data === "string" ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(data) : data;
        }
        if (type === 0) {
            return typeof data === "string" ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
        }
        return this.readCodec(schema, data);
    }
    readCodec(schema, data) {
        return this.codecDeserializer.read(schema, data);
    }
}

class ToStringShapeSerializer extends SerdeContext {
    settings;
    stringBuffer = "";
    constructor(settings) {
        super();
        this.settings = settings;
    }
    write(schema, value) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        const location = ns.getHttpBindingLocation(traits);
        this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
    }
    writeHttpBinding([ns, flags, collectionValue], value, location) {
        const schema = flags & 0xff;
        switch (typeof value) {
            case "object":
                if (value === null) {
                    this.stringBuffer = "null";
                    return;
                }
                if (schema >= 4 && schema <= 7) {
                    if (!(value instanceof Date)) {
                        throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(true)}`);
                    }
                    const bindingFormat = this.settings.httpBindings ? (flags >> 14) & 0b11 : 0;
                    const format = this.settings.timestampFormat.useTrait && schema > 4
                        ? schema
                        : bindingFormat
                            ? bindingFormat + 4
                            : this.settings.timestampFormat.default;
                    switch (format) {
                        case 5:
                            this.stringBuffer = value.toISOString().replace(".000Z", "Z");
                            break;
                        case 6:
                            this.stringBuffer = dateToUtcString(value);
                            break;
                        case 7:
                            this.stringBuffer = String(value.getTime() / 1000);
                            break;
                        default:
                            console.warn("Missing timestamp format, using epoch seconds", value);
                            this.stringBuffer = String(value.getTime() / 1000);
                    }
                    return;
                }
                if ((schema === 21 || schema === 42) &&
                    "byteLength" in value) {
                    this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(value);
                    return;
                }
                if ((schema & 0b1100_0000) === 0b0100_0000 && Array.isArray(value)) {
                    collectionValue ??= ns.getHttpBindingCollectionValue(location);
                    const valueSchemaType = collectionValue[1] & 0xff;
                    const isTimestamp = valueSchemaType >= 4 &&
                        valueSchemaType <= 7;
                    let buffer = "";
                    for (const item of value) {
                        this.writeHttpBinding(collectionValue, item, location);
                        const headerItem = this.flush();
                        if (buffer) {
                            buffer += ", ";
                        }
                        buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
                    }
                    this.stringBuffer = buffer;
                    return;
                }
                this.stringBuffer = JSON.stringify(value, null, 2);
                break;
            case "string":
                const media = (flags >> 8) & 0b11;
                let intermediateValue = value;
                if (media === 2) {
                    intermediateValue = LazyJsonString.from(intermediateValue);
                }
                if (media && (location & 0b110) === 0b110) {
                    this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(intermediateValue.toString());
                    return;
                }
                this.stringBuffer = value;
                break;
            default:
                this.stringBuffer = (flags >> 10) & 1 ? generateIdempotencyToken() : String(value);
        }
    }
    flush() {
        const buffer = this.stringBuffer;
        this.stringBuffer = "";
        return buffer;
    }
}

class HttpInterceptingShapeSerializer {
    codecSerializer;
    stringSerializer;
    buffer;
    constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
        this.codecSerializer = codecSerializer;
        this.stringSerializer = stringSerializer;
    }
    setSerdeContext(serdeContext) {
        this.codecSerializer.setSerdeContext(serdeContext);
        this.stringSerializer.setSerdeContext(serdeContext);
    }
    write(schema, value) {
        const ns = HttpBindingNormalizedSchema.of(schema);
        const traits = ns.getMergedTraits();
        if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
            const location = ns.getHttpBindingLocation(traits);
            this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
            return;
        }
        this.writeCodec(ns, value);
    }
    writeHttpBinding(binding, value, location) {
        this.stringSerializer.writeHttpBinding(binding, value, location);
        this.buffer = this.stringSerializer.flush();
    }
    writeCodec(schema, value) {
        this.codecSerializer.write(schema, value);
    }
    flush() {
        if (this.buffer !== undefined) {
            const buffer = this.buffer;
            this.buffer = undefined;
            return buffer;
        }
        return this.codecSerializer.flush();
    }
}

function determineTimestampFormat(ns, settings) {
    if (settings.timestampFormat.useTrait) {
        const schema = ns.getSchema();
        if (schema === 5 ||
            schema === 6 ||
            schema === 7) {
            return schema;
        }
    }
    const { httpLabel, httpPrefixHeaders, httpHeader, httpQuery } = ns.getMergedTraits();
    const bindingFormat = settings.httpBindings
        ? typeof httpPrefixHeaders === "string" || Boolean(httpHeader)
            ? 6
            : Boolean(httpQuery) || Boolean(httpLabel)
                ? 5
                : undefined
        : undefined;
    return bindingFormat ?? settings.timestampFormat.default;
}

class Field {
    name;
    kind;
    values;
    constructor({ name, kind = FieldPosition.HEADER, values = [] }) {
        this.name = name;
        this.kind = kind;
        this.values = values;
    }
    add(value) {
        this.values.push(value);
    }
    set(values) {
        this.values = values;
    }
    remove(value) {
        this.values = this.values.filter((v) => v !== value);
    }
    toString() {
        return this.values.map((v) => (v.includes(",") || v.includes(" ") ? `"${v}"` : v)).join(", ");
    }
    get() {
        return this.values;
    }
}

class Fields {
    entries = {};
    encoding;
    constructor({ fields = [], encoding = "utf-8" }) {
        fields.forEach(this.setField.bind(this));
        this.encoding = encoding;
    }
    setField(field) {
        this.entries[field.name.toLowerCase()] = field;
    }
    getField(name) {
        return this.entries[name.toLowerCase()];
    }
    removeField(name) {
        delete this.entries[name.toLowerCase()];
    }
    getByType(kind) {
        return Object.values(this.entries).filter((field) => field.kind === kind);
    }
}

const getHttpHandlerExtensionConfiguration = (runtimeConfig) => {
    if (runtimeConfig.logger && runtimeConfig.logger.constructor?.name !== "NoOpLogger") {
        runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger);
    }
    if (runtimeConfig.defaultSocketTimeout) {
        runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout);
    }
    return {
        setHttpHandler(handler) {
            runtimeConfig.requestHandler = handler;
        },
        httpHandler() {
            return runtimeConfig.requestHandler;
        },
        updateHttpClientConfig(key, value) {
            runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
        },
        httpHandlerConfigs() {
            return runtimeConfig.requestHandler.httpHandlerConfigs();
        },
    };
};
const resolveHttpHandlerRuntimeConfig = (httpHandlerExtensionConfiguration) => {
    return {
        requestHandler: httpHandlerExtensionConfiguration.httpHandler(),
    };
};

const CONTENT_LENGTH_HEADER = "content-length";
function contentLengthMiddleware(bodyLengthChecker) {
    return (next) => async (args) => {
        const request = args.request;
        if (HttpRequest.isInstance(request)) {
            const { body, headers } = request;
            if (body &&
                Object.keys(headers)
                    .map((str) => str.toLowerCase())
                    .indexOf(CONTENT_LENGTH_HEADER) === -1) {
                try {
                    const length = bodyLengthChecker(body);
                    if (length != null) {
                        request.headers = {
                            ...request.headers,
                            [CONTENT_LENGTH_HEADER]: String(length),
                        };
                    }
                }
                catch (ignored) {
                }
            }
        }
        return next({
            ...args,
            request,
        });
    };
}
const contentLengthMiddlewareOptions = {
    step: "build",
    tags: ["SET_CONTENT_LENGTH", "CONTENT_LENGTH"],
    name: "contentLengthMiddleware",
    override: true,
};
const getContentLengthPlugin = (options) => ({
    applyToStack: (clientStack) => {
        clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
    },
});

const escapeUri = (uri) => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode);
const hexEncode = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

const escapeUriPath = (uri) => uri.split("/").map(escapeUri).join("/");

function buildQueryString(query) {
    const parts = [];
    for (let key of Object.keys(query).sort()) {
        const value = query[key];
        key = escapeUri(key);
        if (Array.isArray(value)) {
            for (let i = 0, iLen = value.length; i < iLen; i++) {
                parts.push(`${key}=${escapeUri(value[i])}`);
            }
        }
        else {
            let qsEntry = key;
            if (value || typeof value === "string") {
                qsEntry += `=${escapeUri(value)}`;
            }
            parts.push(qsEntry);
        }
    }
    return parts.join("&");
}

class SerdeContextConfig {
    serdeContext;
    setSerdeContext(serdeContext) {
        this.serdeContext = serdeContext;
    }
}

class UnionSerde {
    from;
    to;
    keys;
    constructor(from, to) {
        this.from = from;
        this.to = to;
        const keys = Object.keys(this.from);
        const set = new Set(keys);
        set.delete("__type");
        this.keys = set;
    }
    mark(key) {
        this.keys.delete(key);
    }
    hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
    }
    writeUnknown() {
        if (this.hasUnknown()) {
            const k = this.keys.values().next().value;
            const v = this.from[k];
            this.to.$unknown = [k, v];
        }
    }
}

let canParseBuffer;
function detectBufferParsing() {
    if (canParseBuffer === undefined) {
        try {
            if (typeof Buffer !== "function") {
                canParseBuffer = false;
            }
            else {
                const result = JSON.parse(Buffer.from([0x7b, 0x7d]));
                canParseBuffer = result !== null && typeof result === "object";
            }
        }
        catch {
            canParseBuffer = false;
        }
    }
    return canParseBuffer;
}

function jsonReviver(key, value, context) {
    if (context?.source) {
        const numericString = context.source;
        if (typeof value === "number") {
            const inSafeRange = value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER;
            if (inSafeRange) {
                if (isRepresentable(numericString, value)) {
                    return value;
                }
                return new NumericValue(numericString, "bigDecimal");
            }
            else {
                if (isFractionalBigNumeric(numericString)) {
                    return new NumericValue(numericString, "bigDecimal");
                }
                if (/[eE]/.test(numericString)) {
                    return expandExponentToBigInt(numericString);
                }
                return BigInt(numericString);
            }
        }
    }
    return value;
}
function isFractionalBigNumeric(s) {
    const dotIndex = s.indexOf(".");
    if (dotIndex === -1) {
        return false;
    }
    const eIndex = s.search(/[eE]/);
    if (eIndex === -1) {
        return true;
    }
    const fracDigits = eIndex - dotIndex - 1;
    const exp = parseInt(s.slice(eIndex + 1), 10);
    return exp < fracDigits;
}
function isRepresentable(numericString, value) {
    if (numericString === String(value)) {
        return true;
    }
    if (Object.is(value, -0)) {
        return true;
    }
    if (/[eE]/.test(numericString)) {
        return expandToDecimal(numericString) === expandToDecimal(String(value));
    }
    const normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    const canonical = String(value);
    if (normalized === canonical) {
        return true;
    }
    if (/[eE]/.test(canonical)) {
        return normalized === expandToDecimal(canonical);
    }
    return false;
}
function expandToDecimal(s) {
    const negative = s.startsWith("-");
    const abs = negative ? s.slice(1) : s;
    const eIndex = abs.search(/[eE]/);
    let result;
    if (eIndex === -1) {
        result = abs;
    }
    else {
        const exp = parseInt(abs.slice(eIndex + 1), 10);
        const mantissa = abs.slice(0, eIndex);
        const dotIndex = mantissa.indexOf(".");
        let digits;
        let intLen;
        if (dotIndex === -1) {
            digits = mantissa;
            intLen = mantissa.length;
        }
        else {
            digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
            intLen = dotIndex;
        }
        digits = digits.replace(/0+$/, "") || "0";
        const newDotPos = intLen + exp;
        if (digits === "0") {
            result = "0";
        }
        else if (newDotPos <= 0) {
            result = "0." + "0".repeat(-newDotPos) + digits;
        }
        else if (newDotPos >= digits.length) {
            result = digits + "0".repeat(newDotPos - digits.length);
        }
        else {
            result = digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
        }
    }
    if (result.includes(".")) {
        result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    }
    return (negative ? "-" : "") + result;
}
function expandExponentToBigInt(s) {
    const eIndex = s.search(/[eE]/);
    const exp = parseInt(s.slice(eIndex + 1), 10);
    const negative = s.startsWith("-");
    const mantissa = s.slice(negative ? 1 : 0, eIndex);
    const dotIndex = mantissa.indexOf(".");
    let digits;
    let shift;
    if (dotIndex === -1) {
        digits = mantissa;
        shift = exp;
    }
    else {
        digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1);
        const fracDigits = mantissa.length - dotIndex - 1;
        shift = exp - fracDigits;
    }
    digits = digits.replace(/0+$/, "") || "0";
    const result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
    return negative ? -result : result;
}

const REVIVER_SYMBOL = Symbol.for("@aws-sdk/reviver");
function needsReviver(schema) {
    const ns = NormalizedSchema.of(schema);
    const raw = ns.getSchema();
    if (Array.isArray(raw) && ns.isStructSchema()) {
        if (REVIVER_SYMBOL in raw) {
            return raw[REVIVER_SYMBOL];
        }
        const result = _check(ns, new Set());
        raw[REVIVER_SYMBOL] = result;
        return result;
    }
    return _check(ns, new Set());
}
function _check(ns, seen) {
    const raw = ns.getSchema();
    if (seen.has(raw)) {
        return false;
    }
    seen.add(raw);
    if (ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) {
        return true;
    }
    if (ns.isStructSchema()) {
        for (const [, memberSchema] of ns.structIterator()) {
            if (_check(memberSchema, seen)) {
                return true;
            }
        }
    }
    else if (ns.isListSchema() || ns.isMapSchema()) {
        if (_check(ns.getValueSchema(), seen)) {
            return true;
        }
    }
    else if (ns.isDocumentSchema()) {
        return true;
    }
    return false;
}

const collectBodyString = (streamBody, context) => collectBody(streamBody, context).then((body) => (context?.utf8Encoder ?? toUtf8)(body));

async function parseJsonBody(streamBody, context, schema) {
    let parsingInput;
    if (detectBufferParsing() && typeof streamBody?.[Symbol.asyncIterator] === "function") {
        const buffer = await collectBody(streamBody, context);
        if (typeof Buffer === "function") {
            if (Buffer.isBuffer(buffer)) {
                parsingInput = buffer;
            }
            else {
                parsingInput = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
            }
        }
    }
    if (!parsingInput) {
        parsingInput = await collectBodyString(streamBody, context);
    }
    if (parsingInput.length === 0) {
        return {};
    }
    const reviver = schema && needsReviver(schema) ? jsonReviver : undefined;
    try {
        return JSON.parse(parsingInput, reviver);
    }
    catch (e) {
        if (e?.name === "SyntaxError") {
            Object.defineProperty(e, "$responseBodyText", {
                value: typeof parsingInput === "string" ? parsingInput : parsingInput.toString("utf8"),
            });
        }
        throw e;
    }
}
const parseJsonErrorBody = async (errorBody, context) => {
    const value = await parseJsonBody(errorBody, context);
    value.message = value.message ?? value.Message;
    return value;
};
const findKey = (object, key) => Object.keys(object).find((k) => k.toLowerCase() === key.toLowerCase());
const sanitizeErrorCode = (rawValue) => {
    let cleanValue = rawValue;
    if (typeof cleanValue === "number") {
        cleanValue = cleanValue.toString();
    }
    if (cleanValue.indexOf(",") >= 0) {
        cleanValue = cleanValue.split(",")[0];
    }
    if (cleanValue.indexOf(":") >= 0) {
        cleanValue = cleanValue.split(":")[0];
    }
    if (cleanValue.indexOf("#") >= 0) {
        cleanValue = cleanValue.split("#")[1];
    }
    return cleanValue;
};
const loadRestJsonErrorCode = (output, data) => {
    return loadErrorCode(output, data, ["header", "code", "type"]);
};
const loadJsonRpcErrorCode = (output, data, queryCompat = false) => {
    return loadErrorCode(output, data, queryCompat ? ["code", "header", "type"] : ["type", "code", "header"]);
};
const loadSmithyRpcV2JsonErrorCode = (output, data) => {
    if (data?.__type !== undefined) {
        let cleanValue = data.__type;
        if (typeof cleanValue === "number") {
            cleanValue = cleanValue.toString();
        }
        if (cleanValue.indexOf(",") >= 0) {
            cleanValue = cleanValue.split(",")[0];
        }
        if (cleanValue.indexOf(":") >= 0) {
            cleanValue = cleanValue.split(":")[0];
        }
        return cleanValue;
    }
};
const loadErrorCode = ({ headers }, data, order) => {
    while (order.length > 0) {
        const location = order.shift();
        switch (location) {
            case "header":
                const headerKey = findKey(headers ?? {}, "x-amzn-errortype");
                if (headerKey !== undefined) {
                    return sanitizeErrorCode(headers[headerKey]);
                }
                break;
            case "code":
                const codeKey = findKey(data ?? {}, "code");
                if (codeKey && data[codeKey] !== undefined) {
                    return sanitizeErrorCode(data[codeKey]);
                }
                break;
            case "type":
                if (data?.__type !== undefined) {
                    return sanitizeErrorCode(data.__type);
                }
                break;
        }
    }
};

class JsonShapeDeserializer2 extends SerdeContextConfig {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    async read(schema, data) {
        const reviver = needsReviver(schema) ? jsonReviver : undefined;
        let parsed;
        if (typeof data === "string") {
            if (data.length === 0) {
                return {};
            }
            parsed = JSON.parse(data, reviver);
        }
        else if (data instanceof Uint8Array && detectBufferParsing()) {
            if (data.byteLength === 0) {
                return {};
            }
            const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
            parsed = JSON.parse(buf, reviver);
        }
        else {
            parsed = await parseJsonBody(data, this.serdeContext, schema);
        }
        return this._read(schema, parsed);
    }
    readObject(schema, data) {
        return this._read(schema, data);
    }
    _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
            if (ns.isStructSchema()) {
                return this._readStruct(ns, value);
            }
            if (Array.isArray(value) && ns.isListSchema()) {
                const listMember = ns.getValueSchema();
                if (this.needsTransform(listMember)) {
                    for (let i = 0; i < value.length; ++i) {
                        value[i] = this._read(listMember, value[i]);
                    }
                }
                return value;
            }
            if (ns.isMapSchema()) {
                const mapMember = ns.getValueSchema();
                const map = value;
                if (this.needsTransform(mapMember)) {
                    for (const k in map) {
                        if (!hasOwn(map, k)) {
                            continue;
                        }
                        if (k === "__proto__") {
                            writeKey(map);
                        }
                        map[k] = this._read(mapMember, map[k]);
                    }
                }
                return map;
            }
        }
        if (ns.isBlobSchema() && typeof value === "string") {
            return fromBase64(value);
        }
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) {
                return LazyJsonString.from(value);
            }
            return value;
        }
        if (ns.isTimestampSchema() && value != null) {
            const format = determineTimestampFormat(ns, this.settings);
            switch (format) {
                case 5:
                    return parseRfc3339DateTimeWithOffset(value);
                case 6:
                    return parseRfc7231DateTime(value);
                case 7:
                    return parseEpochTimestamp(value);
                default:
                    console.warn("Missing timestamp format, parsing value with Date constructor:", value);
                    return new Date(value);
            }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) {
            return BigInt(value);
        }
        if (ns.isBigDecimalSchema() && value != undefined) {
            if (value instanceof NumericValue) {
                return value;
            }
            const untyped = value;
            if (untyped.type === "bigDecimal" && "string" in untyped) {
                return new NumericValue(untyped.string, untyped.type);
            }
            return new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
            switch (value) {
                case "Infinity":
                    return Infinity;
                case "-Infinity":
                    return -Infinity;
                case "NaN":
                    return NaN;
            }
            return value;
        }
        if (ns.isDocumentSchema()) {
            if (isObject) {
                if (Array.isArray(value)) {
                    for (let i = 0; i < value.length; ++i) {
                        const v = value[i];
                        if (!(v instanceof NumericValue)) {
                            value[i] = this._read(ns, v);
                        }
                    }
                }
                else {
                    const doc = value;
                    for (const k in doc) {
                        if (!hasOwn(doc, k)) {
                            continue;
                        }
                        if (k === "__proto__") {
                            writeKey(doc);
                        }
                        const v = doc[k];
                        if (!(v instanceof NumericValue)) {
                            doc[k] = this._read(ns, v);
                        }
                    }
                }
            }
        }
        return value;
    }
    _readStruct(ns, record) {
        const union = ns.isUnionSchema();
        const out = {};
        let nameMap;
        const hasType = typeof record.__type === "string";
        const { jsonName } = this.settings;
        if (jsonName && hasType) {
            nameMap = {};
        }
        let unionSerde;
        if (union) {
            unionSerde = new UnionSerde(record, out);
        }
        for (const [memberName, memberSchema] of ns.structIterator()) {
            let fromKey = memberName;
            if (jsonName) {
                fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
                if (hasType) {
                    nameMap[fromKey] = memberName;
                }
            }
            if (union) {
                unionSerde.mark(fromKey);
            }
            if (record[fromKey] != null) {
                out[memberName] = this._read(memberSchema, record[fromKey]);
            }
        }
        if (union) {
            unionSerde.writeUnknown();
        }
        else if (hasType) {
            for (const k in record) {
                if (!hasOwn(record, k)) {
                    continue;
                }
                const v = record[k];
                const t = jsonName ? (nameMap[k] ?? k) : k;
                if (!(t in out)) {
                    out[t] = v;
                }
            }
        }
        return out;
    }
    needsTransform(ns) {
        if (ns.isBlobSchema() ||
            ns.isTimestampSchema() ||
            ns.isBigIntegerSchema() ||
            ns.isBigDecimalSchema() ||
            ns.isNumericSchema()) {
            return true;
        }
        if (ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) {
            return true;
        }
        if (ns.isStringSchema() && ns.getMergedTraits().mediaType) {
            return true;
        }
        return false;
    }
}

class JsonBytesStringAdapter extends Uint8Array {
    string = null;
    static allocUnsafe(bytes) {
        if (typeof Buffer === "function") {
            const buffer = Buffer.allocUnsafe(bytes);
            return new JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
        return new JsonBytesStringAdapter(bytes);
    }
    toString() {
        return this.s();
    }
    valueOf() {
        return this.s();
    }
    includes(searchString, position) {
        if (typeof searchString === "string") {
            return this.s().includes(searchString, position);
        }
        return Uint8Array.prototype.includes.call(this, searchString, position);
    }
    indexOf(searchString, position) {
        if (typeof searchString === "string") {
            return this.s().indexOf(searchString, position);
        }
        return Uint8Array.prototype.indexOf.call(this, searchString, position);
    }
    lastIndexOf(searchString, position) {
        if (typeof searchString === "string") {
            return this.s().lastIndexOf(searchString, position);
        }
        const fn = Uint8Array.prototype.lastIndexOf;
        if (position !== undefined) {
            return fn.call(this, searchString, position);
        }
        return fn.call(this, searchString);
    }
    startsWith(searchString, position) {
        return this.s().startsWith(searchString, position);
    }
    endsWith(searchString, endPosition) {
        return this.s().endsWith(searchString, endPosition);
    }
    match(regexp) {
        return this.s().match(regexp);
    }
    replace(searchValue, replaceValue) {
        return this.s().replace(searchValue, replaceValue);
    }
    search(regexp) {
        return this.s().search(regexp);
    }
    split(separator, limit) {
        return this.s().split(separator, limit);
    }
    substring(start, end) {
        return this.s().substring(start, end);
    }
    trim() {
        return this.s().trim();
    }
    trimStart() {
        return this.s().trimStart();
    }
    trimEnd() {
        return this.s().trimEnd();
    }
    charAt(pos) {
        return this.s().charAt(pos);
    }
    charCodeAt(index) {
        return this.s().charCodeAt(index);
    }
    padStart(maxLength, fillString) {
        return this.s().padStart(maxLength, fillString);
    }
    padEnd(maxLength, fillString) {
        return this.s().padEnd(maxLength, fillString);
    }
    repeat(count) {
        return this.s().repeat(count);
    }
    toUpperCase() {
        return this.s().toUpperCase();
    }
    toLowerCase() {
        return this.s().toLowerCase();
    }
    s() {
        if (this.string == null) {
            const n = Date.now();
            if (n > warned + 60_000) {
                console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. " +
                    "It has been automatically converted to string. In a future version this will throw an error.");
                warned = n;
            }
            this.string = toUtf8(this);
        }
        return this.string;
    }
}
var warned = 0;

const encoder = new TextEncoder();
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const TRUE = new Uint8Array([0x74, 0x72, 0x75, 0x65]);
const FALSE = new Uint8Array([0x66, 0x61, 0x6c, 0x73, 0x65]);
const NULL = new Uint8Array([0x6e, 0x75, 0x6c, 0x6c]);
const ESCAPE_TABLE = new Array(128).fill(null);
ESCAPE_TABLE[0x08] = "b";
ESCAPE_TABLE[0x09] = "t";
ESCAPE_TABLE[0x0a] = "n";
ESCAPE_TABLE[0x0c] = "f";
ESCAPE_TABLE[0x0d] = "r";
ESCAPE_TABLE[0x22] = '"';
ESCAPE_TABLE[0x5c] = "\\";
for (let i = 0; i < 0x20; i++) {
    if (ESCAPE_TABLE[i] === null) {
        ESCAPE_TABLE[i] = "u00" + i.toString(16).padStart(2, "0");
    }
}
const INITIAL_BUFFER_SIZE = 2048;
function alloc(size) {
    return JsonBytesStringAdapter.allocUnsafe(size);
}
class JsonShapeSerializer2 extends SerdeContextConfig {
    settings;
    json;
    i = 0;
    rootSchema;
    rawValue;
    passthrough = false;
    constructor(settings) {
        super();
        this.settings = settings;
        this.json = alloc(INITIAL_BUFFER_SIZE);
    }
    write(schema, value) {
        this.i = 0;
        this.rawValue = value;
        this.rootSchema = NormalizedSchema.of(schema);
        this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema();
        if (!this.passthrough) {
            this.writeValue(this.rootSchema, value, undefined);
        }
    }
    writeDiscriminatedDocument(schema, value) {
        this.i = 0;
        this.rootSchema = NormalizedSchema.of(schema);
        const ns = this.rootSchema;
        if (ns.isStructSchema() && value != null && typeof value === "object") {
            this.writeValue(ns, value, undefined);
            const prefix = `"__type":"${ns.getName(true) ?? "Unknown"}",`;
            const z = prefix.length;
            this.ensure(z);
            this.json.copyWithin(1 + z, 1, this.i);
            encoder.encodeInto(prefix, this.json.subarray(1));
            this.i += z;
        }
        else {
            this.writeValue(ns, value, undefined);
        }
    }
    flush() {
        this.rootSchema = undefined;
        const finalPosition = this.i;
        this.i = 0;
        const raw = this.rawValue;
        this.rawValue = undefined;
        if (finalPosition === 0) {
            return raw;
        }
        const result = this.json.subarray(0, finalPosition);
        this.json = alloc(INITIAL_BUFFER_SIZE);
        return result;
    }
    ensure(byteCount) {
        const { i, json } = this;
        if (i + byteCount > json.length) {
            let newSize = json.length * 2;
            while (newSize < i + byteCount) {
                newSize *= 2;
            }
            const next = alloc(newSize);
            next.set(this.json);
            this.json = next;
        }
    }
    writeAscii(s) {
        const z = s.length;
        this.ensure(z);
        let { i, json } = this;
        for (let j = 0; j < z; ++j) {
            json[i] = s.charCodeAt(j);
            i += 1;
        }
        this.i = i;
    }
    writeAsciiQuoted(s) {
        const z = s.length;
        this.ensure(z + 4);
        let { json, i } = this;
        json[i++] = QUOTE;
        for (let j = 0; j < z; ++j) {
            json[i++] = s.charCodeAt(j);
        }
        json[i++] = QUOTE;
        this.i = i;
    }
    writeJsonString(s) {
        const z = s.length;
        this.ensure(z * 3 + 2);
        this.json[this.i++] = QUOTE;
        for (let j = 0; j < z; ++j) {
            const c = s.charCodeAt(j);
            if (c > 0x22 && c < 0x5c) {
                this.json[this.i++] = c;
            }
            else if (c < 0x80) {
                const esc = ESCAPE_TABLE[c];
                if (esc !== null) {
                    this.ensure(esc.length + 1 + (z - j - 1) * 3 + 1);
                    this.json[this.i++] = BACKSLASH;
                    for (let k = 0; k < esc.length; k++) {
                        this.json[this.i++] = esc.charCodeAt(k);
                    }
                }
                else {
                    this.json[this.i++] = c;
                }
            }
            else if (c >= 0xd800 && c <= 0xdbff) {
                const next = j + 1 < z ? s.charCodeAt(j + 1) : 0;
                if (next >= 0xdc00 && next <= 0xdfff) {
                    this.ensure(4);
                    const { written } = encoder.encodeInto(s.substring(j, j + 2), this.json.subarray(this.i));
                    this.i += written;
                    ++j;
                }
                else {
                    this.ensure(6 + (z - j - 1) * 3 + 1);
                    this.writeUnicodeEscape(c);
                }
            }
            else if (c >= 0xdc00 && c <= 0xdfff) {
                this.ensure(6 + (z - j - 1) * 3 + 1);
                this.writeUnicodeEscape(c);
            }
            else {
                let { i, json } = this;
                if (c < 0x800) {
                    json[i++] = 0xc0 | (c >> 6);
                    json[i++] = 0x80 | (c & 0x3f);
                }
                else {
                    json[i++] = 0xe0 | (c >> 12);
                    json[i++] = 0x80 | ((c >> 6) & 0x3f);
                    json[i++] = 0x80 | (c & 0x3f);
                }
                this.i = i;
            }
        }
        this.json[this.i++] = QUOTE;
    }
    writeUnicodeEscape(code) {
        let { json, i } = this;
        json[i++] = BACKSLASH;
        json[i++] = 0x75;
        const hex = code.toString(16).padStart(4, "0");
        for (let j = 0; j < 4; ++j) {
            json[i++] = hex.charCodeAt(j);
        }
        this.i = i;
    }
    static B64 = (() => {
        const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        const table = new Uint8Array(64);
        for (let i = 0; i < 64; ++i) {
            table[i] = chars.charCodeAt(i);
        }
        return table;
    })();
    writeBase64(data) {
        const b64Len = Math.ceil(data.length / 3) * 4;
        this.ensure(b64Len + 2);
        const json = this.json;
        const B64 = JsonShapeSerializer2.B64;
        let i = this.i;
        json[i++] = QUOTE;
        const len = data.length;
        const remainder = len % 3;
        const mainLen = len - remainder;
        for (let j = 0; j < mainLen; j += 3) {
            const a = data[j];
            const b = data[j + 1];
            const c = data[j + 2];
            json[i++] = B64[a >> 2];
            json[i++] = B64[((a & 0x03) << 4) | (b >> 4)];
            json[i++] = B64[((b & 0x0f) << 2) | (c >> 6)];
            json[i++] = B64[c & 0x3f];
        }
        if (remainder === 2) {
            const a = data[mainLen];
            const b = data[mainLen + 1];
            json[i++] = B64[a >> 2];
            json[i++] = B64[((a & 0x03) << 4) | (b >> 4)];
            json[i++] = B64[(b & 0x0f) << 2];
            json[i++] = 0x3d;
        }
        else if (remainder === 1) {
            const a = data[mainLen];
            json[i++] = B64[a >> 2];
            json[i++] = B64[(a & 0x03) << 4];
            json[i++] = 0x3d;
            json[i++] = 0x3d;
        }
        json[i++] = QUOTE;
        this.i = i;
    }
    writeValue(schema, value, container) {
        if (value == null) {
            if (container?.isStructSchema()) {
                if (value === undefined) {
                    const ns = NormalizedSchema.of(schema);
                    if (ns.isIdempotencyToken()) {
                        this.writeAsciiQuoted(generateIdempotencyToken());
                        return;
                    }
                }
                return;
            }
            this.ensure(4);
            this.json.set(NULL, this.i);
            this.i += 4;
            return;
        }
        const ns = NormalizedSchema.of(schema);
        const isObject = typeof value === "object";
        if (ns.isStringSchema()) {
            const mediaType = ns.getMergedTraits().mediaType;
            if (mediaType) {
                const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
                if (isJson) {
                    this.writeJsonString(LazyJsonString.from(value).toString());
                    return;
                }
            }
        }
        if (this.settings.bigNumberAsString && value != null && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
            const asString = value instanceof NumericValue ? value.string : String(value);
            this.writeAsciiQuoted(asString);
            return;
        }
        if (isObject) {
            if (ns.isStructSchema()) {
                this.writeStruct(ns, value);
                return;
            }
            if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) {
                this.writeList(ns, value, ns.isDocumentSchema());
                return;
            }
            if (ns.isMapSchema()) {
                this.writeMap(ns, value, false);
                return;
            }
            if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) {
                this.writeBase64(value);
                return;
            }
            if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
                this.writeTimestamp(ns, value);
                return;
            }
            if (value instanceof NumericValue) {
                this.writeAscii(value.string);
                return;
            }
            if (ns.isDocumentSchema()) {
                if (Array.isArray(value)) {
                    this.writeList(ns, value, true);
                }
                else {
                    this.writeMap(ns, value, true);
                }
                return;
            }
            const json = JSON.stringify(value);
            this.writeAscii(json);
            return;
        }
        if (typeof value === "string") {
            if (ns.isBlobSchema()) {
                const b64 = (this.serdeContext?.base64Encoder ?? toBase64)(value);
                this.writeAsciiQuoted(b64);
                return;
            }
            this.writeJsonString(value);
            return;
        }
        if (typeof value === "number") {
            if (Math.abs(value) === Infinity || Number.isNaN(value)) {
                this.writeAsciiQuoted(String(value));
                return;
            }
            const numStr = String(value);
            this.writeAscii(numStr);
            return;
        }
        if (typeof value === "boolean") {
            this.ensure(5);
            let { i, json } = this;
            if (value) {
                json.set(TRUE, i);
                i += 4;
            }
            else {
                json.set(FALSE, i);
                i += 5;
            }
            this.i = i;
            return;
        }
        if (typeof value === "bigint") {
            this.writeAscii(value.toString());
            return;
        }
        this.writeAscii(String(value));
    }
    writeStruct(ns, value) {
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let wroteAny = false;
        const hasType = typeof value.__type === "string";
        let writtenKeys;
        if (hasType) {
            writtenKeys = new Set();
        }
        for (const [memberName, memberSchema] of ns.structIterator()) {
            const item = value[memberName];
            if (item == null && !memberSchema.isIdempotencyToken()) {
                continue;
            }
            if (wroteAny) {
                this.ensure(1);
                this.json[this.i++] = COMMA;
            }
            wroteAny = true;
            const targetKey = this.settings.jsonName ? (memberSchema.getMergedTraits().jsonName ?? memberName) : memberName;
            if (writtenKeys) {
                writtenKeys.add(memberName);
                writtenKeys.add(targetKey);
            }
            this.writeAsciiQuoted(targetKey);
            this.json[this.i++] = COLON;
            this.writeValue(memberSchema, item, ns);
        }
        if (!wroteAny && ns.isUnionSchema()) {
            const { $unknown } = value;
            if (Array.isArray($unknown)) {
                const [k, v] = $unknown;
                this.writeAsciiQuoted(k);
                this.ensure(1);
                this.json[this.i++] = COLON;
                this.writeValue(15, v, ns);
            }
        }
        else if (hasType) {
            for (const k in value) {
                if (writtenKeys.has(k)) {
                    continue;
                }
                writtenKeys.add(k);
                const v = value[k];
                if (wroteAny) {
                    this.ensure(1);
                    this.json[this.i++] = COMMA;
                }
                wroteAny = true;
                this.writeAsciiQuoted(k);
                this.ensure(1);
                this.json[this.i++] = COLON;
                this.writeValue(15, v, undefined);
            }
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
    }
    writeList(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) {
            if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
                let hasSpecials = false;
                for (let i = 0; i < value.length; ++i) {
                    const v = value[i];
                    if (Number.isNaN(v) || v === Infinity || v === -Infinity || (v == null && !sparse)) {
                        hasSpecials = true;
                        break;
                    }
                }
                let json;
                if (!hasSpecials) {
                    json = JSON.stringify(value);
                }
                else {
                    const out = [];
                    for (let i = 0; i < value.length; ++i) {
                        const v = value[i];
                        if (v == null && !sparse) {
                            continue;
                        }
                        if (Number.isNaN(v) || v === Infinity || v === -Infinity) {
                            out.push(String(v));
                        }
                        else {
                            out.push(v);
                        }
                    }
                    json = JSON.stringify(out);
                }
                this.ensure(json.length * 3);
                this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
                return;
            }
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACKET;
        let wroteFirstItem = false;
        for (let i = 0; i < value.length; ++i) {
            const item = value[i];
            if (isDocument ? item === undefined : item == null && !sparse) {
                continue;
            }
            if (wroteFirstItem) {
                this.ensure(1);
                this.json[this.i++] = COMMA;
            }
            this.writeValue(valueSchema, item, undefined);
            wroteFirstItem = true;
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACKET;
    }
    writeMap(ns, value, isDocument) {
        const sparse = !!ns.getMergedTraits().sparse;
        const valueSchema = ns.getValueSchema();
        if (!isDocument) {
            if (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema()) {
                let modifications;
                for (const k in value) {
                    if (!hasOwn(value, k)) {
                        continue;
                    }
                    const v = value[k];
                    if (Number.isNaN(v) || v === Infinity || v === -Infinity) {
                        (modifications ??= {})[k] = v;
                        value[k] = String(v);
                    }
                    else if (v === null && !sparse) {
                        (modifications ??= {})[k] = null;
                        value[k] = undefined;
                    }
                }
                const json = JSON.stringify(value);
                if (modifications) {
                    Object.assign(value, modifications);
                }
                this.ensure(json.length * 3);
                this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written;
                return;
            }
        }
        this.ensure(2);
        this.json[this.i++] = OPEN_BRACE;
        let first = true;
        for (const k in value) {
            if (!hasOwn(value, k)) {
                continue;
            }
            const v = value[k];
            if (isDocument ? v === undefined : v == null && !sparse) {
                continue;
            }
            if (!first) {
                this.ensure(1);
                this.json[this.i++] = COMMA;
            }
            first = false;
            this.writeJsonString(k);
            this.ensure(1);
            this.json[this.i++] = COLON;
            this.writeValue(valueSchema, v, undefined);
        }
        this.ensure(1);
        this.json[this.i++] = CLOSE_BRACE;
    }
    writeTimestamp(ns, value) {
        const format = determineTimestampFormat(ns, this.settings);
        switch (format) {
            case 5: {
                const iso = value.toISOString().replace(".000Z", "Z");
                this.writeAsciiQuoted(iso);
                return;
            }
            case 6: {
                this.writeAsciiQuoted(dateToUtcString(value));
                return;
            }
            case 7: {
                const epochSecs = String(value.getTime() / 1000);
                this.writeAscii(epochSecs);
                return;
            }
            default: {
                const epochSecs = String(value.getTime() / 1000);
                this.writeAscii(epochSecs);
                return;
            }
        }
    }
}

class JsonCodec2 extends SerdeContextConfig {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    createSerializer() {
        const serializer = new JsonShapeSerializer2(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
    }
    createDeserializer() {
        const deserializer = new JsonShapeDeserializer2(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
    }
}

class SmithyRpcV2JsonProtocol extends AbstractRpcV2Protocol {
    codec = new JsonCodec2({
        timestampFormat: {
            useTrait: false,
            default: 7,
        },
        jsonName: false,
        bigNumberAsString: true,
    });
    serializer = this.codec.createSerializer();
    deserializer = this.codec.createDeserializer();
    getShapeId() {
        return "smithy.protocols#rpcv2Json";
    }
    getPayloadCodec() {
        return this.codec;
    }
    getSmithyProtocolHeaderValue() {
        return "rpc-v2-json";
    }
    applyEmptyBody(request) {
        if (!request.body) {
            request.body = "{}";
        }
    }
    async handleError(operationSchema, context, response, dataObject, metadata) {
        const errorName = loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown";
        const errorMetadata = {
            $metadata: metadata,
            $fault: response.statusCode <= 500 ? "client" : "server",
        };
        let namespace = this.options.defaultNamespace;
        if (errorName.includes("#")) {
            [namespace] = errorName.split("#");
        }
        const registry = this.compositeErrorRegistry;
        const nsRegistry = TypeRegistry.for(namespace);
        registry.copyFrom(nsRegistry);
        let errorSchema;
        try {
            errorSchema = registry.getSchema(errorName);
        }
        catch (ignored) {
            if (dataObject.Message) {
                dataObject.message = dataObject.Message;
            }
            const syntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + namespace);
            registry.copyFrom(syntheticRegistry);
            const baseExceptionSchema = registry.getBaseException();
            if (baseExceptionSchema) {
                const ErrorCtor = registry.getErrorCtor(baseExceptionSchema);
                throw Object.assign(new ErrorCtor({ name: errorName }), errorMetadata, dataObject);
            }
            throw Object.assign(new Error(errorName), errorMetadata, dataObject);
        }
        const ns = NormalizedSchema.of(errorSchema);
        const ErrorCtor = registry.getErrorCtor(errorSchema);
        const message = dataObject.message ?? dataObject.Message ?? "Unknown";
        const exception = new ErrorCtor({});
        const output = {};
        const errorDeserializer = this.codec.createDeserializer();
        for (const [name, member] of ns.structIterator()) {
            if (dataObject[name] != null) {
                output[name] = errorDeserializer.readObject(member, dataObject[name]);
            }
        }
        throw Object.assign(exception, errorMetadata, {
            $fault: ns.getMergedTraits().error,
            message,
        }, output);
    }
    getDefaultContentType() {
        return "application/json";
    }
}

class JsonShapeDeserializer extends SerdeContextConfig {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    async read(schema, data) {
        const reviver = needsReviver(schema) ? jsonReviver : undefined;
        return this._read(schema, typeof data === "string" ? JSON.parse(data, reviver) : await parseJsonBody(data, this.serdeContext, schema));
    }
    readObject(schema, data) {
        return this._read(schema, data);
    }
    _read(schema, value) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
            if (ns.isStructSchema()) {
                const record = value;
                const union = ns.isUnionSchema();
                const out = {};
                let nameMap = void 0;
                const { jsonName } = this.settings;
                if (jsonName) {
                    nameMap = {};
                }
                let unionSerde;
                if (union) {
                    unionSerde = new UnionSerde(record, out);
                }
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    let fromKey = memberName;
                    if (jsonName) {
                        fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey;
                        nameMap[fromKey] = memberName;
                    }
                    if (union) {
                        unionSerde.mark(fromKey);
                    }
                    if (record[fromKey] != null) {
                        out[memberName] = this._read(memberSchema, record[fromKey]);
                    }
                }
                if (union) {
                    unionSerde.writeUnknown();
                }
                else if (typeof record.__type === "string") {
                    for (const k in record) {
                        if (!hasOwn(record, k)) {
                            continue;
                        }
                        const v = record[k];
                        const t = jsonName ? (nameMap[k] ?? k) : k;
                        if (!(t in out)) {
                            out[t] = v;
                        }
                    }
                }
                return out;
            }
            if (Array.isArray(value) && ns.isListSchema()) {
                const listMember = ns.getValueSchema();
                const out = [];
                for (const item of value) {
                    out.push(this._read(listMember, item));
                }
                return out;
            }
            if (ns.isMapSchema()) {
                const mapMember = ns.getValueSchema();
                const out = {};
                for (const _k in value) {
                    if (!hasOwn(value, _k)) {
                        continue;
                    }
                    if (_k === "__proto__") {
                        writeKey(out);
                    }
                    out[_k] = this._read(mapMember, value[_k]);
                }
                return out;
            }
        }
        if (ns.isBlobSchema() && typeof value === "string") {
            return fromBase64(value);
        }
        const mediaType = ns.getMergedTraits().mediaType;
        if (ns.isStringSchema() && typeof value === "string" && mediaType) {
            const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
            if (isJson) {
                return LazyJsonString.from(value);
            }
            return value;
        }
        if (ns.isTimestampSchema() && value != null) {
            const format = determineTimestampFormat(ns, this.settings);
            switch (format) {
                case 5:
                    return parseRfc3339DateTimeWithOffset(value);
                case 6:
                    return parseRfc7231DateTime(value);
                case 7:
                    return parseEpochTimestamp(value);
                default:
                    console.warn("Missing timestamp format, parsing value with Date constructor:", value);
                    return new Date(value);
            }
        }
        if (ns.isBigIntegerSchema() && (typeof value === "number" || typeof value === "string")) {
            return BigInt(value);
        }
        if (ns.isBigDecimalSchema() && value != undefined) {
            if (value instanceof NumericValue) {
                return value;
            }
            const untyped = value;
            if (untyped.type === "bigDecimal" && "string" in untyped) {
                return new NumericValue(untyped.string, untyped.type);
            }
            return new NumericValue(String(value), "bigDecimal");
        }
        if (ns.isNumericSchema() && typeof value === "string") {
            switch (value) {
                case "Infinity":
                    return Infinity;
                case "-Infinity":
                    return -Infinity;
                case "NaN":
                    return NaN;
            }
            return value;
        }
        if (ns.isDocumentSchema()) {
            if (isObject) {
                const out = Array.isArray(value) ? [] : {};
                for (const k in value) {
                    if (!hasOwn(value, k)) {
                        continue;
                    }
                    if (k === "__proto__") {
                        writeKey(out);
                    }
                    const v = value[k];
                    if (v instanceof NumericValue) {
                        out[k] = v;
                    }
                    else {
                        out[k] = this._read(ns, v);
                    }
                }
                return out;
            }
            else {
                return structuredClone(value);
            }
        }
        return value;
    }
}

const NUMERIC_CONTROL_CHAR = String.fromCharCode(925);
class JsonReplacer {
    values = new Map();
    counter = 0;
    stage = 0;
    createReplacer() {
        if (this.stage === 1) {
            throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.");
        }
        if (this.stage === 2) {
            throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        }
        this.stage = 1;
        return (key, value) => {
            if (value instanceof NumericValue) {
                const v = `${NUMERIC_CONTROL_CHAR + "nv" + this.counter++}_` + value.string;
                this.values.set(`"${v}"`, value.string);
                return v;
            }
            if (typeof value === "bigint") {
                const s = value.toString();
                const v = `${NUMERIC_CONTROL_CHAR + "b" + this.counter++}_` + s;
                this.values.set(`"${v}"`, s);
                return v;
            }
            return value;
        };
    }
    replaceInJson(json) {
        if (this.stage === 0) {
            throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.");
        }
        if (this.stage === 2) {
            throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
        }
        this.stage = 2;
        if (this.counter === 0) {
            return json;
        }
        for (const [key, value] of this.values) {
            json = json.replace(key, value);
        }
        return json;
    }
}

class JsonShapeSerializer extends SerdeContextConfig {
    settings;
    buffer;
    useReplacer = false;
    rootSchema;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    write(schema, value) {
        this.rootSchema = NormalizedSchema.of(schema);
        this.buffer = this._write(this.rootSchema, value);
    }
    flush() {
        const { rootSchema, useReplacer } = this;
        this.rootSchema = undefined;
        this.useReplacer = false;
        if (rootSchema?.isStructSchema() || rootSchema?.isDocumentSchema()) {
            if (!useReplacer) {
                return JSON.stringify(this.buffer);
            }
            const replacer = new JsonReplacer();
            return replacer.replaceInJson(JSON.stringify(this.buffer, replacer.createReplacer(), 0));
        }
        return this.buffer;
    }
    writeDiscriminatedDocument(schema, value) {
        this.write(schema, value);
        if (typeof this.buffer === "object") {
            this.buffer.__type = NormalizedSchema.of(schema).getName(true);
        }
    }
    _write(schema, value, container) {
        const isObject = value !== null && typeof value === "object";
        const ns = NormalizedSchema.of(schema);
        if (isObject) {
            if (ns.isStructSchema()) {
                const record = value;
                const out = {};
                const { jsonName } = this.settings;
                let nameMap = void 0;
                if (jsonName) {
                    nameMap = {};
                }
                let outCount = 0;
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    const serializableValue = this._write(memberSchema, record[memberName], ns);
                    if (serializableValue !== undefined) {
                        let targetKey = memberName;
                        if (jsonName) {
                            targetKey = memberSchema.getMergedTraits().jsonName ?? memberName;
                            nameMap[memberName] = targetKey;
                        }
                        out[targetKey] = serializableValue;
                        outCount++;
                    }
                }
                if (ns.isUnionSchema() && outCount === 0) {
                    const { $unknown } = record;
                    if (Array.isArray($unknown)) {
                        const [k, v] = $unknown;
                        if (k === "__proto__") {
                            writeKey(out);
                        }
                        out[k] = this._write(15, v);
                    }
                }
                else if (typeof record.__type === "string") {
                    for (const k in record) {
                        if (!hasOwn(record, k)) {
                            continue;
                        }
                        const v = record[k];
                        const targetKey = jsonName ? (nameMap[k] ?? k) : k;
                        if (!(targetKey in out)) {
                            out[targetKey] = this._write(15, v);
                        }
                    }
                }
                return out;
            }
            if (Array.isArray(value) && ns.isListSchema()) {
                const listMember = ns.getValueSchema();
                const out = [];
                const sparse = !!ns.getMergedTraits().sparse;
                for (const item of value) {
                    if (sparse || item != null) {
                        out.push(this._write(listMember, item));
                    }
                }
                return out;
            }
            if (ns.isMapSchema()) {
                const mapMember = ns.getValueSchema();
                const out = {};
                const sparse = !!ns.getMergedTraits().sparse;
                for (const _k in value) {
                    if (!hasOwn(value, _k)) {
                        continue;
                    }
                    const _v = value[_k];
                    if (sparse || _v != null) {
                        if (_k === "__proto__") {
                            writeKey(out);
                        }
                        out[_k] = this._write(mapMember, _v);
                    }
                }
                return out;
            }
            if (value instanceof Uint8Array && ns.isBlobSchema()) {
                if (ns === this.rootSchema) {
                    return value;
                }
                return (this.serdeContext?.base64Encoder ?? toBase64)(value);
            }
            if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) {
                const format = determineTimestampFormat(ns, this.settings);
                switch (format) {
                    case 5:
                        return value.toISOString().replace(".000Z", "Z");
                    case 6:
                        return dateToUtcString(value);
                    case 7:
                        return value.getTime() / 1000;
                    default:
                        console.warn("Missing timestamp format, using epoch seconds", value);
                        return value.getTime() / 1000;
                }
            }
            if (value instanceof NumericValue) {
                this.useReplacer = true;
            }
        }
        if (value === null && container?.isStructSchema()) {
            return void 0;
        }
        if (ns.isStringSchema()) {
            if (typeof value === "undefined" && ns.isIdempotencyToken()) {
                return generateIdempotencyToken();
            }
            const mediaType = ns.getMergedTraits().mediaType;
            if (value != null && mediaType) {
                const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
                if (isJson) {
                    return LazyJsonString.from(value);
                }
            }
            return value;
        }
        if (typeof value === "number") {
            if (Math.abs(value) === Infinity || isNaN(value)) {
                return String(value);
            }
            return value;
        }
        if (typeof value === "string" && ns.isBlobSchema()) {
            if (ns === this.rootSchema) {
                return value;
            }
            return (this.serdeContext?.base64Encoder ?? toBase64)(value);
        }
        if (typeof value === "bigint") {
            this.useReplacer = true;
        }
        if (ns.isDocumentSchema()) {
            if (isObject) {
                if (value instanceof Uint8Array) {
                    return (this.serdeContext?.base64Encoder ?? toBase64)(value);
                }
                const out = Array.isArray(value) ? [] : {};
                for (const k in value) {
                    if (!hasOwn(value, k)) {
                        continue;
                    }
                    const v = value[k];
                    if (k === "__proto__") {
                        writeKey(out);
                    }
                    if (v instanceof NumericValue) {
                        this.useReplacer = true;
                        out[k] = v;
                    }
                    else {
                        out[k] = this._write(ns, v);
                    }
                }
                return out;
            }
            else {
                return structuredClone(value);
            }
        }
        return value;
    }
}

class JsonCodec extends SerdeContextConfig {
    settings;
    constructor(settings) {
        super();
        this.settings = settings;
    }
    createSerializer() {
        const serializer = new JsonShapeSerializer(this.settings);
        serializer.setSerdeContext(this.serdeContext);
        return serializer;
    }
    createDeserializer() {
        const deserializer = new JsonShapeDeserializer(this.settings);
        deserializer.setSerdeContext(this.serdeContext);
        return deserializer;
    }
}

exports.AbstractRpcV2Protocol = AbstractRpcV2Protocol;
exports.Field = Field;
exports.Fields = Fields;
exports.FromStringShapeDeserializer = FromStringShapeDeserializer;
exports.HttpBindingProtocol = HttpBindingProtocol;
exports.HttpInterceptingShapeDeserializer = HttpInterceptingShapeDeserializer;
exports.HttpInterceptingShapeSerializer = HttpInterceptingShapeSerializer;
exports.HttpProtocol = HttpProtocol;
exports.JsonCodec = JsonCodec;
exports.JsonCodec2 = JsonCodec2;
exports.JsonShapeDeserializer = JsonShapeDeserializer;
exports.JsonShapeDeserializer2 = JsonShapeDeserializer2;
exports.JsonShapeSerializer = JsonShapeSerializer;
exports.JsonShapeSerializer2 = JsonShapeSerializer2;
exports.RequestBuilder = RequestBuilder;
exports.RpcProtocol = RpcProtocol;
exports.SerdeContext = SerdeContext;
exports.SmithyRpcV2JsonProtocol = SmithyRpcV2JsonProtocol;
exports.ToStringShapeSerializer = ToStringShapeSerializer;
exports.buildQueryString = buildQueryString;
exports.collectBody = collectBody;
exports.contentLengthMiddleware = contentLengthMiddleware;
exports.contentLengthMiddlewareOptions = contentLengthMiddlewareOptions;
exports.determineTimestampFormat = determineTimestampFormat;
exports.escapeUri = escapeUri;
exports.escapeUriPath = escapeUriPath;
exports.extendedEncodeURIComponent = extendedEncodeURIComponent;
exports.getContentLengthPlugin = getContentLengthPlugin;
exports.getHttpHandlerExtensionConfiguration = getHttpHandlerExtensionConfiguration;
exports.loadJsonRpcErrorCode = loadJsonRpcErrorCode;
exports.loadRestJsonErrorCode = loadRestJsonErrorCode;
exports.loadSmithyRpcV2JsonErrorCode = loadSmithyRpcV2JsonErrorCode;
exports.parseJsonBody = parseJsonBody;
exports.parseJsonErrorBody = parseJsonErrorBody;
exports.requestBuilder = requestBuilder;
exports.resolveHttpHandlerRuntimeConfig = resolveHttpHandlerRuntimeConfig;
exports.resolvedPath = resolvedPath;


/***/ }),

/***/ 420:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { getSmithyContext, HttpResponse, toEndpointV1 } = __nccwpck_require__(816);

const deref = (schemaRef) => {
    if (typeof schemaRef === "function") {
        return schemaRef();
    }
    return schemaRef;
};

const operation = (namespace, name, traits, input, output) => ({
    name,
    namespace,
    traits,
    input,
    output,
});

const schemaDeserializationMiddleware = (config) => (next, context) => async (args) => {
    const { response } = await next(args);
    const { operationSchema } = getSmithyContext(context);
    const [, ns, n, t, i, o] = operationSchema ?? [];
    try {
        const parsed = await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
            ...config,
            ...context,
        }, response);
        return {
            response,
            output: parsed,
        };
    }
    catch (error) {
        Object.defineProperty(error, "$response", {
            value: response,
            enumerable: false,
            writable: false,
            configurable: false,
        });
        if (!("$metadata" in error)) {
            const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
            try {
                error.message += "\n  " + hint;
            }
            catch (ignored) {
                if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") {
                    console.warn(hint);
                }
                else {
                    context.logger?.warn?.(hint);
                }
            }
            if (typeof error.$responseBodyText !== "undefined") {
                if (error.$response) {
                    error.$response.body = error.$responseBodyText;
                }
            }
            try {
                if (HttpResponse.isInstance(response)) {
                    const { headers = {}, statusCode } = response;
                    const headerEntries = Object.entries(headers);
                    error.$metadata = {
                        httpStatusCode: statusCode,
                        requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                        extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                        cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries),
                    };
                }
            }
            catch (ignored) {
            }
        }
        throw error;
    }
};
const findHeader = (pattern, headers) => {
    return (headers.find(([k]) => {
        return k.match(pattern);
    }) || [void 0, void 0])[1];
};

const schemaSerializationMiddleware = (config) => (next, context) => async (args) => {
    const { operationSchema } = getSmithyContext(context);
    const [, ns, n, t, i, o] = operationSchema ?? [];
    const endpoint = context.endpointV2
        ? async () => toEndpointV1(context.endpointV2)
        : config.endpoint;
    const request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
        ...config,
        ...context,
        endpoint,
    });
    return next({
        ...args,
        request,
    });
};

const deserializerMiddlewareOption = {
    name: "deserializerMiddleware",
    step: "deserialize",
    tags: ["DESERIALIZER"],
    override: true,
};
const serializerMiddlewareOption = {
    name: "serializerMiddleware",
    step: "serialize",
    tags: ["SERIALIZER"],
    override: true,
};
function getSchemaSerdePlugin(config) {
    return {
        applyToStack: (commandStack) => {
            commandStack.add(schemaSerializationMiddleware(config), serializerMiddlewareOption);
            commandStack.add(schemaDeserializationMiddleware(config), deserializerMiddlewareOption);
            config.protocol.setSerdeContext(config);
        },
    };
}

class Schema {
    name;
    namespace;
    traits;
    static assign(instance, values) {
        const schema = Object.assign(instance, values);
        return schema;
    }
    static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
            const list = lhs;
            return list.symbol === this.symbol;
        }
        return isPrototype;
    }
    getName() {
        return this.namespace + "#" + this.name;
    }
}

class ListSchema extends Schema {
    static symbol = Symbol.for("@smithy/lis");
    valueSchema;
    symbol = ListSchema.symbol;
}
const list = (namespace, name, traits, valueSchema) => Schema.assign(new ListSchema(), {
    name,
    namespace,
    traits,
    valueSchema,
});

class MapSchema extends Schema {
    static symbol = Symbol.for("@smithy/map");
    keySchema;
    valueSchema;
    symbol = MapSchema.symbol;
}
const map = (namespace, name, traits, keySchema, valueSchema) => Schema.assign(new MapSchema(), {
    name,
    namespace,
    traits,
    keySchema,
    valueSchema,
});

class OperationSchema extends Schema {
    static symbol = Symbol.for("@smithy/ope");
    input;
    output;
    symbol = OperationSchema.symbol;
}
const op = (namespace, name, traits, input, output) => Schema.assign(new OperationSchema(), {
    name,
    namespace,
    traits,
    input,
    output,
});

class StructureSchema extends Schema {
    static symbol = Symbol.for("@smithy/str");
    memberNames;
    memberList;
    symbol = StructureSchema.symbol;
}
const struct = (namespace, name, traits, memberNames, memberList) => Schema.assign(new StructureSchema(), {
    name,
    namespace,
    traits,
    memberNames,
    memberList,
});

class ErrorSchema extends StructureSchema {
    static symbol = Symbol.for("@smithy/err");
    ctor;
    symbol = ErrorSchema.symbol;
}
const error = (namespace, name, traits, memberNames, memberList, _ctor) => Schema.assign(new ErrorSchema(), {
    name,
    namespace,
    traits,
    memberNames,
    memberList,
    ctor: null,
});

const traitsCache = [];
function translateTraits(indicator) {
    if (typeof indicator === "object") {
        return indicator;
    }
    indicator = indicator | 0;
    if (traitsCache[indicator]) {
        return traitsCache[indicator];
    }
    const traits = {};
    let i = 0;
    for (const trait of [
        "httpLabel",
        "idempotent",
        "idempotencyToken",
        "sensitive",
        "httpPayload",
        "httpResponseCode",
        "httpQueryParams",
    ]) {
        if (((indicator >> i++) & 1) === 1) {
            traits[trait] = 1;
        }
    }
    return (traitsCache[indicator] = traits);
}

const anno = {
    it: Symbol.for("@smithy/nor-struct-it"),
    ns: Symbol.for("@smithy/ns"),
};
const simpleSchemaCacheN = [];
const simpleSchemaCacheS = {};
class NormalizedSchema {
    ref;
    memberName;
    static symbol = Symbol.for("@smithy/nor");
    symbol = NormalizedSchema.symbol;
    name;
    schema;
    _isMemberSchema;
    traits;
    memberTraits;
    normalizedTraits;
    constructor(ref, memberName) {
        this.ref = ref;
        this.memberName = memberName;
        const traitStack = [];
        let _ref = ref;
        let schema = ref;
        this._isMemberSchema = false;
        while (isMemberSchema(_ref)) {
            traitStack.push(_ref[1]);
            _ref = _ref[0];
            schema = deref(_ref);
            this._isMemberSchema = true;
        }
        if (traitStack.length > 0) {
            this.memberTraits = {};
            for (let i = traitStack.length - 1; i >= 0; --i) {
                const traitSet = traitStack[i];
                Object.assign(this.memberTraits, translateTraits(traitSet));
            }
        }
        else {
            this.memberTraits = 0;
        }
        if (schema instanceof NormalizedSchema) {
            const computedMemberTraits = this.memberTraits;
            Object.assign(this, schema);
            this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits());
            this.normalizedTraits = void 0;
            this.memberName = memberName ?? schema.memberName;
            return;
        }
        this.schema = deref(schema);
        if (isStaticSchema(this.schema)) {
            this.name = `${this.schema[1]}#${this.schema[2]}`;
            this.traits = this.schema[3];
        }
        else {
            this.name = this.memberName ?? String(schema);
            this.traits = 0;
        }
        if (this._isMemberSchema && !memberName) {
            throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(true)} missing member name.`);
        }
    }
    static [Symbol.hasInstance](lhs) {
        const isPrototype = this.prototype.isPrototypeOf(lhs);
        if (!isPrototype && typeof lhs === "object" && lhs !== null) {
            const ns = lhs;
            return ns.symbol === this.symbol;
        }
        return isPrototype;
    }
    static of(ref) {
        const keyAble = typeof ref === "function" || (typeof ref === "object" && ref !== null);
        if (typeof ref === "number") {
            if (simpleSchemaCacheN[ref]) {
                return simpleSchemaCacheN[ref];
            }
        }
        else if (typeof ref === "string") {
            if (simpleSchemaCacheS[ref]) {
                return simpleSchemaCacheS[ref];
            }
        }
        else if (keyAble) {
            if (ref[anno.ns]) {
                return ref[anno.ns];
            }
        }
        const sc = deref(ref);
        if (sc instanceof NormalizedSchema) {
            return sc;
        }
        if (isMemberSchema(sc)) {
            const [ns, traits] = sc;
            if (ns instanceof NormalizedSchema) {
                Object.assign(ns.getMergedTraits(), translateTraits(traits));
                return ns;
            }
            throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
        }
        const ns = new NormalizedSchema(sc);
        if (keyAble) {
            return (ref[anno.ns] = ns);
        }
        if (typeof sc === "string") {
            return (simpleSchemaCacheS[sc] = ns);
        }
        if (typeof sc === "number") {
            return (simpleSchemaCacheN[sc] = ns);
        }
        return ns;
    }
    getSchema() {
        const sc = this.schema;
        if (Array.isArray(sc) && sc[0] === 0) {
            return sc[4];
        }
        return sc;
    }
    getName(withNamespace = false) {
        const { name } = this;
        const short = !withNamespace && name && name.includes("#");
        return short ? name.split("#")[1] : name || undefined;
    }
    getMemberName() {
        return this.memberName;
    }
    isMemberSchema() {
        return this._isMemberSchema;
    }
    isListSchema() {
        const sc = this.getSchema();
        return typeof sc === "number"
            ? sc >= 64 && sc < 128
            : sc[0] === 1;
    }
    isMapSchema() {
        const sc = this.getSchema();
        return typeof sc === "number"
            ? sc >= 128 && sc <= 0b1111_1111
            : sc[0] === 2;
    }
    isStructSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") {
            return false;
        }
        const id = sc[0];
        return (id === 3 ||
            id === -3 ||
            id === 4);
    }
    isUnionSchema() {
        const sc = this.getSchema();
        if (typeof sc !== "object") {
            return false;
        }
        return sc[0] === 4;
    }
    isBlobSchema() {
        const sc = this.getSchema();
        return sc === 21 || sc === 42;
    }
    isTimestampSchema() {
        const sc = this.getSchema();
        return (typeof sc === "number" &&
            sc >= 4 &&
            sc <= 7);
    }
    isUnitSchema() {
        return this.getSchema() === "unit";
    }
    isDocumentSchema() {
        return this.getSchema() === 15;
    }
    isStringSchema() {
        return this.getSchema() === 0;
    }
    isBooleanSchema() {
        return this.getSchema() === 2;
    }
    isNumericSchema() {
        return this.getSchema() === 1;
    }
    isBigIntegerSchema() {
        return this.getSchema() === 17;
    }
    isBigDecimalSchema() {
        return this.getSchema() === 19;
    }
    isStreaming() {
        const { streaming } = this.getMergedTraits();
        return !!streaming || this.getSchema() === 42;
    }
    isIdempotencyToken() {
        return !!this.getMergedTraits().idempotencyToken;
    }
    getMergedTraits() {
        return (this.normalizedTraits ??
            (this.normalizedTraits = {
                ...this.getOwnTraits(),
                ...this.getMemberTraits(),
            }));
    }
    getMemberTraits() {
        return translateTraits(this.memberTraits);
    }
    getOwnTraits() {
        return translateTraits(this.traits);
    }
    getKeySchema() {
        const [isDoc, isMap] = [this.isDocumentSchema(), this.isMapSchema()];
        if (!isDoc && !isMap) {
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(true)}`);
        }
        const schema = this.getSchema();
        const memberSchema = isDoc
            ? 15
            : (schema[4] ?? 0);
        return member([memberSchema, 0], "key");
    }
    getValueSchema() {
        const sc = this.getSchema();
        const [isDoc, isMap, isList] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()];
        const memberSchema = typeof sc === "number"
            ? 0b0011_1111 & sc
            : sc && typeof sc === "object" && (isMap || isList)
                ? sc[3 + sc[0]]
                : isDoc
                    ? 15
                    : void 0;
        if (memberSchema != null) {
            return member([memberSchema, 0], isMap ? "value" : "member");
        }
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no value member.`);
    }
    getMemberSchema(memberName) {
        const struct = this.getSchema();
        if (this.isStructSchema() && struct[4].includes(memberName)) {
            const i = struct[4].indexOf(memberName);
            const memberSchema = struct[5][i];
            return member(isMemberSchema(memberSchema) ? memberSchema : [memberSchema, 0], memberName);
        }
        if (this.isDocumentSchema()) {
            return member([15, 0], memberName);
        }
        throw new Error(`@smithy/core/schema - ${this.getName(true)} has no member=${memberName}.`);
    }
    getMemberSchemas() {
        const buffer = {};
        try {
            for (const [k, v] of this.structIterator()) {
                buffer[k] = v;
            }
        }
        catch (ignored) { }
        return buffer;
    }
    getEventStreamMember() {
        if (this.isStructSchema()) {
            for (const [memberName, memberSchema] of this.structIterator()) {
                if (memberSchema.isStreaming() && memberSchema.isStructSchema()) {
                    return memberName;
                }
            }
        }
        return "";
    }
    *structIterator() {
        if (this.isUnitSchema()) {
            return;
        }
        if (!this.isStructSchema()) {
            throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
        }
        const struct = this.getSchema();
        const z = struct[4].length;
        let it = struct[anno.it];
        if (it && z === it.length) {
            yield* it;
            return;
        }
        it = Array(z);
        for (let i = 0; i < z; ++i) {
            const k = struct[4][i];
            const v = member([struct[5][i], 0], k);
            yield (it[i] = [k, v]);
        }
        struct[anno.it] = it;
    }
}
function member(memberSchema, memberName) {
    if (memberSchema instanceof NormalizedSchema) {
        return Object.assign(memberSchema, {
            memberName,
            _isMemberSchema: true,
        });
    }
    const internalCtorAccess = NormalizedSchema;
    return new internalCtorAccess(memberSchema, memberName);
}
const isMemberSchema = (sc) => Array.isArray(sc) && sc.length === 2;
const isStaticSchema = (sc) => Array.isArray(sc) && sc.length >= 5;

class SimpleSchema extends Schema {
    static symbol = Symbol.for("@smithy/sim");
    schemaRef;
    symbol = SimpleSchema.symbol;
}
const sim = (namespace, name, schemaRef, traits) => Schema.assign(new SimpleSchema(), {
    name,
    namespace,
    traits,
    schemaRef,
});
const simAdapter = (namespace, name, traits, schemaRef) => Schema.assign(new SimpleSchema(), {
    name,
    namespace,
    traits,
    schemaRef,
});

const SCHEMA = {
    BLOB: 0b0001_0101,
    STREAMING_BLOB: 0b0010_1010,
    BOOLEAN: 0b0000_0010,
    STRING: 0b0000_0000,
    NUMERIC: 0b0000_0001,
    BIG_INTEGER: 0b0001_0001,
    BIG_DECIMAL: 0b0001_0011,
    DOCUMENT: 0b0000_1111,
    TIMESTAMP_DEFAULT: 0b0000_0100,
    TIMESTAMP_DATE_TIME: 0b0000_0101,
    TIMESTAMP_HTTP_DATE: 0b0000_0110,
    TIMESTAMP_EPOCH_SECONDS: 0b0000_0111,
    LIST_MODIFIER: 0b0100_0000,
    MAP_MODIFIER: 0b1000_0000,
};

class TypeRegistry {
    namespace;
    schemas;
    exceptions;
    static registries = new Map();
    constructor(namespace, schemas = new Map(), exceptions = new Map()) {
        this.namespace = namespace;
        this.schemas = schemas;
        this.exceptions = exceptions;
        if (!TypeRegistry.registries.has(namespace)) {
            TypeRegistry.registries.set(namespace, this);
        }
    }
    static for(namespace) {
        return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
    }
    copyFrom(other) {
        const { schemas, exceptions } = this;
        for (const [k, v] of other.schemas) {
            if (!schemas.has(k)) {
                schemas.set(k, v);
            }
        }
        for (const [k, v] of other.exceptions) {
            if (!exceptions.has(k)) {
                exceptions.set(k, v);
            }
        }
    }
    register(shapeId, schema) {
        const qualifiedName = this.normalizeShapeId(shapeId);
        for (const r of [this, TypeRegistry.for(qualifiedName.split("#")[0])]) {
            if (!r.schemas.has(qualifiedName)) {
                r.schemas.set(qualifiedName, schema);
            }
        }
    }
    getSchema(shapeId) {
        const id = this.normalizeShapeId(shapeId);
        if (!this.schemas.has(id)) {
            if (!shapeId.includes("#")) {
                const suffix = "#" + shapeId;
                const candidates = [];
                for (const [shapeId, schema] of this.schemas.entries()) {
                    if (shapeId.endsWith(suffix)) {
                        candidates.push(schema);
                    }
                }
                if (candidates.length === 1) {
                    return candidates[0];
                }
            }
            throw new Error(`@smithy/core/schema - schema not found for ${id}`);
        }
        return this.schemas.get(id);
    }
    registerError(es, ctor) {
        const $error = es;
        const ns = $error[1];
        const qualifiedName = ns + "#" + $error[2];
        if (!ctor.hasOwnProperty?.("shapeId")) {
            ctor.shapeId = qualifiedName;
        }
        for (const r of [this, TypeRegistry.for(ns)]) {
            if (!r.schemas.has(qualifiedName) && !r.exceptions.has($error)) {
                r.schemas.set(qualifiedName, $error);
                r.exceptions.set($error, ctor);
            }
        }
    }
    getErrorCtor(es) {
        const $error = es;
        if (this.exceptions.has($error)) {
            return this.exceptions.get($error);
        }
        const registry = TypeRegistry.for($error[1]);
        return registry.exceptions.get($error);
    }
    getBaseException() {
        for (const exceptionKey of this.exceptions.keys()) {
            if (Array.isArray(exceptionKey)) {
                const [, ns, name] = exceptionKey;
                const id = ns + "#" + name;
                if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) {
                    return exceptionKey;
                }
            }
        }
        return undefined;
    }
    find(predicate) {
        for (const schema of this.schemas.values()) {
            if (predicate(schema)) {
                return schema;
            }
        }
        return undefined;
    }
    clear() {
        this.schemas.clear();
        this.exceptions.clear();
    }
    normalizeShapeId(shapeId) {
        if (shapeId.includes("#")) {
            return shapeId;
        }
        return this.namespace + "#" + shapeId;
    }
}

exports.ErrorSchema = ErrorSchema;
exports.ListSchema = ListSchema;
exports.MapSchema = MapSchema;
exports.NormalizedSchema = NormalizedSchema;
exports.OperationSchema = OperationSchema;
exports.SCHEMA = SCHEMA;
exports.Schema = Schema;
exports.SimpleSchema = SimpleSchema;
exports.StructureSchema = StructureSchema;
exports.TypeRegistry = TypeRegistry;
exports.deref = deref;
exports.deserializerMiddlewareOption = deserializerMiddlewareOption;
exports.error = error;
exports.getSchemaSerdePlugin = getSchemaSerdePlugin;
exports.isStaticSchema = isStaticSchema;
exports.list = list;
exports.map = map;
exports.op = op;
exports.operation = operation;
exports.serializerMiddlewareOption = serializerMiddlewareOption;
exports.sim = sim;
exports.simAdapter = simAdapter;
exports.simpleSchemaCacheN = simpleSchemaCacheN;
exports.simpleSchemaCacheS = simpleSchemaCacheS;
exports.struct = struct;
exports.traitsCache = traitsCache;
exports.translateTraits = translateTraits;


/***/ }),

/***/ 828:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { createHmac, createHash, getRandomValues } = __nccwpck_require__(598);
const { hasOwn, HttpResponse } = __nccwpck_require__(816);
exports.hasOwn = hasOwn;
const { ReadStream, lstatSync, fstatSync } = __nccwpck_require__(24);
const { toEndpointV1 } = __nccwpck_require__(43);
const { Readable, Writable, PassThrough } = __nccwpck_require__(75);

const isArrayBuffer = (arg) => (typeof ArrayBuffer === "function" && arg instanceof ArrayBuffer) ||
    Object.prototype.toString.call(arg) === "[object ArrayBuffer]";

const fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
    if (!isArrayBuffer(input)) {
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
    }
    return Buffer.from(input, offset, length);
};
const fromString = (input, encoding) => {
    if (typeof input !== "string") {
        throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
    }
    return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
};

const BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/;
const fromBase64 = (input) => {
    if ((input.length * 3) % 4 !== 0) {
        throw new TypeError(`Incorrect padding on base64 string.`);
    }
    if (!BASE64_REGEX.exec(input)) {
        throw new TypeError(`Invalid base64 string.`);
    }
    const buffer = fromString(input, "base64");
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

const fromUtf8$1 = (input) => {
    const buf = fromString(input, "utf8");
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
};

const toBase64$1 = (_input) => {
    let input;
    if (typeof _input === "string") {
        input = fromUtf8$1(_input);
    }
    else {
        input = _input;
    }
    if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") {
        throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
    }
    return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("base64");
};

function bindUint8ArrayBlobAdapter(toUtf8, fromUtf8, toBase64, fromBase64) {
    return class Uint8ArrayBlobAdapter extends Uint8Array {
        static fromString(source, encoding = "utf-8") {
            if (typeof source === "string") {
                if (encoding === "base64") {
                    return Uint8ArrayBlobAdapter.mutate(fromBase64(source));
                }
                return Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
            }
            throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
        }
        static mutate(source) {
            Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype);
            return source;
        }
        transformToString(encoding = "utf-8") {
            if (encoding === "base64") {
                return toBase64(this);
            }
            return toUtf8(this);
        }
    };
}

const toUtf8$1 = (input) => {
    if (typeof input === "string") {
        return input;
    }
    if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") {
        throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
    }
    return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
};

const decimalToHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bindV4(getRandomValues) {
    if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") {
        return () => crypto.randomUUID();
    }
    return () => {
        const rnds = new Uint8Array(16);
        getRandomValues(rnds);
        rnds[6] = (rnds[6] & 0x0f) | 0x40;
        rnds[8] = (rnds[8] & 0x3f) | 0x80;
        return (decimalToHex[rnds[0]] +
            decimalToHex[rnds[1]] +
            decimalToHex[rnds[2]] +
            decimalToHex[rnds[3]] +
            "-" +
            decimalToHex[rnds[4]] +
            decimalToHex[rnds[5]] +
            "-" +
            decimalToHex[rnds[6]] +
            decimalToHex[rnds[7]] +
            "-" +
            decimalToHex[rnds[8]] +
            decimalToHex[rnds[9]] +
            "-" +
            decimalToHex[rnds[10]] +
            decimalToHex[rnds[11]] +
            decimalToHex[rnds[12]] +
            decimalToHex[rnds[13]] +
            decimalToHex[rnds[14]] +
            decimalToHex[rnds[15]]);
    };
}

const copyDocumentWithTransform = (source, _schemaRef, _transform = (_) => _) => source;

const parseBoolean = (value) => {
    switch (value) {
        case "true":
            return true;
        case "false":
            return false;
        default:
            throw new Error(`Unable to parse boolean value "${value}"`);
    }
};
const expectBoolean = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "number") {
        if (value === 0 || value === 1) {
            logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        }
        if (value === 0) {
            return false;
        }
        if (value === 1) {
            return true;
        }
    }
    if (typeof value === "string") {
        const lower = value.toLowerCase();
        if (lower === "false" || lower === "true") {
            logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`));
        }
        if (lower === "false") {
            return false;
        }
        if (lower === "true") {
            return true;
        }
    }
    if (typeof value === "boolean") {
        return value;
    }
    throw new TypeError(`Expected boolean, got ${typeof value}: ${value}`);
};
const expectNumber = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "string") {
        const parsed = parseFloat(value);
        if (!Number.isNaN(parsed)) {
            if (String(parsed) !== String(value)) {
                logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`));
            }
            return parsed;
        }
    }
    if (typeof value === "number") {
        return value;
    }
    throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
};
const MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23));
const expectFloat32 = (value) => {
    const expected = expectNumber(value);
    if (expected !== undefined && !Number.isNaN(expected) && expected !== Infinity && expected !== -Infinity) {
        if (Math.abs(expected) > MAX_FLOAT) {
            throw new TypeError(`Expected 32-bit float, got ${value}`);
        }
    }
    return expected;
};
const expectLong = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (Number.isInteger(value) && !Number.isNaN(value)) {
        return value;
    }
    throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
};
const expectInt = expectLong;
const expectInt32 = (value) => expectSizedInt(value, 32);
const expectShort = (value) => expectSizedInt(value, 16);
const expectByte = (value) => expectSizedInt(value, 8);
const expectSizedInt = (value, size) => {
    const expected = expectLong(value);
    if (expected !== undefined && castInt(expected, size) !== expected) {
        throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
    }
    return expected;
};
const castInt = (value, size) => {
    switch (size) {
        case 32:
            return Int32Array.of(value)[0];
        case 16:
            return Int16Array.of(value)[0];
        case 8:
            return Int8Array.of(value)[0];
    }
};
const expectNonNull = (value, location) => {
    if (value === null || value === undefined) {
        if (location) {
            throw new TypeError(`Expected a non-null value for ${location}`);
        }
        throw new TypeError("Expected a non-null value");
    }
    return value;
};
const expectObject = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "object" && !Array.isArray(value)) {
        return value;
    }
    const receivedType = Array.isArray(value) ? "array" : typeof value;
    throw new TypeError(`Expected object, got ${receivedType}: ${value}`);
};
const expectString = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "string") {
        return value;
    }
    if (["boolean", "number", "bigint"].includes(typeof value)) {
        logger.warn(stackTraceWarning(`Expected string, got ${typeof value}: ${value}`));
        return String(value);
    }
    throw new TypeError(`Expected string, got ${typeof value}: ${value}`);
};
const expectUnion = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    const asObject = expectObject(value);
    const setKeys = [];
    for (const k in asObject) {
        if (!hasOwn(asObject, k)) {
            continue;
        }
        if (asObject[k] != null) {
            setKeys.push(k);
        }
    }
    if (setKeys.length === 0) {
        throw new TypeError(`Unions must have exactly one non-null member. None were found.`);
    }
    if (setKeys.length > 1) {
        throw new TypeError(`Unions must have exactly one non-null member. Keys ${setKeys} were not null.`);
    }
    return asObject;
};
const strictParseDouble = (value) => {
    if (typeof value == "string") {
        return expectNumber(parseNumber(value));
    }
    return expectNumber(value);
};
const strictParseFloat = strictParseDouble;
const strictParseFloat32 = (value) => {
    if (typeof value == "string") {
        return expectFloat32(parseNumber(value));
    }
    return expectFloat32(value);
};
const NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g;
const parseNumber = (value) => {
    const matches = value.match(NUMBER_REGEX);
    if (matches === null || matches[0].length !== value.length) {
        throw new TypeError(`Expected real number, got implicit NaN`);
    }
    return parseFloat(value);
};
const limitedParseDouble = (value) => {
    if (typeof value == "string") {
        return parseFloatString(value);
    }
    return expectNumber(value);
};
const handleFloat = limitedParseDouble;
const limitedParseFloat = limitedParseDouble;
const limitedParseFloat32 = (value) => {
    if (typeof value == "string") {
        return parseFloatString(value);
    }
    return expectFloat32(value);
};
const parseFloatString = (value) => {
    switch (value) {
        case "NaN":
            return NaN;
        case "Infinity":
            return Infinity;
        case "-Infinity":
            return -Infinity;
        default:
            throw new Error(`Unable to parse float value: ${value}`);
    }
};
const strictParseLong = (value) => {
    if (typeof value === "string") {
        return expectLong(parseNumber(value));
    }
    return expectLong(value);
};
const strictParseInt = strictParseLong;
const strictParseInt32 = (value) => {
    if (typeof value === "string") {
        return expectInt32(parseNumber(value));
    }
    return expectInt32(value);
};
const strictParseShort = (value) => {
    if (typeof value === "string") {
        return expectShort(parseNumber(value));
    }
    return expectShort(value);
};
const strictParseByte = (value) => {
    if (typeof value === "string") {
        return expectByte(parseNumber(value));
    }
    return expectByte(value);
};
const stackTraceWarning = (message) => {
    return String(new TypeError(message).stack || message)
        .split("\n")
        .slice(0, 5)
        .filter((s) => !s.includes("stackTraceWarning"))
        .join("\n");
};
const logger = {
    warn: console.warn,
};

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dateToUtcString(date) {
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const dayOfWeek = date.getUTCDay();
    const dayOfMonthInt = date.getUTCDate();
    const hoursInt = date.getUTCHours();
    const minutesInt = date.getUTCMinutes();
    const secondsInt = date.getUTCSeconds();
    const dayOfMonthString = dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`;
    const hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`;
    const minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`;
    const secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
    return `${DAYS[dayOfWeek]}, ${dayOfMonthString} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
}
const RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/);
const parseRfc3339DateTime = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC-3339 date-times must be expressed as strings");
    }
    const match = RFC3339.exec(value);
    if (!match) {
        throw new TypeError("Invalid RFC-3339 date-time value");
    }
    const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match;
    const year = strictParseShort(stripLeadingZeroes(yearStr));
    const month = parseDateValue(monthStr, "month", 1, 12);
    const day = parseDateValue(dayStr, "day", 1, 31);
    return buildDate(year, month, day, { hours, minutes, seconds, fractionalMilliseconds });
};
const RFC3339_WITH_OFFSET$1 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/);
const parseRfc3339DateTimeWithOffset = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC-3339 date-times must be expressed as strings");
    }
    const match = RFC3339_WITH_OFFSET$1.exec(value);
    if (!match) {
        throw new TypeError("Invalid RFC-3339 date-time value");
    }
    const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match;
    const year = strictParseShort(stripLeadingZeroes(yearStr));
    const month = parseDateValue(monthStr, "month", 1, 12);
    const day = parseDateValue(dayStr, "day", 1, 31);
    const date = buildDate(year, month, day, { hours, minutes, seconds, fractionalMilliseconds });
    if (offsetStr.toUpperCase() != "Z") {
        date.setTime(date.getTime() - parseOffsetToMilliseconds(offsetStr));
    }
    return date;
};
const IMF_FIXDATE$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
const RFC_850_DATE$1 = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/);
const ASC_TIME$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/);
const parseRfc7231DateTime = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC-7231 date-times must be expressed as strings");
    }
    let match = IMF_FIXDATE$1.exec(value);
    if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), { hours, minutes, seconds, fractionalMilliseconds });
    }
    match = RFC_850_DATE$1.exec(value);
    if (match) {
        const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
        return adjustRfc850Year(buildDate(parseTwoDigitYear(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
            hours,
            minutes,
            seconds,
            fractionalMilliseconds,
        }));
    }
    match = ASC_TIME$1.exec(value);
    if (match) {
        const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
        return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), { hours, minutes, seconds, fractionalMilliseconds });
    }
    throw new TypeError("Invalid RFC-7231 date-time value");
};
const parseEpochTimestamp = (value) => {
    if (value === null || value === undefined) {
        return undefined;
    }
    let valueAsDouble;
    if (typeof value === "number") {
        valueAsDouble = value;
    }
    else if (typeof value === "string") {
        valueAsDouble = strictParseDouble(value);
    }
    else if (typeof value === "object" && value.tag === 1) {
        valueAsDouble = value.value;
    }
    else {
        throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
    }
    if (Number.isNaN(valueAsDouble) || valueAsDouble === Infinity || valueAsDouble === -Infinity) {
        throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
    }
    return new Date(Math.round(valueAsDouble * 1000));
};
const buildDate = (year, month, day, time) => {
    const adjustedMonth = month - 1;
    validateDayOfMonth(year, adjustedMonth, day);
    return new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
};
const parseTwoDigitYear = (value) => {
    const thisYear = new Date().getUTCFullYear();
    const valueInThisCentury = Math.floor(thisYear / 100) * 100 + strictParseShort(stripLeadingZeroes(value));
    if (valueInThisCentury < thisYear) {
        return valueInThisCentury + 100;
    }
    return valueInThisCentury;
};
const FIFTY_YEARS_IN_MILLIS = 50 * 365 * 24 * 60 * 60 * 1000;
const adjustRfc850Year = (input) => {
    if (input.getTime() - new Date().getTime() > FIFTY_YEARS_IN_MILLIS) {
        return new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds()));
    }
    return input;
};
const parseMonthByShortName = (value) => {
    const monthIdx = MONTHS.indexOf(value);
    if (monthIdx < 0) {
        throw new TypeError(`Invalid month: ${value}`);
    }
    return monthIdx + 1;
};
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validateDayOfMonth = (year, month, day) => {
    let maxDays = DAYS_IN_MONTH[month];
    if (month === 1 && isLeapYear(year)) {
        maxDays = 29;
    }
    if (day > maxDays) {
        throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
    }
};
const isLeapYear = (year) => {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
};
const parseDateValue = (value, type, lower, upper) => {
    const dateVal = strictParseByte(stripLeadingZeroes(value));
    if (dateVal < lower || dateVal > upper) {
        throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
    }
    return dateVal;
};
const parseMilliseconds = (value) => {
    if (value === null || value === undefined) {
        return 0;
    }
    return strictParseFloat32("0." + value) * 1000;
};
const parseOffsetToMilliseconds = (value) => {
    const directionStr = value[0];
    let direction = 1;
    if (directionStr == "+") {
        direction = 1;
    }
    else if (directionStr == "-") {
        direction = -1;
    }
    else {
        throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
    }
    const hour = Number(value.substring(1, 3));
    const minute = Number(value.substring(4, 6));
    return direction * (hour * 60 + minute) * 60 * 1000;
};
const stripLeadingZeroes = (value) => {
    let idx = 0;
    while (idx < value.length - 1 && value.charAt(idx) === "0") {
        idx++;
    }
    if (idx === 0) {
        return value;
    }
    return value.slice(idx);
};

const LazyJsonString = function LazyJsonString(val) {
    const str = Object.assign(new String(val), {
        deserializeJSON() {
            return JSON.parse(String(val));
        },
        toString() {
            return String(val);
        },
        toJSON() {
            return String(val);
        },
    });
    return str;
};
LazyJsonString.from = (object) => {
    if (object && typeof object === "object" && (object instanceof LazyJsonString || "deserializeJSON" in object)) {
        return object;
    }
    else if (typeof object === "string" || Object.getPrototypeOf(object) === String.prototype) {
        return LazyJsonString(String(object));
    }
    return LazyJsonString(JSON.stringify(object));
};
LazyJsonString.fromObject = LazyJsonString.from;

function quoteHeader(part) {
    if (part.includes(",") || part.includes('"')) {
        part = `"${part.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    }
    return part;
}

const ddd = `(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?`;
const mmm = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`;
const time = `(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?`;
const date = `(\\d?\\d)`;
const year = `(\\d{4})`;
const RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/);
const IMF_FIXDATE_NATIVE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/;
const IMF_FIXDATE = new RegExp(`^${ddd}, ${date} ${mmm} ${year} ${time} GMT$`);
const RFC_850_DATE = new RegExp(`^${ddd}, ${date}-${mmm}-(\\d\\d) ${time} GMT$`);
const ASC_TIME = new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} ${year}$`);
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const _parseEpochTimestamp = (value) => {
    if (value == null) {
        return void 0;
    }
    let num = NaN;
    if (typeof value === "number") {
        num = value;
    }
    else if (typeof value === "string") {
        if (!/^-?\d*\.?\d+$/.test(value)) {
            throw new TypeError(`parseEpochTimestamp - numeric string invalid.`);
        }
        num = Number.parseFloat(value);
    }
    else if (typeof value === "object" && value.tag === 1) {
        num = value.value;
    }
    if (isNaN(num) || Math.abs(num) === Infinity) {
        throw new TypeError("Epoch timestamps must be valid finite numbers.");
    }
    return new Date(Math.round(num * 1000));
};
const _parseRfc3339DateTimeWithOffset = (value) => {
    if (value == null) {
        return void 0;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC3339 timestamps must be strings");
    }
    const matches = RFC3339_WITH_OFFSET.exec(value);
    if (!matches) {
        throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);
    }
    const [, yearStr, monthStr, dayStr, hours, minutes, seconds, , ms, offsetStr] = matches;
    range(monthStr, 1, 12);
    range(dayStr, 1, 31);
    range(hours, 0, 23);
    range(minutes, 0, 59);
    range(seconds, 0, 60);
    const date = new Date(Date.UTC(Number(yearStr), Number(monthStr) - 1, Number(dayStr), Number(hours), Number(minutes), Number(seconds), Number(ms) ? Math.round(parseFloat(`0.${ms}`) * 1000) : 0));
    date.setUTCFullYear(Number(yearStr));
    if (offsetStr.toUpperCase() != "Z") {
        const [, sign, offsetH, offsetM] = /([+-])(\d\d):(\d\d)/.exec(offsetStr) || [void 0, "+", 0, 0];
        const scalar = sign === "-" ? 1 : -1;
        date.setTime(date.getTime() + scalar * (Number(offsetH) * 60 * 60 * 1000 + Number(offsetM) * 60 * 1000));
    }
    return date;
};
const _parseRfc7231DateTime = (value) => {
    if (value == null) {
        return void 0;
    }
    if (typeof value !== "string") {
        throw new TypeError("RFC7231 timestamps must be strings.");
    }
    if (IMF_FIXDATE_NATIVE.test(value)) {
        return new Date(value);
    }
    let day;
    let month;
    let year;
    let hour;
    let minute;
    let second;
    let fraction;
    let matches;
    if ((matches = IMF_FIXDATE.exec(value))) {
        [, day, month, year, hour, minute, second, fraction] = matches;
    }
    else if ((matches = RFC_850_DATE.exec(value))) {
        [, day, month, year, hour, minute, second, fraction] = matches;
        year = (Number(year) + 1900).toString();
    }
    else if ((matches = ASC_TIME.exec(value))) {
        [, month, day, hour, minute, second, fraction, year] = matches;
    }
    if (year && second) {
        const timestamp = Date.UTC(Number(year), months.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), fraction ? Math.round(parseFloat(`0.${fraction}`) * 1000) : 0);
        range(day, 1, 31);
        range(hour, 0, 23);
        range(minute, 0, 59);
        range(second, 0, 60);
        const date = new Date(timestamp);
        date.setUTCFullYear(Number(year));
        return date;
    }
    throw new TypeError(`Invalid RFC7231 date-time value ${value}.`);
};
function range(v, min, max) {
    const _v = Number(v);
    if (_v < min || _v > max) {
        throw new Error(`Value ${_v} out of range [${min}, ${max}]`);
    }
}

function splitEvery(value, delimiter, numDelimiters) {
    if (numDelimiters <= 0 || !Number.isInteger(numDelimiters)) {
        throw new Error("Invalid number of delimiters (" + numDelimiters + ") for splitEvery.");
    }
    const segments = value.split(delimiter);
    if (numDelimiters === 1) {
        return segments;
    }
    const compoundSegments = [];
    let currentSegment = "";
    for (let i = 0; i < segments.length; i++) {
        if (currentSegment === "") {
            currentSegment = segments[i];
        }
        else {
            currentSegment += delimiter + segments[i];
        }
        if ((i + 1) % numDelimiters === 0) {
            compoundSegments.push(currentSegment);
            currentSegment = "";
        }
    }
    if (currentSegment !== "") {
        compoundSegments.push(currentSegment);
    }
    return compoundSegments;
}

const splitHeader = (value) => {
    const z = value.length;
    const values = [];
    let withinQuotes = false;
    let escaped = false;
    let anchor = 0;
    for (let i = 0; i < z; ++i) {
        const char = value[i];
        switch (char) {
            case `"`:
                if (!escaped) {
                    withinQuotes = !withinQuotes;
                }
                break;
            case ",":
                if (!withinQuotes) {
                    values.push(value.slice(anchor, i));
                    anchor = i + 1;
                }
                break;
        }
        escaped = char === "\\" && !escaped;
    }
    values.push(value.slice(anchor));
    return values.map((v) => {
        v = v.trim();
        const z = v.length;
        if (z < 2) {
            return v;
        }
        if (v[0] === `"` && v[z - 1] === `"`) {
            v = v.slice(1, z - 1);
            return v.replace(/\\(["\\])/g, "$1");
        }
        return v.replace(/\\"/g, '"');
    });
};

const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
class NumericValue {
    string;
    type;
    constructor(string, type) {
        this.string = string;
        this.type = type;
        if (!format.test(string)) {
            throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
        }
    }
    toString() {
        return this.string;
    }
    static [Symbol.hasInstance](object) {
        if (!object || typeof object !== "object") {
            return false;
        }
        const _nv = object;
        return NumericValue.prototype.isPrototypeOf(object) || (_nv.type === "bigDecimal" && format.test(_nv.string));
    }
}
function nv(input) {
    return new NumericValue(String(input), "bigDecimal");
}

const SHORT_TO_HEX = {};
const HEX_TO_SHORT = {};
for (let i = 0; i < 256; i++) {
    let encodedByte = i.toString(16).toLowerCase();
    if (encodedByte.length === 1) {
        encodedByte = `0${encodedByte}`;
    }
    SHORT_TO_HEX[i] = encodedByte;
    HEX_TO_SHORT[encodedByte] = i;
}
function fromHex(encoded) {
    if (encoded.length % 2 !== 0) {
        throw new Error("Hex encoded strings must have an even number length");
    }
    const out = new Uint8Array(encoded.length / 2);
    for (let i = 0; i < encoded.length; i += 2) {
        const encodedByte = encoded.slice(i, i + 2).toLowerCase();
        if (encodedByte in HEX_TO_SHORT) {
            out[i / 2] = HEX_TO_SHORT[encodedByte];
        }
        else {
            throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
        }
    }
    return out;
}
function toHex(bytes) {
    let out = "";
    for (let i = 0; i < bytes.byteLength; i++) {
        out += SHORT_TO_HEX[bytes[i]];
    }
    return out;
}

const calculateBodyLength = (body) => {
    if (!body) {
        return 0;
    }
    if (typeof body === "string") {
        return Buffer.byteLength(body);
    }
    else if (typeof body.byteLength === "number") {
        return body.byteLength;
    }
    else if (typeof body.size === "number") {
        return body.size;
    }
    else if (typeof body.start === "number" && typeof body.end === "number") {
        return body.end + 1 - body.start;
    }
    else if (body instanceof ReadStream) {
        if (body.path != null) {
            return lstatSync(body.path).size;
        }
        else if (typeof body.fd === "number") {
            return fstatSync(body.fd).size;
        }
    }
    throw new Error(`Body Length computation failed for ${body}`);
};

const toUint8Array = (data) => {
    if (data instanceof Uint8Array) {
        return data;
    }
    if (typeof data === "string") {
        return fromUtf8$1(data);
    }
    if (ArrayBuffer.isView(data)) {
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    }
    return new Uint8Array(data);
};

function concatBytes(arrays, length) {
    if (length === undefined) {
        length = 0;
        for (const bytes of arrays) {
            length += bytes.byteLength;
        }
    }
    const result = new Uint8Array(length);
    let offset = 0;
    for (const buf of arrays) {
        result.set(buf, offset);
        offset += buf.byteLength;
    }
    return result;
}

const deserializerMiddleware = (options, deserializer) => (next, context) => async (args) => {
    const { response } = await next(args);
    try {
        const parsed = await deserializer(response, options);
        return {
            response,
            output: parsed,
        };
    }
    catch (error) {
        Object.defineProperty(error, "$response", {
            value: response,
            enumerable: false,
            writable: false,
            configurable: false,
        });
        if (!("$metadata" in error)) {
            const hint = `Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`;
            try {
                error.message += "\n  " + hint;
            }
            catch (ignored) {
                if (!context.logger || context.logger?.constructor?.name === "NoOpLogger") {
                    console.warn(hint);
                }
                else {
                    context.logger?.warn?.(hint);
                }
            }
            if (typeof error.$responseBodyText !== "undefined") {
                if (error.$response) {
                    error.$response.body = error.$responseBodyText;
                }
            }
            try {
                if (HttpResponse.isInstance(response)) {
                    const { headers = {} } = response;
                    const headerEntries = Object.entries(headers);
                    error.$metadata = {
                        httpStatusCode: response.statusCode,
                        requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                        extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                        cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries),
                    };
                }
            }
            catch (ignored) {
            }
        }
        throw error;
    }
};
const findHeader = (pattern, headers) => {
    return (headers.find(([k]) => {
        return k.match(pattern);
    }) || [void 0, void 0])[1];
};

const serializerMiddleware = (options, serializer) => (next, context) => async (args) => {
    const endpointConfig = options;
    const endpoint = context.endpointV2
        ? async () => toEndpointV1(context.endpointV2)
        : endpointConfig.endpoint;
    if (!endpoint) {
        throw new Error("No valid endpoint provider available.");
    }
    const request = await serializer(args.input, { ...options, endpoint });
    return next({
        ...args,
        request,
    });
};

const deserializerMiddlewareOption = {
    name: "deserializerMiddleware",
    step: "deserialize",
    tags: ["DESERIALIZER"],
    override: true,
};
const serializerMiddlewareOption = {
    name: "serializerMiddleware",
    step: "serialize",
    tags: ["SERIALIZER"],
    override: true,
};
function getSerdePlugin(config, serializer, deserializer) {
    return {
        applyToStack: (commandStack) => {
            commandStack.add(deserializerMiddleware(config, deserializer), deserializerMiddlewareOption);
            commandStack.add(serializerMiddleware(config, serializer), serializerMiddlewareOption);
        },
    };
}

class Hash {
    algorithmIdentifier;
    secret;
    hash;
    constructor(algorithmIdentifier, secret) {
        this.algorithmIdentifier = algorithmIdentifier;
        this.secret = secret;
        this.reset();
    }
    update(toHash, encoding) {
        this.hash.update(toUint8Array(castSourceData(toHash, encoding)));
    }
    digest() {
        return Promise.resolve(this.hash.digest());
    }
    reset() {
        this.hash = this.secret
            ? createHmac(this.algorithmIdentifier, castSourceData(this.secret))
            : createHash(this.algorithmIdentifier);
    }
}
function castSourceData(toCast, encoding) {
    if (Buffer.isBuffer(toCast)) {
        return toCast;
    }
    if (typeof toCast === "string") {
        return fromString(toCast, encoding);
    }
    if (ArrayBuffer.isView(toCast)) {
        return fromArrayBuffer(toCast.buffer, toCast.byteOffset, toCast.byteLength);
    }
    return fromArrayBuffer(toCast);
}

let ChecksumStream$1 = class ChecksumStream extends Readable {
    expectedChecksum;
    checksumSourceLocation;
    checksum;
    source;
    base64Encoder;
    constructor({ expectedChecksum, checksum, source, checksumSourceLocation, base64Encoder, }) {
        super();
        if (typeof source.pipe !== "function") {
            throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
        }
        this.source = source;
        this.base64Encoder = base64Encoder ?? toBase64$1;
        this.expectedChecksum = expectedChecksum;
        this.checksum = checksum;
        this.checksumSourceLocation = checksumSourceLocation;
        this.source.on("data", this.onSourceData);
        this.source.on("end", this.onSourceEnd);
        this.source.on("error", this.onSourceError);
        this.source.on("close", this.onSourceClose);
        this.source.pause();
    }
    onSourceData = (chunk) => {
        if (this.destroyed) {
            return;
        }
        try {
            this.checksum.update(chunk);
        }
        catch (e) {
            this.destroy(e);
            return;
        }
        if (!this.push(chunk)) {
            this.source.pause();
        }
    };
    onSourceEnd = async () => {
        if (this.destroyed) {
            return;
        }
        try {
            const digest = await this.checksum.digest();
            const received = this.base64Encoder(digest);
            if (this.expectedChecksum !== received) {
                this.destroy(new Error(`Checksum mismatch: expected "${this.expectedChecksum}" but received "${received}"` +
                    ` in response header "${this.checksumSourceLocation}".`));
                return;
            }
        }
        catch (e) {
            this.destroy(e);
            return;
        }
        this.push(null);
    };
    onSourceError = (error) => {
        this.destroy(error);
    };
    onSourceClose = () => {
        if (!this.destroyed && !this.source.readableEnded) {
            this.destroy(new Error("Connection lost or stream closed before all data was received."));
        }
    };
    _read(_size) {
        this.source.resume();
    }
    _destroy(error, callback) {
        this.source?.removeListener("data", this.onSourceData);
        this.source?.removeListener("end", this.onSourceEnd);
        this.source?.removeListener("error", this.onSourceError);
        this.source?.removeListener("close", this.onSourceClose);
        this.source?.destroy();
        callback(error);
    }
};

const isReadableStream = (stream) => typeof ReadableStream === "function" &&
    (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
const isBlob = (blob) => {
    return typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
};

const fromUtf8 = (input) => new TextEncoder().encode(input);

const chars = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/`;
Object.entries(chars).reduce((acc, [i, c]) => {
    acc[c] = Number(i);
    return acc;
}, {});
const alphabetByValue = chars.split("");
const bitsPerLetter = 6;
const bitsPerByte = 8;
const maxLetterValue = 0b111111;

function toBase64(_input) {
    let input;
    if (typeof _input === "string") {
        input = fromUtf8(_input);
    }
    else {
        input = _input;
    }
    const isArrayLike = typeof input === "object" && typeof input.length === "number";
    const isUint8Array = typeof input === "object" &&
        typeof input.byteOffset === "number" &&
        typeof input.byteLength === "number";
    if (!isArrayLike && !isUint8Array) {
        throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
    }
    let str = "";
    for (let i = 0; i < input.length; i += 3) {
        let bits = 0;
        let bitLength = 0;
        for (let j = i, limit = Math.min(i + 3, input.length); j < limit; j++) {
            bits |= input[j] << ((limit - j - 1) * bitsPerByte);
            bitLength += bitsPerByte;
        }
        const bitClusterCount = Math.ceil(bitLength / bitsPerLetter);
        bits <<= bitClusterCount * bitsPerLetter - bitLength;
        for (let k = 1; k <= bitClusterCount; k++) {
            const offset = (bitClusterCount - k) * bitsPerLetter;
            str += alphabetByValue[(bits & (maxLetterValue << offset)) >> offset];
        }
        str += "==".slice(0, 4 - bitClusterCount);
    }
    return str;
}

const ReadableStreamRef = typeof ReadableStream === "function" ? ReadableStream : function () { };
class ChecksumStream extends ReadableStreamRef {
}

const createChecksumStream$1 = ({ expectedChecksum, checksum, source, checksumSourceLocation, base64Encoder, }) => {
    if (!isReadableStream(source)) {
        throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
    }
    const encoder = base64Encoder ?? toBase64;
    if (typeof TransformStream !== "function") {
        throw new Error("@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.");
    }
    const transform = new TransformStream({
        start() { },
        async transform(chunk, controller) {
            checksum.update(chunk);
            controller.enqueue(chunk);
        },
        async flush(controller) {
            const digest = await checksum.digest();
            const received = encoder(digest);
            if (expectedChecksum !== received) {
                const error = new Error(`Checksum mismatch: expected "${expectedChecksum}" but received "${received}"` +
                    ` in response header "${checksumSourceLocation}".`);
                controller.error(error);
            }
            else {
                controller.terminate();
            }
        },
    });
    source.pipeThrough(transform);
    const readable = transform.readable;
    Object.setPrototypeOf(readable, ChecksumStream.prototype);
    return readable;
};

function createChecksumStream(init) {
    if (typeof ReadableStream === "function" && isReadableStream(init.source)) {
        return createChecksumStream$1(init);
    }
    return new ChecksumStream$1(init);
}

class ByteArrayCollector {
    allocByteArray;
    byteLength = 0;
    byteArrays = [];
    constructor(allocByteArray) {
        this.allocByteArray = allocByteArray;
    }
    push(byteArray) {
        this.byteArrays.push(byteArray);
        this.byteLength += byteArray.byteLength;
    }
    flush() {
        if (this.byteArrays.length === 1) {
            const bytes = this.byteArrays[0];
            this.reset();
            return bytes;
        }
        const aggregation = this.allocByteArray(this.byteLength);
        let cursor = 0;
        for (let i = 0; i < this.byteArrays.length; ++i) {
            const bytes = this.byteArrays[i];
            aggregation.set(bytes, cursor);
            cursor += bytes.byteLength;
        }
        this.reset();
        return aggregation;
    }
    reset() {
        this.byteArrays = [];
        this.byteLength = 0;
    }
}

function createBufferedReadableStream(upstream, size, logger) {
    const reader = upstream.getReader();
    let streamBufferingLoggedWarning = false;
    let bytesSeen = 0;
    const buffers = ["", new ByteArrayCollector((size) => new Uint8Array(size))];
    let mode = -1;
    const pull = async (controller) => {
        const { value, done } = await reader.read();
        const chunk = value;
        if (done) {
            if (mode !== -1) {
                const remainder = flush(buffers, mode);
                if (sizeOf(remainder) > 0) {
                    controller.enqueue(remainder);
                }
            }
            controller.close();
        }
        else {
            const chunkMode = modeOf(chunk, false);
            if (mode !== chunkMode) {
                if (mode >= 0) {
                    controller.enqueue(flush(buffers, mode));
                }
                mode = chunkMode;
            }
            if (mode === -1) {
                controller.enqueue(chunk);
                return;
            }
            const chunkSize = sizeOf(chunk);
            bytesSeen += chunkSize;
            const bufferSize = sizeOf(buffers[mode]);
            if (chunkSize >= size && bufferSize === 0) {
                controller.enqueue(chunk);
            }
            else {
                const newSize = merge(buffers, mode, chunk);
                if (!streamBufferingLoggedWarning && bytesSeen > size * 2) {
                    streamBufferingLoggedWarning = true;
                    logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`);
                }
                if (newSize >= size) {
                    controller.enqueue(flush(buffers, mode));
                }
                else {
                    await pull(controller);
                }
            }
        }
    };
    return new ReadableStream({
        pull,
    });
}
function merge(buffers, mode, chunk) {
    switch (mode) {
        case 0:
            buffers[0] += chunk;
            return sizeOf(buffers[0]);
        case 1:
        case 2:
            buffers[mode].push(chunk);
            return sizeOf(buffers[mode]);
    }
}
function flush(buffers, mode) {
    switch (mode) {
        case 0:
            const s = buffers[0];
            buffers[0] = "";
            return s;
        case 1:
        case 2:
            return buffers[mode].flush();
    }
    throw new Error(`@smithy/util-stream - invalid index ${mode} given to flush()`);
}
function sizeOf(chunk) {
    return chunk?.byteLength ?? chunk?.length ?? 0;
}
function modeOf(chunk, allowBuffer = true) {
    if (allowBuffer && typeof Buffer !== "undefined" && chunk instanceof Buffer) {
        return 2;
    }
    if (chunk instanceof Uint8Array) {
        return 1;
    }
    if (typeof chunk === "string") {
        return 0;
    }
    return -1;
}

function createBufferedReadable(upstream, size, logger) {
    if (isReadableStream(upstream)) {
        return createBufferedReadableStream(upstream, size, logger);
    }
    const downstream = new Readable({ read() { } });
    let streamBufferingLoggedWarning = false;
    let bytesSeen = 0;
    const buffers = [
        "",
        new ByteArrayCollector((size) => new Uint8Array(size)),
        new ByteArrayCollector((size) => Buffer.from(new Uint8Array(size))),
    ];
    let mode = -1;
    upstream.on("data", (chunk) => {
        const chunkMode = modeOf(chunk, true);
        if (mode !== chunkMode) {
            if (mode >= 0) {
                downstream.push(flush(buffers, mode));
            }
            mode = chunkMode;
        }
        if (mode === -1) {
            downstream.push(chunk);
            return;
        }
        const chunkSize = sizeOf(chunk);
        bytesSeen += chunkSize;
        const bufferSize = sizeOf(buffers[mode]);
        if (chunkSize >= size && bufferSize === 0) {
            downstream.push(chunk);
        }
        else {
            const newSize = merge(buffers, mode, chunk);
            if (!streamBufferingLoggedWarning && bytesSeen > size * 2) {
                streamBufferingLoggedWarning = true;
                logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`);
            }
            if (newSize >= size) {
                downstream.push(flush(buffers, mode));
            }
        }
    });
    upstream.on("end", () => {
        if (mode !== -1) {
            const remainder = flush(buffers, mode);
            if (sizeOf(remainder) > 0) {
                downstream.push(remainder);
            }
        }
        downstream.push(null);
    });
    return downstream;
}

const getAwsChunkedEncodingStream$1 = (readableStream, options) => {
    const { base64Encoder, bodyLengthChecker, checksumAlgorithmFn, checksumLocationName, streamHasher } = options;
    const checksumRequired = base64Encoder !== undefined &&
        bodyLengthChecker !== undefined &&
        checksumAlgorithmFn !== undefined &&
        checksumLocationName !== undefined &&
        streamHasher !== undefined;
    const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readableStream) : undefined;
    Promise.resolve(digest).catch(() => {
    });
    const reader = readableStream.getReader();
    return new ReadableStream({
        async pull(controller) {
            const { value, done } = await reader.read();
            if (done) {
                controller.enqueue(`0\r\n`);
                if (checksumRequired) {
                    const checksum = base64Encoder(await digest);
                    controller.enqueue(`${checksumLocationName}:${checksum}\r\n`);
                    controller.enqueue(`\r\n`);
                }
                controller.close();
            }
            else {
                controller.enqueue(`${(bodyLengthChecker(value) || 0).toString(16)}\r\n${value}\r\n`);
            }
        },
    });
};

function getAwsChunkedEncodingStream(stream, options) {
    const readable = stream;
    const readableStream = stream;
    if (isReadableStream(readableStream)) {
        return getAwsChunkedEncodingStream$1(readableStream, options);
    }
    const { base64Encoder, bodyLengthChecker, checksumAlgorithmFn, checksumLocationName, streamHasher } = options;
    const checksumRequired = base64Encoder !== undefined &&
        checksumAlgorithmFn !== undefined &&
        checksumLocationName !== undefined &&
        streamHasher !== undefined;
    const digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readable) : undefined;
    Promise.resolve(digest).catch(() => {
    });
    const awsChunkedEncodingStream = new Readable({
        read() {
            readable.resume();
        },
    });
    readable.on("data", (data) => {
        const length = bodyLengthChecker(data) || 0;
        if (length === 0) {
            return;
        }
        awsChunkedEncodingStream.push(`${length.toString(16)}\r\n`);
        awsChunkedEncodingStream.push(data);
        if (!awsChunkedEncodingStream.push("\r\n")) {
            readable.pause();
        }
    });
    readable.on("error", (err) => {
        awsChunkedEncodingStream.destroy(err);
    });
    readable.pause();
    readable.on("end", async () => {
        try {
            awsChunkedEncodingStream.push(`0\r\n`);
            if (checksumRequired) {
                const checksum = base64Encoder(await digest);
                awsChunkedEncodingStream.push(`${checksumLocationName}:${checksum}\r\n`);
                awsChunkedEncodingStream.push(`\r\n`);
            }
            awsChunkedEncodingStream.push(null);
        }
        catch (err) {
            awsChunkedEncodingStream.destroy(err);
        }
    });
    return awsChunkedEncodingStream;
}

async function headStream$1(stream, bytes) {
    let byteLengthCounter = 0;
    const chunks = [];
    const reader = stream.getReader();
    let isDone = false;
    while (!isDone) {
        const { done, value } = await reader.read();
        if (value) {
            chunks.push(value);
            byteLengthCounter += value?.byteLength ?? 0;
        }
        if (byteLengthCounter >= bytes) {
            break;
        }
        isDone = done;
    }
    reader.releaseLock();
    const collected = new Uint8Array(Math.min(bytes, byteLengthCounter));
    let offset = 0;
    for (const chunk of chunks) {
        if (chunk.byteLength > collected.byteLength - offset) {
            collected.set(chunk.subarray(0, collected.byteLength - offset), offset);
            break;
        }
        else {
            collected.set(chunk, offset);
        }
        offset += chunk.length;
    }
    return collected;
}

const headStream = (stream, bytes) => {
    if (isReadableStream(stream)) {
        return headStream$1(stream, bytes);
    }
    return new Promise((resolve, reject) => {
        const collector = new Collector$1();
        collector.limit = bytes;
        stream.pipe(collector);
        stream.on("error", (err) => {
            collector.end();
            reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function () {
            const bytes = concatBytes(this.buffers);
            resolve(bytes);
        });
    });
};
let Collector$1 = class Collector extends Writable {
    buffers = [];
    limit = Infinity;
    bytesBuffered = 0;
    _write(chunk, encoding, callback) {
        this.buffers.push(chunk);
        this.bytesBuffered += chunk.byteLength ?? 0;
        if (this.bytesBuffered >= this.limit) {
            const excess = this.bytesBuffered - this.limit;
            const tailBuffer = this.buffers[this.buffers.length - 1];
            this.buffers[this.buffers.length - 1] = tailBuffer.subarray(0, tailBuffer.byteLength - excess);
            this.emit("finish");
        }
        callback();
    }
};

const toUtf8 = (input) => {
    if (typeof input === "string") {
        return input;
    }
    if (typeof input !== "object" || typeof input.byteOffset !== "number" || typeof input.byteLength !== "number") {
        throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
    }
    return new TextDecoder("utf-8").decode(input);
};

const streamCollector$1 = async (stream) => {
    if (isBlob(stream)) {
        return collectBlob(stream);
    }
    return collectReadableStream(stream);
};
async function collectBlob(blob) {
    return blob.arrayBuffer().then((ab) => new Uint8Array(ab));
}
async function collectReadableStream(stream) {
    const chunks = [];
    const reader = stream.getReader();
    let length = 0;
    while (true) {
        const { done, value } = await reader.read();
        if (value) {
            chunks.push(value);
            length += value.length;
        }
        if (done) {
            break;
        }
    }
    return concatBytes(chunks, length);
}

const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1 = "The stream has already been transformed.";
const sdkStreamMixin$1 = (stream) => {
    if (!isBlobInstance(stream) && !isReadableStream(stream)) {
        const name = stream?.__proto__?.constructor?.name || stream;
        throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${name}`);
    }
    let transformed = false;
    const transformToByteArray = async () => {
        if (transformed) {
            throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
        }
        transformed = true;
        return await streamCollector$1(stream);
    };
    const blobToWebStream = (blob) => {
        if (typeof blob.stream !== "function") {
            throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\n" +
                "If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body");
        }
        return blob.stream();
    };
    return Object.assign(stream, {
        transformToByteArray: transformToByteArray,
        transformToString: async (encoding) => {
            const buf = await transformToByteArray();
            if (encoding === "base64") {
                return toBase64(buf);
            }
            else if (encoding === "hex") {
                return toHex(buf);
            }
            else if (encoding === undefined || encoding === "utf8" || encoding === "utf-8") {
                return toUtf8(buf);
            }
            else if (typeof TextDecoder === "function") {
                return new TextDecoder(encoding).decode(buf);
            }
            else {
                throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
            }
        },
        transformToWebStream: () => {
            if (transformed) {
                throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED$1);
            }
            transformed = true;
            if (isBlobInstance(stream)) {
                return blobToWebStream(stream);
            }
            else if (isReadableStream(stream)) {
                return stream;
            }
            else {
                throw new Error(`Cannot transform payload to web stream, got ${stream}`);
            }
        },
    });
};
const isBlobInstance = (stream) => typeof Blob === "function" && stream instanceof Blob;

const streamCollector = (stream) => {
    if (isBlob(stream)) {
        return collectBlob(stream);
    }
    if (isReadableStream(stream)) {
        return collectReadableStream(stream);
    }
    return new Promise((resolve, reject) => {
        const collector = new Collector();
        const nodeStream = stream;
        nodeStream.pipe(collector);
        nodeStream.on("error", (err) => {
            collector.end();
            reject(err);
        });
        collector.on("error", reject);
        collector.on("finish", function () {
            const bytes = concatBytes(this.bufferedBytes);
            resolve(bytes);
        });
    });
};
class Collector extends Writable {
    bufferedBytes = [];
    _write(chunk, encoding, callback) {
        this.bufferedBytes.push(chunk);
        callback();
    }
}

const ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED = "The stream has already been transformed.";
const sdkStreamMixin = (stream) => {
    if (!(stream instanceof Readable)) {
        try {
            return sdkStreamMixin$1(stream);
        }
        catch (ignored) {
            const name = stream?.__proto__?.constructor?.name || stream;
            throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${name}`);
        }
    }
    let transformed = false;
    const transformToByteArray = async () => {
        if (transformed) {
            throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
        }
        transformed = true;
        return await streamCollector(stream);
    };
    return Object.assign(stream, {
        transformToByteArray,
        transformToString: async (encoding) => {
            const buf = await transformToByteArray();
            if (encoding === undefined || Buffer.isEncoding(encoding)) {
                return fromArrayBuffer(buf.buffer, buf.byteOffset, buf.byteLength).toString(encoding);
            }
            else {
                const decoder = new TextDecoder(encoding);
                return decoder.decode(buf);
            }
        },
        transformToWebStream: () => {
            if (transformed) {
                throw new Error(ERR_MSG_STREAM_HAS_BEEN_TRANSFORMED);
            }
            if (stream.readableFlowing !== null) {
                throw new Error("The stream has been consumed by other callbacks.");
            }
            if (typeof Readable.toWeb !== "function") {
                throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
            }
            transformed = true;
            return Readable.toWeb(stream);
        },
    });
};

async function splitStream$1(stream) {
    if (typeof stream.stream === "function") {
        stream = stream.stream();
    }
    const readableStream = stream;
    return readableStream.tee();
}

async function splitStream(stream) {
    if (isReadableStream(stream) || isBlob(stream)) {
        return splitStream$1(stream);
    }
    const stream1 = new PassThrough();
    const stream2 = new PassThrough();
    stream.pipe(stream1);
    stream.pipe(stream2);
    return [stream1, stream2];
}

function writeKey(obj) {
    Object.defineProperty(obj, "__proto__", { value: undefined, writable: true, enumerable: true, configurable: true });
}

class Uint8ArrayBlobAdapter extends bindUint8ArrayBlobAdapter(toUtf8$1, fromUtf8$1, toBase64$1, fromBase64) {
}
const _getRandomValues = getRandomValues;
const v4 = bindV4(_getRandomValues);
const generateIdempotencyToken = v4;

exports.ChecksumStream = ChecksumStream$1;
exports.Hash = Hash;
exports.LazyJsonString = LazyJsonString;
exports.NumericValue = NumericValue;
exports.Uint8ArrayBlobAdapter = Uint8ArrayBlobAdapter;
exports._parseEpochTimestamp = _parseEpochTimestamp;
exports._parseRfc3339DateTimeWithOffset = _parseRfc3339DateTimeWithOffset;
exports._parseRfc7231DateTime = _parseRfc7231DateTime;
exports.calculateBodyLength = calculateBodyLength;
exports.concatBytes = concatBytes;
exports.copyDocumentWithTransform = copyDocumentWithTransform;
exports.createBufferedReadable = createBufferedReadable;
exports.createChecksumStream = createChecksumStream;
exports.dateToUtcString = dateToUtcString;
exports.deserializerMiddleware = deserializerMiddleware;
exports.deserializerMiddlewareOption = deserializerMiddlewareOption;
exports.expectBoolean = expectBoolean;
exports.expectByte = expectByte;
exports.expectFloat32 = expectFloat32;
exports.expectInt = expectInt;
exports.expectInt32 = expectInt32;
exports.expectLong = expectLong;
exports.expectNonNull = expectNonNull;
exports.expectNumber = expectNumber;
exports.expectObject = expectObject;
exports.expectShort = expectShort;
exports.expectString = expectString;
exports.expectUnion = expectUnion;
exports.fromArrayBuffer = fromArrayBuffer;
exports.fromBase64 = fromBase64;
exports.fromHex = fromHex;
exports.fromString = fromString;
exports.fromUtf8 = fromUtf8$1;
exports.generateIdempotencyToken = generateIdempotencyToken;
exports.getAwsChunkedEncodingStream = getAwsChunkedEncodingStream;
exports.getSerdePlugin = getSerdePlugin;
exports.handleFloat = handleFloat;
exports.headStream = headStream;
exports.isArrayBuffer = isArrayBuffer;
exports.isBlob = isBlob;
exports.isReadableStream = isReadableStream;
exports.limitedParseDouble = limitedParseDouble;
exports.limitedParseFloat = limitedParseFloat;
exports.limitedParseFloat32 = limitedParseFloat32;
exports.logger = logger;
exports.nv = nv;
exports.parseBoolean = parseBoolean;
exports.parseEpochTimestamp = parseEpochTimestamp;
exports.parseRfc3339DateTime = parseRfc3339DateTime;
exports.parseRfc3339DateTimeWithOffset = parseRfc3339DateTimeWithOffset;
exports.parseRfc7231DateTime = parseRfc7231DateTime;
exports.quoteHeader = quoteHeader;
exports.sdkStreamMixin = sdkStreamMixin;
exports.serializerMiddleware = serializerMiddleware;
exports.serializerMiddlewareOption = serializerMiddlewareOption;
exports.splitEvery = splitEvery;
exports.splitHeader = splitHeader;
exports.splitStream = splitStream;
exports.streamCollector = streamCollector;
exports.strictParseByte = strictParseByte;
exports.strictParseDouble = strictParseDouble;
exports.strictParseFloat = strictParseFloat;
exports.strictParseFloat32 = strictParseFloat32;
exports.strictParseInt = strictParseInt;
exports.strictParseInt32 = strictParseInt32;
exports.strictParseLong = strictParseLong;
exports.strictParseShort = strictParseShort;
exports.toBase64 = toBase64$1;
exports.toHex = toHex;
exports.toUint8Array = toUint8Array;
exports.toUtf8 = toUtf8$1;
exports.v4 = v4;
exports.writeKey = writeKey;


/***/ }),

/***/ 816:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { SMITHY_CONTEXT_KEY } = __nccwpck_require__(976);

const getSmithyContext = (context) => context[SMITHY_CONTEXT_KEY] || (context[SMITHY_CONTEXT_KEY] = {});

function hasOwn(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}

class HttpRequest {
    method;
    protocol;
    hostname;
    port;
    path;
    query;
    headers;
    username;
    password;
    fragment;
    body;
    constructor(options) {
        this.method = options.method || "GET";
        this.hostname = options.hostname || "localhost";
        this.port = options.port;
        this.query = options.query || {};
        this.headers = options.headers || {};
        this.body = options.body;
        this.protocol = options.protocol
            ? options.protocol.slice(-1) !== ":"
                ? `${options.protocol}:`
                : options.protocol
            : "https:";
        this.path = options.path ? (options.path.charAt(0) !== "/" ? `/${options.path}` : options.path) : "/";
        this.username = options.username;
        this.password = options.password;
        this.fragment = options.fragment;
    }
    static clone(request) {
        const cloned = new HttpRequest({
            ...request,
            headers: { ...request.headers },
        });
        if (cloned.query) {
            cloned.query = cloneQuery(cloned.query);
        }
        return cloned;
    }
    static isInstance(request) {
        if (!request) {
            return false;
        }
        const req = request;
        return ("method" in req &&
            "protocol" in req &&
            "hostname" in req &&
            "path" in req &&
            typeof req["query"] === "object" &&
            typeof req["headers"] === "object");
    }
    clone() {
        return HttpRequest.clone(this);
    }
}
function cloneQuery(query) {
    return Object.keys(query).reduce((carry, paramName) => {
        const param = query[paramName];
        return {
            ...carry,
            [paramName]: Array.isArray(param) ? [...param] : param,
        };
    }, {});
}

class HttpResponse {
    statusCode;
    reason;
    headers;
    body;
    constructor(options) {
        this.statusCode = options.statusCode;
        this.reason = options.reason;
        this.headers = options.headers || {};
        this.body = options.body;
    }
    static isInstance(response) {
        if (!response) {
            return false;
        }
        const resp = response;
        return typeof resp.statusCode === "number" && typeof resp.headers === "object";
    }
}

const VALID_HOST_LABEL_REGEX = new RegExp(`^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$`);
const isValidHostLabel = (value, allowSubDomains = false) => {
    if (!allowSubDomains) {
        return VALID_HOST_LABEL_REGEX.test(value);
    }
    const labels = value.split(".");
    for (const label of labels) {
        if (!isValidHostLabel(label)) {
            return false;
        }
    }
    return true;
};

function isValidHostname(hostname) {
    const hostPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
    return hostPattern.test(hostname);
}

const normalizeProvider = (input) => {
    if (typeof input === "function") {
        return input;
    }
    const promisified = Promise.resolve(input);
    return () => promisified;
};

function parseQueryString(querystring) {
    const query = {};
    querystring = querystring.replace(/^\?/, "");
    if (querystring) {
        for (const pair of querystring.split("&")) {
            let [key, value = null] = pair.split("=");
            key = decodeURIComponent(key);
            if (value) {
                value = decodeURIComponent(value);
            }
            if (!(key in query)) {
                query[key] = value;
            }
            else if (Array.isArray(query[key])) {
                query[key].push(value);
            }
            else {
                query[key] = [query[key], value];
            }
        }
    }
    return query;
}

const parseUrl = (url) => {
    if (typeof url === "string") {
        return parseUrl(new URL(url));
    }
    const { hostname, pathname, port, protocol, search } = url;
    let query;
    if (search) {
        query = parseQueryString(search);
    }
    return {
        hostname,
        port: port ? parseInt(port) : undefined,
        protocol,
        path: pathname,
        query,
    };
};

const toEndpointV1 = (endpoint) => {
    if (typeof endpoint === "object") {
        if ("url" in endpoint) {
            const v1Endpoint = parseUrl(endpoint.url);
            if (endpoint.headers) {
                v1Endpoint.headers = {};
                for (const name in endpoint.headers) {
                    if (!hasOwn(endpoint.headers, name)) {
                        continue;
                    }
                    v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", ");
                }
            }
            return v1Endpoint;
        }
        return endpoint;
    }
    return parseUrl(endpoint);
};

exports.HttpRequest = HttpRequest;
exports.HttpResponse = HttpResponse;
exports.getSmithyContext = getSmithyContext;
exports.hasOwn = hasOwn;
exports.isValidHostLabel = isValidHostLabel;
exports.isValidHostname = isValidHostname;
exports.normalizeProvider = normalizeProvider;
exports.parseQueryString = parseQueryString;
exports.parseUrl = parseUrl;
exports.toEndpointV1 = toEndpointV1;


/***/ }),

/***/ 882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.V = void 0;
var serde_1 = __nccwpck_require__(828);
Object.defineProperty(exports, "V", ({ enumerable: true, get: function () { return serde_1.Hash; } }));


/***/ }),

/***/ 48:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
const { hasOwn, fromUtf8, fromHex, toHex, toUint8Array, writeKey, isArrayBuffer } = __nccwpck_require__(828);
const { normalizeProvider } = __nccwpck_require__(556);
const { escapeUri, HttpRequest } = __nccwpck_require__(700);

class HeaderFormatter {
    format(headers) {
        const chunks = [];
        for (const headerName in headers) {
            if (!hasOwn(headers, headerName)) {
                continue;
            }
            const bytes = fromUtf8(headerName);
            chunks.push(Uint8Array.from([bytes.byteLength]), bytes, this.formatHeaderValue(headers[headerName]));
        }
        const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
        let position = 0;
        for (const chunk of chunks) {
            out.set(chunk, position);
            position += chunk.byteLength;
        }
        return out;
    }
    formatHeaderValue(header) {
        switch (header.type) {
            case "boolean":
                return Uint8Array.from([header.value ? 0 : 1]);
            case "byte":
                return Uint8Array.from([2, header.value]);
            case "short":
                const shortView = new DataView(new ArrayBuffer(3));
                shortView.setUint8(0, 3);
                shortView.setInt16(1, header.value, false);
                return new Uint8Array(shortView.buffer);
            case "integer":
                const intView = new DataView(new ArrayBuffer(5));
                intView.setUint8(0, 4);
                intView.setInt32(1, header.value, false);
                return new Uint8Array(intView.buffer);
            case "long":
                const longBytes = new Uint8Array(9);
                longBytes[0] = 5;
                longBytes.set(header.value.bytes, 1);
                return longBytes;
            case "binary":
                const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
                binView.setUint8(0, 6);
                binView.setUint16(1, header.value.byteLength, false);
                const binBytes = new Uint8Array(binView.buffer);
                binBytes.set(header.value, 3);
                return binBytes;
            case "string":
                const utf8Bytes = fromUtf8(header.value);
                const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
                strView.setUint8(0, 7);
                strView.setUint16(1, utf8Bytes.byteLength, false);
                const strBytes = new Uint8Array(strView.buffer);
                strBytes.set(utf8Bytes, 3);
                return strBytes;
            case "timestamp":
                const tsBytes = new Uint8Array(9);
                tsBytes[0] = 8;
                tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1);
                return tsBytes;
            case "uuid":
                if (!UUID_PATTERN.test(header.value)) {
                    throw new Error(`Invalid UUID received: ${header.value}`);
                }
                const uuidBytes = new Uint8Array(17);
                uuidBytes[0] = 9;
                uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1);
                return uuidBytes;
        }
    }
}
var HEADER_VALUE_TYPE;
(function (HEADER_VALUE_TYPE) {
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolTrue"] = 0] = "boolTrue";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["boolFalse"] = 1] = "boolFalse";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byte"] = 2] = "byte";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["short"] = 3] = "short";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["integer"] = 4] = "integer";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["long"] = 5] = "long";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["byteArray"] = 6] = "byteArray";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["string"] = 7] = "string";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["timestamp"] = 8] = "timestamp";
    HEADER_VALUE_TYPE[HEADER_VALUE_TYPE["uuid"] = 9] = "uuid";
})(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
class Int64 {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
        if (bytes.byteLength !== 8) {
            throw new Error("Int64 buffers must be exactly 8 bytes");
        }
    }
    static fromNumber(number) {
        if (number > 9_223_372_036_854_775_807 || number < -9223372036854776e3) {
            throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
        }
        const bytes = new Uint8Array(8);
        for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, remaining /= 256) {
            bytes[i] = remaining;
        }
        if (number < 0) {
            negate(bytes);
        }
        return new Int64(bytes);
    }
    valueOf() {
        const bytes = this.bytes.slice(0);
        const negative = bytes[0] & 0b10000000;
        if (negative) {
            negate(bytes);
        }
        return parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
    }
    toString() {
        return String(this.valueOf());
    }
}
function negate(bytes) {
    for (let i = 0; i < 8; i++) {
        bytes[i] ^= 0xff;
    }
    for (let i = 7; i > -1; i--) {
        bytes[i]++;
        if (bytes[i] !== 0) {
            break;
        }
    }
}

const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm";
const CREDENTIAL_QUERY_PARAM = "X-Amz-Credential";
const AMZ_DATE_QUERY_PARAM = "X-Amz-Date";
const SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders";
const EXPIRES_QUERY_PARAM = "X-Amz-Expires";
const SIGNATURE_QUERY_PARAM = "X-Amz-Signature";
const TOKEN_QUERY_PARAM = "X-Amz-Security-Token";
const REGION_SET_PARAM = "X-Amz-Region-Set";
const AUTH_HEADER = "authorization";
const AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase();
const DATE_HEADER = "date";
const GENERATED_HEADERS = [AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER];
const SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase();
const SHA256_HEADER = "x-amz-content-sha256";
const TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase();
const HOST_HEADER = "host";
const ALWAYS_UNSIGNABLE_HEADERS = {
    authorization: true,
    "cache-control": true,
    connection: true,
    expect: true,
    from: true,
    "keep-alive": true,
    "max-forwards": true,
    pragma: true,
    referer: true,
    te: true,
    trailer: true,
    "transfer-encoding": true,
    upgrade: true,
    "user-agent": true,
    "x-amzn-trace-id": true,
};
const PROXY_HEADER_PATTERN = /^proxy-/;
const SEC_HEADER_PATTERN = /^sec-/;
const UNSIGNABLE_PATTERNS = [/^proxy-/i, /^sec-/i];
const ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256";
const ALGORITHM_IDENTIFIER_V4A = "AWS4-ECDSA-P256-SHA256";
const EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD";
const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
const MAX_CACHE_SIZE = 50;
const KEY_TYPE_IDENTIFIER = "aws4_request";
const MAX_PRESIGNED_TTL = 60 * 60 * 24 * 7;

const getCanonicalQuery = ({ query = {} }) => {
    const keys = [];
    const serialized = {};
    for (const key in query) {
        if (!hasOwn(query, key)) {
            continue;
        }
        if (key.toLowerCase() === SIGNATURE_HEADER) {
            continue;
        }
        const encodedKey = escapeUri(key);
        keys.push(encodedKey);
        const value = query[key];
        if (typeof value === "string") {
            serialized[encodedKey] = `${encodedKey}=${escapeUri(value)}`;
        }
        else if (Array.isArray(value)) {
            serialized[encodedKey] = value
                .slice(0)
                .reduce((encoded, value) => encoded.concat([`${encodedKey}=${escapeUri(value)}`]), [])
                .sort()
                .join("&");
        }
    }
    return keys
        .sort()
        .map((key) => serialized[key])
        .filter((serialized) => serialized)
        .join("&");
};

const iso8601 = (time) => toDate(time)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
const toDate = (time) => {
    if (typeof time === "number") {
        return new Date(time * 1000);
    }
    if (typeof time === "string") {
        if (Number(time)) {
            return new Date(Number(time) * 1000);
        }
        return new Date(time);
    }
    return time;
};

class SignatureV4Base {
    service;
    regionProvider;
    credentialProvider;
    sha256;
    uriEscapePath;
    applyChecksum;
    constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = true, }) {
        this.service = service;
        this.sha256 = sha256;
        this.uriEscapePath = uriEscapePath;
        this.applyChecksum = typeof applyChecksum === "boolean" ? applyChecksum : true;
        this.regionProvider = normalizeProvider(region);
        this.credentialProvider = normalizeProvider(credentials);
    }
    createCanonicalRequest(request, canonicalHeaders, payloadHash) {
        const sortedHeaders = Object.keys(canonicalHeaders).sort();
        return `${request.method}
${this.getCanonicalPath(request)}
${getCanonicalQuery(request)}
${sortedHeaders.map((name) => `${name}:${canonicalHeaders[name]}`).join("\n")}

${sortedHeaders.join(";")}
${payloadHash}`;
    }
    async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
        const hash = new this.sha256();
        hash.update(toUint8Array(canonicalRequest));
        const hashedRequest = await hash.digest();
        return `${algorithmIdentifier}
${longDate}
${credentialScope}
${toHex(hashedRequest)}`;
    }
    getCanonicalPath({ path }) {
        if (this.uriEscapePath) {
            const normalizedPathSegments = [];
            for (const pathSegment of path.split("/")) {
                if (pathSegment?.length === 0) {
                    continue;
                }
                if (pathSegment === ".") {
                    continue;
                }
                if (pathSegment === "..") {
                    normalizedPathSegments.pop();
                }
                else {
                    normalizedPathSegments.push(pathSegment);
                }
            }
            const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
            const doubleEncoded = escapeUri(normalizedPath);
            return doubleEncoded.replace(/%2F/g, "/");
        }
        return path;
    }
    validateResolvedCredentials(credentials) {
        if (typeof credentials !== "object" ||
            typeof credentials.accessKeyId !== "string" ||
            typeof credentials.secretAccessKey !== "string") {
            throw new Error("Resolved credential object is not valid");
        }
    }
    formatDate(now) {
        const longDate = iso8601(now).replace(/[-:]/g, "");
        return {
            longDate,
            shortDate: longDate.slice(0, 8),
        };
    }
    getCanonicalHeaderList(headers) {
        return Object.keys(headers).sort().join(";");
    }
}

const signingKeyCache = {};
const cacheQueue = [];
const createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`;
const getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
    const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId);
    const cacheKey = `${shortDate}:${region}:${service}:${toHex(credsHash)}:${credentials.sessionToken}`;
    if (cacheKey in signingKeyCache) {
        return signingKeyCache[cacheKey];
    }
    cacheQueue.push(cacheKey);
    while (cacheQueue.length > MAX_CACHE_SIZE) {
        delete signingKeyCache[cacheQueue.shift()];
    }
    let key = `AWS4${credentials.secretAccessKey}`;
    for (const signable of [shortDate, region, service, KEY_TYPE_IDENTIFIER]) {
        key = await hmac(sha256Constructor, key, signable);
    }
    return (signingKeyCache[cacheKey] = key);
};
const clearCredentialCache = () => {
    cacheQueue.length = 0;
    Object.keys(signingKeyCache).forEach((cacheKey) => {
        delete signingKeyCache[cacheKey];
    });
};
const hmac = (ctor, secret, data) => {
    const hash = new ctor(secret);
    hash.update(toUint8Array(data));
    return hash.digest();
};

const getCanonicalHeaders = ({ headers }, unsignableHeaders, signableHeaders) => {
    const canonical = {};
    for (const headerName of Object.keys(headers).sort()) {
        if (headers[headerName] == undefined) {
            continue;
        }
        const canonicalHeaderName = headerName.toLowerCase();
        if (hasOwn(ALWAYS_UNSIGNABLE_HEADERS, canonicalHeaderName) ||
            unsignableHeaders?.has(canonicalHeaderName) ||
            PROXY_HEADER_PATTERN.test(canonicalHeaderName) ||
            SEC_HEADER_PATTERN.test(canonicalHeaderName)) {
            if (!signableHeaders || (signableHeaders && !signableHeaders.has(canonicalHeaderName))) {
                continue;
            }
        }
        if (canonicalHeaderName === "__proto__") {
            writeKey(canonical);
        }
        canonical[canonicalHeaderName] = headers[headerName]
            .replace(/[\r\n]/g, " ")
            .replace(/[ \t]+/g, " ")
            .replace(/^ | $/g, "");
    }
    return canonical;
};

const getPayloadHash = async ({ headers, body }, hashConstructor) => {
    for (const headerName in headers) {
        if (!hasOwn(headers, headerName)) {
            continue;
        }
        if (headerName.toLowerCase() === SHA256_HEADER) {
            return headers[headerName];
        }
    }
    if (body == undefined) {
        return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    }
    else if (typeof body === "string" || ArrayBuffer.isView(body) || isArrayBuffer(body)) {
        const hashCtor = new hashConstructor();
        hashCtor.update(toUint8Array(body));
        return toHex(await hashCtor.digest());
    }
    return UNSIGNED_PAYLOAD;
};

const hasHeader = (soughtHeader, headers) => {
    soughtHeader = soughtHeader.toLowerCase();
    for (const headerName in headers) {
        if (!hasOwn(headers, headerName)) {
            continue;
        }
        if (soughtHeader === headerName.toLowerCase()) {
            return true;
        }
    }
    return false;
};

const moveHeadersToQuery = (request, options = {}) => {
    const { headers, query = {} } = HttpRequest.clone(request);
    for (const name in headers) {
        if (!hasOwn(headers, name)) {
            continue;
        }
        const lname = name.toLowerCase();
        if ((lname.slice(0, 6) === "x-amz-" && !options.unhoistableHeaders?.has(lname)) ||
            options.hoistableHeaders?.has(lname)) {
            query[name] = headers[name];
            delete headers[name];
        }
    }
    return {
        ...request,
        headers,
        query,
    };
};

const prepareRequest = (request) => {
    request = HttpRequest.clone(request);
    for (const headerName in request.headers) {
        if (!hasOwn(request.headers, headerName)) {
            continue;
        }
        if (GENERATED_HEADERS.indexOf(headerName.toLowerCase()) > -1) {
            delete request.headers[headerName];
        }
    }
    return request;
};

class SignatureV4 extends SignatureV4Base {
    headerFormatter = new HeaderFormatter();
    constructor({ applyChecksum, credentials, region, service, sha256, uriEscapePath = true, }) {
        super({
            applyChecksum,
            credentials,
            region,
            service,
            sha256,
            uriEscapePath,
        });
    }
    async presign(originalRequest, options = {}) {
        const { signingDate = new Date(), expiresIn = 3600, unsignableHeaders, unhoistableHeaders, signableHeaders, hoistableHeaders, signingRegion, signingService, } = options;
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? (await this.regionProvider());
        const { longDate, shortDate } = this.formatDate(signingDate);
        if (expiresIn > MAX_PRESIGNED_TTL) {
            return Promise.reject("Signature version 4 presigned URLs" + " must have an expiration date less than one week in" + " the future");
        }
        const scope = createScope(shortDate, region, signingService ?? this.service);
        const request = moveHeadersToQuery(prepareRequest(originalRequest), { unhoistableHeaders, hoistableHeaders });
        if (credentials.sessionToken) {
            request.query[TOKEN_QUERY_PARAM] = credentials.sessionToken;
        }
        request.query[ALGORITHM_QUERY_PARAM] = ALGORITHM_IDENTIFIER;
        request.query[CREDENTIAL_QUERY_PARAM] = `${credentials.accessKeyId}/${scope}`;
        request.query[AMZ_DATE_QUERY_PARAM] = longDate;
        request.query[EXPIRES_QUERY_PARAM] = expiresIn.toString(10);
        const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        request.query[SIGNED_HEADERS_QUERY_PARAM] = this.getCanonicalHeaderList(canonicalHeaders);
        request.query[SIGNATURE_QUERY_PARAM] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await getPayloadHash(originalRequest, this.sha256)));
        return request;
    }
    async sign(toSign, options) {
        if (typeof toSign === "string") {
            return this.signString(toSign, options);
        }
        else if (toSign.headers && toSign.payload) {
            return this.signEvent(toSign, options);
        }
        else if (toSign.message) {
            return this.signMessage(toSign, options);
        }
        else {
            return this.signRequest(toSign, options);
        }
    }
    async signEvent({ headers, payload }, { signingDate = new Date(), priorSignature, signingRegion, signingService, eventStreamCredentials, }) {
        const region = signingRegion ?? (await this.regionProvider());
        const { shortDate, longDate } = this.formatDate(signingDate);
        const scope = createScope(shortDate, region, signingService ?? this.service);
        const hashedPayload = await getPayloadHash({ headers: {}, body: payload }, this.sha256);
        const hash = new this.sha256();
        hash.update(headers);
        const hashedHeaders = toHex(await hash.digest());
        const stringToSign = [
            EVENT_ALGORITHM_IDENTIFIER,
            longDate,
            scope,
            priorSignature,
            hashedHeaders,
            hashedPayload,
        ].join("\n");
        return this.signString(stringToSign, {
            signingDate,
            signingRegion: region,
            signingService,
            eventStreamCredentials,
        });
    }
    async signMessage(signableMessage, { signingDate = new Date(), signingRegion, signingService, eventStreamCredentials }) {
        const promise = this.signEvent({
            headers: this.headerFormatter.format(signableMessage.message.headers),
            payload: signableMessage.message.body,
        }, {
            signingDate,
            signingRegion,
            signingService,
            priorSignature: signableMessage.priorSignature,
            eventStreamCredentials,
        });
        return promise.then((signature) => {
            return { message: signableMessage.message, signature };
        });
    }
    async signString(stringToSign, { signingDate = new Date(), signingRegion, signingService, eventStreamCredentials, } = {}) {
        const credentials = eventStreamCredentials ?? (await this.credentialProvider());
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? (await this.regionProvider());
        const { shortDate } = this.formatDate(signingDate);
        const hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
        hash.update(toUint8Array(stringToSign));
        return toHex(await hash.digest());
    }
    async signRequest(requestToSign, { signingDate = new Date(), signableHeaders, unsignableHeaders, signingRegion, signingService, } = {}) {
        const credentials = await this.credentialProvider();
        this.validateResolvedCredentials(credentials);
        const region = signingRegion ?? (await this.regionProvider());
        const request = prepareRequest(requestToSign);
        const { longDate, shortDate } = this.formatDate(signingDate);
        const scope = createScope(shortDate, region, signingService ?? this.service);
        request.headers[AMZ_DATE_HEADER] = longDate;
        if (credentials.sessionToken) {
            request.headers[TOKEN_HEADER] = credentials.sessionToken;
        }
        const payloadHash = await getPayloadHash(request, this.sha256);
        if (!hasHeader(SHA256_HEADER, request.headers) && this.applyChecksum) {
            request.headers[SHA256_HEADER] = payloadHash;
        }
        const canonicalHeaders = getCanonicalHeaders(request, unsignableHeaders, signableHeaders);
        const signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
        request.headers[AUTH_HEADER] =
            `${ALGORITHM_IDENTIFIER} ` +
                `Credential=${credentials.accessKeyId}/${scope}, ` +
                `SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, ` +
                `Signature=${signature}`;
        return request;
    }
    async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
        const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, ALGORITHM_IDENTIFIER);
        const hash = new this.sha256(await keyPromise);
        hash.update(toUint8Array(stringToSign));
        return toHex(await hash.digest());
    }
    getSigningKey(credentials, region, shortDate, service) {
        return getSigningKey(this.sha256, credentials, shortDate, region, service || this.service);
    }
}

const signatureV4aContainer = {
    SignatureV4a: null,
};

__webpack_unused_export__ = ALGORITHM_IDENTIFIER;
__webpack_unused_export__ = ALGORITHM_IDENTIFIER_V4A;
__webpack_unused_export__ = ALGORITHM_QUERY_PARAM;
__webpack_unused_export__ = ALWAYS_UNSIGNABLE_HEADERS;
__webpack_unused_export__ = AMZ_DATE_HEADER;
__webpack_unused_export__ = AMZ_DATE_QUERY_PARAM;
__webpack_unused_export__ = AUTH_HEADER;
__webpack_unused_export__ = CREDENTIAL_QUERY_PARAM;
__webpack_unused_export__ = DATE_HEADER;
__webpack_unused_export__ = EVENT_ALGORITHM_IDENTIFIER;
__webpack_unused_export__ = EXPIRES_QUERY_PARAM;
__webpack_unused_export__ = GENERATED_HEADERS;
__webpack_unused_export__ = HOST_HEADER;
__webpack_unused_export__ = KEY_TYPE_IDENTIFIER;
__webpack_unused_export__ = MAX_CACHE_SIZE;
__webpack_unused_export__ = MAX_PRESIGNED_TTL;
__webpack_unused_export__ = PROXY_HEADER_PATTERN;
__webpack_unused_export__ = REGION_SET_PARAM;
__webpack_unused_export__ = SEC_HEADER_PATTERN;
__webpack_unused_export__ = SHA256_HEADER;
__webpack_unused_export__ = SIGNATURE_HEADER;
__webpack_unused_export__ = SIGNATURE_QUERY_PARAM;
__webpack_unused_export__ = SIGNED_HEADERS_QUERY_PARAM;
exports.BB = SignatureV4;
__webpack_unused_export__ = SignatureV4Base;
__webpack_unused_export__ = TOKEN_HEADER;
__webpack_unused_export__ = TOKEN_QUERY_PARAM;
__webpack_unused_export__ = UNSIGNABLE_PATTERNS;
__webpack_unused_export__ = UNSIGNED_PAYLOAD;
__webpack_unused_export__ = clearCredentialCache;
__webpack_unused_export__ = createScope;
__webpack_unused_export__ = getCanonicalHeaders;
__webpack_unused_export__ = getCanonicalQuery;
__webpack_unused_export__ = getPayloadHash;
__webpack_unused_export__ = getSigningKey;
__webpack_unused_export__ = hasHeader;
__webpack_unused_export__ = moveHeadersToQuery;
__webpack_unused_export__ = prepareRequest;
__webpack_unused_export__ = signatureV4aContainer;


/***/ }),

/***/ 976:
/***/ ((__unused_webpack_module, exports) => {

var HttpAuthLocation;
(function (HttpAuthLocation) {
    HttpAuthLocation["HEADER"] = "header";
    HttpAuthLocation["QUERY"] = "query";
})(HttpAuthLocation || (HttpAuthLocation = {}));

var HttpApiKeyAuthLocation;
(function (HttpApiKeyAuthLocation) {
    HttpApiKeyAuthLocation["HEADER"] = "header";
    HttpApiKeyAuthLocation["QUERY"] = "query";
})(HttpApiKeyAuthLocation || (HttpApiKeyAuthLocation = {}));

var EndpointURLScheme;
(function (EndpointURLScheme) {
    EndpointURLScheme["HTTP"] = "http";
    EndpointURLScheme["HTTPS"] = "https";
})(EndpointURLScheme || (EndpointURLScheme = {}));

var AlgorithmId;
(function (AlgorithmId) {
    AlgorithmId["MD5"] = "md5";
    AlgorithmId["CRC32"] = "crc32";
    AlgorithmId["CRC32C"] = "crc32c";
    AlgorithmId["SHA1"] = "sha1";
    AlgorithmId["SHA256"] = "sha256";
})(AlgorithmId || (AlgorithmId = {}));
const getChecksumConfiguration = (runtimeConfig) => {
    const checksumAlgorithms = [];
    if (runtimeConfig.sha256 !== undefined) {
        checksumAlgorithms.push({
            algorithmId: () => AlgorithmId.SHA256,
            checksumConstructor: () => runtimeConfig.sha256,
        });
    }
    if (runtimeConfig.md5 != undefined) {
        checksumAlgorithms.push({
            algorithmId: () => AlgorithmId.MD5,
            checksumConstructor: () => runtimeConfig.md5,
        });
    }
    return {
        addChecksumAlgorithm(algo) {
            checksumAlgorithms.push(algo);
        },
        checksumAlgorithms() {
            return checksumAlgorithms;
        },
    };
};
const resolveChecksumRuntimeConfig = (clientConfig) => {
    const runtimeConfig = {};
    clientConfig.checksumAlgorithms().forEach((checksumAlgorithm) => {
        runtimeConfig[checksumAlgorithm.algorithmId()] = checksumAlgorithm.checksumConstructor();
    });
    return runtimeConfig;
};

const getDefaultClientConfiguration = (runtimeConfig) => {
    return getChecksumConfiguration(runtimeConfig);
};
const resolveDefaultRuntimeConfig = (config) => {
    return resolveChecksumRuntimeConfig(config);
};

var FieldPosition;
(function (FieldPosition) {
    FieldPosition[FieldPosition["HEADER"] = 0] = "HEADER";
    FieldPosition[FieldPosition["TRAILER"] = 1] = "TRAILER";
})(FieldPosition || (FieldPosition = {}));

const SMITHY_CONTEXT_KEY = "__smithy_context";

var IniSectionType;
(function (IniSectionType) {
    IniSectionType["PROFILE"] = "profile";
    IniSectionType["SSO_SESSION"] = "sso-session";
    IniSectionType["SERVICES"] = "services";
})(IniSectionType || (IniSectionType = {}));

var RequestHandlerProtocol;
(function (RequestHandlerProtocol) {
    RequestHandlerProtocol["HTTP_0_9"] = "http/0.9";
    RequestHandlerProtocol["HTTP_1_0"] = "http/1.0";
    RequestHandlerProtocol["TDS_8_0"] = "tds/8.0";
})(RequestHandlerProtocol || (RequestHandlerProtocol = {}));

exports.AlgorithmId = AlgorithmId;
exports.EndpointURLScheme = EndpointURLScheme;
exports.FieldPosition = FieldPosition;
exports.HttpApiKeyAuthLocation = HttpApiKeyAuthLocation;
exports.HttpAuthLocation = HttpAuthLocation;
exports.IniSectionType = IniSectionType;
exports.RequestHandlerProtocol = RequestHandlerProtocol;
exports.SMITHY_CONTEXT_KEY = SMITHY_CONTEXT_KEY;
exports.getDefaultClientConfiguration = getDefaultClientConfiguration;
exports.resolveDefaultRuntimeConfig = resolveDefaultRuntimeConfig;


/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 75:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/model/service-model.generated.ts
/** The operations the emulator serves; a handler for each is required by its type. */
const SERVED_OPERATIONS = [
    'BatchGetIncidentFindings',
    'CreateReplicationSet',
    'CreateResponsePlan',
    'CreateTimelineEvent',
    'DeleteIncidentRecord',
    'DeleteReplicationSet',
    'DeleteResourcePolicy',
    'DeleteResponsePlan',
    'DeleteTimelineEvent',
    'GetIncidentRecord',
    'GetReplicationSet',
    'GetResourcePolicies',
    'GetResponsePlan',
    'GetTimelineEvent',
    'ListIncidentFindings',
    'ListIncidentRecords',
    'ListRelatedItems',
    'ListReplicationSets',
    'ListResponsePlans',
    'ListTagsForResource',
    'ListTimelineEvents',
    'PutResourcePolicy',
    'StartIncident',
    'TagResource',
    'UntagResource',
    'UpdateDeletionProtection',
    'UpdateIncidentRecord',
    'UpdateRelatedItems',
    'UpdateReplicationSet',
    'UpdateResponsePlan',
    'UpdateTimelineEvent',
];
const serviceModel = {
    apiVersion: '2018-05-10',
    signingName: 'ssm-incidents',
    operations: {
        BatchGetIncidentFindings: {
            method: 'POST',
            path: '/batchGetIncidentFindings',
            successCode: 200,
            input: 'BatchGetIncidentFindingsInput',
            output: 'BatchGetIncidentFindingsOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        CreateReplicationSet: {
            method: 'POST',
            path: '/createReplicationSet',
            successCode: 201,
            input: 'CreateReplicationSetInput',
            output: 'CreateReplicationSetOutput',
            errors: [
                'ServiceQuotaExceededException',
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        CreateResponsePlan: {
            method: 'POST',
            path: '/createResponsePlan',
            successCode: 201,
            input: 'CreateResponsePlanInput',
            output: 'CreateResponsePlanOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        CreateTimelineEvent: {
            method: 'POST',
            path: '/createTimelineEvent',
            successCode: 201,
            input: 'CreateTimelineEventInput',
            output: 'CreateTimelineEventOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        DeleteIncidentRecord: {
            method: 'POST',
            path: '/deleteIncidentRecord',
            successCode: 204,
            input: 'DeleteIncidentRecordInput',
            output: 'DeleteIncidentRecordOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        DeleteReplicationSet: {
            method: 'POST',
            path: '/deleteReplicationSet',
            successCode: 204,
            input: 'DeleteReplicationSetInput',
            output: 'DeleteReplicationSetOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        DeleteResourcePolicy: {
            method: 'POST',
            path: '/deleteResourcePolicy',
            successCode: 200,
            input: 'DeleteResourcePolicyInput',
            output: 'DeleteResourcePolicyOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        DeleteResponsePlan: {
            method: 'POST',
            path: '/deleteResponsePlan',
            successCode: 204,
            input: 'DeleteResponsePlanInput',
            output: 'DeleteResponsePlanOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        DeleteTimelineEvent: {
            method: 'POST',
            path: '/deleteTimelineEvent',
            successCode: 204,
            input: 'DeleteTimelineEventInput',
            output: 'DeleteTimelineEventOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        GetIncidentRecord: {
            method: 'GET',
            path: '/getIncidentRecord',
            successCode: 200,
            input: 'GetIncidentRecordInput',
            output: 'GetIncidentRecordOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        GetReplicationSet: {
            method: 'GET',
            path: '/getReplicationSet',
            successCode: 200,
            input: 'GetReplicationSetInput',
            output: 'GetReplicationSetOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        GetResourcePolicies: {
            method: 'POST',
            path: '/getResourcePolicies',
            successCode: 200,
            input: 'GetResourcePoliciesInput',
            output: 'GetResourcePoliciesOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        GetResponsePlan: {
            method: 'GET',
            path: '/getResponsePlan',
            successCode: 200,
            input: 'GetResponsePlanInput',
            output: 'GetResponsePlanOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        GetTimelineEvent: {
            method: 'GET',
            path: '/getTimelineEvent',
            successCode: 200,
            input: 'GetTimelineEventInput',
            output: 'GetTimelineEventOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListIncidentFindings: {
            method: 'POST',
            path: '/listIncidentFindings',
            successCode: 200,
            input: 'ListIncidentFindingsInput',
            output: 'ListIncidentFindingsOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListIncidentRecords: {
            method: 'POST',
            path: '/listIncidentRecords',
            successCode: 200,
            input: 'ListIncidentRecordsInput',
            output: 'ListIncidentRecordsOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListRelatedItems: {
            method: 'POST',
            path: '/listRelatedItems',
            successCode: 200,
            input: 'ListRelatedItemsInput',
            output: 'ListRelatedItemsOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListReplicationSets: {
            method: 'POST',
            path: '/listReplicationSets',
            successCode: 200,
            input: 'ListReplicationSetsInput',
            output: 'ListReplicationSetsOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListResponsePlans: {
            method: 'POST',
            path: '/listResponsePlans',
            successCode: 200,
            input: 'ListResponsePlansInput',
            output: 'ListResponsePlansOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListTagsForResource: {
            method: 'GET',
            path: '/tags/{resourceArn}',
            successCode: 200,
            input: 'ListTagsForResourceRequest',
            output: 'ListTagsForResourceResponse',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        ListTimelineEvents: {
            method: 'POST',
            path: '/listTimelineEvents',
            successCode: 200,
            input: 'ListTimelineEventsInput',
            output: 'ListTimelineEventsOutput',
            errors: [
                'ThrottlingException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        PutResourcePolicy: {
            method: 'POST',
            path: '/putResourcePolicy',
            successCode: 200,
            input: 'PutResourcePolicyInput',
            output: 'PutResourcePolicyOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        StartIncident: {
            method: 'POST',
            path: '/startIncident',
            successCode: 200,
            input: 'StartIncidentInput',
            output: 'StartIncidentOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        TagResource: {
            method: 'POST',
            path: '/tags/{resourceArn}',
            successCode: 204,
            input: 'TagResourceRequest',
            output: 'TagResourceResponse',
            errors: [
                'ServiceQuotaExceededException',
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        UntagResource: {
            method: 'DELETE',
            path: '/tags/{resourceArn}',
            successCode: 204,
            input: 'UntagResourceRequest',
            output: 'UntagResourceResponse',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        UpdateDeletionProtection: {
            method: 'POST',
            path: '/updateDeletionProtection',
            successCode: 204,
            input: 'UpdateDeletionProtectionInput',
            output: 'UpdateDeletionProtectionOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'InternalServerException',
            ],
        },
        UpdateIncidentRecord: {
            method: 'POST',
            path: '/updateIncidentRecord',
            successCode: 204,
            input: 'UpdateIncidentRecordInput',
            output: 'UpdateIncidentRecordOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        UpdateRelatedItems: {
            method: 'POST',
            path: '/updateRelatedItems',
            successCode: 204,
            input: 'UpdateRelatedItemsInput',
            output: 'UpdateRelatedItemsOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        UpdateReplicationSet: {
            method: 'POST',
            path: '/updateReplicationSet',
            successCode: 204,
            input: 'UpdateReplicationSetInput',
            output: 'UpdateReplicationSetOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        UpdateResponsePlan: {
            method: 'POST',
            path: '/updateResponsePlan',
            successCode: 204,
            input: 'UpdateResponsePlanInput',
            output: 'UpdateResponsePlanOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
        UpdateTimelineEvent: {
            method: 'POST',
            path: '/updateTimelineEvent',
            successCode: 204,
            input: 'UpdateTimelineEventInput',
            output: 'UpdateTimelineEventOutput',
            errors: [
                'ThrottlingException',
                'ResourceNotFoundException',
                'AccessDeniedException',
                'ValidationException',
                'ConflictException',
                'InternalServerException',
            ],
        },
    },
    shapes: {
        AccessDeniedException: {
            type: 'structure',
            required: ['message'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
            },
            httpStatus: 403,
        },
        Action: {
            type: 'structure',
            union: true,
            members: {
                ssmAutomation: {
                    shape: 'SsmAutomation',
                },
            },
        },
        ActionsList: {
            type: 'list',
            min: 0,
            max: 1,
            member: 'Action',
        },
        AddRegionAction: {
            type: 'structure',
            required: ['regionName'],
            members: {
                regionName: {
                    shape: 'RegionName',
                },
                sseKmsKeyId: {
                    shape: 'SseKmsKey',
                },
            },
        },
        Arn: {
            type: 'string',
            min: 0,
            max: 1000,
            pattern: '^arn:aws(-cn|-us-gov)?:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12})?:.+$',
        },
        AttributeValueList: {
            type: 'structure',
            union: true,
            members: {
                integerValues: {
                    shape: 'IntegerList',
                },
                stringValues: {
                    shape: 'StringList',
                },
            },
        },
        AutomationExecution: {
            type: 'structure',
            union: true,
            members: {
                ssmExecutionArn: {
                    shape: 'Arn',
                },
            },
        },
        AutomationExecutionSet: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'AutomationExecution',
        },
        BatchGetIncidentFindingsError: {
            type: 'structure',
            required: ['code', 'findingId', 'message'],
            members: {
                code: {
                    shape: 'String',
                },
                findingId: {
                    shape: 'FindingId',
                },
                message: {
                    shape: 'String',
                },
            },
        },
        BatchGetIncidentFindingsErrorList: {
            type: 'list',
            member: 'BatchGetIncidentFindingsError',
        },
        BatchGetIncidentFindingsInput: {
            type: 'structure',
            required: ['findingIds', 'incidentRecordArn'],
            members: {
                findingIds: {
                    shape: 'FindingIdList',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        BatchGetIncidentFindingsOutput: {
            type: 'structure',
            required: ['errors', 'findings'],
            members: {
                errors: {
                    shape: 'BatchGetIncidentFindingsErrorList',
                },
                findings: {
                    shape: 'FindingList',
                },
            },
        },
        Boolean: {
            type: 'boolean',
        },
        ChatChannel: {
            type: 'structure',
            union: true,
            members: {
                chatbotSns: {
                    shape: 'ChatbotSnsConfigurationSet',
                },
                empty: {
                    shape: 'EmptyChatChannel',
                },
            },
        },
        ChatbotSnsConfigurationSet: {
            type: 'list',
            min: 1,
            max: 5,
            member: 'SnsArn',
        },
        ClientToken: {
            type: 'string',
            min: 0,
            max: 128,
        },
        CloudFormationStackUpdate: {
            type: 'structure',
            required: ['stackArn', 'startTime'],
            members: {
                endTime: {
                    shape: 'Timestamp',
                },
                stackArn: {
                    shape: 'Arn',
                },
                startTime: {
                    shape: 'Timestamp',
                },
            },
        },
        CodeDeployDeployment: {
            type: 'structure',
            required: ['deploymentGroupArn', 'deploymentId', 'startTime'],
            members: {
                deploymentGroupArn: {
                    shape: 'Arn',
                },
                deploymentId: {
                    shape: 'CodeDeployDeploymentDeploymentIdString',
                },
                endTime: {
                    shape: 'Timestamp',
                },
                startTime: {
                    shape: 'Timestamp',
                },
            },
        },
        CodeDeployDeploymentDeploymentIdString: {
            type: 'string',
            min: 0,
            max: 128,
        },
        Condition: {
            type: 'structure',
            union: true,
            members: {
                after: {
                    shape: 'Timestamp',
                },
                before: {
                    shape: 'Timestamp',
                },
                equals: {
                    shape: 'AttributeValueList',
                },
            },
        },
        ConflictException: {
            type: 'structure',
            required: ['message'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
                resourceIdentifier: {
                    shape: 'String',
                },
                resourceType: {
                    shape: 'ResourceType',
                },
                retryAfter: {
                    shape: 'Timestamp',
                },
            },
            httpStatus: 409,
        },
        CreateReplicationSetInput: {
            type: 'structure',
            required: ['regions'],
            members: {
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                regions: {
                    shape: 'RegionMapInput',
                },
                tags: {
                    shape: 'TagMap',
                },
            },
        },
        CreateReplicationSetOutput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                },
            },
        },
        CreateResponsePlanInput: {
            type: 'structure',
            required: ['incidentTemplate', 'name'],
            members: {
                actions: {
                    shape: 'ActionsList',
                },
                chatChannel: {
                    shape: 'ChatChannel',
                },
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                displayName: {
                    shape: 'ResponsePlanDisplayName',
                },
                engagements: {
                    shape: 'EngagementSet',
                },
                incidentTemplate: {
                    shape: 'IncidentTemplate',
                },
                integrations: {
                    shape: 'Integrations',
                },
                name: {
                    shape: 'ResponsePlanName',
                },
                tags: {
                    shape: 'TagMap',
                },
            },
        },
        CreateResponsePlanOutput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                },
            },
        },
        CreateTimelineEventInput: {
            type: 'structure',
            required: ['eventData', 'eventTime', 'eventType', 'incidentRecordArn'],
            members: {
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                eventData: {
                    shape: 'EventData',
                },
                eventReferences: {
                    shape: 'EventReferenceList',
                },
                eventTime: {
                    shape: 'Timestamp',
                },
                eventType: {
                    shape: 'TimelineEventType',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        CreateTimelineEventOutput: {
            type: 'structure',
            required: ['eventId', 'incidentRecordArn'],
            members: {
                eventId: {
                    shape: 'UUID',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        DedupeString: {
            type: 'string',
            min: 0,
            max: 1000,
        },
        DeleteIncidentRecordInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                },
            },
        },
        DeleteIncidentRecordOutput: {
            type: 'structure',
            members: {},
        },
        DeleteRegionAction: {
            type: 'structure',
            required: ['regionName'],
            members: {
                regionName: {
                    shape: 'RegionName',
                },
            },
        },
        DeleteReplicationSetInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                    location: 'querystring',
                    locationName: 'arn',
                },
            },
        },
        DeleteReplicationSetOutput: {
            type: 'structure',
            members: {},
        },
        DeleteResourcePolicyInput: {
            type: 'structure',
            required: ['policyId', 'resourceArn'],
            members: {
                policyId: {
                    shape: 'PolicyId',
                },
                resourceArn: {
                    shape: 'Arn',
                },
            },
        },
        DeleteResourcePolicyOutput: {
            type: 'structure',
            members: {},
        },
        DeleteResponsePlanInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                },
            },
        },
        DeleteResponsePlanOutput: {
            type: 'structure',
            members: {},
        },
        DeleteTimelineEventInput: {
            type: 'structure',
            required: ['eventId', 'incidentRecordArn'],
            members: {
                eventId: {
                    shape: 'UUID',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        DeleteTimelineEventOutput: {
            type: 'structure',
            members: {},
        },
        DynamicSsmParameterValue: {
            type: 'structure',
            union: true,
            members: {
                variable: {
                    shape: 'VariableType',
                },
            },
        },
        DynamicSsmParameters: {
            type: 'map',
            min: 1,
            max: 200,
            key: 'DynamicSsmParametersKeyString',
            value: 'DynamicSsmParameterValue',
        },
        DynamicSsmParametersKeyString: {
            type: 'string',
            min: 1,
            max: 50,
        },
        EmptyChatChannel: {
            type: 'structure',
            members: {},
        },
        EngagementSet: {
            type: 'list',
            min: 0,
            max: 5,
            member: 'SsmContactsArn',
        },
        EventData: {
            type: 'string',
            min: 0,
            max: 12000,
        },
        EventReference: {
            type: 'structure',
            union: true,
            members: {
                relatedItemId: {
                    shape: 'GeneratedId',
                },
                resource: {
                    shape: 'Arn',
                },
            },
        },
        EventReferenceList: {
            type: 'list',
            min: 0,
            max: 10,
            member: 'EventReference',
        },
        EventSummary: {
            type: 'structure',
            required: ['eventId', 'eventTime', 'eventType', 'eventUpdatedTime', 'incidentRecordArn'],
            members: {
                eventId: {
                    shape: 'UUID',
                },
                eventReferences: {
                    shape: 'EventReferenceList',
                },
                eventTime: {
                    shape: 'Timestamp',
                },
                eventType: {
                    shape: 'TimelineEventType',
                },
                eventUpdatedTime: {
                    shape: 'Timestamp',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        EventSummaryList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'EventSummary',
        },
        ExceptionMessage: {
            type: 'string',
        },
        Filter: {
            type: 'structure',
            required: ['condition', 'key'],
            members: {
                condition: {
                    shape: 'Condition',
                },
                key: {
                    shape: 'FilterKeyString',
                },
            },
        },
        FilterKeyString: {
            type: 'string',
            min: 0,
            max: 50,
        },
        FilterList: {
            type: 'list',
            min: 0,
            max: 5,
            member: 'Filter',
        },
        Finding: {
            type: 'structure',
            required: ['creationTime', 'id', 'lastModifiedTime'],
            members: {
                creationTime: {
                    shape: 'Timestamp',
                },
                details: {
                    shape: 'FindingDetails',
                },
                id: {
                    shape: 'FindingId',
                },
                lastModifiedTime: {
                    shape: 'Timestamp',
                },
            },
        },
        FindingDetails: {
            type: 'structure',
            union: true,
            members: {
                cloudFormationStackUpdate: {
                    shape: 'CloudFormationStackUpdate',
                },
                codeDeployDeployment: {
                    shape: 'CodeDeployDeployment',
                },
            },
        },
        FindingId: {
            type: 'string',
            min: 0,
            max: 128,
        },
        FindingIdList: {
            type: 'list',
            min: 0,
            max: 20,
            member: 'FindingId',
        },
        FindingList: {
            type: 'list',
            member: 'Finding',
        },
        FindingSummary: {
            type: 'structure',
            required: ['id', 'lastModifiedTime'],
            members: {
                id: {
                    shape: 'FindingId',
                },
                lastModifiedTime: {
                    shape: 'Timestamp',
                },
            },
        },
        FindingSummaryList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'FindingSummary',
        },
        GeneratedId: {
            type: 'string',
            min: 0,
            max: 200,
            pattern: '^related-item/(ANALYSIS|INCIDENT|METRIC|PARENT|ATTACHMENT|OTHER|AUTOMATION|INVOLVED_RESOURCE|TASK)/([0-9]|[A-F]){32}$',
        },
        GetIncidentRecordInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                    location: 'querystring',
                    locationName: 'arn',
                },
            },
        },
        GetIncidentRecordOutput: {
            type: 'structure',
            required: ['incidentRecord'],
            members: {
                incidentRecord: {
                    shape: 'IncidentRecord',
                },
            },
        },
        GetReplicationSetInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                    location: 'querystring',
                    locationName: 'arn',
                },
            },
        },
        GetReplicationSetOutput: {
            type: 'structure',
            required: ['replicationSet'],
            members: {
                replicationSet: {
                    shape: 'ReplicationSet',
                },
            },
        },
        GetResourcePoliciesInput: {
            type: 'structure',
            required: ['resourceArn'],
            members: {
                maxResults: {
                    shape: 'MaxResults',
                },
                nextToken: {
                    shape: 'NextToken',
                },
                resourceArn: {
                    shape: 'Arn',
                    location: 'querystring',
                    locationName: 'resourceArn',
                },
            },
        },
        GetResourcePoliciesOutput: {
            type: 'structure',
            required: ['resourcePolicies'],
            members: {
                nextToken: {
                    shape: 'NextToken',
                },
                resourcePolicies: {
                    shape: 'ResourcePolicyList',
                },
            },
        },
        GetResponsePlanInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                    location: 'querystring',
                    locationName: 'arn',
                },
            },
        },
        GetResponsePlanOutput: {
            type: 'structure',
            required: ['arn', 'incidentTemplate', 'name'],
            members: {
                actions: {
                    shape: 'ActionsList',
                },
                arn: {
                    shape: 'Arn',
                },
                chatChannel: {
                    shape: 'ChatChannel',
                },
                displayName: {
                    shape: 'ResponsePlanDisplayName',
                },
                engagements: {
                    shape: 'EngagementSet',
                },
                incidentTemplate: {
                    shape: 'IncidentTemplate',
                },
                integrations: {
                    shape: 'Integrations',
                },
                name: {
                    shape: 'ResponsePlanName',
                },
            },
        },
        GetTimelineEventInput: {
            type: 'structure',
            required: ['eventId', 'incidentRecordArn'],
            members: {
                eventId: {
                    shape: 'UUID',
                    location: 'querystring',
                    locationName: 'eventId',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                    location: 'querystring',
                    locationName: 'incidentRecordArn',
                },
            },
        },
        GetTimelineEventOutput: {
            type: 'structure',
            required: ['event'],
            members: {
                event: {
                    shape: 'TimelineEvent',
                },
            },
        },
        Impact: {
            type: 'integer',
            min: 1,
            max: 5,
        },
        IncidentRecord: {
            type: 'structure',
            required: [
                'arn',
                'creationTime',
                'dedupeString',
                'impact',
                'incidentRecordSource',
                'lastModifiedBy',
                'lastModifiedTime',
                'status',
                'title',
            ],
            members: {
                arn: {
                    shape: 'Arn',
                },
                automationExecutions: {
                    shape: 'AutomationExecutionSet',
                },
                chatChannel: {
                    shape: 'ChatChannel',
                },
                creationTime: {
                    shape: 'Timestamp',
                },
                dedupeString: {
                    shape: 'DedupeString',
                },
                impact: {
                    shape: 'Impact',
                },
                incidentRecordSource: {
                    shape: 'IncidentRecordSource',
                },
                lastModifiedBy: {
                    shape: 'Arn',
                },
                lastModifiedTime: {
                    shape: 'Timestamp',
                },
                notificationTargets: {
                    shape: 'NotificationTargetSet',
                },
                resolvedTime: {
                    shape: 'Timestamp',
                },
                status: {
                    shape: 'IncidentRecordStatus',
                },
                summary: {
                    shape: 'IncidentSummary',
                },
                title: {
                    shape: 'IncidentTitle',
                },
            },
        },
        IncidentRecordSource: {
            type: 'structure',
            required: ['createdBy', 'source'],
            members: {
                createdBy: {
                    shape: 'Arn',
                },
                invokedBy: {
                    shape: 'ServicePrincipal',
                },
                resourceArn: {
                    shape: 'Arn',
                },
                source: {
                    shape: 'IncidentSource',
                },
            },
        },
        IncidentRecordStatus: {
            type: 'string',
            enum: ['OPEN', 'RESOLVED'],
        },
        IncidentRecordSummary: {
            type: 'structure',
            required: ['arn', 'creationTime', 'impact', 'incidentRecordSource', 'status', 'title'],
            members: {
                arn: {
                    shape: 'Arn',
                },
                creationTime: {
                    shape: 'Timestamp',
                },
                impact: {
                    shape: 'Impact',
                },
                incidentRecordSource: {
                    shape: 'IncidentRecordSource',
                },
                resolvedTime: {
                    shape: 'Timestamp',
                },
                status: {
                    shape: 'IncidentRecordStatus',
                },
                title: {
                    shape: 'IncidentTitle',
                },
            },
        },
        IncidentRecordSummaryList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'IncidentRecordSummary',
        },
        IncidentSource: {
            type: 'string',
            min: 0,
            max: 50,
        },
        IncidentSummary: {
            type: 'string',
            min: 0,
            max: 8000,
        },
        IncidentTemplate: {
            type: 'structure',
            required: ['impact', 'title'],
            members: {
                dedupeString: {
                    shape: 'DedupeString',
                },
                impact: {
                    shape: 'Impact',
                },
                incidentTags: {
                    shape: 'TagMap',
                },
                notificationTargets: {
                    shape: 'NotificationTargetSet',
                },
                summary: {
                    shape: 'IncidentSummary',
                },
                title: {
                    shape: 'IncidentTitle',
                },
            },
        },
        IncidentTitle: {
            type: 'string',
            min: 0,
            max: 200,
        },
        Integer: {
            type: 'integer',
        },
        IntegerList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'Integer',
        },
        Integration: {
            type: 'structure',
            union: true,
            members: {
                pagerDutyConfiguration: {
                    shape: 'PagerDutyConfiguration',
                },
            },
        },
        Integrations: {
            type: 'list',
            min: 0,
            max: 1,
            member: 'Integration',
        },
        InternalServerException: {
            type: 'structure',
            required: ['message'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
            },
            httpStatus: 500,
        },
        ItemIdentifier: {
            type: 'structure',
            required: ['type', 'value'],
            members: {
                type: {
                    shape: 'ItemType',
                },
                value: {
                    shape: 'ItemValue',
                },
            },
        },
        ItemType: {
            type: 'string',
            enum: [
                'ANALYSIS',
                'INCIDENT',
                'METRIC',
                'PARENT',
                'ATTACHMENT',
                'OTHER',
                'AUTOMATION',
                'INVOLVED_RESOURCE',
                'TASK',
            ],
        },
        ItemValue: {
            type: 'structure',
            union: true,
            members: {
                arn: {
                    shape: 'Arn',
                },
                metricDefinition: {
                    shape: 'MetricDefinition',
                },
                pagerDutyIncidentDetail: {
                    shape: 'PagerDutyIncidentDetail',
                },
                url: {
                    shape: 'Url',
                },
            },
        },
        ListIncidentFindingsInput: {
            type: 'structure',
            required: ['incidentRecordArn'],
            members: {
                incidentRecordArn: {
                    shape: 'Arn',
                },
                maxResults: {
                    shape: 'ListIncidentFindingsInputMaxResultsInteger',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListIncidentFindingsInputMaxResultsInteger: {
            type: 'integer',
            min: 1,
            max: 20,
        },
        ListIncidentFindingsOutput: {
            type: 'structure',
            required: ['findings'],
            members: {
                findings: {
                    shape: 'FindingSummaryList',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListIncidentRecordsInput: {
            type: 'structure',
            members: {
                filters: {
                    shape: 'FilterList',
                },
                maxResults: {
                    shape: 'MaxResults',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListIncidentRecordsOutput: {
            type: 'structure',
            required: ['incidentRecordSummaries'],
            members: {
                incidentRecordSummaries: {
                    shape: 'IncidentRecordSummaryList',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListRelatedItemsInput: {
            type: 'structure',
            required: ['incidentRecordArn'],
            members: {
                incidentRecordArn: {
                    shape: 'Arn',
                },
                maxResults: {
                    shape: 'MaxResults',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListRelatedItemsOutput: {
            type: 'structure',
            required: ['relatedItems'],
            members: {
                nextToken: {
                    shape: 'NextToken',
                },
                relatedItems: {
                    shape: 'RelatedItemList',
                },
            },
        },
        ListReplicationSetsInput: {
            type: 'structure',
            members: {
                maxResults: {
                    shape: 'MaxResults',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListReplicationSetsOutput: {
            type: 'structure',
            required: ['replicationSetArns'],
            members: {
                nextToken: {
                    shape: 'NextToken',
                },
                replicationSetArns: {
                    shape: 'ReplicationSetArnList',
                },
            },
        },
        ListResponsePlansInput: {
            type: 'structure',
            members: {
                maxResults: {
                    shape: 'MaxResults',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        ListResponsePlansOutput: {
            type: 'structure',
            required: ['responsePlanSummaries'],
            members: {
                nextToken: {
                    shape: 'NextToken',
                },
                responsePlanSummaries: {
                    shape: 'ResponsePlanSummaryList',
                },
            },
        },
        ListTagsForResourceRequest: {
            type: 'structure',
            required: ['resourceArn'],
            members: {
                resourceArn: {
                    shape: 'String',
                    location: 'uri',
                    locationName: 'resourceArn',
                },
            },
        },
        ListTagsForResourceResponse: {
            type: 'structure',
            required: ['tags'],
            members: {
                tags: {
                    shape: 'TagMap',
                },
            },
        },
        ListTimelineEventsInput: {
            type: 'structure',
            required: ['incidentRecordArn'],
            members: {
                filters: {
                    shape: 'FilterList',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
                maxResults: {
                    shape: 'MaxResults',
                },
                nextToken: {
                    shape: 'NextToken',
                },
                sortBy: {
                    shape: 'TimelineEventSort',
                },
                sortOrder: {
                    shape: 'SortOrder',
                },
            },
        },
        ListTimelineEventsOutput: {
            type: 'structure',
            required: ['eventSummaries'],
            members: {
                eventSummaries: {
                    shape: 'EventSummaryList',
                },
                nextToken: {
                    shape: 'NextToken',
                },
            },
        },
        MaxResults: {
            type: 'integer',
            min: 1,
            max: 100,
        },
        MetricDefinition: {
            type: 'string',
            min: 0,
            max: 4000,
        },
        NextToken: {
            type: 'string',
            min: 0,
            max: 2000,
        },
        NotificationTargetItem: {
            type: 'structure',
            union: true,
            members: {
                snsTopicArn: {
                    shape: 'Arn',
                },
            },
        },
        NotificationTargetSet: {
            type: 'list',
            min: 0,
            max: 10,
            member: 'NotificationTargetItem',
        },
        PagerDutyConfiguration: {
            type: 'structure',
            required: ['name', 'pagerDutyIncidentConfiguration', 'secretId'],
            members: {
                name: {
                    shape: 'PagerDutyConfigurationNameString',
                },
                pagerDutyIncidentConfiguration: {
                    shape: 'PagerDutyIncidentConfiguration',
                },
                secretId: {
                    shape: 'PagerDutyConfigurationSecretIdString',
                },
            },
        },
        PagerDutyConfigurationNameString: {
            type: 'string',
            min: 1,
            max: 200,
        },
        PagerDutyConfigurationSecretIdString: {
            type: 'string',
            min: 1,
            max: 512,
        },
        PagerDutyIncidentConfiguration: {
            type: 'structure',
            required: ['serviceId'],
            members: {
                serviceId: {
                    shape: 'PagerDutyIncidentConfigurationServiceIdString',
                },
            },
        },
        PagerDutyIncidentConfigurationServiceIdString: {
            type: 'string',
            min: 1,
            max: 200,
        },
        PagerDutyIncidentDetail: {
            type: 'structure',
            required: ['id'],
            members: {
                autoResolve: {
                    shape: 'Boolean',
                },
                id: {
                    shape: 'PagerDutyIncidentDetailIdString',
                },
                secretId: {
                    shape: 'PagerDutyIncidentDetailSecretIdString',
                },
            },
        },
        PagerDutyIncidentDetailIdString: {
            type: 'string',
            min: 1,
            max: 200,
        },
        PagerDutyIncidentDetailSecretIdString: {
            type: 'string',
            min: 1,
            max: 512,
        },
        Policy: {
            type: 'string',
            min: 0,
            max: 4000,
        },
        PolicyId: {
            type: 'string',
            min: 0,
            max: 256,
        },
        PutResourcePolicyInput: {
            type: 'structure',
            required: ['policy', 'resourceArn'],
            members: {
                policy: {
                    shape: 'Policy',
                },
                resourceArn: {
                    shape: 'Arn',
                },
            },
        },
        PutResourcePolicyOutput: {
            type: 'structure',
            required: ['policyId'],
            members: {
                policyId: {
                    shape: 'PolicyId',
                },
            },
        },
        RawData: {
            type: 'string',
            min: 0,
            max: 10000,
        },
        RegionInfo: {
            type: 'structure',
            required: ['status', 'statusUpdateDateTime'],
            members: {
                sseKmsKeyId: {
                    shape: 'SseKmsKey',
                },
                status: {
                    shape: 'RegionStatus',
                },
                statusMessage: {
                    shape: 'String',
                },
                statusUpdateDateTime: {
                    shape: 'Timestamp',
                },
            },
        },
        RegionInfoMap: {
            type: 'map',
            key: 'RegionName',
            value: 'RegionInfo',
        },
        RegionMapInput: {
            type: 'map',
            min: 1,
            max: 3,
            key: 'RegionName',
            value: 'RegionMapInputValue',
        },
        RegionMapInputValue: {
            type: 'structure',
            members: {
                sseKmsKeyId: {
                    shape: 'SseKmsKey',
                },
            },
        },
        RegionName: {
            type: 'string',
            min: 0,
            max: 20,
        },
        RegionStatus: {
            type: 'string',
            enum: ['ACTIVE', 'CREATING', 'DELETING', 'FAILED'],
        },
        RelatedItem: {
            type: 'structure',
            required: ['identifier'],
            members: {
                generatedId: {
                    shape: 'GeneratedId',
                },
                identifier: {
                    shape: 'ItemIdentifier',
                },
                title: {
                    shape: 'RelatedItemTitleString',
                },
            },
        },
        RelatedItemList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'RelatedItem',
        },
        RelatedItemTitleString: {
            type: 'string',
            min: 0,
            max: 200,
        },
        RelatedItemsUpdate: {
            type: 'structure',
            union: true,
            members: {
                itemToAdd: {
                    shape: 'RelatedItem',
                },
                itemToRemove: {
                    shape: 'ItemIdentifier',
                },
            },
        },
        ReplicationSet: {
            type: 'structure',
            required: [
                'createdBy',
                'createdTime',
                'deletionProtected',
                'lastModifiedBy',
                'lastModifiedTime',
                'regionMap',
                'status',
            ],
            members: {
                arn: {
                    shape: 'Arn',
                },
                createdBy: {
                    shape: 'Arn',
                },
                createdTime: {
                    shape: 'Timestamp',
                },
                deletionProtected: {
                    shape: 'Boolean',
                },
                lastModifiedBy: {
                    shape: 'Arn',
                },
                lastModifiedTime: {
                    shape: 'Timestamp',
                },
                regionMap: {
                    shape: 'RegionInfoMap',
                },
                status: {
                    shape: 'ReplicationSetStatus',
                },
            },
        },
        ReplicationSetArnList: {
            type: 'list',
            member: 'Arn',
        },
        ReplicationSetStatus: {
            type: 'string',
            enum: ['ACTIVE', 'CREATING', 'UPDATING', 'DELETING', 'FAILED'],
        },
        ResourceNotFoundException: {
            type: 'structure',
            required: ['message'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
                resourceIdentifier: {
                    shape: 'String',
                },
                resourceType: {
                    shape: 'ResourceType',
                },
            },
            httpStatus: 404,
        },
        ResourcePolicy: {
            type: 'structure',
            required: ['policyDocument', 'policyId', 'ramResourceShareRegion'],
            members: {
                policyDocument: {
                    shape: 'Policy',
                },
                policyId: {
                    shape: 'PolicyId',
                },
                ramResourceShareRegion: {
                    shape: 'String',
                },
            },
        },
        ResourcePolicyList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'ResourcePolicy',
        },
        ResourceType: {
            type: 'string',
            enum: [
                'RESPONSE_PLAN',
                'INCIDENT_RECORD',
                'TIMELINE_EVENT',
                'REPLICATION_SET',
                'RESOURCE_POLICY',
            ],
        },
        ResponsePlanDisplayName: {
            type: 'string',
            min: 0,
            max: 200,
        },
        ResponsePlanName: {
            type: 'string',
            min: 1,
            max: 200,
            pattern: '^[a-zA-Z0-9-_]*$',
        },
        ResponsePlanSummary: {
            type: 'structure',
            required: ['arn', 'name'],
            members: {
                arn: {
                    shape: 'Arn',
                },
                displayName: {
                    shape: 'ResponsePlanDisplayName',
                },
                name: {
                    shape: 'ResponsePlanName',
                },
            },
        },
        ResponsePlanSummaryList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'ResponsePlanSummary',
        },
        RoleArn: {
            type: 'string',
            min: 0,
            max: 1000,
            pattern: '^arn:aws(-cn|-us-gov)?:iam::([0-9]{12})?:role/.+$',
        },
        ServiceCode: {
            type: 'string',
            enum: ['ssm-incidents'],
        },
        ServicePrincipal: {
            type: 'string',
            min: 0,
            max: 1000,
        },
        ServiceQuotaExceededException: {
            type: 'structure',
            required: ['message', 'quotaCode', 'serviceCode'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
                quotaCode: {
                    shape: 'String',
                },
                resourceIdentifier: {
                    shape: 'String',
                },
                resourceType: {
                    shape: 'ResourceType',
                },
                serviceCode: {
                    shape: 'ServiceCode',
                },
            },
            httpStatus: 402,
        },
        SnsArn: {
            type: 'string',
            min: 0,
            max: 1000,
        },
        SortOrder: {
            type: 'string',
            enum: ['ASCENDING', 'DESCENDING'],
        },
        SseKmsKey: {
            type: 'string',
            min: 0,
            max: 2048,
        },
        SsmAutomation: {
            type: 'structure',
            required: ['documentName', 'roleArn'],
            members: {
                documentName: {
                    shape: 'SsmAutomationDocumentNameString',
                },
                documentVersion: {
                    shape: 'SsmAutomationDocumentVersionString',
                },
                dynamicParameters: {
                    shape: 'DynamicSsmParameters',
                },
                parameters: {
                    shape: 'SsmParameters',
                },
                roleArn: {
                    shape: 'RoleArn',
                },
                targetAccount: {
                    shape: 'SsmTargetAccount',
                },
            },
        },
        SsmAutomationDocumentNameString: {
            type: 'string',
            pattern: '^[a-zA-Z0-9_\\-.:/]{3,128}$',
        },
        SsmAutomationDocumentVersionString: {
            type: 'string',
            min: 0,
            max: 128,
        },
        SsmContactsArn: {
            type: 'string',
            min: 0,
            max: 2048,
            pattern: '^arn:aws(-cn|-us-gov)?:ssm-contacts:[a-z0-9-]*:([0-9]{12}):contact/[a-z0-9_-]+$',
        },
        SsmParameterValues: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'SsmParameterValuesMemberString',
        },
        SsmParameterValuesMemberString: {
            type: 'string',
            min: 0,
            max: 512,
        },
        SsmParameters: {
            type: 'map',
            min: 1,
            max: 200,
            key: 'SsmParametersKeyString',
            value: 'SsmParameterValues',
        },
        SsmParametersKeyString: {
            type: 'string',
            min: 1,
            max: 50,
        },
        SsmTargetAccount: {
            type: 'string',
            enum: ['RESPONSE_PLAN_OWNER_ACCOUNT', 'IMPACTED_ACCOUNT'],
        },
        StartIncidentInput: {
            type: 'structure',
            required: ['responsePlanArn'],
            members: {
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                impact: {
                    shape: 'Impact',
                },
                relatedItems: {
                    shape: 'RelatedItemList',
                },
                responsePlanArn: {
                    shape: 'Arn',
                },
                title: {
                    shape: 'IncidentTitle',
                },
                triggerDetails: {
                    shape: 'TriggerDetails',
                },
            },
        },
        StartIncidentOutput: {
            type: 'structure',
            required: ['incidentRecordArn'],
            members: {
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        String: {
            type: 'string',
        },
        StringList: {
            type: 'list',
            min: 0,
            max: 100,
            member: 'StringListMemberString',
        },
        StringListMemberString: {
            type: 'string',
            min: 0,
            max: 1000,
        },
        TagKey: {
            type: 'string',
            min: 1,
            max: 128,
            pattern: '^(?!aws:)[A-Za-z0-9 _=@:.+-/]+$',
        },
        TagKeyList: {
            type: 'list',
            min: 1,
            max: 50,
            member: 'TagKey',
        },
        TagMap: {
            type: 'map',
            min: 1,
            max: 50,
            key: 'TagKey',
            value: 'TagValue',
        },
        TagMapUpdate: {
            type: 'map',
            min: 0,
            max: 50,
            key: 'TagKey',
            value: 'TagValue',
        },
        TagResourceRequest: {
            type: 'structure',
            required: ['resourceArn', 'tags'],
            members: {
                resourceArn: {
                    shape: 'String',
                    location: 'uri',
                    locationName: 'resourceArn',
                },
                tags: {
                    shape: 'TagMap',
                },
            },
        },
        TagResourceResponse: {
            type: 'structure',
            members: {},
        },
        TagValue: {
            type: 'string',
            min: 0,
            max: 256,
            pattern: '^[A-Za-z0-9 _=@:.+-/]*$',
        },
        ThrottlingException: {
            type: 'structure',
            required: ['message', 'quotaCode', 'serviceCode'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
                quotaCode: {
                    shape: 'String',
                },
                serviceCode: {
                    shape: 'ServiceCode',
                },
            },
            httpStatus: 429,
        },
        TimelineEvent: {
            type: 'structure',
            required: [
                'eventData',
                'eventId',
                'eventTime',
                'eventType',
                'eventUpdatedTime',
                'incidentRecordArn',
            ],
            members: {
                eventData: {
                    shape: 'EventData',
                },
                eventId: {
                    shape: 'UUID',
                },
                eventReferences: {
                    shape: 'EventReferenceList',
                },
                eventTime: {
                    shape: 'Timestamp',
                },
                eventType: {
                    shape: 'TimelineEventType',
                },
                eventUpdatedTime: {
                    shape: 'Timestamp',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        TimelineEventSort: {
            type: 'string',
            enum: ['EVENT_TIME'],
        },
        TimelineEventType: {
            type: 'string',
            min: 0,
            max: 100,
        },
        Timestamp: {
            type: 'timestamp',
        },
        TriggerDetails: {
            type: 'structure',
            required: ['source', 'timestamp'],
            members: {
                rawData: {
                    shape: 'RawData',
                },
                source: {
                    shape: 'IncidentSource',
                },
                timestamp: {
                    shape: 'Timestamp',
                },
                triggerArn: {
                    shape: 'Arn',
                },
            },
        },
        UUID: {
            type: 'string',
            min: 0,
            max: 50,
        },
        UntagResourceRequest: {
            type: 'structure',
            required: ['resourceArn', 'tagKeys'],
            members: {
                resourceArn: {
                    shape: 'String',
                    location: 'uri',
                    locationName: 'resourceArn',
                },
                tagKeys: {
                    shape: 'TagKeyList',
                    location: 'querystring',
                    locationName: 'tagKeys',
                },
            },
        },
        UntagResourceResponse: {
            type: 'structure',
            members: {},
        },
        UpdateDeletionProtectionInput: {
            type: 'structure',
            required: ['arn', 'deletionProtected'],
            members: {
                arn: {
                    shape: 'Arn',
                },
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                deletionProtected: {
                    shape: 'Boolean',
                },
            },
        },
        UpdateDeletionProtectionOutput: {
            type: 'structure',
            members: {},
        },
        UpdateIncidentRecordInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                arn: {
                    shape: 'Arn',
                },
                chatChannel: {
                    shape: 'ChatChannel',
                },
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                impact: {
                    shape: 'Impact',
                },
                notificationTargets: {
                    shape: 'NotificationTargetSet',
                },
                status: {
                    shape: 'IncidentRecordStatus',
                },
                summary: {
                    shape: 'IncidentSummary',
                },
                title: {
                    shape: 'IncidentTitle',
                },
            },
        },
        UpdateIncidentRecordOutput: {
            type: 'structure',
            members: {},
        },
        UpdateRelatedItemsInput: {
            type: 'structure',
            required: ['incidentRecordArn', 'relatedItemsUpdate'],
            members: {
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
                relatedItemsUpdate: {
                    shape: 'RelatedItemsUpdate',
                },
            },
        },
        UpdateRelatedItemsOutput: {
            type: 'structure',
            members: {},
        },
        UpdateReplicationSetAction: {
            type: 'structure',
            union: true,
            members: {
                addRegionAction: {
                    shape: 'AddRegionAction',
                },
                deleteRegionAction: {
                    shape: 'DeleteRegionAction',
                },
            },
        },
        UpdateReplicationSetInput: {
            type: 'structure',
            required: ['actions', 'arn'],
            members: {
                actions: {
                    shape: 'UpdateReplicationSetInputActionsList',
                },
                arn: {
                    shape: 'Arn',
                },
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
            },
        },
        UpdateReplicationSetInputActionsList: {
            type: 'list',
            min: 1,
            max: 1,
            member: 'UpdateReplicationSetAction',
        },
        UpdateReplicationSetOutput: {
            type: 'structure',
            members: {},
        },
        UpdateResponsePlanInput: {
            type: 'structure',
            required: ['arn'],
            members: {
                actions: {
                    shape: 'ActionsList',
                },
                arn: {
                    shape: 'Arn',
                },
                chatChannel: {
                    shape: 'ChatChannel',
                },
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                displayName: {
                    shape: 'ResponsePlanDisplayName',
                },
                engagements: {
                    shape: 'EngagementSet',
                },
                incidentTemplateDedupeString: {
                    shape: 'DedupeString',
                },
                incidentTemplateImpact: {
                    shape: 'Impact',
                },
                incidentTemplateNotificationTargets: {
                    shape: 'NotificationTargetSet',
                },
                incidentTemplateSummary: {
                    shape: 'IncidentSummary',
                },
                incidentTemplateTags: {
                    shape: 'TagMapUpdate',
                },
                incidentTemplateTitle: {
                    shape: 'IncidentTitle',
                },
                integrations: {
                    shape: 'Integrations',
                },
            },
        },
        UpdateResponsePlanOutput: {
            type: 'structure',
            members: {},
        },
        UpdateTimelineEventInput: {
            type: 'structure',
            required: ['eventId', 'incidentRecordArn'],
            members: {
                clientToken: {
                    shape: 'ClientToken',
                    idempotencyToken: true,
                },
                eventData: {
                    shape: 'EventData',
                },
                eventId: {
                    shape: 'UUID',
                },
                eventReferences: {
                    shape: 'EventReferenceList',
                },
                eventTime: {
                    shape: 'Timestamp',
                },
                eventType: {
                    shape: 'TimelineEventType',
                },
                incidentRecordArn: {
                    shape: 'Arn',
                },
            },
        },
        UpdateTimelineEventOutput: {
            type: 'structure',
            members: {},
        },
        Url: {
            type: 'string',
            min: 0,
            max: 1000,
        },
        ValidationException: {
            type: 'structure',
            required: ['message'],
            members: {
                message: {
                    shape: 'ExceptionMessage',
                },
            },
            httpStatus: 400,
        },
        VariableType: {
            type: 'string',
            enum: ['INCIDENT_RECORD_ARN', 'INVOLVED_RESOURCES'],
        },
    },
};

;// CONCATENATED MODULE: ./src/model/shape-lookup.ts

/** The model's shapes, for names read at run time (a member's shape, an error type). */
const shapesByName = serviceModel.shapes;

;// CONCATENATED MODULE: ./src/errors.ts


/**
 * An error the service answers with. `extra` holds the error shape's own members (resourceType,
 * retryAfter, quotaCode...), serialised beside `message` as the restJson1 protocol does.
 */
class ApiError extends Error {
    errorType;
    status;
    extra;
    constructor(errorType, status, message, extra = {}) {
        super(message);
        this.errorType = errorType;
        this.status = status;
        this.extra = extra;
    }
    toBody() {
        return { __type: this.errorType, message: this.message, ...this.extra };
    }
}
/** Status codes come from the model's error shapes so they cannot drift from the service. */
function modelError(errorType, message, extra) {
    const status = shapesByName[errorType]?.httpStatus;
    if (status === undefined)
        throw new Error(`no error shape ${errorType} in the model`);
    return new ApiError(errorType, status, message, extra);
}
function validationError(message) {
    return modelError('ValidationException', message);
}
function notFound(resourceType, resourceIdentifier, message) {
    return modelError('ResourceNotFoundException', message ?? `${describe(resourceType)} ${resourceIdentifier} does not exist`, {
        resourceIdentifier,
        resourceType,
    });
}
function conflict(resourceType, resourceIdentifier, message) {
    return modelError('ConflictException', message, { resourceIdentifier, resourceType });
}
/** A ConflictException that names no resource (no resourceIdentifier, no resourceType). */
function conflictWithoutResource(message) {
    return modelError('ConflictException', message);
}
/** A resource's own quota (50 tags...), named by the model's error shape. */
function quotaExceeded(resourceType, resourceIdentifier, quotaCode, message) {
    return modelError('ServiceQuotaExceededException', message, {
        resourceIdentifier,
        resourceType,
        serviceCode: 'ssm-incidents',
        quotaCode,
    });
}
function throttling(message = 'Rate exceeded') {
    return modelError('ThrottlingException', message, {
        serviceCode: 'ssm-incidents',
        quotaCode: 'emulator-fault',
    });
}
/** IAM's answer when no policy allows the call, worded as AWS words it. */
function accessDenied(principal, operation, resource) {
    const action = `${serviceModel.signingName}:${operation}`;
    return modelError('AccessDeniedException', `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`);
}
function internalError(message = 'An internal error occurred') {
    return modelError('InternalServerException', message);
}
/** Not in the ssm-incidents model: the front door's answer when the service is unavailable. */
function serviceUnavailable() {
    return new ApiError('ServiceUnavailableException', 503, 'Service is unavailable, try again later');
}
/**
 * The restJson1 protocol's answer to a body that does not parse as JSON, or parses to something
 * other than an object (Smithy's malformed-request protocol tests: RestJsonInvalidJsonBody,
 * RestJsonTechnicallyValidJsonBody). Not in the service's model: the front end answers it.
 */
function serializationError(message) {
    return new ApiError('SerializationException', 400, message);
}
function unknownOperation(method, path) {
    return new ApiError('UnknownOperationException', 404, `No operation matches ${method} ${path}`);
}
function describe(resourceType) {
    switch (resourceType) {
        case 'RESPONSE_PLAN':
            return 'Response plan';
        case 'INCIDENT_RECORD':
            return 'Incident record';
        case 'TIMELINE_EVENT':
            return 'Timeline event';
        case 'REPLICATION_SET':
            return 'Replication set';
        case 'RESOURCE_POLICY':
            return 'Resource policy';
        default:
            return resourceType;
    }
}

;// CONCATENATED MODULE: ./src/http.ts
/** Larger bodies are refused before parsing; the biggest valid request is far below this. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
class BodyTooLargeError extends Error {
}
async function readBody(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
            throw new BodyTooLargeError(`request body exceeds ${MAX_BODY_BYTES} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
function sendJson(response, status, body, headers = {}) {
    const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, {
        'content-type': 'application/json',
        ...(status === 204 ? {} : { 'content-length': String(Buffer.byteLength(text)) }),
        ...headers,
    });
    response.end(text);
}

;// CONCATENATED MODULE: ./src/ids.ts

/** Incident and event IDs look like UUIDs without RFC 4122 version bits, as the service issues them. */
function newResourceId() {
    const hex = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function newRelatedItemId(type) {
    return `related-item/${type}/${(0,external_node_crypto_.randomBytes)(16).toString('hex').toUpperCase()}`;
}
/** Incident Manager ARNs are global to the partition: the region field is empty. */
function responsePlanArn(accountId, name) {
    return `arn:aws:ssm-incidents::${accountId}:response-plan/${name}`;
}
function incidentRecordArn(accountId, planName, id) {
    return `arn:aws:ssm-incidents::${accountId}:incident-record/${planName}/${id}`;
}
function principalArn(accountId, accessKeyId) {
    return `arn:aws:iam::${accountId}:user/${accessKeyId ?? 'emulator'}`;
}
function nowSeconds() {
    return Date.now() / 1000;
}

;// CONCATENATED MODULE: ./src/validation.ts



/**
 * Checks a value against a model shape the way the service's front end does: every violation is
 * collected, then reported in one ValidationException whose message names each field.
 */
function validateShape(shapeName, value, path = '') {
    const problems = [];
    check(shapeName, value, path, problems);
    return problems;
}
/**
 * Checks an operation's input against the model; from here on it has the input's generated type
 * (a ValidationException naming every problem otherwise).
 */
function assertValidInput(operation, input) {
    const problems = validateShape(serviceModel.operations[operation].input, input);
    if (problems.length > 0)
        throw validationError(formatProblems(problems));
}
function formatProblems(problems) {
    const noun = problems.length === 1 ? 'error' : 'errors';
    return `${problems.length} validation ${noun} detected: ${problems.join('; ')}`;
}
/** Wraps a single rule the model cannot express (e.g. "filter key must be one of ...") in the same format. */
function constraintError(path, value, constraint) {
    return validationError(formatProblems([violation(path, value, constraint)]));
}
const patternCache = new Map();
function shapeOf(name) {
    const shape = shapesByName[name];
    if (!shape)
        throw new Error(`unknown shape ${name}`);
    return shape;
}
function check(shapeName, value, path, problems) {
    const shape = shapeOf(shapeName);
    switch (shape.type) {
        case 'structure':
            return checkStructure(shape, value, path, problems);
        case 'list':
            return checkList(shape, value, path, problems);
        case 'map':
            return checkMap(shape, value, path, problems);
        case 'string':
            return checkString(shape, value, path, problems);
        case 'integer':
        case 'long':
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                problems.push(violation(path, value, 'Member must be an integer'));
                return;
            }
            return checkRange(shape, value, path, problems, 'value');
        case 'double':
        case 'float':
            if (typeof value !== 'number' || !Number.isFinite(value))
                problems.push(violation(path, value, 'Member must be a number'));
            return;
        case 'boolean':
            if (typeof value !== 'boolean')
                problems.push(violation(path, value, 'Member must be a boolean'));
            return;
        case 'timestamp':
            // restJson1 sends body timestamps as epoch seconds; fractions carry the milliseconds.
            if (typeof value !== 'number' || !Number.isFinite(value)) {
                problems.push(violation(path, value, 'Member must be a timestamp in epoch seconds'));
            }
            return;
        default:
            problems.push(violation(path, value, `Member has unsupported type ${shape.type}`));
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkStructure(shape, value, path, problems) {
    if (!isPlainObject(value)) {
        problems.push(violation(path, value, 'Member must be a structure'));
        return;
    }
    const members = shape.members ?? {};
    for (const required of shape.required ?? []) {
        if (value[required] === undefined || value[required] === null) {
            problems.push(violation(join(path, required), null, 'Member must not be null'));
        }
    }
    const present = [];
    for (const [name, ref] of Object.entries(members)) {
        const memberValue = value[name];
        // JSON null is how some clients spell "absent"; the service treats it the same way.
        if (memberValue === undefined || memberValue === null)
            continue;
        present.push(name);
        check(ref.shape, memberValue, join(path, name), problems);
    }
    if (shape.union && present.length !== 1) {
        const names = Object.keys(members).join(', ');
        problems.push(violation(path, value, `Member must have exactly one of [${names}] set`));
    }
}
function checkList(shape, value, path, problems) {
    if (!Array.isArray(value)) {
        problems.push(violation(path, value, 'Member must be a list'));
        return;
    }
    checkRange(shape, value.length, path, problems, 'length', value);
    value.forEach((item, index) => {
        const itemPath = `${path}.${index + 1}.member`;
        if (item === null || item === undefined)
            problems.push(violation(itemPath, null, 'Member must not be null'));
        else
            check(shape.member, item, itemPath, problems);
    });
}
function checkMap(shape, value, path, problems) {
    if (!isPlainObject(value)) {
        problems.push(violation(path, value, 'Member must be a map'));
        return;
    }
    const entries = Object.entries(value);
    checkRange(shape, entries.length, path, problems, 'length', value);
    for (const [key, entryValue] of entries) {
        check(shape.key, key, `${path}.key`, problems);
        if (entryValue === null || entryValue === undefined)
            problems.push(violation(`${path}.${key}`, null, 'Member must not be null'));
        else
            check(shape.value, entryValue, `${path}.${key}`, problems);
    }
}
function checkString(shape, value, path, problems) {
    if (typeof value !== 'string') {
        problems.push(violation(path, value, 'Member must be a string'));
        return;
    }
    // The model's lengths count characters (code points), not UTF-16 units.
    if (shape.min !== undefined || shape.max !== undefined) {
        checkRange(shape, codePointLength(value), path, problems, 'length', value);
    }
    if (shape.enum && !shape.enum.includes(value)) {
        problems.push(violation(path, value, `Member must satisfy enum value set: [${shape.enum.join(', ')}]`));
    }
    if (shape.pattern && !compile(shape.pattern).test(value)) {
        problems.push(violation(path, value, `Member must satisfy regular expression pattern: ${shape.pattern}`));
    }
}
function checkRange(shape, measured, path, problems, what, shown = measured) {
    if (shape.min !== undefined && measured < shape.min) {
        problems.push(violation(path, shown, `Member must have ${what} greater than or equal to ${shape.min}`));
    }
    if (shape.max !== undefined && measured > shape.max) {
        problems.push(violation(path, shown, `Member must have ${what} less than or equal to ${shape.max}`));
    }
}
function codePointLength(value) {
    let surrogatePairs = 0;
    for (let i = 0; i < value.length; i++) {
        const unit = value.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff)
            surrogatePairs++;
    }
    return value.length - surrogatePairs;
}
function compile(pattern) {
    let regex = patternCache.get(pattern);
    if (!regex) {
        regex = new RegExp(pattern);
        patternCache.set(pattern, regex);
    }
    return regex;
}
function join(path, name) {
    return path ? `${path}.${name}` : name;
}
/** Echoes the offending value like the service does, shortened so a 12,000-character field stays readable. */
function violation(path, value, constraint) {
    return `Value ${display(value)} at '${path}' failed to satisfy constraint: ${constraint}`;
}
function display(value) {
    if (value === null || value === undefined)
        return 'null';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `'${text.length > 64 ? `${text.slice(0, 61)}...` : text}'`;
}

;// CONCATENATED MODULE: ./src/operations/context.ts

/**
 * Whether a timeline event is read in `region` yet: at once where it was written, after the
 * replication lag elsewhere. Events the emulator or a seed wrote are everywhere.
 */
function visibleIn(stored, { region, settings }) {
    const { written } = stored;
    if (!written || !region || written.region === region)
        return true;
    return Date.now() >= written.at + settings.replicationLagMs;
}
function requireIncident(store, arn) {
    const entry = store.incidents.get(arn);
    if (!entry)
        throw notFound('INCIDENT_RECORD', arn);
    return entry;
}
/**
 * The incident of ListTimelineEvents, ListRelatedItems or DeleteTimelineEvent, whose documented
 * errors do not say what an unknown one answers: as the `unknownIncident` setting chooses, with
 * undefined for `empty` (nothing there: an empty list, or nothing to delete).
 */
function incidentAsSettingsAnswer({ store, settings }, arn) {
    const entry = store.incidents.get(arn);
    if (entry)
        return entry;
    switch (settings.unknownIncident) {
        case 'empty':
            return undefined;
        case 'validation':
            throw validationError(`Incident record ${arn} does not exist`);
        case 'not-found':
            throw notFound('INCIDENT_RECORD', arn);
    }
}

;// CONCATENATED MODULE: ./src/operations/findings.ts

/**
 * Findings come from CodeDeploy deployments and CloudFormation stack updates, which the emulator
 * does not run: a seed (file or `POST /_emulator/seed`) adds them.
 */
function addFinding(store, entry, finding) {
    entry.findings.set(finding.id, { finding, seq: store.nextSeq() });
    store.touch();
}
/** The model bounds maxResults to 20; a call without it gets as many. */
const FINDINGS_PAGE_SIZE = 20;
function listIncidentFindings({ store, paginator }, input) {
    const entry = requireIncident(store, input.incidentRecordArn);
    const page = paginator.page('ListIncidentFindings', input, [...entry.findings.values()], (stored) => [stored.seq], FINDINGS_PAGE_SIZE);
    return {
        findings: page.items.map(({ finding }) => ({
            id: finding.id,
            lastModifiedTime: finding.lastModifiedTime,
        })),
        nextToken: page.nextToken,
    };
}
/**
 * The findings asked for, each once; an ID the incident has no finding of is reported in
 * `errors` (code `ResourceNotFoundException`, the emulator's choice: AWS names no codes), not
 * as the call's error.
 */
function batchGetIncidentFindings({ store }, input) {
    const entry = requireIncident(store, input.incidentRecordArn);
    const findings = [];
    const errors = [];
    for (const findingId of new Set(input.findingIds)) {
        const stored = entry.findings.get(findingId);
        if (stored)
            findings.push(stored.finding);
        else
            errors.push({
                code: 'ResourceNotFoundException',
                findingId,
                message: `Incident ${entry.record.arn} has no finding ${findingId}`,
            });
    }
    return { findings, errors };
}

;// CONCATENATED MODULE: ./src/store.ts
/**
 * The emulator's whole state, in memory. Every mutation goes through a method here or is followed
 * by `touch()`, so that `version` tells the server whether a request wrote something to persist.
 */
class Store {
    accountId;
    responsePlans = new Map();
    /** The account's replication set (one at most), in memory only: not in the state file. */
    replicationSet;
    incidents = new Map();
    idempotency = new Map();
    /** Tags by resource ARN (response plans, incidents, the replication set), kept apart from the records GetResponsePlan and GetIncidentRecord serve. */
    tags = new Map();
    /** Resource policies by response plan ARN, oldest first. */
    resourcePolicies = new Map();
    version = 0;
    sequence = 0;
    newestFirst;
    constructor(accountId) {
        this.accountId = accountId;
    }
    nextSeq() {
        return ++this.sequence;
    }
    touch() {
        this.version++;
    }
    /** A plan's tags are kept with the other resources' tags, not in what GetResponsePlan serves. */
    putResponsePlan({ tags, ...plan }) {
        this.responsePlans.set(plan.arn, plan);
        if (tags !== undefined)
            this.setTags(plan.arn, tags);
        this.touch();
    }
    addIncident(record, relatedItems = [], events = [], findings = []) {
        const entry = {
            record,
            seq: this.nextSeq(),
            events: new Map(events.map((event) => [event.eventId, { event, seq: this.nextSeq() }])),
            relatedItems: relatedItems.map((item) => ({ item, seq: this.nextSeq() })),
            findings: new Map(findings.map((finding) => [finding.id, { finding, seq: this.nextSeq() }])),
        };
        this.incidents.set(record.arn, entry);
        this.newestFirst = undefined;
        this.touch();
        return entry;
    }
    /** Replaces the tags of a resource; an empty set removes the entry. */
    setTags(arn, tags) {
        if (tags && Object.keys(tags).length > 0)
            this.tags.set(arn, { ...tags });
        else
            this.tags.delete(arn);
        this.touch();
    }
    /** The incident with its timeline, related items, findings and tags. */
    deleteIncident(arn) {
        if (!this.incidents.delete(arn))
            return false;
        this.tags.delete(arn);
        this.newestFirst = undefined;
        this.touch();
        return true;
    }
    /** The plan with its tags and resource policies; the incidents it started stay. */
    deleteResponsePlan(arn) {
        if (!this.responsePlans.delete(arn))
            return false;
        this.tags.delete(arn);
        this.resourcePolicies.delete(arn);
        this.touch();
        return true;
    }
    /** Incidents newest first (the service's list order); cached because creation times never change. */
    incidentsNewestFirst() {
        this.newestFirst ??= [...this.incidents.values()].sort((a, b) => b.record.creationTime - a.record.creationTime || b.seq - a.seq);
        return this.newestFirst;
    }
    clear(accountId) {
        this.accountId = accountId;
        this.replicationSet = undefined;
        this.responsePlans.clear();
        this.incidents.clear();
        this.idempotency.clear();
        this.tags.clear();
        this.resourcePolicies.clear();
        this.newestFirst = undefined;
        this.touch();
    }
    snapshot() {
        return {
            version: 1,
            accountId: this.accountId,
            responsePlans: [...this.responsePlans.values()].map((plan) => ({
                ...plan,
                ...optional('tags', this.tags.get(plan.arn)),
                ...optional('resourcePolicies', this.resourcePolicies.get(plan.arn)?.map((stored) => stored.policy)),
            })),
            incidents: [...this.incidents.values()].map((entry) => ({
                ...entry.record,
                timelineEvents: [...entry.events.values()].map((stored) => stored.event),
                relatedItems: entry.relatedItems.map((stored) => stored.item),
                ...optional('tags', this.tags.get(entry.record.arn)),
                ...(entry.findings.size > 0
                    ? { findings: [...entry.findings.values()].map((stored) => stored.finding) }
                    : {}),
            })),
            idempotency: [...this.idempotency.values()],
        };
    }
    /** Arrays in a snapshot are in creation order, so re-numbering on load keeps every tie-break. */
    load(snapshot) {
        this.clear(snapshot.accountId);
        for (const { tags, resourcePolicies, ...plan } of snapshot.responsePlans) {
            this.responsePlans.set(plan.arn, plan);
            if (tags)
                this.tags.set(plan.arn, tags);
            if (resourcePolicies?.length) {
                const stored = resourcePolicies.map((policy) => ({ policy, seq: this.nextSeq() }));
                this.resourcePolicies.set(plan.arn, stored);
            }
        }
        for (const { timelineEvents, relatedItems, tags, findings, ...record } of snapshot.incidents) {
            this.addIncident(record, relatedItems, timelineEvents, findings);
            if (tags)
                this.tags.set(record.arn, tags);
        }
        for (const record of snapshot.idempotency) {
            this.idempotency.set(idempotencyKey(record.operation, record.clientToken, record.region), record);
        }
    }
}
function optional(name, value) {
    return (value === undefined ? {} : { [name]: value });
}
/** A token's key: per operation, and per region when tokens are known only where used. */
function idempotencyKey(operation, clientToken, region = '') {
    return `${operation}\u0000${clientToken}\u0000${region}`;
}

;// CONCATENATED MODULE: ./src/idempotency.ts


/**
 * The handler of a write whose input may carry a clientToken (the model marks which): `write`
 * runs at most once per token, and `identify` names the resource it wrote, for a later conflict.
 * `check` refuses what no token makes acceptable, before the token is looked up.
 */
function idempotent(operation, resourceType, write, identify, check) {
    return (context, input) => {
        check?.(input);
        return withClientToken(context, operation, input, resourceType, (result) => identify(result, input), () => write(context, input));
    };
}
/**
 * Runs a write at most once per clientToken. A repeat with the same parameters gets the first
 * answer and writes nothing; a repeat with other parameters is a ConflictException, which names
 * what the `conflictIdentifier` setting chooses (AWS does not document it).
 */
function withClientToken(context, operation, input, resourceType, identify, run) {
    const { store } = context;
    const { clientToken, ...parameters } = input;
    if (clientToken === undefined)
        return run();
    // A token known only where it was used, or everywhere: a setting, as AWS does not say.
    const region = context.settings.clientTokenScope === 'region' ? context.region : '';
    const key = idempotencyKey(operation, clientToken, region);
    const fingerprint = stableStringify(parameters);
    const previous = store.idempotency.get(key);
    if (previous) {
        if (previous.fingerprint === fingerprint)
            return previous.response;
        throw tokenConflict(previous, context.settings.conflictIdentifier);
    }
    const result = run();
    store.idempotency.set(key, {
        operation,
        clientToken,
        fingerprint,
        response: result ?? null,
        resourceType,
        resourceIdentifier: identify(result),
        ...(region ? { region } : {}),
    });
    store.touch();
    return result;
}
function tokenConflict(previous, names) {
    const message = `The clientToken ${previous.clientToken} was already used with different parameters`;
    const resourceType = previous.resourceType;
    switch (names) {
        case 'event':
            return conflict(resourceType, previous.resourceIdentifier, message);
        case 'token':
            return conflict(resourceType, previous.clientToken, message);
        case 'none':
            return conflictWithoutResource(message);
    }
}
/** JSON with sorted keys, so that member order on the wire does not change a request's identity. */
function stableStringify(value) {
    if (Array.isArray(value))
        return `[${value.map(stableStringify).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined && v !== null)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/operations/filters.ts

/**
 * Turns the request's filters into one predicate: filters are ANDed, the values of one filter
 * ORed. A key or condition the service does not support for that key is a ValidationException.
 */
function compileFilters(filters, fields) {
    const tests = (filters ?? []).map((filter, index) => compileFilter(filter, `filters.${index + 1}.member`, fields));
    return (item) => tests.every((test) => test(item));
}
function compileFilter(filter, path, fields) {
    const field = Object.hasOwn(fields, filter.key) ? fields[filter.key] : undefined;
    if (!field) {
        throw constraintError(`${path}.key`, filter.key, `Member must be one of [${Object.keys(fields).join(', ')}]`);
    }
    const { before, after, equals } = filter.condition;
    if (field.kind === 'timestamp') {
        if (before !== undefined)
            return (item) => field.read(item) < before;
        if (after !== undefined)
            return (item) => field.read(item) > after;
        throw constraintError(`${path}.condition`, filter.condition, `Filter key ${filter.key} takes a before or after condition`);
    }
    if (equals === undefined) {
        throw constraintError(`${path}.condition`, filter.condition, `Filter key ${filter.key} takes an equals condition`);
    }
    // An equals condition lists values of the key's kind: integerValues or stringValues.
    const member = field.kind === 'integer' ? 'integerValues' : 'stringValues';
    const values = equals[member];
    if (values === undefined) {
        throw constraintError(`${path}.condition.equals`, equals, `Filter key ${filter.key} takes ${member}`);
    }
    const wanted = new Set(values);
    return (item) => {
        const value = field.read(item);
        return Array.isArray(value) ? value.some((v) => wanted.has(v)) : wanted.has(value);
    };
}

;// CONCATENATED MODULE: ./src/pagination.ts



/**
 * Opaque, signed page tokens. A token remembers the last key served, not an offset, so that
 * writes between pages neither repeat nor skip items; it is bound to the operation and the
 * request's other parameters, and a forged or foreign token is a ValidationException.
 */
class Paginator {
    secret = (0,external_node_crypto_.randomBytes)(32);
    page(operation, request, sorted, keyOf, defaultPageSize = 100) {
        const { nextToken, maxResults, ...scopeParameters } = request;
        const scope = (0,external_node_crypto_.createHash)('sha256')
            .update(`${operation}\u0000${stableStringify(scopeParameters)}`)
            .digest('base64url')
            .slice(0, 16);
        const start = nextToken === undefined || nextToken === ''
            ? 0
            : firstAfter(sorted, keyOf, this.decode(scope, nextToken));
        const size = maxResults ?? defaultPageSize;
        const items = sorted.slice(start, start + size);
        const last = items[items.length - 1];
        const hasMore = start + size < sorted.length;
        return hasMore && last !== undefined
            ? { items, nextToken: this.encode(scope, keyOf(last)) }
            : { items };
    }
    encode(scope, key) {
        const payload = Buffer.from(JSON.stringify({ s: scope, k: key })).toString('base64url');
        return `${payload}.${this.sign(payload)}`;
    }
    decode(scope, token) {
        const [payload, signature, extra] = token.split('.');
        if (payload && signature && extra === undefined) {
            const expected = Buffer.from(this.sign(payload));
            const given = Buffer.from(signature);
            if (expected.length === given.length && (0,external_node_crypto_.timingSafeEqual)(expected, given)) {
                const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
                if (decoded.s === scope)
                    return decoded.k;
                throw validationError('The nextToken does not belong to this request: repeat the request parameters of the first page');
            }
        }
        throw validationError('The nextToken is invalid or has expired');
    }
    sign(payload) {
        return (0,external_node_crypto_.createHmac)('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
    }
}
function compareKeys(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** Binary search: the index of the first item whose key sorts after `key`. */
function firstAfter(sorted, keyOf, key) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (compareKeys(keyOf(sorted[mid]), key) <= 0)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/** Sorts a copy by ascending key; callers negate numbers in the key for newest-first lists. */
function sortByKey(items, keyOf) {
    return [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
}

;// CONCATENATED MODULE: ./src/operations/timeline-events.ts







/** The model leaves eventType open; the service only lets callers write these two. */
const WRITABLE_EVENT_TYPES = ['Custom Event', 'Note'];
function addTimelineEvent(store, entry, fields, now = nowSeconds(), writtenIn = '') {
    const event = {
        eventId: newResourceId(),
        incidentRecordArn: entry.record.arn,
        ...fields,
        eventUpdatedTime: now,
    };
    entry.events.set(event.eventId, {
        event,
        seq: store.nextSeq(),
        ...(writtenIn ? { written: { region: writtenIn, at: Date.now() } } : {}),
    });
    store.touch();
    return event;
}
function checkEventType(eventType) {
    if (eventType !== undefined && !WRITABLE_EVENT_TYPES.includes(eventType)) {
        throw constraintError('eventType', eventType, `Member must be one of [${WRITABLE_EVENT_TYPES.join(', ')}]`);
    }
}
/** A relatedItemId reference must name a related item of the same incident. */
function checkReferences(entry, references) {
    references?.forEach((reference, index) => {
        const id = reference.relatedItemId;
        if (id !== undefined && !entry.relatedItems.some((stored) => stored.item.generatedId === id)) {
            throw constraintError(`eventReferences.${index + 1}.member.relatedItemId`, id, `Related item ${id} does not exist on incident ${entry.record.arn}`);
        }
    });
}
/**
 * Events Incident Manager wrote itself (`SSM Incident Record Update`...) are not the caller's to
 * change: UpdateTimelineEvent's documentation allows Custom Event only, the model's eventType
 * allows callers Custom Event and Note.
 */
function refuseAutomaticEvent(event, action) {
    if (!WRITABLE_EVENT_TYPES.includes(event.eventType)) {
        throw validationError(`Timeline event ${event.eventId} is of type ${event.eventType}, which Incident Manager writes itself; only events of type ${WRITABLE_EVENT_TYPES.join(' or ')} can be ${action}`);
    }
}
function requireEvent(entry, eventId, context) {
    const stored = entry.events.get(eventId);
    if (!stored || !visibleIn(stored, context))
        throw notFound('TIMELINE_EVENT', eventId, `Timeline event ${eventId} does not exist on incident ${entry.record.arn}`);
    return stored;
}
const createTimelineEvent = idempotent('CreateTimelineEvent', 'TIMELINE_EVENT', ({ store, region }, input) => {
    const entry = requireIncident(store, input.incidentRecordArn);
    checkReferences(entry, input.eventReferences);
    const event = addTimelineEvent(store, entry, {
        eventTime: input.eventTime,
        eventType: input.eventType,
        eventData: input.eventData,
        eventReferences: input.eventReferences,
    }, nowSeconds(), region);
    return { eventId: event.eventId, incidentRecordArn: event.incidentRecordArn };
}, (r) => r.eventId, (input) => checkEventType(input.eventType));
const updateTimelineEvent = idempotent('UpdateTimelineEvent', 'TIMELINE_EVENT', (context, input) => {
    const { store } = context;
    const entry = requireIncident(store, input.incidentRecordArn);
    const { event } = requireEvent(entry, input.eventId, context);
    refuseAutomaticEvent(event, 'updated');
    checkReferences(entry, input.eventReferences);
    if (input.eventTime !== undefined)
        event.eventTime = input.eventTime;
    if (input.eventType !== undefined)
        event.eventType = input.eventType;
    if (input.eventData !== undefined)
        event.eventData = input.eventData;
    // Documented: the given list replaces every existing reference.
    if (input.eventReferences !== undefined)
        event.eventReferences = input.eventReferences;
    event.eventUpdatedTime = nowSeconds();
    store.touch();
    return undefined;
}, (_result, input) => input.eventId, (input) => checkEventType(input.eventType));
function getTimelineEvent(context, input) {
    const entry = requireIncident(context.store, input.incidentRecordArn);
    return { event: requireEvent(entry, input.eventId, context).event };
}
/**
 * Idempotent, as the model marks it: deleting an event that is already gone succeeds. A region
 * deletes only what it reads: an event not replicated there yet is, for it, not there.
 */
function deleteTimelineEvent(context, input) {
    const { store } = context;
    const entry = incidentAsSettingsAnswer(context, input.incidentRecordArn);
    const stored = entry?.events.get(input.eventId);
    if (!entry || !stored || !visibleIn(stored, context))
        return undefined;
    refuseAutomaticEvent(stored.event, 'deleted');
    entry.events.delete(input.eventId);
    store.touch();
    return undefined;
}
function listTimelineEvents(context, input) {
    const { paginator } = context;
    const entry = incidentAsSettingsAnswer(context, input.incidentRecordArn);
    const matches = compileFilters(input.filters, {
        eventTime: { kind: 'timestamp', read: (s) => s.event.eventTime },
        eventType: { kind: 'string', read: (s) => s.event.eventType },
        eventReference: {
            kind: 'string',
            read: (s) => (s.event.eventReferences ?? []).map((r) => r.resource ?? r.relatedItemId ?? ''),
        },
    });
    // Newest first unless asked otherwise, as the service lists a timeline.
    const sign = input.sortOrder === 'ASCENDING' ? 1 : -1;
    const keyOf = (s) => [sign * s.event.eventTime, sign * s.seq];
    const events = entry ? [...entry.events.values()] : [];
    const seen = events.filter((s) => visibleIn(s, context) && matches(s));
    const sorted = sortByKey(seen, keyOf);
    const page = paginator.page('ListTimelineEvents', input, sorted, keyOf);
    return {
        eventSummaries: page.items.map(({ event }) => ({
            eventId: event.eventId,
            eventReferences: event.eventReferences,
            eventTime: event.eventTime,
            eventType: event.eventType,
            eventUpdatedTime: event.eventUpdatedTime,
            incidentRecordArn: event.incidentRecordArn,
        })),
        nextToken: page.nextToken,
    };
}

;// CONCATENATED MODULE: ./src/operations/record-update-events.ts


/** The type of the events Incident Manager writes itself when an incident record changes. */
const RECORD_UPDATE_EVENT_TYPE = 'SSM Incident Record Update';
/**
 * Notes a change of the incident record on its timeline, in the envelope of the GetTimelineEvent
 * example of the API reference: `eventData` is JSON `{modifiedBy, modifiedAttributes,
 * incidentTitle}`, and the event references the incident.
 */
function noteRecordUpdate(store, entry, principal, modifiedAttributes, relatedItemId) {
    // Written at one instant: its time and its last update are the same.
    const now = nowSeconds();
    return addTimelineEvent(store, entry, {
        eventType: RECORD_UPDATE_EVENT_TYPE,
        eventTime: now,
        eventData: JSON.stringify({
            modifiedBy: principal,
            modifiedAttributes,
            incidentTitle: entry.record.title,
        }),
        eventReferences: [
            ...(relatedItemId === undefined ? [] : [{ relatedItemId }]),
            { resource: entry.record.arn },
        ],
    }, now);
}
/** UpdateIncidentRecord's changes; what each attribute carries is the emulator's own choice. */
function noteAttributeChanges(store, entry, principal, modifiedAttributes) {
    if (modifiedAttributes.length > 0)
        noteRecordUpdate(store, entry, principal, modifiedAttributes);
}
/**
 * UpdateRelatedItems: as in the API reference's example, the attribute `relatedItems` whose
 * `newValue` is the update as JSON text (`{"itemToAdd":{"identifier":…,"title":…}}`), and
 * references to the related item and the incident. Removal is not documented; it mirrors the
 * addition with `{"itemToRemove":{"type":…,"value":…}}` and the removed item's ID.
 */
function noteRelatedItemAdded(store, entry, principal, item) {
    const itemToAdd = {
        identifier: inDocumentedOrder(item.identifier),
        ...(item.title === undefined ? {} : { title: item.title }),
    };
    noteRecordUpdate(store, entry, principal, [{ attributeName: 'relatedItems', newValue: JSON.stringify({ itemToAdd }) }], item.generatedId);
}
function noteRelatedItemRemoved(store, entry, principal, removed, itemToRemove) {
    noteRecordUpdate(store, entry, principal, [
        {
            attributeName: 'relatedItems',
            newValue: JSON.stringify({ itemToRemove: inDocumentedOrder(itemToRemove) }),
        },
    ], removed.generatedId);
}
/** `type` before `value`, as the example shows, whatever order the caller's JSON had. */
function inDocumentedOrder(identifier) {
    return { type: identifier.type, value: identifier.value };
}

;// CONCATENATED MODULE: ./src/operations/related-items.ts





/** Two related items are the same item when type and value match; the title does not count. */
function sameIdentifier(a, b) {
    return a.type === b.type && stableStringify(a.value) === stableStringify(b.value);
}
/**
 * StartIncident's related items, checked before the incident is created so that a refused call
 * writes nothing: two with the same type and value are a ConflictException, as UpdateRelatedItems
 * refuses adding an item the incident has. No incident exists yet to name.
 */
function refuseDuplicateItems(items) {
    items.forEach((item, index) => {
        const first = items.findIndex((other) => sameIdentifier(other.identifier, item.identifier));
        if (first < index) {
            throw conflictWithoutResource(`relatedItems.${index + 1} has the type ${item.identifier.type} and the value of relatedItems.${first + 1}: an incident has each related item once`);
        }
    });
}
/** Shared by UpdateRelatedItems, StartIncident and seeding: a duplicate is a ConflictException. */
function addRelatedItem(store, entry, item, 
/** The call that adds it: the item replicates from its region. None for seeds and StartIncident. */
context) {
    // A region sees only what has replicated to it: an item not there yet can be added again.
    const seen = entry.relatedItems.filter((stored) => !context || visibleIn(stored, context));
    if (seen.some((stored) => sameIdentifier(stored.item.identifier, item.identifier))) {
        throw conflict('INCIDENT_RECORD', entry.record.arn, `The incident already has a related item of type ${item.identifier.type} with this value`);
    }
    const added = { ...item, generatedId: newRelatedItemId(item.identifier.type) };
    entry.relatedItems.push({
        item: added,
        seq: store.nextSeq(),
        ...(context?.region ? { written: { region: context.region, at: Date.now() } } : {}),
    });
    store.touch();
    return added;
}
const updateRelatedItems = idempotent('UpdateRelatedItems', 'INCIDENT_RECORD', (context, input) => {
    const { store, principal } = context;
    const entry = requireIncident(store, input.incidentRecordArn);
    const { itemToAdd, itemToRemove } = input.relatedItemsUpdate;
    if (itemToAdd) {
        // generatedId is an output: the service assigns it, whatever the caller sent.
        const { generatedId: _ignored, ...item } = itemToAdd;
        const added = addRelatedItem(store, entry, item, context);
        noteRelatedItemAdded(store, entry, principal, added);
    }
    else if (itemToRemove) {
        const index = entry.relatedItems.findIndex((stored) => sameIdentifier(stored.item.identifier, itemToRemove));
        if (index < 0) {
            throw notFound('INCIDENT_RECORD', input.incidentRecordArn, `The incident has no related item of type ${itemToRemove.type} with this value`);
        }
        const [removed] = entry.relatedItems.splice(index, 1);
        noteRelatedItemRemoved(store, entry, principal, removed.item, itemToRemove);
        store.touch();
    }
    return undefined;
}, (_result, input) => input.incidentRecordArn);
function listRelatedItems(context, input) {
    const entry = incidentAsSettingsAnswer(context, input.incidentRecordArn);
    const seen = (entry?.relatedItems ?? []).filter((stored) => visibleIn(stored, context));
    const page = context.paginator.page('ListRelatedItems', input, seen, (stored) => [stored.seq]);
    return { relatedItems: page.items.map((stored) => stored.item), nextToken: page.nextToken };
}

;// CONCATENATED MODULE: ./src/operations/incidents.ts







/** The source the service records for incidents started through the API rather than by a trigger. */
const MANUAL_INCIDENT_SOURCE = 'aws.ssm-incidents.custom';
/** Builds a record from a response plan's template; StartIncident and seeding share it. */
function createIncident(store, incident) {
    const { plan, principal } = incident;
    const template = plan.incidentTemplate;
    const creationTime = incident.creationTime ?? nowSeconds();
    const status = incident.status ?? 'OPEN';
    const record = {
        arn: incidentRecordArn(store.accountId, plan.name, incident.id ?? newResourceId()),
        title: incident.title ?? template.title,
        impact: incident.impact ?? template.impact,
        status,
        summary: template.summary,
        creationTime,
        resolvedTime: status === 'RESOLVED' ? creationTime : undefined,
        lastModifiedTime: creationTime,
        lastModifiedBy: principal,
        dedupeString: template.dedupeString ?? newResourceId(),
        incidentRecordSource: {
            createdBy: principal,
            invokedBy: principal,
            source: incident.source ?? MANUAL_INCIDENT_SOURCE,
            resourceArn: incident.triggerArn,
        },
        chatChannel: plan.chatChannel,
        notificationTargets: template.notificationTargets ?? [],
        automationExecutions: [],
    };
    const entry = store.addIncident(record);
    // Documented for incidentTemplate.incidentTags: StartIncident gives the incident these tags.
    if (template.incidentTags)
        store.setTags(record.arn, template.incidentTags);
    return entry;
}
const startIncident = idempotent('StartIncident', 'INCIDENT_RECORD', ({ store, principal }, input) => {
    const plan = store.responsePlans.get(input.responsePlanArn);
    if (!plan)
        throw notFound('RESPONSE_PLAN', input.responsePlanArn);
    refuseDuplicateItems(input.relatedItems ?? []);
    const entry = createIncident(store, {
        plan,
        principal,
        title: input.title,
        impact: input.impact,
        source: input.triggerDetails?.source,
        triggerArn: input.triggerDetails?.triggerArn,
    });
    for (const item of input.relatedItems ?? [])
        addRelatedItem(store, entry, item);
    return { incidentRecordArn: entry.record.arn };
}, (r) => r.incidentRecordArn);
function getIncidentRecord({ store }, input) {
    return { incidentRecord: requireIncident(store, input.arn).record };
}
function listIncidentRecords({ store, paginator }, input) {
    const matches = compileFilters(input.filters, {
        creationTime: { kind: 'timestamp', read: (e) => e.record.creationTime },
        impact: { kind: 'integer', read: (e) => e.record.impact },
        status: { kind: 'string', read: (e) => e.record.status },
        createdBy: { kind: 'string', read: (e) => e.record.incidentRecordSource.createdBy },
    });
    const all = store.incidentsNewestFirst();
    const selected = input.filters?.length ? all.filter(matches) : all;
    const page = paginator.page('ListIncidentRecords', input, selected, (e) => [
        -e.record.creationTime,
        -e.seq,
    ]);
    return {
        incidentRecordSummaries: page.items.map(({ record }) => ({
            arn: record.arn,
            creationTime: record.creationTime,
            impact: record.impact,
            incidentRecordSource: record.incidentRecordSource,
            resolvedTime: record.resolvedTime,
            status: record.status,
            title: record.title,
        })),
        nextToken: page.nextToken,
    };
}
/**
 * Idempotent, as the model marks it, and without ResourceNotFoundException among its errors:
 * deleting an incident that is already gone succeeds.
 */
function deleteIncidentRecord({ store }, input) {
    store.deleteIncident(input.arn);
    return undefined;
}
const UPDATABLE = [
    'title',
    'impact',
    'status',
    'summary',
    'chatChannel',
    'notificationTargets',
];
const updateIncidentRecord = idempotent('UpdateIncidentRecord', 'INCIDENT_RECORD', ({ store, principal }, input) => {
    const entry = requireIncident(store, input.arn);
    const record = entry.record;
    const now = nowSeconds();
    const modifiedAttributes = [];
    for (const name of UPDATABLE) {
        const value = input[name];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(record[name]))
            continue;
        // Documented: the empty chat channel removes the record's channel.
        const removed = name === 'chatChannel' && input.chatChannel?.empty !== undefined;
        if (removed && record.chatChannel === undefined)
            continue;
        modifiedAttributes.push({
            attributeName: name,
            previousValue: record[name] ?? null,
            newValue: removed ? null : value,
        });
        if (removed)
            delete record.chatChannel;
        else
            record[name] = value;
    }
    if (input.status === 'RESOLVED' && entry.record.resolvedTime === undefined)
        entry.record.resolvedTime = now;
    if (input.status === 'OPEN')
        delete entry.record.resolvedTime;
    entry.record.lastModifiedTime = now;
    entry.record.lastModifiedBy = principal;
    // The service notes its own changes on the timeline: one event per update.
    noteAttributeChanges(store, entry, principal, modifiedAttributes);
    store.touch();
    return undefined;
}, (_result, input) => input.arn);

;// CONCATENATED MODULE: ./src/model/aws-regions.generated.ts
// Generated by emulator/scripts/generate-model.mjs from botocore's partitions.json.
// Do not edit by hand: re-run the script when AWS opens a region.
/** The region names of the aws partition, the only ones a replication set may name. */
const AWS_PARTITION_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
];

;// CONCATENATED MODULE: ./src/operations/replication-sets.ts





/** AWS: "You can have up to three Regions in your replication set." */
const MAX_REGIONS = 3;
/** The key the service uses when none is given: an AWS owned key. */
const DEFAULT_KEY = 'DefaultKey';
function requireSet(store, arn) {
    const set = store.replicationSet;
    if (!set || set.arn !== arn)
        throw notFound('REPLICATION_SET', arn);
    return set;
}
/**
 * A replication set names regions of the partition its ARNs are in (`arn:aws:`): a name that is
 * not one (`mars-north-9`, `""`) is a ValidationException, and nothing is written.
 */
function checkRegionName(name, path) {
    if (!AWS_PARTITION_REGIONS.includes(name)) {
        throw constraintError(path, name, `Member must be a region of the aws partition, such as ${AWS_PARTITION_REGIONS.filter((r) => r.startsWith('us-')).join(', ')}`);
    }
}
function regionInfo(sseKmsKeyId, now) {
    // Regions become ACTIVE at once here; the service takes a while (CREATING, then ACTIVE).
    return { sseKmsKeyId: sseKmsKeyId ?? DEFAULT_KEY, status: 'ACTIVE', statusUpdateDateTime: now };
}
/** The regions of the replication set, or undefined when the account has none. */
function replicationRegions(store) {
    return store.replicationSet ? Object.keys(store.replicationSet.regionMap) : undefined;
}
const createReplicationSet = idempotent('CreateReplicationSet', 'REPLICATION_SET', ({ store, principal }, input) => {
    if (store.replicationSet) {
        throw conflict('REPLICATION_SET', store.replicationSet.arn, 'The account already has a replication set; update it to add or delete a region');
    }
    for (const region of Object.keys(input.regions))
        checkRegionName(region, 'regions.key');
    const now = nowSeconds();
    const regionMap = Object.fromEntries(Object.entries(input.regions).map(([region, value]) => [
        region,
        regionInfo(value.sseKmsKeyId, now),
    ]));
    const arn = `arn:aws:ssm-incidents::${store.accountId}:replication-set/${newResourceId()}`;
    store.replicationSet = {
        arn,
        regionMap,
        status: 'ACTIVE',
        deletionProtected: false,
        createdBy: principal,
        createdTime: now,
        lastModifiedBy: principal,
        lastModifiedTime: now,
    };
    if (input.tags)
        store.setTags(arn, input.tags);
    store.touch();
    return { arn };
}, (r) => r.arn);
function getReplicationSet({ store }, input) {
    return { replicationSet: requireSet(store, input.arn) };
}
function listReplicationSets({ store }, _input) {
    const arn = store.replicationSet?.arn;
    return { replicationSetArns: arn ? [arn] : [] };
}
const updateReplicationSet = idempotent('UpdateReplicationSet', 'REPLICATION_SET', ({ store, principal }, input) => {
    const set = requireSet(store, input.arn);
    const regionMap = { ...set.regionMap };
    const now = nowSeconds();
    for (const [index, action] of input.actions.entries()) {
        const add = action.addRegionAction;
        const remove = action.deleteRegionAction;
        if ((add === undefined) === (remove === undefined)) {
            throw validationError('Each action must be exactly one of addRegionAction or deleteRegionAction');
        }
        if (add) {
            checkRegionName(add.regionName, `actions.${index + 1}.member.addRegionAction.regionName`);
            if (regionMap[add.regionName]) {
                throw validationError(`${add.regionName} is already in the replication set`);
            }
            regionMap[add.regionName] = regionInfo(add.sseKmsKeyId, now);
        }
        else if (remove) {
            if (!regionMap[remove.regionName]) {
                throw validationError(`${remove.regionName} is not in the replication set`);
            }
            delete regionMap[remove.regionName];
        }
    }
    const count = Object.keys(regionMap).length;
    if (count > MAX_REGIONS) {
        throw validationError(`A replication set has at most ${MAX_REGIONS} regions, not ${count}`);
    }
    if (count === 0) {
        // Documented on deletionProtected: with protection on, the last region cannot be deleted.
        // With it off, deleting the last region deletes the set, and with it all the data.
        refuseWhenProtected(set, 'delete the last region of the replication set');
        deleteAllData(store);
        return undefined;
    }
    store.replicationSet = { ...set, regionMap, lastModifiedBy: principal, lastModifiedTime: now };
    store.touch();
    return undefined;
}, (_result, input) => input.arn);
function refuseWhenProtected(set, what) {
    if (set.deletionProtected) {
        throw validationError(`The replication set is protected from deletion: call UpdateDeletionProtection with deletionProtected false to ${what}`);
    }
}
/**
 * "Deleting the replication set deletes all Incident Manager data": plans, incidents, tags,
 * resource policies and the client tokens used, everything but the account.
 */
function deleteAllData(store) {
    store.clear(store.accountId);
}
/** Deletes every region, so the last one too: refused while deletion protection is on. */
function deleteReplicationSet({ store }, input) {
    refuseWhenProtected(requireSet(store, input.arn), 'delete it');
    deleteAllData(store);
    return undefined;
}
const updateDeletionProtection = idempotent('UpdateDeletionProtection', 'REPLICATION_SET', ({ store, principal }, input) => {
    const set = requireSet(store, input.arn);
    store.replicationSet = {
        ...set,
        deletionProtected: input.deletionProtected,
        lastModifiedBy: principal,
        lastModifiedTime: nowSeconds(),
    };
    store.touch();
    return undefined;
}, (_result, input) => input.arn);

;// CONCATENATED MODULE: ./src/operations/response-plans.ts



function requireResponsePlan(store, arn) {
    const plan = store.responsePlans.get(arn);
    if (!plan)
        throw notFound('RESPONSE_PLAN', arn);
    return plan;
}
const createResponsePlan = idempotent('CreateResponsePlan', 'RESPONSE_PLAN', ({ store }, input) => {
    const { clientToken: _token, ...definition } = input;
    const arn = responsePlanArn(store.accountId, input.name);
    if (store.responsePlans.has(arn)) {
        throw conflict('RESPONSE_PLAN', arn, `A response plan named ${input.name} already exists`);
    }
    // Its tags go with the other resources' tags, served by ListTagsForResource.
    store.putResponsePlan({ arn, ...definition });
    return { arn };
}, (r) => r.arn);
function getResponsePlan({ store }, input) {
    return requireResponsePlan(store, input.arn);
}
function listResponsePlans({ store, paginator }, input) {
    const plans = [...store.responsePlans.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const page = paginator.page('ListResponsePlans', input, plans, (plan) => [plan.name]);
    return {
        responsePlanSummaries: page.items.map(({ arn, name, displayName }) => ({
            arn,
            name,
            displayName,
        })),
        nextToken: page.nextToken,
    };
}
/** UpdateResponsePlan's flat members and the template member each one sets. */
const TEMPLATE_MEMBERS = {
    incidentTemplateTitle: 'title',
    incidentTemplateImpact: 'impact',
    incidentTemplateSummary: 'summary',
    incidentTemplateDedupeString: 'dedupeString',
    incidentTemplateNotificationTargets: 'notificationTargets',
};
const PLAN_MEMBERS = ['displayName', 'engagements', 'actions', 'integrations'];
/**
 * A member given replaces the plan's (a list whole), a member left out keeps it. Documented: the
 * `empty` chat channel removes the plan's channel; an empty `incidentTemplateTags` (the model lets
 * this map be empty, unlike the template's) removes the template's tags.
 */
const updateResponsePlan = idempotent('UpdateResponsePlan', 'RESPONSE_PLAN', ({ store }, input) => {
    const plan = requireResponsePlan(store, input.arn);
    const template = { ...plan.incidentTemplate };
    for (const [member, field] of Object.entries(TEMPLATE_MEMBERS)) {
        const value = input[member];
        if (value !== undefined)
            template[field] = value;
    }
    if (input.incidentTemplateTags !== undefined) {
        if (Object.keys(input.incidentTemplateTags).length > 0)
            template.incidentTags = input.incidentTemplateTags;
        else
            delete template.incidentTags;
    }
    const updated = { ...plan, incidentTemplate: template };
    for (const member of PLAN_MEMBERS) {
        if (input[member] !== undefined)
            updated[member] = input[member];
    }
    if (input.chatChannel?.empty)
        delete updated.chatChannel;
    else if (input.chatChannel)
        updated.chatChannel = input.chatChannel;
    store.responsePlans.set(plan.arn, updated);
    store.touch();
    return undefined;
}, (_result, input) => input.arn);
/**
 * Idempotent, as the model marks it, and without ResourceNotFoundException among its errors:
 * deleting a plan that is already gone succeeds. Its tags and resource policies go with it; the
 * incidents it started stay (they are records of what happened).
 */
function deleteResponsePlan({ store }, input) {
    store.deleteResponsePlan(input.arn);
    return undefined;
}

;// CONCATENATED MODULE: ./src/operations/resource-policies.ts




/** An IAM policy is a JSON document; RAM could not share a plan with anything else. */
function checkPolicyDocument(policy) {
    let parsed;
    try {
        parsed = JSON.parse(policy);
    }
    catch {
        parsed = undefined;
    }
    if (!isPlainObject(parsed))
        throw constraintError('policy', policy, 'Member must be a JSON policy document (an object)');
}
/**
 * Adds a policy to a response plan (each call adds one, with its own ID). The policy allows the
 * plan's use in the region the call was made in, which the answer reports as
 * `ramResourceShareRegion`.
 */
function putResourcePolicy(context, input) {
    const { store } = context;
    requireResponsePlan(store, input.resourceArn);
    checkPolicyDocument(input.policy);
    const policyId = newResourceId();
    const stored = {
        policy: {
            policyId,
            policyDocument: input.policy,
            ramResourceShareRegion: context.region || context.homeRegion,
        },
        seq: store.nextSeq(),
    };
    store.resourcePolicies.set(input.resourceArn, [
        ...(store.resourcePolicies.get(input.resourceArn) ?? []),
        stored,
    ]);
    store.touch();
    return { policyId };
}
function getResourcePolicies({ store, paginator }, input) {
    requireResponsePlan(store, input.resourceArn);
    const policies = store.resourcePolicies.get(input.resourceArn) ?? [];
    const page = paginator.page('GetResourcePolicies', input, policies, (stored) => [stored.seq]);
    return {
        resourcePolicies: page.items.map((stored) => stored.policy),
        nextToken: page.nextToken,
    };
}
function deleteResourcePolicy({ store }, input) {
    requireResponsePlan(store, input.resourceArn);
    const policies = store.resourcePolicies.get(input.resourceArn) ?? [];
    const kept = policies.filter((stored) => stored.policy.policyId !== input.policyId);
    if (kept.length === policies.length) {
        throw notFound('RESOURCE_POLICY', input.policyId, `Response plan ${input.resourceArn} has no resource policy ${input.policyId}`);
    }
    if (kept.length > 0)
        store.resourcePolicies.set(input.resourceArn, kept);
    else
        store.resourcePolicies.delete(input.resourceArn);
    store.touch();
    return {};
}

;// CONCATENATED MODULE: ./src/operations/tags.ts

/** AWS's tag quota per resource, which TagMap's 50 a call also bounds. */
const MAX_TAGS = 50;
/**
 * The resources that carry tags: response plans (TagResource's documentation), incidents (tagged
 * from their plan's template, listed by ListTagsForResource) and the replication set (tagged at
 * create). An ARN of none of them is a ResourceNotFoundException.
 */
function requireTaggable(store, arn) {
    if (store.responsePlans.has(arn))
        return 'RESPONSE_PLAN';
    if (store.incidents.has(arn))
        return 'INCIDENT_RECORD';
    if (store.replicationSet?.arn === arn)
        return 'REPLICATION_SET';
    const type = arn.includes(':incident-record/')
        ? 'INCIDENT_RECORD'
        : arn.includes(':replication-set/')
            ? 'REPLICATION_SET'
            : 'RESPONSE_PLAN';
    throw notFound(type, arn, `No response plan, incident record or replication set has the ARN ${arn}`);
}
/** Adds or overwrites the given keys; the others stay. */
function tagResource({ store }, input) {
    const type = requireTaggable(store, input.resourceArn);
    const tags = { ...store.tags.get(input.resourceArn), ...input.tags };
    const count = Object.keys(tags).length;
    if (count > MAX_TAGS) {
        throw quotaExceeded(type, input.resourceArn, 'tags-per-resource', `A resource has at most ${MAX_TAGS} tags; these would make ${count}`);
    }
    store.setTags(input.resourceArn, tags);
    return undefined;
}
/** Idempotent, as the model marks it: a key the resource does not have is no error. */
function untagResource({ store }, input) {
    requireTaggable(store, input.resourceArn);
    const tags = { ...store.tags.get(input.resourceArn) };
    for (const key of input.tagKeys)
        delete tags[key];
    store.setTags(input.resourceArn, tags);
    return undefined;
}
function listTagsForResource({ store }, input) {
    requireTaggable(store, input.resourceArn);
    return { tags: { ...store.tags.get(input.resourceArn) } };
}

;// CONCATENATED MODULE: ./src/operations/index.ts









const handlers = {
    CreateResponsePlan: createResponsePlan,
    GetResponsePlan: getResponsePlan,
    ListResponsePlans: listResponsePlans,
    UpdateResponsePlan: updateResponsePlan,
    DeleteResponsePlan: deleteResponsePlan,
    PutResourcePolicy: putResourcePolicy,
    GetResourcePolicies: getResourcePolicies,
    DeleteResourcePolicy: deleteResourcePolicy,
    StartIncident: startIncident,
    GetIncidentRecord: getIncidentRecord,
    ListIncidentRecords: listIncidentRecords,
    UpdateIncidentRecord: updateIncidentRecord,
    DeleteIncidentRecord: deleteIncidentRecord,
    ListIncidentFindings: listIncidentFindings,
    BatchGetIncidentFindings: batchGetIncidentFindings,
    CreateTimelineEvent: createTimelineEvent,
    UpdateTimelineEvent: updateTimelineEvent,
    GetTimelineEvent: getTimelineEvent,
    ListTimelineEvents: listTimelineEvents,
    DeleteTimelineEvent: deleteTimelineEvent,
    UpdateRelatedItems: updateRelatedItems,
    ListRelatedItems: listRelatedItems,
    CreateReplicationSet: createReplicationSet,
    GetReplicationSet: getReplicationSet,
    ListReplicationSets: listReplicationSets,
    UpdateReplicationSet: updateReplicationSet,
    DeleteReplicationSet: deleteReplicationSet,
    UpdateDeletionProtection: updateDeletionProtection,
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
};
/**
 * Validates the input of the operation against the model, then runs its handler with every JSON
 * null left out: the service reads a null member as an absent one, so no handler can store one.
 */
function runOperation(operation, context, input) {
    assertValidInput(operation, input);
    const handler = handlers[operation];
    return handler(context, withoutNulls(input));
}
/** Validation refuses a null inside a list or map, so only members of structures are left out. */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    if (!isPlainObject(value))
        return value;
    const kept = {};
    for (const [name, member] of Object.entries(value)) {
        if (member !== null)
            kept[name] = withoutNulls(member);
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/routing.ts


/**
 * restJson1 paths: a label (`{resourceArn}`) is one segment, percent-encoded by the client (an
 * ARN's `/` arrives as `%2F`); `{name+}` (greedy) would span segments, which this model has none of.
 */
function routing_compile(operation) {
    const definition = serviceModel.operations[operation];
    const names = [];
    const source = definition.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
        const label = /^\{([^}+]+)(\+?)\}$/.exec(part);
        if (!label)
            return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(label[1]);
        return label[2] ? '(.+)' : '([^/]+)';
    })
        .join('');
    return {
        operation,
        definition,
        method: definition.method,
        pattern: new RegExp(`^${source}$`),
        names,
    };
}
const compiled = SERVED_OPERATIONS.map(routing_compile);
/** Most paths have no label: one lookup, before the few patterns are tried. */
const fixedPaths = new Map(compiled
    .filter((route) => route.names.length === 0)
    .map((route) => [`${route.method} ${route.definition.path}`, route]));
const labelled = compiled.filter((route) => route.names.length > 0);
function findRoute(method, path) {
    const fixed = fixedPaths.get(`${method} ${path}`);
    if (fixed)
        return { operation: fixed.operation, definition: fixed.definition, labels: {} };
    for (const route of labelled) {
        if (route.method !== method)
            continue;
        const match = route.pattern.exec(path);
        if (!match)
            continue;
        const labels = {};
        try {
            route.names.forEach((name, index) => {
                labels[name] = decodeURIComponent(match[index + 1]);
            });
        }
        catch {
            // A malformed escape (`%E0%A4%A`) names no resource: no route.
            return undefined;
        }
        return { operation: route.operation, definition: route.definition, labels };
    }
    return undefined;
}
const operationNames = SERVED_OPERATIONS;
/**
 * restJson1 input: members bound to the query string (model `location`) or to a path label come
 * from there, the others from the JSON body. A list member takes every value of its name.
 */
function buildInput(route, query, body) {
    const input = { ...body };
    for (const [name, member] of Object.entries(shapesByName[route.definition.input]?.members ?? {})) {
        const wireName = member.locationName ?? name;
        if (member.location === 'uri') {
            if (Object.hasOwn(route.labels, wireName))
                input[name] = route.labels[wireName];
        }
        else if (member.location === 'querystring') {
            if (shapesByName[member.shape]?.type === 'list') {
                const values = query.getAll(wireName);
                if (values.length > 0)
                    input[name] = values;
            }
            else {
                const value = query.get(wireName);
                if (value !== null)
                    input[name] = value;
            }
        }
    }
    return input;
}

// EXTERNAL MODULE: ../node_modules/@smithy/hash-node/dist-cjs/index.js
var dist_cjs = __nccwpck_require__(882);
// EXTERNAL MODULE: ../node_modules/@smithy/signature-v4/dist-cjs/index.js
var signature_v4_dist_cjs = __nccwpck_require__(48);
;// CONCATENATED MODULE: ./src/sigv4.ts




const ALLOWED_SKEW_MS = 15 * 60 * 1000;
function authError(errorType, message) {
    return new ApiError(errorType, 403, message);
}
/** A region's name, such as us-east-1 (its form: one emulator serves every region). */
function isRegionName(value) {
    return /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(value);
}
/** Splits `AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=..., Signature=...`. */
function parseAuthorization(header) {
    const [algorithm, ...rest] = header.trim().split(/\s+/);
    if (algorithm !== 'AWS4-HMAC-SHA256') {
        throw authError('IncompleteSignatureException', `Unsupported AWS 'algorithm': '${algorithm ?? ''}'`);
    }
    const fields = new Map();
    for (const part of rest.join(' ').split(',')) {
        const eq = part.indexOf('=');
        if (eq > 0)
            fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((name) => !fields.get(name));
    if (missing.length > 0) {
        throw authError('IncompleteSignatureException', missing.map((name) => `Authorization header requires '${name}' parameter.`).join(' '));
    }
    const scope = fields.get('Credential').split('/');
    if (scope.length !== 5 || scope[4] !== 'aws4_request') {
        throw authError('IncompleteSignatureException', "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '" +
            fields.get('Credential') +
            "'");
    }
    const [accessKeyId, date, region, service] = scope;
    return {
        accessKeyId,
        date,
        region,
        service,
        signedHeaders: fields
            .get('SignedHeaders')
            .split(';')
            .map((h) => h.trim().toLowerCase()),
        signature: fields.get('Signature'),
    };
}
/** `20240131T235959Z` → Date, or undefined when the header is not in the SigV4 basic format. */
function parseAmzDate(value) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(',') : value;
}
/**
 * Authenticates an API request the way AWS's front door does. Without configured keys any
 * well-formed SigV4 header for this service is accepted (like most local emulators); with keys, or
 * with temporary credentials the emulator issued, the signature is recomputed with the same signed
 * headers and date and that secret, and must match.
 */
async function authenticate(request, settings) {
    const header = headerValue(request.headers, 'authorization');
    if (!header)
        throw authError('MissingAuthenticationTokenException', 'Missing Authentication Token');
    const auth = parseAuthorization(header);
    if (auth.service !== settings.service) {
        throw authError('InvalidSignatureException', `Credential should be scoped to correct service: '${settings.service}'. `);
    }
    const amzDate = headerValue(request.headers, 'x-amz-date');
    if (!amzDate) {
        throw authError('IncompleteSignatureException', "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    const signingDate = parseAmzDate(amzDate);
    if (!signingDate)
        throw authError('IncompleteSignatureException', `X-Amz-Date must be in the ISO8601 Long Format: ${amzDate}`);
    if (amzDate.slice(0, 8) !== auth.date) {
        throw authError('InvalidSignatureException', `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
    }
    const session = findSession(request.headers, auth.accessKeyId, settings);
    if (session && session.expiration.getTime() <= Date.now()) {
        throw authError('ExpiredTokenException', 'The security token included in the request is expired');
    }
    const keys = session ?? settings.keys;
    if (!keys)
        return { accessKeyId: auth.accessKeyId };
    requireSignedHostAndDate(auth.signedHeaders);
    if (auth.accessKeyId !== keys.accessKeyId)
        throw invalidToken();
    // One emulator serves every region: a signature is good for the region its scope names.
    if (!isRegionName(auth.region)) {
        throw authError('InvalidSignatureException', `Credential should be scoped to a valid region, not '${auth.region}'. `);
    }
    if (Math.abs(Date.now() - signingDate.getTime()) > ALLOWED_SKEW_MS) {
        throw authError('InvalidSignatureException', `Signature expired: ${amzDate} is now outside the 15 minute window around the server time.`);
    }
    // AWS services other than S3 hash the body they received into the canonical request, whatever
    // x-amz-content-sha256 declares (UNSIGNED-PAYLOAD included). The signer below would take a
    // signed declared hash instead, so one that is not the body's fails here, as the recomputed
    // signature would at AWS: a body changed on the way is never accepted.
    const declaredHash = auth.signedHeaders.includes('x-amz-content-sha256')
        ? headerValue(request.headers, 'x-amz-content-sha256')
        : undefined;
    if (declaredHash !== undefined &&
        declaredHash !== (0,external_node_crypto_.createHash)('sha256').update(request.body).digest('hex')) {
        throw signatureMismatch();
    }
    const expected = await recomputeSignature(request, auth, signingDate, keys);
    const given = Buffer.from(auth.signature);
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
        throw signatureMismatch();
    return { accessKeyId: auth.accessKeyId, ...(session ? { session } : {}) };
}
function signatureMismatch() {
    return authError('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
}
/**
 * What AWS requires of a verified signature: the host header is always signed, and so is the
 * header the date comes from (the emulator takes it from X-Amz-Date only), so that neither can be
 * changed on the way without breaking the signature.
 */
function requireSignedHostAndDate(signedHeaders) {
    for (const [name, shown] of [
        ['host', 'Host'],
        ['x-amz-date', 'X-Amz-Date'],
    ]) {
        if (!signedHeaders.includes(name))
            throw authError('IncompleteSignatureException', `'${shown}' must be a 'SignedHeader' in the AWS Authorization.`);
    }
}
function invalidToken() {
    return authError('UnrecognizedClientException', 'The security token included in the request is invalid.');
}
/**
 * The issued session a request claims, if any. Credentials the emulator issued are always
 * checked, key pair or not, so that a test can trust that a call made with them really used them.
 * A session token the emulator did not issue is refused when it comes with an issued key ID, or
 * with a key pair configured and any key but that pair's (the configured pair may stand for
 * temporary credentials of the user's own, so its requests may carry a token); without a key
 * pair it is let through unchecked, as before.
 */
function findSession(headers, accessKeyId, settings) {
    const token = headerValue(headers, 'x-amz-security-token');
    const byKey = settings.sessions?.byAccessKeyId(accessKeyId);
    if (!token) {
        if (byKey)
            throw invalidToken();
        return undefined;
    }
    const session = settings.sessions?.byToken(token);
    if (session) {
        if (session.accessKeyId !== accessKeyId)
            throw invalidToken();
        return session;
    }
    if (byKey || (settings.keys && settings.keys.accessKeyId !== accessKeyId))
        throw invalidToken();
    return undefined;
}
async function recomputeSignature(request, auth, signingDate, keys) {
    const headers = {};
    for (const name of auth.signedHeaders) {
        const value = headerValue(request.headers, name);
        if (value === undefined) {
            throw authError('IncompleteSignatureException', `Signed header '${name}' is missing from the request.`);
        }
        headers[name] = value;
    }
    // The signer re-adds the session token header from the credentials; pass it only if it was signed.
    const sessionToken = auth.signedHeaders.includes('x-amz-security-token')
        ? headers['x-amz-security-token']
        : undefined;
    const query = {};
    for (const key of new Set(request.query.keys())) {
        const values = request.query.getAll(key);
        query[key] = values.length === 1 ? values[0] : values;
    }
    const signer = new signature_v4_dist_cjs/* SignatureV4 */.BB({
        service: auth.service,
        region: auth.region,
        credentials: {
            accessKeyId: keys.accessKeyId,
            secretAccessKey: keys.secretAccessKey,
            sessionToken,
        },
        sha256: dist_cjs/* Hash */.V.bind(null, 'sha256'),
        // Clients only send x-amz-content-sha256 when they signed it; never invent one.
        applyChecksum: false,
    });
    const signed = await signer.sign({
        method: request.method,
        protocol: 'http:',
        hostname: headers.host ?? '',
        path: request.path,
        query,
        headers,
        body: request.body,
    }, { signingDate, signableHeaders: new Set(auth.signedHeaders) });
    const signature = /Signature=([0-9a-f]+)/.exec(String(signed.headers.authorization ?? signed.headers.Authorization))?.[1] ?? '';
    return Buffer.from(signature);
}

;// CONCATENATED MODULE: ./src/api.ts









/**
 * Incident Manager's protocol (restJson1, SigV4) on the request pipeline: a path per operation,
 * a JSON body, errors as `{__type, message}` with `x-amzn-errortype`. The handlers come from the
 * model's operations; validation from its shapes.
 */
function incidentManagerAdapter(context) {
    return {
        newRequestId: external_node_crypto_.randomUUID,
        operationOf: (request, url) => findRoute(request.method ?? 'GET', url.pathname)?.operation,
        parse({ request, url, body: raw, keepBody }) {
            const body = parseJson(raw);
            // The log shows what arrived, even when it is not JSON.
            keepBody(shownBody(body, raw));
            const method = request.method ?? 'GET';
            const route = findRoute(method, url.pathname);
            if (!route)
                throw unknownOperation(method, url.pathname);
            return { ...route, body };
        },
        async admit({ request, url, entry, body: raw }, parsed) {
            const caller = await authenticate({
                method: request.method ?? 'GET',
                path: url.pathname,
                query: url.searchParams,
                headers: request.headers,
                body: raw,
            }, context.auth);
            const principal = caller.session?.principalArn ?? principalArn(context.store.accountId, caller.accessKeyId);
            if (caller.session)
                entry.caller = { arn: principal, accessKeyId: caller.session.accessKeyId };
            const route = {
                operation: parsed.operation,
                definition: parsed.definition,
                labels: parsed.labels,
            };
            return {
                route,
                principal,
                input: buildInput(route, url.searchParams, requestObject(parsed.body)),
            };
        },
        async run({ response, requestId, region }, { route, principal, input }) {
            const versionBefore = context.store.version;
            refuseOutsideRegion(context, route.operation, region, principal);
            const result = runOperation(route.operation, {
                store: context.store,
                paginator: context.paginator,
                principal,
                settings: context.settings.get(),
                region: region ?? '',
                homeRegion: context.auth.region,
            }, input);
            if (context.store.version !== versionBefore)
                await context.persist();
            sendJson(response, route.definition.successCode, result ?? {}, {
                'x-amzn-requestid': requestId,
            });
            return route.definition.successCode;
        },
        errors: {
            throttle: () => throttling(),
            serverError: internalError,
            unavailable: serviceUnavailable,
            // IAM decides after authentication: an injected denial names the caller and writes nothing.
            accessDenied: ({ route, principal, input }) => accessDenied(principal, route.operation, resourceOf(context.store.accountId, input)),
            known: (caught) => (caught instanceof ApiError ? caught : undefined),
            bodyTooLarge: validationError,
            internal: internalError,
            send(response, requestId, error) {
                sendJson(response, error.status, error.toBody(), {
                    'x-amzn-requestid': requestId,
                    'x-amzn-errortype': error.errorType,
                });
                return { status: error.status, errorType: error.errorType };
            },
        },
    };
}
/** The resource an IAM policy would be evaluated against, as AccessDenied messages name it. */
function resourceOf(accountId, input) {
    for (const member of ['incidentRecordArn', 'arn', 'responsePlanArn', 'resourceArn']) {
        if (typeof input[member] === 'string')
            return input[member];
    }
    if (typeof input.name === 'string')
        return responsePlanArn(accountId, input.name);
    return '*';
}
function parseJson(raw) {
    if (raw.length === 0)
        return { kind: 'empty' };
    try {
        return { kind: 'json', value: JSON.parse(raw.toString('utf8')) };
    }
    catch (error) {
        return { kind: 'invalid', reason: error.message };
    }
}
/** What the log shows of a body: the parsed JSON, or the text when it is not JSON. */
function shownBody(body, raw) {
    if (body.kind === 'empty')
        return null;
    return body.kind === 'json' ? body.value : raw.toString('utf8');
}
/** restJson1 bodies are JSON objects; an empty body is an input with no members. */
function requestObject(body) {
    if (body.kind === 'empty')
        return {};
    if (body.kind === 'invalid')
        throw serializationError(`The request body is not valid JSON: ${body.reason}`);
    if (!isPlainObject(body.value))
        throw serializationError(`The request body must be a JSON object, not ${body.value === null ? 'null' : Array.isArray(body.value) ? 'an array' : `a ${typeof body.value}`}`);
    return body.value;
}
/** The replication set's own operations answer in any region: they are how a region joins it. */
const REPLICATION_SET_OPERATIONS = new Set([
    'CreateReplicationSet',
    'GetReplicationSet',
    'ListReplicationSets',
    'UpdateReplicationSet',
    'DeleteReplicationSet',
    'UpdateDeletionProtection',
]);
/**
 * A call signed for a region outside the account's replication set, when it has one: answered as
 * the `outsideRegion` setting chooses (AWS does not document it).
 */
function refuseOutsideRegion(context, operation, region, principal) {
    const regions = replicationRegions(context.store);
    if (!regions || !region || regions.includes(region) || REPLICATION_SET_OPERATIONS.has(operation))
        return;
    const answer = context.settings.get().outsideRegion;
    if (answer === 'serve')
        return;
    if (answer === 'access-denied')
        throw accessDenied(principal, operation, '*');
    throw notFound('REPLICATION_SET', region, `Incident Manager holds no data in ${region}: it is not a region of the replication set (${regions.join(', ')})`);
}

;// CONCATENATED MODULE: ./src/host-guard.ts
const IPV4_LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
/** `localhost`, `127.x.y.z` or `::1` (the name, without brackets or port). */
function isLoopbackName(name) {
    const lower = name.toLowerCase();
    if (lower === 'localhost' || lower === '::1')
        return true;
    const octets = IPV4_LOOPBACK.exec(lower);
    return octets !== null && octets.slice(1).every((octet) => Number(octet) <= 255);
}
/** A Host header (`127.0.0.1:4566`, `[::1]:4566`, `localhost`) that names a loopback host. */
function isLoopbackHost(host) {
    if (host === undefined)
        return false;
    const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/.exec(host);
    if (!match)
        return false;
    return isLoopbackName(match[1] ?? match[2]);
}
function isLoopbackOrigin(origin) {
    try {
        const url = new URL(origin);
        return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.host);
    }
    catch {
        // `null` (a sandboxed frame, a file: page) and anything else that is not a URL.
        return false;
    }
}
const single = (value) => Array.isArray(value) ? value.join(',') : value;
/** Why a control API request is refused, or undefined when it may be answered. */
function controlRefusal(headers, policy) {
    const host = headers.host;
    if (!policy.controlAnyHost && !isLoopbackHost(host))
        return `The control API answers only requests addressed to a loopback host (127.0.0.1, [::1], localhost), not Host: ${host ?? '(none)'}; start the emulator with --control-any-host to allow others`;
    return crossSiteRefusal('The control API', headers);
}
/** Why a browser request from another origin or site is refused by `what`, or undefined. */
function crossSiteRefusal(what, headers) {
    const origin = single(headers.origin);
    if (origin !== undefined && !isLoopbackOrigin(origin))
        return `${what} does not answer browser requests from another origin (Origin: ${origin})`;
    const site = single(headers['sec-fetch-site']);
    if (site === 'cross-site' || site === 'same-site')
        return `${what} does not answer browser requests from another site (Sec-Fetch-Site: ${site})`;
    return undefined;
}
/** Why a request to the STS stand-in is refused, or undefined: as the API's, and cross-site ones. */
function stsRefusal(headers, policy) {
    return apiRefusal(headers, policy) ?? crossSiteRefusal('The STS stand-in', headers);
}
/** Why a request to the AWS, STS or GitHub stand-ins is refused, or undefined. */
function apiRefusal(headers, policy) {
    // No Host at all (HTTP/1.0) is no browser's; a rebinding request always names the page's host.
    const host = headers.host;
    if (policy.apiAnyHost || host === undefined || isLoopbackHost(host))
        return undefined;
    return `The emulator listens on a loopback address and answers only requests addressed to it (127.0.0.1, [::1], localhost), not Host: ${host}; start it with --host 0.0.0.0 to serve other hosts`;
}
/**
 * A request that carries a body (or declares its type) must say it is JSON: an HTML form or a
 * simple cross-site fetch can send `text/plain` or a form encoding, never `application/json`.
 */
function controlBodyRefusal(headers) {
    const type = headers['content-type'];
    const length = headers['content-length'];
    const hasBody = headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    if (!hasBody && type === undefined)
        return undefined;
    if (type !== undefined && /^application\/json\s*(?:;|$)/i.test(type))
        return undefined;
    return `A control API request with a body must send Content-Type: application/json, not ${type ?? '(none)'}`;
}

;// CONCATENATED MODULE: ./src/github/commit-spec.ts

const SET_MEMBERS = ['repository', 'commits'];
const COMMIT_MEMBERS = ['sha', 'message', 'author', 'committer', 'parents'];
const ACTOR_MEMBERS = ['name', 'email', 'date', 'login'];
/** GitHub's owner and repository names: letters, digits, `-`, and for repositories `.` and `_`. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/;
const SHA = /^[0-9a-f]{40}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const DEFAULT_ACTOR = { name: 'Mona Lisa Octocat', email: 'mona@github.com' };
/** GitHub writes times as ISO 8601 in UTC, to the second. */
function githubTime(epochMs) {
    return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
class CommitSpecError extends Error {
}
/**
 * Checks the commits of one repository as `POST /_emulator/github/commits` takes them, member by
 * member, and fills GitHub's defaults. Returns them, or a message naming what is wrong prefixed
 * with `where`.
 */
function parseRepositoryCommits(spec, where, now = Date.now()) {
    const fail = (message) => {
        throw new CommitSpecError(`${where}${message}`);
    };
    try {
        return parseOrThrow(spec, now, fail);
    }
    catch (error) {
        if (error instanceof CommitSpecError)
            return error.message;
        throw error;
    }
}
function parseOrThrow(spec, now, fail) {
    const { repository, commits } = objectWith(spec, SET_MEMBERS, '', fail);
    if (typeof repository !== 'string' || !REPOSITORY.test(repository))
        fail('repository must be owner/repo');
    if (!Array.isArray(commits))
        return fail('commits must be a list');
    const shas = new Set();
    const parsed = commits.map((commit, index) => {
        const at = `commits[${index}]`;
        const fields = objectWith(commit, COMMIT_MEMBERS, at, fail);
        const sha = fields.sha;
        if (typeof sha !== 'string' || !SHA.test(sha))
            return fail(`${at}.sha must be 40 lower-case hex digits`);
        if (shas.has(sha))
            fail(`${at}.sha ${sha} appears twice`);
        shas.add(sha);
        if (typeof fields.message !== 'string')
            fail(`${at}.message must be a string`);
        const author = actor(fields.author, `${at}.author`, now, fail);
        return {
            sha,
            message: fields.message,
            author,
            // Git sets the committer to the author unless someone else applied the change.
            committer: fields.committer === undefined
                ? author
                : actor(fields.committer, `${at}.committer`, now, fail),
            parents: parents(fields.parents, `${at}.parents`, fail),
        };
    });
    return { repository: repository, commits: parsed };
}
function actor(value, at, now, fail) {
    const fields = value === undefined ? {} : objectWith(value, ACTOR_MEMBERS, at, fail);
    const { name = DEFAULT_ACTOR.name, email = DEFAULT_ACTOR.email, date, login = null } = fields;
    if (typeof name !== 'string')
        fail(`${at}.name must be a string`);
    if (typeof email !== 'string')
        fail(`${at}.email must be a string`);
    if (date !== undefined && (typeof date !== 'string' || Number.isNaN(Date.parse(date))))
        fail(`${at}.date must be an ISO 8601 time`);
    if (login !== null && (typeof login !== 'string' || !LOGIN.test(login)))
        fail(`${at}.login must be a GitHub user name (letters, digits and -) or null`);
    return {
        name: name,
        email: email,
        date: githubTime(date === undefined ? now : Date.parse(date)),
        login: login,
    };
}
function parents(value, at, fail) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every((sha) => typeof sha === 'string' && SHA.test(sha)))
        fail(`${at} must be a list of 40 lower-case hex digit SHAs`);
    return value;
}
function objectWith(value, members, at, fail) {
    if (!isPlainObject(value))
        return fail(`${at || 'the body'} must be an object`);
    const unknown = Object.keys(value).filter((name) => !members.includes(name));
    if (unknown.length > 0)
        fail(`${at ? `${at}.` : ''}${unknown[0]} is not a member; the members are ${members.join(', ')}`);
    return value;
}
/** A list of repositories' commits (a seed's `githubCommits`, a state file's), each checked. */
function parseRepositoryCommitsList(value, where, now = Date.now()) {
    if (!Array.isArray(value))
        return `${where} must be a list`;
    const sets = [];
    for (const [index, spec] of value.entries()) {
        const set = parseRepositoryCommits(spec, `${where}[${index}]: `, now);
        if (typeof set === 'string')
            return set;
        sets.push(set);
    }
    return sets;
}

;// CONCATENATED MODULE: ./src/seed.ts






/** Generated incidents' ARNs are returned only up to this count, to keep the answer small. */
const LIST_GENERATED_UP_TO = 100;
class SeedError extends Error {
}
/**
 * Applies a seed document on top of the current state. The document is checked completely before
 * anything is written, so a bad seed leaves the state as it was.
 */
function applySeed(store, seed, github) {
    const document = checkSeed(seed);
    const commits = checkGitHubCommits(document.githubCommits);
    // Checked before anything is written, as the rest of the seed is.
    const added = new Set();
    for (const [index, finding] of (document.findings ?? []).entries()) {
        const key = `${finding.incidentRecordArn} ${String(finding.id)}`;
        if (finding.id !== undefined && added.has(key))
            throw new SeedError(`Invalid seed: findings[${index}].id ${finding.id} is used twice`);
        added.add(key);
        if (!store.incidents.has(finding.incidentRecordArn))
            throw new SeedError(`Invalid seed: findings[${index}].incidentRecordArn names no incident; seed findings of a new incident in its own incidents[].findings`);
        if (finding.id !== undefined &&
            store.incidents.get(finding.incidentRecordArn).findings.has(finding.id))
            throw new SeedError(`Invalid seed: findings[${index}].id ${finding.id} is a finding the incident has`);
    }
    if (document.accountId !== undefined)
        store.accountId = document.accountId;
    const principal = principalArn(store.accountId, undefined);
    const result = { responsePlans: [], incidents: [] };
    for (const definition of document.responsePlans ?? []) {
        const arn = responsePlanArn(store.accountId, definition.name);
        store.putResponsePlan({ arn, ...definition });
        result.responsePlans.push(arn);
    }
    const planNamed = (reference) => {
        const name = planNameOf(reference);
        const arn = responsePlanArn(store.accountId, name);
        let plan = store.responsePlans.get(arn);
        if (!plan) {
            plan = { arn, name, incidentTemplate: { title: `${name} incident`, impact: 3 } };
            store.putResponsePlan(plan);
            result.responsePlans.push(arn);
        }
        return plan;
    };
    for (const incident of document.incidents ?? []) {
        const entry = createIncident(store, {
            plan: planNamed(incident.responsePlan),
            principal: incident.createdBy ?? principal,
            id: incident.id,
            title: incident.title,
            impact: incident.impact,
            status: incident.status,
            creationTime: toEpochSeconds(incident.creationTime),
        });
        for (const item of incident.relatedItems ?? []) {
            addRelatedItem(store, entry, {
                ...(item.title === undefined ? {} : { title: item.title }),
                identifier: {
                    type: item.type,
                    value: item.url !== undefined ? { url: item.url } : { arn: item.arn },
                },
            });
        }
        if (incident.tags)
            store.setTags(entry.record.arn, { ...store.tags.get(entry.record.arn), ...incident.tags });
        for (const finding of incident.findings ?? [])
            seedFinding(store, entry, finding, result);
        result.incidents.push(entry.record.arn);
    }
    for (const { incidentRecordArn, ...finding } of document.findings ?? []) {
        seedFinding(store, store.incidents.get(incidentRecordArn), finding, result);
    }
    const generate = document.generateIncidents;
    if (generate) {
        const plan = planNamed(generate.responsePlan);
        const now = nowSeconds();
        const arns = [];
        for (let i = 0; i < generate.count; i++) {
            // One second apart and in the past, so newest-first order is the generation order reversed.
            const entry = createIncident(store, {
                plan,
                principal,
                title: `${generate.titlePrefix ?? 'Generated incident'} ${i + 1}`,
                impact: generate.impact,
                status: generate.status,
                creationTime: Math.floor(now) - (generate.count - i),
            });
            if (generate.count <= LIST_GENERATED_UP_TO)
                arns.push(entry.record.arn);
        }
        result.incidents.push(...arns);
        result.generatedIncidents = generate.count;
    }
    if (commits.length > 0) {
        result.githubCommits = commits.map((set) => {
            github.add(set);
            return { repository: set.repository, shas: set.commits.map((commit) => commit.sha) };
        });
    }
    return result;
}
function seedFinding(store, entry, seed, result) {
    const now = nowSeconds();
    const creationTime = toEpochSeconds(seed.creationTime) ?? now;
    const details = findingDetails(seed);
    const finding = {
        id: seed.id ?? newResourceId(),
        creationTime,
        lastModifiedTime: toEpochSeconds(seed.lastModifiedTime) ?? creationTime,
        ...(details ? { details } : {}),
    };
    addFinding(store, entry, finding);
    const arn = entry.record.arn;
    result.findings ??= [];
    let listed = result.findings.find((f) => f.incidentRecordArn === arn);
    if (!listed) {
        listed = { incidentRecordArn: arn, ids: [] };
        result.findings.push(listed);
    }
    listed.ids.push(finding.id);
}
/** The model's FindingDetails union, with the seed's ISO 8601 times as epoch seconds. */
function findingDetails(seed) {
    const [member, value] = FINDING_KINDS.map((kind) => [kind, seed[kind]]).find(([, v]) => v !== undefined) ?? [undefined, undefined];
    if (!member || !value)
        return undefined;
    const converted = { ...value };
    for (const name of ['startTime', 'endTime']) {
        const time = converted[name];
        if (typeof time === 'string')
            converted[name] = Date.parse(time) / 1000;
    }
    return { [member]: converted };
}
const FINDING_KINDS = ['codeDeployDeployment', 'cloudFormationStackUpdate'];
function checkFinding(finding, where, fail) {
    if (!isPlainObject(finding))
        return fail(`${where} must be an object`);
    const known = ['id', 'creationTime', 'lastModifiedTime', ...FINDING_KINDS, 'incidentRecordArn'];
    const unknown = Object.keys(finding).filter((name) => !known.includes(name));
    if (unknown.length > 0)
        fail(`${where}.${unknown[0]} is not a member of a finding; the members are ${known.join(', ')}`);
    if (finding.id !== undefined && validateShape('FindingId', finding.id).length > 0)
        fail(`${where}.id must be a string of at most 128 characters`);
    for (const name of ['creationTime', 'lastModifiedTime'])
        checkTime(finding[name], `${where}.${name}`, fail);
    const kinds = FINDING_KINDS.filter((kind) => finding[kind] !== undefined);
    if (kinds.length > 1)
        fail(`${where} has ${kinds.join(' and ')}; a finding is one of them`);
    for (const kind of kinds) {
        const value = finding[kind];
        if (!isPlainObject(value))
            return fail(`${where}.${kind} must be an object`);
        for (const name of ['startTime', 'endTime'])
            checkTime(value[name], `${where}.${kind}.${name}`, fail);
        const asModel = findingDetails({ [kind]: value });
        const problems = validateShape('FindingDetails', asModel);
        if (problems.length > 0)
            fail(`${where}.${kind}: ${formatProblems(problems)}`);
    }
}
function checkTime(time, where, fail) {
    if (time !== undefined &&
        !(typeof time === 'number' && Number.isFinite(time)) &&
        !(typeof time === 'string' && !Number.isNaN(Date.parse(time)))) {
        fail(`${where} must be an ISO 8601 string or epoch seconds`);
    }
}
function checkGitHubCommits(list) {
    if (list === undefined)
        return [];
    const sets = parseRepositoryCommitsList(list, 'githubCommits');
    if (typeof sets === 'string')
        throw new SeedError(`Invalid seed: ${sets}`);
    return sets;
}
function toEpochSeconds(value) {
    if (value === undefined || typeof value === 'number')
        return value;
    return Date.parse(value) / 1000;
}
/** Response plans are checked against the CreateResponsePlan input shape; incidents by hand. */
function checkSeed(seed) {
    const fail = (message) => {
        throw new SeedError(`Invalid seed: ${message}`);
    };
    if (!isPlainObject(seed))
        return fail('the document must be a JSON object');
    const { accountId, responsePlans, incidents, generateIncidents, findings } = seed;
    const known = [
        'accountId',
        'responsePlans',
        'incidents',
        'findings',
        'generateIncidents',
        'githubCommits',
    ];
    // `$schema`, `$comment`... are the document's own notes.
    const unknown = Object.keys(seed).filter((name) => !known.includes(name) && !name.startsWith('$'));
    if (unknown.length > 0)
        fail(`${unknown[0]} is not a member of a seed; the members are ${known.join(', ')}`);
    if (accountId !== undefined && (typeof accountId !== 'string' || !/^\d{12}$/.test(accountId))) {
        fail('accountId must be 12 digits');
    }
    if (responsePlans !== undefined && !Array.isArray(responsePlans))
        fail('responsePlans must be a list');
    responsePlans?.forEach((plan, index) => {
        const problems = validateShape('CreateResponsePlanInput', plan);
        if (problems.length > 0)
            fail(`responsePlans[${index}]: ${formatProblems(problems)}`);
    });
    if (incidents !== undefined && !Array.isArray(incidents))
        fail('incidents must be a list');
    const ids = new Set();
    incidents?.forEach((incident, index) => {
        const where = `incidents[${index}]`;
        if (!isPlainObject(incident))
            return fail(`${where} must be an object`);
        checkIncidentFields(incident, where, fail);
        checkPlanReference(incident.responsePlan, `${where}.responsePlan`, fail);
        if (incident.id !== undefined) {
            if (typeof incident.id !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(incident.id))
                fail(`${where}.id must be letters, digits, - or _`);
            const key = `${String(incident.responsePlan)}/${String(incident.id)}`;
            if (ids.has(key))
                fail(`${where}.id ${String(incident.id)} is used twice`);
            ids.add(key);
        }
        checkTime(incident.creationTime, `${where}.creationTime`, fail);
        if (incident.tags !== undefined) {
            const problems = validateShape('TagMap', incident.tags);
            if (problems.length > 0)
                fail(`${where}.tags: ${formatProblems(problems)}`);
        }
        const incidentFindings = incident.findings;
        if (incidentFindings !== undefined && !Array.isArray(incidentFindings))
            fail(`${where}.findings must be a list`);
        const findingIds = new Set();
        incidentFindings?.forEach((finding, i) => {
            const at = `${where}.findings[${i}]`;
            checkFinding(finding, at, fail);
            if (isPlainObject(finding) && finding.incidentRecordArn !== undefined)
                fail(`${at}.incidentRecordArn is the incident it is listed under; leave it out`);
            const id = isPlainObject(finding) ? finding.id : undefined;
            if (id !== undefined && findingIds.has(id))
                fail(`${at}.id ${String(id)} is used twice`);
            findingIds.add(id);
        });
        // The service records an ARN here; anything else would make a state file that cannot be reloaded.
        if (incident.createdBy !== undefined && validateShape('Arn', incident.createdBy).length > 0)
            fail(`${where}.createdBy must be an ARN, such as arn:aws:iam::111122223333:user/oncall`);
        const items = incident.relatedItems;
        if (items !== undefined && !Array.isArray(items))
            fail(`${where}.relatedItems must be a list`);
        const identifiers = new Set();
        items?.forEach((item, i) => {
            const at = `${where}.relatedItems[${i}]`;
            if (!isPlainObject(item))
                return fail(`${at} must be an object`);
            const value = item.url !== undefined ? { url: item.url } : { arn: item.arn };
            // An incident has each related item once; a duplicate would stop the seed half-way.
            const identity = JSON.stringify([item.type, value]);
            if (identifiers.has(identity))
                fail(`${at} repeats an earlier related item's type and value`);
            identifiers.add(identity);
            const problems = validateShape('RelatedItem', {
                title: item.title,
                identifier: { type: item.type, value },
            });
            if (problems.length > 0)
                fail(`${at}: ${formatProblems(problems)}`);
        });
    });
    if (findings !== undefined && !Array.isArray(findings))
        fail('findings must be a list');
    findings?.forEach((finding, index) => {
        const where = `findings[${index}]`;
        checkFinding(finding, where, fail);
        const arn = isPlainObject(finding) ? finding.incidentRecordArn : undefined;
        if (typeof arn !== 'string' || validateShape('Arn', arn).length > 0)
            fail(`${where}.incidentRecordArn must be the ARN of an incident`);
    });
    if (generateIncidents !== undefined) {
        if (!isPlainObject(generateIncidents))
            return fail('generateIncidents must be an object');
        const { count, responsePlan, titlePrefix } = generateIncidents;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) {
            fail('generateIncidents.count must be an integer from 0 to 1000000');
        }
        checkPlanReference(responsePlan, 'generateIncidents.responsePlan', fail);
        if (titlePrefix !== undefined && typeof titlePrefix !== 'string')
            fail('generateIncidents.titlePrefix must be a string');
        checkIncidentFields(generateIncidents, 'generateIncidents', fail);
    }
    return seed;
}
/** Seeds name a plan by name or by ARN (`…:response-plan/<name>`). */
function planNameOf(reference) {
    return reference.slice(reference.lastIndexOf('/') + 1);
}
function checkPlanReference(reference, where, fail) {
    const name = typeof reference === 'string' ? planNameOf(reference) : '';
    if (!/^[a-zA-Z0-9_-]{1,200}$/.test(name))
        fail(`${where} must be a response plan name (letters, digits, - and _) or ARN`);
}
function checkIncidentFields(fields, where, fail) {
    const { title, impact, status } = fields;
    if (title !== undefined && (typeof title !== 'string' || title.length > 200))
        fail(`${where}.title must be a string of at most 200 characters`);
    if (impact !== undefined &&
        (typeof impact !== 'number' || !Number.isInteger(impact) || impact < 1 || impact > 5)) {
        fail(`${where}.impact must be an integer from 1 to 5`);
    }
    if (status !== undefined && status !== 'OPEN' && status !== 'RESOLVED')
        fail(`${where}.status must be OPEN or RESOLVED`);
}

;// CONCATENATED MODULE: ./src/sts/jwt.ts
const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
function unsignedJwt(claims) {
    return `${encode({ typ: 'JWT', alg: 'none' })}.${encode(claims)}.`;
}
/** The claims of a JWT, or a reason it is not one. The signature part is not checked. */
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return 'a JWT has three dot-separated parts';
    const [header, payload] = parts.map(decodePart);
    if (!isObject(header))
        return 'the JWT header is not base64url-encoded JSON';
    if (!isObject(payload))
        return 'the JWT claims are not base64url-encoded JSON';
    return payload;
}
function decodePart(part) {
    if (!/^[A-Za-z0-9_-]*$/.test(part))
        return undefined;
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/sts/oidc.ts


/** The issuer of GitHub Actions' OIDC tokens, which the emulator's STS trusts. */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** STS's own audience, the default of aws-actions/configure-aws-credentials and of this action. */
const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
/** GitHub's tokens are short-lived; the action requests one just before it calls STS. */
const TOKEN_LIFETIME_SECONDS = 300;
/**
 * `GET /_emulator/oidc/token?audience=…`, the runner's ACTIONS_ID_TOKEN_REQUEST_URL: the caller
 * proves itself with `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` and gets
 * `{"value": <JWT>}`. Claims follow GitHub's; the query may set `repository`, `ref`,
 * `environment`, `sub` and `lifetime` (seconds, negative for a token that has already expired).
 */
function oidcToken(headers, query, settings) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
    if (!bearer)
        return { status: 401, body: { message: 'Missing Authorization: Bearer <request token>' } };
    if (settings.requestToken !== undefined && bearer !== settings.requestToken)
        return { status: 401, body: { message: 'Bad credentials: the request token is not valid' } };
    const lifetime = Number(query.get('lifetime') ?? TOKEN_LIFETIME_SECONDS);
    if (!Number.isFinite(lifetime))
        return { status: 400, body: { message: 'lifetime must be a number of seconds' } };
    const repository = query.get('repository') ?? 'octo-org/octo-repo';
    const owner = repository.split('/')[0];
    const ref = query.get('ref') ?? 'refs/heads/main';
    const environment = query.get('environment') ?? undefined;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
        jti: (0,external_node_crypto_.randomUUID)(),
        sub: query.get('sub') ??
            (environment
                ? `repo:${repository}:environment:${environment}`
                : `repo:${repository}:ref:${ref}`),
        // Without an audience GitHub uses the owner's URL, which STS then refuses: a useful mistake to see.
        aud: query.get('audience') || `https://github.com/${owner}`,
        ref,
        ...(environment ? { environment } : {}),
        repository,
        repository_owner: owner,
        runner_environment: 'github-hosted',
        iss: GITHUB_ISSUER,
        nbf: now - 5,
        iat: now,
        exp: now + Math.trunc(lifetime),
    };
    return { status: 200, body: { value: unsignedJwt(claims) } };
}

;// CONCATENATED MODULE: ./src/control.ts






const CONTROL_PREFIX = '/_emulator/';
/**
 * The test-facing API under /_emulator/: no signature, never recorded, never faulted, so a test
 * can always inspect and steer the emulator whatever it injected. Who may reach it is decided
 * before (host-guard.ts); a body must be JSON, which no HTML form can send.
 */
async function handleControl(target, request, response, url) {
    const route = `${request.method ?? 'GET'} ${url.pathname.slice(CONTROL_PREFIX.length).replace(/\/$/, '')}`;
    const reply = (status, body) => sendJson(response, status, body);
    const wrongType = controlBodyRefusal(request.headers);
    if (wrongType)
        return reply(415, { message: wrongType });
    try {
        switch (route) {
            case 'GET health':
                return reply(200, { ok: true });
            case 'GET requests':
                return reply(200, {
                    requests: target.log.list(url.searchParams.get('operation') ?? undefined),
                    log: target.log.usage(),
                });
            case 'DELETE requests':
                target.log.clear();
                return reply(200, {});
            case 'GET faults':
                return reply(200, { faults: target.faults.list() });
            case 'POST faults': {
                const added = target.faults.add(await readJson(request));
                if (typeof added === 'string')
                    return reply(400, { message: added });
                return reply(200, { fault: added, faults: target.faults.list() });
            }
            case 'DELETE faults':
                target.faults.clear();
                return reply(200, {});
            case 'POST reset':
                await target.reset();
                return reply(200, { ok: true });
            case 'POST seed':
                return reply(200, await target.seed(await readJson(request)));
            case 'GET settings':
                return reply(200, target.settings.get());
            case 'POST settings': {
                const updated = target.settings.update(await readJson(request));
                if (typeof updated === 'string')
                    return reply(400, { message: updated });
                return reply(200, updated);
            }
            case 'POST github/commits': {
                const set = parseRepositoryCommits(await readJson(request), '');
                if (typeof set === 'string')
                    return reply(400, { message: set });
                target.github.commits.add(set);
                await target.github.persist();
                return reply(200, set);
            }
            case 'GET github/commits':
                return reply(200, { repositories: target.github.commits.snapshot() });
            case 'DELETE github/commits':
                target.github.commits.clear();
                await target.github.persist();
                return reply(200, {});
            case 'GET state':
                return reply(200, target.state());
            case 'GET oidc/token': {
                const answer = oidcToken(request.headers, url.searchParams, target.oidc);
                return reply(answer.status, answer.body);
            }
            default:
                return reply(404, { message: `No control endpoint ${route}; see emulator/README.md` });
        }
    }
    catch (error) {
        if (error instanceof SeedError || error instanceof SyntaxError)
            return reply(400, { message: error.message });
        if (error instanceof BodyTooLargeError)
            return reply(413, { message: error.message });
        if (error instanceof ApiError)
            return reply(error.status, { message: error.message });
        throw error;
    }
}
async function readJson(request) {
    const body = await readBody(request);
    return body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/github/operations.ts
/**
 * The GitHub REST operations the stand-in serves, named as fault rules and the request log name
 * them: `github:` and GitHub's operation name, apart from the AWS names beside them.
 */
const GITHUB_OPERATIONS = ['github:GetCommit'];
/** Where the stand-in is served: `GITHUB_API_URL=<emulator>/_github`, like GHES's `/api/v3`. */
const GITHUB_PREFIX = '/_github';

;// CONCATENATED MODULE: ./src/sts/errors.ts
/**
 * An STS error, as the awsQuery protocol carries it: a code (not an exception name), an HTTP
 * status, and whose fault it is. Codes and statuses are those of botocore's STS model
 * (`data/sts/2011-06-15/service-2.json`) and of the query protocol's common errors.
 */
class StsError extends Error {
    code;
    status;
    type;
    constructor(code, status, message, type = 'Sender') {
        super(message);
        this.code = code;
        this.status = status;
        this.type = type;
    }
}
const stsValidation = (message) => new StsError('ValidationError', 400, message);
const invalidIdentityToken = (message) => new StsError('InvalidIdentityToken', 400, message);
const expiredWebIdentityToken = (message) => new StsError('ExpiredTokenException', 400, message);
const errors_accessDenied = (message) => new StsError('AccessDenied', 403, message);
const throttled = () => new StsError('Throttling', 400, 'Rate exceeded');
const internalFailure = () => new StsError('InternalFailure', 500, 'An internal error occurred', 'Receiver');
const errors_serviceUnavailable = () => new StsError('ServiceUnavailable', 503, 'Service is unavailable, try again later', 'Receiver');
const invalidAction = (action) => new StsError('InvalidAction', 400, `Could not find operation ${action} for version 2011-06-15`);
/**
 * The signature check is shared with Incident Manager and answers in restJson1 names; the query
 * protocol names the same failures differently (UnrecognizedClientException is InvalidClientTokenId).
 */
const QUERY_AUTH_CODES = {
    UnrecognizedClientException: ['InvalidClientTokenId', 403],
    InvalidSignatureException: ['SignatureDoesNotMatch', 403],
    IncompleteSignatureException: ['IncompleteSignature', 400],
    MissingAuthenticationTokenException: ['MissingAuthenticationToken', 403],
    ExpiredTokenException: ['ExpiredToken', 403],
};
function fromAuthError(error) {
    const [code, status] = QUERY_AUTH_CODES[error.errorType] ?? [error.errorType, error.status];
    return new StsError(code, status, error.message);
}

;// CONCATENATED MODULE: ./src/sts/operations.ts



const STS_OPERATIONS = ['AssumeRole', 'AssumeRoleWithWebIdentity'];
function isStsOperation(action) {
    return STS_OPERATIONS.includes(action);
}
const DEFAULT_DURATION_SECONDS = 3600;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/;
const SESSION_NAME = /^[\w+=,.@-]*$/;
/** Checks a request's members as STS does, reporting every problem in one ValidationError. */
function validate(operation, params) {
    const problems = [];
    // STS names members in lower camel case in its messages, and never echoes a sensitive value.
    const at = (member, value, constraint, sensitive = false) => {
        const shown = value === undefined ? 'null ' : sensitive ? '' : `'${value}' `;
        problems.push(`Value ${shown}at '${member}' failed to satisfy constraint: Member must ${constraint}`);
    };
    const length = (member, value, min, max, sensitive = false) => {
        if (value.length < min)
            at(member, value, `have length greater than or equal to ${min}`, sensitive);
        else if (value.length > max)
            at(member, value, `have length less than or equal to ${max}`, sensitive);
    };
    const { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: duration } = params;
    if (roleArn === undefined)
        at('roleArn', roleArn, 'not be null');
    else {
        length('roleArn', roleArn, 20, 2048);
        if (roleArn.length >= 20 && !ROLE_ARN.test(roleArn))
            at('roleArn', roleArn, 'be the ARN of an IAM role, arn:aws:iam::<account>:role/<name>');
    }
    if (sessionName === undefined)
        at('roleSessionName', sessionName, 'not be null');
    else {
        length('roleSessionName', sessionName, 2, 64);
        if (!SESSION_NAME.test(sessionName))
            at('roleSessionName', sessionName, 'satisfy regular expression pattern: [\\w+=,.@-]*');
    }
    let seconds = DEFAULT_DURATION_SECONDS;
    if (duration !== undefined) {
        seconds = Number(duration);
        if (!/^-?\d+$/.test(duration))
            at('durationSeconds', duration, 'be an integer');
        else if (seconds < 900)
            at('durationSeconds', duration, 'have value greater than or equal to 900');
        else if (seconds > 43200)
            at('durationSeconds', duration, 'have value less than or equal to 43200');
    }
    if (operation === 'AssumeRoleWithWebIdentity') {
        const token = params.WebIdentityToken;
        if (token === undefined)
            at('webIdentityToken', token, 'not be null');
        else
            length('webIdentityToken', token, 4, 20000, true);
    }
    if (problems.length > 0) {
        const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
        throw stsValidation(`${count} detected: ${problems.join('; ')}`);
    }
    return { duration: seconds };
}
/**
 * Authenticates a web identity token as STS does for an OIDC provider registered in the account:
 * GitHub's issuer, an audience the provider lists, not expired. The signature is not checked (the
 * emulator's tokens carry none).
 */
function readWebIdentity(token, audiences) {
    const claims = decodeJwt(token);
    if (typeof claims === 'string')
        throw invalidIdentityToken(`Couldn't parse the web identity token: ${claims}`);
    const { iss, aud, sub, exp } = claims;
    if (typeof iss !== 'string' || iss !== GITHUB_ISSUER)
        throw invalidIdentityToken(`No OpenIDConnect provider found in your account for ${typeof iss === 'string' ? iss : '(no iss claim)'}`);
    const tokenAudiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
    if (!tokenAudiences.some((a) => typeof a === 'string' && audiences.includes(a)))
        throw invalidIdentityToken('Incorrect token audience');
    if (typeof exp !== 'number')
        throw invalidIdentityToken('The token has no exp claim');
    const now = Math.floor(Date.now() / 1000);
    if (exp <= now)
        throw expiredWebIdentityToken(`Token expired: current date/time ${now} must be before the expiration date/time ${exp}`);
    if (typeof sub !== 'string' || sub.length < 6)
        throw invalidIdentityToken('The token has no sub claim of at least 6 characters');
    return { iss, aud: aud, sub };
}
/**
 * The claims the request log shows for a web identity token, read before STS judges them, so that
 * a refused token still tells which issuer, audience and subject it carried.
 */
function loggedClaims(token) {
    const claims = token === undefined ? 'no token' : decodeJwt(token);
    if (typeof claims === 'string')
        return undefined;
    const { iss, aud, sub } = claims;
    return {
        iss: typeof iss === 'string' ? iss : '',
        aud: typeof aud === 'string' || Array.isArray(aud) ? aud : '',
        sub: typeof sub === 'string' ? sub : '',
    };
}
function credentialsXml(session) {
    return {
        Credentials: {
            AccessKeyId: session.accessKeyId,
            SecretAccessKey: session.secretAccessKey,
            SessionToken: session.sessionToken,
            Expiration: session.expiration,
        },
    };
}
function assumedRoleUser(session) {
    return { AssumedRoleUser: { AssumedRoleId: session.assumedRoleId, Arn: session.principalArn } };
}
function prepare(operation, params, settings) {
    const { duration } = validate(operation, params);
    const roleArn = params.RoleArn;
    const issueSession = () => settings.sessions.issue({
        roleArn,
        sessionName: params.RoleSessionName,
        durationSeconds: duration,
    });
    if (operation === 'AssumeRole') {
        return {
            roleArn,
            deniedMessage: (caller) => `User: ${caller ?? 'anonymous'} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
            issue() {
                const session = issueSession();
                return { session, result: { ...credentialsXml(session), ...assumedRoleUser(session) } };
            },
        };
    }
    const webIdentity = readWebIdentity(params.WebIdentityToken, settings.audiences);
    const matched = [webIdentity.aud].flat().find((a) => settings.audiences.includes(a)) ?? settings.audiences[0];
    return {
        roleArn,
        // AWS's words when the role's trust policy does not admit the token.
        deniedMessage: () => 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        issue() {
            const session = issueSession();
            const account = roleArn.split(':')[4];
            return {
                session,
                result: {
                    ...credentialsXml(session),
                    SubjectFromWebIdentityToken: webIdentity.sub,
                    ...assumedRoleUser(session),
                    Provider: `arn:aws:iam::${account}:oidc-provider/${new URL(GITHUB_ISSUER).host}`,
                    Audience: matched,
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/faults.ts





const FAULT_TYPES = [
    'throttle',
    'server-error',
    'unavailable',
    'drop',
    'latency',
    'access-denied',
    'lose-answer',
];
/** Every operation a rule may name: Incident Manager's, and the STS and GitHub ones the emulator serves. */
const FAULTABLE_OPERATIONS = [
    ...operationNames,
    ...STS_OPERATIONS,
    ...GITHUB_OPERATIONS,
];
function faultPhase(type) {
    if (type === 'access-denied')
        return 'authorization';
    return type === 'lose-answer' ? 'answer' : 'transport';
}
/** The members a fault specification may have; anything else is a mistake worth naming. */
const SPEC_MEMBERS = [
    'type',
    'operation',
    'region',
    'count',
    'every',
    'latencyMs',
    'retryAfterSeconds',
];
const isPositiveInteger = (value) => typeof value === 'number' && Number.isInteger(value) && value >= 1;
/** Checks a control-API fault specification; returns the rule's settings or what is wrong. */
function parseSpec(spec) {
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
        return 'The body must be a JSON object';
    const unknown = Object.keys(spec).filter((name) => !SPEC_MEMBERS.includes(name));
    if (unknown.length > 0)
        return `Unknown member ${unknown.join(', ')}; a fault takes ${SPEC_MEMBERS.join(', ')}`;
    const { type, count, every, operation, region, latencyMs, retryAfterSeconds } = spec;
    if (!FAULT_TYPES.includes(type))
        return `type must be one of ${FAULT_TYPES.join(', ')}`;
    if (count !== undefined && !isPositiveInteger(count))
        return 'count must be a positive integer: how many calls the rule takes';
    if (every !== undefined && !isPositiveInteger(every))
        return 'every must be a positive integer: the rule takes every Nth matching call';
    if (operation !== undefined && !FAULTABLE_OPERATIONS.includes(operation))
        return `operation must be one of ${FAULTABLE_OPERATIONS.join(', ')}`;
    if (region !== undefined && !(typeof region === 'string' && isRegionName(region)))
        return 'region must be a region name, such as us-east-1';
    if (type === 'latency') {
        if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)
            return 'latencyMs must be a non-negative number for a latency fault';
    }
    else if (latencyMs !== undefined) {
        return 'latencyMs applies to latency faults only';
    }
    if (retryAfterSeconds !== undefined) {
        if (type !== 'throttle')
            return 'retryAfterSeconds applies to throttle faults only';
        if (!(typeof retryAfterSeconds === 'number' && Number.isInteger(retryAfterSeconds)) ||
            retryAfterSeconds < 0)
            return 'retryAfterSeconds must be a non-negative integer';
    }
    // A rule without a cadence takes the next call; with one it keeps going unless counted.
    const remaining = count ?? (every === undefined ? 1 : undefined);
    return {
        type: type,
        ...(operation === undefined ? {} : { operation: operation }),
        ...(region === undefined ? {} : { region: region }),
        ...(type === 'latency' ? { latencyMs: latencyMs } : {}),
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds: retryAfterSeconds }),
        ...(every === undefined ? {} : { every: every, seen: 0 }),
        ...(remaining === undefined ? {} : { remaining: remaining }),
    };
}
/**
 * Injected failures. Rules are tried in the order they were added; a rule matches a call of its
 * phase and operation, and takes it unless its cadence (`every`) lets this one pass, in which case
 * the next rules are tried. A rule with `remaining` calls left is removed once they are taken.
 */
class FaultInjector {
    rules = [];
    nextId = 1;
    /** Validates a control-API request body; returns an error message or the rule added. */
    add(spec) {
        const parsed = parseSpec(spec);
        if (typeof parsed === 'string')
            return parsed;
        const rule = { id: this.nextId++, ...parsed };
        this.rules.push(rule);
        return { ...rule };
    }
    /** The rule of this phase that takes the call, if any, as it was when it took it. */
    take(operation, phase = 'transport', region) {
        for (const rule of this.rules) {
            if (faultPhase(rule.type) !== phase)
                continue;
            if (rule.operation !== undefined && rule.operation !== operation)
                continue;
            if (rule.region !== undefined && rule.region !== region)
                continue;
            if (rule.every !== undefined) {
                rule.seen = (rule.seen ?? 0) + 1;
                if (rule.seen % rule.every !== 0)
                    continue;
            }
            if (rule.remaining !== undefined) {
                rule.remaining--;
                if (rule.remaining === 0)
                    this.rules = this.rules.filter((r) => r !== rule);
            }
            return { ...rule };
        }
        return undefined;
    }
    list() {
        return this.rules.map((rule) => ({ ...rule }));
    }
    clear() {
        this.rules = [];
    }
}
/**
 * Acts out a transport fault the same way for every protocol: throws the protocol's error, waits,
 * or drops the connection. Resolves `'dropped'` when the connection is gone and nothing more may
 * be sent.
 */
async function actOutTransportFault(fault, errors, requestId, drop) {
    switch (fault.type) {
        case 'throttle':
            throw errors.throttle(fault, requestId);
        case 'server-error':
            throw errors.serverError();
        case 'unavailable':
            throw errors.unavailable();
        case 'drop':
            drop();
            return 'dropped';
        case 'latency':
            await (0,promises_namespaceObject.setTimeout)(fault.latencyMs ?? 0);
            return undefined;
        case 'access-denied':
        case 'lose-answer':
            // An authorization or answer fault, never taken in the transport phase.
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/github/api-base.ts

/** A Host header is the client's to choose; only a plain host[:port] goes into URLs. */
const PLAIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;
/**
 * The stand-in's API base as the client reached it (`http://127.0.0.1:4566/_github`), for the URLs
 * in answers, as GitHub builds them from its own host name; `fallbackHost` when the Host header is
 * missing or not a plain host.
 */
function apiBaseOf(request, fallbackHost) {
    const scheme = request.socket.encrypted ? 'https' : 'http';
    const host = request.headers.host;
    return `${scheme}://${host !== undefined && PLAIN_HOST.test(host) ? host : fallbackHost}${GITHUB_PREFIX}`;
}

;// CONCATENATED MODULE: ./src/github/commit-view.ts

/** The web UI that `html_url`s point to; the stand-in serves only the REST API. */
const SERVER_URL = 'https://github.com';
/**
 * A commit in the shape of GitHub's REST schema `commit` (Get a commit), with the URLs of the API
 * base the client used. The tree is not stored: its SHA is derived from the commit's, so it is
 * stable. No files or stats are kept, so `files` is empty and `stats` zero.
 */
function commitView(commit, repository, apiBase) {
    const repo = `${apiBase}/repos/${repository}`;
    const tree = (0,external_node_crypto_.createHash)('sha1').update(`tree ${commit.sha}`).digest('hex');
    return {
        sha: commit.sha,
        node_id: `C_kwDO${Buffer.from(`commit:${repository}:${commit.sha}`).toString('base64url')}`,
        commit: {
            author: gitActor(commit.author),
            committer: gitActor(commit.committer),
            message: commit.message,
            tree: { sha: tree, url: `${repo}/git/trees/${tree}` },
            url: `${repo}/git/commits/${commit.sha}`,
            comment_count: 0,
            verification: {
                verified: false,
                reason: 'unsigned',
                signature: null,
                payload: null,
                verified_at: null,
            },
        },
        url: `${repo}/commits/${commit.sha}`,
        html_url: `${SERVER_URL}/${repository}/commit/${commit.sha}`,
        comments_url: `${repo}/commits/${commit.sha}/comments`,
        author: user(commit.author.login, apiBase),
        committer: user(commit.committer.login, apiBase),
        parents: commit.parents.map((sha) => ({
            sha,
            url: `${repo}/commits/${sha}`,
            html_url: `${SERVER_URL}/${repository}/commit/${sha}`,
        })),
        stats: { total: 0, additions: 0, deletions: 0 },
        files: [],
    };
}
function gitActor(actor) {
    return { name: actor.name, email: actor.email, date: actor.date };
}
/** The GitHub account GitHub matched to a commit's e-mail address; null when it matched none. */
function user(login, apiBase) {
    if (login === null)
        return null;
    const id = Number.parseInt((0,external_node_crypto_.createHash)('sha1').update(login).digest('hex').slice(0, 7), 16);
    return {
        login,
        id,
        node_id: `U_kgDO${Buffer.from(`user:${id}`).toString('base64url')}`,
        avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
        url: `${apiBase}/users/${login}`,
        html_url: `${SERVER_URL}/${login}`,
        type: 'User',
        site_admin: false,
    };
}

;// CONCATENATED MODULE: ./src/github/responses.ts

const REST_DOCS = 'https://docs.github.com/rest';
/** The documentation_url GitHub puts in an operation's errors. */
const OPERATION_DOCS = {
    'github:GetCommit': 'https://docs.github.com/rest/commits/commits#get-a-commit',
};
const SECONDARY_RATE_LIMIT_DOCS = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
/** An error as GitHub's REST API answers it: `{message, documentation_url, status}`. */
class GitHubError extends Error {
    kind;
    status;
    documentationUrl;
    headers;
    constructor(
    /** How the request log names the error (GitHub's answers carry no error code). */
    kind, status, message, documentationUrl = REST_DOCS, headers = {}) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.documentationUrl = documentationUrl;
        this.headers = headers;
    }
    toBody() {
        return {
            message: this.message,
            documentation_url: this.documentationUrl,
            status: String(this.status),
        };
    }
}
const requiresAuthentication = () => new GitHubError('RequiresAuthentication', 401, 'Requires authentication');
const badCredentials = () => new GitHubError('BadCredentials', 401, 'Bad credentials');
const responses_notFound = (documentationUrl = REST_DOCS) => new GitHubError('NotFound', 404, 'Not Found', documentationUrl);
/**
 * Get a commit's answer for a ref that names no commit of the repository (404), or that is not a
 * ref at all (422): GitHub words both the same way.
 */
const noCommitFound = (ref, status, documentationUrl) => new GitHubError(status === 404 ? 'NotFound' : 'UnprocessableEntity', status, `No commit found for SHA: ${ref}`, documentationUrl);
/** What a GITHUB_TOKEN without the permission the operation needs gets. */
const notAccessibleByIntegration = (documentationUrl) => new GitHubError('ResourceNotAccessibleByIntegration', 403, 'Resource not accessible by integration', documentationUrl);
/**
 * GitHub's secondary rate limit: 403 with `retry-after` and the message clients (Octokit's
 * throttling plugin) recognise by "secondary rate limit".
 */
const secondaryRateLimit = (requestId, retryAfterSeconds) => new GitHubError('SecondaryRateLimit', 403, `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`, SECONDARY_RATE_LIMIT_DOCS, { 'retry-after': String(retryAfterSeconds) });
const serverError = () => new GitHubError('ServerError', 500, 'Server Error');
const responses_serviceUnavailable = () => new GitHubError('ServiceUnavailable', 503, 'Service Unavailable');
/** GitHub's request IDs look like `E1B2:940C:20ACF21:21E3338:652AAB04`. */
function newRequestId() {
    const hex = (0,external_node_crypto_.randomBytes)(14).toString('hex').toUpperCase();
    return [
        hex.slice(0, 4),
        hex.slice(4, 8),
        hex.slice(8, 15),
        hex.slice(15, 22),
        hex.slice(22, 28),
    ].join(':');
}
function sendGitHubJson(response, status, body, requestId, headers = {}) {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': requestId,
        ...headers,
    });
    response.end(text);
}

;// CONCATENATED MODULE: ./src/github/handler.ts




const ROUTES = [
    [/^\/repos\/([^/]+)\/([^/]+)\/commits\/(.+)$/, 'github:GetCommit'],
];
function handler_findRoute(method, url) {
    if (method !== 'GET')
        return undefined;
    const path = url.pathname.slice(GITHUB_PREFIX.length);
    for (const [pattern, operation] of ROUTES) {
        const match = pattern.exec(path);
        if (!match)
            continue;
        try {
            return { operation, params: match.slice(1).map((part) => decodeURIComponent(part)) };
        }
        catch {
            // A malformed %-escape names nothing GitHub has.
            return undefined;
        }
    }
    return undefined;
}
/**
 * The GitHub stand-in's REST API on the request pipeline: a path per operation, a token in
 * `Authorization`, errors as `{message, documentation_url, status}`. Every call is recorded under
 * its operation's name; the token never is.
 */
function gitHubAdapter(context) {
    return {
        newRequestId: newRequestId,
        operationOf: (request, url) => handler_findRoute(request.method ?? 'GET', url)?.operation,
        parse({ request, url, body, keepBody }) {
            if (body.length > 0)
                keepBody(body.toString('utf8'));
            const route = handler_findRoute(request.method ?? 'GET', url);
            if (!route)
                throw responses_notFound();
            return route;
        },
        admit({ request }, route) {
            handler_authenticate(request.headers, context.token);
            return route;
        },
        run({ request, response, requestId }, route) {
            const docs = OPERATION_DOCS[route.operation];
            const [owner, repo, ref] = route.params;
            if (!isRefName(ref))
                throw noCommitFound(ref, 422, docs);
            const commit = context.commits.find(`${owner}/${repo}`, ref);
            if (!commit)
                throw noCommitFound(ref, 404, docs);
            const apiBase = apiBaseOf(request, context.listenHost());
            sendGitHubJson(response, 200, commitView(commit, `${owner}/${repo}`, apiBase), requestId);
            return 200;
        },
        errors: {
            throttle: (rule, requestId) => secondaryRateLimit(requestId, rule.retryAfterSeconds ?? 1),
            serverError: serverError,
            unavailable: responses_serviceUnavailable,
            // What the token may do is decided after who it is, as for IAM.
            accessDenied: (route) => notAccessibleByIntegration(OPERATION_DOCS[route.operation]),
            known: (caught) => (caught instanceof GitHubError ? caught : undefined),
            bodyTooLarge: (message) => new GitHubError('BodyTooLarge', 413, message),
            internal: serverError,
            send(response, requestId, error) {
                sendGitHubJson(response, error.status, error.toBody(), requestId, error.headers);
                return { status: error.status, errorType: error.kind };
            },
        },
    };
}
/**
 * GitHub takes `Authorization: Bearer <token>` or `token <token>`. Without the header a private
 * repository's commits are not found; this stand-in always requires one, and with `--github-token`
 * that very token.
 */
function handler_authenticate(headers, required) {
    const header = headers.authorization;
    if (header === undefined || header.trim() === '')
        throw requiresAuthentication();
    const token = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header)?.[1];
    if (token === undefined || (required !== undefined && token !== required))
        throw badCredentials();
}
/**
 * Whether `ref` could name something in a repository: git's rules for ref names (check-ref-format).
 * What breaks them GitHub answers 422; a well-formed ref that names no commit, 404.
 */
function isRefName(ref) {
    return (ref.length > 0 &&
        ref !== '@' &&
        // Control characters and space (code points up to 32, and DEL) are never in a ref.
        [...ref].every((char) => char.charCodeAt(0) > 32 && char !== '\u007f') &&
        !/[~^:?*[\\]|\.\.|@\{/.test(ref) &&
        ref
            .split('/')
            .every((part) => part.length > 0 && !part.startsWith('.') && !part.endsWith('.lock')) &&
        !ref.endsWith('.'));
}

;// CONCATENATED MODULE: ./src/github/commit-store.ts
/** The shortest SHA prefix GitHub resolves, as git's default abbreviation. */
const MIN_SHA_PREFIX = 7;
/**
 * The commits the GitHub stand-in serves, per repository (owner and repository names are
 * case-insensitive on GitHub). Storing a commit again under its SHA replaces it.
 */
class GitHubCommitStore {
    repositories = new Map();
    add(set) {
        const key = set.repository.toLowerCase();
        let entry = this.repositories.get(key);
        if (!entry) {
            entry = { repository: set.repository, commits: new Map() };
            this.repositories.set(key, entry);
        }
        for (const commit of set.commits)
            entry.commits.set(commit.sha, commit);
    }
    /**
     * The commit a full SHA or a prefix of at least MIN_SHA_PREFIX hex digits names; undefined when
     * none does, or when the prefix is ambiguous (git would not pick one either).
     */
    find(repository, ref) {
        const commits = this.repositories.get(repository.toLowerCase())?.commits;
        const sha = ref.toLowerCase();
        if (!commits || !/^[0-9a-f]+$/.test(sha) || sha.length < MIN_SHA_PREFIX)
            return undefined;
        const exact = commits.get(sha);
        if (exact)
            return exact;
        const matches = [...commits.keys()].filter((candidate) => candidate.startsWith(sha));
        return matches.length === 1 ? commits.get(matches[0]) : undefined;
    }
    /** Every repository's commits, in the format POST takes (and a state file keeps). */
    snapshot() {
        return [...this.repositories.values()].map(({ repository, commits }) => ({
            repository,
            commits: [...commits.values()],
        }));
    }
    load(sets) {
        this.clear();
        for (const set of sets)
            this.add(set);
    }
    clear() {
        this.repositories.clear();
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: ./src/snapshot-check.ts



/** A state file that cannot be loaded; the message names every problem found, by its place. */
class SnapshotError extends Error {
}
const RESPONSE_PLAN_ARN = /^arn:aws(-cn|-us-gov)?:ssm-incidents::\d{12}:response-plan\/[\w-]+$/;
const INCIDENT_RECORD_ARN = /^arn:aws(-cn|-us-gov)?:ssm-incidents::\d{12}:incident-record\/[\w-]+\/[\w-]+$/;
/** Enough to see what is wrong without flooding a terminal with one line per incident. */
const PROBLEMS_SHOWN = 10;
/**
 * Checks a state file's document completely before any of it is loaded, so a corrupt or
 * hand-edited file is refused with its problems named instead of leaving half a state. Records are
 * checked against the model's own output shapes (IncidentRecord, RelatedItem, EventReference),
 * plans against CreateResponsePlan's input; what the model does not say (event IDs unique within
 * an incident, an event's incident being the one it is stored under) is checked here.
 */
function checkSnapshot(document) {
    const problems = [];
    const problem = (message) => problems.push(message);
    if (!isPlainObject(document)) {
        throw new SnapshotError('the document must be a JSON object (a state file this emulator wrote)');
    }
    if (document.version !== 1)
        problem(`version must be 1, the format this emulator writes (found ${show(document.version)})`);
    if (typeof document.accountId !== 'string' || !/^\d{12}$/.test(document.accountId))
        problem(`accountId must be 12 digits (found ${show(document.accountId)})`);
    for (const [name, check] of [
        ['responsePlans', checkResponsePlan],
        ['incidents', checkIncident],
        ['idempotency', checkIdempotencyRecord],
    ]) {
        const list = document[name];
        if (!Array.isArray(list)) {
            problem(`${name} must be a list (found ${show(list)})`);
            continue;
        }
        const seen = new Set();
        list.forEach((item, index) => check(item, `${name}[${index}]`, problem, seen));
    }
    if (document.githubCommits !== undefined) {
        const commits = parseRepositoryCommitsList(document.githubCommits, 'githubCommits');
        if (typeof commits === 'string')
            problem(commits);
    }
    if (problems.length > 0) {
        const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ');
        const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
        const noun = problems.length === 1 ? 'problem' : 'problems';
        throw new SnapshotError(`${problems.length} ${noun}: ${shown}${more}`);
    }
    return document;
}
function checkResponsePlan(plan, where, problem, seen) {
    if (!isPlainObject(plan))
        return problem(`${where} must be an object`);
    const { arn, resourcePolicies, ...definition } = plan;
    if (resourcePolicies !== undefined) {
        if (!Array.isArray(resourcePolicies))
            problem(`${where}.resourcePolicies must be a list`);
        else
            resourcePolicies.forEach((policy, index) => shapeProblems('ResourcePolicy', policy, `${where}.resourcePolicies[${index}]`, problem));
    }
    if (typeof arn !== 'string' || !RESPONSE_PLAN_ARN.test(arn))
        problem(`${where}.arn must be a response plan ARN (found ${show(arn)})`);
    else if (seen.has(arn))
        problem(`${where}.arn ${arn} appears twice`);
    else
        seen.add(arn);
    shapeProblems('CreateResponsePlanInput', definition, where, problem);
}
function checkIncident(incident, where, problem, seen) {
    if (!isPlainObject(incident))
        return problem(`${where} must be an object`);
    const { timelineEvents, relatedItems, tags, findings, ...record } = incident;
    if (tags !== undefined)
        shapeProblems('TagMap', tags, `${where}.tags`, problem);
    if (findings !== undefined) {
        if (!Array.isArray(findings))
            problem(`${where}.findings must be a list`);
        else {
            const findingIds = new Set();
            findings.forEach((finding, index) => {
                const at = `${where}.findings[${index}]`;
                shapeProblems('Finding', finding, at, problem);
                const id = isPlainObject(finding) ? finding.id : undefined;
                if (findingIds.has(id))
                    problem(`${at}.id ${String(id)} appears twice`);
                findingIds.add(id);
            });
        }
    }
    const arn = record.arn;
    if (typeof arn !== 'string' || !INCIDENT_RECORD_ARN.test(arn))
        problem(`${where}.arn must be an incident record ARN (found ${show(arn)})`);
    else if (seen.has(arn))
        problem(`${where}.arn ${arn} appears twice`);
    else
        seen.add(arn);
    shapeProblems('IncidentRecord', record, where, problem);
    if (!Array.isArray(relatedItems))
        problem(`${where}.relatedItems must be a list`);
    else
        relatedItems.forEach((item, index) => {
            const at = `${where}.relatedItems[${index}]`;
            if (isPlainObject(item) && typeof item.generatedId !== 'string')
                problem(`${at}.generatedId must be a related item ID`);
            shapeProblems('RelatedItem', item, at, problem);
        });
    if (!Array.isArray(timelineEvents))
        return problem(`${where}.timelineEvents must be a list`);
    const eventIds = new Set();
    timelineEvents.forEach((event, index) => {
        const at = `${where}.timelineEvents[${index}]`;
        if (!isPlainObject(event))
            return problem(`${at} must be an object`);
        const { eventId, incidentRecordArn, eventTime, eventUpdatedTime, eventType, eventData } = event;
        if (typeof eventId !== 'string' || eventId.length === 0 || eventId.length > 50)
            problem(`${at}.eventId must be a string of 1 to 50 characters`);
        else if (eventIds.has(eventId))
            problem(`${at}.eventId ${eventId} appears twice`);
        else
            eventIds.add(eventId);
        if (incidentRecordArn !== arn)
            problem(`${at}.incidentRecordArn must be the ARN of the incident it is stored under`);
        for (const [name, value] of [
            ['eventTime', eventTime],
            ['eventUpdatedTime', eventUpdatedTime],
        ]) {
            if (typeof value !== 'number' || !Number.isFinite(value))
                problem(`${at}.${name} must be a number (epoch seconds)`);
        }
        if (typeof eventType !== 'string' || eventType.length === 0)
            problem(`${at}.eventType must be a non-empty string`);
        // Not the model's 12,000-character limit: the service's own events may be longer.
        if (typeof eventData !== 'string')
            problem(`${at}.eventData must be a string`);
        const references = event.eventReferences;
        if (references !== undefined && !Array.isArray(references))
            problem(`${at}.eventReferences must be a list`);
        else
            references?.forEach((reference, i) => shapeProblems('EventReference', reference, `${at}.eventReferences[${i}]`, problem));
    });
}
function checkIdempotencyRecord(record, where, problem, seen) {
    if (!isPlainObject(record))
        return problem(`${where} must be an object`);
    const { operation, clientToken } = record;
    if (typeof operation !== 'string' || !operationNames.includes(operation))
        problem(`${where}.operation must name an Incident Manager operation (found ${show(operation)})`);
    for (const name of ['clientToken', 'fingerprint', 'resourceType', 'resourceIdentifier']) {
        if (typeof record[name] !== 'string')
            problem(`${where}.${name} must be a string`);
    }
    if (!Object.hasOwn(record, 'response'))
        problem(`${where}.response must be present (the first answer, or null)`);
    if (record.region !== undefined && typeof record.region !== 'string')
        problem(`${where}.region must be a string`);
    const key = `${String(operation)} ${String(clientToken)} ${String(record.region ?? '')}`;
    if (seen.has(key))
        problem(`${where}: the clientToken of ${String(operation)} appears twice`);
    seen.add(key);
}
function shapeProblems(shape, value, where, problem) {
    const problems = validateShape(shape, value);
    if (problems.length > 0)
        problem(`${where}: ${formatProblems(problems)}`);
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

;// CONCATENATED MODULE: ./src/persistence.ts




/**
 * The state a `--state` file holds, or undefined when there is no file yet. A file that cannot be
 * read, is not JSON, or is not a snapshot of this format is an error naming the file and what is
 * wrong; nothing of it is loaded.
 */
function readStateFile(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new Error(`${path}: the state file cannot be read: ${error.message}`, {
            cause: error,
        });
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${path}: the state file is not valid JSON: ${error.message}`, {
            cause: error,
        });
    }
    try {
        return checkSnapshot(document);
    }
    catch (error) {
        if (!(error instanceof SnapshotError))
            throw error;
        throw new Error(`${path}: not a state file this emulator can load: ${error.message}`, {
            cause: error,
        });
    }
}
/**
 * Removes the temporary files (`<state file>.<pid>.tmp`) that writers killed mid-write left
 * behind (kill -9, a crash), except those of a process still running. Returns the names removed.
 */
function removeStaleTemporaryFiles(path) {
    const directory = (0,external_node_path_.dirname)(path);
    const prefix = `${(0,external_node_path_.basename)(path)}.`;
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const pid = /^(\d+)\.tmp$/.exec(name.slice(prefix.length))?.[1];
        if (pid === undefined || isRunning(Number(pid)))
            continue;
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(directory, name), { force: true });
        removed.push(name);
    }
    return removed;
}
function isRunning(pid) {
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it runs, as another user.
        return error.code === 'EPERM';
    }
}
/**
 * Writes the state file atomically (temporary file, then rename) so a crash never leaves half a
 * file. Saves requested while a write runs are merged into one follow-up write: a burst of requests
 * costs two writes, and every caller's change is on disk when its promise resolves.
 */
class StatePersister {
    path;
    snapshot;
    running;
    queued;
    constructor(path, snapshot) {
        this.path = path;
        this.snapshot = snapshot;
    }
    save() {
        if (this.queued)
            return this.queued;
        const previous = this.running ?? Promise.resolve();
        const next = previous
            .catch(() => undefined)
            .then(() => {
            this.queued = undefined;
            this.running = next;
            return this.write();
        })
            .finally(() => {
            if (this.running === next)
                this.running = undefined;
        });
        this.queued = next;
        return next;
    }
    async write() {
        const temporary = `${this.path}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(temporary, JSON.stringify(this.snapshot()));
        await (0,promises_.rename)(temporary, this.path);
    }
}

;// CONCATENATED MODULE: ./src/request-log.ts
/** Beyond this many entries the oldest are dropped, so a long load run cannot exhaust memory. */
const MAX_RECORDED_REQUESTS = 10_000;
/** Of each body at most this many bytes are kept; the rest is summed up in `bodyBytes`. */
const MAX_KEPT_BODY_BYTES = 64 * 1024;
/**
 * All entries together, measured as the JSON `GET /_emulator/requests` sends: beyond it the oldest
 * are dropped. 10,000 ordinary calls take about 12 MiB.
 */
const REQUEST_LOG_BUDGET_BYTES = 32 * 1024 * 1024;
const DEFAULT_REQUEST_LOG_LIMITS = {
    maxEntries: MAX_RECORDED_REQUESTS,
    budgetBytes: REQUEST_LOG_BUDGET_BYTES,
    maxBodyBytes: MAX_KEPT_BODY_BYTES,
};
class RequestLog {
    kept = [];
    byEntry = new Map();
    totalBytes = 0;
    dropped = 0;
    limits;
    constructor(limits = {}) {
        this.limits = { ...DEFAULT_REQUEST_LOG_LIMITS, ...limits };
    }
    record(entry) {
        const kept = { entry, bytes: 0 };
        this.kept.push(kept);
        this.byEntry.set(entry, kept);
        this.measure(entry);
        return entry;
    }
    /**
     * Stores what arrived as the entry's body: the value itself when its JSON (or text) fits in
     * `maxBodyBytes`, else that many bytes of the text, marked with `bodyTruncated` and the size of
     * the whole request body in `bodyBytes`.
     */
    keepBody(entry, body, receivedBytes) {
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        if (Buffer.byteLength(text) <= this.limits.maxBodyBytes) {
            entry.body = body;
        }
        else {
            entry.body = truncateUtf8(text, this.limits.maxBodyBytes);
            entry.bodyTruncated = true;
            entry.bodyBytes = receivedBytes;
        }
        this.measure(entry);
    }
    /** Accounts for the members set since the entry was last measured (status, caller, ...). */
    measure(entry) {
        const kept = this.byEntry.get(entry);
        if (!kept)
            return;
        const bytes = Buffer.byteLength(JSON.stringify(entry)) + 1;
        this.totalBytes += bytes - kept.bytes;
        kept.bytes = bytes;
        this.trim();
    }
    list(operation) {
        const entries = this.kept.map((kept) => kept.entry);
        return operation ? entries.filter((entry) => entry.operation === operation) : entries;
    }
    usage() {
        return {
            ...this.limits,
            entries: this.kept.length,
            bytes: this.listBytes(this.totalBytes, this.kept.length),
            dropped: this.dropped,
        };
    }
    clear() {
        this.kept = [];
        this.byEntry.clear();
        this.totalBytes = 0;
        this.dropped = 0;
    }
    /** Each entry is counted with one separator; the list adds its brackets and loses one comma. */
    listBytes(entryBytes, entries) {
        return entries === 0 ? 2 : entryBytes + 1;
    }
    /** Drops the oldest entries over either limit; the newest always stays, whatever its size. */
    trim() {
        let drop = 0;
        let bytes = this.totalBytes;
        while (drop < this.kept.length - 1 &&
            (this.kept.length - drop > this.limits.maxEntries ||
                this.listBytes(bytes, this.kept.length - drop) > this.limits.budgetBytes)) {
            bytes -= this.kept[drop].bytes;
            drop++;
        }
        if (drop === 0)
            return;
        for (const { entry } of this.kept.splice(0, drop))
            this.byEntry.delete(entry);
        this.totalBytes = bytes;
        this.dropped += drop;
    }
}
/** The first `maxBytes` bytes of UTF-8 text, never ending inside a character. */
function truncateUtf8(text, maxBytes) {
    const bytes = Buffer.from(text, 'utf8').subarray(0, maxBytes);
    // Streaming mode holds back an incomplete final sequence instead of emitting U+FFFD.
    return new TextDecoder('utf-8').decode(bytes, { stream: true });
}
/**
 * Lower-cased headers with the credentials taken out. The credential scope and signed header
 * names stay, because tests assert on the region and on what was signed.
 */
function redactHeaders(headers) {
    const out = {};
    for (const [name, raw] of Object.entries(headers)) {
        if (raw === undefined)
            continue;
        const value = Array.isArray(raw) ? raw.join(', ') : raw;
        if (name === 'authorization')
            out[name] = redactAuthorization(value);
        else if (name === 'x-amz-security-token')
            out[name] = '<redacted>';
        else
            out[name] = value;
    }
    return out;
}
/**
 * A SigV4 header keeps its scope and signed header names; any other credential (GitHub's
 * `token …` or `Bearer …`) only its scheme.
 */
function redactAuthorization(value) {
    const scheme = /^\s*(Bearer|token|Basic)\s/i.exec(value)?.[1];
    if (scheme)
        return `${scheme} <redacted>`;
    const scope = /Credential=[^/,\s]+\/([^,\s]+)/.exec(value)?.[1];
    const signed = /SignedHeaders=([^,\s]+)/.exec(value)?.[1];
    if (!scope || !signed)
        return '<redacted>';
    return `AWS4-HMAC-SHA256 Credential=<redacted>/${scope}, SignedHeaders=${signed}, Signature=<redacted>`;
}

;// CONCATENATED MODULE: ./src/settings.ts

/**
 * What a ConflictException for a reused clientToken names, which AWS does not document:
 * - `event`: the resource the first call wrote (the event ID for CreateTimelineEvent, the
 *   incident ARN for StartIncident...), with its resourceType;
 * - `token`: the client token itself as resourceIdentifier, with the resourceType of the
 *   operation's resource;
 * - `none`: neither resourceIdentifier nor resourceType.
 */
const CONFLICT_IDENTIFIERS = ['event', 'token', 'none'];
const UNKNOWN_INCIDENT_ANSWERS = ['not-found', 'empty', 'validation'];
const OUTSIDE_REGION_ANSWERS = ['not-found', 'access-denied', 'serve'];
const CLIENT_TOKEN_SCOPES = ['region', 'global'];
/** `none` invents least: a caller must recover without being told what the first call wrote. */
const DEFAULT_SETTINGS = {
    conflictIdentifier: 'none',
    replicationLagMs: 0,
    clientTokenScope: 'region',
    outsideRegion: 'not-found',
    unknownIncident: 'not-found',
};
function isConflictIdentifier(value) {
    return CONFLICT_IDENTIFIERS.includes(value);
}
const SETTING_CHECKS = {
    conflictIdentifier: (value) => isConflictIdentifier(value)
        ? undefined
        : `conflictIdentifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`,
    replicationLagMs: (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : 'replicationLagMs must be a non-negative number of milliseconds',
    outsideRegion: (value) => OUTSIDE_REGION_ANSWERS.includes(value)
        ? undefined
        : `outsideRegion must be one of ${OUTSIDE_REGION_ANSWERS.join(', ')}`,
    unknownIncident: (value) => UNKNOWN_INCIDENT_ANSWERS.includes(value)
        ? undefined
        : `unknownIncident must be one of ${UNKNOWN_INCIDENT_ANSWERS.join(', ')}`,
    clientTokenScope: (value) => CLIENT_TOKEN_SCOPES.includes(value)
        ? undefined
        : `clientTokenScope must be one of ${CLIENT_TOKEN_SCOPES.join(', ')}`,
};
class Settings {
    atStart;
    current;
    constructor(atStart) {
        this.atStart = atStart;
        this.current = { ...atStart };
    }
    get() {
        return { ...this.current };
    }
    /** Applies the members given (all or none of them); returns every setting, or what is wrong. */
    update(patch) {
        if (!isPlainObject(patch))
            return 'The body must be a JSON object of settings';
        const problems = [];
        for (const [name, value] of Object.entries(patch)) {
            if (!Object.hasOwn(SETTING_CHECKS, name)) {
                problems.push(`unknown setting ${name}; the settings are ${Object.keys(SETTING_CHECKS).join(', ')}`);
                continue;
            }
            const problem = SETTING_CHECKS[name](value);
            if (problem)
                problems.push(problem);
        }
        if (problems.length > 0)
            return problems.join('; ');
        this.current = { ...this.current, ...patch };
        return this.get();
    }
    reset() {
        this.current = { ...this.atStart };
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./src/server.ts


/**
 * An HTTP(S) server that no request can stop. A handler's synchronous throw or rejection becomes
 * a 500 (or a closed connection when the answer had begun), and what Node's parser refuses before
 * any handler runs (a bad request line, bad or oversized headers, garbage bytes) gets the status a
 * front end would give, instead of Node's default of silently destroying the socket.
 */
function createSafeServer(handle, report, tls) {
    const listener = (request, response) => {
        // A client that goes away mid-answer makes writes fail; there is no one left to tell.
        response.on('error', () => undefined);
        request.on('error', () => undefined);
        let handling;
        try {
            handling = handle(request, response);
        }
        catch (error) {
            handling = Promise.reject(error);
        }
        handling.catch((error) => {
            report(error);
            try {
                if (!response.headersSent)
                    response.writeHead(500).end();
                else
                    response.destroy();
            }
            catch {
                response.destroy();
            }
        });
    };
    const server = tls
        ? (0,external_node_https_namespaceObject.createServer)({ cert: tls.cert, key: tls.key }, listener)
        : (0,external_node_http_.createServer)(listener);
    server.on('clientError', answerClientError);
    return server;
}
/** Node's parser codes for what a front end answers with a status rather than a reset. */
function statusForClientError(code) {
    if (code === 'HPE_HEADER_OVERFLOW')
        return 431;
    if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
        return 408;
    return 400;
}
function answerClientError(error, socket) {
    if (error.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
    }
    const status = statusForClientError(error.code);
    socket.end(`HTTP/1.1 ${status} ${external_node_http_.STATUS_CODES[status] ?? ''}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
}
/**
 * The URL of a request, or undefined when its target is not one (`GET //[`): WHATWG URL parsing
 * throws on such targets, and a throw here would otherwise escape every handler.
 */
function parseRequestTarget(target) {
    try {
        return new URL(target ?? '/', 'http://emulator');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/tls-files.ts


/** Reads the PEM files up front, so a wrong path or a bad file stops the start with its name. */
function readTlsFiles(cert, key) {
    if (cert === undefined && key === undefined)
        return undefined;
    if (cert === undefined || key === undefined)
        throw new Error('Give both a TLS certificate and its key (--tls-cert and --tls-key), or neither');
    const read = (path, what) => {
        try {
            return (0,external_node_fs_.readFileSync)(path);
        }
        catch (error) {
            throw new Error(`${path}: the TLS ${what} cannot be read: ${error.message}`, {
                cause: error,
            });
        }
    };
    const material = { cert: read(cert, 'certificate'), key: read(key, 'key') };
    try {
        // Parses both and checks that they belong together, before any request could fail on them.
        (0,external_node_tls_namespaceObject.createSecureContext)(material);
    }
    catch (error) {
        throw new Error(`${cert}, ${key}: not a usable TLS certificate and key: ${error.message}`, {
            cause: error,
        });
    }
    return material;
}

;// CONCATENATED MODULE: ./src/sts/xml.ts
const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
/** Text content only: quotes stay as they are, as in STS's own answers. */
function escapeXml(text) {
    return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
}
/** STS writes timestamps as ISO 8601 in UTC, to the second. */
function xml_text(value) {
    return value instanceof Date ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : String(value);
}
function xml_elements(element, indent) {
    return Object.entries(element)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => typeof value === 'object' && !(value instanceof Date)
        ? `${indent}<${name}>\n${xml_elements(value, `${indent}  `)}${indent}</${name}>\n`
        : `${indent}<${name}>${escapeXml(xml_text(value))}</${name}>\n`)
        .join('');
}
/** `<XResponse><XResult>…</XResult><ResponseMetadata><RequestId>…`, as STS answers a success. */
function successXml(operation, result, requestId) {
    return `<${operation}Response xmlns="${STS_NAMESPACE}">\n${xml_elements({ [`${operation}Result`]: result, ResponseMetadata: { RequestId: requestId } }, '  ')}</${operation}Response>\n`;
}
/** The query protocol's error document; the SDKs read Code and Message from it. */
function errorXml(error, requestId) {
    return `<ErrorResponse xmlns="${STS_NAMESPACE}">\n${xml_elements({ Error: { Type: error.type, Code: error.code, Message: error.message }, RequestId: requestId }, '  ')}</ErrorResponse>\n`;
}

;// CONCATENATED MODULE: ./src/sts/handler.ts







/** Members that are secrets: the log shows that they were sent, not what they were. */
const SECRET_PARAMS = new Set(['WebIdentityToken', 'TokenCode']);
/** The awsQuery path: every STS call is `POST /` (or `GET /?…`) with `Action=` naming it. */
const STS_PATH = '/';
/**
 * STS's protocol (awsQuery) on the request pipeline: the operation is the `Action` parameter of
 * the query or form body, answers and errors are XML. AssumeRoleWithWebIdentity is unsigned (the
 * token is the proof); AssumeRole is SigV4 for `sts`.
 */
function stsAdapter(context) {
    return {
        newRequestId: external_node_crypto_.randomUUID,
        // Named by the body: recorded as Unknown until it is read.
        operationOf: () => undefined,
        parse({ url, body, keepBody }) {
            const params = readParams(url, body);
            keepBody(Object.fromEntries(Object.entries(params).map(([name, value]) => [
                name,
                SECRET_PARAMS.has(name) ? '<redacted>' : value,
            ])));
            const action = params.Action ?? '';
            if (!action)
                throw new StsError('MissingAction', 400, 'Missing Action');
            if (!isStsOperation(action))
                throw invalidAction(action);
            return { operation: action, params };
        },
        async admit({ request, url, entry, body }, { operation, params }) {
            let callerArn;
            if (operation === 'AssumeRole') {
                const caller = await authenticate({
                    method: request.method ?? 'POST',
                    path: url.pathname,
                    query: url.searchParams,
                    headers: request.headers,
                    body,
                }, context.auth).catch((error) => {
                    throw error instanceof ApiError ? fromAuthError(error) : error;
                });
                callerArn =
                    caller.session?.principalArn ?? principalArn(context.accountId(), caller.accessKeyId);
                // Role chaining: the session whose credentials signed this call.
                if (caller.session)
                    entry.caller = { arn: callerArn, accessKeyId: caller.session.accessKeyId };
            }
            if (operation === 'AssumeRoleWithWebIdentity') {
                const claims = loggedClaims(params.WebIdentityToken);
                if (claims)
                    entry.webIdentity = claims;
            }
            return { operation, callerArn, prepared: prepare(operation, params, context.settings) };
        },
        run({ response, requestId, entry }, { operation, prepared }) {
            const { session, result } = prepared.issue();
            entry.issued = {
                accessKeyId: session.accessKeyId,
                assumedRoleArn: session.principalArn,
                expiration: session.expiration.toISOString(),
            };
            send(response, 200, successXml(operation, result, requestId), requestId);
            return 200;
        },
        errors: {
            throttle: throttled,
            serverError: internalFailure,
            unavailable: errors_serviceUnavailable,
            accessDenied: ({ prepared, callerArn }) => errors_accessDenied(prepared.deniedMessage(callerArn)),
            known: (caught) => (caught instanceof StsError ? caught : undefined),
            bodyTooLarge: stsValidation,
            internal: internalFailure,
            send(response, requestId, error) {
                send(response, error.status, errorXml(error, requestId), requestId);
                return { status: error.status, errorType: error.code };
            },
        },
    };
}
/** Query and form body together, as STS accepts either; the body wins on a repeated name. */
function readParams(url, body) {
    const params = Object.fromEntries(url.searchParams);
    for (const [name, value] of new URLSearchParams(body.toString('utf8')))
        params[name] = value;
    return params;
}
function send(response, status, xml, requestId) {
    response.writeHead(status, {
        'content-type': 'text/xml',
        'content-length': String(Buffer.byteLength(xml)),
        'x-amzn-requestid': requestId,
    });
    response.end(xml);
}

;// CONCATENATED MODULE: ./src/tracking.ts

/**
 * Records a call as it arrives (so an in-flight call shows with status null) and finishes it once
 * answered; shared by the Incident Manager and STS front ends so their log entries agree.
 */
function trackRequest(log, request, url, operation, logLine) {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const entry = log.record({
        operation,
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: null,
        body: null,
        headers: redactHeaders(request.headers),
        receivedAt: new Date().toISOString(),
    });
    return {
        entry,
        finish(status, errorType) {
            entry.status = status;
            entry.durationMs = Math.round((performance.now() - started) * 1000) / 1000;
            if (errorType)
                entry.errorType = errorType;
            log.measure(entry);
            const fault = entry.fault ? ` fault=${entry.fault}` : '';
            logLine?.(`${method} ${url.pathname} ${entry.operation} ${status}${errorType ? ` ${errorType}` : ''}${fault} ${entry.durationMs.toFixed(1)}ms`);
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts




/**
 * The region a request is signed for: its credential scope, in the Authorization header or a
 * presigned query, when it names one. Read before authentication (faults and the log use it), so
 * a malformed signature gives none here and is refused by `authenticate`.
 */
function signedRegion(request, url) {
    const header = request.headers.authorization;
    let region;
    if (header) {
        try {
            region = parseAuthorization(header).region;
        }
        catch {
            return undefined;
        }
    }
    else {
        region = url.searchParams.get('X-Amz-Credential')?.split('/')[2];
    }
    return region && isRegionName(region) ? region : undefined;
}
/**
 * A call whose answer is lost: it runs (and writes), then the connection closes without the
 * answer, as when a network fails on the way back. The answer the adapter sends goes nowhere.
 */
function loseAnswer(request, response) {
    response.writeHead = (() => response);
    response.end = ((...args) => {
        request.socket.destroy();
        const callback = args.find((a) => typeof a === 'function');
        callback?.();
        return response;
    });
}
/** The pipeline with this adapter: what the dispatcher calls for the stand-in's paths. */
function pipelineFor(context, adapter) {
    return (request, response, url) => serve(context, adapter, request, response, url);
}
/**
 * One call to a stand-in, in the order AWS's (and GitHub's) front ends work: track it, read the
 * body, route, act out a transport fault, authenticate, act out IAM's injected denial, run, map
 * what was thrown to the protocol's error, finish the log entry. Every call is recorded.
 */
async function serve(context, adapter, request, response, url) {
    const requestId = adapter.newRequestId();
    const { entry, finish } = trackRequest(context.log, request, url, adapter.operationOf(request, url) ?? 'Unknown', context.logLine);
    try {
        const body = await readBody(request);
        const call = {
            request,
            response,
            url,
            requestId,
            entry,
            body,
            keepBody: (shown) => context.log.keepBody(entry, shown, body.length),
        };
        const parsed = adapter.parse(call);
        entry.operation = parsed.operation;
        const region = signedRegion(request, url);
        if (region) {
            entry.region = region;
            call.region = region;
        }
        const fault = context.faults.take(parsed.operation, 'transport', region);
        if (fault) {
            entry.fault = fault.type;
            const dropped = await actOutTransportFault(fault, adapter.errors, requestId, () => {
                finish(0, 'ConnectionDropped');
                request.socket.destroy();
            });
            if (dropped)
                return;
        }
        const admitted = await adapter.admit(call, parsed);
        if (context.faults.take(parsed.operation, 'authorization', region)) {
            entry.fault = 'access-denied';
            throw adapter.errors.accessDenied(admitted);
        }
        if (context.faults.take(parsed.operation, 'answer', region)) {
            entry.fault = 'lose-answer';
            loseAnswer(request, response);
            await adapter.run(call, admitted);
            finish(0, 'AnswerLost');
            return;
        }
        finish(await adapter.run(call, admitted));
    }
    catch (caught) {
        // The client went away mid-request: there is no one to answer.
        if (response.destroyed) {
            finish(0, 'ClientClosedRequest');
            return;
        }
        const { errors } = adapter;
        let error = errors.known(caught);
        if (error === undefined) {
            if (caught instanceof BodyTooLargeError)
                error = errors.bodyTooLarge(caught.message);
            else {
                console.error(caught);
                error = errors.internal();
            }
        }
        const { status, errorType } = errors.send(response, requestId, error);
        finish(status, errorType);
    }
}

;// CONCATENATED MODULE: ./src/sts/sessions.ts

/** Beyond this many live sessions the oldest are forgotten, so a long load run stays bounded. */
const MAX_SESSIONS = 10_000;
/** How every secret and session token the emulator issues begins. */
const SECRET_PREFIX = 'emuSecret';
const SESSION_TOKEN_PREFIX = 'IQoJb3JpZ2luX2VtdWxhdG9y';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Upper-case letters and digits 2-7, the alphabet of AWS key and role IDs. */
function base32(bytes, length) {
    let out = '';
    for (let i = 0; out.length < length; i++)
        out += BASE32[bytes[i % bytes.length] % 32];
    return out;
}
/**
 * The temporary credentials STS issued, in memory only: they are bearer secrets, so they are never
 * written to the state file, and a restart (or reset) makes every issued credential invalid, as an
 * expired session would be.
 */
class SessionStore {
    tokens = new Map();
    keys = new Map();
    issue(options) {
        const now = options.now ?? new Date();
        const { account, roleName } = parseRoleArn(options.roleArn);
        const roleId = `AROA${base32((0,external_node_crypto_.createHash)('sha256').update(options.roleArn).digest(), 17)}`;
        const session = {
            // ASIA marks temporary keys, as in AWS; tools (and our tests) rely on the prefix.
            accessKeyId: `ASIA${base32((0,external_node_crypto_.randomBytes)(16), 16)}`,
            // 40 characters like AWS's; the fixed starts let a leak check find them in any log.
            secretAccessKey: `${SECRET_PREFIX}${(0,external_node_crypto_.randomBytes)(24).toString('base64').slice(0, 31)}`,
            sessionToken: `${SESSION_TOKEN_PREFIX}${(0,external_node_crypto_.randomBytes)(180).toString('base64')}`,
            expiration: new Date(Math.floor(now.getTime() / 1000 + options.durationSeconds) * 1000),
            principalArn: `arn:aws:sts::${account}:assumed-role/${roleName}/${options.sessionName}`,
            roleArn: options.roleArn,
            sessionName: options.sessionName,
            assumedRoleId: `${roleId}:${options.sessionName}`,
        };
        this.tokens.set(session.sessionToken, session);
        this.keys.set(session.accessKeyId, session);
        if (this.tokens.size > MAX_SESSIONS)
            this.forget(this.tokens.values().next().value);
        return session;
    }
    byToken(sessionToken) {
        return this.tokens.get(sessionToken);
    }
    byAccessKeyId(accessKeyId) {
        return this.keys.get(accessKeyId);
    }
    clear() {
        this.tokens.clear();
        this.keys.clear();
    }
    forget(session) {
        this.tokens.delete(session.sessionToken);
        this.keys.delete(session.accessKeyId);
    }
}
/** `arn:aws:iam::<account>:role/<path/><name>`; the caller validated the form. */
function parseRoleArn(roleArn) {
    const [, , , , account = '', resource = ''] = roleArn.split(':');
    return { account, roleName: resource.slice(resource.lastIndexOf('/') + 1) };
}

;// CONCATENATED MODULE: ./src/index.ts
























const DEFAULT_ACCOUNT_ID = '123456789012';
const DEFAULT_REGION = 'us-east-1';
async function startEmulator(options = {}) {
    const host = options.host ?? '127.0.0.1';
    const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
    const region = options.region ?? DEFAULT_REGION;
    if (Boolean(options.accessKeyId) !== Boolean(options.secretAccessKey)) {
        throw new Error('Give both an access key ID and a secret access key, or neither');
    }
    const keys = options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined;
    const tls = readTlsFiles(options.tlsCert, options.tlsKey);
    if (options.githubToken !== undefined && options.githubToken.trim() === '')
        throw new Error('The GitHub token must not be empty; leave it unset to accept any token');
    const conflictIdentifier = options.conflictIdentifier ?? DEFAULT_SETTINGS.conflictIdentifier;
    if (!isConflictIdentifier(conflictIdentifier)) {
        throw new Error(`conflictIdentifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`);
    }
    const settings = new Settings({ ...DEFAULT_SETTINGS, conflictIdentifier });
    const store = new Store(accountId);
    const githubCommits = new GitHubCommitStore();
    const snapshot = () => ({
        ...store.snapshot(),
        githubCommits: githubCommits.snapshot(),
    });
    const seedDocument = options.seed ? readJsonFile(options.seed) : undefined;
    const persister = options.state ? new StatePersister(options.state, snapshot) : undefined;
    const persist = () => persister?.save() ?? Promise.resolve();
    const seedFresh = () => {
        store.clear(accountId);
        githubCommits.clear();
        if (seedDocument !== undefined)
            applySeed(store, seedDocument, githubCommits);
    };
    if (options.state)
        removeStaleTemporaryFiles(options.state);
    const saved = options.state ? readStateFile(options.state) : undefined;
    // A state file already holds what the seed produced on an earlier run; seeding again would duplicate it.
    if (saved) {
        store.load(saved);
        // Checked with the rest of the file by readStateFile.
        const commits = parseRepositoryCommitsList(saved.githubCommits ?? [], 'githubCommits');
        if (typeof commits !== 'string')
            githubCommits.load(commits);
    }
    else {
        try {
            seedFresh();
        }
        catch (error) {
            if (error instanceof SeedError)
                throw new Error(`${options.seed}: ${error.message}`, { cause: error });
            throw error;
        }
        await persist();
    }
    const log = new RequestLog(options.requestLogLimits);
    const faults = new FaultInjector();
    const sessions = new SessionStore();
    const paginator = new Paginator();
    const logLine = options.quiet
        ? undefined
        : (options.logLine ?? ((line) => process.stderr.write(`${line}\n`)));
    const controller = {
        log,
        faults,
        reset: async () => {
            seedFresh();
            log.clear();
            faults.clear();
            sessions.clear();
            settings.reset();
            await persist();
        },
        seed: async (document) => {
            const result = applySeed(store, document, githubCommits);
            await persist();
            return result;
        },
        state: snapshot,
        oidc: { requestToken: options.oidcRequestToken },
        settings,
        github: { commits: githubCommits, persist },
    };
    // One pipeline for every stand-in; each protocol is an adapter on it.
    const pipeline = { faults, log, logLine };
    const serveIncidentManager = pipelineFor(pipeline, incidentManagerAdapter({
        store,
        paginator,
        auth: { service: serviceModel.signingName, keys, region, sessions },
        settings,
        persist,
    }));
    const serveSts = pipelineFor(pipeline, stsAdapter({
        settings: {
            sessions,
            audiences: options.oidcAudiences?.length ? options.oidcAudiences : [DEFAULT_AUDIENCE],
        },
        auth: { service: 'sts', keys, region, sessions },
        accountId: () => store.accountId,
    }));
    const serveGitHub = pipelineFor(pipeline, gitHubAdapter({
        commits: githubCommits,
        token: options.githubToken,
        listenHost: () => listenHost,
    }));
    const hostPolicy = {
        apiAnyHost: !isLoopbackName(host),
        controlAnyHost: options.controlAnyHost ?? false,
    };
    const dispatch = async (request, response) => {
        const url = parseRequestTarget(request.url);
        if (!url)
            return refuseRequestTarget(log, request, response, logLine);
        const isControl = url.pathname.startsWith(CONTROL_PREFIX);
        const isSts = url.pathname === STS_PATH;
        const refusal = (isControl ? controlRefusal : isSts ? stsRefusal : apiRefusal)(request.headers, hostPolicy);
        if (refusal) {
            logLine?.(`${request.method ?? 'GET'} ${url.pathname} refused 403: ${refusal}`);
            return sendJson(response, 403, { message: refusal });
        }
        // Incident Manager (restJson1) has a path per operation; STS (awsQuery) only has `/`.
        if (isControl)
            return handleControl(controller, request, response, url);
        if (url.pathname === GITHUB_PREFIX || url.pathname.startsWith(`${GITHUB_PREFIX}/`))
            return serveGitHub(request, response, url);
        if (isSts)
            return serveSts(request, response, url);
        return serveIncidentManager(request, response, url);
    };
    const server = createSafeServer(dispatch, (error) => console.error(error), tls);
    // Clients such as the SDK keep connections alive; make the server outlive their idle timeout.
    server.keepAliveTimeout = 65_000;
    // Until the port is known, URLs in answers cannot be built; no request arrives before then.
    let listenHost = host;
    const port = await listen(server, options.port ?? 0, host);
    const urlHost = host.includes(':') ? `[${host}]` : host;
    listenHost = `${urlHost}:${port}`;
    let closing;
    return {
        url: `${tls ? 'https' : 'http'}://${urlHost}:${port}`,
        port,
        host,
        get accountId() {
            return store.accountId;
        },
        region,
        close: () => (closing ??= new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }).then(persist)),
        reset: controller.reset,
        seed: controller.seed,
        state: controller.state,
        requests: log,
        faults,
        settings,
        githubCommits,
        setGitHubCommits: (spec) => {
            const commits = parseRepositoryCommits(spec, '');
            if (typeof commits === 'string')
                throw new Error(commits);
            githubCommits.add(commits);
            return commits;
        },
    };
}
function readJsonFile(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`${path}: ${error.message}`, { cause: error });
    }
}
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            // Later server errors (a failed accept) are reported; without a listener they would end the process.
            server.on('error', (error) => console.error(error));
            resolve(server.address().port);
        });
    });
}
/** A request line whose target is not a URL (`GET //[`): recorded, and answered 400. */
function refuseRequestTarget(log, request, response, logLine) {
    const target = (request.url ?? '').slice(0, 2048);
    const { finish } = trackRequest(log, request, { pathname: target, searchParams: new URLSearchParams() }, 'Unknown', logLine);
    sendJson(response, 400, { message: 'The request target is not a valid URL' });
    finish(400, 'InvalidRequestTarget');
}

;// CONCATENATED MODULE: ./src/cli.ts



const USAGE = `Local emulator of the AWS Systems Manager Incident Manager API (ssm-incidents).

Usage: node emulator/dist/index.js [options]

  --port N                 port to listen on (default 0: a free port)
  --host H                 address to bind (default 127.0.0.1); beyond loopback, the API
                           answers any Host header
  --control-any-host       answer the control API (/_emulator/) for any Host header, not
                           only loopback ones (for other containers; browsers still refused)
  --seed FILE              seed document applied at start and on POST /_emulator/reset
  --state FILE             state file: loaded if it exists, rewritten after every write
  --account-id ID          account of the ARNs it creates (default ${DEFAULT_ACCOUNT_ID})
  --region R               the region the emulator reports as its own (default ${DEFAULT_REGION}); it serves every region
  --access-key-id K        verify SigV4 signatures with this key pair
  --secret-access-key S    (or EMULATOR_ACCESS_KEY_ID / EMULATOR_SECRET_ACCESS_KEY)
  --oidc-request-token T   bearer token GET /_emulator/oidc/token requires (default: any)
  --oidc-audience A        audience STS accepts in web identity tokens; repeatable
                           (default sts.amazonaws.com)
  --tls-cert FILE          serve HTTPS with this PEM certificate (chain)...
  --tls-key FILE           ...and its PEM private key; the URL printed is https://
  --github-token T         the token the GitHub stand-in (/_github) requires
                           (default: any Bearer or token credential)
  --conflict-identifier M  what a ConflictException for a reused clientToken names:
                           event, token or none (default none)
  --quiet                  no per-request log line on stderr
  --help                   this text

The first line of standard output is the endpoint URL. Control API: /_emulator/ (see emulator/README.md).
`;
function parseOptions(argv) {
    const { values } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        strict: true,
        options: {
            port: { type: 'string' },
            host: { type: 'string' },
            seed: { type: 'string' },
            state: { type: 'string' },
            'account-id': { type: 'string' },
            region: { type: 'string' },
            'access-key-id': { type: 'string' },
            'secret-access-key': { type: 'string' },
            'oidc-request-token': { type: 'string' },
            'oidc-audience': { type: 'string', multiple: true },
            'conflict-identifier': { type: 'string' },
            'github-token': { type: 'string' },
            'tls-cert': { type: 'string' },
            'tls-key': { type: 'string' },
            quiet: { type: 'boolean' },
            'control-any-host': { type: 'boolean' },
            help: { type: 'boolean' },
        },
    });
    if (values.help)
        return 'help';
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be a port number, not ${values.port}`);
    const accountId = values['account-id'];
    if (accountId !== undefined && !/^\d{12}$/.test(accountId))
        throw new Error('--account-id must be 12 digits');
    const conflictIdentifier = values['conflict-identifier'];
    if (conflictIdentifier !== undefined && !isConflictIdentifier(conflictIdentifier))
        throw new Error(`--conflict-identifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`);
    return {
        port,
        host: values.host,
        seed: values.seed,
        state: values.state,
        accountId,
        region: values.region,
        accessKeyId: values['access-key-id'] ?? process.env.EMULATOR_ACCESS_KEY_ID,
        secretAccessKey: values['secret-access-key'] ?? process.env.EMULATOR_SECRET_ACCESS_KEY,
        oidcRequestToken: values['oidc-request-token'],
        oidcAudiences: values['oidc-audience'],
        conflictIdentifier,
        githubToken: values['github-token'],
        tlsCert: values['tls-cert'],
        tlsKey: values['tls-key'],
        quiet: values.quiet ?? false,
        controlAnyHost: values['control-any-host'] ?? false,
    };
}
async function main() {
    let options;
    try {
        options = parseOptions(process.argv.slice(2));
    }
    catch (error) {
        process.stderr.write(`${error.message}\n\n${USAGE}`);
        process.exit(2);
    }
    if (options === 'help') {
        process.stdout.write(USAGE);
        return;
    }
    const emulator = await startEmulator(options);
    // Scripts read the first line of stdout to find the endpoint; nothing else is ever printed there.
    process.stdout.write(`${emulator.url}\n`);
    const stop = (signal) => {
        if (!options.quiet)
            process.stderr.write(`${signal}: shutting down\n`);
        emulator.close().then(() => process.exit(0), (error) => {
            process.stderr.write(`${String(error)}\n`);
            process.exit(1);
        });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
}
main().catch((error) => {
    process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});

