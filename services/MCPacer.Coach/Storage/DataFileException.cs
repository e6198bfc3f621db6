namespace MCPacer.Coach.Storage;

/// <summary>A file under the data root that cannot be read as it should; never overwritten, reported with its path and line.</summary>
internal sealed class DataFileException(string path, long? line, string message, Exception? inner = null)
    : Exception($"{path}{(line is { } l ? $" (line {l})" : "")}: {message}", inner);
