// Loaded with `node --import`: the conformance CLI takes only a URL, and MCPacer's /mcp needs the access token.
// Both of the suite's HTTP paths (Node's fetch in the MCP SDK transport, undici.request in the DNS-rebinding
// scenario) go through undici's global dispatcher, so the bearer header is added there, and only for the
// server under test (MCPACER_URL): the token never goes anywhere else.
import { createRequire } from 'node:module';

const token = process.env.MCPACER_TOKEN;
const server = new URL(process.env.MCPACER_URL ?? '').origin;
if (!token) {
  throw new Error('MCPACER_TOKEN is not set');
}

// The undici the suite itself resolves, so that its global dispatcher is the one the suite uses.
const suite = createRequire(import.meta.resolve('@modelcontextprotocol/conformance/package.json'));
const { Agent, setGlobalDispatcher } = suite('undici');

setGlobalDispatcher(new Agent().compose(dispatch => (options, handler) => {
  if (new URL(options.path, options.origin).origin !== server) {
    return dispatch(options, handler);
  }
  return dispatch({ ...options, headers: { ...asObject(options.headers), authorization: `Bearer ${token}` } }, handler);
}));

// undici passes headers as an object or as a flat [name, value, ...] array.
function asObject(headers) {
  if (!Array.isArray(headers)) {
    return headers ?? {};
  }
  const result = {};
  for (let i = 0; i < headers.length; i += 2) {
    result[headers[i]] = headers[i + 1];
  }
  return result;
}
