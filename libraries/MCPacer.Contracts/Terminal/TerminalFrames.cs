using System.Text.Json;
using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Terminal;

/// <summary>What the browser sends on /terminal/ws: {"type":"input","data":"..."} or {"type":"resize","cols":C,"rows":R}.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TerminalInputFrame), "input")]
[JsonDerivedType(typeof(TerminalResizeFrame), "resize")]
public abstract record TerminalClientFrame;

public sealed record TerminalInputFrame(string Data) : TerminalClientFrame;

public sealed record TerminalResizeFrame(int Cols, int Rows) : TerminalClientFrame;

/// <summary>
/// What /terminal/ws sends: {"type":"session","id":"..."} first when it started the session,
/// then {"type":"output","data":"..."} (the scrollback first on a reconnect) and {"type":"exit","code":N} last.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TerminalSessionFrame), "session")]
[JsonDerivedType(typeof(TerminalOutputFrame), "output")]
[JsonDerivedType(typeof(TerminalExitFrame), "exit")]
public abstract record TerminalServerFrame;

public sealed record TerminalSessionFrame(string Id) : TerminalServerFrame;

public sealed record TerminalOutputFrame(string Data) : TerminalServerFrame;

public sealed record TerminalExitFrame(int Code) : TerminalServerFrame;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(TerminalClientFrame))]
[JsonSerializable(typeof(TerminalServerFrame))]
public sealed partial class TerminalFrameJson : JsonSerializerContext;
