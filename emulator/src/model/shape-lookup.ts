import { serviceModel } from './service-model.generated.js';
import type { Shape } from './shapes.js';

/** The model's shapes, for names read at run time (a member's shape, an error type). */
export const shapesByName: Readonly<Record<string, Shape | undefined>> = serviceModel.shapes;
