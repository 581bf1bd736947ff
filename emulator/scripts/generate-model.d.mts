import type { ServiceModel } from '../src/model/shapes.js';

export const SERVED_OPERATIONS: string[];
export function loadBotocoreModel(python?: string): unknown;
export function readServiceJson(path: string): unknown;
export function extractModel(service: unknown): ServiceModel;
export function renderModule(model: ServiceModel): string;
