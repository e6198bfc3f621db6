using Microsoft.JSInterop;

namespace MCPacer.Dashboard.Preferences;

/// <summary>
/// The runner's display choices for this browser (units, the width of the page beside the coach panel), kept in
/// localStorage. One per circuit: the layout loads them once the page is interactive and pages follow Changed.
/// </summary>
public sealed class DisplayPreferences(IJSRuntime js) : IAsyncDisposable
{
    const string UnitsKey = "units";
    const string PageWidthKey = "page-width";
    public const string DefaultPageWidth = "60%";

    IJSObjectReference? _storage;

    public DistanceUnit Units { get; private set; } = DistanceUnit.Kilometres;

    /// <summary>The width of the page pane beside the coach panel, as a CSS size.</summary>
    public string PageWidth { get; private set; } = DefaultPageWidth;

    public bool Loaded { get; private set; }

    public event Action? Changed;

    public async Task LoadAsync()
    {
        var storage = await StorageAsync();
        Units = Enum.TryParse<DistanceUnit>(await storage.InvokeAsync<string?>("get", UnitsKey), out var units) ? units : DistanceUnit.Kilometres;
        PageWidth = await storage.InvokeAsync<string?>("get", PageWidthKey) is { Length: > 0 } width ? width : DefaultPageWidth;
        Loaded = true;
        Changed?.Invoke();
    }

    public async Task SetUnitsAsync(DistanceUnit units)
    {
        Units = units;
        Changed?.Invoke();
        await (await StorageAsync()).InvokeVoidAsync("set", UnitsKey, units.ToString());
    }

    public async Task SetPageWidthAsync(string width)
    {
        PageWidth = width;
        await (await StorageAsync()).InvokeVoidAsync("set", PageWidthKey, width);
    }

    async Task<IJSObjectReference> StorageAsync() =>
        _storage ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/preferences.js");

    public async ValueTask DisposeAsync()
    {
        if (_storage is not null)
        {
            try
            {
                await _storage.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
    }
}
