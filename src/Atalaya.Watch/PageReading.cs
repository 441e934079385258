using System.Text;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Watch;

/// <summary>
/// A fetched article page to a document, through the HTML reading 'atalaya ingest' gives .html files
/// (SmartReader's article text, meta tags). The feed's date is given to it, so it wins over the page's
/// tags, and the page's date fills in when the feed gives none. The title is the page's own (it opens
/// the document text, so one page listed under two headlines is still one content); the feed's only
/// when the page has none. A charset the server
/// names is honoured; without one the bytes are read as a file is (UTF-8, else Windows-1252).
/// </summary>
internal static class PageReading
{
    private static readonly string[] ReaderDecides = ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "l1", "windows-1252", "cp1252"];

    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml"];

    public static IngestItem Read(Fetched page, FeedItem item, string outlet)
    {
        var url = item.Url.ToString();
        if (page.MediaType is { } type && !PageTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return IngestItem.Failed(url, $"not a web page ({type})");
        }

        var bytes = Transcode(page.Body!, page.Charset);
        var metadata = new SourceMetadata
        {
            Url = url,
            Published = item.Published?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            DeclaredLanguage = item.Language,
        };
        var read = DocumentReader.ReadHtmlPage(bytes, url, "web", metadata);
        if (read.Document is not { } document)
        {
            return read;
        }

        // The content hash names the document, as it names a posted one; the outlet is its source.
        return IngestItem.Read(
            document with
            {
                Id = "web-" + document.ContentHash[..12],
                Source = outlet,
                Metadata = document.Metadata with { Title = document.Metadata.Title ?? item.Title },
            },
            read.Bytes);
    }

    /// <summary>
    /// Bytes in another charset become UTF-8 (what the reader expects). UTF-8 and the Latin-1 family are
    /// left to the reader's own test (valid UTF-8, else Windows-1252), since servers often label UTF-8
    /// pages ISO-8859-1; unknown charsets are left to it too.
    /// </summary>
    private static byte[] Transcode(byte[] body, string? charset)
    {
        if (charset is null || ReaderDecides.Contains(charset, StringComparer.OrdinalIgnoreCase))
        {
            return body;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            var encoding = Encoding.GetEncoding(charset);
            return Encoding.UTF8.GetBytes(encoding.GetString(body));
        }
        catch (ArgumentException)
        {
            return body;
        }
    }
}
