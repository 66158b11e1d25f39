// Handlers throw ApiError for any refusal; the server turns it into the HTTP answer.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body['message']));
  }
}

export function unprocessable(messages: string[]): ApiError {
  return new ApiError(422, { statusCode: 422, message: messages, error: 'Unprocessable Entity' });
}

export function badRequest(message: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError(400, { statusCode: 400, message, ...extra });
}

// Limit: HighLevel's not-found answers are not in the spec (it declares 400, 401 and 422 only);
// the sandbox answers 400 with "<Thing> not found".
export function notFound(thing: string): ApiError {
  return badRequest(`${thing} not found`);
}
