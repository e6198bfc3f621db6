using MCPacer.Contracts.Events;
using MCPacer.Clients;
using MCPacer.Dashboard.Live;
using MCPacer.Dashboard.Preferences;
using Microsoft.AspNetCore.Components;

namespace MCPacer.Dashboard.Components;

/// <summary>
/// A page that shows data from services: it loads once it opens, reloads when a followed change event arrives,
/// and when a service is down it says which one and tries again every few seconds instead of breaking.
/// </summary>
public abstract class ServicePage : ComponentBase, IDisposable
{
    static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    readonly CancellationTokenSource _closed = new();
    readonly List<Action> _onClose = [];
    ITimer? _retry;

    [Inject]
    protected TimeProvider Clock { get; set; } = null!;

    /// <summary>Units and layout: every page re-renders when the runner switches km and miles.</summary>
    [Inject]
    protected DisplayPreferences Preferences { get; set; } = null!;

    /// <summary>The service that did not answer the last load, until a load succeeds.</summary>
    protected ServiceUnavailableException? Down { get; private set; }

    /// <summary>The service refused the last load (a broken file, a missing item), with its explanation.</summary>
    protected ServiceRequestException? Refused { get; private set; }

    protected bool Loaded { get; private set; }

    protected CancellationToken Closed => _closed.Token;

    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected override Task OnInitializedAsync()
    {
        Preferences.Changed += OnPreferencesChanged;
        return ReloadAsync();
    }

    void OnPreferencesChanged() => InvokeAsync(StateHasChanged);

    protected async Task ReloadAsync()
    {
        try
        {
            await LoadAsync(_closed.Token);
            Down = null;
            Refused = null;
            Loaded = true;
        }
        catch (ServiceUnavailableException e)
        {
            Down = e;
            _retry?.Dispose();
            _retry = Clock.CreateTimer(_ => InvokeAsync(RefreshAsync), null, RetryDelay(e), Timeout.InfiniteTimeSpan);
        }
        catch (ServiceRequestException e)
        {
            Refused = e;
        }
        catch (OperationCanceledException) when (_closed.IsCancellationRequested)
        {
        }
    }

    async Task RefreshAsync()
    {
        await ReloadAsync();
        StateHasChanged();
    }

    protected int RetrySeconds => (int)RetryInterval.TotalSeconds;

    /// <summary>Every few seconds, or not before the time the service named: asking sooner would only be refused again.</summary>
    TimeSpan RetryDelay(ServiceUnavailableException down) =>
        down.RetryAt - Clock.GetUtcNow() is { } untilThen && untilThen > RetryInterval ? untilThen : RetryInterval;

    /// <summary>Reloads the page whenever <paramref name="feed"/> brings an event, while the page is open.</summary>
    protected void Follow<TEvent>(LiveFeed<TEvent> feed) where TEvent : IIntegrationEvent
    {
        void OnEvent(TEvent _) => InvokeAsync(RefreshAsync);

        feed.Received += OnEvent;
        _onClose.Add(() => feed.Received -= OnEvent);
    }

    /// <summary>Runs <paramref name="cleanup"/> when the page closes (an event handler to remove, say).</summary>
    protected void WhenClosed(Action cleanup) => _onClose.Add(cleanup);

    public void Dispose()
    {
        Preferences.Changed -= OnPreferencesChanged;
        _onClose.ForEach(unfollow => unfollow());
        _retry?.Dispose();
        _closed.Cancel();
        _closed.Dispose();
        GC.SuppressFinalize(this);
    }
}
