using MCPacer.Mcp;
using MCPacer.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddMcpServerFeatures();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAccessToken();
app.MapDefaultEndpoints();
app.MapMcp("/mcp");

app.Run();
