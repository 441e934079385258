// The workbench's only way to the data: same-origin JSON from /api (connect-src 'self').

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** GET /api/... with the given query parameters (empty values left out); throws ApiError with the server's explanation. */
export async function getJson(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  return answer(() => fetch(url, { headers: { Accept: 'application/json' } }));
}

/** The JSON of a request's answer; throws ApiError with the server's explanation when it fails or none came. */
async function answer(send) {
  let response;
  try {
    response = await send();
  } catch (error) {
    throw new ApiError(`The server did not answer (${error.message}).`, 0);
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = [problem.title, problem.detail].filter(Boolean).join(': ') || detail;
    } catch {
      // Not a problem+json body: the status line is the best explanation there is.
    }
    throw new ApiError(detail, response.status);
  }
  return response.json();
}

/** POST /api/... a JSON body with the operator's key; throws ApiError with the server's explanation (401, 403, 400 …). */
export async function postJson(path, body, key) {
  return answer(() => fetch(new URL(path, window.location.origin), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Api-Key': key },
    body: JSON.stringify(body),
  }));
}
