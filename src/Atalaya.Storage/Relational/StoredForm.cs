using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Storage.Relational;

/// <summary>How a document and a moment are written in every engine's tables.</summary>
internal static class StoredForm
{
    /// <summary>
    /// The document's analysis as contract JSON without its text (the text has its own column); the
    /// caller's document keeps its text.
    /// </summary>
    public static string Analysis(ContractDocument document, out string text)
    {
        text = document.Text ?? throw new ArgumentException("document text is required to store it", nameof(document));
        document.Text = null;
        try
        {
            return JsonSerializer.Serialize(document, ContractJsonContext.Default.ContractDocument);
        }
        finally
        {
            document.Text = text;
        }
    }

    /// <summary>UTC, to the second, sortable as text: the form of runs.started, failed_sources.at and the like.</summary>
    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
