import type { ServiceModel } from '../src/model/shapes.js';

export function servedOperations(service: unknown): string[];
export function loadBotocoreRegions(python?: string): string[];
export function renderRegionsModule(regions: string[]): string;
export function loadBotocoreModel(python?: string): unknown;
export function readServiceJson(path: string): unknown;
export function extractModel(service: unknown): ServiceModel;
/** The generated module: the served operation names, the table (`satisfies ServiceModel`), and the input types. */
export function renderModule(model: ServiceModel): string;
