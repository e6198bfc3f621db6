using MCPacer.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.Services.AddProblemDetails();
builder.Services.AddMcpServer()
    .WithHttpTransport(http => http.Stateless = true)
    .WithToolsFromAssembly();

var app = builder.Build();

app.UseExceptionHandler();
app.UseAccessToken();
app.MapDefaultEndpoints();
app.MapMcp("/mcp");

app.Run();
