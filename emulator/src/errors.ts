import { shapesByName } from './model/shape-lookup.js';
import { serviceModel } from './model/service-model.generated.js';

export type ResourceType =
  'RESPONSE_PLAN' | 'INCIDENT_RECORD' | 'TIMELINE_EVENT' | 'REPLICATION_SET' | 'RESOURCE_POLICY';

/**
 * An error the service answers with. `extra` holds the error shape's own members (resourceType,
 * retryAfter, quotaCode...), serialised beside `message` as the restJson1 protocol does.
 */
export class ApiError extends Error {
  constructor(
    readonly errorType: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return { __type: this.errorType, message: this.message, ...this.extra };
  }
}

/** Status codes come from the model's error shapes so they cannot drift from the service. */
function modelError(errorType: string, message: string, extra?: Record<string, unknown>): ApiError {
  const status = shapesByName[errorType]?.httpStatus;
  if (status === undefined) throw new Error(`no error shape ${errorType} in the model`);
  return new ApiError(errorType, status, message, extra);
}

export function validationError(message: string): ApiError {
  return modelError('ValidationException', message);
}

export function notFound(
  resourceType: ResourceType,
  resourceIdentifier: string,
  message?: string,
): ApiError {
  return modelError(
    'ResourceNotFoundException',
    message ?? `${describe(resourceType)} ${resourceIdentifier} does not exist`,
    {
      resourceIdentifier,
      resourceType,
    },
  );
}

export function conflict(
  resourceType: ResourceType,
  resourceIdentifier: string,
  message: string,
): ApiError {
  return modelError('ConflictException', message, { resourceIdentifier, resourceType });
}

/** A ConflictException that names no resource (no resourceIdentifier, no resourceType). */
export function conflictWithoutResource(message: string): ApiError {
  return modelError('ConflictException', message);
}

/** A resource's own quota (50 tags...), named by the model's error shape. */
export function quotaExceeded(
  resourceType: ResourceType,
  resourceIdentifier: string,
  quotaCode: string,
  message: string,
): ApiError {
  return modelError('ServiceQuotaExceededException', message, {
    resourceIdentifier,
    resourceType,
    serviceCode: 'ssm-incidents',
    quotaCode,
  });
}

export function throttling(message = 'Rate exceeded'): ApiError {
  return modelError('ThrottlingException', message, {
    serviceCode: 'ssm-incidents',
    quotaCode: 'emulator-fault',
  });
}

/** IAM's answer when no policy allows the call, worded as AWS words it. */
export function accessDenied(principal: string, operation: string, resource: string): ApiError {
  const action = `${serviceModel.signingName}:${operation}`;
  return modelError(
    'AccessDeniedException',
    `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
  );
}

export function internalError(message = 'An internal error occurred'): ApiError {
  return modelError('InternalServerException', message);
}

/** Not in the ssm-incidents model: the front door's answer when the service is unavailable. */
export function serviceUnavailable(): ApiError {
  return new ApiError(
    'ServiceUnavailableException',
    503,
    'Service is unavailable, try again later',
  );
}

/**
 * The restJson1 protocol's answer to a body that does not parse as JSON, or parses to something
 * other than an object (Smithy's malformed-request protocol tests: RestJsonInvalidJsonBody,
 * RestJsonTechnicallyValidJsonBody). Not in the service's model: the front end answers it.
 */
export function serializationError(message: string): ApiError {
  return new ApiError('SerializationException', 400, message);
}

export function unknownOperation(method: string, path: string): ApiError {
  return new ApiError('UnknownOperationException', 404, `No operation matches ${method} ${path}`);
}

function describe(resourceType: ResourceType): string {
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
