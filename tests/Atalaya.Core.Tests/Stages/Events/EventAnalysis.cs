using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Events;

/// <summary>Runs the standard pipeline with the shipped data on an invented article and returns its events.</summary>
internal static class EventAnalysis
{
    /// <summary>A Tuesday: weekdays in the tests resolve against it.</summary>
    public const string Published = "2024-03-12";

    public static IReadOnlyList<DocumentEvent> Run(string text, string? published = Published)
        => Some.Pipeline.Analyze(Some.Document(text, published: published)).Document.Get(Annotations.Events).Events;

    public static DocumentEvent Single(string text, string? published = Published)
    {
        var events = Run(text, published);
        Assert.True(events.Count == 1, $"expected one event, found {events.Count}: {string.Join("; ", events.Select(Describe))}");
        return events[0];
    }

    public static string Describe(DocumentEvent e)
        => $"{e.Type}/{e.Subtype} {e.Date} {e.Place?.Geo?.Admin1}/{e.Place?.Name} F={e.Fatalities} I={e.Injured} A={e.Arrested} K={e.Kidnapped}";
}
