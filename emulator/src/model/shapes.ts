/** The subset of the Smithy/botocore shape vocabulary the emulator validates against. */
export interface MemberRef {
  shape: string;
  location?: string;
  locationName?: string;
  idempotencyToken?: boolean;
}

export interface Shape {
  type:
    | 'structure'
    | 'list'
    | 'map'
    | 'string'
    | 'integer'
    | 'long'
    | 'boolean'
    | 'timestamp'
    | 'double'
    | 'float'
    | 'blob';
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  union?: boolean;
  required?: string[];
  members?: Record<string, MemberRef>;
  member?: string;
  key?: string;
  value?: string;
  httpStatus?: number;
}

export interface OperationDef {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  successCode: number;
  input: string;
  output: string;
  errors: string[];
}

export interface ServiceModel {
  apiVersion: string;
  signingName: string;
  operations: Record<string, OperationDef>;
  shapes: Record<string, Shape>;
}
