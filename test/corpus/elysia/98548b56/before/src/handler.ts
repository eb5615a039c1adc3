import type { Hook, Handler, ParsedRequest, ComposedHandler } from './types'

export const mapResponse = (response: unknown, request: ParsedRequest) => {
	switch (typeof response) {
		case 'string':
			return new Response(response, {
				headers: request.responseHeaders
			})

		case 'object':
			request.responseHeaders.append('Content-Type', 'application/json')

			return new Response(JSON.stringify(response), {
				headers: request.responseHeaders
			})

		// ? Maybe response or Blob
		case 'function':
			if (response instanceof Blob) return new Response(response)

			for (const [key, value] of request.responseHeaders.entries())
				(response as unknown as Response).headers.append(key, value)

			return response as unknown as Response

		case 'number':
		case 'boolean':
			return new Response(response.toString(), {
				headers: request.responseHeaders
			})

		default:
			break
	}
}

// Currying to merge hook
export const composeHandler = (
	handler: Handler<any, any>,
	hook: Hook<any>
): ComposedHandler => [handler, hook]
