// Connects the official MCP TypeScript SDK client to MCPacer over streamable HTTP, lists the tools, calls one and
// prints what it saw as JSON. Usage: MCPACER_TOKEN=... node call-tool.mjs <mcp-url> <tool> [arguments-json]
// The token comes from the environment so that it never shows in a process listing.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, tool, argumentsJson = "{}"] = process.argv.slice(2);
const token = process.env.MCPACER_TOKEN;
if (!url || !tool || !token) {
  console.error("usage: MCPACER_TOKEN=<token> node call-tool.mjs <mcp-url> <tool> [arguments-json]");
  process.exit(2);
}

const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: "mcpacer-e2e-node", version: "1.0.0" });

try {
  await client.connect(transport);
  const { tools } = await client.listTools();
  const result = await client.callTool({ name: tool, arguments: JSON.parse(argumentsJson) });
  console.log(JSON.stringify({
    server: client.getServerVersion(),
    protocolVersion: transport.protocolVersion ?? null,
    tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema, annotations: t.annotations })),
    call: {
      tool,
      isError: result.isError === true,
      text: result.content.filter((c) => c.type === "text").map((c) => c.text).join(""),
    },
  }));
} finally {
  await client.close();
}
